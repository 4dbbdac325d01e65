"""Speech told before its speaker (session 28, real news pages): a sentence that ends ``X осылай деді`` 'X said
so' points back at the sentence before it, which is X's reported speech (``Алматының Әуезов ауданында 35 мыңға
жуық көшет егілді. ... аудан әкімі Абзал Егембердиев осылай деді.``). Where that sentence is a «» quote the
direct-speech rules read it already; this takes one with no marks. In the read news parts (news-test158 …
news-test242) 3 such sentences: 2 the gold's quotes, 1 it leaves out (``Сарапшылар осылай деп отыр`` after a
headline-like lead).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..doc import Mention, Quote, Sentence
from . import grammar as g
from .speakers import Speakers

# the adverb 'so' and a finite speech verb closing the sentence
_THUS = re.compile(
    f"{g.B}[Оо]сылай{g.SP}(?P<cue>деді|дейді|деп[ \\t]+отыр|мәлімдеді|атап[ \\t]+өтті|түсіндірді|жеткізді)"
    f"[ \\t]*[.!]?[ \\t]*$"
)

_OPENING, _CLOSING = '«“"', ("»", "”", '"')


def thus_said(text: str, sentences: Sequence[Sentence], who: Speakers, found: Sequence[Quote]) -> list[Quote]:
    """text (str); sentences (Sequence[Sentence]); who (Speakers); found: the quotes found so far -> the
    sentences before ``X осылай деді`` that no quote holds yet, each X's reported speech."""
    out: list[Quote] = []
    for before, sent in zip(sentences, sentences[1:], strict=False):
        m = _THUS.search(text, sent.start, sent.end)
        if m is None:
            continue
        speaker = (
            who.subject(sent.start, m.start(), sent.start)
            or who.phrase(sent.start, m.start(), True)  # Орталықтың мамандары осылай дейді: a group
            or who.tail_phrase(sent.start, m.start())
        )
        if speaker is None:
            continue
        start = who.skip(before.start, before.end)
        while start < before.end and text[start] in " \t—–-":
            start += 1
        end = before.end - 1 if text[before.end - 1] in ".!" else before.end
        if len(text[start:end].split()) < 3 or any(q.start < end and start < q.end for q in found):
            continue
        if text[start:end].rstrip().endswith(("?", ":", *_CLOSING)) or text[start] in _OPENING:
            continue  # a question, a lead-in, or a «» quote the direct-speech rules read
        cue = m.group("cue")
        out.append(
            Quote(
                start,
                end,
                text[start:end],
                "reported",
                speaker,
                Mention(m.start("cue"), m.end("cue"), cue, cue.lower()),
            )
        )
        who.remember(m.end(), speaker)
    return out
