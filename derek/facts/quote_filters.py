"""Filters of the quote stage: what looks like speech and is not (names, titles, thoughts, lists).

Encyclopedic prose names things with the words of speech: ``X деп аталады``, ``оны ... цитоплазма дейді``,
``«Жастық шақ» хор сюитасын жазды``, ``өкілдері: «...», т.б.``. These patterns, shared by ``quotes.py``,
tell such cases from quotes.
"""

from __future__ import annotations

import re

from ..alphabet import CYRILLIC_UPPER
from ..doc import Mention
from . import grammar as g
from .data.speech_verbs import (
    ADVERBS,
    COMPLEMENTS,
    LONG_BODY_HEADS,
    MEDIA_NOUNS,
    PARTICLES,
    SITE_NOUNS,
    SOURCE_BODIES,
    THOUGHT_VERBS,
)
from .speakers import Speakers

# ``деп`` + a verb outside the lexicon cues a dash quote, unless it is a verb of thinking or wishing.
DEP_VERB = re.compile(f"деп[ \\t]+(?!(?:{g.alt(v for v, _ in THOUGHT_VERBS)}))[{g.LOWER}]+", re.I)
# After a closing », a list goes on: ``», «...``, ``», т.б.``, ``», немесе «...``.
LISTED = re.compile(r"[ \t]*,[ \t]*(?:«|т\.[ \t]?б\.|(?:және|немесе)[ \t]+«)")
PREDICATES = ("бар", "жоқ", "керек", "мүмкін", "емес", "тиіс", "қажет")  # words that close a clause
# Words that may stand between a closing » and its cue: ``«...» деп тағы айтты``, ``«...» деп те жазды``.
GAP_WORDS = frozenset(("деп", *COMPLEMENTS, *PARTICLES, *ADVERBS, "ғой", "деген", "дегенді", "—", "–", ","))
# An auxiliary participle with a plural or case ending after a converb cue makes it a noun phrase.
NOMINAL_AUX = re.compile(
    "[ \t]+(?:жатқан|отырған|жүрген|тұрған)(?:дар|дер|ды|ді|ға|ге|да|де|дың|дің|ның|нің)", re.I
)
PASSIVE = re.compile("(?:айтыл|делін)", re.I)  # passive speech verbs: 'is said, is called'
# endings of a verb in the first or second person (``деймін``, ``дедік``, ``дейсіз``): no third person speaks
PERSONAL = ("м", "мін", "мын", "ік", "ық", "міз", "мыз", "сің", "сың", "сіз", "сыз")


def match_mention(m: re.Match[str] | None) -> Mention | None:
    """m (Match | None): a regex match -> a Mention of it (lower-case normal), or None."""
    return Mention(m.start(), m.end(), m.group(), m.group().lower()) if m else None


def names(text: str, start: int, cue_start: int, who: Speakers) -> bool:
    """text (str); start, cue_start (int): the sentence start and the cue; who (Speakers) -> True if the clause
    names a thing. A finite ``де`` after a noun, with an object in the accusative before it and no verb in its clause, names
    a thing (``оны ғылыми тілде цитоплазма дейді``, ``бөліктерін - «ген» (грекше ...) дейді``): no one speaks."""
    head = re.sub(r"[ \t]*\([^()]*\)[ \t]*$", "", text[start:cue_start].rstrip())  # a gloss in brackets
    head_end = start + len(head)
    start = max(start, text.rfind(",", start, head_end) + 1)  # the clause of the cue
    words = [(start + w.start(), w.group()) for w in re.finditer(f"[{g.LETTER}-]+", text[start:head_end])]
    if len(words) < 2 or who.pos.get(words[-1][0]) not in ("NOUN", "PROPN", "ADJ"):
        return False
    if any(who.pos.get(at) in ("VERB", "AUX") for at, _ in words):
        return False
    if words[-1][1].lower() in PREDICATES:
        return False  # ... екі серті бар дейді: 'there are', a statement
    return any(
        who.pos.get(at) in ("NOUN", "PRON") and _accusative(w, who.lemma.get(at, "")) for at, w in words[:-1]
    )


def _accusative(word: str, lemma: str) -> bool:
    """word (str), lemma (str) -> True for an accusative ending after the lemma (``адамды``, ``бөліктерін``,
    ``оны``), not a possessive that looks like one (``серті``) nor an ablative (``бізден``)."""
    low = word.lower()
    if low in ("оны", "мұны", "бұны", "соны", "осыны", "мені", "сені", "бізді", "сізді", "оларды"):
        return True
    if not lemma or not low.startswith(lemma):
        return False
    rest = low[len(lemma) :]
    return rest in g.ACCUSATIVE or (len(rest) >= 2 and rest.endswith("н") and not rest.endswith(("ан", "ен")))


_LATIN_FIRST = re.compile(r"[«\"]?[A-Za-z]")
_BODY = re.compile(f"[ \t](?:{g.alt(b for b, _ in SOURCE_BODIES)})[{g.LOWER}]*$", re.I)
_MEDIA = re.compile(f"(?:{g.alt(n for n, _ in MEDIA_NOUNS)})[{g.LOWER}]*$", re.I)


def free(taken: list[tuple[int, int]], start: int, end: int) -> bool:
    """taken: spans other quotes hold; start, end (int) -> True if [start, end) overlaps none of them."""
    return all(end <= s or start >= e for s, e in taken)


def body_after(rest: str) -> bool:
    """rest (str): the words after a name -> True if they are at most three lowercase words ending in a body
    noun (data/speech_verbs.SOURCE_BODIES): ``Kazakh Tourism`` + `` ұлттық компаниясы``."""
    words = rest.split()
    return 1 <= len(words) <= 3 and all(w[:1].islower() for w in words) and _BODY.search(rest) is not None


# Session 24: a body named in lowercase words after the verb, longer than a plain subject (``..., деп хабарлады
# еңбек және халықты әлеуметтік қорғау министрлігі.``, ``деп хабарлайды ұлттық киноны қолдау мемлекеттік
# орталығының баспасөз қызметі``): six to eight words with no verb, closed by a body's head in the nominative
_LONG_BODY = re.compile(
    rf"[{g.LOWER}{CYRILLIC_UPPER}][^\s,;:«»—–.!?]*(?:[ \t]+[^\s,;:«»—–.!?]+){{4,6}}[ \t]+"
    rf"(?:{g.alt(LONG_BODY_HEADS)})[{g.LOWER}]*?(?:і|ы)",
)


def long_body(text: str, start: int, end: int, who: Speakers) -> Mention | None:
    """text (str); start, end (int): the words after a speech verb up to the sentence end; who (Speakers): for the
    words' parts of speech -> the body those words name whole (``еңбек және халықты әлеуметтік қорғау министрлігі``),
    or None."""
    at = start + len(text[start:end]) - len(text[start:end].lstrip())
    stop = at + len(text[at:end].rstrip(" \t.!?…\n"))
    found = _LONG_BODY.fullmatch(text, at, stop)
    if found is None or who.has_verb(at, stop) or any(_MEDIA.search(w) for w in found.group().split()):
        return None
    return Mention(at, stop, text[at:stop], text[at:stop])


_DOMAIN = re.compile(r"[\w-]+\.(?:kz|com|ru|org|net|info|tv|su)(?!\w)", re.I)
# the address maybe in the genitive: ``Inform.kz-тің жазуынша`` (session 18)
_DOMAIN_LAST = re.compile(
    "(?P<address>" + _DOMAIN.pattern + r")(?:-?(?:тің|тың|нің|ның|дің|дың))?[ \t]*$", re.I
)


def address_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """text (str); start, end (int) -> the span of the web address that ends [start, end) (``Polisia.kz жазуынша``),
    or None."""
    m = _DOMAIN_LAST.search(text, start, end)
    return m.span("address") if m else None


def credit_after(text: str, at: int, end: int) -> bool:
    """text (str); at, end (int): the words after a speech verb -> True if an outlet opens them: a web address
    or a media noun among the first three words, or a name in quote marks that ends the sentence (``деп хабарлайды tobyl-torgai.kz тілшісі ... сілтеме жасап``),
    however long the credit runs (session 9, news-test11)."""
    words = text[at:end].split()[:3]
    if _LATIN_CREDIT.fullmatch(text, at, end):
        return True  # ... берілді, деп хабарлайды 24KZ. (session 14, news-test47)
    if _QUOTED_CREDIT.fullmatch(text, at, end):
        return (
            True  # - деп хабарлайды "Ұлт ақпарат".: a name in quote marks closing the sentence (session 10)
        )
    # a handle (``@Pavlodarnews.kz``) is the outlet too (session 22: 5 of 5 no quote in the read news parts)
    return any(_DOMAIN.fullmatch(w.strip('.,;:«»"@')) or _MEDIA.search(w.strip('.,;:«»"')) for w in words)


# An outlet's credit that names the body it took the story from (session 22): ``..., деп хабарлайды Inbusiness.kz
# Ұлттық статистика бюросына сілтеме жасап`` 'reports Inbusiness.kz, citing the National Statistics Bureau'. The
# outlet: words with Latin letters (``BAQ.KZ``, ``“ZhambylNews” AA``), a name in quote marks (``«Тілші»``) or a
# Cyrillic name before a media noun (``ҚазАқпарат тілшісі``), each with an optional media noun and ``тілшісі``.
_PRESS_NOUN = r"(?:(?:ақпарат(?:тық)?|интернет|ұлттық)[ \t-]+)?(?:порталы|агенттігі|сайты|басылымы|газеті|телеарнасы|тілшісі)"
_CREDITOR = (
    rf"(?:(?:\S*[A-Za-z]\S*[ \t]+){{1,3}}|[«\"“][^«»\"“”\n]{{2,40}}[»\"”][ \t]+|[{CYRILLIC_UPPER}]\S*[ \t]+(?={_PRESS_NOUN})"
    # an agency by its Cyrillic name alone (session 34: ``ҚазАқпарат БЖЗҚ баспасөз қызметіне сілтеме жасап``)
    rf"|(?=[{CYRILLIC_UPPER}])\S*(?:[Ққ]аз[Аа]қпарат|-[Аа]қпарат|\.кз)\S*[ \t]+)"
    rf"(?:{_PRESS_NOUN}[ \t]+){{0,2}}"
)
_CITED = re.compile(
    rf"[ \t]+(?:{_CREDITOR}|тілшісі[ \t]+)(?P<cited>[^,.;:\n]{{2,120}}?)-?(?:не|на|ке|қа|ге|ға|а|е)[ \t]+сілтеме[ \t]+жаса"
)
# a body's site after its name: ``ресми сайты``, ``ақпараттық ресурсы`` (data/speech_verbs.SITE_NOUNS)
_SITE_WORDS = (
    rf"(?:[ \t]+(?:ресми|ақпараттық|интернет))*[ \t]+(?:{g.alt(n for n, _ in SITE_NOUNS)})[{g.LOWER}]*"
)
_SITE = re.compile(f"{_SITE_WORDS}$", re.I)
_GENITIVE_END = re.compile(f"{g.alt(g.GENITIVE)}$")


def cited_body(text: str, at: int, end: int) -> Mention | None:
    """text (str); at, end (int): the words after a speech verb up to the sentence end -> the body an outlet's
    credit cites, as the speaker (``деп хабарлайды BAQ.KZ АШМ баспасөз қызметіне сілтеме жасап``: ``АШМ
    баспасөз қызметі``; a body's site speaks for it: ``Алматы әкімдігінің сайтына`` -> ``Алматы әкімдігі``), or
    None when nothing is cited or the cited source is another outlet (Latin letters: ``Zakon.kz-ке``; a media
    noun among its words: ``Almaty.tv телеарнасына``, ``ҚазАқпаратқа``, ``31 телеарнаның «Информбюро» ...``; a
    name in quote marks alone: ``«Хабар 24»-ке``)."""
    found = _CITED.match(text, at, end)
    if found is None:
        return None
    start, stop = found.span("cited")
    while start < stop and text[start] in "-–— \t":
        start += 1  # No-comment.kz - Ақордаға
    if site := _SITE.search(text, start, stop):
        stop = site.start()  # Ақорда сайтына: Ақорда speaks
    name = text[start:stop]
    if site and _GENITIVE_END.search(name):
        name = _GENITIVE_END.sub("", name)  # Алматы әкімдігінің сайтына: Алматы әкімдігі
    if len(name) < 2 or re.search("[A-Za-z]", name) or any(_MEDIA.search(w) for w in name.split()):
        return None
    if re.fullmatch(r"[«\"“][^«»\"“”]+[»\"”]", name.strip()):
        return None  # «Хабар 24»-ке: an outlet by its name
    # the dative is off already: ``бюросына`` -> ``бюросы``
    return Mention(start, stop, text[start:stop], name)


# ``делінген`` 'it is said' before a document noun up to six words on: ``делінген хабарламада``, ``делінген ҚР ҰОК
# хабарламасында``, ``делінген министрлік ақпаратында`` (session 22; quotes._documented, speaker_posts)
DOCUMENT_AFTER = re.compile(
    r"[ \t]+(?:[^\s,.;:]+[ \t]+){0,6}?(?P<doc>(?:хабарла[мн]|хабалама|ақпарат|мәлімдеме|баспасөз[ \t]+релиз)\w*)",
    re.I,
)


# A body's own site as the credit, with no outlet before it: ``..., деп хабарлайды елорда әкімдігінің ресми сайты.``
# (the body speaks through it, as through a cited site: 6 of 6 in the news parts read since the reading settled)
_OWN_SITE = re.compile(
    # an outlet in Latin letters may name the site after it: ``деп хабарлайды BAQ.KZ Астана әкімдігінің ресми сайты``
    # (session 26, news-test190)
    rf"(?:[ \t]+[0-9]*[A-Za-z][\w.-]*)?[ \t]+(?P<body>[{g.LOWER}{CYRILLIC_UPPER}][^,.;:\n«»A-Za-z]{{1,80}}?)"
    rf"{g.alt(g.GENITIVE)}{_SITE_WORDS}[ \t]*[.!]?[ \t]*$",
    re.I,
)


def site_owner(text: str, at: int, end: int) -> Mention | None:
    """text (str); at, end (int): the words after a speech verb up to the sentence end -> the body whose own site
    closes the sentence as the credit (``деп хабарлайды қала әкімдігінің ресми сайты``: ``қала әкімдігі``), or
    None."""
    found = _OWN_SITE.match(text, at, end)
    if found is None or any(_MEDIA.search(w) for w in found.group("body").split()):
        return None
    start, stop = found.span("body")
    return Mention(start, stop, text[start:stop], text[start:stop])


# one or two words in Latin letters (a digit may lead) closing the sentence: an outlet's name
_LATIN_CREDIT = re.compile(r"[ \t]+[0-9]*[A-Za-z][\w.-]*(?:[ \t]+[A-Za-z][\w.-]*)?[ \t.!]*")
_QUOTED_CREDIT = re.compile(r"[ \t]+[\"«“][^\"«»“”\n]{2,40}[\"»”][ \t.!\n]*")


def outlet(speaker: Mention | None, cue_start: int) -> bool:
    """speaker (Mention | None); cue_start (int): where the speech verb starts -> True when the speaker after
    the cue is the outlet reporting the story, no speaker (``деп хабарлайды Zakon.kz``: a first word in Latin
    script; ``... ақпарат агенттігі``: data/speech_verbs.MEDIA_NOUNS). A subject before the cue speaks
    (``Ел телеарналары ... екенін жария етті``)."""
    if speaker is None or speaker.start <= cue_start:
        return False
    if _MEDIA.search(speaker.text):
        return True
    if _LATIN_FIRST.match(speaker.text):  # ... деп хабарлайды Kazakh Tourism ұлттық компаниясы: a source
        return not _BODY.search(speaker.text)
    return False
