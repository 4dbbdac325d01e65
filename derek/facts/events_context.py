"""Contexts for the ``events`` stage: event nouns, participle context, generic and modal triggers, sport,
openings by an active verb, guests welcomed, and (after dev17) the grammar that reports no event
(``no_event_grammar``: negation, habit, figurative and non-event senses) and the unanchored ``өтеді`` 'occurs'.

Data in ``data/event_triggers.py``: ``EVENT_NOUNS`` (``конференция өтетін нысандарды``: one held event),
``EVERY``/``KIND`` (``әрбір кездесу``, ``бұндай кездесулер``: generic), ``CONVERB`` (``жариялай аламыз``:
'can', no event), ``PLURAL_PARTICIPLE`` (``айып таққандар кездесті``: 'there were').
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..doc import DateMention, Entity, Sentence
from .data.event_triggers import (
    ABLATIVE,
    CONVERB,
    DEFINING,
    EVENT_NOUNS,
    EVERY,
    FIGURATIVE_OPENED,
    FOUNDED_BODIES,
    FREQUENT,
    GUESTS,
    HABITUAL,
    KIND,
    LIFE_SPANS,
    NEGATED,
    NEGATIVE_CONVERB,
    NOT,
    NOT_OPENED_OBJECTS,
    OPENED_OBJECTS,
    PAID,
    PARTICIPLE_CONTEXT,
    PAST_AUXILIARIES,
    PATH_BEFORE,
    PLURAL_PARTICIPLE,
    REORGANIZED,
    SHARES,
    SPORT_WORDS,
    TIME_NOUNS,
)
from .grammar import ACCUSATIVE, ANY_ACCUSATIVE, DATIVE, LOCATIVE

_EVENT_STEMS = tuple(n.rstrip("ь") for n in EVENT_NOUNS)  # фестиваль -> фестивалін
_CAN = re.compile("ал(?:а|ма|ар)")  # жариялай аламыз, кездесе алмады (not Алтай, алғыс)
VERBAL_NOUN_AFTER = re.compile("[ \t](?:беру|қою)")  # концерт беруді жоспарлауда: a verbal noun
BARE_PARTICIPLE = re.compile("өткен(?:нен|нің|ге)")  # a held participle used as a noun, in a case


def event_noun(word: str) -> bool:
    """word (str) -> True if it is a form of an event noun (``фестивалін``, ``конференция``)."""
    return word.lower().startswith(_EVENT_STEMS)


def event_subject(word: str) -> bool:
    """word (str) -> True if it is an event noun with no dative ending after its stem: a subject that may end in
    what looks like one (``жәрмеңке өтеді`` 'a fair is held'; not ``көрмеге өтеді``; session 16)."""
    low = word.lower()
    return any(low.startswith(s) and not low[len(s) :].endswith(DATIVE) for s in _EVENT_STEMS)


def participle_context(prev: str) -> bool:
    """prev (str): the word before a held participle -> True if it makes one event (``Астанада өткен``,
    ``қолдауымен өткен``, ``конференция өтетін нысандарды``)."""
    return prev.endswith(PARTICIPLE_CONTEXT) or event_noun(prev)


def finite_participle(ahead: list[str]) -> bool:
    """ahead (list[str]): the lower-cased words after a participle up to the next punctuation -> True if it ends
    its clause or a past auxiliary follows (``... өткен болатын``): a finite past."""
    return not ahead or ahead[0] in PAST_AUXILIARIES


def reduplicated(word: str) -> bool:
    """word (str) -> True for an adverb doubled with a hyphen (``жеке-жеке``): no dative."""
    a, _, b = word.partition("-")
    return bool(b) and a == b


def generic(text: str, sent: Sentence, kind: str, m: re.Match[str], prev: str) -> bool:
    """A trigger that reports no event: ``ал-`` 'can' after a converb
    (``жариялай аламыз``), every or a kind of event (``әрбір кездесу``, ``бұндай кездесулер``), ``кездесті``
    after a plural participle ('there were': ``айып таққандар кездесті``); data/event_triggers.py."""
    word = m.group().lower()
    nxt = text[m.end() : sent.end].split()[:1]
    if word.endswith(CONVERB) and not word.endswith(DATIVE + LOCATIVE) and nxt and _CAN.match(nxt[0].lower()):
        return True
    if prev in EVERY or (prev in KIND and re.search("(?:лар|лер)", word)):
        return True
    return kind == "met" and word.startswith("кездес") and prev.endswith(PLURAL_PARTICIPLE)


def sport(text: str, sent: Sentence) -> bool:
    """text (str); sent (Sentence) -> True if the sentence speaks of sport (``команда``, ``іріктеу``)."""
    return any(w.lower().startswith(SPORT_WORDS) for w in text[sent.start : sent.end].split())


def not_opened(text: str, sent: Sentence, m: re.Match[str], words: list[str]) -> bool:
    """An active ``ашты/ашқан/ашып``: an idiom after ``жол``, ``тыныс`` ...; it opens only one of
    ``OPENED_OBJECTS`` right before it (``колледж бен балабақша ашып``, ``лагерін ашты``; not ``ядроны ашты``)."""
    prev = words[-1].lower().strip(",") if words else ""
    if prev == "айқара" and len(words) > 1:  # есігін айқара ашты 'flung its doors open' (not жүрегін)
        prev = words[-2].lower().strip(",")
    if prev.startswith(NOT_OPENED_OBJECTS):
        return True
    if prev.startswith(OPENED_OBJECTS):
        return False
    # the object in the accusative earlier in the clause, the opener between (``отырысын облыс әкімі ашты``)
    return not any(
        w.startswith(OPENED_OBJECTS) and w.endswith(ANY_ACCUSATIVE)
        for w in (x.lower().strip(",") for x in words[-8:-1])
    )  # ядроны ашты 'discovered the nucleus': no opening


def guest(words: list[str], sent: Sentence, m: re.Match[str], ents: Sequence[Entity]) -> bool:
    """Someone welcomed (``қарсы алды``): a person entity or a guest noun in the accusative before the verb."""
    if any(
        e.label == "PERSON" and sent.start <= e.start and e.end <= m.start() and e.text.endswith(ACCUSATIVE)
        for e in ents
    ):
        return True
    # экспедициясын, делегациясын: the possessive's accusative (session 24)
    owned_acc = (*ACCUSATIVE, "сын", "сін")
    return any(
        w.lower().endswith(owned_acc) and w.lower().startswith(tuple(g for g, _ in GUESTS)) for w in words
    )


_NEGATED = re.compile(NEGATED)
_HABITUAL = re.compile(HABITUAL)
_FIGURATIVE = re.compile(  # a noun, plural, possessive and accusative optional: мүмкіндіктер, басы, мағынасын
    "(?:"
    + "|".join(FIGURATIVE_OPENED)
    + ")(?:лар|лер|тар|тер|дар|дер)?(?:ы|і|сы|сі|ымыз|іміз|ың|ің)?(?:н|ды|ді|ны|ні|ты|ті)?"
)
# A wish ends the sentence: a desiderative ``-ғым/-гім ... келеді`` 'I want to' (test15: ``Кездесуімді жеңіспен аяқтап,
# команданы алға жетелегім келеді``): the trigger before it is wished, not reported.
# (The speaker's own wish only: ``Шеберхананы ашқан себебіміз ... ешкім ... жұмыс істегісі келмейді`` is an opening.)
_WISH = re.compile(r"\w(?:ғы|гі|қы|кі)(?:м|мыз|міз)[ \t]+келеді")
_PAST_NOUN = re.compile("өткен(?:і|ін|іне|інде|імен)")  # Шығыс Түркістанның өткені мен бүгіні 'its past'


_BODY_ENDING = re.compile("(?:лар|лер|тар|тер|дар|дер)?(?:ы|і|сы|сі)?")


def _founded(word: str) -> bool:
    """word (str) -> True if it is a body of ``FOUNDED_BODIES`` in the nominative, possessive or plural
    (``театры``, ``кеңестер``, ``мектебі``; not ``мектепте``)."""
    for stem in FOUNDED_BODIES:
        if word.startswith(stem) and _BODY_ENDING.fullmatch(word[len(stem) :]):
            return True
    return False


def no_event_grammar(text: str, sent: Sentence, kind: str, m: re.Match[str], words: list[str]) -> bool:
    """text (str); sent (Sentence); kind (str); m (re.Match): the trigger; words (list[str]): the sentence before
    it -> True if its grammar reports no event: a negative verb or ``емес``, a habit (``өткізіліп тұрады``,
    ``жиі``, ``өтетін еді``), a figurative opening (``басы ашылды``), ``өт-`` 'pass' (``балалық шағы ... өткен``,
    ``іріктеуден сүрінбей өтіп``, ``жанынан өтетін``), time spent (``уақытының бәрін ... өткізді``), ``құнын
    өтеді`` 'paid', ``өткені`` 'the past' (data/event_triggers.py)."""
    word = m.group().lower().split()[-1]
    nxt = text[m.end() : sent.end].split()[:1]
    after = nxt[0].lower().strip(",.;:!?") if nxt else ""
    low = [w.lower().strip(",.;:!?«»()") for w in words]
    prev = low[-1] if low else ""
    if _NEGATED.match(word) or after in NOT or _WISH.search(text, m.end(), sent.end):
        return True
    if word.endswith(("атын", "етін", "йтын", "йтін")) and after == "еді":
        return True  # өнімдер барлығы өтетін еді: a habit of the past
    if (word.endswith(("п", "а", "е", "й")) and _HABITUAL.match(after)) or any(
        w in FREQUENT for w in low[-6:]
    ):
        return True
    if kind == "opened" and (word.startswith("ашыл") or word.startswith("ашт")):
        if _FIGURATIVE.fullmatch(prev.rsplit("-", 1)[-1]):
            return True
    if kind == "held" and word.startswith("өт") and not word.startswith("өткіз"):
        if any(w in LIFE_SPANS for w in low) and not any(event_noun(w) for w in low):
            return True
        if (
            len(low) > 1
            and low[-2].endswith(ABLATIVE)
            and len(low[-2]) > 4
            and prev.endswith(NEGATIVE_CONVERB)
        ):
            return True  # іріктеуден сүрінбей өтіп: passed
        if prev in PATH_BEFORE and not any(event_noun(w) for w in low):
            return True  # ... базары жанынан өтетін жолайрығының: a road passing by
        if word == "өтеді" and prev.endswith(PAID) and len(prev) > 4 and not event_noun(prev):
            return True
        if (
            _PAST_NOUN.fullmatch(word)
            and not participle_context(prev)
            and not any(event_noun(w) for w in low[-3:])
        ):
            return True
    if kind == "organized" and word.startswith("ұйымдастырыл"):
        if prev == REORGANIZED:
            return True  # университеттер ... қайта ұйымдастырылады: a reform
        clause = " ".join(words).rsplit(",", 1)[-1].split()  # the words of the trigger's clause before it
        near = [w.lower().strip(".;:!?«»()") for w in clause]
        if word.endswith(("ған", "ген", "атын", "етін")):
            near.append(after)  # ұйымдастырылған кеңес: a participle's body follows it
        # (a council, ``кеңес``, is both a body founded and a sitting held: with ``ұйымдастырыл-`` it is the body)
        if any(_founded(w) for w in near) and not any(event_noun(w) and not _founded(w) for w in near):
            return True  # Орыс драма театры 1933 жылы ... ұйымдастырылды: founded
    if kind == "held" and word.startswith("өткіз"):
        tail = low[-6:]
        for a, b in zip(tail, tail[1:], strict=False):
            if a.startswith(TIME_NOUNS) and b in SHARES:
                return True
    return False


# Entities that anchor an event in place, time or people (a language or a generic season does not: ``Сабақтар қазақ
# тілінде өтеді``, ``Қыс бұл өңірде жұмсақ өтеді``, where NER marks ``Қыс`` a DATE that the dates stage drops).
ANCHORS = ("GPE", "LOCATION", "FACILITY", "ORGANISATION", "PERSON", "POSITION", "EVENT", "PROJECT", "NORP")


def unanchored(
    text: str,
    sent: Sentence,
    kind: str,
    m: re.Match[str],
    ents: Sequence[Entity],
    dates: Sequence[DateMention],
) -> bool:
    """text (str); sent (Sentence); kind (str); m (re.Match): the trigger; ents; dates -> True for the aorist
    ``өтеді`` with no event noun, date or anchoring entity in its sentence: a process 'occurs, passes', not an
    event (dev17: ``сульфидтердің балқуы және оның тотығуы ... сұйық шлак ішінде өтеді``); news's ``өтеді`` 'will
    be held' has a date, a place or an event noun (``Бүгін Алматыда ... отырысы өтеді``)."""
    if kind != "held" or m.group().lower() != "өтеді":
        return False
    if any(sent.start <= d.start < sent.end for d in dates) or any(
        sent.start <= e.start < sent.end and e.label in ANCHORS for e in ents
    ):
        return False
    return not any(event_noun(w) for w in text[sent.start : m.start()].split())


_TERM_DASH = re.compile(r"\s*(?:\S+\s+){0,5}?\S+\s+[-–—]\s")


def definition(text: str, sent: Sentence, dates: Sequence[DateMention]) -> bool:
    """text (str); sent (Sentence); dates -> True if the sentence defines a term (``X - ... болады``, no date):
    its triggers name kinds, not events (dev17: ``... мемлекет ұйымдастырған (...) жағдайда болады``)."""
    words = text[sent.start : sent.end].rstrip(" .!").split()
    if not words or words[-1].lower() not in DEFINING or not _TERM_DASH.match(text, sent.start, sent.end):
        return False
    return not any(sent.start <= d.start < sent.end for d in dates)
