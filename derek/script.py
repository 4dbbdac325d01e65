"""Which script and language an article is written in (cheap letter counts)."""

from __future__ import annotations

import re

from .alphabet import CYRILLIC, KAZAKH_ONLY_LOWER, KAZAKH_ONLY_UPPER, LATIN

_CYR = re.compile(f"[{CYRILLIC}]")
_LAT = re.compile(f"[{LATIN}]")
_KAZ_CYR = re.compile(f"[{KAZAKH_ONLY_LOWER}{KAZAKH_ONLY_UPPER}]")
_KAZ_LAT = re.compile("[äğıñöşūüçáóúýǵńİÄĞÑÖŞŪÜÇÁÓÚÝǴŃ]")
# Russian words that Kazakh news does not use as common words.
_RU_WORDS = re.compile(r"\b(и|в|на|что|не|с|по|для|это|года|также|который|которые)\b", re.I)
_SAMPLE = 20000


def detect_script(text: str) -> str:
    """``cyrillic``, ``latin``, ``mixed`` or ``none`` (no letters)."""
    sample = text[:_SAMPLE]
    cyr = len(_CYR.findall(sample))
    lat = len(_LAT.findall(sample))
    if cyr + lat == 0:
        return "none"
    if cyr >= 0.8 * (cyr + lat):
        return "cyrillic"
    if lat >= 0.8 * (cyr + lat):
        return "latin"
    return "mixed"


def detect_language(text: str) -> str:
    """``kk`` (Kazakh), ``ru`` (Russian), or ``und`` when there is too little to tell."""
    sample = text[:_SAMPLE]
    script = detect_script(sample)
    if script == "none":
        return "und"
    if script == "latin":
        words = max(1, len(sample.split()))
        return "kk" if len(_KAZ_LAT.findall(sample)) / words > 0.05 else "und"
    kaz = len(_KAZ_CYR.findall(sample))
    cyr = max(1, len(_CYR.findall(sample)))
    ru = len(_RU_WORDS.findall(sample))
    if kaz / cyr > 0.01:
        return "kk"
    if ru >= 2 or (ru and len(sample.split()) < 20):
        return "ru"
    return "kk" if kaz else "und"
