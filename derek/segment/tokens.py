"""Tokens of Kazakh news text, following KazNERD's conventions.

Punctuation is split off; a word with hyphenated parts or suffixes stays whole
(``ҚХР-дың``, ``2025-жылы``, ``IT-сала``, ``COVID-19-дың``, ``University-ге``);
abbreviations keep their dot (``ж.``, ``т.б.``); initials keep theirs
(``М.``, ``Қ.-Ж.``); numbers stay whole (``1 000 000``, ``3,5``,
``31.10.2025``, ``14:30``, ``14:30-да``); URLs, e-mails and hashtags are one token.

One compiled regular expression does the work; the alternatives are tried in
the order of ``_PATTERNS``, so the longer, more specific shapes come first.
"""

from __future__ import annotations

import re

from ..alphabet import CYRILLIC, CYRILLIC_UPPER, LATIN
from ..data.abbreviations import ALL_DOTTED
from ..doc import Token, new_token

L = f"{CYRILLIC}{LATIN}"  # letters derek knows by name; \w covers the rest
W = r"[^\W_]"  # any letter or digit (Unicode), without the underscore
UPPER = f"{CYRILLIC_UPPER}A-Z"
HYPHEN_TAIL = rf"(?:-{W}+)*"  # hyphenated parts and suffixes: ҚХР-дың, COVID-19-дың

_abbr = sorted(ALL_DOTTED, key=len, reverse=True)
_ABBR = "|".join(re.escape(a) for a in _abbr)

_PATTERNS = [
    ("url", r"(?:https?://|www\.)[^\s«»<>\"]+[^\s«»<>\".,;:!?)\]}']"),
    ("email", r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"),
    ("tag", rf"[#@]{W}[\w-]*"),
    # initials: М. Тынышпаев, Қ.-Ж. Тоқаев (a capital, a dot, then a capitalized word)
    ("initial", rf"[{UPPER}]\.(?:-[{UPPER}]\.)?(?=\s*[{UPPER}])"),
    # abbreviations with dots, not glued to a preceding letter: т.б., ж., б.з.б.
    ("abbr", rf"(?<![^\W\d_])(?=[^\W\d_][^\W\d_.]{{0,4}}\.)(?i:{_ABBR})(?![^\W_])"),
    ("date", rf"(?<!\d)\d{{1,2}}\.\d{{1,2}}\.\d{{2,4}}(?!\d){HYPHEN_TAIL}"),
    ("time", rf"(?<!\d)\d{{1,2}}:\d{{2}}(?::\d{{2}})?(?!\d){HYPHEN_TAIL}"),
    ("grouped", rf"(?<![\d,.])\d{{1,3}}(?: \d{{3}})+(?:,\d+)?(?![\d])(?!\.\d){HYPHEN_TAIL}"),
    ("decimal", rf"\d+[.,]\d+{HYPHEN_TAIL}"),
    ("percent", rf"%{HYPHEN_TAIL}"),
    # a suffix after a closing quote or bracket, or detached by a space: «Қазына»-дан, 5 -ке
    ("suffix", rf"[»)]-{W}+|(?<!\S)-[^\W\d_]+"),
    ("word", rf"{W}+(?:['’]{W}+)*{HYPHEN_TAIL}"),
    ("ellipsis", r"\.{2,}|…"),
    ("punct", r"\S"),
]
_WEB = {"url", "email", "tag"}
_NUMERIC = ("date", "time", "grouped", "decimal")  # tried only where a digit starts


def _compile(names: list[str]) -> re.Pattern[str]:
    patterns = dict(_PATTERNS)
    parts = []
    for name in names:
        if name in _NUMERIC:
            if name == _NUMERIC[0]:
                numeric = "|".join(f"(?P<{n}>{patterns[n]})" for n in _NUMERIC)
                parts.append(rf"(?=\d)(?:{numeric})")
        else:
            parts.append(f"(?P<{name}>{patterns[name]})")
    return re.compile("|".join(parts))


TOKEN_RE = _compile([name for name, _ in _PATTERNS])
# The same without the web shapes, for the many texts with no ``@``, ``#``, ``://`` or ``www.``.
_PLAIN_RE = _compile([name for name, _ in _PATTERNS if name not in _WEB])
_WEB_MARK = re.compile(r"[@#]|://|www\.")


def _regex(text: str) -> re.Pattern[str]:
    return TOKEN_RE if _WEB_MARK.search(text) else _PLAIN_RE


def tokenize(text: str) -> list[Token]:
    """Split text into tokens.

    text (str): normalized text.
    RETURNS (list[Token]): tokens with offsets into ``text``; lemma and pos empty.
    """
    return [new_token(m.start(), m.end(), m.group()) for m in _regex(text).finditer(text)]


def token_kinds(text: str) -> list[tuple[str, str]]:
    """The tokens with the name of the pattern that made each (for debugging)."""
    return [(m.group(), m.lastgroup or "") for m in _regex(text).finditer(text)]
