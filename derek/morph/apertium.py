"""Reader for the Apertium-kaz hand-disambiguated texts and the Apertium-tag → UPOS map.

The texts are VISL CG-3 streams (``texts2/*.tagged.clean.txt``, ``texts1/*.tagged.vislcg.txt``)::

    "<түріне>"
    <TAB>"түр" n px3sp dat             <- the active (gold) reading
    ;<TAB>"байланыс" n acc REMOVE:293  <- a discarded reading

A reading may continue with indented sub-readings (``\t\t"е" cop aor p3 sg``, an enclitic
copula); the first-level reading gives the token's lemma and UPOS.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

# First Apertium tag of a reading -> UPOS (as UD_Kazakh-KTB converts them).
TAG_TO_UPOS = {
    "n": "NOUN", "np": "PROPN", "adj": "ADJ", "adv": "ADV", "v": "VERB", "vaux": "AUX",
    "cop": "AUX", "prn": "PRON", "det": "DET", "num": "NUM", "post": "ADP", "postadv": "ADV",
    "cnjcoo": "CCONJ", "cnjsub": "SCONJ", "cnjadv": "SCONJ", "ij": "INTJ", "abbr": "NOUN",
    "qst": "PART", "mod": "PART", "mod_ass": "PART", "mod_emo": "PART", "emph": "PART",
    "sent": "PUNCT", "cm": "PUNCT", "guio": "PUNCT", "lquot": "PUNCT", "rquot": "PUNCT",
    "lpar": "PUNCT", "rpar": "PUNCT", "apos": "PUNCT", "quot": "PUNCT", "sym": "SYM",
    "percent": "SYM", "x": "X",
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class GoldWord:
    """One token of an Apertium text: surface form, lemma, tags (empty for unknown ``*`` words)."""

    form: str
    lemma: str
    tags: tuple[str, ...]

    @property
    def upos(self) -> str:
        return upos_of(self.tags)


def upos_of(tags: tuple[str, ...]) -> str:
    """tags (tuple[str, ...]): Apertium tags of a reading. RETURNS (str): the UPOS tag ("X" if unknown)."""
    return TAG_TO_UPOS.get(tags[0], "X") if tags else "X"


def read_apertium(path: str | Path) -> Iterator[list[GoldWord]]:
    """path (str | Path): a CG-3 stream file. YIELDS (list[GoldWord]): the tokens of one sentence."""
    sentence: list[GoldWord] = []
    form: str | None = None
    reading: GoldWord | None = None

    def flush() -> None:
        nonlocal form, reading
        if form is not None:
            sentence.append(reading or GoldWord(form, "", ()))
        form, reading = None, None

    with open(path, encoding="utf-8") as fh:
        for raw in fh:
            line = raw.rstrip("\n")
            if line.startswith('"<') and line.endswith('>"'):
                flush()
                form = line[2:-2]
            elif line.startswith('\t"') and reading is None and form is not None:
                lemma, _, rest = line[2:].partition('"')
                tags = tuple(t for t in rest.split() if ":" not in t and t not in ("SELECT", "REMOVE"))
                if lemma.startswith("*"):
                    reading = GoldWord(form, "", ())  # unknown to the analyser: no gold
                else:
                    reading = GoldWord(form, lemma, tags)
            elif not line.strip():
                flush()
                if sentence:
                    yield sentence
                    sentence = []
        flush()
        if sentence:
            yield sentence
