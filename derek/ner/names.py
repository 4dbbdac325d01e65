"""First names for the NER rules: Kazakh given names a capitalized word can be matched against.

The list (``derek/data/first_names.tsv``, one lower-case stem per line with its
source) joins two sources: the capitalized entries of Debian's ``hunspell-kk``
dictionary, which are all given names (``Раушан``, ``Абзал``, ``Ғани``), and the
first words of two-word PERSON names in the *training* groups of KazNERD (never
its dev groups), minus stems that occur more often inside other entity types
(``Қарасай`` is mostly a district). :func:`derek.ner.rules.first_names` uses it
for capitalized words the model left untagged (``Раушанның айтуынша``).

Rebuild: ``python -m derek.ner.names --hunspell /usr/share/hunspell/kk_KZ.dic
--data ../shared/data/kaznerd/with_sentID/IOB2_valid2.txt``.
"""

from __future__ import annotations

import argparse
from collections import Counter
from functools import lru_cache
from pathlib import Path

from .suffixes import stem
from .words import capitalized

PATH = Path(__file__).resolve().parent.parent / "data" / "first_names.tsv"
HEADER = (
    "# first-name stems for derek.ner.rules.first_names (built by derek.ner.names)\n"
    "# sources: hunspell = Debian hunspell-kk 1.1-3 kk_KZ.dic, capitalized entries (A. Mussayeva,\n"
    "#   L. Németh, R. Aliev 2009; GPL-2+/LGPL-2.1+/MPL-1.1+, redistributed here under MPL-1.1);\n"
    "#   kaznerd = first words of PERSON names in the KazNERD validation split's training groups\n"
    "#   (seed 0, dev fraction 0.1; CC BY 4.0, Yeshpanov, Khassanov, Varol, LREC 2022)\n"
    "# stem\tsource\n"
)


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    """The shipped first-name stems (lower case).

    RETURNS (frozenset[str]): the stems.
    """
    lines = PATH.read_text(encoding="utf-8").splitlines()
    return frozenset(line.split("\t")[0] for line in lines if line and not line.startswith("#"))


@lru_cache(maxsize=100_000)
def first_name_word(word: str) -> bool:
    """word (str) -> True if it is capitalized and its stem is one of the shipped first names."""
    return capitalized(word) and stem(word)[0] in first_names()


def build(hunspell: Path, kaznerd: Path) -> dict[str, str]:
    """Build the list from the dictionary and the training groups of KazNERD.

    hunspell (Path): ``kk_KZ.dic``.
    kaznerd (Path): the KazNERD file with ``AID`` group lines.
    RETURNS (dict[str, str]): stem -> source.
    """
    from ..normalize import normalize
    from . import data
    from .iob import spans

    out: dict[str, str] = {}
    for line in hunspell.read_text(encoding="utf-8").splitlines()[1:]:
        word = normalize(line.split("/")[0].strip()).text
        if word[:1].isupper() and word[1:].islower() and word.isalpha():
            out[stem(word)[0]] = "hunspell"
    train, _ = data.split(data.read(kaznerd))
    firsts: Counter[str] = Counter()
    inside_other: Counter[str] = Counter()
    for s in train:
        for start, end, label in spans(s.tags):
            if label == "PERSON" and end - start >= 2 and s.tokens[start][:1].isupper():
                firsts[stem(s.tokens[start])[0]] += 1
            elif label != "PERSON":
                inside_other.update(stem(w)[0] for w in s.tokens[start:end])
    for name in firsts:
        if len(name) >= 3 and name.isalpha() and name not in out:
            out[name] = "kaznerd"
    return {k: v for k, v in sorted(out.items()) if inside_other[k] < firsts[k] + (v == "hunspell")}


def main() -> None:
    ap = argparse.ArgumentParser(description="build derek/data/first_names.tsv")
    ap.add_argument("--hunspell", type=Path, default=Path("/usr/share/hunspell/kk_KZ.dic"))
    ap.add_argument("--data", type=Path, required=True)
    args = ap.parse_args()
    names = build(args.hunspell, args.data)
    PATH.write_text(HEADER + "".join(f"{k}\t{v}\n" for k, v in names.items()), encoding="utf-8")
    print(f"{len(names)} names written to {PATH}")


if __name__ == "__main__":
    main()
