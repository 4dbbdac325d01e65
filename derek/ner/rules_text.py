"""Rules for written Kazakh (Wikipedia-style text and written news), applied last among the span rules.

The model, trained on KazNERD's speech transcripts, meets in written text what those lack: years in digits
and abbreviations (:mod:`derek.ner.rules_text_dates`), rivers, historical states and regions of continents
(:mod:`derek.ner.rules_text_places`), bodies named after a place (``Қостанай … институты``). Each rule is general and backed by counts on KazNERD's
training groups without the dev parts of seeds 0, 1 and 2 (8,140 sentences; KazNERD holds each sentence
twice, with numbers in words and in digits, so counts are of both forms).
"""

from __future__ import annotations

from collections.abc import Sequence

from .places import NAMES
from .rules_text_dates import abbreviated_dates, bracket_years, year_joins_day, year_ranges
from .rules_text_places import _NAMED_LABELS, _SETTLED, continent_parts, place_label, polity, rivers
from .span_ops import Span, apply_rules, covered
from .suffixes import stem
from .units import BODY_HEAD, BODY_OPENERS, ORG_HEAD, WRITTEN_ORG_HEAD
from .words import (
    CREDIT_VERBS,
    DASHES,
    GENITIVE_WORD,
    LOCATIVE_ENDINGS,
    NOUN_ENDINGS,
    capitalized,
    noun_form,
    org_head,
    post_word,
    settlement,
    voiced_bases,
)

_PLACES = frozenset(name for name in NAMES if " " not in name)
_WRITTEN_HEADS = voiced_bases(tuple(WRITTEN_ORG_HEAD))
_PARTICIPLE = ("ған", "ген", "қан", "кен")
_BODY_BASES = voiced_bases((*ORG_HEAD, *WRITTEN_ORG_HEAD, *BODY_HEAD))
_OWNED = ("ы", "і", "сы", "сі")
_NAME_PARTS = frozenset({"GPE", "LOCATION", "ORGANISATION", "FACILITY", "NORP", "PERSON"})
_POINTERS = frozenset({"осы", "бұл", "сол", "біздің", "сіздің", "олардың", "барлық", "әр", "бір"})
_ADJECTIVE = ("лық", "лік", "дық", "дік", "тық", "тік")  # облыстық, қалалық


def _head(word: str) -> bool:
    return word[:1].islower() and (org_head(word) or noun_form(word, _WRITTEN_HEADS))


def _modifier(word: str) -> bool:
    """A lowercase word that may stand inside a body's name before its head: not a head, no settlement noun
    but a bare one or an adjective (``ауыл шаруашылығы`` 'agriculture', ``облыстық``; not ``қалалары``), no
    participle (``қатысқан``)."""
    low = word.lower()
    if word in DASHES:
        return True
    if not word[:1].islower() or _head(word) or low.endswith(_PARTICIPLE):
        return False
    return not low.startswith(_SETTLED) or low in _SETTLED or low.endswith(_ADJECTIVE)


def place_org(tokens: Sequence[str], found: Sequence[Span]) -> list[Span]:
    """A place's bare name (of the gazetteer, or a one-word GPE span without an ending: ``[Бөкей] ағарту
    институты``), one to five lowercase words or dashes, and a lowercase organization noun
    (``ORG_HEAD`` or ``WRITTEN_ORG_HEAD``) make one ORGANISATION, whatever the model tagged inside
    (``[Қостанай] ауыл шаруашылығы ғылыми - зерттеу институты`` -> one ORGANISATION). No settlement noun
    with an ending may come between (``Нұр-Сұлтан қаласының дамуы жөніндегі кеңесте`` is a council *for*
    the city; ``Шымкент қалалары және облыстардың әкімдері қатысқан кеңес``), nor a participle.

    At least one word must stand between: ``Армения үкіметінің`` is 'Armenia's government' (KazNERD: a GPE
    and an untagged noun). Train part: the rule finds 8 runs, 7 of them exactly an ORGANISATION (``Ресей
    жазушылар одағының``, ``Қарағанды мемлекеттік техникалық университетінде``), 1 inside a POSITION
    (``Мәскеу мемлекеттік университетінің …``), none apart.

    tokens (Sequence[str]): the sentence's token texts.
    found (Sequence[Span]): predicted spans.
    RETURNS (list[Span]): the spans, sorted, with such names.
    """
    spans = sorted(found)
    bare_gpe = {a for a, b, label in found if label == "GPE" and b == a + 1 and not stem(tokens[a])[1]}
    if not bare_gpe and _PLACES.isdisjoint(tokens):
        return spans  # no place's bare name to open such a body
    for i, word in enumerate(tokens):
        if word not in _PLACES and i not in bare_gpe:
            continue
        j = i + 1
        while j < len(tokens) and j - i <= 6 and _modifier(tokens[j]):
            j += 1
        if j >= len(tokens) or j - i > 6 or j == i + 1 or not _head(tokens[j]):
            continue
        inside = [sp for sp in spans if sp[0] <= j and sp[1] > i]
        if all(i <= a and b <= j + 1 for a, b, _ in inside) and (i, j + 1, "ORGANISATION") not in spans:
            spans = sorted([*(sp for sp in spans if sp not in inside), (i, j + 1, "ORGANISATION")])
    return spans


def _body_form(word: str) -> str | None:
    """word (str) -> its ending after a body's head noun (``орталығына`` -> ``ына``), or None for no such noun."""
    low = word.lower()
    return next(
        (low[len(b) :] for b in _BODY_BASES if low.startswith(b) and low[len(b) :] in NOUN_ENDINGS), None
    )


def _inner(word: str) -> bool:
    """A lowercase word inside a body's name: no pointer (``осы``, ``біздің``), no participle."""
    low = word.lower()
    return (
        word[:1].islower()
        and word.replace("-", "").isalpha()
        and low not in _POINTERS
        and not low.rstrip("ныдаегіңқ").endswith(_PARTICIPLE)
        and _body_form(word) is None
    )


def named_body(tokens: Sequence[str], found: Sequence[Span]) -> list[Span]:
    """A capitalized word, one to five lowercase words and a body noun it owns (``ORG_HEAD``,
    ``WRITTEN_ORG_HEAD``, ``BODY_HEAD`` with a possessive ending and any case: ``Ұлттық тестілеу орталығы``,
    ``Ғылым және жоғары білім министрлігі``) are one ORGANISATION where the model tagged nothing crossing
    them and no post or date inside (``Мемлекет басшысы … оқиғаның орталығына``); at a sentence's start only
    after a word of ``BODY_OPENERS`` (``Ұлттық``; ``Биылғы … қоры`` is none).

    A place's GPE right before it (``Шымкент``, or ``Шымкент қаласы`` with a settlement noun), not in the
    locative, opens the name (the city's department).

    Train part of seed 0 (session 12; the gold GPEs standing for the model's): of 94 such runs 72 are exactly
    an ORGANISATION, 3 a FACILITY, 12 lie inside a longer POSITION or ORGANISATION (``… министрлігінің
    вице-министрі``: ``genitive_post`` after this rule joins those), 6 cross or hold other spans (``Мемлекет
    басшысы … оқиғаның орталығына``), 1 is none. The dev part's scores do not move (the model tags those).

    tokens (Sequence[str]): the sentence's token texts.
    found (Sequence[Span]): predicted spans.
    RETURNS (list[Span]): the spans, sorted, with such names.
    """
    spans = sorted(found)
    for j, word in enumerate(tokens):
        ending = _body_form(word) if word[:1].islower() else None
        if not ending or not ending.startswith(_OWNED):
            continue
        i = j - 1
        while i > j - 6 and i >= 0 and _inner(tokens[i]):
            i -= 1
        if (
            i < 0
            or i >= j - 1
            or not capitalized(tokens[i])
            or (i == 0 and tokens[0].lower() not in BODY_OPENERS)
        ):
            continue
        gpe = next(((a, b) for a, b, label in spans if label == "GPE" and b in (i, i - 1)), None)
        if (
            gpe is not None
            and not tokens[i - 1].lower().endswith(LOCATIVE_ENDINGS)
            and (gpe[1] == i or settlement(tokens[i - 1]))
        ):
            i = gpe[0]  # Шымкент қаласы Кәсіпкерлік ... басқармасы: the place's body, its name with it
        inside = [sp for sp in spans if sp[0] <= j and sp[1] > i]
        if all(i <= a and b <= j + 1 and label in _NAME_PARTS for a, b, label in inside) and not any(
            (a, b) == (i, j + 1) for a, b, _ in inside
        ):  # a person or post inside is no part of a body's name: Мемлекет басшысы ... оқиғаның орталығына
            spans = sorted([*(sp for sp in spans if sp not in inside), (i, j + 1, "ORGANISATION")])
    return spans


def genitive_post(tokens: Sequence[str], found: Sequence[Span]) -> list[Span]:
    """A GPE or ORGANISATION span that ends in a genitive, then up to two untagged lowercase words ending in
    a post word, is one POSITION (``[Қарағанды облысының] әкімі``, ``[… филармониясының] көркемдік
    жетекшісі``).

    Train part: 36 POSITION spans hold a name in the genitive and the post words after it (``Ақтау қалалық
    мәслихатының депутаты``); no GPE or ORGANISATION span in the genitive stands apart before such words.

    tokens (Sequence[str]): the sentence's token texts.
    found (Sequence[Span]): predicted spans.
    RETURNS (list[Span]): the spans, sorted, with such posts joined.
    """
    taken = covered(found)
    out = []
    for a, b, label in sorted(found):
        if label in ("GPE", "ORGANISATION") and GENITIVE_WORD.fullmatch(tokens[b - 1]):
            for k in range(b, min(b + 2, len(tokens))):
                if k in taken or not tokens[k][:1].islower():
                    break
                if post_word(tokens[k]):
                    a, b, label = a, k + 1, "POSITION"
                    break
        out.append((a, b, label))
    return out


def no_dash_start(tokens: Sequence[str], found: Sequence[Span]) -> list[Span]:
    """A span never opens with a dash: it starts after it (``- [Қостанай облысы]``, ``-`` left out).

    Train part: no entity span of any label opens with a dash (written text puts one after a date:
    ``1978 - 1983 жылдары - Қостанай облысы …``).

    tokens (Sequence[str]): the sentence's token texts.
    found (Sequence[Span]): predicted spans.
    RETURNS (list[Span]): the spans without such dashes.
    """
    out = []
    for a, b, label in found:
        while a < b and tokens[a] in DASHES:
            a += 1
        if a < b:
            out.append((a, b, label))
    return out


def written_org_label(tokens: Sequence[str], found: Sequence[Span]) -> list[Span]:
    """A name span that ends in an organization noun of ``WRITTEN_ORG_HEAD`` is an ORGANISATION, as rule 29
    has it for ``ORG_HEAD`` (``[Президент Әкімшілігінің]`` POSITION, ``[Орынбор әкімшілігі]`` POSITION).

    Train part: all 6 spans that end in a form of ``институт`` are ORGANISATION; none ends in ``училище`` or
    ``әкімшілік`` (which lies inside 4 POSITIONs, ``Президент Әкімшілігінің басшысы``, as ``Үкімет`` does in
    ``Үкімет басшысы``).

    tokens (Sequence[str]): the sentence's token texts.
    found (Sequence[Span]): predicted spans.
    RETURNS (list[Span]): the spans with such labels fixed.
    """
    return [
        (a, b, "ORGANISATION")
        if label in _NAMED_LABELS and noun_form(tokens[b - 1], _WRITTEN_HEADS)
        else (a, b, label)
        for a, b, label in found
    ]


def org_list_split(tokens: Sequence[str], found: Sequence[Span]) -> list[Span]:
    """An ORGANISATION is cut at a comma after a complete name, one ending in an organization noun, as rule 7
    cuts the model's spans; here again after the name rules, which may join a list back (``[Экономика және
    бюджеттік жоспарлау министрлігіне] , [Салық комитетіне]``). Train part: as rule 7, the 3 of 677
    ORGANISATION spans with a comma share one head (``Денсаулық сақтау, Көлік … министрліктері``).

    tokens (Sequence[str]): the sentence's token texts.
    found (Sequence[Span]): predicted spans.
    RETURNS (list[Span]): the spans with such lists cut.
    """
    out = []
    for a, b, label in found:
        first = a
        if label == "ORGANISATION":
            for i in range(a + 1, b - 1):
                if tokens[i] == "," and org_head(tokens[i - 1]) and i > first:
                    out.append((first, i, label))
                    first = i + 1
        out.append((first, b, label))
    return out


def outlet_credit(tokens: Sequence[str], found: Sequence[Span]) -> list[Span]:
    """A PERSON right after ``деп хабарлайды`` or ``деп жазады`` is the outlet a news page credits, an
    ORGANISATION (``..., деп хабарлайды [Azattyq Rýhy]``, ``[Sport Plus Qazaqstan]``).
    On the 3,648 news pages at hand (``private/news``) the model tags 42 such spans PERSON, all outlets (361
    it tags ORGANISATION); KazNERD's transcripts have no such credit, so the rule does not fire there (session 19).

    tokens (Sequence[str]): the sentence's token texts.
    found (Sequence[Span]): predicted spans.
    RETURNS (list[Span]): the spans, outlets relabelled.
    """
    return [
        (a, b, "ORGANISATION")
        if label == "PERSON"
        and a >= 2
        and tokens[a - 2].lower() == "деп"
        and tokens[a - 1].lower() in CREDIT_VERBS
        else (a, b, label)
        for a, b, label in found
    ]


RULES = (
    no_dash_start,
    org_list_split,
    place_label,
    abbreviated_dates,
    bracket_years,
    year_ranges,
    year_joins_day,
    place_org,
    named_body,
    written_org_label,
    genitive_post,
    rivers,
    polity,
    continent_parts,
    outlet_credit,
)


def apply(tokens: Sequence[str], found: Sequence[Span]) -> list[Span]:
    """Apply :data:`RULES` in order.

    tokens (Sequence[str]): the sentence's token texts.
    found (Sequence[Span]): predicted spans.
    RETURNS (list[Span]): the spans after every rule.
    """
    return apply_rules(RULES, tokens, found)
