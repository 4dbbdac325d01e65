"""The fact stages as pipeline :class:`~derek.pipeline.Stage` objects.

``quotes``, ``roles`` and ``events`` use NER entities (and their ``normal``) when
an earlier stage provides them and fall back to their own crude person/post/place
finders when it does not, so they only require sentences.
"""

from __future__ import annotations

from ..pipeline import Stage
from . import dates, events, quotes, roles

DATES = Stage("dates", dates.run, requires=("tokens",), provides=("dates",))
QUOTES = Stage("quotes", quotes.run, requires=("sentences",), provides=("quotes",))
ROLES = Stage("roles", roles.run, requires=("sentences",), provides=("roles",))
EVENTS = Stage("events", events.run, requires=("sentences", "dates", "quotes"), provides=("events",))
FACT_STAGES = (DATES, QUOTES, ROLES, EVENTS)
