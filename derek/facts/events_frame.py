"""The slots of an event frame: its place (a locative place entity; for a visit the dative goal), its date (the
sentence's date nearest the trigger, else the paragraph's governing date) and whether a post titles a named person.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..doc import DateMention, Entity, Mention, Sentence
from . import grammar as g
from .data.event_triggers import PLACE_HEADS
from .grammar import DATIVE, LOCATIVE
from .mentions import strip_case

PLACE_LABELS = ("GPE", "LOCATION", "FACILITY", "ORGANISATION")
_FALLBACK_PLACE = re.compile(
    g.B
    + f"(?:[{g.alphabet_upper()}][{g.LETTER}.-]*[ \\t]+){{0,3}}[{g.alphabet_upper()}][{g.LETTER}-]*(?:{g.alt(LOCATIVE + DATIVE)})"
    + g.E
)


_HEAD = re.compile(f"»?[ \\t]+([{g.LOWER}]+)")


def _headed(text: str, e: Entity, want: tuple[str, ...]) -> bool:
    """A name NER cut from its head noun, which carries the case: ``Орынбор қаласында``, ``«Алатау» кинотеатрында``
    (dev17) -> the name is the place."""
    m = _HEAD.match(text, e.end)
    return bool(m) and m.group(1).endswith(want) and strip_case(m.group(1)).startswith(PLACE_HEADS)


def last_word(text: str) -> str:
    """text (str) -> its last word, lower-cased."""
    return text.rsplit(" ", 1)[-1].lower()


def place_of(
    text: str, sent: Sentence, ents: Sequence[Entity], trigger: re.Match[str], kind: str, motion: bool
) -> Mention | None:
    """text (str); sent (Sentence); ents (Sequence[Entity]); trigger (re.Match); kind (str): the event type;
    motion (bool): the trigger is a motion verb -> the place: a place entity in the locative (for a visit by a
    motion verb, the dative goal) nearest the trigger, else capitalized words in that case."""
    inside = [e for e in ents if sent.start <= e.start and e.end <= sent.end and e.label in PLACE_LABELS]
    want = DATIVE if kind == "visited" and motion else LOCATIVE
    fits = [
        e for e in inside if (last_word(e.text).endswith(want) and len(e.text) > 3) or _headed(text, e, want)
    ]
    if (
        not fits
    ):  # NER missed it: capitalized words in the locative (dative for a visit), not opening the sentence
        fits = [
            Entity(m.start(), m.end(), m.group(), "GPE", "")
            for m in _FALLBACK_PLACE.finditer(text, sent.start, sent.end)
            if m.start() > sent.start
            and last_word(m.group()).endswith(want)
            and not any(
                e.start <= m.start() < e.end and e.label not in PLACE_LABELS
                for e in ents
                if e.label != "PERSON"
            )
        ]
    if not fits:
        return None
    best = min(fits, key=lambda e: (e.start > trigger.start(), abs(trigger.start() - e.end)))
    return Mention(best.start, best.end, best.text, best.normal or strip_case(best.text))


def titles_person(post: Entity, ents: Sequence[Entity]) -> bool:
    """post (Entity); ents (Sequence[Entity]) -> True if a person's name follows the post (the person is the
    participant, not the post)."""
    return any(e.label == "PERSON" and 0 <= e.start - post.end <= 3 for e in ents)


def frame_date(dates: Sequence[DateMention], sent: Sentence, para_start: int, at: int) -> DateMention | None:
    """dates; sent (Sentence); para_start (int): where the paragraph starts; at (int): the trigger's offset ->
    the sentence's date nearest the trigger (preceding first), else the last date of the paragraph before."""
    here = [d for d in dates if sent.start <= d.start and d.end <= sent.end]
    if here:
        return min(here, key=lambda d: (d.start > at, abs(at - d.start)))
    before = [d for d in dates if para_start <= d.start and d.end <= sent.start and d.granularity != "time"]
    return before[-1] if before else None
