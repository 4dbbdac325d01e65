"""derek: facts from Kazakh-language news, with offsets into the original text.

>>> import derek
>>> doc = derek.analyze("Астанада жиын өтті.")
>>> [t.text for t in doc.tokens]
['Астанада', 'жиын', 'өтті', '.']
"""

from importlib.metadata import PackageNotFoundError, version

from .doc import (
    DateMention,
    Document,
    Entity,
    Event,
    Mention,
    Quote,
    Role,
    Sentence,
    Span,
    Token,
)
from .errors import DerekError
from .pipeline import analyze

try:
    __version__ = version("derek")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0"

__all__ = [
    "DateMention",
    "DerekError",
    "Document",
    "Entity",
    "Event",
    "Mention",
    "Quote",
    "Role",
    "Sentence",
    "Span",
    "Token",
    "__version__",
    "analyze",
]
