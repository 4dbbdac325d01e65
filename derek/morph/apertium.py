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
from typing import TextIO

from .. import errors

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

    @property
    def feat(self) -> str:
        return feat_of(self.tags)


def upos_of(tags: tuple[str, ...]) -> str:
    """tags (tuple[str, ...]): Apertium tags of a reading. RETURNS (str): the UPOS tag ("X" if unknown)."""
    return TAG_TO_UPOS.get(tags[0], "X") if tags else "X"


CASES = ("nom", "gen", "dat", "acc", "loc", "abl", "ins")
_FINITE = ("past", "ifi", "aor", "pres", "fut", "imp", "opt", "cond", "evid", "pih", "pii", "fut_plan")
_CONVERB = ("gna_perf", "gna_cond", "gna_until", "gna_after", "prc_impf", "prc_perf", "prc_cond", "prc_plan")
_PARTICIPLE = ("gpr_past", "gpr_impf", "gpr_fut", "gpr_pot", "gpr_ppot")


def feat_of(tags: tuple[str, ...]) -> str:
    """tags (tuple[str, ...]): Apertium tags. RETURNS (str): the refined tag the disambiguator uses beside UPOS.

    Nominals: their case (``acc``), or "" for a bare adjective; verbs: ``fin``, ``conv``, ``ptcp`` or ``ger``.
    """
    if not tags:
        return ""
    if tags[0] in ("v", "vaux", "cop"):
        if any(t.startswith("ger") for t in tags):
            return "ger"
        if any(t in _PARTICIPLE for t in tags):
            return "ptcp"
        if any(t in _CONVERB for t in tags):
            return "conv"
        return "fin" if any(t in _FINITE for t in tags) else ""
    for t in reversed(tags):
        if t in CASES:
            return t
    return ""


def _utf8_lines(fh: TextIO, path: str | Path) -> Iterator[str]:
    """fh (TextIO): a file opened as UTF-8. YIELDS (str): its lines; E301 (not a traceback) on bytes that are no UTF-8."""
    try:
        yield from fh
    except UnicodeDecodeError as exc:
        raise errors.BadDataFile(
            f"{path} is not a UTF-8 CG-3 stream ({exc.reason} at byte {exc.start} of a block)"
        ) from None


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
        for raw in _utf8_lines(fh, path):
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
