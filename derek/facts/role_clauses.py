"""Clause tests of the ``roles`` stage: does a post belong to the person's clause, or to a name?

A converb chain keeps its subject (``X ... көшбасшысына айналып, премьер-министр лауазымын иеленді``); a
definition after a dash may list nouns before the post; a capitalized word before lower-case words and a
post without a predicate is part of the post's name (``Қазақ АКСР Халық ағарту комиссары``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..doc import Entity, Mention
from . import grammar as g
from .data.posts import PREDICATE_VERBS

# A verb that gives the post to the subject: ``... Президенті болып сайланды``, ``... қызметін атқарды``.
PREDICATE = re.compile(f"[ \\t]+(?:{g.alt(PREDICATE_VERBS)})[{g.LOWER}]*", re.I)
# A converb closes a clause whose subject goes on: ``X ... көшбасшысына айналып, премьер-министр лауазымын иеленді``.
_CONVERB_CLAUSE = re.compile(f"[^,;:«»]*[{g.LOWER}](?:ып|іп|п)[ \t]*,")


_SHORT_NAME = re.compile(f"«[{g.LETTER} \t-]{{1,40}}»")
# ``облысының әкімі болып Асқар Мамин тағайындалды``: the post before the name, the verb after it; so with
# лауазымына/қызметіне 'to the post of' (``ауданының әкімі лауазымына Дархан Закарин тағайындалды``, session 17)
BOLYP = re.compile(r"[ \t]+(?:болып|лауазымына|қызметіне)[ \t]+$")
APPOINTED = re.compile(r"[ \t]+(?:тағайындал|сайлан)", re.I)


def same_clause(between: str) -> bool:
    """between (str): the text from a person to a later post -> True if no clause boundary but converb commas."""
    rest = _SHORT_NAME.sub(" ", between)  # «Қазақ» газетінің бас редакторы болды: a name in quotes
    while (m := _CONVERB_CLAUSE.match(rest)) is not None:
        rest = rest[m.end() :]
    return not re.search("[,;:«»]", rest)


_TITLE_WORDS = re.compile(f"[ \\t]+(?:[{g.LOWER}-]+[ \\t]+){{0,2}}$")


def in_title(text: str, p: Entity, posts: Sequence[tuple[Mention, Mention | None]]) -> bool:
    """text (str); p (Entity): a person; posts: (post, organization) pairs -> True if a one-word name before
    lower-case words and a post with no predicate verb is part of the post's name (``Қазақ АКСР Халық ағарту
    комиссары``)."""
    if " " in p.text.strip():
        return False
    nxt = next((post for post, _ in posts if post.start >= p.end), None)
    if nxt is None or not _TITLE_WORDS.fullmatch(text[p.end : nxt.start]):
        return False
    return PREDICATE.match(text, nxt.end) is None


def listed(text: str, start: int, end: int, verbs: Sequence[int]) -> bool:
    """text (str); start, end (int): after a dash, up to a post; verbs (Sequence[int]): verb token starts -> True
    if a definition lists nouns there: commas between, no verb, no other punctuation."""
    between = text[start:end]
    return "," in between and not re.search("[.;:«»()]", between) and not any(start <= v < end for v in verbs)
