"""Date rules for written Kazakh (part of :mod:`derek.ner.rules_text`, which applies them first).

KazNERD transcribes speech: it spells years out (``екі мың жиырмасыншы жылы``), so the model has hardly
seen a year in digits, the abbreviations ``ж.`` 'year' and ``ғ.`` 'century', Roman centuries, ranges of
years or a year in brackets after a name, all common in written text. Counts are on KazNERD's training
groups without the dev parts of seeds 0, 1 and 2 (8,140 sentences, each twice: numbers in words and in digits).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from .rules_numbers import _DAY, _MONTH, _NUMBER
from .span_ops import Span, covered
from .words import DASHES, GENITIVE_WORD, noun_form

# ж. 'жыл' (year), жж. (years), ғ. 'ғасыр' (century), ғғ. (centuries), as derek tokenizes them
_YEAR_ABBR = frozenset({"ж.", "жж.", "ғ.", "ғғ."})
_ROMAN_LETTERS = frozenset("IVXLC")
# a word (of words joined by spaces) that opens with a digit or a Roman numeral's letter
_NUMBER_START = re.compile(r"(?:^| )[\dIVXLC]")
_DIGITS = re.compile(r"\d{1,4}")
_ROMAN = re.compile(r"[IVXLC]{1,6}")
_CENTURY = re.compile(r"ғасыр\w*", re.IGNORECASE)
# жыл 'year' and ғасыр 'century' with a case or possessive ending (not жылдық 'anniversary', жылқы 'horse')
_YEAR_WORDS = ("жыл", "жылдар", "ғасыр", "ғасырлар")
_YEAR = re.compile(r"1\d{3}|20\d{2}")
# the year word as a DATE's last word that a day and a month go on from: жылдың 24 шілдесінде
_YEAR_OF = re.compile(r"жылдың|жылғы|ж\.", re.IGNORECASE)
# labels the model gives a number, a day or a date by chance
_NUMBERS = frozenset({"CARDINAL", "ORDINAL", "QUANTITY", "PERCENTAGE", "MONEY", "DATE"})


def _union(found: Sequence[Span], start: int, end: int) -> list[Span]:
    """A DATE over ``start:end`` (and over any DATE it overlaps); number spans it overlaps and other spans
    inside it go. Unchanged when a span of a name label runs out of it (``«Абай және 21 ғасыр»`` ART)."""
    out = []
    for a, b, label in found:
        if b <= start or a >= end:
            out.append((a, b, label))
        elif label == "DATE":
            start, end = min(a, start), max(b, end)
        elif label not in _NUMBERS and (a < start or b > end):
            return list(found)
    return sorted([*out, (start, end, "DATE")])


def _range_start(tokens: Sequence[str], at: int, number: re.Pattern) -> int:
    """The start of ``number [dash number]`` that ends at ``at`` (its last number), or ``at``."""
    if at >= 2 and tokens[at - 1] in DASHES and number.fullmatch(tokens[at - 2]):
        return at - 2
    return at


@lru_cache(maxsize=100_000)
def _year_word(word: str) -> bool:
    """word (str) -> True if it is a form of ``жыл`` 'year' or ``ғасыр`` 'century' (``жылдары``)."""
    return noun_form(word, _YEAR_WORDS)


def abbreviated_dates(tokens: Sequence[str], found: Sequence[Span]) -> list[Span]:
    """A number in digits (or a range of two) before ``ж.``/``жж.``/``ғ.``/``ғғ.`` or a form of ``жыл``/``ғасыр``,
    and a Roman number (or a range) before ``ғ.`` or a form of ``ғасыр``, is a DATE with that word (``[1395
    ж.]``, ``[1958 - 75 ж.]``, ``[10 – 12 ғасырларда]``, ``[XIX ғ.]``, ``[XVI — XVII ғасырлар]``); number
    spans it overlaps and spans inside it go (``[XVI]`` GPE), but a name span running out of it stays.

    ``ж.`` and ``ғ.`` abbreviate ``жыл`` and ``ғасыр``: in the train part a number before a form of either
    is inside a DATE 460 times of 474 (the rest ``жылдығы`` 'anniversary' in an EVENT or ART title, and
    ``жылыту`` 'heating', both left out, as is ``жылқы`` 'horse'); run on the train part's gold spans the rule changes nothing. The
    train part has no ``ж.``, no ``ғ.`` and no Roman number.

    tokens (Sequence[str]): the sentence's token texts.
    found (Sequence[Span]): predicted spans.
    RETURNS (list[Span]): the spans, sorted, with such dates.
    """
    spans = sorted(found)
    if not _NUMBER_START.search(" ".join(tokens)):
        return spans  # every case needs a number in digits or a Roman one
    dates = {(i, i + 1) for a, b, label in found if label == "DATE" for i in range(a, b - 1)}
    for i in range(1, len(tokens)):
        before = tokens[i - 1]
        if not (before[:1].isdecimal() or before[:1] in _ROMAN_LETTERS):
            continue  # every case needs a number in digits or a Roman one before the word
        word = tokens[i]
        if word in _YEAR_ABBR and _DIGITS.fullmatch(before):
            spans = _union(spans, _range_start(tokens, i - 1, _DIGITS), i + 1)
        elif _ROMAN.fullmatch(before) and (word.lower() in ("ғ.", "ғғ.") or _CENTURY.fullmatch(word)):
            spans = _union(spans, _range_start(tokens, i - 1, _ROMAN), i + 1)
        elif _DIGITS.fullmatch(before) and (i - 1, i) not in dates and _year_word(word):
            spans = _union(spans, _range_start(tokens, i - 1, _DIGITS), i + 1)
    return spans


def bracket_years(tokens: Sequence[str], found: Sequence[Span]) -> list[Span]:
    """A year in digits, or a range of two, alone in brackets after a word is a DATE without the brackets
    (``лаборатория ашты ([1879])``, ``Павел Васильев ([1910 - 1937])``, ``Тұрғыны 2,5 мың адам ([2004])``).

    The train part has no year in brackets (and 9 four-digit numbers 1000-2099 outside a жыл-word phrase:
    amounts, phone numbers and programme titles such as ``Бизнес – 2020``), so the rule asks for the
    written form only: ``(``, a year from 1000 to 2099, perhaps a dash and a second year, ``)``.

    tokens (Sequence[str]): the sentence's token texts.
    found (Sequence[Span]): predicted spans.
    RETURNS (list[Span]): the spans, sorted, with such dates.
    """
    spans = sorted(found)
    if "(" not in tokens:
        return spans
    for i in range(1, len(tokens) - 2):
        if tokens[i] != "(" or not _YEAR.fullmatch(tokens[i + 1]):
            continue
        end = i + 2
        if end + 1 < len(tokens) and tokens[end] in DASHES and _DIGITS.fullmatch(tokens[end + 1]):
            end += 2
        if end < len(tokens) and tokens[end] == ")":
            spans = _union(spans, i + 1, end)
    return spans


def year_ranges(tokens: Sequence[str], found: Sequence[Span]) -> list[Span]:
    """An untagged number and a dash before a DATE that opens with a number, or a DATE that opens with
    the dash, start a range inside it (``1995 [- 1997 жылдары]`` -> ``[1995 - 1997 жылдары]``).

    Train part: 45 DATE spans hold such a range or list (rule 13), none opens with a dash, and no
    number is left untagged before a dash and a DATE.

    tokens (Sequence[str]): the sentence's token texts.
    found (Sequence[Span]): predicted spans.
    RETURNS (list[Span]): the spans, sorted, with such ranges joined.
    """
    if not any(label == "DATE" for _, _, label in found):
        return _outermost(sorted(found))  # no range to join
    taken = covered(found)
    numbers = {(a, b) for a, b, label in found if label in _NUMBERS}
    out = []
    for a, b, label in sorted(found):
        if label == "DATE":
            dash = a if tokens[a] in DASHES else a - 1
            if (
                dash >= 1
                and tokens[dash] in DASHES
                and (dash == a or _NUMBER.fullmatch(tokens[a]))
                and dash + 1 < b
                and _DIGITS.fullmatch(tokens[dash - 1])
                and (dash - 1 not in taken or (dash - 1, dash) in numbers)
            ):
                a = dash - 1
        out.append((a, b, label))
    return _outermost(out)


def _outermost(spans: list[Span]) -> list[Span]:
    """spans (list[Span]) -> the spans, in their order, without those inside another one."""
    return [s for s in spans if not any(o != s and o[0] <= s[0] and s[1] <= o[1] for o in spans)]


def _day_month_end(tokens: Sequence[str], at: int, day_first: bool) -> int:
    """The end of a day and a month that open at ``at`` (``22 маусымда``, ``5 — 13 қыркүйекте``) or, unless
    ``day_first``, of a month with perhaps a day after its genitive (``ақпанның 21-інде``); ``at`` if none."""
    i = at
    if i < len(tokens) and _DAY.fullmatch(tokens[i]):
        i += 1
        if i + 1 < len(tokens) and tokens[i] in DASHES and _DAY.fullmatch(tokens[i + 1]):
            i += 2
    elif day_first:
        return at
    if i >= len(tokens) or not _MONTH.fullmatch(tokens[i]):
        return at
    i += 1
    if (
        i == at + 1
        and i < len(tokens)
        and GENITIVE_WORD.fullmatch(tokens[i - 1])
        and _DAY.fullmatch(tokens[i])
    ):
        i += 1  # 1848 жылғы ақпанның [21-інде]
    return i


def year_joins_day(tokens: Sequence[str], found: Sequence[Span]) -> list[Span]:
    """A DATE that ends in a year word takes in a day and a month right after it, whatever label the model
    gave them (``[2010 жылдың] [19 - 22 наурызында]`` PERCENTAGE, ``[1994 ж.] [22 маусымда]`` QUANTITY,
    ``[1945 жылы] [15 қыркүйекте]``, ``[1848 жылғы] ақпанның [21-інде]``).

    Train part: 24 DATE spans hold a year word then a (day and) month, 20 of them after ``жылдың``, 2 after
    ``жылғы``; after ``жылы``, a numbered year with a day stays one DATE (``1965-інші жылы 4-інші мамырда``,
    2 of 2) while ``Келер жылы | 1-інші қаңтардан`` and ``2021-інші жылы | қыркүйекте`` (no number or no day)
    are two, so ``жылы`` joins only after a number and before a day. ``ж.`` joins as ``жылғы`` does.

    tokens (Sequence[str]): the sentence's token texts.
    found (Sequence[Span]): predicted spans.
    RETURNS (list[Span]): the spans, sorted, with such dates joined.
    """
    spans = sorted(found)
    for a, b, label in list(spans):
        if label != "DATE" or (a, b, label) not in spans:
            continue
        last = tokens[b - 1].lower()
        if _YEAR_OF.fullmatch(last):
            end = _day_month_end(tokens, b, day_first=False)
        elif last == "жылы" and _NUMBER.fullmatch(tokens[a]):
            end = _day_month_end(tokens, b, day_first=True)
        else:
            continue
        inside = [s for s in spans if s[0] < end and s[1] > b]
        if end > b and all(s[2] in _NUMBERS and s[0] >= b for s in inside):
            spans = sorted([*(s for s in spans if s not in inside and s != (a, b, label)), (a, end, "DATE")])
    return spans
