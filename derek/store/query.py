"""Parsing a search query into terms, and rendering terms as FTS5 or tsquery expressions.

A query is words and quoted phrases (``"..."`` or ``«...»``); every term must
match (AND). Nothing in the query is syntax for the database: operators, stray
quotes and SQL are split into words like any other text, and the expression is
built only from letter-and-digit keys, always quoted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .. import errors
from ..translit import is_latin, variants
from .keys import WORD, has_morph, key, lemma_of

_PHRASE = re.compile(r'"([^"]*)"|«([^»]*)»')
MIN_PREFIX = 3  # without morphology, words of 3+ letters also match as prefixes (Қытай* finds Қытайдың)
MAX_TERMS = 16


@dataclass(frozen=True, slots=True)
class Term:
    """One query term: alternatives (spellings), each a tuple of (form key, lemma key) words."""

    alternatives: tuple[tuple[tuple[str, str], ...], ...]

    @property
    def phrase(self) -> bool:
        return len(self.alternatives[0]) > 1


def _word_keys(word: str) -> tuple[str, str] | None:
    f = key(word).replace(" ", "")
    return (f, lemma_of(word).replace(" ", "") or f) if f else None


def _term(words: list[str]) -> Term | None:
    spellings = [words]
    if all(is_latin(w) for w in words):
        for i in range(3):
            alt = [(variants(w)[i : i + 1] or variants(w)[:1])[0] for w in words]
            if alt not in spellings:
                spellings.append(alt)
    alts = []
    for spelling in spellings:
        keys = tuple(k for k in (_word_keys(w) for w in spelling) if k)
        if keys and keys not in alts:
            alts.append(keys)
    return Term(tuple(alts)) if alts else None


def parse(query: str) -> list[Term]:
    """query (str): what the user typed. RETURNS (list[Term]): at least one term, else :class:`BadQuery`."""
    if not isinstance(query, str):
        raise errors.BadQuery(f"query must be text, not {type(query).__name__}")
    terms: list[Term] = []
    pos = 0
    for m in _PHRASE.finditer(query):
        terms += [t for t in (_term([w]) for w in WORD.findall(query[pos : m.start()])) if t]
        t = _term(WORD.findall(m.group(1) if m.group(1) is not None else m.group(2)))
        if t:
            terms.append(t)
        pos = m.end()
    terms += [t for t in (_term([w]) for w in WORD.findall(query[pos:])) if t]
    if not terms:
        raise errors.BadQuery(f"query {query!r} has no words to search for")
    return terms[:MAX_TERMS]


def _q(k: str) -> str:
    return '"' + k.replace('"', '""') + '"'


def _prefix(f: str) -> bool:
    return len(f) >= MIN_PREFIX and not has_morph()


def fts5(terms: list[Term]) -> str:
    """terms (list[Term]): parsed query. RETURNS (str): an FTS5 MATCH expression over ``forms``/``lemmas``."""
    parts = []
    for t in terms:
        alts = []
        for words in t.alternatives:
            forms = " + ".join(_q(f) + (" *" if _prefix(f) else "") for f, _ in words)
            lemmas = " + ".join(_q(lem) for _, lem in words)
            alts.append(f"{{lemmas}} : ({lemmas}) OR {{forms}} : ({forms})")
        parts.append("(" + " OR ".join(alts) + ")")
    return " AND ".join(parts)


def _l(k: str) -> str:
    return "'" + k.replace("'", "''").replace("\\", "") + "'"


def tsquery(terms: list[Term]) -> str:
    """terms (list[Term]): parsed query. RETURNS (str): a ``to_tsquery('simple', ...)`` string (A = lemmas, B = forms)."""
    parts = []
    for t in terms:
        alts = []
        for words in t.alternatives:
            lemmas = " <-> ".join(_l(lem) + ":A" for _, lem in words)
            forms = " <-> ".join(_l(f) + (":*B" if _prefix(f) else ":B") for f, _ in words)
            alts.append(f"({lemmas}) | ({forms})")
        parts.append("(" + " | ".join(alts) + ")")
    return " & ".join(parts)


def matcher(terms: list[Term]):
    """terms (list[Term]): parsed query. RETURNS (callable): word -> bool, True for words to highlight."""
    forms = {f for t in terms for words in t.alternatives for f, _ in words}
    lemmas = {lem for t in terms for words in t.alternatives for _, lem in words}

    def match(word: str) -> bool:
        f = key(word).replace(" ", "")
        if not f:
            return False
        if f in forms or any(_prefix(p) and f.startswith(p) for p in forms):
            return True
        return lemma_of(word).replace(" ", "") in lemmas

    return match
