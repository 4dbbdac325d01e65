"""The stem lexicon and corpus statistics, loaded once from ``data/`` (see ``data/SOURCES.md``)."""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .. import errors

DATA = Path(__file__).parent / "data"
CHAIN_WEIGHT = 0.5
UNSEEN_PER_TAG = 0.5
NOMINAL_UPOS = ("NOUN", "PROPN", "ADJ", "NUM", "PRON", "DET", "ADV")
VERBAL_UPOS = ("VERB", "AUX")


@dataclass
class Lexicon:
    """forms: form → [(lemma, upos, count)]; stems: stem → {upos: weight}; cased: lower → cased name."""

    forms: dict[str, list[tuple[str, str, str, int]]]
    stems: dict[str, dict[str, float]]
    cased: dict[str, str]
    chains: dict[tuple[str, str], float]  # (class, chain) -> log probability
    endings: dict[
        tuple[str, str], float
    ]  # (class, last two letters of a stem) -> log odds against any ending
    bigrams: dict[tuple[str, str], float]  # (prev, tag) -> log probability, for UPOS and UPOS|feat tags
    elision: frozenset[str] = frozenset()  # stems that drop their last vowel: орын → орны
    paradigms: dict[tuple[str, str], int] = field(default_factory=dict)  # (class, stem) -> news forms on it

    def corpus_support(self, cls: str, stem: str) -> float:
        """cls (str): N or V; stem (str): a guessed stem. RETURNS (float): log(1 + distinct news forms built on it)."""
        return math.log1p(self.paradigms.get((cls, stem), 0))

    def ending_logodds(self, cls: str, stem: str) -> float:
        """cls (str): N or V; stem (str): a guessed stem. RETURNS (float): how stem-like its last two letters are."""
        three = self.endings.get((cls, stem[-3:]))
        if three is not None and len(stem) > 3:
            return three  # -мас is rare where -ас is common: цитоплазма-сы, not цитоплазмас-ы
        return self.endings.get((cls, stem[-2:]), self.endings[(cls, "<unseen>")])

    def chain_logp(self, cls: str, tags: tuple[str, ...]) -> float:
        """cls (str): N or V; tags (tuple[str, ...]): the suffix chain. RETURNS (float): its log prior."""
        return CHAIN_WEIGHT * self.chains.get(
            (cls, "+".join(tags)), self.chains[(cls, "<unseen>")] - UNSEEN_PER_TAG * len(tags)
        )


def _adj_share(stem: str, endings: dict[tuple[str, str], int]) -> float:
    for k in (3, 2):
        adj = endings.get((stem[-k:], "ADJ"), 0)
        noun = endings.get((stem[-k:], "NOUN"), 0)
        if adj + noun >= 4:
            return adj / (adj + noun)
    return 0.15


def _rows(name: str):
    path = DATA / name
    try:
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("#") or not line.strip():
                    continue
                yield line.rstrip("\n").split("\t")
    except OSError as exc:
        raise errors.ModelMissing(
            f"morphology data file {path} is missing ({exc}); run python -m derek.morph.build"
        ) from None


@lru_cache(maxsize=1)
def load() -> Lexicon:
    """RETURNS (Lexicon): the lexicon, read from disk on first use."""
    forms: dict[str, list[tuple[str, str, str, int]]] = defaultdict(list)
    stems: dict[str, dict[str, float]] = defaultdict(dict)
    cased: dict[str, str] = {}

    def add(stem: str, upos: str, weight: float) -> None:
        low = stem.lower()
        slot = stems[low]
        slot[upos] = slot.get(upos, 0.0) + weight
        if upos == "PROPN" and low not in cased:
            cased[low] = stem

    for form, lemma, upos, feat, count in _rows("apertium_forms.tsv"):
        forms[form].append((lemma, upos, feat, int(count)))
        add(lemma, upos, int(count))
    for stem, cls in _rows("unimorph_stems.tsv"):
        if stem[:1].isupper():
            add(stem, "PROPN", 0.5)
        else:
            add(stem, {"V": "VERB", "A": "ADJ"}.get(cls, "NOUN"), 0.5)
    endings: dict[tuple[str, str], int] = {}
    for ending, upos, count in _rows("apertium_endings.tsv"):
        endings[(ending, upos)] = int(count)
    for stem, cls in _rows("hunspell_stems.tsv"):
        if cls == "V":
            add(stem, "VERB", 0.3)
        elif stem[:1].isupper():
            add(stem, "PROPN", 0.3)
        else:  # hunspell does not say NOUN or ADJ: split by what the ending says (-сыз, -ты, -қы are ADJ)
            adj = _adj_share(stem, endings)
            add(stem, "NOUN", 0.3 * (1 - adj) + 0.01)
            if adj > 0.2:
                add(stem, "ADJ", 0.3 * adj)
    for name, count in _rows("kaznerd_names.tsv"):
        add(name, "PROPN", 0.3 + min(int(count), 20) / 10)
    chain_counts: dict[tuple[str, str], float] = {}
    for cls, chain, count in _rows("apertium_chains.tsv"):
        chain_counts[(cls, chain)] = float(count)
    chains: dict[tuple[str, str], float] = {}
    for cls in ("N", "V", "P"):
        total = sum(n for (c, _), n in chain_counts.items() if c == cls) + 1.0
        for (c, chain), n in chain_counts.items():
            if c == cls:
                chains[(c, chain)] = math.log((n + 0.5) / total)
        chains[(cls, "<unseen>")] = math.log(0.3 / total)
    refined: dict[tuple[str, str], int] = {}
    for prev, tag, count in _rows("apertium_bigrams.tsv"):
        refined[(prev, tag)] = int(count)
    coarse: dict[tuple[str, str], int] = defaultdict(int)
    for (prev, tag), n in refined.items():
        coarse[(prev.split("|")[0], tag.split("|")[0])] += n
    bigrams = {**_logp(refined), **_logp(coarse)}  # "NOUN|acc" keys and plain "NOUN" keys
    elision = frozenset(row[0] for row in _rows("elision.tsv"))
    paradigms = {(c, st): int(n) for c, st, n in _rows("kaznerd_paradigms.tsv")}
    return Lexicon(dict(forms), dict(stems), cased, chains, _ending_model(stems), bigrams, elision, paradigms)


def _logp(counts: dict[tuple[str, str], int]) -> dict[tuple[str, str], float]:
    totals: dict[str, int] = defaultdict(int)
    for (prev, _), n in counts.items():
        totals[prev] += n
    tags = {t for (_, t) in counts}
    return {
        (p, t): math.log((counts.get((p, t), 0) + 0.5) / (totals[p] + 0.5 * len(tags)))
        for p in totals
        for t in tags
    }


def _ending_model(stems: dict[str, dict[str, float]]) -> dict[tuple[str, str], float]:
    out: dict[tuple[str, str], float] = {}
    for k in (2, 3):
        counts: dict[tuple[str, str], int] = defaultdict(int)
        totals = {"N": 0, "V": 0}
        for stem, tags in stems.items():
            if len(stem) <= k:
                continue
            for cls in {"V" if u in VERBAL_UPOS else "N" for u in tags}:
                counts[(cls, stem[-k:])] += 1
                totals[cls] += 1
        for cls, total in totals.items():
            kinds = sum(1 for c, _ in counts if c == cls) or 1
            mean = total / kinds
            for (c, end), n in counts.items():
                if c == cls and (k == 2 or n >= 3):
                    out[(c, end)] = math.log((n + 0.5) / mean)
            if k == 2:
                out[(cls, "<unseen>")] = math.log(0.5 / mean)
    return out
