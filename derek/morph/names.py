"""Base forms of multi-word names: only the head (the last word) loses its case ending.

``Қазақстан Республикасындағы`` → ``Қазақстан Республикасы``: the head keeps the 3rd-person
possessive of the izafet (and any plural), drops case, locative-attributive and similative
suffixes; the other words and every capital letter stay as written.
"""

from __future__ import annotations

from .analyzer import analyze
from .grammar import parses

STRIPPABLE = {"gen", "acc", "dat", "loc", "abl", "ins", "loc attr", "sim"}


def strip_case(word: str) -> str:
    """word (str): the head word of a name. RETURNS (str): it without its case ending (``Қытайдың`` → ``Қытай``)."""
    if "-" in word:
        left, _, right = word.rpartition("-")
        reading = analyze(word)[0]
        if left and reading.lemma == left:  # ҚХР-дың → ҚХР
            return left
        return f"{left}-{strip_case(right)}" if left else word
    readings = analyze(word)
    if not readings or readings[0].upos not in ("PROPN", "NOUN", "ADJ", "NUM"):
        return word
    lemma = readings[0].lemma.lower()
    for p in parses(word):
        if p.stem == lemma and p.tags and p.tags[-1] in STRIPPABLE and p.cls == "N":
            cut = len(word) - len(p.suffixes[-1])
            return word[:cut]
    return word


def base_form(words: list[str] | str) -> str:
    """words (list[str] | str): a name, as tokens or text. RETURNS (str): its base form, head inflected only."""
    if isinstance(words, str):
        words = words.split()
    words = [w for w in words if w]
    if not words:
        return ""
    # a trailing closing quote or bracket belongs to the name, the head is the last word before it
    tail: list[str] = []
    while words and not any(ch.isalnum() for ch in words[-1]):
        tail.insert(0, words.pop())
    if not words:
        return " ".join(tail)
    head = strip_case(words[-1])
    return _join(words[:-1] + [head] + tail)


def _join(words: list[str]) -> str:
    out = ""
    for w in words:
        if out and not (w in "»)]”\"'" or out.endswith(("«", "(", "[", "“"))):
            out += " "
        out += w
    return out
