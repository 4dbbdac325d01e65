"""Derivation: new lemmas made from listed words (a reviewed data module, one example per entry).

``derivation`` reads an unlisted stem as a listed nominal + a derivational suffix (``жарғақша-лы``);
``voiced`` tells a listed verb stem that is another listed verb + a voice suffix (``көрін`` = көр + passive).
"""

from __future__ import annotations

from .lexicon import Lexicon
from .phonology import ALL_VOWELS, UNVOICING

# Derivational suffixes that make a new lemma from a listed nominal, with the part of speech they give.
DERIVATIONS = (
    ("лы", "ADJ"), ("лі", "ADJ"), ("ды", "ADJ"), ("ді", "ADJ"), ("ты", "ADJ"), ("ті", "ADJ"),  # тұзды
    ("лық", "NOUN"), ("лік", "NOUN"), ("дық", "NOUN"), ("дік", "NOUN"), ("тық", "NOUN"), ("тік", "NOUN"),  # достық
    ("сыз", "ADJ"), ("сіз", "ADJ"),  # жұмыссыз
    ("шы", "NOUN"), ("ші", "NOUN"),  # әнші
    ("шыл", "ADJ"), ("шіл", "ADJ"),  # ұлтшыл
)  # fmt: skip


def derivation(stem: str, lex: Lexicon) -> tuple[str, float] | None:
    """stem (str): an unlisted stem; lex (Lexicon). RETURNS: (UPOS, base weight) if it is a listed nominal + a derivational suffix."""
    for suffix, upos in DERIVATIONS:
        if stem.endswith(suffix) and len(stem) > len(suffix) + 2:
            base = lex.stems.get(stem[: -len(suffix)])
            if base and any(u in ("NOUN", "ADJ") for u in base):
                return upos, max(w for u, w in base.items() if u in ("NOUN", "ADJ"))
    return None


VOICE_ENDINGS = ("ыл", "іл", "ын", "ін", "ыс", "іс", "л", "н", "с")  # қосыл, бөлін, көріс; тойлан


def voiced(stem: str, lex: Lexicon) -> bool:
    """stem (str): a verb stem; lex (Lexicon). RETURNS (bool): it is a listed verb plus a voice suffix."""
    for end in VOICE_ENDINGS:
        if stem.endswith(end) and len(stem) - len(end) >= (2 if len(end) == 2 else 3):
            base = lex.stems.get(stem[: -len(end)]) or lex.stems.get(
                _unvoiced(stem[: -len(end)])
            )  # табыл → тап
            if base and "VERB" in base and (len(end) == 2 or stem[-len(end) - 1] in ALL_VOWELS):
                return True
    return False


def _unvoiced(stem: str) -> str:
    return stem[:-1] + UNVOICING[stem[-1]] if stem[-1:] in UNVOICING else stem
