"""Contexts for the ``events`` stage: event nouns, participle context, generic and modal triggers.

Data in ``data/event_triggers.py``: ``EVENT_NOUNS`` (``конференция өтетін нысандарды``: one held event),
``EVERY``/``KIND`` (``әрбір кездесу``, ``бұндай кездесулер``: generic), ``CONVERB`` (``жариялай аламыз``:
'can', no event), ``PLURAL_PARTICIPLE`` (``айып таққандар кездесті``: 'there were').
"""

from __future__ import annotations

import re

from ..doc import Sentence
from .data.event_triggers import (
    CONVERB,
    DATIVE,
    EVENT_NOUNS,
    EVERY,
    KIND,
    PARTICIPLE_CONTEXT,
    PLURAL_PARTICIPLE,
)

LOCATIVE = ("да", "де", "та", "те", "нда", "нде")
_EVENT_STEMS = tuple(n.rstrip("ь") for n in EVENT_NOUNS)  # фестиваль -> фестивалін
_CAN = re.compile("ал(?:а|ма|ар)")  # жариялай аламыз, кездесе алмады (not Алтай, алғыс)
VERBAL_NOUN_AFTER = re.compile("[ \t](?:беру|қою)")  # концерт беруді жоспарлауда: a verbal noun
BARE_PARTICIPLE = re.compile("өткен(?:нен|нің|ге)")  # a held participle used as a noun, in a case


def event_noun(word: str) -> bool:
    """word (str) -> True if it is a form of an event noun (``фестивалін``, ``конференция``)."""
    return word.lower().startswith(_EVENT_STEMS)


def participle_context(prev: str) -> bool:
    """prev (str): the word before a held participle -> True if it makes one event (``Астанада өткен``,
    ``қолдауымен өткен``, ``конференция өтетін нысандарды``)."""
    return prev.endswith(PARTICIPLE_CONTEXT) or event_noun(prev)


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
