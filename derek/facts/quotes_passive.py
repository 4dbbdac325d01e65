"""Reported speech with a passive speech verb and no speaker (session 9, real news pages): the content is the
verb's subject, a clause closed by a verbal noun in the nominative (``Азық-түлік бағасы 0,3%-ға қымбаттағаны
хабарланды.``, ``Тізімге 19 атау енгізілгені айтылады.``). The speaker stays None: no one is named.
"""

from __future__ import annotations

import re

from ..doc import Mention, Quote, Sentence
from . import grammar as g
from .data.speech_verbs import PARTICLES, PASSIVE_COMPLEMENT_ENDINGS, PASSIVE_CUES
from .quote_filters import free
from .speakers import Speakers

_CUES = "|".join(re.escape(c).replace("\\ ", "[ \t]+") for c, _ in PASSIVE_CUES)
_CUE = re.compile(
    f"(?P<comp>[{g.LETTER}-]+{g.alt(PASSIVE_COMPLEMENT_ENDINGS)}){g.E}(?:{g.SP}{g.alt(PARTICLES)}{g.E})?"
    f"{g.SP}(?P<cue>{_CUES}){g.E}",
    re.I,
)


# a bare past participle as the cue (``хабарланған``; grammar.PARTICIPLE) only where it closes the sentence (a finite
# past)
_CLOSES = re.compile(r"[ \t]*(?:[.!?…]|$)")


def passive_quote(text: str, sent: Sentence, who: Speakers, taken: list[tuple[int, int]]) -> Quote | None:
    """text (str); sent (Sentence); who (Speakers); taken: spans other quotes hold -> the sentence's
    passive reported speech, or None."""
    m = _CUE.search(text, sent.start, sent.end)
    if m is None or not free(taken, m.start(), m.end()):
        return None
    if m.group("cue").lower().endswith(g.PARTICIPLE) and not _CLOSES.match(text, m.end()):
        return None  # ... хабарланған ақпарат: a participle before its noun, no finite verb
    start = who.skip(sent.start, m.start("comp"))  # Сондай-ақ, ...: the connective is no content
    while start < m.start("comp") and text[start] in " \t,—–-:":
        start += 1
    end = m.end("comp")
    if len(text[start:end].split()) < 2:
        return None  # ... жарияланғаны айтылды: the verbal noun alone, no content
    cue = m.group("cue")
    return Quote(
        start, end, text[start:end], "reported", None, Mention(m.start("cue"), m.end("cue"), cue, cue.lower())
    )
