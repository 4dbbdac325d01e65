"""Search and linking keys: how a word, a lemma or a name is compared.

A key is lower case with everything but letters and digits removed, so
``ҚХР-дың`` is ``қхрдың`` and ``«Қазақстан»`` is ``қазақстан``. Stored
tokens index two keys: the form (the word as written) and the lemma (from
``Token.lemma`` when morphology filled it, else the form). Query words get
the same two keys, the lemma through :func:`lemma_of`.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_NOT_WORD = re.compile(r"[\W_]+", re.U)
WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*", re.U)

# Case endings stripped from the last word of a name when no base form was given
# (conservative: three letters or more, stem of four or more). Each with a real example.
CASE_ENDINGS: tuple[tuple[str, str], ...] = (
    ("ның", "Республикасының"),  # Республикасы + ның
    ("нің", "Кеңесінің"),  # Кеңесі + нің
    ("дың", "Қытайдың"),
    ("дің", "Жетісудің"),
    ("тың", "Тоқаевтың"),
    ("тің", "Мектептің"),
    ("дан", "Қытайдан"),
    ("ден", "Жетісуден"),
    ("нан", "Қазақстаннан"),  # not "тан": Қазақстан itself ends so
    ("нен", "Кеңесінен"),
    ("мен", "Қытаймен"),
    ("бен", "Қырғызбен"),
    ("пен", "Тоқаевпен"),
    ("нда", "Республикасында"),
    ("нде", "Кеңесінде"),
)
_ENDINGS = tuple(sorted((e for e, _ in CASE_ENDINGS), key=len, reverse=True))


def key(text: str) -> str:
    """text (str): a word, lemma or name. RETURNS (str): lower case, letters and digits only, words space-separated."""
    text = unicodedata.normalize("NFC", text).lower().replace("ё", "е")
    return " ".join(p for p in (_NOT_WORD.sub("", w) for w in text.split()) if p)


def name_key(text: str, normal: str = "") -> str:
    """text (str): a mention as written. normal (str): its base form, if known. RETURNS (str): its linking key.

    A ``normal`` equal to the text is not trusted as a base form (NER fills it so before morphology).
    Without a base form, a hyphenated ending after an abbreviation or number goes
    (``ҚХР-дың`` -> ``қхр``) and so does a long case ending of the last word.
    """
    if normal.strip() and normal != text:
        return key(normal)
    based = _base_form(text)
    if based:
        return key(based)
    words = text.split()
    if not words:
        return ""
    last = words[-1]
    if "-" in last:
        head, _, tail = last.rpartition("-")
        if head and (head.isupper() or head[-1:].isdigit()) and tail.islower() and len(tail) <= 5:
            last = head
    else:
        low = last.lower()
        for end in _ENDINGS:
            if low.endswith(end) and len(low) - len(end) >= 4:
                last = last[: -len(end)]
                break
    return key(" ".join([*words[:-1], last]))


_lemma_fn = None
_base_fn = None
_lemma_checked = False


def _morph():
    global _lemma_fn, _base_fn, _lemma_checked
    if not _lemma_checked:
        _lemma_checked = True
        try:
            from ..morph import base_form, lemma_of  # type: ignore[attr-defined]

            _lemma_fn, _base_fn = lemma_of, base_form
        except Exception:  # morphology has not landed or cannot load: forms stand in for lemmas
            _lemma_fn = _base_fn = None
    return _lemma_fn


def has_morph() -> bool:
    """RETURNS (bool): True when ``derek.morph`` gives lemmas (else search falls back to prefixes)."""
    return _morph() is not None


@lru_cache(maxsize=65536)
def _base_form(text: str) -> str:
    _morph()
    if _base_fn is None:
        return ""
    try:
        return _base_fn(text) or ""
    except Exception:
        return ""


@lru_cache(maxsize=65536)
def lemma_of(word: str) -> str:
    """word (str): a query word. RETURNS (str): its lemma key (the form's key when morphology is absent)."""
    fn = _morph()
    if fn is not None:
        try:
            lemma = fn(word)
        except Exception:
            lemma = ""
        if lemma:
            return key(lemma)
    return key(word)


def token_lemma(text: str, lemma: str) -> str:
    """text (str): a token. lemma (str): its lemma or ``""``. RETURNS (str): the lemma key stored for it.

    Without a lemma from the pipeline, the token gets :func:`lemma_of` (as a query word would).
    """
    return key(lemma) if lemma else lemma_of(text)
