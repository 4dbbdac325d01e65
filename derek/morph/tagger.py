"""The disambiguator: picks one (lemma, UPOS) per token of a sentence.

Each token brings its scored readings (:func:`derek.morph.analyzer.analyze`); a first-order
Viterbi search adds the UPOS bigram log-probabilities of the Apertium texts, and a capital
letter inside a sentence favours PROPN.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from .analyzer import Reading, analyze
from .lexicon import load

TRANSITION_WEIGHT = 0.5
REFINED_WEIGHT = 0.25  # how much the case / verb-form bigrams add to the UPOS bigrams
CAPITAL_BONUS = 1.5  # a capitalised word that does not open the sentence is likely a name
MAX_READINGS = 6
PREDICATIVE = ("NOUN", "ADJ", "PROPN", "PRON", "NUM")
UNKNOWN_LEVEL = -5.0  # below this score every reading is a guess


def _options(word: str, first: bool) -> list[Reading]:
    readings = analyze(word)[:MAX_READINGS]
    if first or not word[:1].isupper() or (word.isupper() and len(word) > 1):
        return list(readings)
    if readings[0].score < UNKNOWN_LEVEL and not any(r.upos == "PROPN" for r in readings):
        lemma = readings[0].lemma  # an unknown capitalised word (Люй И, Брютон-стриттегі) may be a name
        name = word[: len(lemma)] if word.lower().startswith(lemma.lower()) else word
        readings = (*readings, Reading(name, "PROPN", readings[0].score, readings[0].feat))
    return [replace(r, score=r.score + CAPITAL_BONUS) if r.upos == "PROPN" else r for r in readings]


def _tag(r: Reading | str) -> tuple[str, str]:
    if isinstance(r, str):
        return r, r
    return r.upos, f"{r.upos}|{r.feat}"


def _transition(
    bigrams: dict[tuple[str, str], float], floor: float, prev: Reading | str, cur: Reading | str
) -> float:
    """UPOS bigram, plus the bigram of refined tags (UPOS with case or verb form) where the texts saw it."""
    (pu, pr), (cu, cr) = _tag(prev), _tag(cur)
    coarse = bigrams.get((pu, cu), floor)
    return TRANSITION_WEIGHT * coarse + REFINED_WEIGHT * (bigrams.get((pr, cr), coarse) - coarse)


def tag(words: Sequence[str]) -> list[Reading]:
    """words (Sequence[str]): the tokens of one sentence. RETURNS (list[Reading]): the chosen reading of each."""
    if not words:
        return []
    bigrams = load().bigrams
    floor = min(bigrams.values()) if bigrams else -10.0
    lattice = [
        _options(w, i == 0 or words[i - 1] in ("«", '"', "(", "—", "–", "-", ":"))
        for i, w in enumerate(words)
    ]
    # prev_scores[k]: best total ending in reading k of the previous token; back[i][k]: its predecessor
    prev_scores = [r.score + _transition(bigrams, floor, "<s>", r) for r in lattice[0]]
    back: list[list[int]] = [[0] * len(lattice[0])]
    for i in range(1, len(lattice)):
        cur, ptr = [], []
        for r in lattice[i]:
            best_k, best = 0, -1e18
            for k, p in enumerate(lattice[i - 1]):
                s = prev_scores[k] + _transition(bigrams, floor, p, r)
                if s > best:
                    best_k, best = k, s
            cur.append(best + r.score)
            ptr.append(best_k)
        prev_scores = cur
        back.append(ptr)
    last = lattice[-1]
    k = max(range(len(last)), key=lambda j: prev_scores[j] + _transition(bigrams, floor, last[j], "</s>"))
    chosen = []
    for i in range(len(lattice) - 1, -1, -1):
        chosen.append(lattice[i][k])
        k = back[i][k]
    return _copulas(chosen[::-1])


def _copulas(chosen: list[Reading]) -> list[Reading]:
    """UD tags бол- as AUX when it links a nominal predicate (мұрагер болды, жара болды)."""
    for i in range(1, len(chosen)):
        r = chosen[i]
        if r.upos == "VERB" and r.lemma == "бол" and chosen[i - 1].upos in PREDICATIVE:
            chosen[i] = replace(r, upos="AUX")
    return chosen


def lemma_of(word: str) -> str:
    """word (str): one word out of context. RETURNS (str): its most likely lemma (``Қытайдың`` → ``Қытай``)."""
    return analyze(word)[0].lemma
