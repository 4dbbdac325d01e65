"""Base forms of multi-word names: only the head (the last word) loses its case ending.

``Қазақстан Республикасындағы`` → ``Қазақстан Республикасы``: the head keeps the 3rd-person
possessive of the izafet (and any plural), drops case, locative-attributive and similative
suffixes; the other words and every capital letter stay as written.
"""

from __future__ import annotations

import re

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


def base_form(name: list[str] | str) -> str:
    """name (list[str] | str): a name, as text or tokens. RETURNS (str): its base form, the head alone inflected.

    Only the last word changes; spacing and punctuation of the text stay as they are.
    """
    text = " ".join(w for w in name if w) if isinstance(name, list) else name
    heads = list(_WORD.finditer(text))
    if not heads:
        return text
    head = heads[-1]
    return text[: head.start()] + strip_case(head.group()) + text[head.end() :]


_WORD = re.compile(r"\w(?:[\w-]*\w)?")


# A foreign name ending in a vowel takes the accusative -ны/-ні, which the analyzer does not know on a name it
# cannot parse (``Чжан Сяоны қабылдады`` -> ``Чжан Сяо``; real news pages, session 7). Kazakh names ending in
# a vowel + ны/ні are rare, and a name the analyzer reads keeps its own base form.
_VOWEL_ACCUSATIVE = re.compile(r"^(?P<stem>\w*[аеиоуыіәөүұэюя])(?:ны|ні)$", re.I)


def person_base_form(name: str) -> str:
    """name (str): a person's name of two words or more. RETURNS (str): its base form, as :func:`base_form`,
    and a last word the analyzer cannot parse loses an accusative ``-ны/-ні`` after a vowel (``Чжан Сяоны``
    -> ``Чжан Сяо``); a last word in ``-ын``/``-ін`` keeps it (``Ерлан Арын``, not ``Ары`` + ``-н``)."""
    head, _, last = name.rpartition(" ")
    if head and base_form(last) == last[:-1] and last.lower().endswith(("ын", "ін")):
        return name  # Ерлан Арын: a name takes no possessive, so no accusative -н after one (session 16)
    m = _VOWEL_ACCUSATIVE.match(last) if head else None
    if m is None or len(m.group("stem")) < 2 or base_form(last) != last:
        return base_form(name)
    return f"{head} {m.group('stem')}"
