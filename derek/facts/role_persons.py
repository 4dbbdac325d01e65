"""Names NER missed or mislabelled, where a post says a person stands (for the ``roles`` stage).

Encyclopedic prose names its people in ways news NER was not trained on:

- after a post and a dash: ``Қаланың басшысы — Бернд Мюллер.`` (NER: ORGANISATION);
- as a bare surname opening a sentence whose predicate gives a post: ``Берлускони ... премьер-министр
  лауазымын иеленді`` (NER: nothing);
- split in two: ``[Мұхтар]PERSON [Әуезов]MISCELLANEOUS`` is one name.

Each is taken only from proper nouns (token part of speech ``PROPN``) in the nominative.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from ..doc import Entity, Mention, Sentence, Token
from . import grammar as g
from .mentions import POST_WORD, strip_case
from .span_index import SpanIndex

_UPPER = g.alphabet_upper()
# Labels NER gives names it misreads; a PERSON may take their place where a post says so.
_RELABEL = ("ORGANISATION", "MISCELLANEOUS", "GPE", "FACILITY", "PRODUCT", "ART")
# A surname NER split off a given name is labelled so (not a place: ``Ыбырай Торғай облысы ...``).
_SURNAME_LABELS = ("MISCELLANEOUS", "PERSON")
_DASH = re.compile(r"[ \t]*[—–-][ \t]+")
# a settlement noun with the possessive of a name compound: the word before names the place (session 13)
_SETTLEMENT_AFTER = re.compile("[ \t]+(?:ауыл|аул|аудан|қала|кент|село)(?:ы|і|с|дық)", re.I)
_PREDICATE_HINT = re.compile(
    "(?:болып|болды|болған|атанды|сайлан|тағайындал|лауазым|қызметін|қызметіне|қызметінде|айнал)", re.I
)


def _name_run(text: str, start: int, at: dict[int, Token], most: int = 3) -> tuple[int, int] | None:
    """The proper nouns in the nominative from ``start`` (``at``: the tokens by start offset), at most
    ``most``, as one span (None if none)."""
    end = None
    pos = start
    for _ in range(most):
        t = at.get(pos)
        if t is None or t.pos != "PROPN" or not t.text[:1].isupper() or strip_case(t.text) != t.text:
            break
        if POST_WORD.fullmatch(t.text):
            break
        end = t.end
        nxt = re.match(r"[ \t]+", text[end:])
        pos = end + (nxt.end() if nxt else 0)
        if not nxt:
            break
    return (start, end) if end is not None else None


def _trimmed(text: str, e: Entity) -> Entity:
    """A PERSON without the dash NER took in (``[- Серік Нығметұлы Ахметов]PERSON``)."""
    lead = re.match(r"[\s—–-]+", e.text) if e.label == "PERSON" else None
    if lead is None or lead.end() == len(e.text):
        return e
    start = e.start + lead.end()
    return Entity(start, e.end, text[start : e.end], e.label, "")


_SURNAME = re.compile("(?:ов|ев|ова|ева|ин|ина|ұлы|қызы|баев|баева|енко|ский|ская)$")
# Words of a date phrase opening a sentence before its subject: ``1964 жылдан 1986 жылға дейін Қонаев ...``.
_DATE_WORD = re.compile(
    f"(?:\\d+[{g.LOWER}-]*|ж\\.|жыл[{g.LOWER}]*|дейін|бастап|бері|кейін|аралығында|[,–—-])$"
)


def _after_dates(
    text: str, s: Sentence, ents: SpanIndex[Entity], tokens: Sequence[Token], starts: Sequence[int]
) -> int:
    """Where the sentence's words start after a date phrase opening it (a DATE entity or date words);
    ``ents`` are the entities, indexed; ``starts`` the tokens' start offsets, in order."""
    pos = s.start
    dates = [
        e
        for e in ents.overlapping(s.start, s.end)
        if e.label == "DATE" and e.start < s.end and s.start < e.end
    ]
    for t in tokens[bisect_left(starts, s.start) :]:
        if t.start < pos:
            continue
        if t.start >= s.end:
            break
        dated = any(e.start <= t.start < e.end for e in dates)
        if not dated and not _DATE_WORD.match(t.text.lower()):
            return t.start
        pos = t.end
    return s.start


def _free(ents: SpanIndex[Entity], start: int, end: int, labels: Sequence[str] = _RELABEL) -> bool:
    """True if no entity (``ents``, indexed) overlaps the span, or only ones of ``labels`` lying inside it."""
    inside = [e for e in ents.overlapping(start, end) if e.start < end and start < e.end]
    return all(e.label in labels and start <= e.start and e.end <= end for e in inside)


def _replace(ents: list[Entity], text: str, start: int, end: int) -> list[Entity]:
    kept = [e for e in ents if e.end <= start or e.start >= end]
    return sorted([*kept, Entity(start, end, text[start:end], "PERSON", "")], key=lambda e: e.start)


def more_persons(
    text: str,
    sentences: Sequence[Sentence],
    ents: Sequence[Entity],
    tokens: Sequence[Token],
    posts: Sequence[Mention],
) -> list[Entity]:
    """text (str); sentences (Sequence[Sentence]); ents (Sequence[Entity]); tokens (Sequence[Token]): with parts
    of speech; posts (Sequence[Mention]): post mentions -> the entities with the names a post vouches for."""
    out = [_trimmed(text, e) for e in ents]
    if not tokens:
        return out
    at = {t.start: t for t in tokens}
    starts = [t.start for t in tokens]
    index = SpanIndex(out)  # rebuilt whenever a name replaces entities
    post_index = SpanIndex(posts)
    for e in [e for e in out if e.label == "PERSON"]:  # [Мұхтар]PERSON [Әуезов]MISCELLANEOUS
        gap = re.match(r"[ \t]+", text[e.end :])
        if (
            gap
            and (run := _name_run(text, e.end + gap.end(), at, 1))
            and any(
                x.start == run[0]
                and x.end == run[1]
                and (x.label in _SURNAME_LABELS or _SURNAME.search(x.text))  # [Қаныш]PERSON [Сәтбаев]GPE
                for x in index.overlapping(*run)
            )
        ):
            if not _SETTLEMENT_AFTER.match(text, run[1]):  # Алдабергенов ауылына: a village's name
                out = _replace(out, text, e.start, run[1])
                index = SpanIndex(out)
    for post in posts:  # Қаланың басшысы — Бернд Мюллер.
        dash = _DASH.match(text, post.end)
        if dash and (run := _name_run(text, dash.end(), at)) and _free(index, *run):
            if re.match(r"[ \t]*(?:[.;,(]|$)", text[run[1] :]):
                out = _replace(out, text, *run)
                index = SpanIndex(out)
    for s in sentences:  # Берлускони ... премьер-министр лауазымын иеленді; 1964 жылдан ... Қонаев ...
        run = _name_run(text, _after_dates(text, s, index, tokens, starts), at)
        if run is None or not _free(index, *run, ()) or not _PREDICATE_HINT.search(text, run[1], s.end):
            continue
        if any(run[1] < p.start < s.end for p in post_index.overlapping(run[1], s.end)):
            out = _replace(out, text, *run)
            index = SpanIndex(out)
    return out
