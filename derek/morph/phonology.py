"""Kazakh sound classes: vowel harmony and the classes of a stem's last letter that pick an allomorph.

Built from the letter constants of :mod:`derek.alphabet`.
"""

from __future__ import annotations

from ..alphabet import BACK_VOWELS, FRONT_VOWELS, LATIN_TO_CYRILLIC

# Vowels for harmony: the last one of the stem decides back (а о ұ ы) or front (ә е ө ү і).
# и, у, ю, я, ё, э are neutral or borrowed; и/е/э/ё count as front, у/ю/я follow the word.
HARMONY_BACK = BACK_VOWELS + "я"
HARMONY_FRONT = FRONT_VOWELS + "иэё"
ALL_VOWELS = HARMONY_BACK + HARMONY_FRONT + "ую"

VOICELESS = "кқпстшфхцчщ"  # after these: -тар, -тың, -қа, -та, -тан, -пен
# Loanword stems that end in a voiced stop take the voiceless allomorphs too (клуб-тар, бригад-қа).
VOICED_STOP = "бвгдғ"
SONORANT_RYU = "рйу"  # -лар, -дың, -ға, -да, -дан
SONORANT_L = "л"  # -дар, -дың, -ға, -да, -дан
NASAL = "мнң"  # -дар, -ның, -ға, -да, -нан
SIBILANT_VOICED = "зж"  # -дар, -дың, -ға, -да, -дан, -бен

# A stem-final voiceless stop becomes voiced before a vowel: кітап → кітабы, жүрек → жүрегі, бақ → бағы.
VOICING = {"п": "б", "к": "г", "қ": "ғ"}
UNVOICING = {v: k for k, v in VOICING.items()}


def last_letter_class(stem: str) -> str:
    """stem (str): text before a suffix. RETURNS (str): V, ryu, l, nasal, zh or voiceless."""
    stem = stem.rstrip("ьъЬЪ")  # Тяньцзинь-дегі: the soft sign is silent
    if not stem:
        return "V"
    ch = stem[-1].lower()
    ch = LATIN_TO_CYRILLIC.get(ch, ch)
    if ch in "йуию":  # Мәди-дің, Әли-ге: a final и sounds ій, ю sounds йу
        return "ryu"
    if ch in ALL_VOWELS:
        return "V"
    if ch == "р":
        return "ryu"
    if ch == "л":
        return "l"
    if ch in NASAL:
        return "nasal"
    if ch in SIBILANT_VOICED:
        return "zh"
    if ch.isdigit():
        return _digit_class(stem)
    return "voiceless"  # voiceless letters, voiced stops of loans, Latin consonants


LOAN_VOWELS = "еиэёюя"


def harmony(stem: str) -> str:
    """stem (str): text before a suffix. RETURNS (str): "b" (back), "f" (front) or "" (either, or no vowel)."""
    if stem[-1:] in ("ь", "Ь"):
        return "f"  # a loan's soft sign softens the suffix: вакуоль-дер, король-ге
    last = ""
    for ch in reversed(stem.lower()):
        ch = LATIN_TO_CYRILLIC.get(ch, ch)
        if ch in HARMONY_BACK or ch in HARMONY_FRONT:
            if not last:
                last = ch
                if ch not in LOAN_VOWELS:
                    break
            elif ch in BACK_VOWELS:
                return ""  # a loan vowel after a back one: Тоқаев-тың, тарих-қа (either harmony occurs)
    if last:
        return "b" if last in HARMONY_BACK else "f"
    if stem and stem[-1].isdigit():
        return _digit_harmony(stem)
    return ""


# Digits are read as Kazakh numbers: 2025-жылы, 5-ке (бес-ке), 10-нан (он-нан), 1-ші.
_DIGIT_WORD = {"0": "нөл", "1": "бір", "2": "екі", "3": "үш", "4": "төрт", "5": "бес", "6": "алты",
               "7": "жеті", "8": "сегіз", "9": "тоғыз"}  # fmt: skip
_TENS_WORD = {"1": "он", "2": "жиырма", "3": "отыз", "4": "қырық", "5": "елу", "6": "алпыс",
              "7": "жетпіс", "8": "сексен", "9": "тоқсан"}  # fmt: skip


def _spoken_end(stem: str) -> str:
    digits = "".join(ch for ch in stem[-4:] if ch.isdigit())
    if digits.endswith("000"):
        return "мың"
    if digits.endswith("00"):
        return "жүз"
    if digits.endswith("0") and len(digits) >= 2:
        return _TENS_WORD.get(digits[-2], "он")
    return _DIGIT_WORD.get(digits[-1:], "бір")


def _digit_class(stem: str) -> str:
    return last_letter_class(_spoken_end(stem))


def _digit_harmony(stem: str) -> str:
    return harmony(_spoken_end(stem))
