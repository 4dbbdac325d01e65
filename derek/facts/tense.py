"""The tense of the verb a date belongs to: ``past``, ``future`` or None (see data/tense.py).

The verb is the first verb form after the date in its sentence, skipping converbs
(``бастап``, ``жоғалып``): a finite verb gives its tense, a past participle
(``күнгі өткен``, ``жоғалып кеткен``) is past, and a verbal noun (``сәуірден бастап
білуге``) or an ``-атын`` participle (``қаңтардан бастап алынатын``) has no tense of its own.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable

from ..morph.phonology import VOICING
from . import grammar as g
from .data.calendar import SEASON_FIRST_MONTH
from .data.tense import (
    ASPECTUAL,
    CONVERB,
    FUTURE,
    PAST,
    PAST_PARTICIPLE,
    PLAN,
    PROGRESSIVE,
    QUESTION_PARTICLES,
    TENSELESS,
    TRAILING,
    VERBAL_NOUN_OBJECT,
)
from .resolve import Parts

_FUTURE = re.compile("(?:" + "|".join(e for e, _ in FUTURE) + ")$")
_PAST = re.compile("(?:" + "|".join(e for e, _ in PAST) + ")$")
_PARTICIPLE = re.compile("(?:" + "|".join(e for e, _ in PAST_PARTICIPLE) + ")")
_TENSELESS = re.compile("(?:" + "|".join(e for e, _ in TENSELESS) + ")")
_CONVERB = re.compile("(?:" + "|".join(e for e, _ in CONVERB) + ")$")
_PROGRESSIVE = re.compile(
    "(?:" + "|".join(w for w, _ in PROGRESSIVE) + ")(?:мын|мін|мыз|міз|сың|сің|сыз|сіз|сыңдар|сыңыз)?"
)
_OBJECT = re.compile("(?:" + "|".join(e for e, _ in VERBAL_NOUN_OBJECT) + ")")
_ASPECTUAL = tuple(w for w, _ in ASPECTUAL)
_PLAN = tuple(w for w, _ in PLAN)
# A second-person conditional (-саңыз, -сеңдер ...) is unmistakable on any word of 6+ letters.
_CONDITIONAL = re.compile(f"[{g.LETTER}]{{2,}}(?:са|се)ң(?:ыз|із)?(?:дар|дер)?$")
_WORD = re.compile(f"[{g.LETTER}-]+")
# The present-future in the second person plural (``тамашалай аласыздар``, ``келіп қайтасыздар``,
# ``көре аласыңдар``), which morph reads as a noun in ``-сыз`` + plural or cuts wrongly: any word
# of a stem, ``-а/-е/-й`` and these endings.
_SECOND_PLURAL = re.compile(f"[{g.LETTER}]{{2,}}(?:а|е|й)(?:сыздар|сіздер|сыңдар|сіңдер)")
_SENTENCE_END = re.compile(r"[.!?;\n]")
_QUESTION = frozenset(w for w, _ in QUESTION_PARTICLES)
_NEXT = re.compile(f"[ \\t]+(\\d[\\d.,]*|{_WORD.pattern})")

Lookup = Callable[[str], "tuple[str, str] | None"]


# A stem's last voiceless stop is voiced before a vowel (``шық-`` -> ``шығуды``, ``тап-`` -> ``табады``, ``тік-`` ->
# ``тігеді``; morph.phonology.VOICING): the lemma is then no prefix of the word, and the whole word was read as its
# ending (``шығуды`` as a past in ``-ды``; session 21, news-test117: ``Жыл соңына дейін ... шығуды жоспарлап отырмыз``
# dated last year).
def ending_of(word: str, lemma: str) -> str:
    """word, lemma (str): lower-cased -> what follows the stem in word (the whole word if the stem is not in it)."""
    if lemma and word.startswith(lemma):
        return word[len(lemma) :]
    if (
        len(lemma) > 1
        and len(word) > len(lemma)
        and word.startswith(lemma[:-1])
        and VOICING.get(lemma[-1]) == word[len(lemma) - 1]
    ):
        return word[len(lemma) :]
    return word


_NEGATIVE_PAST = re.compile(f"{g.alt(g.NEGATION)}(?:ды|ді)")


def form_tense(word: str, lemma: str) -> str | None | bool:
    """word, lemma (str): a verb form and its lemma -> its tense (``past``, ``future``, ``present``), None, or
    False for a form that says nothing (a converb): look further."""
    ending = ending_of(word, lemma) if len(lemma) < len(word) else word
    if word in TRAILING:
        return False
    if _PROGRESSIVE.fullmatch(word):
        return "present"
    if _TENSELESS.match(ending):
        return None
    if _PARTICIPLE.match(ending) or _NEGATIVE_PAST.match(ending):
        return "past"  # алмады 'did not take' is a past, not an -ады future (session 16)
    if _FUTURE.search(ending):
        return "future"
    if _PAST.search(ending):
        return "past"
    return False if _CONVERB.search(ending) else None


# A verbal noun in an oblique case, or before a noun, is a noun of its clause (``тамызға дейінгі
# іріктеуден ... өтіп``, ``қатысу талаптарын орындаған``): it neither gives nor stops a tense.
# A genitive one (``қарашада өткізудің сәті``) stays the date's verb: it stops the search.
_VERBAL_NOUN = "(?:ыл|іл|л|ын|ін|н)?(?:у|ю)"  # with the passive: айырылу жазасына
_CASED_PARTICIPLE = re.compile(
    "(?:ған|ген|қан|кен)(?:ға|ге|қа|ке|дан|ден|нан|нен|ды|ді|ны|ні|да|де)$"
)  # -ғанда: when ...
_NOUN_LIKE = re.compile(f"{_VERBAL_NOUN}(?:дан|ден|да|де|дағы|дегі|мен)$")
_BARE_VERBAL_NOUN = re.compile(f"{_VERBAL_NOUN}$")
_DATIVE_VERBAL_NOUN = re.compile(f"{_VERBAL_NOUN}(?:ға|ге)$")
_MODAL = re.compile(f"[ \\t]+(?:бол|тиіс|керек|мүмкін)[{g.LOWER}]*", re.I)


def verb_tense(text: str, at: int, lookup: Lookup, participle: bool = False) -> str | None:
    """text (str): text; at (int): end of a date; lookup (Callable): word -> (lemma, upos); participle
    (bool): say ``participle`` for a past participle rather than ``past`` -> tense or None."""
    stop = _SENTENCE_END.search(text, at)
    object_before = False
    for m in _WORD.finditer(text, at, stop.start() if stop else len(text)):
        word = m.group().lower()
        found = lookup(word)
        if _PROGRESSIVE.fullmatch(word):
            found = (word, "AUX")
        elif _SECOND_PLURAL.fullmatch(word) and not _noun_follows(text, m.end(), lookup):
            return "future"  # тамашалай аласыздар, келіп қайтасыздар (data/tense.FUTURE)
        elif _CONDITIONAL.search(word):
            return None  # бармасаңыздар, even where morph does not read it as a verb
        elif not found or found[1] not in ("VERB", "AUX"):
            continue
        lemma = found[0].lower()
        if lemma.startswith(_PLAN) or word.startswith(_PLAN):
            return "future"  # іске қосуды жоспарлап отыр: a plan points ahead
        if object_before and not lemma.startswith(_ASPECTUAL):
            return None  # сәуірден бастап беруді ұсынды: the giving has no tense here
        object_before = False
        ending = ending_of(word, lemma)
        if _OBJECT.match(ending):
            object_before = True
            continue
        if (
            _NOUN_LIKE.match(ending)
            or _BARE_VERBAL_NOUN.match(ending)
            and (_noun_follows(text, m.end(), lookup) or _postposition_follows(text, m.end(), lookup))
        ):
            continue  # іріктеуден, қатысу талаптарын, шақырту бойынша: a verbal noun used as a noun
        if (
            _DATIVE_VERBAL_NOUN.search(ending)
            and _finite_follows(text, m.end(), lookup)
            and not _MODAL.match(text, m.end())
        ):
            continue  # желтоқсан айында пайдалануға берілді: the verbal noun a finite verb governs (session 27;
            # not білуге болады 'one can know', a modal with no time of its own)
        if _CASED_PARTICIPLE.search(ending):
            continue  # өткенге көз тастап 'looking at the past': a participle in a case is a noun (session 20)
        tense = form_tense(word, lemma)
        if tense and not _PARTICIPLE.match(ending) and _noun_follows(text, m.end(), lookup):
            continue  # жасанды интеллектке: a finite verb ends its clause, so this is a misread adjective
        if tense and not _PARTICIPLE.match(ending) and _finite_follows(text, m.end(), lookup):
            continue  # 26 тамызда ыстық болады: a finite verb before another is a misread adjective (session 16)
        if (
            tense == "past"
            and _PARTICIPLE.match(ending)
            and _attributive(text, m.end())
            and (_DATE_COMMA.match(text, at) or _COMPLEMENT_BEFORE.search(text, at, m.start()))
        ):
            # the participle is another clause's: Бесінші тамыздан бастап, ... бөлінген қосымша ...; or it has its
            # own dative: 3 тамызда ... жылдығына арналған іс-шаралар өтеді (session 12)
            continue
        if (
            tense == "past"
            and _PARTICIPLE.fullmatch(ending)  # a bare participle, no case: not өскенмен
            and _attributive(text, m.end())
            and text[at : m.start()].split()
            and not _ATTRIBUTIVE_DATE.search(text, 0, at)
            and not text[at : m.start()].split()[0].lower().startswith(("күнгі", "жылғы"))
            and _finite_later(text, m.end(), stop.start() if stop else len(text), lookup)
        ):
            # 20 мамыр халықаралық мамандандырылған ... веложарыс бастау алады: a participle not right after the date,
            # the date no attribute (not 6-ншы қыркүйек күнгі өткен отырыста), modifies a noun; the clause's finite
            # verb after it is the date's (session 16)
            continue
        if tense == "past" and participle and _PARTICIPLE.match(ending):
            return "participle"
        if tense is not False:
            return tense
    return None


# A comma right after the date (or its postposition) closes the date's own phrase: ``Бесінші тамыздан
# бастап, ... бөлінген қосымша ...`` (not ``27-нші тамызға дейінгі іріктеуден ... өтіп, ... орындаған``).
_DATE_COMMA = re.compile(f"(?:{g.SP}(?:бастап|дейін|бері|кейін|соң))?[ \\t]*,")
_ATTRIBUTIVE = re.compile(
    f'[ \\t]+(?!еді|екен|болатын|болды|болған|болып|ғой|ед[{g.LOWER}]+)[«"“]?[{g.LETTER}]'
)


# a participle's own dative complement right before it, not the date (``жылдығына арналған``; session 12)
# (20-жылдығына, digits before it: session 16)
_COMPLEMENT_BEFORE = re.compile(f"[ \\t](?:\\d+-)?[{g.LETTER}]{{3,}}{g.alt(g.DATIVE)}[ \\t]+$")


def _attributive(text: str, at: int) -> bool:
    """A word (not an auxiliary or a particle) follows: the participle qualifies it."""
    return _ATTRIBUTIVE.match(text, at) is not None


def _noun_follows(text: str, at: int, lookup: Lookup) -> bool:
    """The word right after ``at`` (spaces only between) is a noun, or a numeral or adjective before one
    (``тоғызқабатты екі тұрғын үйді``: the misread word is an adjective in ``-ты``)."""
    m = _NEXT.match(text, at)
    word = m.group(1).lower() if m else ""
    found = ("", "NUM") if word[:1].isdigit() else lookup(word) if m else None
    if found and found[1] in ("NUM", "ADJ"):
        return _noun_follows(text, m.end(), lookup)  # тоғызқабатты 2 тұрғын үйді: digits are a numeral
    return bool(found) and found[1] == "NOUN" and word not in _QUESTION  # аламыз ба деген


_ATTRIBUTIVE_DATE = re.compile("(?:ғы|гі|қы|кі)$")  # 2025 жылғы, күнгі: a date that modifies a noun


def _finite(word: str, lookup: Lookup) -> bool:
    """word (str): lower-cased -> True if morph reads it as a verb with a tense of its own, no participle."""
    found = lookup(word)
    if not found or found[1] not in ("VERB", "AUX"):
        return False
    lemma = found[0].lower()
    ending = ending_of(word, lemma)
    return bool(form_tense(word, lemma)) and not _PARTICIPLE.match(ending)


def _finite_later(text: str, at: int, stop: int, lookup: Lookup) -> bool:
    """A finite verb that is no participle stands in [at, stop) (the sentence's rest)."""
    return any(_finite(m.group().lower(), lookup) for m in _WORD.finditer(text, at, stop))


def _finite_follows(text: str, at: int, lookup: Lookup) -> bool:
    """The word right after ``at`` is a finite verb with a tense of its own (``ыстық болады``: ``ыстық`` read as
    a past verb is the predicate's adjective)."""
    m = _NEXT.match(text, at)
    return m is not None and _finite(m.group(1).lower(), lookup)


def _postposition_follows(text: str, at: int, lookup: Lookup) -> bool:
    """The word right after ``at`` is a postposition (``210 шақырту бойынша``): the verbal noun before it is
    a noun it governs (session 9, news-f-5)."""
    m = _NEXT.match(text, at)
    found = lookup(m.group(1).lower()) if m else None
    return bool(found) and found[1] == "ADP"


_SINCE = re.compile(f"{g.SP}(?:бері|бастап)(?![{g.LETTER}])")  # not беріледі 'is given' (session 13)


_SINCE_WORD = re.compile(f" бері(?![{g.LETTER}])")


# a date in the dative (grammar.DATIVE) is a target (``26 сәуірге``, ``қыркүйекке``): what a past verb set for it
# may lie ahead
_LIMIT = re.compile(
    r"[ \t]+(?:дейін|шейін|қарай|таман)", re.I
)  # жыл соңына дейін 'until': a limit, not a target


_UNTIL = re.compile(r"[ \t]+(?:дейін|шейін)(?![^\W\d_])", re.I)


def tensed(parts: Parts, text: str, end: int, pub: dt.date, lookup: Lookup | None) -> Parts:
    """parts (Parts); text (str); end (int); pub (date); lookup -> parts: a year-less day or month on the wrong side of ``pub`` for its clause's tense moves a year (data/tense.py)."""
    if parts.weekday is not None and parts.week_shift == 0:
        return _tensed_weekday(parts, text, end, pub, lookup)
    if (
        parts.season in SEASON_FIRST_MONTH
        and parts.year is None
        and parts.year_shift == 0
        and SEASON_FIRST_MONTH[parts.season] > pub.month
        and (text[:end].endswith("бері") or _SINCE_WORD.match(text, end))
    ):
        return dataclasses.replace(
            parts, year_shift=-1
        )  # Күзден бері in January: a season not begun yet, last year's
    month = parts.month if parts.month is not None else parts.edge  # жыл соңына: December
    if month is None and parts.quarter is not None and parts.season is None:
        month = parts.quarter * 3  # Бірінші тоқсанның соңына дейін ... көтерілмейді, in October: next year's
    if month is None or parts.year is not None or parts.year_shift is not None:
        return parts
    if parts.season and parts.edge is None:
        return parts
    later, earlier = month > pub.month, month < pub.month  # the same month: too close to tell ...
    if month == pub.month and parts.day is not None and parts.day > pub.day:
        later = True  # ... unless a past verb tells of days still to come (24-інші — 27-нші маусым ... алған)
    tense = parts.tense
    since = text[:end].endswith("бері") or _SINCE.match(text, end) is not None
    if tense is None and (later or earlier):
        tense = verb_tense(text, end, lookup) if lookup else None
        if tense == "present" and since or text[:end].endswith("бері") or _SINCE_WORD.match(text, end):
            tense = "past"  # қыркүйектен бастап ... алып жатыр, желтоқсаннан бері: it began before now
    if parts.tense and parts.day is None and month == pub.month:
        later, earlier = (
            tense == "past",
            tense == "future",
        )  # өткен ақпанда, published in February: last year's
    if tense == "past" and later and text.endswith(g.DATIVE, 0, end) and not _LIMIT.match(text, end):
        tense = None  # съезд 26 сәуірге шақырылған: a day set for the event ('for the 26th'), not a past one
    if tense == "past" and later and parts.day is not None and _UNTIL.match(text, end):
        # мерзімді 20 қыркүйекке дейін ұзартты 'extended the term until 20 September': a deadline set, still ahead
        # (session 33: 13 of 14 year-less days before дейін in the read dated news parts lie ahead of publication)
        tense = None
    shift = _moved(tense, later, earlier)
    return dataclasses.replace(parts, year_shift=shift) if shift else parts


def _moved(tense: str | None, later: bool, earlier: bool) -> int:
    """tense: the clause's; later, earlier: the date falls after or before the publication in its year (or
    week) -> 1 for a future before it (next year's), -1 for a past after it (last year's), else 0."""
    if tense == "future" and earlier:
        return 1
    if tense == "past" and later:
        return -1
    return 0


def _tensed_weekday(parts: Parts, text: str, end: int, pub: dt.date, lookup: Lookup | None) -> Parts:
    """A weekday with no week named on the wrong side of ``pub`` for its clause's tense moves a week (session 9,
    news-test10: ``Сенбі күні ... өткен жиында`` published on a Monday is the Saturday before;
    ``Алдағы сенбіде`` published on a Friday is the next day, a weekday before ``pub`` in the week after)."""
    later, earlier = parts.weekday > pub.isoweekday(), parts.weekday < pub.isoweekday()
    if not (later or earlier):
        return parts
    shift = _moved(parts.tense or (verb_tense(text, end, lookup) if lookup else None), later, earlier)
    return dataclasses.replace(parts, week_shift=shift) if shift else parts
