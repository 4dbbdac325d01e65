"""``derek evaluate segment PATH``: sentence and token boundaries against gold data.

Running text is rebuilt from the gold sentences (``# text`` lines of CoNLL-U,
or KazNERD tokens joined with the usual spacing): consecutive sentences are
joined with a space into paragraphs (a new paragraph at ``# newpar``/
``# newdoc`` or a KazNERD ``AID`` group, and at most ``--paragraph``
sentences each), paragraphs with a line break. Scores are exact matches of
character spans, for derek and for three baselines side by side.
"""

from __future__ import annotations

import argparse
import re
import time
from collections.abc import Callable, Sequence

from ..cli import print_json
from ..normalize import normalize
from ..segment import segment
from .readers import GoldSentence, read_any
from .scoring import score

Spans = list[tuple[int, int]]


def build_running_text(sentences: Sequence[GoldSentence], per_paragraph: int = 5) -> tuple[str, Spans, Spans]:
    """Running text, gold sentence spans and gold token spans."""
    out: list[str] = []
    sent_spans: Spans = []
    tok_spans: Spans = []
    pos = 0
    in_par = 0
    for s in sentences:
        if out:
            sep = "\n" if (s.paragraph_start or in_par >= per_paragraph) else " "
            in_par = 0 if sep == "\n" else in_par
            out.append(sep)
            pos += 1
        sent_spans.append((pos, pos + len(s.text)))
        cursor = 0
        for tok in s.tokens:
            at = s.text.find(tok, cursor)
            if at < 0:  # gold text and tokens disagree: leave the rest of this sentence out
                break
            tok_spans.append((pos + at, pos + at + len(tok)))
            cursor = at + len(tok)
        out.append(s.text)
        pos += len(s.text)
        in_par += 1
    return "".join(out), sent_spans, tok_spans


def derek_segment(text: str) -> tuple[Spans, Spans]:
    norm = normalize(text)
    sents, toks = segment(norm.text)
    return [norm.raw_span(s.start, s.end) for s in sents], [norm.raw_span(t.start, t.end) for t in toks]


def whitespace_segment(text: str) -> tuple[Spans, Spans]:
    lines = [m.span() for m in re.finditer(r"[^\n]+", text) if m.group().strip()]
    return lines, [m.span() for m in re.finditer(r"\S+", text)]


_REGEX_SENT = re.compile(r"[^.!?\n]+(?:[.!?]+|$)")


def regex_segment(text: str) -> tuple[Spans, Spans]:
    sents = []
    for m in _REGEX_SENT.finditer(text):
        a, b = m.span()
        while a < b and text[a].isspace():
            a += 1
        if a < b:
            sents.append((a, b))
    return sents, [m.span() for m in re.finditer(r"\w+|[^\w\s]", text)]


def razdel_segment(text: str) -> tuple[Spans, Spans]:
    import razdel

    return [(s.start, s.stop) for s in razdel.sentenize(text)], [
        (t.start, t.stop) for t in razdel.tokenize(text)
    ]


def systems() -> dict[str, Callable[[str], tuple[Spans, Spans]]]:
    found = {"whitespace": whitespace_segment, "regex": regex_segment}
    try:
        import razdel  # noqa: F401

        found["razdel"] = razdel_segment
    except ImportError:  # the eval extra is not installed
        pass
    return found


def evaluate(sentences: Sequence[GoldSentence], per_paragraph: int = 5) -> dict:
    text, gold_sents, gold_toks = build_running_text(sentences, per_paragraph)
    t0 = time.perf_counter()
    sents, toks = derek_segment(text)
    elapsed = time.perf_counter() - t0
    result = {
        "sentences": score(gold_sents, sents).as_json(),
        "tokens": score(gold_toks, toks).as_json(),
        "tokens_per_second": round(len(toks) / elapsed) if elapsed else None,
        "gold": {"sentences": len(gold_sents), "tokens": len(gold_toks), "characters": len(text)},
        "baselines": {},
    }
    for name, fn in systems().items():
        b_sents, b_toks = fn(text)
        result["baselines"][name] = {
            "sentences": score(gold_sents, b_sents).as_json(),
            "tokens": score(gold_toks, b_toks).as_json(),
        }
    return result


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("path", help="CoNLL-U file (uses # text lines) or KazNERD-format token/label file")
    p.add_argument("--paragraph", type=int, default=5, help="at most this many sentences per paragraph")


def run(args: argparse.Namespace) -> int:
    print_json(evaluate(read_any(args.path), args.paragraph))
    return 0
