"""Entities as the fact stages see them: base forms, fallbacks when NER or morphology is missing.

When the ``ner`` stage has filled ``Analysis.entities`` these are used as they
are (with ``Entity.normal``); otherwise :func:`entities` falls back to post words
from the lexicon and capitalized name sequences with a surname ending, so the
fact stages still run (less well) on a pipeline without NER.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from functools import lru_cache

from ..doc import Entity, Mention, Span
from ..ner.places import NAMES as PLACE_NAMES
from . import grammar as g
from .data.posts import CHIEF_MODIFIERS, CHIEF_ONLY, COMPOUND_HEADS, POST_MODIFIERS, POSTS
from .span_index import SpanIndex

# Case endings stripped for a base form when no ``normal`` is given (longest first).
CASE_ENDINGS = (
    "ндағы", "ндегі", "дағы", "дегі", "тағы", "тегі", "ның", "нің", "дың", "дің", "тың", "тің",
    "нда", "нде", "нан", "нен", "дан", "ден", "тан", "тен", "мен", "бен", "пен",
    "ға", "ге", "қа", "ке", "на", "не", "ны", "ні", "ды", "ді", "ты", "ті", "да", "де", "та", "те", "ға",
)  # fmt: skip
_AFTER_POSSESSIVE = "ыіуюаеоөәұүяи"  # н-endings follow a vowel: Республикасына, Алматыға (not Астана)
POSSESSIVE = ("сы", "сі", "ы", "і")
_VOWELS = "аәеёоөұүыіэя"  # у, ю, и end in a glide: Жетісуды
# endings that follow a consonant only (after a vowel: -ны, -ның, -да): a vowel before them belongs to the stem
_AFTER_CONSONANT = (
    "ды",
    "ді",
    "ты",
    "ті",
    "дың",
    "дің",
    "тың",
    "тің",
    "та",
    "те",
    "тан",
    "тен",
    "тағы",
    "тегі",
)


# consonants a case ending in т- follows: the voiceless ones, and б, в, г, д (``Тоқаевтың``)
_BEFORE_T = "пфктсшщхцчқһбвгд"


def strip_case(word: str) -> str:
    """word (str): ``Тоқаевтың`` -> ``Тоқаев``; ``ҚХР-дың`` -> ``ҚХР``; unchanged if no ending."""
    if "-" in word:
        head, _, tail = word.rpartition("-")
        if tail.lower() in CASE_ENDINGS or tail.lower() in (
            "ге",
            "ға",
            "ның",
            "нің",
            "дің",
            "дың",
            "тың",
            "тің",
        ):
            return head
    low = word.lower()
    for end in CASE_ENDINGS:
        if low.endswith(end) and len(word) - len(end) >= 3:
            rest = low[: -len(end)]
            if end in ("ның", "нің") and rest[-1] not in _AFTER_POSSESSIVE + "мнң":
                continue
            if end[0] == "н" and end not in ("ның", "нің") and rest[-1] not in "ыі":
                continue
            if end in _AFTER_CONSONANT and rest[-1] in _VOWELS:
                continue  # қызметі is қызмет + і: the accusative would be қызметті
            if end[0] == "т" and rest[-1] not in _BEFORE_T:
                continue  # департаменті is департамент + і: after н the accusative is -ді (session 16)
            return word[: -len(end)]
    return word


def base_form(text: str) -> str:
    """text (str): a name or phrase -> its last word without case ending (a fallback for ``normal``)."""
    head, sep, last = text.rpartition(" ")
    return head + sep + strip_case(last)


def strip_possessive(word: str) -> str:
    """word (str): ``Елшісі`` -> ``Елші``, ``министрі`` -> ``министр``, ``Төрағасы`` -> ``Төраға``."""
    low = word.lower()
    for end in POSSESSIVE:
        if low.endswith(end) and len(word) - len(end) >= 3:
            return word[: -len(end)]
    return word


def mention(e: Entity | tuple[int, int, str], text: str | None = None) -> Mention:
    """e (Entity | tuple): an entity or (start, end, text) -> a Mention with a base form."""
    if isinstance(e, Entity):
        return Mention(e.start, e.end, e.text, e.normal or base_form(e.text))
    start, end, t = e
    return Mention(start, end, t, base_form(t))


POST_STEMS = sorted((p for p, _ in POSTS), key=len, reverse=True)
# A post word: a stem and an ending, not a derived noun (консулдығы 'consulate', министрлік 'ministry').
# not a body named by the post: министрлігі, төрағалығы, әкімшілігі 'administration' (-шылық/-шілік)
_POST_WORD = f"(?:{g.alt(POST_STEMS)})(?!(?:д|л|т)(?:ық|ығ|ік|іг)|ш(?:ылы|ілі)[қғкг])[{g.LOWER}]*"
_MOD = f"(?:{g.alt(POST_MODIFIERS)})"
# вице-президенті: the deputy's post, not the president's (session 22: news-test120, 127; roles.post_normal too)
VICE = "вице-"
_VICE = f"(?:{VICE})?"
# a chief's or senior's trade (``бас дәрігері``, ``аға ғылыми қызметкері``; session 23)
_CHIEF = f"(?:бас|аға)[ \\t]+(?:{g.alt(CHIEF_MODIFIERS)}[ \\t]+)*(?:{g.alt(s for s, _ in CHIEF_ONLY)})[{g.LOWER}-]*"
# the acting holder's mark after a post (``директорының м.а.``, ``басшысының м.у.а.``: міндетін (уақытша) атқарушы;
# session 23: 4 of 4 in the 112 read news parts are gold posts)
ACTING = r"м\.[ \t]?(?:у\.[ \t]?)?а\.?"
_ACTING = f"(?:[ \\t]+{ACTING})?"
# one post: its modifiers and compound head, a deputy's ``вице-``, the post word; or a chief's trade
_ONE_POST = f"(?:(?:(?:{g.alt(c for c, _ in COMPOUND_HEADS)}|{_MOD})[ \\t]+)*{_VICE}{_POST_WORD}|{_CHIEF})"
POST_WORD = re.compile(g.B + f"{_ONE_POST}{_ACTING}" + g.E, re.I)
# a post, maybe chained with dashes (``Басқарма Төрағасы – Ректоры``)
POST = re.compile(g.B + f"{_ONE_POST}(?:[ \\t]+[–—-][ \\t]+{_POST_WORD})*{_ACTING}" + g.E, re.I)
_NAME_WORD = f"[{g.alphabet_upper()}][{g.LOWER}]+(?:-[{g.alphabet_upper()}][{g.LOWER}]+)?"
_SURNAME = "(?:ов|ев|ова|ева|ин|ина|ұлы|қызы|бек|баев|баева|енко|ский|ская)"
_PERSON_RE = re.compile(
    g.B
    + f"{_NAME_WORD}(?:[ \\t]+{_NAME_WORD}){{0,2}}[ \\t]+[{g.alphabet_upper()}][{g.LOWER}]*{_SURNAME}[{g.LOWER}]{{0,4}}"
    + g.E
)


def fallback_entities(text: str) -> list[Entity]:
    """text (str): text without NER -> crude PERSON (name + surname ending) and POSITION (post lexicon) entities."""
    out = [Entity(m.start(), m.end(), m.group(), "POSITION", "") for m in POST.finditer(text)]
    for m in _PERSON_RE.finditer(text):
        start = m.start()
        for word in m.group().split()[:-1]:  # drop leading posts and inflected (genitive) words
            if POST.fullmatch(word) or strip_case(word) != word or word.lower().startswith("республика"):
                start += len(word) + 1
            else:
                break
        if start < m.end():
            out.append(Entity(start, m.end(), text[start : m.end()], "PERSON", ""))
    return sorted(out, key=lambda e: e.start)


_TITLED_NAME = re.compile(
    f"[ \\t]+((?:[{g.alphabet_upper()}][{g.LETTER}]*(?:-[{g.alphabet_upper()}][{g.LETTER}]*)?[ \\t]*){{1,3}})"
)


# A capitalized plural post word is part of a name: ``Халық Комиссарлар Кеңесі`` titles no one.
NAME_PLURAL = re.compile(f"(?:^|[ \t])[{g.alphabet_upper()}][{g.LOWER}]*{g.alt(g.PLURAL)}(?:ы|і)?$")


# A POSITION entity ending in an abbreviation is a state's name NER misread (``[Қазақ АКСР]POSITION``).
_ABBREVIATED = re.compile(f"(?:^|[ \t])[{g.alphabet_upper()}]{{2,6}}$")


def _common_word(word: str) -> bool:
    """word (str) -> True for a capitalized adjective, verb form or plural noun opening no name (``Президент Ұлттық
    құрылтай туралы ...``: session 7, real news pages; ``Люй``, ``Асқар`` are proper nouns)."""
    from ..morph.analyzer import analyze

    top = analyze(word)[0]
    if top.upos == "NOUN" and word.lower() in {top.lemma + p for p in g.PLURAL}:
        return True  # Мемлекет басшысы Көшпенділер ойындарының ...: a common noun in the plural (session 17)
    return top.upos in ("ADJ", "VERB")


def titled_persons(text: str, ents: Sequence[Entity]) -> list[Entity]:
    """text (str); ents (Sequence[Entity]): NER entities -> PERSON entities for names NER missed right after a post.

    ``... міндетін атқарушы Люй И Қазақстан ...``: the capitalized words after a post,
    up to the next entity or lower-case word, are taken as the person's name.
    """
    posts = [(e.start, e.end) for e in ents if e.label == "POSITION" and not _ABBREVIATED.search(e.text)]
    named = SpanIndex([Span(a, b, "") for a, b in posts])
    posts += [
        (m.start(), m.end())
        for m in POST.finditer(text)
        if all(m.end() <= x.start or m.start() >= x.end for x in named.overlapping(m.start(), m.end()))
        and not NAME_PLURAL.search(m.group())
    ]
    index = SpanIndex(ents)
    out = []
    for _, end in posts:
        m = _TITLED_NAME.match(text, end)
        if not m:
            continue
        start, stop = m.start(1), m.end(1)
        for e in index.overlapping(start, stop):  # stop at the next entity
            if start <= e.start < stop:
                stop = e.start
        name = text[start:stop].rstrip()
        words = name.split()
        if not words or any(start < e.end for e in index.overlapping(start, start + len(name))):
            continue
        if (
            any(POST.fullmatch(w) or strip_case(w) != w for w in words)
            or re.fullmatch(g.ROMAN, name)  # президентін І дәрежелі орденімен: a degree (session 13)
            or text[start + len(name) : start + len(name) + 1] == "-"
            or _common_word(words[0])
        ):
            continue
        out.append(Entity(start, start + len(name), name, "PERSON", ""))
    return out


def entities(work) -> list[Entity]:
    """work (Analysis): the NER entities (plus names after posts that NER missed), or fallback ones without NER."""
    if not work.entities:
        return fallback_entities(work.text)
    ents = completed_persons(
        work.text, cased_persons(work.text, verbless(work.text, work.entities, work.tokens))
    )
    return sorted([*ents, *titled_persons(work.text, ents)], key=lambda e: e.start)


# ``Ж.Тәшенов атындағы №23 IT лицейі`` 'the lyceum named after Zh. Tashenov': a name inside another name
NAMED_AFTER = re.compile(r"[ \t]+атында", re.I)


def speaking(text: str, ents: Sequence[Entity]) -> list[Entity]:
    """text (str); ents -> the entities that may speak: not a PERSON alone in quote marks, which names a thing
    (``«Сырым» өткізу бекеті``: NER's person; session 31, news-test267), nor one a school, street or prize is
    named after (``Ж.Тәшенов атындағы лицей``; session 33: 5 wrong speakers in the read news parts, none right)."""
    return [
        e
        for e in ents
        if not (
            e.label == "PERSON"
            and (
                (e.start > 0 and text[e.start - 1] in '«"“' and text[e.end : e.end + 1] in ("»", '"', "”"))
                or NAMED_AFTER.match(text, e.end)
            )
        )
    ]


# a finite verb of the third person (past or present), which no name holds: таныстырды, өтті, қатысады
_FINITE = re.compile("(?:ды|ді|ты|ті|ады|еді|йды|йді)$", re.I)


def verbless(text: str, ents: Sequence[Entity], tokens: Sequence) -> list[Entity]:
    """text (str); ents (Sequence[Entity]); tokens: with parts of speech -> the entities without the finite verbs
    NER ran them into (session 9, real news: ``[ӨТТІ]ORGANISATION`` in a headline in capitals; ``[Қазақстанның
    еңбек сіңірген қайраткері Еркін Жуасбек бірқатар жұмыстарымен таныстырды]POSITION``). A span that opens
    with one goes; a post, organization or person is cut before it, a post back to its last post word (the
    name after it is then taken by :func:`titled_persons`)."""
    verbs = [t for t in tokens if t.pos in ("VERB", "AUX") and _FINITE.search(t.text)]
    if not verbs:
        return list(ents)
    starts = [t.start for t in verbs]  # tokens come in text order: one binary search per entity
    out = []
    for e in ents:
        i = bisect_left(starts, e.start)
        first = verbs[i] if i < len(verbs) and verbs[i].end <= e.end else None
        if first is None or e.label not in ("POSITION", "ORGANISATION", "PERSON"):
            out.append(e)
            continue
        stop = len(text[: first.start].rstrip())
        if e.label == "POSITION":
            last = None
            for m in POST.finditer(text, e.start, stop):
                last = m
            stop = last.end() if last is not None else e.start
        if stop > e.start:
            out.append(Entity(e.start, stop, text[e.start : stop], e.label, ""))
    return out


# lowercase words a person's name holds: patronymics, titles of pilgrims and elders, Arabic and European particles
NAME_PARTICLES = frozenset(
    {"ұлы", "қызы", "қажы", "бен", "ибн", "әл", "ад", "де", "ван", "фон", "дер", "ле", "ла", "ата", "апа", "би", "батыр"}
)  # fmt: skip


def cased_persons(text: str, ents: Sequence[Entity]) -> list[Entity]:
    """text (str); ents (Sequence[Entity]) -> the entities with a PERSON's lowercase words cut off its edges, save a
    name's own particles (session 23: ``[Шайхы-Ислам халық арасында]PERSON`` -> ``Шайхы-Ислам``, ``[үздігі Шалқар
    Рысханов]PERSON`` -> ``Шалқар Рысханов``; 102 of the 7,547 PERSON spans in the news pages hold a lowercase word)."""
    out = []
    for e in ents:
        words = list(re.finditer(r"\S+", e.text))
        if e.label != "PERSON" or len(words) < 2 or e.text.islower():
            out.append(e)
            continue
        # a word with no capital letter (``арасында``, ``-``, ``90-нан``), not a glued ``әОльга``
        lower = [not any(ch.isupper() for ch in w.group()) and w.group() not in NAME_PARTICLES for w in words]
        first = next((i for i, low in enumerate(lower) if not low), None)
        last = next((i for i in range(len(words) - 1, -1, -1) if not lower[i]), None)
        if first is None or last is None or (first == 0 and last == len(words) - 1):
            out.append(e)
            continue
        start, end = e.start + words[first].start(), e.start + words[last].end()
        out.append(Entity(start, end, text[start:end], e.label, ""))
    return out


_SHORT_NAME = re.compile(f"[ \\t]+([{g.alphabet_upper()}][{g.LOWER}]{{0,2}})(?![{g.LETTER}-])")


def completed_persons(text: str, ents: Sequence[Entity]) -> list[Entity]:
    """text (str); ents (Sequence[Entity]) -> the entities, a PERSON followed by a short capitalized
    word outside any entity extended over it (NER cut ``[Люй]PERSON И``: one-syllable given names), a
    PERSON of three words or more ending in a place name (derek.ner.places) cut before it."""
    out = []
    index = SpanIndex(ents)
    for e in ents:
        words = e.text.split()
        if e.label == "PERSON" and len(words) >= 3 and strip_case(words[-1]) in PLACE_NAMES:
            cut = e.start + len(e.text) - len(words[-1]) - 1  # [Ван Цзяньвэй Қытай]PERSON мен: a country
            e = Entity(e.start, cut, text[e.start : cut].rstrip(), e.label, "")
        m = _SHORT_NAME.match(text, e.end) if e.label == "PERSON" else None
        if m and not any(m.start(1) < x.end for x in index.overlapping(m.start(1), m.end())):
            e = Entity(e.start, m.end(), text[e.start : m.end()], e.label, "")
        out.append(e)
    return out


def within(ents: Sequence[Entity], start: int, end: int, labels: Sequence[str]) -> list[Entity]:
    """ents (Sequence[Entity]): entities; start, end (int): a span; labels: wanted labels -> those inside."""
    return [e for e in ents if e.label in labels and start <= e.start and e.end <= end]


def is_nominative(e: Entity) -> bool:
    """e (Entity): True if the name carries no case ending (a subject can be); trusts ``normal`` when set."""
    if e.normal:
        return e.normal == e.text
    last = e.text.rsplit(" ", 1)[-1]
    return strip_case(last) == last


def uncapped(name: str) -> str:
    """name (str) -> its words set in capitals as TV sites and papers print surnames given capitalized
    (``Аян НЫСАНАЛИН`` -> ``Аян Нысаналин``)."""
    return " ".join(w.capitalize() if w.isupper() and len(w) > 1 else w for w in name.split())


@lru_cache(maxsize=100_000)
def bare_noun(word: str) -> str:
    """word (str) -> without its case and its possessive (``министрі`` -> ``министр``, ``басшысы`` -> ``басшы``),
    so that ``премьер-министрі`` and ``премьер-министр`` name one office."""
    # президенті: the possessive, not the accusative -ті strip_case would read (session 14)
    for ending in POSSESSIVE:
        stem = word[: -len(ending)]
        if (
            word.lower().endswith(ending)
            and len(stem) >= 4
            and POST_WORD.fullmatch(stem)
            and POST_WORD.fullmatch(word)
        ):
            if (stem[-1:].lower() not in _VOWELS or ending.startswith("с")) and stem[-1:] != stem[-2:-1]:
                return stem  # not президентті, the accusative
    base = strip_case(word)
    for ending in POSSESSIVE:
        if base.endswith(ending) and len(base) - len(ending) >= 4:
            return base[: -len(ending)]
    return base
