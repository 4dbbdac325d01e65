"""The disambiguator: picks one (lemma, UPOS) per token of a sentence.

Each token brings its scored readings (:func:`derek.morph.analyzer.analyze`); a first-order
Viterbi search adds the UPOS bigram log-probabilities of the Apertium texts, and a capital
letter inside a sentence favours PROPN.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from . import rules
from .analyzer import Reading, analyze
from .lexicon import load

TRANSITION_WEIGHT = 0.5
REFINED_WEIGHT = 0.25  # how much the case / verb-form bigrams add to the UPOS bigrams
CAPITAL_BONUS = 1.5  # a capitalised word that does not open the sentence is likely a name
MAX_READINGS = 6
PRUNE = 8.0  # readings this far below the best are dropped before the search
OPENERS = frozenset(("«", '"', "(", "—", "–", "-", ":"))  # after these a capital letter says nothing
UNKNOWN_LEVEL = -5.0  # below this score every reading is a guess


@lru_cache(maxsize=100_000)
def _options(word: str, first: bool) -> tuple[tuple[Reading, ...], tuple[str, ...]]:
    """The readings the disambiguator weighs for ``word`` (and their refined tags), best first."""
    readings = analyze(word)[:MAX_READINGS]
    if not first and word[:1].isupper() and not (word.isupper() and len(word) > 1):
        if readings[0].score < UNKNOWN_LEVEL and not any(r.upos == "PROPN" for r in readings):
            lemma = readings[0].lemma  # an unknown capitalised word (Люй И, Брютон-стриттегі) may be a name
            name = word[: len(lemma)] if word.lower().startswith(lemma.lower()) else word
            readings = (*readings, Reading(name, "PROPN", readings[0].score, readings[0].feat))
        readings = tuple(
            replace(r, score=r.score + CAPITAL_BONUS) if r.upos == "PROPN" else r for r in readings
        )
    top = max(r.score for r in readings)
    kept = tuple(r for r in readings if r.score >= top - PRUNE)  # context cannot rescue a far worse reading
    return kept, tuple(f"{r.upos}|{r.feat}" for r in kept)


_TRANSITIONS: dict[
    tuple[str, str], float
] = {}  # (previous tag, tag) -> weighted log-probability, filled lazily


def _transition(prev: str, cur: str) -> float:
    """prev, cur (str): refined tags ``NOUN|acc`` (or ``<s>``, ``</s>``). RETURNS (float): the transition score.

    The UPOS bigram, plus the bigram of refined tags (UPOS with case or verb form) where the texts saw it.
    """
    key = (prev, cur)
    score = _TRANSITIONS.get(key)
    if score is None:
        bigrams = load().bigrams
        floor = _TRANSITIONS.get(("", ""))
        if floor is None:  # the lowest bigram score, found once
            floor = _TRANSITIONS[("", "")] = min(bigrams.values()) if bigrams else -10.0
        coarse = bigrams.get((prev.split("|")[0], cur.split("|")[0]), floor)
        score = TRANSITION_WEIGHT * coarse + REFINED_WEIGHT * (bigrams.get(key, coarse) - coarse)
        _TRANSITIONS[key] = score
    return score


def tag(words: Sequence[str]) -> list[Reading]:
    """words (Sequence[str]): the tokens of one sentence. RETURNS (list[Reading]): the chosen reading of each."""
    if not words:
        return []
    options = [_options(w, i == 0 or words[i - 1] in OPENERS) for i, w in enumerate(words)]
    lattice = [o[0] for o in options]
    tags = [o[1] for o in options]
    # prev_scores[k]: best total ending in reading k of the previous token; back[i][k]: its predecessor
    prev_scores = [r.score + _transition("<s>", t) for r, t in zip(lattice[0], tags[0], strict=True)]
    back: list[list[int]] = [[0] * len(lattice[0])]
    for i in range(1, len(lattice)):
        cur, ptr = [], []
        prev_tags = tags[i - 1]
        for r, t in zip(lattice[i], tags[i], strict=True):
            best_k, best = 0, -1e18
            for k, pt in enumerate(prev_tags):
                s = prev_scores[k] + _transition(pt, t)
                if s > best:
                    best_k, best = k, s
            cur.append(best + r.score)
            ptr.append(best_k)
        prev_scores = cur
        back.append(ptr)
    k = max(range(len(lattice[-1])), key=lambda j: prev_scores[j] + _transition(tags[-1][j], "</s>"))
    chosen = []
    for i in range(len(lattice) - 1, -1, -1):
        chosen.append(lattice[i][k])
        k = back[i][k]
    return rules.apply(words, chosen[::-1])  # UD conventions: copulas, auxiliaries, derived adjectives


def lemma_of(word: str) -> str:
    """word (str): one word out of context. RETURNS (str): its most likely lemma (``Қытайдың`` → ``Қытай``)."""
    return analyze(word)[0].lemma
