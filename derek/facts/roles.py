"""Stage ``roles``: a person holding a post, with the organization or country of the post.

Patterns (ORG = a genitive organization or country, POST = a POSITION entity or
a post from ``data/posts.py``, chained with dashes: ``Басқарма Төрағасы – Ректоры``):

- ``ORG POST PERSON``: ``Қазақстан Республикасының Президенті Қасым-Жомарт Тоқаев``;
- ``ORG X-дағы POST PERSON``: ``ҚХР-дың Қазақстан Республикасындағы Елшісі Хань Чуньлинь``;
- ``PERSON, ORG POST`` (apposition): ``Асқар Мамин, Үкімет басшысы,``.

A POSITION entity that holds its organization (``Қазақстан Республикасының
Президенті``, KazNERD's convention) is split at its last genitive word.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from ..doc import Entity, Mention, Role, Sentence, Token
from ..ner.places import COUNTRIES
from . import grammar as g
from .data.posts import (
    ACADEMIC_TITLES,
    CALLINGS,
    CHIEF_MODIFIERS,
    CHIEF_ONLY,
    COMPOUND_HEADS,
    DEGREE_BEFORE,
    FORMER_BEFORE,
    HEADS_OF_STATE,
    HONORARY,
    HONOUR_HEADS,
    KIND_BEFORE_ENVOY,
    MEMBERSHIP_ONLY,
    POST_MODIFIERS,
    RANKS,
    TITLE_ONLY,
)
from .matching import same_name
from .mentions import (
    ACTING,
    NAME_PLURAL,
    POSSESSIVE,
    POST_STEMS,
    POST_WORD,
    VICE,
    entities,
    is_nominative,
    mention,
    strip_case,
)
from .role_clauses import APPOINTED, BOLYP, PREDICATE, in_title, listed, same_clause
from .role_persons import more_persons

GENITIVE = g.GENITIVE
LOCATIVE_ADJ = ("дағы", "дегі", "тағы", "тегі")
# A post in one of these cases does not title the name after it (Венесуэла елшісімен Тоқаев).
OBLIQUE = ("мен", "пен", "бен", "ға", "ге", "қа", "ке", "на", "не", "дан", "ден", "тан", "тен", "нан", "нен")
COMPOUND = {c for c, _ in COMPOUND_HEADS}
# ``М. Тынышпаев атындағы`` 'named after' before an organization belongs to its name.
_NAMED_AFTER = re.compile(f"(?:[{g.alphabet_upper()}][{g.LETTER}.-]*[ \\t]+){{1,4}}атындағы[ \\t]+$")
_ABBREVIATION = re.compile(f"[{g.alphabet_upper()}]{{2,6}}")
_STEMS = POST_STEMS
CHIEF_STEMS = tuple(s for s, _ in CHIEF_ONLY)
_ACTING_MARK = re.compile(ACTING, re.I)

_ORG_BEFORE = re.compile(  # a name in quote marks too: «Оңтүстік Рабат» газетінің (session 14)
    f"(?:(?:[{g.alphabet_upper()}][{g.LETTER}.-]*|атындағы|және|ұлттар|халық|делегация[{g.LOWER}]*)[ \\t]+"
    "|«[^«»\\n]{1,40}»[ \\t]*)*"
    f"[{g.LETTER}-]+(?:ның|нің|дың|дің|тың|тің)[ \\t]+"
    f"(?:[{g.alphabet_upper()}][{g.LETTER}-]*[ \\t]+)*(?:[{g.LETTER}-]+(?:дағы|дегі|тағы|тегі)[ \\t]+)?$"
)


def _ends(word: str, endings: Sequence[str]) -> bool:
    return word.lower().endswith(tuple(endings))


def _oblique(word: str) -> bool:
    """True if a post word is in an oblique case (``елшісімен``, ``Президентке``), not ``төраға``."""
    low = word.lower()
    stem = next((s for s in _STEMS if " " not in s and low.startswith(s)), None)
    if stem is None:  # a post NER found outside the lexicon; a locative is a place (Петербургте)
        return _ends(word, (*OBLIQUE, *g.LOCATIVE)) and len(word) > 6
    rest = low[len(stem) :]
    for p in POSSESSIVE:
        if rest.startswith(p) and len(rest) > len(p):
            rest = rest[len(p) :]
            break
    return rest.endswith(OBLIQUE) and rest != ""


def post_normal(text: str) -> str:
    """text (str): a post phrase -> base form of its last word (``Елшісі`` -> ``Елші``, ``Президентінің`` -> ``Президент``).

    Inside a compound (``Мемлекет басшысы``) the possessive stays; only the case goes.
    """
    words = text.split()
    if len(words) > 1 and _ACTING_MARK.fullmatch(words[-1]):
        return f"{post_normal(' '.join(words[:-1]))} {words[-1]}"  # директорының м.а. -> директор м.а.
    last, low = words[-1], words[-1].lower()
    stem = next((s for s in (*_STEMS, *CHIEF_STEMS) if " " not in s and low.startswith(s)), None)
    if stem is None and low.startswith(VICE):  # вице-президенті -> вице-президент (session 22)
        deputy = low[len(VICE) :]
        stem = next((VICE + s for s in _STEMS if " " not in s and deputy.startswith(s)), None)
    if stem is None:
        return " ".join(words[:-1] + [strip_case(last)])
    rest = low[len(stem) :]
    compound = (
        len(words) > 1
        and words[-2].lower() not in (*POST_MODIFIERS, *CHIEF_MODIFIERS)
        and words[-2] not in "–—-"
    )
    compound = compound and not _ends(words[-2], GENITIVE)
    keep = len(stem)
    if compound:
        keep += next((len(p) for p in POSSESSIVE if rest.startswith(p)), 0)
    head = last[:keep]
    if head[-1:] == "ғ" and keep == len(stem):
        head = (
            head[:-1] + "қ"
        )  # бастығы -> бастық: the voiced stem's base form; a loanword's г stays (бас эколог)
    return " ".join(words[:-1] + [head])


def _split_position(text: str, e: Entity) -> tuple[Mention, Mention | None]:
    """A POSITION entity -> (post, organization inside it, if any)."""
    words = [(m.start(), m.end()) for m in re.finditer(r"\S+", e.text)]
    cut = None
    acting = len(words) > 1 and _ACTING_MARK.fullmatch(e.text[words[-1][0] :]) is not None
    for i, (s, t) in enumerate(words[: -2 if acting else -1]):  # басшысының м.у.а.: one post
        if _ends(e.text[s:t], GENITIVE):
            cut = i
    org = None
    first = 0
    if cut is None and len(words) > 1 and _ABBREVIATION.fullmatch(e.text[words[0][0] : words[0][1]]):
        cut = 0  # ҚХР Төрағасы: a country abbreviation in the nominative
        s, t = e.start, e.start + words[0][1]
        org = Mention(s, t, text[s:t], text[s:t])
        first = 1
    elif cut is None and any(_ends(e.text[a:b], LOCATIVE_ADJ) for a, b in words[:-1]):
        first = max(i for i, (a, b) in enumerate(words[:-1]) if _ends(e.text[a:b], LOCATIVE_ADJ)) + 1
    elif cut is None and len(words) > 1:  # Швейцария Президенті: a name in the nominative before the post
        names = 0
        for s_, t_ in words[:-1]:
            w = e.text[s_:t_]
            low = w.lower()
            if not w[:1].isupper() or low in POST_MODIFIERS or low in COMPOUND or POST_WORD.fullmatch(w):
                break
            names += 1
        if names and names == len(words) - 1:
            s, t = e.start, e.start + words[names - 1][1]
            org = Mention(s, t, text[s:t], text[s:t])
            first = names
    elif cut is not None:
        s = e.start
        t = e.start + words[cut][1]
        org = Mention(s, t, text[s:t], strip_case(text[s:t]))
        first = cut + 1
        for i in range(first, len(words) - 1):  # ҚХР-дың [Қазақстан Республикасындағы] Елшісі
            if _ends(e.text[words[i][0] : words[i][1]], LOCATIVE_ADJ):
                first = i + 1
    ps, pt = e.start + words[first][0], e.end
    return Mention(ps, pt, text[ps:pt], post_normal(text[ps:pt])), org


# between a post and its holder's name: ректоры, академик X; ..., журналист X; ..., КСРО Халық артисі X;
# ..., «Дарын» сыйлығының лауреаты, композитор X (session 11)
# a degree there too: ``мәслихаттың депутаты, техника ғылымдарының кандидаты X`` (session 23: 3 gold posts of the
# 112 read news parts stand so, none found before)
_DEGREE = f"[{g.LOWER}-]+[ \\t]+(?:{g.alt(DEGREE_BEFORE)})[ \\t]+(?:кандидаты|докторы)"
_HONOUR = f"[^,.;:\\n]{{0,60}}?(?:{g.alt(HONOUR_HEADS)})"
_DESCRIPTION = (
    f"(?:(?:белгілі[ \\t]+)?{g.alt([*ACADEMIC_TITLES, *(w for w, _ in CALLINGS)])}|{_DEGREE}|{_HONOUR})"
)
# an honour may follow the post with no comma: ``оркестрінің бас дирижері ҚР мәдениет саласының үздігі X`` (session 23)
_DESCRIBED = re.compile(
    f"(?:[ \\t]*,[ \\t]*{_DESCRIPTION}|[ \\t]+{_HONOUR})(?:[ \\t]*,[ \\t]*{_DESCRIPTION})*[ \\t]+", re.I
)
_RANK = re.compile(r"(?:^|[ -])(?:" + "|".join(r for r, _ in RANKS) + r")[^ -]*$", re.I)
# a military or police rank between a post and the name (session 9, news-test10): ``Бөлімше бастығы капитан
# Сырым Матай``, ``бөлім командирі, гвардия подполковнигі Жолжібек Нұрлыбеков``
_RANK_STEMS = "|".join(re.sub("к$", "[кг]", r) for r, _ in RANKS)  # подполковнигі: к voiced before a vowel
_RANK_WORDS = r"(?:(?:гвардия|полиция|әділет|аға|кіші)[ \t]+)?(?:" + _RANK_STEMS + r")[^\s,]*"
_RANK_GAP = re.compile(r"[ \t]*,?[ \t]*" + _RANK_WORDS + r"[ \t]+", re.I)
_RANK_TAIL = re.compile(r"[ \t]+" + _RANK_WORDS + "$", re.I)


def _honorary(text: str) -> bool:
    low = text.lower()
    return any(h in low for h in HONORARY)


def _not_held(text: str, start: int, post: str) -> bool:
    """A degree named like a post (``ғылымдарының кандидаты``) or a former post (``бұрынғы басшылары``)."""
    words = [w.lower() for w in text[max(0, start - 30) : start].split()[-1:] + post.split()[:2]]
    return any(w in DEGREE_BEFORE for w in words) or any(w.startswith(FORMER_BEFORE) for w in words)


def _expert(post: str) -> bool:
    """A bare ``маман`` 'specialist, expert' (``беларусь маманы Алексей Бага``) is a trade, no post; ``бас маман``
    'chief specialist' is one (session 11: the news parts' annotators list the second only)."""
    words = post.lower().split()
    return bool(words) and words[-1].startswith("маман") and "бас" not in words


def _posts(text: str, ents: Sequence[Entity]) -> list[tuple[Mention, Mention | None]]:
    out = [
        _split_position(text, e)
        for e in ents
        if e.label == "POSITION"
        and not _honorary(e.text)
        and not _ABBREVIATION.fullmatch(e.text.split()[-1])
        and not _not_held(text, e.start, e.text)
        and not _expert(e.text)
    ]  # [Қазақ АКСР]POSITION: a republic's abbreviation, no post
    taken = [(p.start, p.end) for p, _ in out]
    for m in POST_WORD.finditer(text):
        if NAME_PLURAL.search(m.group()):
            continue  # Халық Комиссарлар Кеңесі, Министрлер Кабинеті: a plural inside a name
        if (
            all(m.end() <= s or m.start() >= t for s, t in taken)
            and not _not_held(text, m.start(), m.group())
            and not _expert(m.group())
        ):
            out.append(_split_position(text, Entity(m.start(), m.end(), m.group(), "POSITION", "")))
    return sorted(out, key=lambda x: x[0].start)


def _organization(text: str, ents: Sequence[Entity], post: Mention, lower: int) -> Mention | None:
    before = text[lower : post.start]
    for e in reversed(ents):
        if e.label in ("ORGANISATION", "GPE") and lower <= e.start and e.end <= post.start:
            gap = text[e.end : post.start]
            if any(_owned_place(w) for w in gap.split()):
                break  # Үкіметтің кеңейтілген отырысында Президент ...: the genitive owns the setting (session 12)
            if _ends(e.text, GENITIVE) and re.fullmatch(
                rf"[ \t]*(?:[{g.LETTER}-]+(?:дағы|дегі|тағы|тегі)[ \t]*)?|[ \t]*(?:[^\s]+[ \t]+){{0,3}}", gap
            ):
                return Mention(e.start, e.end, e.text, e.normal or strip_case(e.text))
            break
    m = _ORG_BEFORE.search(before)
    if not m:
        abbr = re.search(f"[{g.alphabet_upper()}]{{2,6}}[ \\t]+$", before)
        if abbr:
            t = abbr.group().rstrip()
            return Mention(lower + abbr.start(), lower + abbr.start() + len(t), t, t)
        return None
    chunk = m.group().rstrip()
    words = chunk.split()
    lead = 0
    while len(words) > 1 and len(words[0]) > 4 and _ends(words[0], _OBLIQUE_LEAD):
        lead += len(words.pop(0))  # Шараға «... банкі» АҚ ... басқармасы: the capital opens the sentence
        while len(words) > 1 and words[0].lower() in ("және", "мен", "пен", "бен"):
            lead += len(words.pop(0))
    while words and not _ends(words[-1], GENITIVE):
        words.pop()
    if not words or (len(words) == 1 and words[0].lower() in _PRONOUNS):
        return None  # Оның хатшысы Асқар Сүлейменов: a pronoun names no organization
    org_text = " ".join(words)
    start = lower + m.start() + (chunk.index(words[0], lead) if lead else 0)
    return Mention(start, start + len(org_text), org_text, strip_case(org_text))


def _owned_place(word: str) -> bool:
    """word (str) -> True for a noun owned in the locative (``отырысында``, ``жиынында``), a setting."""
    low = word.lower().strip(",")
    return low.endswith(("сында", "сінде", "ында", "інде")) and not low.endswith(("ғанында", "генінде"))


_OBLIQUE_LEAD = (*g.DATIVE, *g.LOCATIVE)  # no body's name opens with a word in these cases
_PRONOUNS = ("оның", "олардың", "менің", "сенің", "біздің", "сіздің", "соның", "осының", "бұның", "мұның")
_NOMINALIZED = re.compile(f"{g.alt(g.PARTICIPLE)}(?:ы|і)(?:на|не|н)?$")
_PLURAL_POST = re.compile(f"{g.alt(g.PLURAL)}(?:ы|і)$")


def _coordinated(text: str, prev: Role, p: Entity) -> bool:
    """A second name joined to a name titled by a plural post: ``Мәжіліс депутаттары X және Y``."""
    return bool(
        prev.person.end <= p.start
        and _PLURAL_POST.search(prev.position.text)
        and re.fullmatch(r"[ \t]*(?:,|және|мен|пен|бен)[ \t]*", text[prev.person.end : p.start])
    )


def _two_offices(text: str, picked: list[tuple[Mention, Mention | None]]) -> bool:
    """picked: the posts before a name, chained by dashes -> True if the last is an office of its own, named
    with its modifiers after a dash (``Премьер-министрдің орынбасары – ұлттық экономика министрі``: a deputy
    prime minister who is also a minister, two posts; session 9, six such pairs in the news parts, all listed
    apart). One bare word after the dash retitles the same post (``Басқарма Төрағасы – Ректоры``,
    ``Тұңғыш Президент – Елбасы``: one post)."""
    if len(picked) < 2:
        return False
    last, before = picked[-1][0], picked[-2][0]
    return (
        len(last.text.split()) >= 2
        and re.fullmatch(r"[ \t]*[–—-][ \t]*", text[before.end : last.start]) is not None
    )


def _post_before(
    chain: list[tuple[Mention, Mention | None]], picked: list[tuple[Mention, Mention | None]]
) -> tuple[Mention, Mention | None] | None:
    """chain: the posts of the sentence before a name; picked: those that title it -> the last post (and its
    body) ending before the first picked one, or None."""
    before = [(post, org) for post, org in chain if post.end <= picked[0][0].start]
    return before[-1] if before else None


# a comma, then the second post's own body in the genitive (``..., ҚР Қарулы Күштері Бас штабының басшысы X``;
# session 13, news-test34), its name maybe in quotes (``Мәжіліс депутаты, «AMANAT» партиясы фракциясының мүшесі
# X``; session 16)
_COMMA_BODY = re.compile(
    f'[ \\t]*,[ \\t]*(?:(?:[«"“]?[{g.LETTER}-]+[»"”]?[ \\t]+){{0,6}}[{g.LETTER}-]+{g.alt(GENITIVE)}[ \\t]+)?'
)


def _comma_office(
    text: str, chain: list[tuple[Mention, Mention | None]], picked: list[tuple[Mention, Mention | None]]
) -> tuple[Mention, Mention | None] | None:
    """chain: the posts of the sentence before a name; picked: those that title it -> a post right before the
    first picked one, after a comma (and maybe the second post's own body in the genitive), in the nominative: the
    same person's other office (``ҚМДБ Төрағасы,
    Бас мүфти Наурызбай қажы Тағанұлы``; session 11, news-test20)."""
    found = _post_before(chain, picked)
    if found is None or not _COMMA_BODY.fullmatch(text, found[0].end, picked[0][0].start):
        return None
    post, org = found
    if _oblique(post.text.split()[-1]) or _RANK.search(picked[-1][0].text.split()[-1]):
        return None
    return post, org


# a dash, then the words that name a single-word post's body (``– Жасанды интеллект және цифрлық даму министрі``)
_DASH_BODY = re.compile(f"[ \\t]*[–—][ \\t]+(?:[{g.LETTER}-]+[ \\t]+){{1,8}}")


def _dash_office(
    text: str, chain: list[tuple[Mention, Mention | None]], picked: list[tuple[Mention, Mention | None]]
) -> tuple[Mention, Mention | None] | None:
    """chain: the posts of the sentence before a name; picked: those that title it -> a post before a dash
    whose second post is one word after its body's name: the same person's first office
    (``Премьер-министрдің орынбасары – Жасанды интеллект және цифрлық даму министрі Жаслан Мәдиев``: a deputy
    prime minister and a minister, as :func:`_two_offices` reads them when NER tags the whole second post;
    session 13, news-test33)."""
    if len(picked) != 1 or len(picked[0][0].text.split()) != 1:
        return None
    found = _post_before(chain, picked)
    if found is None or not _DASH_BODY.fullmatch(text, found[0].end, picked[0][0].start):
        return None
    return None if _oblique(found[0].text.split()[-1]) else found


# initials inside a body's name between a person and a post (``Ы.Алтынсарин атындағы ... академиясының
# президенті``; session 12): their dots end no clause
_INITIALS = re.compile(f"(?<![{g.LETTER}])[{g.CYRILLIC_UPPER}]\\.(?=[ \\t]?[{g.CYRILLIC_UPPER}])")


# a post in brackets after a name (``Жанат Жаңқашұлы (... газетінің бас редакторы)``)
_PAREN = re.compile(r"[ \t]*\(([^()\n]{3,150})\)")
# a body's name in quote marks and up to four words (its legal form, a kind) between a name and its post
_QUOTED_BODY = re.compile(r"[ \t]*«[^«»\n]{1,60}»(?:[ \t]+[^\s,.;:«»]+){0,4}[ \t]*")
_LINE_END = re.compile(r"[ \t]*:?[ \t]*(?:\n|$)")


def find_roles(
    text: str, sentences: Sequence[Sentence], ents: Sequence[Entity], tokens: Sequence[Token] = ()
) -> list[Role]:
    """text (str): text; sentences (Sequence[Sentence]); ents (Sequence[Entity]); tokens (Sequence[Token]): with
    parts of speech, for names NER missed (``role_persons``) -> roles in text order."""
    posts = _posts(text, ents)
    ents = more_persons(text, sentences, ents, tokens, [p for p, _ in posts])
    verbs = [t.start for t in tokens if t.pos in ("VERB", "AUX")]
    persons = [e for e in ents if e.label == "PERSON"]
    out: list[Role] = []
    bounds = [(s.start, s.end) for s in sentences] or [(0, len(text))]
    firsts = [s for s, _ in bounds]
    for p in persons:
        if in_title(text, p, posts):
            continue  # Қазақ АКСР Халық ағарту комиссары: a capitalized word inside a post's name
        k = bisect_right(firsts, p.start) - 1  # the person's sentence (sentences are sorted, disjoint)
        lower, upper = bounds[k] if k >= 0 and p.start < bounds[k][1] else (0, len(text))
        chain = [(post, org) for post, org in posts if lower <= post.start and post.end <= p.start]
        picked: list[tuple[Mention, Mention | None]] = []
        edge = p.start
        for post, org in reversed(chain):
            gap = text[post.end : edge]
            if re.fullmatch(r"[ \t]*[–—-]?[ \t]*|[ \t]+м\.[ \t]?а\.[ \t]+", gap) or (
                not picked and (_DESCRIBED.fullmatch(gap) or _RANK_GAP.fullmatch(gap))
            ):
                # Төрағасы – Ректоры; орынбасары — Кертаев; ректоры, академик Ғалым Мұтанов
                picked.insert(0, (post, org))
                edge = post.start
            elif not picked and BOLYP.fullmatch(gap) and APPOINTED.match(text, p.end):
                picked.insert(0, (post, org))  # әкімі болып Асқар Мамин тағайындалды
                edge = post.start
            else:
                break
        if picked and _oblique(picked[-1][0].text.split()[-1]):
            picked = []
        if picked and _RANK.search(picked[-1][0].text.split()[-1]):  # төрағасы, генерал-майор X
            before = [(post, org) for post, org in chain if post.end <= picked[0][0].start]
            if before and re.fullmatch(r"[ \t]*,[ \t]*", text[before[-1][0].end : picked[0][0].start]):
                picked = [before[-1]]
        if not picked and out and _coordinated(text, out[-1], p):  # депутаттары X және Y
            prev = out[-1]
            out.append(Role(p.start, p.end, p.text, mention(p), prev.position, prev.organization))
            continue
        genitive = not is_nominative(p) and p.text.endswith(GENITIVE)
        if not picked and (is_nominative(p) or genitive):  # PERSON ... ORG POST атанды
            later = [(post, org) for post, org in posts if p.end < post.start < upper]
            for post, org in later:
                verb = PREDICATE.match(text, post.end)
                words = text[post.end : post.end + 40].split()[:2]
                if genitive and verb and not any(_NOMINALIZED.search(w) for w in words):
                    continue  # only X-тың ... Президенті болып сайланғанына: a nominalized clause
                if verb and same_clause(text[p.end : post.start]):  # each post of a converb chain
                    org = org or _organization(text, ents, post, p.end)
                    out.append(Role(p.start, post.end, text[p.start : post.end], mention(p), post, org))
            continue_after = True
        else:
            continue_after = False
        if picked:
            ps, pe = picked[0][0].start, picked[-1][0].end
            if (rank := _RANK_TAIL.search(text, ps, pe)) is not None and rank.start() > ps:
                pe = rank.start()  # [бастығы полковник] Тимур Медетов: the rank is no part of the post
            org = picked[0][1] or _organization(text, ents, picked[0][0], lower)
            first_office = _dash_office(text, chain, picked)
            if first_office is not None:  # Премьер-министрдің орынбасары – ... даму министрі X
                f_post, f_org = first_office
                whole = [
                    e
                    for e in ents
                    if e.label == "POSITION" and e.start <= f_post.start and f_post.end == e.end
                ]
                if whole and (f_org is None or f_org.start >= whole[0].start):  # the tagged post, whole
                    e = whole[0]
                    f_post, f_org = Mention(e.start, e.end, e.text, post_normal(e.text)), None
                f_org = f_org or _organization(text, ents, f_post, lower)
                begin = min(f_post.start, f_org.start if f_org else f_post.start)
                out.append(Role(begin, p.end, text[begin : p.end], mention(p), f_post, f_org))
            other = _comma_office(text, chain, picked)
            if other is not None and picked[0][0].text.lower() in ACADEMIC_TITLES:
                picked = [other]  # Бас хатшысы, профессор, ... қайраткері X: the office, not the title
                ps, pe = other[0].start, other[0].end
                org = other[1] or _organization(text, ents, other[0], lower)
            elif other is not None:  # ҚМДБ Төрағасы, Бас мүфти X
                o_post, o_org = other
                o_org = o_org or _organization(text, ents, o_post, lower)
                begin = min(o_post.start, o_org.start if o_org else o_post.start)
                out.append(Role(begin, p.end, text[begin : p.end], mention(p), o_post, o_org))
                if org is not None and o_org is not None and org.start == o_org.start:
                    org = None  # the body before the first post is that post's
            if _two_offices(
                text, picked
            ):  # Премьер-министрдің орынбасары – Сыртқы істер министрі X: two posts
                first_end = picked[-2][0].end
                first = Mention(ps, first_end, text[ps:first_end], post_normal(text[ps:first_end]))
                begin = min(ps, org.start if org else ps)
                out.append(Role(begin, p.end, text[begin : p.end], mention(p), first, org))
                ps = picked[-1][0].start
            position = Mention(ps, pe, text[ps:pe], post_normal(text[ps:pe]))
            if org is not None and (named := _NAMED_AFTER.search(text, lower, org.start)):
                org = Mention(
                    named.start(),
                    org.end,
                    text[named.start() : org.end],
                    text[named.start() : org.start] + org.normal,
                )
        elif continue_after and out and out[-1].person.start == p.start:
            continue
        elif (
            (paren := _PAREN.match(text, p.end)) is not None
            and (
                inside := [
                    (post, org)
                    for post, org in posts
                    if paren.start(1) <= post.start and post.end <= paren.end(1)
                ]
            )
        ):  # Жанат Жаңқашұлы (Аймақтық «Арқа ақшамы» газетінің бас редакторы): the post in brackets (session 14)
            post, org = inside[-1]
            if text[post.end : paren.end(1)].strip(' \t»"') or post.start > paren.start(1) + 100:
                continue
            org = org or _organization(text, ents, post, paren.start(1))
            position = post
            ps, pe = p.start, post.end
        else:  # PERSON, ORG POST; PERSON – ORG POST; PERSON (1872 – 1937) – ORG POST
            after = re.match(r"(?:[ \t]*\([^()]{1,60}\))?[ \t]*(?:,|[–—-](?=[ \t]))[ \t]*", text[p.end :])
            caption = None if after else re.match(r"[ \t]+", text[p.end :])
            if not after and not caption:
                continue
            at = p.end + (after or caption).end()
            dash = after is not None and "," not in after.group().split(")")[-1]
            reach = upper if dash else at + 60
            nxt = [(post, org) for post, org in posts if at <= post.start <= reach]
            if not nxt:
                continue
            post, org = nxt[0]
            if caption and not _LINE_END.match(text, post.end):
                continue  # a name, its body and its post alone on a line, a caption (session 14, news-test48)
            if dash and listed(
                text, at, post.start, verbs
            ):  # X – мемлекет қайраткері, Астана қаласының әкімі
                at = text.rindex(",", at, post.start) + 1
                while text[at] in " \t":
                    at += 1
            between = text[at : post.start]
            named = _QUOTED_BODY.fullmatch(between)  # Қанат Тұяқбаев, «Қазқайтажаңғырту» РМК Бас директоры
            if (
                re.search("[,.;:«»]", _INITIALS.sub("", between))
                and not named
                or g.PLURAL_WORD.search(post.text)
            ):
                continue  # Азамат, әуелі мамандар ...: a plural post titles no single name after a comma
            if any(q.start >= post.end and not text[post.end : q.start].strip() for q in persons):
                continue  # Құрметті Алма ..., ... Президенті Н.Ә.Назарбаевтың: the post of the name after it
            position = post
            if org is None and between.strip() and re.search(r"\d", between) is None:
                org_text = between.strip()
                org = Mention(at, at + len(org_text), org_text, strip_case(org_text))
            ps, pe = p.start, post.end
        start = min(ps, org.start if org else ps, p.start)
        end = max(pe, p.end)
        out.append(Role(start, end, text[start:end], mention(p), position, org))
    return out


def _home_head_abroad(role: Role) -> bool:
    """role (Role) -> True for Kazakhstan's head of state titled with a foreign country's post: the post of
    someone else the sentence names in another case (``Италия президенті Қасым-Жомарт Тоқаевқа ... наградасын
    табыстады``: the giver is Italy's president; session 13, news-test36)."""
    org = strip_case(role.organization.normal) if role.organization else ""
    return org in _FOREIGN and any(same_name(name, role.person.normal) for name, *_ in HEADS_OF_STATE)


_FOREIGN = frozenset(c for c in COUNTRIES if c != "Қазақстан")
# a word written as names are, a capital then small letters (``Анастасия ЩЕГОРЦОВА``, ``М.Байхан``)
_NAME_CASED = re.compile(f"(?:^|[ .])[{g.alphabet_upper()}][{g.LOWER}a-z]")


def _no_name(role: Role) -> bool:
    """role (Role) -> True when its person has no word cased as a name: an acronym, an initial or a caption in
    capitals that NER took for a person (``КТК тілшісі``, ``ҚР ... директоры``, ``БАЯНДАМА ЖАСАП ЖАТҚАН МИНИСТР``;
    session 19: 12 false posts in the read news parts and 3 in facts_dev, no right one)."""
    return _NAME_CASED.search(role.person.normal) is None


def _no_post(role: Role) -> bool:
    """role (Role) -> True when its post holds no letter: punctuation NER left in a span (``ҚазАқпарат /Сергей
    Кузнецов/``, a byline, read as the post ``/``; session 33, news-test315)."""
    return not any(c.isalpha() for c in role.position.normal)


def _title_only(role: Role) -> bool:
    """role (Role) -> True for a coach, a professor or a candidate named by the bare word, with no body (``бапкер Нұр
    Шаршенбаев``: a calling; ``бас бапкер``, ``құрама бапкері`` stay posts; data/posts.TITLE_ONLY)."""
    words = role.position.normal.lower().split()
    return role.organization is None and len(words) == 1 and words[0].startswith(_TITLES)


_TITLES = tuple(t for t, _ in TITLE_ONLY)


def _union_member(role: Role) -> bool:
    """role (Role) -> True for a member of a creative union or a team (``Қазақстан жазушылар одағының мүшесі``):
    no post (data/posts.MEMBERSHIP_ONLY)."""
    org = role.organization.normal.lower().split() if role.organization else []
    return role.position.normal.lower() == "мүше" and bool(org) and org[-1].startswith(_UNIONS)


_UNIONS = tuple(u for u, _ in MEMBERSHIP_ONLY)


def _one_of_kind(role: Role, text: str) -> bool:
    """role (Role); text -> True for ``өкілі`` after a word of kind or praise (``тағы бір өкілі``, ``жарқын
    өкілі``): one of a kind, no post (data/posts.KIND_BEFORE_ENVOY)."""
    if not role.position.normal.lower().startswith("өкіл"):
        return False
    before = text[max(0, role.position.start - 40) : role.position.start].split()
    return bool(before) and before[-1].lower() in _KIND_WORDS


_KIND_WORDS = frozenset(w for w, _ in KIND_BEFORE_ENVOY)


def run(work) -> None:
    """work (Analysis): fills ``work.roles`` from entities (fallback entities without NER)."""
    roles = find_roles(work.text, work.sentences, entities(work), work.tokens)
    work.roles = [
        r
        for r in roles
        if not _home_head_abroad(r)
        and not _no_name(r)
        and not _no_post(r)
        and not _title_only(r)
        and not _union_member(r)
        and not _one_of_kind(r, work.text)
    ]
