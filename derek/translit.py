"""Kazakh Cyrillic <-> Latin transliteration in the 2021 alphabet.

The 2021 Latin alphabet (31 letters) writes the Kazakh letters with
diacritics (``ä ğ ñ ö ş ū ü ç``), ``q`` for ``қ``, ``y`` for ``ы`` and the
dotless ``ı`` for ``і``; ``и`` and ``й`` are both ``i``, ``х`` and ``һ`` both
``h``. Russian-only letters are spelled out (``ц`` -> ``ts``, ``я`` -> ``ia``).

>>> to_latin("Қазақстан Республикасы")
'Qazaqstan Respublikasy'
>>> to_cyrillic("Qazaqstan")
'Қазақстан'

Latin -> Cyrillic is ambiguous (``i`` is ``и`` or ``й``, ``h`` is ``х`` or
``һ``); :func:`to_cyrillic` picks the common reading and :func:`variants`
adds the other plausible ones, which is what search needs.
"""

from __future__ import annotations

import re

from .alphabet import CYRILLIC, LATIN

# (Cyrillic, 2021 Latin, a real word, its Latin spelling). Lower case; upper case is derived.
TABLE: tuple[tuple[str, str, str, str], ...] = (
    ("а", "a", "ата", "ata"),
    ("ә", "ä", "әке", "äke"),
    ("б", "b", "бала", "bala"),
    ("в", "v", "вагон", "vagon"),
    ("г", "g", "гүл", "gül"),
    ("ғ", "ğ", "ғылым", "ğylym"),
    ("д", "d", "дала", "dala"),
    ("е", "e", "ел", "el"),
    ("ё", "io", "ёлка", "iolka"),
    ("ж", "j", "жол", "jol"),
    ("з", "z", "заң", "zañ"),
    ("и", "i", "ине", "ine"),
    ("й", "i", "үй", "üi"),
    ("к", "k", "көл", "köl"),
    ("қ", "q", "қала", "qala"),
    ("л", "l", "лақ", "laq"),
    ("м", "m", "мектеп", "mektep"),
    ("н", "n", "нан", "nan"),
    ("ң", "ñ", "таң", "tañ"),
    ("о", "o", "орын", "oryn"),
    ("ө", "ö", "өнер", "öner"),
    ("п", "p", "пікір", "pıkır"),
    ("р", "r", "ру", "ru"),
    ("с", "s", "су", "su"),
    ("т", "t", "тау", "tau"),
    ("у", "u", "ауыл", "auyl"),
    ("ұ", "ū", "ұйым", "ūiym"),
    ("ү", "ü", "үкімет", "ükımet"),
    ("ф", "f", "фильм", "film"),
    ("х", "h", "хабар", "habar"),
    ("һ", "h", "гауһар", "gauhar"),
    ("ц", "ts", "цирк", "tsirk"),
    ("ч", "ç", "чемпион", "çempion"),
    ("ш", "ş", "шаһар", "şahar"),
    ("щ", "şş", "щетка", "şşetka"),
    ("ъ", "", "съезд", "sezd"),
    ("ы", "y", "ыдыс", "ydys"),
    ("і", "ı", "іс", "ıs"),
    ("ь", "", "фильм", "film"),
    ("э", "e", "экономика", "ekonomika"),
    ("ю", "iu", "юрист", "iurist"),
    ("я", "ia", "ядро", "iadro"),
)

_TO_LATIN = {c: lat for c, lat, _, _ in TABLE}
_TO_LATIN.update({c.upper(): lat[:1].upper() + lat[1:] for c, lat, _, _ in TABLE if lat})
_TO_LATIN.update({c.upper(): "" for c, lat, _, _ in TABLE if not lat})
_TO_LATIN["І"] = "I"  # the capital of dotless ı is plain I
_TO_LATIN["И"] = _TO_LATIN["Й"] = "İ"  # the capital of dotted i is İ

# Latin -> Cyrillic: longest spellings first; the first reading of each is the common one.
_FROM_LATIN: dict[str, tuple[str, ...]] = {
    "şş": ("щ",), "ts": ("ц", "тс"), "ia": ("я", "иа"), "iu": ("ю", "иу"), "io": ("ё", "ио"),
    "a": ("а",), "ä": ("ә",), "b": ("б",), "v": ("в",), "g": ("г",), "ğ": ("ғ",), "d": ("д",),
    "e": ("е",), "j": ("ж",), "z": ("з",), "i": ("и", "й", "і"), "k": ("к",), "q": ("қ",), "l": ("л",),
    "m": ("м",), "n": ("н",), "ñ": ("ң",), "o": ("о",), "ö": ("ө",), "p": ("п",), "r": ("р",),
    "s": ("с",), "t": ("т",), "u": ("у",), "ū": ("ұ",), "ü": ("ү",), "f": ("ф",), "h": ("х", "һ"),
    "ç": ("ч",), "ş": ("ш",), "y": ("ы",), "ı": ("і",), "c": ("с",), "w": ("у",), "x": ("х",),
    # letters of the 2017/2018 drafts that still occur
    "á": ("ә",), "ó": ("ө",), "ú": ("ү",), "ý": ("у",), "ǵ": ("ғ",), "ń": ("ң",),
}  # fmt: skip
_LATIN_KEYS = sorted(_FROM_LATIN, key=len, reverse=True)
_LATIN_RE = re.compile("|".join(re.escape(k) for k in _LATIN_KEYS))
_VOWELS_CYR = "аәеёиоөұүыіэюяу"
_HAS_CYR = re.compile(f"[{CYRILLIC}]")
_HAS_LAT = re.compile(f"[{LATIN}]")


def to_latin(text: str) -> str:
    """text (str): Kazakh Cyrillic text. RETURNS (str): the same text in the 2021 Latin alphabet."""
    return "".join(_TO_LATIN.get(ch, ch) for ch in text)


def _lower(text: str) -> str:
    """Lower case, one character for one: ``I`` is the capital of ``ı`` and ``İ`` of ``i`` in the 2021 alphabet."""
    return "".join(
        "ı" if c == "I" else "i" if c == "İ" else (c.lower() if len(c.lower()) == 1 else c) for c in text
    )


def _readings(text: str) -> list[tuple[int, int, tuple[str, ...]]]:
    low = _lower(text)
    return [(m.start(), m.end(), _FROM_LATIN[m.group()]) for m in _LATIN_RE.finditer(low)]


def to_cyrillic(text: str, prefer: dict[str, str] | None = None) -> str:
    """text (str): 2021 Latin text. prefer (dict | None): forced readings (``{"i": "і"}``). RETURNS (str): Cyrillic.

    ``i`` after a vowel is ``й`` (``Qytai`` -> ``Қытай``, ``ūiym`` -> ``ұйым``), otherwise ``и``.
    """
    out: list[str] = []
    pos = 0
    low = _lower(text)
    for start, end, reading in _readings(text):
        if start > pos:
            out.append(text[pos:start])
        key = low[start:end]
        chunk = reading[0]
        if prefer and key in prefer:
            chunk = prefer[key]
        elif key == "i":
            prev = out[-1][-1:].lower() if out and out[-1] else ""
            if prev and prev in _VOWELS_CYR:
                chunk = "й"
        if text[start : start + 1].isupper():
            whole_upper = end - start > 1 and text[start:end].isupper()
            chunk = chunk.upper() if whole_upper else chunk[:1].upper() + chunk[1:]
        out.append(chunk)
        pos = end
    out.append(text[pos:])
    return "".join(out)


def variants(word: str, limit: int = 4) -> list[str]:
    """word (str): one Latin-script word. RETURNS (list[str]): Cyrillic readings, most likely first.

    People often type ``i`` for ``ı`` (і) and ``h`` for ``һ``; those readings follow the main one.
    """
    if not is_latin(word):
        return []
    out = [to_cyrillic(word)]
    for prefer in ({"i": "і"}, {"h": "һ"}, {"ı": "и"}):
        alt = to_cyrillic(word, prefer)
        if alt not in out:
            out.append(alt)
    return out[:limit]


def is_latin(text: str) -> bool:
    """text (str): any text. RETURNS (bool): True when it has Latin letters and no Cyrillic ones."""
    return bool(_HAS_LAT.search(text)) and not _HAS_CYR.search(text)
