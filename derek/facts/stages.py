"""The fact stages as pipeline :class:`~derek.pipeline.Stage` objects.

``quotes``, ``roles`` and ``events`` use NER entities and their base forms
(``ner`` + ``normal``); called directly on an Analysis without entities they fall
back to their own crude person/post/place finders (derek/facts/mentions.py).
"""

from __future__ import annotations

from ..pipeline import Stage
from . import dates, events, quotes, roles, speaker_posts

DATES = Stage("dates", dates.run, requires=("tokens",), provides=("dates",))
QUOTES = Stage("quotes", quotes.run, requires=("sentences", "entities", "normals"), provides=("quotes",))
ROLES = Stage("roles", roles.run, requires=("sentences", "entities", "normals"), provides=("roles",))
# a quote whose speaker is a post takes the person the article titles with it (Мемлекет басшысы -> Тоқаев)
SPEAKERS = Stage("speakers", speaker_posts.run, requires=("quotes", "roles"), provides=("speakers",))
EVENTS = Stage("events", events.run, requires=("sentences", "entities", "dates"), provides=("events",))
FACT_STAGES = (DATES, QUOTES, ROLES, SPEAKERS, EVENTS)
