"""Sentences of Kazakh news text, decided at candidate points by an ordered list of rules.

A candidate point is the gap after a token that may end a sentence (``.``,
``!``, ``?``, ``…``, a terminal abbreviation such as ``т.б.``) or a gap that
holds a line break. Closing quotes and brackets right after the punctuation
belong to the sentence they close. Each rule looks at the point and says
``JOIN``, ``SPLIT`` or nothing; the first that speaks decides, and
:func:`explain` shows which one did (razdel's debug idea).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cached_property

from ..data.abbreviations import NON_TERMINAL, TERMINAL
from ..doc import Sentence, Token

JOIN, SPLIT = "join", "split"
ENDINGS = frozenset({".", "!", "?", "…"})
CLOSERS = frozenset({"»", ")", "]", "}", "'"})
DASHES = frozenset({"—", "–", "-"})
CONTINUERS = frozenset({",", ";", ":"})
_NEWLINE = re.compile(r"\n")
_TERMINAL_ABBR = frozenset(TERMINAL)
_ROMAN = frozenset("IVXLC")
_NON_TERMINAL_ABBR = frozenset(NON_TERMINAL)


def _ends_sentence(tok: str) -> bool:
    return tok[-1] in ENDINGS and (len(tok) == 1 or not tok[0].isalnum() or tok.lower() in _TERMINAL_ABBR)


@dataclass
class Point:
    """The gap after ``tokens[left]`` (closers already taken into the left side)."""

    text: str
    tokens: Sequence[Token]
    ender: int  # index of the token that may end the sentence (or the last one before a line break)
    left: int  # index of the last token of the left side
    newline: bool
    depth: int  # «quotes» open at this point

    @property
    def left_text(self) -> str:
        return self.tokens[self.ender].text

    @cached_property
    def right(self) -> Token | None:
        i = self.left + 1
        return self.tokens[i] if i < len(self.tokens) else None

    @cached_property
    def after_right(self) -> Token | None:
        i = self.left + 2
        return self.tokens[i] if i < len(self.tokens) else None

    @property
    def punct_end(self) -> bool:
        return _ends_sentence(self.left_text)


def _starts_lower(tok: Token | None) -> bool:
    return tok is not None and tok.text[0].isalpha() and tok.text[0].islower()


# --- line breaks ----------------------------------------------------------------------------


def line_break(p: Point) -> str | None:
    """A line break splits, except inside a sentence wrapped by hand (no end mark, lower case next)."""
    if not p.newline:
        return None
    if not p.punct_end and _starts_lower(p.right) and p.left_text not in CLOSERS:
        return JOIN
    return SPLIT


# --- abbreviations ---------------------------------------------------------------------------


def list_number(p: Point) -> str | None:
    """``1. Бірінші ...`` , ``IV. Қорытынды``: a number alone at the start of a line is a list marker."""
    if p.left_text != "." or p.ender == 0:
        return None
    number = p.tokens[p.ender - 1]
    if not (number.text.isdigit() or set(number.text) <= _ROMAN) or number.end != p.tokens[p.ender].start:
        return None
    line_start = p.text.rfind("\n", 0, number.start) + 1
    return JOIN if not p.text[line_start : number.start].strip() else None


def non_terminal_abbreviation(p: Point) -> str | None:
    """``1991 ж. Қазақстан ...``: ж., проф., қ. never end a sentence."""
    return JOIN if p.left_text.lower() in _NON_TERMINAL_ABBR else None


# --- what follows ----------------------------------------------------------------------------


# Top-level domains an outlet's name ends in: ``BAQ.KZ``, ``ERNUR.KZ``, ``Inform.KZ`` (66 + 15 + 2 + 1 in the news
# parts of session 25, each split into two sentences before, cutting the credit from its cited body)
_DOMAINS = frozenset({"kz", "com", "ru", "org", "net", "info", "tv", "uz", "kg", "qz"})


def domain_name(p: Point) -> str | None:
    """``деп хабарлайды BAQ.KZ қала әкімдігіне ...``: a dot glued on both sides to a word and a top-level domain is
    part of a site's name, never a sentence end (``жасады.Бұл``, glued to a word, still ends one)."""
    tok, right = p.tokens[p.ender], p.right
    if tok.text != "." or right is None or p.ender != p.left or right.text.lower() not in _DOMAINS:
        return None
    after = p.after_right
    glued = p.ender > 0 and p.tokens[p.ender - 1].end == tok.start and right.start == tok.end
    return (
        JOIN if glued and (after is None or after.start > right.end or not after.text[0].isalnum()) else None
    )


def continues_with_punctuation(p: Point) -> str | None:
    """``«...?», — деп ...`` : a comma, semicolon or colon after the end mark continues the sentence."""
    return JOIN if p.right is not None and p.right.text in CONTINUERS else None


def attribution_after_dash(p: Point) -> str | None:
    """``«...» — деді ол.``: a dash then a lower-case word is the quote's attribution."""
    if p.right is not None and p.right.text in DASHES:
        return JOIN if _starts_lower(p.after_right) else SPLIT
    return None


def title_in_quotes(p: Point) -> str | None:
    """``«Диалог. Сенім. Серіктестік» тақырыбы``: a short quoted title closed before a lower-case word."""
    if p.depth <= 0:
        return None
    for k in range(p.left + 1, min(p.left + 9, len(p.tokens) - 1)):
        t = p.tokens[k].text
        if t == "»":
            return JOIN if _starts_lower(p.tokens[k + 1]) else None
        if t == "«":
            return None
    return None


def lower_case_next(p: Point) -> str | None:
    """A lower-case word after the end mark continues the sentence (``... ж. б.з.б.``, ``Шолпан... әрі``)."""
    return JOIN if _starts_lower(p.right) else None


def end_mark(p: Point) -> str | None:
    return SPLIT if p.punct_end else JOIN


RULES: list[Callable[[Point], str | None]] = [
    line_break,
    list_number,
    non_terminal_abbreviation,
    domain_name,
    continues_with_punctuation,
    attribution_after_dash,
    lower_case_next,
    title_in_quotes,
    end_mark,
]


def _points(text: str, tokens: Sequence[Token]):
    n = len(tokens)
    texts = [t.text for t in tokens]
    starts = [t.start for t in tokens]
    breaks = {bisect_right(starts, m.start()) - 1 for m in _NEWLINE.finditer(text)}
    depth = 0  # «quotes» open so far
    i = 0
    while i < n - 1:
        tok = texts[i]
        if tok == "«":
            depth += 1
        elif tok == "»" and depth:
            depth -= 1
        candidate = tok[-1] in ENDINGS and _ends_sentence(tok)
        if not candidate and i not in breaks:
            i += 1
            continue
        left = i
        if candidate:
            while (
                left + 1 < n
                and _glued(tokens, left)
                and (texts[left + 1] in CLOSERS or _ends_sentence(texts[left + 1]))
            ):
                left += 1  # `».`, `?!»` and `)` sequences belong to the sentence they end
                depth -= texts[left] == "»" and depth > 0
        if left + 1 >= n:
            return
        newline = left in breaks or (left != i and any(k in breaks for k in range(i, left)))
        if candidate or newline:
            yield Point(text, tokens, i if candidate else left, left, newline, depth)
        i = left + 1


def _glued(tokens: Sequence[Token], i: int) -> bool:
    return tokens[i + 1].start == tokens[i].end


def _decide(p: Point) -> tuple[str, str]:
    for rule in RULES:
        verdict = rule(p)
        if verdict is not None:
            return verdict, rule.__name__
    return JOIN, "default"


def sentenize(text: str, tokens: Sequence[Token]) -> list[Sentence]:
    """Group tokens into sentences.

    text (str): normalized text.
    tokens (Sequence[Token]): its tokens, from :func:`derek.segment.tokens.tokenize`.
    RETURNS (list[Sentence]): sentences covering every token, with offsets into ``text``.
    """
    if not tokens:
        return []
    sentences = []
    first = 0
    for p in _points(text, tokens):
        if _decide(p)[0] == SPLIT:
            start, end = tokens[first].start, tokens[p.left].end
            sentences.append(Sentence(start, end, text[start:end]))
            first = p.left + 1
    start, end = tokens[first].start, tokens[-1].end
    sentences.append(Sentence(start, end, text[start:end]))
    return sentences


def explain(text: str, tokens: Sequence[Token]) -> list[tuple[str, str, str]]:
    """Every candidate point as ``(left token, verdict, rule)``, for debugging rules."""
    return [(p.left_text, *_decide(p)) for p in _points(text, tokens)]
