"""Session-6 rules for written news, applied after the model with the name rules (docs/ner.md).

KazNERD is transcribed speech: it has no initials, no Latin acronyms before an organization noun and
few institutions "named after" someone, all common in written Kazakh news (``Л. Н. Гумилев атындағы
Еуразия ұлттық университеті``, ``ALT Университеті``), so the model keeps or drops such words by chance.
Counts are from KazNERD's training groups without the dev, third and cross-check parts.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..alphabet import CYRILLIC_LOWER, CYRILLIC_UPPER, LATIN_BASIC
from ..facts.grammar import GENITIVE as _GENITIVE
from .names import first_name_word
from .places import NAMES
from .rules_posts import _title_head
from .span_ops import Span, covered, join_pairs
from .words import (
    DASHES,
    FIRST_NAME_ENDINGS,
    PATRONYMIC,
    RUSSIAN_PATRONYMIC,
    SURNAME,
    capitalized,
    known_place,
    org_head,
    post_word,
    surname_ending,
)

_INITIAL = re.compile(f"[{CYRILLIC_UPPER}]\\.")
# an acronym in capitals, Latin or Cyrillic, with a case ending after a hyphen: ALT, ҚазҰУ is not one
_ACRONYM = re.compile(f"[{CYRILLIC_UPPER}{LATIN_BASIC[26:]}]{{2,}}(?:-\\w+)?")
_NAMED_AFTER = "атындағы"


def initial_surname(tokens: Sequence[str], found: Sequence[Span]) -> list[Span]:
    """Initials right before a capitalized surname (``-ов, -ева, -ұлы`` ...) make one PERSON, whatever the
    model made of them (session 7, real news pages: ``аудан әкімі [С.Аймақов]GPE, әкім орынбасары С.
    [Дардаков]PERSON`` -> two PERSONs). KazNERD has no initials; the spans they overlap give way.

    tokens (Sequence[str]): the sentence's token texts.
    found (Sequence[Span]): predicted spans.
    RETURNS (list[Span]): the spans with each initials-and-surname name one PERSON.
    """
    names = []
    i = 0
    while i < len(tokens):
        j = i
        while j < len(tokens) and _INITIAL.fullmatch(tokens[j]):
            j += 1
        if (
            j > i
            and j < len(tokens)
            and capitalized(tokens[j])
            and (
                SURNAME.match(tokens[j].lower())
                or _in_surname(tokens, j, found)
                or _bare_surname(tokens, j, found)
            )
        ):
            names.append((i, j + 1, "PERSON"))
            i = j + 1
        else:
            i = max(j, i + 1)
    names = [  # a name in a span running on after it stays there (``[Ш. Уәлиханов атындағы Тарих институты]``)
        (a, b, n)
        for a, b, n in names
        if not any(
            s[0] < b < s[1]
            and s[0] <= a + 1
            and not (s[2] == "ORGANISATION" and _apart(tokens, b))
            and not (s[2] == "PERSON" and _latin_tail(tokens, b, s[1]))
            for s in found
        )
    ]
    if not names:
        return list(found)
    kept = []
    for s in found:
        clash = [(a, b) for a, b, _ in names if s[0] < b and a < s[1]]
        if not clash:
            kept.append(s)
        elif s[0] < clash[0][0] and s[2] in ("POSITION", "GPE", "LOCATION"):
            kept.append(
                (s[0], clash[0][0], s[2])
            )  # [Облыс әкімі Д.Сатыбалды]: the post before the name stays
        if clash and s[1] > clash[-1][1] and s[2] == "ORGANISATION":
            # Е. Сәрсембаев [Парламент Мәжілісінде]: the body after the name keeps its span
            kept.append((clash[-1][1], s[1], s[2]))
    return sorted([*kept, *names])


# after initials a surname in -ин/-ина is one too (``Б.Хамзин``; alone the ending is no sign: ``машина``, ``Пекин``)
_IN_SURNAME = re.compile(f"[{CYRILLIC_LOWER}]{{2,}}(?:ин|ина|ын|ына)")


def _in_surname(tokens: Sequence[str], j: int, found: Sequence[Span]) -> bool:
    """tokens[j], after initials, is a surname in -ин that no place, facility or body span holds (``С. Сейфуллин
    көшесінде`` tagged LOCATION stays a street)."""
    return bool(_IN_SURNAME.fullmatch(tokens[j].lower())) and not any(
        a <= j < b and label in ("LOCATION", "FACILITY", "ORGANISATION") for a, b, label in found
    )


def _bare_surname(tokens: Sequence[str], j: int, found: Sequence[Span]) -> bool:
    """tokens[j], after initials, is a capitalized word no span holds, and nothing after it makes the name part of
    a place's, street's or body's name (``Ғимаратты аралап көрген Е.Садыр ...``, ``П.Морельдің айтуынша``; not
    ``Т.Рысқұлов ауданында``, ``С.Сейфуллин атындағы``; session 33, real news: the model tags the initial alone as
    an organization, or nothing)."""
    word = tokens[j]
    if len(word) < 3 or word.isupper() or any(a <= j < b for a, b, _ in found):
        return False
    nxt = tokens[j + 1].lower() if j + 1 < len(tokens) else ""
    return (
        nxt != _NAMED_AFTER and not _NAMED_HEAD.search(nxt) and not capitalized(tokens[j + 1] if nxt else "")
    )


def _latin_tail(tokens: Sequence[str], start: int, end: int) -> bool:
    """tokens[start:end] are words in Latin capitals a PERSON span ran on into after a Cyrillic surname: a
    company's name (``Б.[Хамзин YILDIRIM]PERSON HOLDING``; session 25, real news), no part of the person."""
    return all(re.fullmatch("[A-Z][A-Z.&-]*", t) for t in tokens[start:end])


_MISTAKEN = ("ORGANISATION", "GPE", "LOCATION", "POSITION", "NORP")  # labels a name may wrongly get
_NAMED_HEAD = re.compile("(?:ы|і|сы|сі)(?:н|нда|нде|ның|нің|на|не|нан|нен|мен|нің)?$")  # театры, мектебінде


def _apart(tokens: Sequence[str], end: int) -> bool:
    """The initials-and-surname name ending before ``end`` stands apart from the span running on after it:
    the next word opens a new name rather than being what the name names (session 14, real news:
    ``- деді [Е. Сәрсембаев Парламент Мәжілісінде]ORGANISATION`` -> the person and the body; not
    ``Ш. Уәлиханов атындағы``, ``Ж. Жабаев театрында``, ``Ә. Марғұланның мұражайы``).
    """
    word = tokens[end]
    return (
        capitalized(word)
        and word != _NAMED_AFTER
        and not _NAMED_HEAD.search(word.lower())
        and not tokens[end - 1].lower().endswith(_GENITIVE)
    )


def first_name_surname(tokens: Sequence[str], found: Sequence[Span]) -> list[Span]:
    """A first name (known, or with a given name's ending: ``-бек, -жан, -гүл`` ...) and a capitalized surname (``-ов, -ева, -ұлы`` ...), with a patronymic between them
    or not, are one PERSON when the model gave the words another label (session 8, real news pages:
    ``Ұлттық академияның президенті [Ақылбек Күрішбаев академияның]ORGANISATION`` -> ``[Ақылбек
    Күрішбаев]PERSON``). A span running on after the name into a possessed noun is named after the person
    and stays (``[Мұхтар Әуезов театрында]``, ``[Әлихан Бөкейханов атындағы университет]``); a post span
    ending in the name keeps the words before it.

    tokens (Sequence[str]): the sentence's token texts.
    found (Sequence[Span]): predicted spans.
    RETURNS (list[Span]): the spans with each such name one PERSON.
    """
    names = []
    for i in range(len(tokens) - 1):
        if not capitalized(tokens[i]) or not capitalized(tokens[i + 1]):
            continue  # cheap tests first: this runs on every sentence
        j = i + 1
        if j + 1 < len(tokens) and capitalized(tokens[j]) and tokens[j].lower().endswith(RUSSIAN_PATRONYMIC):
            j += 1  # Меруерт Советовна Жармағамбетова
        if not (capitalized(tokens[j]) and SURNAME.match(tokens[j].lower())):
            continue
        if tokens[i].endswith(FIRST_NAME_ENDINGS) or first_name_word(tokens[i]):
            names.append((i, j + 1))
    if not names:
        return list(found)
    out = list(found)
    for a, b in names:
        over = [s for s in out if s[0] < b and a < s[1]]
        if not over or any(s[2] not in _MISTAKEN for s in over):
            continue  # untagged names are the first-name rule's; a PERSON, a title or an event stays
        if any(s[1] > b for s in over) and tokens[b - 1].lower().endswith(_GENITIVE):
            continue  # [Абай Құнанбаевтың 175 жылдығына]EVENT: the name governs the rest of the span
        if any(
            s[1] > b and (tokens[b] == _NAMED_AFTER or _NAMED_HEAD.search(tokens[b].lower())) for s in over
        ):
            continue  # [Мұхтар Әуезов театрында]: named after the person
        kept = [(s[0], a, s[2]) for s in over if s[0] < a and s[2] in ("POSITION", "ORGANISATION", "GPE")]
        out = sorted([*(s for s in out if s not in over), *kept, (a, b, "PERSON")])
    return out


def initials_join(tokens: Sequence[str], found: Sequence[Span]) -> list[Span]:
    """Untagged initials right before a span that opens with a capitalized word belong to it (rule 33).

    ``М. [Тынышпаев атындағы ALT Университеті]`` -> ``[М. Тынышпаев атындағы ALT Университеті]``,
    ``Л. Н. [Гумилев]`` -> ``[Л. Н. Гумилев]``. KazNERD's transcripts of speech hold no initials, so
    the model never learnt them and keeps or drops them by chance on written news; the rule has no
    count in the train part (no sentence there has a one-letter initial with a dot).

    tokens (Sequence[str]): the sentence's token texts.
    found (Sequence[Span]): predicted spans.
    RETURNS (list[Span]): the spans with such initials taken in.
    """
    taken = covered(found)
    out = []
    for a, b, label in found:
        if capitalized(tokens[a]):
            while a > 0 and a - 1 not in taken and _INITIAL.fullmatch(tokens[a - 1]):
                a -= 1
        out.append((a, b, label))
    return out


def _name_word(tokens: Sequence[str], i: int) -> bool:
    """The word at ``i`` may be part of a name: an initial, or capitalized and, as a sentence's first
    word, read as a proper noun by morphology (``Іс-шараны М. Тынышпаев атындағы`` stops at ``М.``)."""
    from ..morph.analyzer import analyze

    word = tokens[i]
    if _INITIAL.fullmatch(word):
        return True
    return capitalized(word) and (i > 0 or analyze(word)[0].upos == "PROPN")


def named_after(tokens: Sequence[str], found: Sequence[Span]) -> list[Span]:
    """A span that opens with ``атындағы`` 'named after', or right after it, takes in the name before it
    (rule 34): the PERSON span there, or the capitalized words and initials.

    ``[М. Тынышпаев] атындағы [ALT Университеті]`` -> one span of the second's label. Train part: the one
    ``атындағы`` lies inside an ORGANISATION that holds the name (``... атындағы ... қоры``); the dev part's
    one (``әл-Фараби атындағы Қазақ ұлттық университетінің заң факультетінде``) too.

    tokens (Sequence[str]): the sentence's token texts.
    found (Sequence[Span]): predicted spans.
    RETURNS (list[Span]): the spans, sorted, with such names joined.
    """
    if not any(_NAMED_AFTER in (tokens[a].lower(), tokens[a - 1].lower() if a else "") for a, _, _ in found):
        return sorted(found)
    spans = sorted(found)
    by_end = {b: (a, b, label) for a, b, label in spans}
    taken = covered(spans)
    out: list[Span] = []
    dropped: set[Span] = set()
    for a, b, label in spans:
        at = a if tokens[a].lower() == _NAMED_AFTER else a - 1
        if (
            label != "PERSON"
            and at >= 1
            and tokens[at].lower() == _NAMED_AFTER
            and (at == a or at not in taken)
        ):
            before = by_end.get(at)
            if before and before[2] == "PERSON":
                start = before[0]
                dropped.add(before)
            else:
                start = at
                while start > 0 and start - 1 not in taken and _name_word(tokens, start - 1):
                    start -= 1
            if start < at:
                out.append((start, b, label))
                continue
        out.append((a, b, label))
    return sorted(s for s in out if s not in dropped)


def acronym_joins_org(tokens: Sequence[str], found: Sequence[Span]) -> list[Span]:
    """An untagged acronym right before a span that opens with a capitalized organization noun belongs to it
    (rule 35): ``ALT [Университетінің Басқарма Төрағасы]`` -> ``[ALT Университетінің Басқарма Төрағасы]``.

    Train part: no span opens with a capitalized organization noun after an acronym, and no acronym stands
    before an organization noun inside a span either: KazNERD has none; the rule is for written news.

    tokens (Sequence[str]): the sentence's token texts.
    found (Sequence[Span]): predicted spans.
    RETURNS (list[Span]): the spans with such acronyms taken in.
    """
    taken = covered(found)
    return [
        (a - 1, b, label)
        if a >= 1
        and a - 1 not in taken
        and tokens[a][:1].isupper()
        and org_head(tokens[a])
        and _ACRONYM.fullmatch(tokens[a - 1])
        else (a, b, label)
        for a, b, label in found
    ]


def common_noun_before_place(tokens: Sequence[str], found: Sequence[Span]) -> list[Span]:
    """A span on the sentence's first word that runs on into a known place loses that word when morphology
    reads it as a common noun (rule 36): ``[Жоба Қазақстан Республикасының Президенті]`` -> ``Жоба
    [Қазақстан Республикасының Президенті]``.

    Train part: of the gold spans that open a sentence and go on into a known place, none opens with a
    common noun (17 open with an adjective, ``Батыс Қазақстан облысы``, 2 with a quote); 10 sentences
    open with an untagged noun before a place's span.

    tokens (Sequence[str]): the sentence's token texts.
    found (Sequence[Span]): predicted spans.
    RETURNS (list[Span]): the spans without such a first word.
    """
    if not any(a == 0 and b - a >= 2 for a, b, _ in found):
        return list(found)
    from ..morph.analyzer import analyze

    out = []
    for a, b, label in found:
        if (
            a == 0
            and b - a >= 2
            and known_place(tokens[1])
            and not known_place(tokens[0])
            and tokens[0] not in NAMES
            and analyze(tokens[0])[0].upos == "NOUN"
        ):
            a = 1
        out.append((a, b, label))
    return out


def person_parts_join(tokens: Sequence[str], found: Sequence[Span]) -> list[Span]:
    """Two PERSON spans with nothing between them are one person when the first is one word or ends in a
    patronymic (rule 37): ``[Меруерт Советовна] [Жармағамбетова]`` -> one PERSON.

    Train part: 3 gold PERSON spans stand right after another PERSON, each two full names with a surname
    (``Қасым-Жомарт Тоқаев Дмитрий Медведевті``), which the rule leaves apart; none after a one-word
    PERSON or a patronymic.

    tokens (Sequence[str]): the sentence's token texts.
    found (Sequence[Span]): predicted spans.
    RETURNS (list[Span]): the spans, sorted, with such parts joined.
    """

    def joined(previous: Span, span: Span) -> str | None:
        a0, b0, label0 = previous
        if span[2] != "PERSON" or label0 != "PERSON" or b0 != span[0]:
            return None
        if b0 - a0 == 1 and span[1] - span[0] == 1 and two_surnames(tokens, b0):
            return None  # [Зеленский] [Назарбаевпен]: two people (rule 43)
        return "PERSON" if b0 - a0 == 1 or tokens[b0 - 1].lower().endswith(PATRONYMIC) else None

    return join_pairs(found, joined)


def two_surnames(tokens: Sequence[str], i: int) -> bool:
    """tokens (Sequence[str]); i (int) -> True if ``tokens[i - 1]`` is a surname with no ending and
    ``tokens[i]`` another one with a case ending, the end of a name: two people side by side
    (``Зеленский Назарбаевпен ... сөйлескенін айтты``)."""
    if i < 1 or i >= len(tokens) or not (capitalized(tokens[i - 1]) and capitalized(tokens[i])):
        return False
    return surname_ending(tokens[i - 1]) == "" and bool(surname_ending(tokens[i]))


def surnames_apart(tokens: Sequence[str], found: Sequence[Span]) -> list[Span]:
    """A PERSON span ending in two surnames, the first bare and the last with a case ending, is two people
    (rule 43, session 9, real news pages: ``Сөз басында [Зеленский Назарбаевпен]`` -> ``[Зеленский]
    [Назарбаевпен]``): one person's name carries its case on the last word only, and a name holds one
    surname.

    KazNERD's whole validation file has one pair of adjacent surname-shaped words (``Шитов Саратов``,
    a PERSON then an ORGANISATION), so no KazNERD figure changes.

    tokens (Sequence[str]): the sentence's token texts.
    found (Sequence[Span]): predicted spans.
    RETURNS (list[Span]): the spans with each such PERSON cut before its last word.
    """
    out: list[Span] = []
    for a, b, label in found:
        if label == "PERSON" and b - a >= 2 and two_surnames(tokens, b - 1):
            out += [(a, b - 1, label), (b - 1, b, label)]
        else:
            out.append((a, b, label))
    return out


def acronym_not_person(tokens: Sequence[str], found: Sequence[Span]) -> list[Span]:
    """A PERSON span that opens with an acronym is no person, and goes (rule 38): ``[ҚР Стратегиялық]``
    (of ``ҚР Стратегиялық серіктестер форумы``) tagged PERSON.

    Train part: 76 gold spans open with an acronym (ORGANISATION 25, GPE 17, DISEASE 13, ...), none is a
    PERSON. Which label the span should have is not known, so it is dropped rather than relabelled.

    tokens (Sequence[str]): the sentence's token texts.
    found (Sequence[Span]): predicted spans.
    RETURNS (list[Span]): the spans without such ones.
    """
    return [
        (a, b, label) for a, b, label in found if not (label == "PERSON" and _ACRONYM.fullmatch(tokens[a]))
    ]


def post_dash_name(tokens: Sequence[str], found: Sequence[Span]) -> list[Span]:
    """A POSITION that runs past its post word over a dash into capitalized words ends at the post word, and
    the words after the dash are a PERSON (rule 39): ``[Президент Әкімшілігінің басшысы — Әсет Исекешев]`` ->
    ``[... басшысы] — [Әсет Исекешев]``; a post after the dash stays (``Басқарма Төрағасы – Ректоры``).

    Train part: no POSITION span holds a dash after a post word (the 4 that hold a capitalized word after one
    are ``Президент Әкімшілігі ...``, an organization, with no dash); 141 POSITION spans have a PERSON right
    after them.

    tokens (Sequence[str]): the sentence's token texts.
    found (Sequence[Span]): predicted spans.
    RETURNS (list[Span]): the spans, sorted, with such POSITIONs split.
    """
    out: list[Span] = []
    for a, b, label in found:
        k = None
        if label == "POSITION":
            k = next((k for k in range(a, b - 2) if tokens[k + 1] in DASHES and post_word(tokens[k])), None)
        name = tokens[k + 2 : b] if k is not None else []
        if name and all(capitalized(w) and not post_word(w) and not org_head(w) for w in name):
            out += [(a, k + 1, "POSITION"), (k + 2, b, "PERSON")]
        else:
            out.append((a, b, label))
    return sorted(out)


def person_before_body(tokens: Sequence[str], found: Sequence[Span]) -> list[Span]:
    """A PERSON right before an untagged lowercase organization noun is an ORGANISATION (rule 40):
    ``[Bloomberg Media Group] компаниясының`` tagged PERSON. A span of only initials is no person and goes.

    Train part: of the 49 spans right before an untagged lowercase organization noun (``ORG_HEAD`` or a
    «title» head: ``компаниясы``, ``арнасы``), none is a PERSON (ORGANISATION 17, CARDINAL 14, DATE 9, ...);
    KazNERD has no initials at all.

    tokens (Sequence[str]): the sentence's token texts.
    found (Sequence[Span]): predicted spans.
    RETURNS (list[Span]): the spans with such PERSONs relabelled or dropped.
    """
    taken = covered(found)
    out: list[Span] = []
    for a, b, label in found:
        if label == "PERSON" and all(_INITIAL.fullmatch(w) for w in tokens[a:b]):
            continue  # a lone initial: the sentence was cut after it
        nxt = tokens[b] if b < len(tokens) else ""
        body = nxt[:1].islower() and b not in taken and (org_head(nxt) or _title_head(nxt))
        out.append((a, b, "ORGANISATION" if label == "PERSON" and body else label))
    return out


# the participles of holding: a name never runs on through one (in KazNERD only DATE spans hold one: ``өткен жылы``)
_HELD = frozenset({"өткен", "өтетін", "өткізілген", "өткізілетін"})


def held_participle_cut(tokens: Sequence[str], found: Sequence[Span]) -> list[Span]:
    """A span other than DATE or TIME ends before a participle of holding (``[Орталық коммуникациялар қызметінде]
    өткен баспасөз конференциясында``, the model's ORGANISATION having run on to the press conference; session 33,
    real news: 4 such spans in the read news parts hid the event). KazNERD's training data has no such span but
    124 DATEs (``өткен жылы`` 'last year') and 2 TIMEs.

    tokens (Sequence[str]): the sentence's token texts.
    found (Sequence[Span]): predicted spans.
    RETURNS (list[Span]): the spans, cut.
    """
    out = []
    for a, b, label in found:
        cut = (
            None
            if label in ("DATE", "TIME")
            else next((i for i in range(a, b) if tokens[i].lower() in _HELD), None)
        )
        if cut is None:
            out.append((a, b, label))
        elif cut > a:
            out.append((a, cut, label))
    return out
