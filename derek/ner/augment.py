"""Training-data augmentation by entity substitution, inflection kept.

A copy of a training sentence gets some of its names replaced by other names
of the same label from the training data (``Тоқаевтың`` → ``Назарбаевтың``,
``Астанада`` → ``Бейжіңде``). Kazakh inflects the last word of a name, so a
replacement is drawn only among names whose last word carries the same
endings (by :func:`derek.ner.suffixes.stem`): the case ending then agrees
with its own stem's vowels, as in real text. People's names are also
recombined (a first name of one person with the surname of another), so the
model sees more names than the data holds and leans on context, not on
memorized names. Only the training part is augmented; dev sentences stay
as they are.
"""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Sequence

from .data import Tagged
from .iob import spans, tags
from .suffixes import stem

SWAPPED = ("PERSON", "GPE", "ORGANISATION", "LOCATION")
"""Labels whose names are swapped: their words say little that the context does not."""

Key = tuple[str, str]  # (label, endings of the last word)


def _key(label: str, words: Sequence[str]) -> Key:
    return label, stem(words[-1])[1]


def _pools(sentences: Sequence[Tagged]) -> dict[Key, list[tuple[str, ...]]]:
    pools: dict[Key, set[tuple[str, ...]]] = defaultdict(set)
    for s in sentences:
        for start, end, label in spans(s.tags):
            if label in SWAPPED and end - start <= 6:
                words = s.tokens[start:end]
                pools[_key(label, words)].add(words)
                if label == "PERSON" and len(words) >= 2:
                    pools[("PERSON:first", "")].add(words[:1])
    return {k: sorted(v) for k, v in pools.items()}


def augment(sentences: Sequence[Tagged], copies: int = 1, rate: float = 0.6, seed: int = 0) -> list[Tagged]:
    """New sentences made by swapping names in copies of ``sentences``.

    sentences (Sequence[Tagged]): gold training sentences (the names are drawn from them too).
    copies (int): how many altered copies of each sentence to try.
    rate (float): the chance that one name is swapped.
    seed (int): the random seed (the result is reproducible).
    RETURNS (list[Tagged]): only the altered copies (sentences with no name swapped are left out).
    """
    pools = _pools(sentences)
    firsts = pools.get(("PERSON:first", ""), [])
    rng = random.Random(seed)
    out: list[Tagged] = []
    for _ in range(copies):
        for s in sentences:
            words: list[str] = []
            found: list[tuple[int, int, str]] = []
            last, changed = 0, False
            for start, end, label in spans(s.tags):
                words.extend(s.tokens[last:start])
                name = s.tokens[start:end]
                pool = pools.get(_key(label, name), []) if label in SWAPPED else []
                if len(pool) > 1 and rng.random() < rate:
                    name = rng.choice(pool)
                    if label == "PERSON" and len(name) >= 2 and firsts and rng.random() < 0.5:
                        name = (*rng.choice(firsts), *name[1:])
                    changed = changed or name != s.tokens[start:end]
                found.append((len(words), len(words) + len(name), label))
                words.extend(name)
                last = end
            words.extend(s.tokens[last:])
            if changed:
                out.append(Tagged(tuple(words), tuple(tags(len(words), found)), s.group))
    return out
