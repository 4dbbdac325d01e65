"""Normalization that keeps a map back to the raw text.

What changes (each rule is one entry in ``_RULES`` or the mixed-script pass):

- NFC composition (``и`` + combining breve -> ``й``);
- soft hyphens and zero-width characters are removed;
- non-breaking and other fixed-width spaces become a plain space;
- typographic quotes become ``« »`` (straight ``"`` by position), dashes ``—``
  (``-`` between two letters: ``іс–шара``), minus and hyphen variants ``-``;
- a word mixing Cyrillic and Latin letters is written in one script: Latin
  look-alikes in a Cyrillic word (``мемлекеттiк`` with a Latin ``i``,
  ``Cаенс`` with a Latin ``C``) become Cyrillic, and Cyrillic look-alikes in
  a Latin word become Latin. Kazakh letters typed with look-alikes (``i`` for
  ``і``, ``h`` for ``һ``, ``ə`` for ``ә``) are covered by the same table;
- a lone surrogate (possible in a Python ``str``, never in decoded UTF-8)
  becomes U+FFFD, which every later stage (spaCy, the store) can encode.

Later stages see ``Normalized.text``; :meth:`Normalized.raw_span` maps any
span of it back to the raw input.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from .alphabet import CYRILLIC, CYRILLIC_LOOKALIKES, CYRILLIC_TO_LATIN, LATIN, LATIN_TO_CYRILLIC

_DELETE = "\u00ad\u200b\u200c\u200d\u2060\ufeff\u180e"
_SPACES = "\u00a0\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
_OPEN_QUOTES = "“„‟"  # “Мәдениет” -> «Мәдениет»
_CLOSE_QUOTES = "”"
_SINGLE_QUOTES = "‘’‚‛`´"
_DASHES = "‒–—―⸺⸻"
_HYPHENS = "‐‑−"

_SIMPLE = {c: "" for c in _DELETE}
_SIMPLE.update({c: " " for c in _SPACES})
_SIMPLE.update({c: "«" for c in _OPEN_QUOTES})
_SIMPLE.update({c: "»" for c in _CLOSE_QUOTES})
_SIMPLE.update({c: "'" for c in _SINGLE_QUOTES})
_SIMPLE.update({c: "—" for c in _DASHES})
_SIMPLE.update({c: "-" for c in _HYPHENS})
_SIMPLE.update(CYRILLIC_LOOKALIKES)

_LATIN_LOOK = "".join(LATIN_TO_CYRILLIC)
_CYR_LOOK = "".join(CYRILLIC_TO_LATIN)
_LATINISH = LATIN + "əɵƏƟı"
_TRIGGER = re.compile(
    "[" + re.escape("".join(_SIMPLE)) + '"]'
    + f"|[{_LATINISH}][{CYRILLIC}]|[{CYRILLIC}][{_LATINISH}]"
    + "|[\ud800-\udfff]"
)  # fmt: skip
_WORD = re.compile(f"[{_LATINISH}{CYRILLIC}]+")
_COMBINING = re.compile(
    r".[\u0300-\u036f\u0483-\u0489\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+", re.S
)


@dataclass(frozen=True)
class Normalized:
    """Normalized text plus the edits that produced it from the raw text.

    ``edits`` holds ``(raw_start, raw_end, norm_start, norm_end)`` for every
    replaced stretch, sorted; text between edits is unchanged.
    """

    text: str
    edits: tuple[tuple[int, int, int, int], ...] = ()
    parent: Normalized | None = None
    _norm_starts: list[int] = field(default_factory=list, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._norm_starts.extend(e[2] for e in self.edits)

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of the normalized text to the raw text."""
        raw_start, raw_end = self._to_raw_start(start), self._to_raw_end(end)
        if raw_end < raw_start:  # an empty span inside a deletion
            raw_end = raw_start
        if self.parent is not None:
            return self.parent.raw_span(raw_start, raw_end)
        return raw_start, raw_end

    def _to_raw_start(self, n: int) -> int:
        k = bisect_right(self._norm_starts, n) - 1
        if k < 0:
            return n
        rs, re_, ns, ne = self.edits[k]
        if n < ne:
            return rs + (n - ns) if (re_ - rs) == (ne - ns) else rs
        return re_ + (n - ne)

    def _to_raw_end(self, n: int) -> int:
        k = bisect_left(self._norm_starts, n) - 1
        if k < 0:
            return n
        rs, re_, ns, ne = self.edits[k]
        if n <= ne:
            return rs + (n - ns) if (re_ - rs) == (ne - ns) else re_
        return re_ + (n - ne)


def _apply(raw: str, replacements: list[tuple[int, int, str]], parent: Normalized | None) -> Normalized:
    if not replacements:
        return Normalized(raw, (), parent)
    parts: list[str] = []
    edits: list[tuple[int, int, int, int]] = []
    pos = 0
    out_len = 0
    for start, end, new in replacements:
        parts.append(raw[pos:start])
        out_len += start - pos
        edits.append((start, end, out_len, out_len + len(new)))
        parts.append(new)
        out_len += len(new)
        pos = end
    parts.append(raw[pos:])
    return Normalized("".join(parts), tuple(edits), parent)


def _nfc(raw: str) -> Normalized | None:
    if unicodedata.is_normalized("NFC", raw):
        return None
    replacements = []
    for m in _COMBINING.finditer(raw):
        composed = unicodedata.normalize("NFC", m.group())
        if composed != m.group():
            replacements.append((m.start(), m.end(), composed))
    # Singletons that NFC replaces on their own (e.g. the Ohm and Kelvin signs). A character NFC splits in two (the
    # composition exclusions: Hebrew presentation forms such as U+FB2A) stays: its two parts would share one raw
    # character, and tokens cut between them could not map back to disjoint spans (found by hypothesis, session 23).
    for i, ch in enumerate(raw):
        if ord(ch) > 0x2000 and (nfc := unicodedata.normalize("NFC", ch)) != ch and len(nfc) == 1:
            if not any(s <= i < e for s, e, _ in replacements):
                replacements.append((i, i + 1, nfc))
    replacements.sort()
    return _apply(raw, replacements, None)


def _convert_word(word: str) -> str | None:
    """One script for a mixed-script word, or None to leave it as it is."""
    latin = [c for c in word if c in _LATINISH]
    cyrillic = [c for c in word if c in CYRILLIC]
    if not latin or not cyrillic:
        return None
    if all(c in LATIN_TO_CYRILLIC for c in latin):
        return "".join(LATIN_TO_CYRILLIC.get(c, c) for c in word)
    if all(c in CYRILLIC_TO_LATIN for c in cyrillic):
        return "".join(CYRILLIC_TO_LATIN.get(c, c) for c in word)
    return None


def _straight_quote(text: str, i: int) -> str:
    before = text[i - 1] if i else " "
    return "«" if (before.isspace() or before in "([{«—-/") else "»"


def normalize(raw: str) -> Normalized:
    """Normalize ``raw`` and keep the way back (see the module docstring)."""
    first = _nfc(raw)
    text = first.text if first else raw
    replacements: list[tuple[int, int, str]] = []
    done_to = -1
    for m in _TRIGGER.finditer(text):
        i = m.start()
        ch = text[i]
        if ch in _DASHES and 0 < i < len(text) - 1 and text[i - 1].isalpha() and text[i + 1].isalpha():
            replacements.append((i, i + 1, "-"))  # іс–шара: a dash typed for a hyphen
        elif ch in _SIMPLE:
            replacements.append((i, i + 1, _SIMPLE[ch]))
        elif ch == '"':
            replacements.append((i, i + 1, _straight_quote(text, i)))
        elif "\ud800" <= ch <= "\udfff":
            replacements.append((i, i + 1, "\ufffd"))
        if len(m.group()) == 2 and i + 1 > done_to:  # a letter pair mixing scripts
            # the whole word that holds position i
            start = i
            while start > 0 and (text[start - 1] in _LATINISH or text[start - 1] in CYRILLIC):
                start -= 1
            w = _WORD.match(text, start)
            if w is None:
                continue
            done_to = w.end()
            new = _convert_word(w.group())
            if new is not None:
                replacements.extend(
                    (w.start() + k, w.start() + k + 1, b)
                    for k, (a, b) in enumerate(zip(w.group(), new, strict=True))
                    if a != b
                )
    # _TRIGGER matches may overlap (a quote before a letter pair); keep the first edit of a position.
    replacements.sort()
    unique: list[tuple[int, int, str]] = []
    for r in replacements:
        if not unique or r[0] >= unique[-1][1]:
            unique.append(r)
    return _apply(text, unique, first)
