"""Visits for the ``events`` stage: whether a motion verb (``барды``, ``келді``) or ``аралады`` 'toured' is a visit.

A plain motion verb is a visit when someone goes (a PERSON/POSITION entity, a plural NORP one, a
personal pronoun or ending, a visitor noun) to a goal in the dative a few words before it (a
capitalized name or a place noun of ``data/event_triggers.py``); ``арнайы келіп`` needs no goal; a
converb before the verb makes it an auxiliary (``туғызып келді``) unless it is a visiting one
(``қыдырып келген``). ``аралады/аралап`` 'toured' is a visit of a named place in the accusative
(``Еуропаны аралап``), not of sites (``көрмені аралады``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..doc import Entity, Sentence
from ..morph.phonology import VOICING
from .data.event_triggers import (
    HOSTS,
    PLACE_NOUNS,
    PURPOSEFUL,
    ROUND_TRIP,
    SETTLING,
    STAY_NOT_BEFORE,
    VISIT_CONVERBS,
    VISITOR_PRONOUNS,
    VISITORS,
)
from .grammar import ACCUSATIVE, DATIVE, GENITIVE, LOCATIVE, PLURAL, alt
from .mentions import POST_WORD, strip_case

# First or second person endings on a verb or its auxiliary: келіп отырмын, келгеніме, келгеніңізге, келдіңіз.
_PERSONAL = re.compile(
    "(?:мын|мін|пын|пін|бын|бін|мыз|міз|пыз|піз|быз|біз|сыз|сіз|ңыз|ңіз|ңдар|ңдер|дік|дық|тік|тық"
    "|іме|ыма|ңызға|ңізге|мызға|мізге|ңыздар|ңіздер)$",
    re.I,
)
_PLURAL = re.compile(f"{alt(PLURAL)}$", re.I)
_ACCUSATIVE_ENDINGS = (*ACCUSATIVE, "н")
_SETTLING = re.compile("(?:" + "|".join(SETTLING) + ")", re.I)
# a place noun's last voiceless consonant turns voiced before a vowel: орталық -> орталығына (session 9)
_PLACE_STEMS = PLACE_NOUNS + tuple(n[:-1] + VOICING[n[-1]] for n in PLACE_NOUNS if n[-1] in VOICING)


def not_a_visit(
    text: str, sent: Sentence, m: re.Match[str], words: list[str], ents: Sequence[Entity]
) -> bool:
    """text (str); sent (Sentence); m (re.Match): a motion verb; words (list[str]): the sentence before it;
    ents (Sequence[Entity]) -> True if the verb is no visit (no visitor or goal, or an auxiliary)."""
    prev = words[-1].lower().strip(",") if words else ""
    visitor = _visitor(text, sent, m, words, ents)
    auxiliary = prev.endswith(("ып", "іп", "п")) and prev not in VISIT_CONVERBS  # туғызып келді: 'has been'
    goal = any(_goal(w) for w in words[-8:]) or any(
        _goal(w, named=True) and _name_before(words, i) for i, w in enumerate(words) if i >= len(words) - 8
    )  # «ЖК Жанегизов» шаруа қожалығына барды: a named enterprise (session 12)
    goal = goal or any(_home(words, i) for i in range(max(1, len(words) - 8), len(words)))
    later = text[m.end() : sent.end].split()
    if _attributive(m, later) and prev not in VISIT_CONVERBS and not _named_after(m, ents):
        return True  # Семейден келген «Апорт» командасы, Кездесуге келген азаматтар: those who came, no visit told
    if any(
        _SETTLING.match(" ".join(later[i : i + 2])) and (i or not later[0].lower().startswith("тұр"))
        for i in range(len(later))
    ):
        return True  # Тараздан Қарағандыға барып, көпір құрылысында еңбек етіпті: a move
    if prev in PURPOSEFUL:
        return auxiliary  # Қазақстанға арнайы келіп: a purposeful trip
    if later and later[0].lower().startswith(ROUND_TRIP) and m.group().lower() in ("барып", "келіп"):
        return not goal or auxiliary  # Петербургке барып қайтады: a round trip
    return not (visitor and goal) or auxiliary


# after ``келген``: a word that makes it a finite past (``келген еді``), not a participle before a noun
_FINITE_AFTER = ("еді", "болатын", "екен", "ғой")
# a time noun after it: the arrival itself (``Қарағандыға келген бетте``, ``келген сапарында``)
_TIME_AFTER = ("бетте", "бетінде", "кезде", "кезінде", "сапарында", "сәтте")


def _attributive(m: re.Match[str], later: list[str]) -> bool:
    """m: a motion verb; later (list[str]): the sentence's words after it -> True for ``келген`` before a word of
    its clause, a participle that names who came (session 21: in the ninety-two read news parts 13 such, 2 of them
    visits in the gold; ``келген.`` and ``келген еді`` closing a clause stay)."""
    if m.group().lower() != "келген" or not later or _clause_ends(m.string, m.end()):
        return False
    return later[0].lower().strip(".,!?;:") not in _FINITE_AFTER + _TIME_AFTER


def _named_after(m: re.Match[str], ents: Sequence[Entity]) -> bool:
    """m: a motion verb -> True if a person or a post is named right after it (``арнайы келген Вячеслав Зайцев``)."""
    return any(e.label in ("PERSON", "POSITION") and 0 <= e.start - m.end() <= 1 for e in ents)


_CLAUSE_END = re.compile(r"[ \t]*[.,!?;:)»\"]")


def _clause_ends(text: str, at: int) -> bool:
    """text; at (int) -> True if a clause ends right after ``at`` (punctuation before the next word)."""
    return _CLAUSE_END.match(text, at) is not None


def toured(sent: Sentence, m: re.Match[str], ents: Sequence[Entity]) -> bool:
    """sent (Sentence); m (re.Match): ``арала-``; ents (Sequence[Entity]) -> True if a GPE/LOCATION entity in
    the accusative stands right before it (``Маңғыстаулық өнерпаздар Еуропаны аралап``)."""
    return any(
        e.label in ("GPE", "LOCATION")
        and sent.start <= e.start
        and 0 <= m.start() - e.end <= 1
        and e.text.lower().endswith(_ACCUSATIVE_ENDINGS)
        for e in ents
    )


_GOES = re.compile(r"(?<![^\s])(?:барды|барып|келді|келіп|болды|болып)(?![^\s.,;:!?])", re.I)
_HOUSES = ("үй", "пәтер")  # үй-үйді аралап, пәтерлерді аралап: going door to door, no visit


def toured_sites(
    text: str, sent: Sentence, m: re.Match[str], words: list[str], ents: Sequence[Entity]
) -> bool:
    """sent; m (re.Match): ``арала-``; words: the sentence before it; ents -> True when someone tours sites
    (``бірқатар нысандарды аралады``, ``шойын құю зауытын аралап көрді``) or the tour is named back (``Аралау
    барысында``): the news annotators read these as visits, 19 of 23 in the read parts (session 14; the earlier
    KazNERD parts of facts_dev did not), but not going door to door (``үй-үйді аралап``)."""
    if any(w.lower().strip(",").startswith(_HOUSES) for w in words[-3:]):
        return False
    if m.group().lower().startswith("аралау"):
        # the tour named back, unless a visit verb of its own follows (Аралау барысында ... барды: one visit)
        return _GOES.search(text, m.end(), sent.end) is None
    return _visitor(text, sent, m, words, ents)


def _visitor(text: str, sent: Sentence, m: re.Match[str], words: list[str], ents: Sequence[Entity]) -> bool:
    """Someone who goes: a PERSON/POSITION entity or a plural NORP one, a personal pronoun or a visitor noun
    before the verb or right after it, or a first or second person ending on the verb or the word after it
    (``келіп отырмын``)."""
    if any(sent.start <= e.start < sent.end and e.label in ("PERSON", "POSITION") for e in ents):
        return True
    if any(sent.start <= e.start < sent.end and e.label == "NORP" and _PLURAL.search(e.text) for e in ents):
        return True  # қазақстандықтар ... учаскелеріне барып
    nxt = text[m.end() : sent.end].split()[:1]
    if _PERSONAL.search(m.group()) or (nxt and _PERSONAL.search(nxt[0].strip(".,!?"))):
        return True
    low = [w.lower().strip(",.") for w in words + nxt]  # the noun a participle modifies: келген азаматтардың
    if any(w in VISITOR_PRONOUNS for w in low) or any(w.startswith(VISITORS) for w in low):
        return True
    return any(
        POST_WORD.fullmatch(w.strip(",")) and strip_case(w.strip(",")) == w.strip(",") for w in words
    )  # қала әкімі ... барды: a post in the nominative NER left untagged (session 12)


def _name_before(words: list[str], i: int) -> bool:
    """words; i (int): a word's index -> True if a short capitalized name in quote marks closes one or two words
    before it (``«ЖК Жанегизов» шаруа қожалығына``; not a quoted clause: ``«... көшірме» деген қорытындыға``)."""
    for k in range(max(0, i - 2), i):
        if words[k].endswith("»"):
            opening = next((j for j in range(k, max(-1, k - 4), -1) if words[j].startswith("«")), None)
            return opening is not None and words[opening][1:2].isupper()
    return False


# someone's home as a visit's goal, after its owner in the genitive: ``ардагердің үйіне барды``, ``үш майдангердің
# шаңырақтарына барып`` (session 25, news-test183: officials' home visits to veterans); not ``үйіне барды`` 'went
# home', nor ``өз үйіне``
_HOMES = re.compile("(?:үй|үйлер|шаңырақ|шаңырағ|шаңырақтар)(?:іне|ына|не|на)")


def _home(words: list[str], i: int) -> bool:
    """words; i (int) -> True if words[i] is a home in the dative owned by the genitive word before it."""
    owner = words[i - 1].lower()
    return (
        bool(_HOMES.fullmatch(words[i].lower().strip(",")))
        and owner.endswith(GENITIVE)
        and not owner.startswith("өз")
    )


def _goal(word: str, named: bool = False) -> bool:
    """A word that can be where a visitor goes: a capitalized name or a place noun, in the dative; ``named``:
    any noun in the dative, the head of a name in quote marks before it."""
    w = word.strip(",")
    if not (w.lower().endswith(DATIVE) and len(w) > 4):
        return False
    return named or w[0].isupper() or strip_case(w.lower()).startswith(_PLACE_STEMS)


_HOW_OFTEN = frozenset({"сирек", "жиі", "көп", "кейде", "жиірек", "жиі-жиі", "үнемі"})


def occurs(text: str, sent: Sentence, m: re.Match[str], words: list[str], ents: Sequence[Entity]) -> bool:
    """text (str); sent (Sentence); m (re.Match): a trigger of ``met``; words (list[str]): the sentence before it;
    ents (Sequence[Entity]) -> True if a verb form of ``кездес-`` has no one to meet: no partner in ``-мен``, no
    person, post, organization, group or nominative country, no personal pronoun or ending, no progressive
    ``отыр`` after it; then it is 'occur, be found' (Wikipedia: ``Бұл атау көне түркі жазбаларында кездескен``)."""
    word = m.group().lower()
    if not word.startswith("кездес") or word.startswith("кездесу"):
        return False
    nxt = text[m.end() : sent.end].split()[:1]
    low = [w.lower().strip(",.;:!?«»()") for w in words]
    if (low and low[-1] in _HOW_OFTEN) or (nxt and nxt[0].lower().strip(".,!?") in ("жатады", "тұрады")):
        return True  # ... сирек кездеседі, өрт оқиғалары кездесіп жатады: 'occurs (often, rarely)' (session 26: 4 of 4
        # such verbs in the forty read news parts no meeting)
    if any(len(w) > 4 and w.endswith(("мен", "пен", "бен")) for w in low) or any(
        w in VISITOR_PRONOUNS for w in low
    ):
        return False
    if _PERSONAL.search(word) or (
        nxt and (nxt[0].lower().startswith("отыр") or _PERSONAL.search(nxt[0].strip(".,!?")))
    ):
        return False
    return not any(
        sent.start <= e.start < sent.end
        and (
            e.label in ("PERSON", "POSITION", "ORGANISATION", "NORP")
            or (e.label == "GPE" and e.text == strip_case(e.text))
        )
        for e in ents
    )


def stayed(text: str, sent: Sentence, m: re.Match[str], words: list[str], ents: Sequence[Entity]) -> bool:
    """text (str); sent (Sentence); m (re.Match): ``болды``, ``болып`` or ``болып қайт-``; words (list[str]): the
    sentence before it; ents (Sequence[Entity]) -> True if it reports a visit: a visitor and, right before, a
    named place in the locative (any locative before ``болып қайт-``): ``Помпео ... бүгін Украинада болды``."""
    word = m.group().lower()
    prev = words[-1].strip(",.;:") if words else ""
    if not (prev.lower().endswith(LOCATIVE) and len(prev) > 4):
        return False
    nxt = text[m.end() : sent.end].split()[:1]
    if " " not in word and nxt and nxt[0].lower().startswith(STAY_NOT_BEFORE):
        return False  # Ақордада болып өткен: a compound verb
    start = sent.start + len(" ".join(words[:-1]))
    named = prev[0].isupper() or any(
        e.label in ("GPE", "LOCATION", "FACILITY")
        and e.start <= m.start() - 2 < e.end
        and e.start >= start - 1
        for e in ents
    )
    # a kind of place after its name: ``Арал ауданында болды``, ``Татан ауылында болып`` (session 18)
    named = named or (
        len(words) > 1 and words[-2][:1].isupper() and strip_case(prev.lower()).startswith(_PLACE_STEMS)
    )
    # a home, a family or an institution in the locative needs no name (``Балалар үйінде болып``, ``... отбасында
    # болып, ... құттықтап``, ``оңалту орталығында болды``; session 26: 5 of 6 such stays with a visitor in the forty
    # read news parts and facts_dev marked)
    named = named or strip_case(prev.lower()).startswith(HOSTS)
    return (named or " " in word) and _visitor(text, sent, m, words, ents)
