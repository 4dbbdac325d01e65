"""Speech cues: the speech-verb grammar shared by the quote stage (and the event stage, to skip speech)."""

from __future__ import annotations

import re

from . import grammar as g
from .data.speech_verbs import ADVERBS, COMPLEMENT_ENDINGS, COMPLEMENTS, ENDINGS, INTRO, PARTICLES, VERBS

_ADV = f"(?:{g.alt(ADVERBS)}[ \\t]+)*"
_STEMS = "|".join(re.escape(v).replace("\\ ", "[ \\t]+") for v, _ in sorted(VERBS, key=lambda v: -len(v[0])))
_ENDS = g.alt(e for e in ENDINGS if " " not in e) + f"(?:[ \\t]+(?:отыр|жатыр)[{g.LOWER}]*)?"
# A speech verb: адвербы + stem + ending (айтты, атап өтті, мәлімдеді, деді, дейді, деп жазды).
CUE = re.compile(g.B + f"(?:{_ADV}(?:{_STEMS}){_ENDS}|деп[ \\t]+(?:отыр|жатыр)[{g.LOWER}]*)" + g.E, re.I)
COMPLEMENT = re.compile(
    g.B
    + f"(?:{g.alt(COMPLEMENTS)}|[{g.LETTER}-]+{g.alt(COMPLEMENT_ENDINGS)})"
    + g.E
    + f"(?:[ \\t]+{g.alt(PARTICLES)}{g.E})?",
    re.I,
)
INTRO_RE = re.compile(
    g.B
    + f"(?:(?P<who>[{g.LETTER}-]+(?:[ \\t]+[{g.LETTER}-]+){{0,3}}?)[ \\t]+)?(?P<cue>{g.alt(i for i, _ in INTRO)})[ \\t]*,",
    re.I,
)


def cues(text: str, start: int = 0, end: int | None = None) -> list[re.Match[str]]:
    """text (str): text; start, end (int): region -> speech-verb matches in it (bare ``деп`` is no cue)."""
    found = CUE.finditer(text, start, len(text) if end is None else end)
    return [m for m in found if m.group().lower() != "деп"]
