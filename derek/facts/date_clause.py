"""Round 13: dates whose reading depends on their clause (the verb after them, the sentence start).

- a count forward (``10 жылдан соң``) whose verb is past runs from an event of the text, not from the
  publication (``Ол 10 жылдан соң ... білген жоқ``): no date;
- ``бүгінгі күні`` is 'nowadays' (no date) unless its verb is a finite past, a one-off event of the
  day (``Бүгінгі күні 3 санитар ... жазасына кесілді`` is today; ``Бүгінгі күні ... жасалған``,
  ``... әкелінеді``, ``... бар`` are not);
- a day number in the possessive locative opening a sentence, with no owner before it, is a day of
  a month not named (``24-інде спикерлердің жиналысы болады`` -> ``XXXX-XX-24``); after a genitive
  it counts things (``ауданның 1-інде`` 'in one of the districts').

Round 14: a half with no year opening a sentence (``2-нші жартысында, яғни шілде айында, ...``) or
after a bare ``жылдың`` is a half of the year its verb points to (the middle month, March or
September, stands for it in the tense rule, as December does for ``жыл соңына``); a bare ``кеше``
whose verb is the participle ``жүрген`` ('who was, used to be') is figurative, 'only recently'
(``кеше ауылда жүрген қазақ баласын``): no date. After test16: a bare season in the locative whose
clause has no tensed verb is generic (``Қазір енді қыста опасно ғой``, ``көктемде су басу қаупі бар``).

The checks that need the verb run only with a word lookup (the pipeline), as the tense rule does.
"""

from __future__ import annotations

import re

from . import grammar as g
from .date_context import sentence_bounds
from .date_parts import ANY_YEAR, _half
from .numbers import NUMBER_WORDS, number_value
from .resolve import Parts
from .tense import Lookup, form_tense, verb_tense

L = g.LOWER

TODAY_LONG = f"бүгінгі{g.SP}күні(?![{L}])"


def today_long(m: re.Match[str]) -> Parts | None:
    """``Бүгінгі күні``: today, kept by :func:`keep` only before a finite past verb."""
    return Parts(shift=("day", 0))


BARE_DAY = f"(?P<day>\\d{{1,2}}-|{NUMBER_WORDS})(?:сы|сі|ы|і)(?:нда|нде)(?![{L}])"
_OPENERS = ("", "ал", "енді", "ал енді")


def bare_day(m: re.Match[str]) -> Parts | None:
    """``24-інде ... болады`` opening a sentence: that day of a month not named."""
    if _before(m) not in _OPENERS:
        return None
    if re.search("(?:ншы|нші|шы|ші)$", m.group("day"), re.I):
        return None  # Ал екіншісінде ...: 'in the second one' (an ordinal), not a day
    day = number_value(m.group("day").rstrip("-"))
    if not m.group("day").endswith("-") and (day or 0) < 10:
        return None  # Бірінде ..., бірінің ...: 'in one of them' (session 24, news-test170); a day in words is ten or more
    return Parts(day=day) if day and 1 <= day <= 31 else None


YEAR_HALF = (
    f"(?:(?P<of>{ANY_YEAR}|жылдың){g.SP})?(?P<h>бірінші|екінші|алғашқы|соңғы|[12]-?[{L}]{{0,5}}){g.SP}"
    f"жартыс(?:ы|ында|ынан|ына|ының|ындағы)?(?![{L}])"
)


def year_half(m: re.Match[str]) -> Parts | None:
    """``2025 жылдың екінші жартысында``; ``Екінші жартысында`` opening a sentence: this year's half."""
    if not m.group("of") and _before(m) not in _OPENERS:
        return None  # матчтың екінші жартысында: the half of something else
    if m.group("of") and "жылдар" in m.group("of").lower():
        return None  # 1930-шы жылдардың екінші жартысында: a decade's half is the decade (session 6)
    p = _half(m)
    if p is None or p.year is not None or m.group("of") and m.group("of").lower() != "жылдың":
        return p
    # the verb may move it (a past second half, published in June: last year's)
    return Parts(half=p.half, edge=3 if p.half == 1 else 9)


def _before(m: re.Match[str]) -> str:
    """The words of the sentence before a match, lower-cased, commas dropped."""
    left = sentence_bounds(m.string, m.start(), m.end())[0]
    return " ".join(m.string[left : m.start()].lower().replace(",", " ").split())


def keep(name: str, parts: Parts, text: str, end: int, lookup: Lookup | None) -> bool:
    """name (str): the rule; parts (Parts): what it read; text (str); end (int): the match's end;
    lookup (Lookup | None): word -> (lemma, upos) -> whether the clause lets the date stand."""
    if name == "today long":
        return lookup is not None and verb_tense(text, end, lookup, participle=True) == "past"
    if name == "ago" and parts.shift is not None and parts.shift[1] > 0 and lookup is not None:
        return verb_tense(text, end, lookup) != "past"  # Ол 10 жылдан соң ... білген жоқ
    if name == "bare season" and lookup is not None and text[:end].lower().endswith(("да", "де", "та", "те")):
        # a locative season with no tensed verb is generic: қыста опасно ғой, көктемде ... қаупі бар
        # (a dative one keeps its date: Коммуналдық сала қысқа дайын)
        return verb_tense(text, end, lookup) is not None or _final_finite(text, end, lookup)
    if name == "year edge" and parts.edge == 1:
        # a bare жыл басында is the year only told of the past: ``Жыл басында ... айтпайды`` is a habit (session 20)
        return lookup is not None and verb_tense(text, end, lookup) == "past"
    if name == "deictic" and parts.shift == ("day", -1) and text[:end].lower().endswith("кеше") and lookup:
        return _first_verb(text, end, lookup) != "жүрген"  # кеше ауылда жүрген қазақ баласын
    return True


_LAST_WORD = re.compile(r"([^\W\d_]+)[ \t]*[.!?…]?[ \t»\"”]*$")


def _final_finite(text: str, end: int, lookup: Lookup) -> bool:
    """The sentence after ``end`` closes on a finite past form the tagger took for a noun (``Көктемде жел
    өскіндерді ұшырды``: ``ұшырды`` tagged NOUN; session 20, news-test105)."""
    left, right = sentence_bounds(text, end, end)
    last = _LAST_WORD.search(text, end, right)
    if last is None:
        return False
    word = last.group(1).lower()
    lemma = (lookup(word) or ("", ""))[0].lower()
    return lemma != word and form_tense(word, lemma) == "past"


def _first_verb(text: str, end: int, lookup: Lookup) -> str | None:
    """The first word tagged a verb in the next four words of the sentence, lower-cased."""
    for word in re.split(r"[^\w-]+", re.split(r"[.!?;\n]", text[end:], maxsplit=1)[0].lower())[:5]:
        found = lookup(word) if word else None
        if found and found[1] in ("VERB", "AUX"):
            return word
    return None
