"""What the ``draw_test*.py`` scripts share: sources, pools, the near-duplicate check, the draw.

A draw reads the facts set as it was before the part was added (``set_before``), builds its
candidate pools from the KazNERD validation split and the Apertium-kaz Wikipedia texts, shuffles
every pool with one ``random.Random(seed)`` in turn, keeps the first ``n`` of each that do not
nearly repeat a sentence already in the set or kept before (``near``), and prints the kept
candidates as JSONL records with empty facts, ready for annotation (``print_records``), and a
summary line on stderr; ``run_draw`` does all of it for one part.
"""

from __future__ import annotations

import difflib
import json
import random
import re
import sys
from collections.abc import Callable, Container, Iterable, Iterator
from pathlib import Path

DATA = Path("/work/shared/data/kaznerd/IOB2_valid.txt")
SET = Path(__file__).with_name("facts_dev.jsonl")
WIKI = Path("/work/shared/data/apertium_kaz_morph/texts/texts2")
TEXTS1 = Path("/work/shared/data/apertium_kaz_morph/texts/texts1")
PUBLISHED = "2021-06-15"  # the fictional publication date of every KazNERD record

DATE_WORD = re.compile(
    r"(қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйе|қазан|қараша|желтоқсан"
    r"|жыл|ғасыр|апта|кеше|бүгін|ертең|биыл|былтыр|дүйсенбі|сейсенбі|сәрсенбі|бейсенбі|жұма"
    r"|сенбі|жексенбі|сағат|көктем|күз|қыс)",
    re.I,
)
YEAR = re.compile(r"\b1[0-9]{3}\b|\b20[0-9]{2}\b")
FORM = re.compile(r'^"<(.*)>"\s*$')
NO_SPACE_BEFORE = set(",.:;!?)»%")

Entities = list[list]  # [start, end, label] triples
Candidate = tuple[str, str, Entities, str | None]  # id, text, entities, published
Source = Callable[[set[str]], list[Candidate]]  # the set's ids -> a pool, in a fixed order


def sentences(path: Path = DATA, ids: re.Pattern[str] | None = None) -> Iterator[tuple[list[str], list[str]]]:
    """path (Path): a KazNERD-format file (default: the validation split); ids (re.Pattern | None): lines
    that, opening a sentence, are ids and no token (``AID1 O`` in ``IOB2_valid2.txt``) -> (tokens, labels)
    for every sentence, in file order."""
    toks: list[str] = []
    labs: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines() + [""]:
        if ids is not None and not toks and ids.match(line):
            continue
        if line.strip():
            t, lab = line.rsplit(" ", 1)
            toks.append(t)
            labs.append(lab)
        elif toks:
            yield toks, labs
            toks, labs = [], []


def join(toks: list[str], labs: list[str]) -> tuple[str, Entities]:
    """toks (list[str]): tokens; labs (list[str]): their IOB2 labels -> text and [start, end, label] entities."""
    text, ents, spans = "", [], []
    for t in toks:
        if text and t not in NO_SPACE_BEFORE and not text.endswith(("(", "«")):
            text += " "
        spans.append((len(text), len(text) + len(t)))
        text += t
    cur = None
    for (s, e), lab in zip(spans, labs, strict=True):
        if lab.startswith("B-"):
            cur = [s, e, lab[2:]]
            ents.append(cur)
        elif lab.startswith("I-") and cur is not None:
            cur[1] = e
        else:
            cur = None
    return text, ents


def key(text: str) -> str:
    """text (str): a sentence -> its letters and digits, lower-cased, every digit run folded to ``0``."""
    return re.sub(r"\d+", "0", "".join(c for c in text.lower() if c.isalnum()))


def near(a: str, b: str) -> bool:
    """a (str), b (str): sentences -> whether they nearly repeat each other (difflib ratio of the
    folded letters > 0.7, or word-set Jaccard > 0.5)."""
    ka, kb = key(a), key(b)
    sm = difflib.SequenceMatcher(None, ka, kb, autojunk=False)
    if sm.real_quick_ratio() > 0.7 and sm.quick_ratio() > 0.7 and sm.ratio() > 0.7:
        return True
    wa, wb = set(re.findall(r"\w+", a.lower())), set(re.findall(r"\w+", b.lower()))
    return len(wa & wb) / max(1, len(wa | wb)) > 0.5


def set_before(*splits: str) -> tuple[set[str], list[str]]:
    """splits (str): the parts being drawn -> ids and texts of the facts set without those parts."""
    have = [json.loads(x) for x in SET.read_text(encoding="utf-8").splitlines() if x.strip()]
    have = [r for r in have if r["split"] not in splits]
    return {r["id"] for r in have}, [r["text"] for r in have]


def kaznerd_date_pool(ids: set[str]) -> list[Candidate]:
    """ids (set[str]): ids to leave out -> KazNERD sentences of 5-60 tokens with a DATE or TIME
    entity or a date word, in file order."""
    pool: list[Candidate] = []
    for i, (toks, labs) in enumerate(sentences()):
        if f"kaznerd-valid-{i}" in ids or not 5 <= len(toks) <= 60:
            continue
        text, ents = join(toks, labs)
        if any(lab in ("DATE", "TIME") for _, _, lab in ents) or DATE_WORD.search(text):
            pool.append((f"kaznerd-valid-{i}", text, ents, PUBLISHED))
    return pool


def wiki_sentences() -> Iterator[tuple[str, str]]:
    """-> (id, text) for every sentence of 5-60 tokens of the Apertium-kaz Wikipedia raw texts
    (``texts2``), normalized by ``derek.normalize`` and split by ``derek.segment``."""
    from derek.normalize import normalize
    from derek.segment import segment

    for path in sorted(WIKI.glob("*.raw.txt")):
        name = path.name.removesuffix(".raw.txt")
        k = 0
        for para in path.read_text(encoding="utf-8").splitlines():
            text = normalize(para.strip()).text
            sents, toks = segment(text)
            for s in sents:
                n = sum(1 for t in toks if s.start <= t.start < s.end)
                k += 1
                if 5 <= n <= 60:
                    yield f"apertium-wiki-{name}-{k}", text[s.start : s.end]


def texts1_sentences() -> Iterator[tuple[str, str]]:
    """-> (id, text) for every sentence of 5-60 tokens of the Apertium-kaz ``texts1`` articles:
    one blank-line block of the token stream, its word forms joined as KazNERD tokens are."""
    for path in sorted(TEXTS1.glob("*.tagged.vislcg.txt")):
        name = path.name.removesuffix(".tagged.vislcg.txt")
        k, toks = 0, []
        for line in path.read_text(encoding="utf-8").splitlines() + [""]:
            m = FORM.match(line)
            if m:
                toks.append(m.group(1))
            elif not line.strip() and toks:
                k += 1
                if 5 <= len(toks) <= 60:
                    yield f"apertium-wiki-{name}-{k}", join(toks, ["O"] * len(toks))[0]
                toks = []


def date_candidates(sents: Iterable[tuple[str, str]], ids: Container[str] = ()) -> list[Candidate]:
    """sents (Iterable[tuple[str, str]]): (id, text) Wikipedia sentences; ids (Container[str]): ids to
    leave out -> those with a date word or a four-digit year, without publication date or entities."""
    return [
        (rid, t, [], None) for rid, t in sents if rid not in ids and (DATE_WORD.search(t) or YEAR.search(t))
    ]


def wiki_date_pool(ids: set[str]) -> list[Candidate]:
    """ids (set[str]): ids to leave out -> date candidates of ``texts2`` and then ``texts1``."""
    return date_candidates([*wiki_sentences(), *texts1_sentences()], ids)


def draw(seed: int, pools: list[tuple[list[Candidate], int]], seen: list[str]) -> tuple[list[Candidate], int]:
    """seed (int): of the one ``random.Random`` that shuffles every pool in turn; pools
    (list[tuple[list[Candidate], int]]): each pool (shuffled in place) with how many to keep; seen
    (list[str]): texts already in the set (kept texts are appended) -> the kept candidates, pool
    after pool, and how many were dropped as near-duplicates."""
    rng = random.Random(seed)
    for pool, _ in pools:
        rng.shuffle(pool)
    kept: list[Candidate] = []
    dropped = 0
    for pool, n in pools:
        out = 0
        for cand in pool:
            if out >= n:
                break
            if any(near(cand[1], s) for s in seen):
                dropped += 1
                continue
            seen.append(cand[1])
            out += 1
            kept.append(cand)
    return kept, dropped


def print_records(kept: list[Candidate], split: str, facts: tuple[str, ...] = ("dates",)) -> None:
    """kept (list[Candidate]): drawn candidates; split (str): their part; facts (tuple[str, ...]): the
    fact types the part is annotated for -> prints one JSONL record each, with empty facts."""
    for rid, text, ents, published in kept:
        rec = {
            "id": rid,
            "split": split,
            "facts": list(facts),
            "published": published,
            "text": text,
            "entities": ents,
            "dates": [],
            "quotes": [],
            "roles": [],
            "events": [],
        }
        print(json.dumps(rec, ensure_ascii=False))


def run_draw(split: str, seed: int, sources: list[tuple[Source, int]], summary: str) -> None:
    """split (str): the part drawn; seed (int): of the shuffle; sources (list[tuple[Source, int]]):
    each pool's source with how many to keep (overridden in order by the command's arguments);
    summary (str): format of the line on stderr, given the pool sizes and the number dropped."""
    sizes = [int(a) for a in sys.argv[1 : 1 + len(sources)]]
    sizes += [n for _, n in sources[len(sizes) :]]
    ids, seen = set_before(split)  # the set as it was before the draw
    pools = [(source(ids), n) for (source, _), n in zip(sources, sizes, strict=True)]
    kept, dropped = draw(seed, pools, seen)
    print_records(kept, split)
    print(summary.format(*(len(pool) for pool, _ in pools), dropped), file=sys.stderr)


def print_pool_counts(names: list[str], plan: list, kept: list[Candidate], dropped: int) -> None:
    """names (list[str]): the pools' names, in ``plan`` order; plan (list): ``(pool, size)`` pairs as given to
    :func:`draw`; kept (list[Candidate]): what it kept; dropped (int): near-duplicates it dropped -> prints
    each pool's size and how many of it were kept, to stderr."""
    pool_of = {id(c): k for k, (pool, _) in zip(names, plan, strict=True) for c in pool}
    counts = {k: sum(pool_of[id(c)] == k for c in kept) for k in names}
    print(
        f"pools {', '.join(f'{k} {len(p)}' for k, (p, _) in zip(names, plan, strict=True))}; "
        f"kept {counts}; dropped {dropped}",
        file=sys.stderr,
    )


def run_pool_draw(
    split: str,
    seed: int,
    sizes: dict[str, int],
    pools: Callable[[set[str]], dict[str, list[Candidate]]],
    facts: tuple[str, ...],
) -> None:
    """split (str): the part drawn; seed (int): of the shuffle; sizes (dict[str, int]): how many to keep of
    each pool (``python draw_testN.py 60 30 ...`` overrides them in order); pools: the set's ids
    -> the pools by name; facts (tuple[str, ...]): the fact types the part is annotated for -> prints the
    records and, to stderr, the pool counts."""
    sizes = dict(sizes)
    for k, a in zip(sizes, sys.argv[1:], strict=False):
        sizes[k] = int(a)
    ids, seen = set_before(split)
    got = pools(ids)
    # one copy of a candidate per pool, so that a kept one tells its pool; a sentence in two pools
    # is kept once (the second time it nearly repeats itself and counts as dropped)
    plan = [([(c[0], c[1], c[2], c[3]) for c in got[k]], sizes[k]) for k in sizes]
    kept, dropped = draw(seed, plan, seen)
    print_records(kept, split, facts)
    print_pool_counts(list(sizes), plan, kept, dropped)
