"""A quote whose speaker is only a post gets the person the article titles with that post.

``Президент Қасым-Жомарт Тоқаев ... «...», – деді Мемлекет басшысы.``: the quotes stage finds the post
``Мемлекет басшысы`` as the speaker; the roles stage finds ``Қасым-Жомарт Тоқаев`` holding ``Президент``.
Readers want the person, so the speaker keeps the post's span and takes the person's base form, as a
pronoun does (``ол`` -> its antecedent). A post matches a role's post by its last word's stem or through
``data/posts.SAME_OFFICE`` (``Мемлекет басшысы`` is the ``Президент``). A speaker post that names its
country or body (``Қырғызстан Президенті``) takes only a holder of that body; a bare one (``Президент``,
``облыс әкімі``) never takes a foreign head (a role whose organization is a country other than
Kazakhstan), and several holders left over leave the post as it is. A post named inside the quote itself
(``... Тұңғыш Президент Нұрсұлтан Назарбаевтың бағытын жалғастыратынын айтты``) and a former or first
holder's post (``Тұңғыш Президент``) name no speaker.

Two fallbacks for articles (session 7, real news pages): a bare post that no post of the article names takes
the one person the article names with no post at all (:func:`resolve`), and a speaker named by first name and
patronymic takes the surname the article gives that person (:func:`full_name`). A speaker's body given by
initials (``ҚР СІМ ресми өкілі``) matches the words before a role's post when the roles stage read no
organization (session 11). Speakers that name no one by name (a bare office no role holds, a description in
common nouns, an agency, a document) are read by ``speaker_referents``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Sequence

from ..doc import Entity, Mention, Quote, Role, Token
from ..ner.places import COUNTRIES
from ..ner.words import KAZAKH_PATRONYMIC, surname_ending
from .data.posts import HEAD_OF_STATE_POSTS, HEADS_OF_STATE, PLACE_KINDS, SAME_OFFICE
from .grammar import GENITIVE, PLURAL_WORD
from .matching import same_name
from .mentions import POST, bare_noun, is_nominative, speaking, strip_case
from .quote_filters import DOCUMENT_AFTER
from .speaker_referents import (
    AGENCY,
    BODY_HEADS,
    agency,
    announcer,
    bare_source,
    cited_body,
    described,
    document,
    last_body,
    last_speaker,
    letter,
    named_body,
    nearest_untitled,
    only_person,
    paragraph_before,
    person_described,
    source,
    spelled_out,
    writer,
)
from .speakers import PRONOUN

_OFFICES = [frozenset(words) for words, _ in SAME_OFFICE]
# acting in a post names the same office (``премьер-министрі қызметін атқаратын`` is a premier's)
_ACTING = re.compile(r"[ \t]+(?:қызметін|міндетін)[ \t]+атқар\w*$")
_HOME = ("қазақстан", "қр")
_SPOKESMAN = "өкіл"  # өкілі 'its representative': Агенттік өкілі, министрлік өкілі
_GENERIC = "басш"  # басшы 'head': Мемлекет басшысы, облыс басшысы, басқарма басшысы
_PLACE_KINDS = frozenset(k for k, _ in PLACE_KINDS)  # Қала әкімі: the post of a town's head
_REGION = {"өңір": "облыс", "аймақ": "облыс"}  # Өңір басшысы, Аймақ басшысы: the region's (облыс) head
_FORMER = ("тұңғыш", "бұрынғы", "экс")  # Тұңғыш Президент Нұрсұлтан Назарбаев is not the Мемлекет басшысы


def _case_free(phrase: str) -> str:
    """phrase (str) -> lower-cased, each word without its case ending (``Мемлекет басшысының`` -> ``мемлекет
    басшысы``)."""
    return " ".join(strip_case(w) for w in phrase.lower().split())


_HEAD_OFFICES = frozenset(_case_free(p) for p in HEAD_OF_STATE_POSTS)
_FOREIGN = frozenset(strip_case(c.lower())[:5] for c in COUNTRIES if c != "Қазақстан")


# a first deputy is a deputy: министрінің бірінші орынбасары (session 13)
_RANKS = ("бірінші", "екінші", "үшінші")


def _office(post: str) -> frozenset[str] | None:
    """post (str): a post's base form -> its group of same-office words, if any."""
    words = [w for w in _ACTING.sub("", post.lower()).split() if w not in _RANKS]
    low = " " + " ".join(bare_noun(w) for w in words)
    for group in _OFFICES:
        for words in group:
            if low.endswith(" " + " ".join(bare_noun(w) for w in words.split())):
                return group  # whole words: a вице-министр holds no minister's office (session 11)
    return None


def _head(post: str) -> str:
    return strip_case(post.lower().split()[-1])[:4] if post.split() else ""


# a body, not its head: ``Қорғаныс министрлігі`` (``министр`` shares its first letters) holds no post; an akimat
# and ``ведомства`` too
_BODY_NOUN = re.compile(f"(?:{'|'.join((*BODY_HEADS, 'әкімді', 'ведомств'))})\\w*$", re.I)


def _same_post(speaker: str, position: str) -> bool:
    """``облыс басшысы`` is the ``әкім`` of ``Облыс әкімі Өмірзақ Шөкеев`` (the roles stage keeps the head);
    a generic ``басшы`` 'head' speaker takes only its office's own post or the same whole phrase (not
    ``басқарма басшысы``)."""
    if _BODY_NOUN.search(speaker) and not _BODY_NOUN.search(position):
        return False  # Қорғаныс министрлігі ... деп хабарлайды: the ministry, not the minister (session 13)
    office = _office(speaker)
    if office is not None and office == _office(position):
        return True  # Президент is the Мемлекет басшысы, Сенат спикері the Сенат төрағасы
    specific = {_head(words) for words in office or ()} - {_GENERIC}
    head = _head(speaker)
    if head == _GENERIC:
        return _head(position) in specific or _plain(position) == _plain(speaker)
    if head in {_head(words) for words in _office(position) or ()}:
        return True  # Әкім is the аймақ басшысы Ерлан Арын (the office облыс әкімі; session 16)
    return bool(head) and _head(position) in specific | {head}


def _plain(post: str) -> str:
    return " ".join(strip_case(w)[:4] for w in post.lower().split())


def _rest(speaker: str, position: str) -> list[str]:
    """The speaker's words that belong to no word of the post or its office: its country or body."""
    office = (_office(speaker) or frozenset()) | (_office(position) or frozenset())
    post_words = {strip_case(w)[:4] for phrase in (position, *office) for w in phrase.lower().split()}
    return [
        w for w in speaker.split() if strip_case(w.lower())[:4] not in post_words and w.lower() not in _RANKS
    ]


def _foreign(role: Role, text: str) -> bool:
    """role (Role); text (str): the article -> True when the post is a foreign country's: its organization, or
    the word right before the post (``Қырғыз Президенті Садыр Жапаров``: no organization read), names one."""
    org = role.organization.normal if role.organization else ""
    words = [*org.split(), *_word_before(role, text)]
    return any(strip_case(w.lower())[:5] in _FOREIGN for w in words) and not any(
        w.lower().startswith(_HOME) for w in (*org.split(), *role.position.normal.split())
    )  # Бельгиядағы Қазақстан елшісі: Kazakhstan's own post abroad (session 14, news-test46)


def _word_before(role: Role, text: str) -> list[str]:
    """role (Role); text (str): the article -> the word right before the role's post, if any (one or none)."""
    return text[max(0, role.position.start - 40) : role.position.start].split()[-1:]


def _holders(quote: Quote, speaker: Mention, roles: Sequence[Role], text: str = "") -> list[str] | None:
    """quote (Quote); speaker (Mention): its post; roles: the article's posts -> the persons holding the post
    outside the quote (None when the speaker is a person already). A kind of place in the speaker
    (``ауыл әкімі``, ``облыс әкімінің орынбасары``) asks nothing of the role, but among several holders it
    keeps those whose post or organization names that kind (``аудан әкімі``: the akim of ``Байзақ ауданы``,
    not the region's); ``орталық басшысы`` 'the centre's head' is whoever holds a post of an organization
    named ``... орталығы``."""
    if any(same_name(r.person.normal, speaker.normal) for r in roles):
        return None
    # (holder, the words of the role's post and body, found by the body only)
    found: list[tuple[str, str, bool]] = []
    for r in roles:
        org = r.organization.normal if r.organization else ""
        heads = _heads_org(speaker.normal, org)  # орталық басшысы: whoever holds a post of ... орталығы
        former = r.position.normal.lower().startswith(_FORMER)
        same = (
            _same_post(speaker.normal, _kind_post(r, text))  # аймақ басшысы X: the облыс әкімі (session 13)
            or (  # вице-министр: министрінің орынбасары, read as the post орынбасары of the body ... министрі
                org
                and _office(speaker.normal) is not None
                and _same_post(speaker.normal, f"{org} {r.position.normal}")
            )
        )
        if not heads and (former or not same):
            continue
        if quote.start <= r.person.start and r.person.end <= quote.end:
            continue  # a post named inside the quote is someone the speaker speaks of
        rest = [w for w in _rest(speaker.normal, _kind_post(r, text)) if _kind(w) is None]
        if rest and not heads:
            if not (org and same_name(org, " ".join(rest))) and not _before_post(rest, r, text):
                continue
        elif _foreign(r, text):
            continue
        if not any(same_name(h, r.person.normal) for h, _, _ in found):
            # the kind of place may stand right before the post the roles stage cut (``Облыс әкімі Берік Уәли``:
            # post ``әкім``), so the words kept for it hold the word before (session 16)
            place = " ".join(_word_before(r, text)) if text else ""
            found.append((r.person.normal, f"{r.position.normal} {org} {place}", bool(heads)))
    if any(not by_org for _, _, by_org in found):  # the office itself before a head of its body (session 12)
        found = [f for f in found if not f[2]]
    kinds = {k for w in speaker.normal.split() if (k := _kind(w))}
    if len(found) > 1 and kinds:
        placed = [f for f in found if any(_kind(w) in kinds for w in f[1].split())]
        found = placed or found
    return [h for h, _, _ in found]


def _kind_post(role: Role, text: str) -> str:
    """role (Role); text (str): the article -> the role's post, a bare ``басшы`` 'head' with the kind of place
    named right before it (in its organization or the text: ``аймақ басшысы Даниал Ахметов``), which makes it
    the office ``облыс әкімі`` names (session 13, news-test37)."""
    post = role.position.normal
    if _head(post) != _GENERIC or len(post.split()) != 1:
        return post
    org = role.organization.normal.lower() if role.organization else ""
    word = org if org in _PLACE_KINDS else "".join(_word_before(role, text)).lower()
    return f"{word} {role.position.text.lower()}" if word in _PLACE_KINDS else post


def _initials(abbr: str, words: Sequence[str]) -> bool:
    """abbr (str): an abbreviation in capitals (``СІМ``); words -> True if some run of the words starts with
    its letters (``Сыртқы істер министрлігінің``)."""
    n = len(abbr)
    return n >= 2 and any(
        "".join(w[:1] for w in words[i : i + n]).upper() == abbr for i in range(len(words) - n + 1)
    )


def _before_post(rest: Sequence[str], role: Role, text: str) -> bool:
    """rest: the speaker's words beside its post; role; text -> True when the words right before the role's
    post, in its sentence, say them, in full or as initials (``ҚР СІМ ресми өкілі`` is the ``ресми өкілі`` of
    ``ҚР Сыртқы істер министрлігінің ресми өкілі Айбек Смадияров``, the roles stage having read no
    organization; session 11)."""
    if not text:
        return False
    before = text[max(0, role.position.start - 120) : role.position.start]
    before = before[max(before.rfind(". "), before.rfind("\n")) + 1 :]
    words = before.split()[-8:]
    stems = {strip_case(w.lower())[:5] for w in words}
    return all(strip_case(w.lower())[:5] in stems or (w.isupper() and _initials(w, words)) for w in rest)


def _kind(word: str) -> str | None:
    """word (str) -> the kind of place it names (``ауданы``, ``облысының`` -> ``аудан``, ``облыс``), or None."""
    low = strip_case(word.lower())
    kind = next((k for k in _PLACE_KINDS if low.startswith(k) and len(low) <= len(k) + 3), None)
    return _REGION.get(kind, kind) if kind else None


def _heads_org(speaker: str, org: str) -> bool:
    """``орталық басшысы`` 'the centre's head' and a role of ``... орталығы``: the head of that organization;
    ``Агенттік өкілі`` 'the agency's representative' and a role of any post in a body named ``... агенттігі``
    (session 13, news-test35)."""
    words = speaker.lower().split()
    if len(words) < 2 or not org:
        return False
    body = org.lower().split()
    stems = {strip_case(w)[:5] for w in body}
    # the body's whole name before the post: ``Ұлттық статистика бюросының басшысы`` (session 18)
    if len(words) > 2:
        named = all(strip_case(w)[:5] in stems for w in words[:-1]) and not PLURAL_WORD.search(words[-1])
        return (
            named
            and _head(speaker) in (_SPOKESMAN, _GENERIC)
            and strip_case(words[-2])[:5] == strip_case(body[-1])[:5]
        )
    if _head(speaker) == _SPOKESMAN:
        return strip_case(words[0])[:5] in stems
    if _head(speaker) != _GENERIC:
        return False
    return strip_case(body[-1])[:5] == strip_case(words[0])[:5]


def _head_of_state(quote: Quote, ents: Sequence[Entity], published: dt.date | None) -> str | None:
    """quote (Quote): its speaker a bare office; ents: the article's entities; published -> the head of state
    the article names outside the quote, when the speaker is the office (``Президент``, ``Мемлекет басшысы``) or one holder's own title
    (``Елбасы``, ``Тұңғыш президенті``): data/posts.HEADS_OF_STATE. Several named: the one in office on the
    publication date."""
    low = _case_free(quote.speaker.normal) if quote.speaker else ""
    outside = [e for e in ents if e.label == "PERSON" and not quote.start <= e.start < quote.end]
    named = [
        (name, titles, start, end)
        for name, titles, start, end in HEADS_OF_STATE
        if any(same_name(name, e.normal or e.text) for e in outside)
    ]
    own = [n for n, titles, _, _ in named if any(low.endswith(_case_free(t)) for t in titles)]
    if own:
        return own[0]
    if low not in _HEAD_OFFICES:
        return None
    if len(named) == 1:
        return named[0][0]
    day = published.isoformat() if published else None
    current = [n for n, _, start, end in named if day and start <= day and (end is None or day < end)]
    return current[0] if len(current) == 1 else None


def _heads(post: str) -> frozenset[str]:
    """post (str) -> the stems its office is known by, the generic ``басшы`` left out (Мемлекет басшысы and
    Президент: {през}; Қала әкімі and Әкім: {әкім})."""
    office = _office(post) or ()
    return frozenset({_head(post)} | {_head(w) for w in office}) - {_GENERIC, ""}


def _bare_post(speaker: str) -> bool:
    """speaker (str) -> True for a post alone, with no country or body (``Мемлекет басшысы``, ``Қала әкімі``,
    ``Әкім``); a plural (``мамандар``, ``депутаттар``) is a group, no office one person holds."""
    if PLURAL_WORD.search(speaker):
        return False
    if _office(speaker):
        return not _rest(speaker, "")
    return (
        POST.fullmatch(speaker) is not None
        or POST.fullmatch(speaker.split()[-1] if speaker else "") is not None
        and (len(speaker.split()) == 2 and speaker.split()[0].lower() in _PLACE_KINDS)
    )


def _surname_speaker(name: str) -> bool:
    """name (str): a speaker's base form -> True for a surname the tagger left out, alone or after initials
    (``деді Сапаров``, ``Қ.Саудабаев``; session 30, news-test272, 274)."""
    words = name.replace(".", ". ").split()
    return (
        bool(words)
        and all(w[:1].isupper() for w in words)
        and all(len(w) == 2 and w.endswith(".") for w in words[:-1])
        and surname_ending(words[-1]) == ""
    )


def _body_post(speaker: str) -> bool:
    """speaker (str) -> True for one person's post in a body it names (``Өнеркәсіп және құрылыс министрі``,
    ``қалалық әкімшіліктің өкілі``): its last word a post with the possessive ending, no plural."""
    words = speaker.split()
    return (
        len(words) >= 2
        and not PLURAL_WORD.search(speaker)
        and words[-1].lower().endswith(("ы", "і"))
        and POST.fullmatch(words[-1]) is not None
    )


def _untitled(
    quotes: Sequence[Quote], roles: Sequence[Role], ents: Sequence[Entity], lead_end: int
) -> list[str]:
    """The persons the article names with no post: speakers of other quotes by name, and a person opening
    its lead in the nominative (``Қасым-Жомарт Тоқаев ... сессиясын ашты. ... – деді Мемлекет басшысы.``)."""
    spans = {(e.start, e.end) for e in ents if e.label == "PERSON"}
    names = [
        q.speaker.normal
        for q in quotes
        if q.speaker and ((q.speaker.start, q.speaker.end) in spans or _surname_speaker(q.speaker.normal))
    ]
    lead = next((e for e in ents if e.label == "PERSON" and e.start < lead_end), None)
    inside = any(lead is not None and q.start <= lead.start < q.end for q in quotes)
    if lead is not None and is_nominative(lead) and not inside and not lead.text.lower().endswith(GENITIVE):
        names.append(lead.normal or lead.text)
    out: list[str] = []
    for name in names:
        if any(same_name(r.person.normal, name) for r in roles) or any(same_name(o, name) for o in out):
            continue  # a person with a post of their own is not this post's holder
        out.append(name)
    return out


# speakers that only point back: ``- деді спикер.`` 'said the speaker', ``Ведомство басшысының сөзінше`` 'the
# ministry's head': the person who spoke last, else the person opening the lead (session 10, news-test13)
# шенеунік 'the official' (session 12, news-test31); баяндамашы 'the one reporting' (session 16, news-test81);
# ``Орталық басшының сөзіне сенсек`` (the base form of басшысы), ``Сенатор сондай-ақ ...`` (session 17, news-test91, 93)
# халық қалаулысы 'the people's chosen one', a deputy (news-test94, news-test87); маман 'the specialist' after a
# named one's words (session 26, news-test192: ``... айтуынша, ... "...", – дейді маман.``; no other bare маман
# speaker in the forty read news parts or facts_dev)
_POINTING = frozenset(
    {"спикер", "басшысы", "басшы", "шенеунік", "баяндамашы", "сенатор", "депутат", "халық қалаулысы", "маман"}
)


def _points(speaker: str) -> bool:
    """speaker (str) -> True for a speaker that only points back: ``спикер``, a head or representative of common
    nouns only (``ведомство басшысы``, ``ұлттық компания басшысы``, ``Сала басшысы``, ``ведомство өкілі``; not
    ``Мемлекет басшысы``)."""
    low = speaker.lower()
    if low in _POINTING:
        return True
    words = speaker.split()
    # ведомство өкілі 'the ministry's representative' points back as its head does (session 16)
    return (
        len(words) >= 2
        and low.endswith((" басшысы", " өкілі"))
        and all(w.islower() for w in words[1:-1])
        and (words[0].islower() or words[0].lower() in _COMMON_HEADS)
    )


# common nouns a sentence may open a pointing head with (``Сала басшысы``, session 10)
_COMMON_HEADS = frozenset({"сала", "ведомство", "компания", "мекеме", "ұйым", "кәсіпорын"})


def _last_person_speaker(out: Sequence[Quote], ents: Sequence[Entity]) -> str | None:
    """out: the quotes before, speakers resolved; ents -> the speaker of the last of them who is a person the article
    names, or None."""
    persons = [e.normal or e.text for e in ents if e.label == "PERSON"]
    for q in reversed(out):
        if q.speaker is not None and any(same_name(p, q.speaker.normal) for p in persons):
            return q.speaker.normal
    return None


def _pointed(out: Sequence[Quote], ents: Sequence[Entity], lead_end: int, before: int) -> str | None:
    """out: the quotes before, speakers resolved; ents; lead_end (int); before (int): the quote's start -> the
    person a pointing speaker means: the last speaker, the person opening the lead, else the last person named
    in the nominative before the quote (``Бұл туралы ... вице-министрі Ерлан Әукенов мәлім етті ... – деді
    спикер``; session 14, news-test54)."""
    spoke = _last_person_speaker(out, ents)
    if spoke is not None:
        return spoke
    lead = next((e for e in ents if e.label == "PERSON" and e.start < lead_end and is_nominative(e)), None)
    if lead is None:
        lead = next(
            (e for e in reversed(ents) if e.label == "PERSON" and e.end <= before and is_nominative(e)), None
        )
    return (lead.normal or lead.text) if lead is not None else None


def _named_back(
    q: Quote, out: Sequence[Quote], roles: Sequence[Role], ents: Sequence[Entity], text: str
) -> str | None:
    """q: a quote whose speaker is one post no rule gave a holder (``Қорғаныс вице-министрінің дерегінше``,
    ``– деді Денсаулық сақтау министрлігінің басшысы``, ``Төменгі палата өкілі``); out: the quotes before, resolved;
    roles, ents, text: the article's -> the person the post names back: the person who spoke last, else the person
    named last before it in its paragraph or the one before; None where that person holds another office
    (``Мәжіліс төрағасы`` is not the Елбасы who spoke before). Session 27: 9 speakers in the read news parts, none
    lost (``Бұл туралы ... Талғат Жанжүменов айтты. Қорғаныс вице-министрінің дерегінше, ...``)."""
    office = _office(q.speaker.normal) if q.speaker is not None else None

    def free(name: str) -> bool:
        for r in roles:
            if not same_name(r.person.normal, name):
                continue
            held = _office(r.position.normal)
            if (
                held is not None
                and held != office
                and (office is not None or _case_free(r.position.normal) in _HEAD_OFFICES)
            ):
                return False
        return True

    spoke = _last_person_speaker(out, ents)
    if spoke is not None:
        return spoke if free(spoke) else None
    start = paragraph_before(text, q.start)
    for e in reversed(ents):
        if e.label == "PERSON" and start <= e.start and e.end <= q.start:
            name = e.normal or e.text
            return name if free(name) else None
    return None


def resolve(
    quotes: Sequence[Quote],
    roles: Sequence[Role],
    ents: Sequence[Entity] = (),
    lead_end: int = 0,
    text: str = "",
    published: dt.date | None = None,
    tokens: Sequence[Token] = (),
) -> list[Quote]:
    """quotes, roles, ents (Sequence): an article's facts and entities; lead_end (int): where its lead
    sentence ends; text (str): the article -> the quotes, post speakers replaced by their holders. A bare office (``Мемлекет
    басшысы``, ``Президент``: data/posts.SAME_OFFICE) that no post of the article names takes the one
    person the article names with no post at all, if there is exactly one."""
    out = []
    taken: dict[str, frozenset[str]] = {}  # a person given to a post by the fallback -> that post's stems
    untitled: list[str] | None = None  # the article's persons with no post, found at the first need
    spoke_as: dict[str, str] = {}  # a post's head -> the person a quote before resolved it to
    named_as: dict[str, str] = {}  # a speaker's words -> the person a quote before resolved them to
    for q in quotes:
        who = None
        if q.speaker is not None and PRONOUN.fullmatch(q.speaker.text) and q.speaker.normal in named_as:
            # - дейді еліміздің бас психиатры. Оның айтуынша, ...: the pronoun's antecedent was resolved (session 34)
            q = dataclasses.replace(
                q, speaker=dataclasses.replace(q.speaker, normal=named_as[q.speaker.normal])
            )
        holders = _holders(q, q.speaker, roles, text) if q.speaker is not None else None
        if holders is not None and len(holders) == 1:
            who = holders[0]
        elif holders == [] and (found := _head_of_state(q, ents, published)):
            who = found
        elif holders == [] and ((bare := _bare_post(q.speaker.normal)) or _body_post(q.speaker.normal)):
            heads = _heads(q.speaker.normal)
            if untitled is None:
                untitled = _untitled(quotes, roles, ents, lead_end)
            free = [
                p for p in untitled if all(h & heads for name, h in taken.items() if same_name(name, p))
            ]  # Қала әкімі took Алтай Көлгінов: the Мемлекет басшысы of the same article is someone else
            who = free[0] if len(free) == 1 else None
            if who is None and not free and bare:
                who = nearest_untitled(
                    q, roles, ents, text
                )  # ... Көшербаев тоқталды. Аймақ басшысы ... айтты.
                if who is not None and any(same_name(n, who) and not h & heads for n, h in taken.items()):
                    who = None  # Қала әкімі took Алтай Көлгінов: no Мемлекет басшысы either
            if who is not None:
                taken.setdefault(who, heads)
        if who is None and q.speaker is not None and _points(q.speaker.normal):
            who = _pointed(out, ents, lead_end, q.start)
        if who is None and q.speaker is not None and text and _office(q.speaker.normal) is None:
            who = described(q, ents, text)  # an office is no description (Мемлекет басшысы)
            if who is None and person_described(q.speaker.text):
                who = nearest_untitled(q, roles, ents, text)  # ... Диас Есжанов ... – дейді жас жігіт (s. 15)
        if who is None and q.speaker is not None and _case_free(q.speaker.normal) in AGENCY:
            who = agency(q, ents) or cited_body(text, q.start) or named_body(text, q.start)
        if who is None and q.speaker is not None and letter(q.speaker.normal):
            who = writer(text, q.start, ents)  # «...», – делінген хат мәтінінде: the one who sent it
        if who is None and q.speaker is not None and document(q.speaker.normal):
            who = source(
                text, q.start
            )  # «...», – делінген хабарламада: the body the article cites, or no one
            # ... Жоғарғы соттың хабарлауынша, ... «...», – делінген хабарламада: the body quoted just before,
            # whose message it is (session 15; 4 of 4 in the read news parts)
            if who is None:
                who = next(
                    (
                        p.speaker.normal
                        for p in reversed(out)
                        if p.speaker is not None and not document(p.speaker.normal)
                    ),
                    None,
                )
            if who is None:
                who = announcer(text, q.start, ents)  # «Қазгидромет» РМК ... болжамын жариялады. ... делінген
            if who is None:
                who = last_body(q.start, ents)
            if who is None:
                out.append(dataclasses.replace(q, speaker=None))
                continue
        if (
            who is None
            and q.speaker is not None
            and _case_free(q.speaker.normal) not in AGENCY
            and not document(q.speaker.normal)
        ):
            who = only_person(q, ents, text, tokens)  # ... Ақмадияр Жүсіпбеков ... – дейді шаруа (session 19)
        # Министрдің айтуынша (Алексей Цой) ... Денсаулық сақтау министрі ... айтқан еді: the same office named
        # back takes the holder a quote before was resolved to (session 15)
        if (
            who is None
            and q.speaker is not None
            and POST.fullmatch(q.speaker.normal.split()[-1] if q.speaker.normal else "")
            and not PLURAL_WORD.search(q.speaker.normal)
        ):
            who = spoke_as.get(_head(q.speaker.normal))
            if who is None and _case_free(q.speaker.normal) not in _HEAD_OFFICES:
                # ... Жанжүменов айтты. Қорғаныс вице-министрінің дерегінше: the person the post names back
                who = _named_back(q, out, roles, ents, text)
        if who is not None:
            if (
                q.speaker is not None
                and who != q.speaker.normal
                and POST.fullmatch(q.speaker.normal.split()[-1])
            ):
                spoke_as.setdefault(_head(q.speaker.normal), who)
            named_as.setdefault(q.speaker.normal, who)
            q = dataclasses.replace(q, speaker=dataclasses.replace(q.speaker, normal=who))
        elif q.speaker is None:
            q = dataclasses.replace(q, speaker=bare_source(q, text) or last_speaker(q, out, ents, text))
            # «...», – делінген хабарламада: the body that told it
            if q.speaker is None and (told := _document_teller(q, text, ents)) is not None:
                q = dataclasses.replace(q, speaker=told)
        out.append(q)
    return out


def _document_teller(q: Quote, text: str, ents: Sequence[Entity]) -> Mention | None:
    """q: a quote with no speaker, cued by ``делінген`` before a document (``– делінген хабарламада``); text; ents
    -> the body the article says told or published the news (:func:`announcer`), or None (session 22)."""
    doc = DOCUMENT_AFTER.match(text, q.cue.end) if q.cue is not None else None
    if doc is None or not q.cue.text.lower().startswith("делін"):
        return None
    name = announcer(text, q.start, ents) or last_body(q.start, ents)  # the document's span, the body's name
    return Mention(doc.start("doc"), doc.end("doc"), doc.group("doc"), name) if name else None


def full_name(name: str, ents: Sequence[Entity]) -> str:
    """name (str): a speaker's base form; ents: the article's entities -> the name with the surname the
    article gives that person, when the speaker is named by first name and patronymic (``Нұрлыбек Машбекұлы``,
    the polite form, after ``Нұрлыбек Нәлібаевтың`` earlier: ``Нұрлыбек Нәлібаев``; session 7, real news)."""
    words = name.split()
    if len(words) == 1 and words[0][:1].isupper():
        return _surname_owner(words[0], ents) or name
    if len(words) != 2 or not words[1].lower().endswith(KAZAKH_PATRONYMIC):
        return name
    # by lower case: ``Марат ҚАБЫШЕВ`` in a caption is ``Марат Қабышев`` (session 15)
    fulls: dict[str, str] = {}
    for e in ents:
        full = e.normal or e.text
        if (
            e.label == "PERSON"
            and len(full.split()) >= 2
            and full.split()[0] == words[0]
            and not full.split()[-1].lower().endswith(KAZAKH_PATRONYMIC)
        ):
            if full.lower() not in fulls or not any(w.isupper() and len(w) > 1 for w in full.split()):
                fulls[full.lower()] = full
    return next(iter(fulls.values())) if len(fulls) == 1 else name


# Kazakh letters a Russian spelling of a name writes plainly: ``Налибаев`` is ``Нәлібаев`` (session 15)
_PLAIN = str.maketrans("әіөүұқғңһ", "аиоуукгнх")


def _surname_owner(surname: str, ents: Sequence[Entity]) -> str | None:
    """surname (str): a speaker named by surname alone -> the one full name of the article (two words or more)
    whose surname it is, spelled either way (``Налибаев`` after ``Нұрлыбек Нәлібаев``), else None."""
    key = surname.lower().translate(_PLAIN)
    if len(key) < 4:
        return None
    owners = {
        (e.normal or e.text).lower(): (e.normal or e.text)
        for e in ents
        if e.label == "PERSON"
        and len((e.normal or e.text).split()) >= 2
        and (e.normal or e.text).split()[-1].lower().translate(_PLAIN) == key
        and (e.normal or e.text).split()[-1] != surname
    }
    return next(iter(owners.values())) if len(owners) == 1 else None


def run(work) -> None:
    """work (Analysis): after ``quotes`` and ``roles``, post speakers become the persons holding the posts."""
    sentences = work.sentences
    lead_end = sentences[min(1, len(sentences) - 1)].end if sentences else 0  # a headline, then the lead
    ents = speaking(work.text, work.entities)
    quotes = resolve(work.quotes, work.roles, ents, lead_end, work.text, work.published, work.tokens)
    work.quotes = [
        dataclasses.replace(
            q,
            speaker=dataclasses.replace(
                q.speaker, normal=spelled_out(full_name(q.speaker.normal, ents), work.text)
            ),
        )
        if q.speaker is not None
        else q
        for q in quotes
    ]
