"""Entity linking: each mention becomes a canonical entity, inside an article and across the base.

Rules, in order (docs/store.md explains them with examples):

1. The base form is ``Entity.normal`` when morphology filled it, else the text
   with a hyphenated or long case ending removed (``keys.name_key``).
2. An abbreviation in ``abbrev.ABBREVIATIONS`` stands for its full name
   (``ҚХР`` = ``Қытай Халық Республикасы``), and so does an upper-case word whose
   letters are the initials of a longer name in the same article.
3. A one-word person (``Тоқаев``, or ``М. Тынышпаев`` with an initial) is the full
   name in the same article whose first or last word it is, when exactly one
   full name fits; otherwise the one person in the base with that surname, when
   exactly one has it; otherwise it stays a surname-only entity, which merges into
   a full name once exactly one full name with that surname is stored.
4. Everything else links by (label, base form); numbers, dates, positions and
   similar labels are stored as mentions without an entity.
"""

from __future__ import annotations

from dataclasses import dataclass

from .abbrev import BY_ABBREVIATION, BY_FULL_NAME, initials
from .keys import name_key

PERSON = "PERSON"
UNLINKED = frozenset(
    {"CARDINAL", "ORDINAL", "PERCENTAGE", "MONEY", "QUANTITY", "DATE", "TIME", "CONTACT", "ADAGE", "POSITION"}
)
SURNAME_ENDINGS = ("ов", "ев", "ова", "ева", "ин", "ина", "ұлы", "қызы", "бек", "бай", "ский", "ская")


@dataclass(frozen=True, slots=True)
class Name:
    """What a mention refers to: the canonical (label, key, display name), and the alias it used."""

    label: str
    key: str
    name: str
    alias_key: str
    alias_name: str
    alias_kind: str  # name | abbr | surname
    surname_only: bool = False


def surnames(key: str) -> list[str]:
    """key (str): a full person-name key. RETURNS (list[str]): the words that may be used alone for it."""
    words = key.split()
    if len(words) < 2:
        return []
    marked = [w for w in words if w.endswith(SURNAME_ENDINGS) and not w.endswith(("ұлы", "қызы"))]
    if not marked:  # no tell-tale ending: either end may be the family name (Хань Чуньлинь, Дональд Трамп)
        marked = [words[0], words[-1]] if len(words) == 2 else [words[-1]]
    return [w for w in marked if len(w) >= 2]


def _fits(word: str, full_word: str, guessed: bool) -> bool:
    if word == full_word:
        return True
    return guessed and word.startswith(full_word) and len(word) - len(full_word) <= 4


def name_of(text: str, normal: str, label: str) -> Name | None:
    """text (str), normal (str), label (str): a mention. RETURNS (Name | None): its base name, before rules 2-3."""
    if label in UNLINKED:
        return None
    k = name_key(text, normal)
    if not k:
        return None
    if k in BY_ABBREVIATION:
        full_key, full, table_label = BY_ABBREVIATION[k]
        return Name(table_label, full_key, full, k, text, "abbr")
    if k in BY_FULL_NAME:
        _, full, table_label = BY_ABBREVIATION[name_key(BY_FULL_NAME[k])]
        return Name(table_label, k, full, k, full, "name")
    return Name(label, k, normal.strip() or text, k, normal.strip() or text, "name")


def link_article(names: list[Name | None]) -> list[Name | None]:
    """names (list[Name | None]): one article's mentions. RETURNS (list[Name | None]): after rules 2 and 3."""
    full = {n.key: n for n in names if n and len(n.key.split()) >= 2 and len(n.key.split()[0]) > 1}
    by_initials = {}
    for n in full.values():
        ini = initials(n.name)
        if ini:
            by_initials.setdefault(ini.lower(), set()).add(n.key)
    people = [n for n in full.values() if n.label == PERSON]
    out: list[Name | None] = []
    for n in names:
        if n is None or n.alias_kind == "abbr":
            out.append(n)
            continue
        words = n.key.split()
        if len(words) == 1 and n.alias_name.isupper() and len(by_initials.get(n.key, ())) == 1:
            target = full[next(iter(by_initials[n.key]))]
            out.append(Name(target.label, target.key, target.name, n.key, n.alias_name, "abbr"))
            continue
        if n.label == PERSON and (len(words) == 1 or (len(words) == 2 and len(words[0]) == 1)):
            out.append(_person(n, words, people))
            continue
        out.append(n)
    return out


def _person(n: Name, words: list[str], people: list[Name]) -> Name:
    surname, initial = words[-1], (words[0] if len(words) == 2 else "")
    guessed = n.alias_name == n.name  # no base form from morphology: allow an inflected surname
    hits = {
        p.key: p
        for p in people
        for i, w in enumerate(p.key.split())
        if i in (0, len(p.key.split()) - 1)
        and _fits(surname, w, guessed)
        and (not initial or any(o.startswith(initial) for o in p.key.split() if o != w))
    }
    if len(hits) == 1:
        p = next(iter(hits.values()))
        return Name(PERSON, p.key, p.name, n.key, n.alias_name, "surname")
    return Name(
        PERSON, surname, n.name if not initial else n.name.split()[-1], surname, n.alias_name, "surname", True
    )
