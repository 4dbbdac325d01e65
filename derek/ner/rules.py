"""Label and boundary fixes applied after the NER model: small rules over one sentence's spans.

:func:`fix` runs them in order (docs/ner.md lists them with their counts): the numeric type and date
boundary rules live in :mod:`derek.ner.rules_numbers`, the session-5 rules for names, places and posts in
:mod:`derek.ner.rules_names` and :mod:`derek.ner.rules_posts`, the rest here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from ..facts.grammar import LOCATIVE, PLURAL
from . import rules_names, rules_text
from .names import first_name_word
from .rules_numbers import (
    _NUMBER,
    NUMERIC,
    RULES,
    SEASON_MONTH,
    _index_unit,
    _kinds,
    _month_after,
    held_before_year,
    number_joins_date,
    stem,
    tens_join_date,
)
from .rules_posts import latin_company, person_digits, setting_cut_post, titled_person
from .rules_written import person_parts_join
from .span_ops import covered
from .units import (
    DATE_POSTPOSITIONS,
    SETTLEMENT_FORMS,
)
from .words import (
    GENITIVE_WORD,
    NOUN_ENDINGS,
    capitalized,
    known_place,
    org_head,
    post_word,
    settlement,
    surname_ending,
)


def fix(tokens: Sequence[str], found: Sequence[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Take a unit word right after a numeric span into it, then apply :data:`RULES` (first answer wins).

    tokens (Sequence[str]): the sentence's token texts.
    found (Sequence[tuple[int, int, str]]): predicted ``(start, end, label)`` token spans.
    RETURNS (list[tuple[int, int, str]]): the spans with fixed labels.
    """
    found = [t for t in (tidy(tokens, span) for span in found) if t]
    found = [part for span in found for part in comma_split(tokens, span)]
    found = common_word_at_start(tokens, found)
    found = surname_not_post(tokens, found)
    found = post_opens_person(tokens, found)
    found = genitive_ends_person(tokens, found)
    found = [(a, b, "POSITION" if _post_span(tokens, a, b, label) else label) for a, b, label in found]
    found = [(a, b, "ORGANISATION" if _org_span(tokens, a, b, label) else label) for a, b, label in found]
    found = titled_person(tokens, found)
    found = latin_company(tokens, person_digits(tokens, found))
    found = setting_cut_post(tokens, found)
    found = rules_names.apply(tokens, found)
    found = tens_join_date(tokens, number_joins_date(tokens, found))
    found = held_before_year(tokens, found)
    found = place_splits(tokens, found)
    found = places(tokens, found)
    found = place_list(tokens, found)
    found = gazetteer(tokens, found)
    found = kin_name(tokens, first_names(tokens, found))
    found = person_parts_join(tokens, [*found, *surnames(tokens, found)])  # a surname added after its name
    found = rules_text.apply(tokens, found)  # written text: years in digits, ж., brackets
    out = []
    taken = covered(found)
    for start, end, label in found:
        if label == "CARDINAL" and end < len(tokens) and end not in taken and _kinds(tokens[end : end + 1]):
            end += 1  # the number's unit belongs to it: «500» кубтай -> «500 кубтай»
            taken.add(end - 1)
        if label in ("ORDINAL", "CARDINAL"):
            month = _month_after(tokens, end, taken, number=False)
            if month > end and not tokens[month - 1].lower().startswith(SEASON_MONTH):
                label, end = "DATE", month  # Бесінші тамыздан: a day of a month (маусым is also 'season')
        if label == "DATE":
            end = _month_after(tokens, end, taken)
        taken.update(range(start, end))
        if (
            label == "DATE"
            and end < len(tokens)
            and end not in taken
            and tokens[end].lower() in DATE_POSTPOSITIONS
        ):
            end += 1  # KazNERD keeps the postposition: «2022 жылға» дейін -> «2022 жылға дейін»
            taken.add(end - 1)
        if label in (*NUMERIC, "DATE") and _index_unit(tokens[start:end]):
            label = "QUANTITY"  # the monthly calculation index is a unit, not a month
        elif label in NUMERIC:
            kinds = _kinds(tokens[start:end])
            for rule in RULES:
                new = rule(label, kinds)
                if new:
                    label = new
                    break
        out.append((start, end, label))
    return out


def surnames(tokens: Sequence[str], found: Sequence[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """PERSON spans for surname-shaped words the model left untagged (``Тұңғышбаевтың``, ``Иван Дүйсенов``).

    tokens (Sequence[str]): the sentence's token texts.
    found (Sequence[tuple[int, int, str]]): the model's spans (their tokens are left alone).
    RETURNS (list[tuple[int, int, str]]): new spans, a preceding capitalized word (first name) included.
    """
    if not any(map(_surname_word, tokens)):
        return []
    taken = covered(found)
    out: list[tuple[int, int, str]] = []
    for i, word in enumerate(tokens):
        if i in taken or not _surname_word(word):
            continue
        start = i
        if i > 1 and i - 1 not in taken and capitalized(tokens[i - 1]) and not (out and out[-1][1] == i):
            start = i - 1
        if out and out[-1][1] == start:  # Иванов Петров: one name
            start = out.pop()[0]
        out.append((start, i + 1, "PERSON"))
        taken.update(range(start, i + 1))
    return out


@lru_cache(maxsize=100_000)
def _surname_word(word: str) -> bool:
    """word (str) -> True if it is capitalized and its stem is surname-shaped (:func:`derek.ner.words.surname_ending`)."""
    return capitalized(word) and surname_ending(word) is not None


def surname_not_post(
    tokens: Sequence[str], found: Sequence[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """A POSITION that opens with a bare capitalized surname and holds no post word is that person alone
    (session 14, news-test49: ``[Смайылов Дүниежүзілік банкпен серіктестік ... үшін]POSITION ... атап өтті`` ->
    ``[Смайылов]PERSON``); KazNERD's posts without a post word (``Тұңғыш Президентіміз``, ``майор``,
    ``Халық әртісі``) never open with a surname.

    tokens (Sequence[str]): the sentence's token texts.
    found (Sequence[tuple[int, int, str]]): predicted spans.
    RETURNS (list[tuple[int, int, str]]): the spans with each such one cut to the surname.
    """
    out = []
    for a, b, label in found:
        if (
            label == "POSITION"
            and b - a > 1
            and capitalized(tokens[a])
            and surname_ending(tokens[a]) == ""
            and not any(post_word(w) for w in tokens[a:b])
        ):
            out.append((a, a + 1, "PERSON"))
        else:
            out.append((a, b, label))
    return out


def post_opens_person(
    tokens: Sequence[str], found: Sequence[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """A PERSON that opens with a capitalized post word is that POSITION and the person after it (session 16:
    ``[Министр Ақкенженов]PERSON`` -> ``[Министр]POSITION [Ақкенженов]PERSON``, the model's reading at a
    sentence's start; session 17: so is a span of another name-like label whose words after the post are a
    name, ``[Сенатор Ғалиасқар Сарыбаев]LAW``); a one-word PERSON right before ``кен орны`` 'oil field' is a
    field, no person (``Министр Теңіздің ... іске қосылғанын``, ``Қашаған кен орнына``).

    KazNERD (all 11,167 sentences): no PERSON span opens with a post word; of 69 capitalized post words right
    before a PERSON, 66 are a POSITION and 3 untagged (``Депутат Жәмила Нұрманбетова``); its one ``... кен
    орны`` after a capitalized word is untagged.

    tokens (Sequence[str]): the sentence's token texts.
    found (Sequence[tuple[int, int, str]]): predicted spans.
    RETURNS (list[tuple[int, int, str]]): the spans with each such one split or dropped.
    """
    out = []
    for a, b, label in found:
        if label in _NAME_LIKE and b - a > 1 and capitalized(tokens[a]) and post_word(tokens[a]):
            if label != "PERSON" and not _named(tokens[a + 1 : b]):
                out.append((a, b, label))
                continue
            a, label = a + 1, "PERSON"
            out.append((a - 1, a, "POSITION"))
        if label == "PERSON" and b - a == 1 and _field(tokens, b):
            continue
        out.append((a, b, label))
    return out


# labels NER gives a post and a name read as one (session 17: ``[Сенатор Ғалиасқар Сарыбаев]LAW``)
_NAME_LIKE = ("PERSON", "LAW", "PRODUCT", "ART", "MISCELLANEOUS", "PROJECT", "EVENT")


def _named(words: Sequence[str]) -> bool:
    """words -> True when they read as a person's name: all capitalized, the first a first name or the last a
    surname."""
    return (
        all(capitalized(w) for w in words)
        and 1 <= len(words) <= 3
        and (first_name_word(words[0]) or _surname_word(words[-1]))
    )


def genitive_ends_person(
    tokens: Sequence[str], found: Sequence[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """A PERSON ends at its first word in the genitive: only a name's last word takes a case (session 17:
    ``[Нұрсұлтан Назарбаевтың Жасыл]PERSON экономика саясаты`` -> ``[Нұрсұлтан Назарбаевтың]PERSON Жасыл ...``,
    a possessor read on into the capitalized name of what it owns).

    KazNERD (all 11,167 sentences): 1 of 1,352 PERSON spans has a genitive word before its last one
    (``Искакова Баянның Мұратқызының``, a name in the genitive throughout).

    tokens (Sequence[str]): the sentence's token texts.
    found (Sequence[tuple[int, int, str]]): predicted spans.
    RETURNS (list[tuple[int, int, str]]): the spans with each such PERSON cut after its genitive word.
    """
    out = []
    for a, b, label in found:
        if label == "PERSON":
            cut = next((i + 1 for i in range(a, b - 1) if GENITIVE_WORD.fullmatch(tokens[i])), b)
            if cut < b and not GENITIVE_WORD.fullmatch(tokens[b - 1]):
                b = cut
        out.append((a, b, label))
    return out


def _field(tokens: Sequence[str], end: int) -> bool:
    """tokens; end (int): a span's end -> True when ``кен орны`` in some case form follows it."""
    return (
        end + 1 < len(tokens) and tokens[end].lower() == "кен" and tokens[end + 1].lower().startswith("орн")
    )


def common_word_at_start(
    tokens: Sequence[str], found: Sequence[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """Drop a one-word GPE or PERSON on the sentence's first word when that word is a common word.

    Every sentence starts with a capital, and the model sometimes takes it for a name
    (``Жоғарыда айтылғандай`` 'as said above', ``Майданға аттануыма``). The span goes when
    morphology reads the word as a common word (not PROPN), it is no place of
    :mod:`derek.ner.places` and no first name of :mod:`derek.ner.names`, and no
    ``ауданы/қаласы/...`` follows it (``Мұнайлы ауданындағы`` stays).

    tokens (Sequence[str]): the sentence's token texts.
    found (Sequence[tuple[int, int, str]]): predicted spans.
    RETURNS (list[tuple[int, int, str]]): the spans without such a one.
    """
    if not any(a == 0 and b == 1 and label in ("GPE", "PERSON") for a, b, label in found):
        return list(found)
    from ..morph.analyzer import analyze
    from .names import first_names as names

    def common(word: str, following: str) -> bool:
        return (
            analyze(word)[0].upos != "PROPN"
            and not known_place(word)
            and stem(word)[0] not in names()
            and not settlement(following)
        )

    following = tokens[1] if len(tokens) > 1 else ""
    return [
        (a, b, label)
        for a, b, label in found
        if not (a == 0 and b == 1 and label in ("GPE", "PERSON") and common(tokens[0], following))
    ]


# a kinship word after a name, possessed or in a case: ``Қуандық ата``, ``Клара апамыз``, ``Әлжан әжеміз``
_KIN = re.compile(
    "(?:ата|апа|әже|аға|атай|әжей|апай|ағай)(?:мыз|міз|ның|нің|ны|ні|ға|ге|мен|сы|сі|м|ң|ңыз|ңіз)?"
)


def kin_name(tokens: Sequence[str], found: Sequence[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """An untagged capitalized word morphology reads as a proper noun, right before a kinship word, is a PERSON,
    the kinship word left out (rule 61, session 27: ``Қуандық ата — ...`` -> ``[Қуандық] ата``). KazNERD's training
    groups hold 8 such names tagged PERSON alone and none left untagged; a common noun (``Майдангер атаңыз``) or a
    name in quote marks (``« Асыл әжем »``) is left alone.

    tokens (Sequence[str]): the sentence's token texts.
    found (Sequence[tuple[int, int, str]]): predicted spans (their words are left alone).
    RETURNS (list[tuple[int, int, str]]): the spans, sorted, with such names added.
    """
    if not any(_KIN.fullmatch(t) for t in tokens[1:]):
        return sorted(found)
    from ..morph.analyzer import analyze

    taken = covered(found)
    out = list(found)
    quoted = 0
    for i, word in enumerate(tokens[:-1]):
        quoted += (word == "«") - (word == "»")
        if (
            quoted <= 0
            and i not in taken
            and i + 1 not in taken
            and capitalized(word)
            and not word.isupper()
            and _KIN.fullmatch(tokens[i + 1])
            and analyze(word)[0].upos == "PROPN"
        ):
            out.append((i, i + 1, "PERSON"))
    return sorted(out)


def first_names(tokens: Sequence[str], found: Sequence[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A capitalized untagged word whose stem is a first name of :mod:`derek.ner.names` is a PERSON.

    ``Раушанның айтуынша`` gets ``Раушанның``; up to two capitalized untagged words right after
    it join it (surname, patronymic), a PERSON span the model started on the next word takes it in
    (``Абзал [Серікұлы]`` -> ``[Абзал Серікұлы]``), and one that ends right before it is
    extended (``[Түгел] Сәдібекке`` -> ``[Түгел Сәдібекке]``), as is an untagged capitalized
    word before it that does not open the sentence (``Түгел Сәдібекке``: surname first). A sentence's first word counts
    only when a capitalized word follows it (a lone capital there may be any word); words
    inside ``«...»`` are titles and names of things, not people, and are left alone.

    tokens (Sequence[str]): the sentence's token texts.
    found (Sequence[tuple[int, int, str]]): predicted spans (their words are left alone).
    RETURNS (list[tuple[int, int, str]]): the spans, sorted, with the names added.
    """
    if not any(map(first_name_word, tokens)):
        return sorted(found)
    taken = covered(found)
    starts = {start: (start, end, label) for start, end, label in found}
    ends = {end: (start, end, label) for start, end, label in found}
    out = list(found)
    i, quoted = 0, 0
    while i < len(tokens):
        word = tokens[i]
        quoted += (word == "«") - (word == "»")
        following = tokens[i + 1] if i + 1 < len(tokens) else ""
        if (
            i in taken
            or quoted > 0
            or not first_name_word(word)
            or (i == 0 and not capitalized(following))
            or settlement(following)
        ):
            i += 1
            continue
        start, end = i, i + 1
        before, nxt = ends.get(i), starts.get(i + 1)
        if before and before[2] == "PERSON":
            out.remove(before)
            start = before[0]
        elif i > 1 and i - 1 not in taken and capitalized(tokens[i - 1]) and not post_word(tokens[i - 1]):
            start = i - 1  # surname first: Түгел Сәдібекке
        if nxt and nxt[2] == "PERSON":
            out.remove(nxt)
            end = nxt[1]
        else:  # a surname and a patronymic may follow: Нұрсұлтан Әбішұлы Назарбаев
            while end < min(len(tokens), i + 3) and end not in taken and capitalized(tokens[end]):
                if post_word(tokens[end]) or settlement(tokens[end]):
                    break
                end += 1
        span = (start, end, "PERSON")
        out.append(span)
        starts[start], ends[end] = span, span  # a later name may join this one (not the spans it took in)
        taken.update(range(start, end))
        i = end
    return sorted(out)


def comma_split(tokens: Sequence[str], span: tuple[int, int, str]) -> list[tuple[int, int, str]]:
    """Split a name at a comma that no name of its type crosses.

    No PERSON or GPE of the training groups holds a comma, so one is cut there; an ORGANISATION is cut
    only after a complete name, one that ends in an organization noun (``[Алматыдағы Бас консулдығы],
    [Қытайдың ... университетінің]``), since coordinated names share a head (``Денсаулық сақтау, Көлік
    және энергетика министрліктері``, 3 of 677 training spans).

    tokens (Sequence[str]): the sentence's token texts.
    span (tuple[int, int, str]): one ``(start, end, label)`` span.
    RETURNS (list[tuple[int, int, str]]): the parts (the span itself when nothing is cut).
    """
    start, end, label = span
    if label not in ("PERSON", "GPE", "ORGANISATION") or "," not in tokens[start:end]:
        return [span]
    out, first = [], start
    for i in range(start, end):
        if tokens[i] == "," and (label != "ORGANISATION" or (i > first and org_head(tokens[i - 1]))):
            if i > first:
                out.append((first, i, label))
            first = i + 1
    if end > first:
        out.append((first, end, label))
    return out


_TRAILING = frozenset(".,:;!?—–-")


def tidy(tokens: Sequence[str], span: tuple[int, int, str]) -> tuple[int, int, str] | None:
    """Cut a span at an unbalanced quote and drop trailing punctuation (KazNERD entities never have them).

    tokens (Sequence[str]): the sentence's token texts.
    span (tuple[int, int, str]): one ``(start, end, label)`` span.
    RETURNS (tuple[int, int, str] | None): the tidied span, or ``None`` if nothing is left.
    """
    start, end, label = span
    depth, opened = 0, -1
    for i in range(start, end):
        if tokens[i] == "«":
            depth, opened = depth + 1, (i if depth == 0 else opened)
        elif tokens[i] == "»":
            if depth == 0:  # «Лу Бань шеберханасы» жобасына ...: the entity ends before »
                end = i
                break
            depth -= 1
    if depth > 0 and start <= opened < end:
        end = opened
    while end > start and tokens[end - 1] in _TRAILING:
        end -= 1
    return (start, end, label) if end > start else None


def _post_span(tokens: Sequence[str], start: int, end: int, label: str) -> bool:
    """The span ends in a post word and is no PERSON: a POSITION (rule 2).

    Train part: all 438 entity spans ending in a post word are POSITION. Sessions 1-4 applied this to
    ORGANISATION and GPE spans only; session 5 to every label but PERSON (``[Қорғаныс министрі]`` tagged
    EVENT, ``[Соттың төрағасы]`` tagged DATE), except a span that opens with a number, which the model
    has likely glued to the post (``он бірінші Президенті``; 2 of the 438 open with one).
    """
    return (
        label not in ("PERSON", "POSITION")
        and post_word(tokens[end - 1])
        and (label in ("ORGANISATION", "GPE") or not _NUMBER.fullmatch(tokens[start]))
    )


def _org_span(tokens: Sequence[str], start: int, end: int, label: str) -> bool:
    """The span ends in an organization noun of ``ORG_HEAD``: an ORGANISATION (rule 29).

    Train part (KazNERD's training groups without the dev, third and cross-check parts): of 218 gold
    spans ending in such a noun, 215 are ORGANISATION, 2 the one-word NORP ``Кеңес`` 'Soviet', 1 a
    POSITION (``Мәжілісте``). Sessions 1-5 applied this to POSITION and GPE spans only; session 6 to every
    label but a one-word NORP and the numeric labels (a number glued to a name is split by
    ``rules_names.number_before_org``), for text unlike KazNERD where the model calls a university a
    person (``[... Университетінде]`` tagged PERSON) or a consulate a facility.
    """
    return (
        label not in ("ORGANISATION", *NUMERIC, "DATE")
        and org_head(tokens[end - 1])
        and not (label == "NORP" and end - start == 1)
    )


def place_splits(tokens: Sequence[str], found: Sequence[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Separate a place from the span the model glued it to. Counts are from KazNERD's training groups.

    - a POSITION span opened by a known place in the locative is a GPE and a POSITION
      (``[Бішкекте] [Президент]``; 0 of 14 spans opened so are POSITION);
    - a DATE span of a known place and a postposition is the place alone (``[Нұр-Сұлтанға] дейін``;
      both such places are GPE);
    - a PERSON span of several words ending in a known place ends before it, and the place is a GPE
      (``[Ван Цзяньвэй] [Қытай] мен Қазақстан``; no training span of a person ends in a place);
    - a GPE span ending in a settlement noun other than ``облыс`` loses the noun (``[Красин] кентіне``;
      192 of 195 GPE spans leave it outside);
    - (session 5) so does a two-word span of any other label made of a known place and such a noun, and
      the place is a GPE (``[Алматы қаласындағы]`` tagged FACILITY; of 80 such pairs in the train part,
      none is a span of its own).

    tokens (Sequence[str]): the sentence's token texts.
    found (Sequence[tuple[int, int, str]]): predicted spans.
    RETURNS (list[tuple[int, int, str]]): the spans, split or trimmed.
    """
    out = []
    for start, end, label in found:
        first = tokens[start]
        if label == "POSITION" and end - start >= 2 and known_place(first) and stem(first)[1] in LOCATIVE:
            out += [(start, start + 1, "GPE"), (start + 1, end, label)]
        elif (
            label == "DATE"
            and end - start == 2
            and known_place(first)
            and tokens[end - 1].lower() in DATE_POSTPOSITIONS
        ):
            out.append((start, start + 1, "GPE"))
        elif label == "PERSON" and end - start >= 2 and known_place(tokens[end - 1]):
            out += [(start, end - 1, label), (end - 1, end, "GPE")]
        elif label == "PERSON" and end - start >= 2 and _named_settlement(tokens, end):
            out += [
                (start, end - 1, label),
                (end - 1, end, "GPE"),
            ]  # [Елдос Ахметовтың] [Алдабергенов] ауылдық
        elif label == "GPE" and end - start >= 2 and settlement(tokens[end - 1]) not in ("", "облыс"):
            out.append((start, end - 1, label))
        elif end - start == 2 and known_place(first) and settlement(tokens[end - 1]) not in ("", "облыс"):
            out.append((start, start + 1, "GPE"))  # [Алматы қаласындағы] tagged FACILITY: the place alone
        else:
            out.append((start, end, label))
    return out


def _named_settlement(tokens: Sequence[str], end: int) -> bool:
    """tokens; end (int): where a PERSON span ends -> True when its last word names the settlement after it, a
    nominative capitalized word before a settlement noun with the possessive of a name compound (``Алдабергенов
    ауылына``, ``... ауылдық округі``; a village named after a person; session 13, news-test36). ``Тоқаев
    ауылға келді`` (the bare dative) keeps its name."""
    if end >= len(tokens) or not tokens[end - 1][:1].isupper():
        return False
    nxt = tokens[end].lower()
    kind = settlement(nxt)
    return (bool(kind) and kind != "облыс" and _possessed(nxt, kind)) or nxt.startswith("ауылдық")


def _village(tokens: Sequence[str], i: int) -> str:
    """``мекен`` where tokens[i] opens ``елді мекен`` 'settlement' in a noun form (``Қаратал елді мекеніндегі``;
    KazNERD: ``Жаңабазар елді мекенінде`` with the name a GPE; session 25, real news), else ``""``."""
    if tokens[i].lower() != "елді" or i + 1 >= len(tokens):
        return ""
    nxt = tokens[i + 1].lower()
    return "мекен" if nxt.startswith("мекен") and nxt[5:] in NOUN_ENDINGS else ""


def places(tokens: Sequence[str], found: Sequence[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A capitalized word before ``ауданы/ауылы/кенті/қаласы/облысы`` is a GPE (``Красин кентіне``).

    Untagged words become GPE spans (with ``облыс``, which KazNERD includes); a one-word PERSON
    there is relabelled (``Дәулет аулында``, ``Шемонаиха ауданында``). An untagged sentence-initial
    word counts only before the possessive form (``Тайынша қаласы``; see :func:`_possessed`).

    tokens (Sequence[str]): the sentence's token texts.
    found (Sequence[tuple[int, int, str]]): predicted spans.
    RETURNS (list[tuple[int, int, str]]): the spans, sorted, with places added or relabelled.
    """
    kinds = [settlement(w) or _village(tokens, i) for i, w in enumerate(tokens)]
    if not any(kinds):
        return sorted(found)  # every change needs a settlement noun
    taken = covered(found)
    out = []
    for start, end, label in found:
        if label == "PERSON" and end == start + 1 and end < len(tokens) and kinds[end] not in ("", "облыс"):
            label = "GPE"
        out.append((start, end, label))
    for i in range(0, len(tokens) - 1):
        kind = kinds[i + 1]
        if not kind or (i == 0 and not _possessed(tokens[2] if kind == "мекен" else tokens[1], kind)):
            continue
        if i not in taken and i + 1 not in taken and capitalized(tokens[i]):
            out.append((i, i + 2 if kind == "облыс" else i + 1, "GPE"))
    return sorted(out)


_AND = frozenset({",", "және", "мен", "пен", "бен"})
_SIDES = frozenset({"батыс", "шығыс", "солтүстік", "оңтүстік", "орталық"})


@lru_cache(maxsize=100_000)
def _plural_settlement(word: str) -> bool:
    """word (str) -> True for a settlement noun in the plural (``облыстарының``, ``аудандарында``, ``қалалары``)."""
    low = word.lower()
    for form in SETTLEMENT_FORMS:
        if low.startswith(form):
            rest = low[len(form) :]
            return any(rest.startswith(p) and rest[len(p) :] in NOUN_ENDINGS for p in PLURAL)
    return False


def place_list(tokens: Sequence[str], found: Sequence[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Capitalized names joined by commas and ``және/мен`` before a plural settlement noun are places, each a
    GPE without the noun, as KazNERD marks them (``Махамбет, Индер және Исатай аудандарының``; session 14,
    real news: ``Ақмола, Батыс Қазақстан, [Абай]PERSON және [Ұлытау облыстарының әкімдеріне ...]EVENT``).
    A name is one word, or two after a side of the world (``Батыс Қазақстан``); two names at least, one of
    them a known place or tagged GPE. Spans over the names give way; one running into them from before
    keeps its words before them.

    tokens (Sequence[str]): the sentence's token texts.
    found (Sequence[tuple[int, int, str]]): predicted spans.
    RETURNS (list[tuple[int, int, str]]): the spans, sorted.
    """
    out = list(found)
    for k in range(2, len(tokens)):
        if not _plural_settlement(tokens[k]):
            continue
        names: list[tuple[int, int]] = []
        i = k
        while True:
            if i < 1 or not capitalized(tokens[i - 1]):
                break
            a = i - 2 if i >= 2 and tokens[i - 2].lower() in _SIDES else i - 1
            names.append((a, i))
            if a < 2 or tokens[a - 1].lower() not in _AND:
                break
            i = a - 1
        gpe = {(a, b) for a, b, label in out if label == "GPE"}
        if len(names) < 2 or not any(known_place(tokens[b - 1]) or (a, b) in gpe for a, b in names):
            continue
        first = names[-1][0]
        kept = []
        for a, b, label in out:
            if b <= first or a > k:
                kept.append((a, b, label))
            elif a < first:
                kept.append((a, first, label))
        out = [*kept, *((a, b, "GPE") for a, b in names)]
    return sorted(out)


def _possessed(word: str, kind: str) -> bool:
    """The settlement noun has the possessive of a name compound (``қаласы``, ``аулында``), not ``қала`` alone.

    (session 5) On the sentence's first word such a compound is a place: in the train part 119 of 124
    capitalized first words before one are GPE (the rest open longer ORGANISATION/FACILITY names:
    ``Өскемен қаласының әкімдігі``), while before a bare ``қала/облыс`` they are mostly common words
    (``Бұл қала``, ``Шығыс облыс``).
    """
    rest = word.lower()[len(kind) :]
    return bool(kind) and (kind == "аул" or rest[:1] in ("ы", "і", "с"))


def gazetteer(tokens: Sequence[str], found: Sequence[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """An untagged capitalized word naming a city or country of :mod:`derek.ner.places` is a GPE.

    tokens (Sequence[str]): the sentence's token texts.
    found (Sequence[tuple[int, int, str]]): predicted spans (their words are left alone).
    RETURNS (list[tuple[int, int, str]]): the spans with the new GPE spans, sorted.
    """
    named = [i for i, w in enumerate(tokens) if w[:1].isupper() and known_place(w)]
    if not named:
        return sorted(found)
    taken = covered(found)
    return sorted([*found, *((i, i + 1, "GPE") for i in named if i not in taken)])
