"""Rules for written Kazakh (Wikipedia-style text and written news), applied last among the span rules.

The model, trained on KazNERD's speech transcripts, meets in written text what those lack: years in digits
and abbreviations (:mod:`derek.ner.rules_text_dates`), bodies named after a place (``Қостанай … институты``),
rivers, historical states, regions of continents. Each rule is general and backed by counts on KazNERD's
training groups without the dev parts of seeds 0, 1 and 2 (8,140 sentences; KazNERD holds each sentence
twice, with numbers in words and in digits, so counts are of both forms).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .places import NAMES, RIVERS
from .rules_text_dates import _DASHES, abbreviated_dates, bracket_years, year_joins_day, year_ranges
from .suffixes import stem
from .units import WRITTEN_ORG_HEAD
from .words import SURNAME, known_place, noun_form, org_head, post_word, voiced_bases

Span = tuple[int, int, str]

_PLACES = frozenset(name for name in NAMES if " " not in name)
_WRITTEN_HEADS = voiced_bases(tuple(WRITTEN_ORG_HEAD))
_SETTLED = ("аудан", "ауыл", "аул", "кент", "қала", "село", "облыс", "округ")
_PARTICIPLE = ("ған", "ген", "қан", "кен")
_ADJECTIVE = ("лық", "лік", "дық", "дік", "тық", "тік")  # облыстық, қалалық
_GENITIVE = re.compile(r"\w+(?:ның|нің|дың|дің|тың|тің)", re.IGNORECASE)


def _head(word: str) -> bool:
    return word[:1].islower() and (org_head(word) or noun_form(word, _WRITTEN_HEADS))


def _modifier(word: str) -> bool:
    """A lowercase word that may stand inside a body's name before its head: not a head, no settlement noun
    but a bare one or an adjective (``ауыл шаруашылығы`` 'agriculture', ``облыстық``; not ``қалалары``), no
    participle (``қатысқан``)."""
    low = word.lower()
    if word in _DASHES:
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
    taken = {i for a, b, _ in found for i in range(a, b)}
    out = []
    for a, b, label in sorted(found):
        if label in ("GPE", "ORGANISATION") and _GENITIVE.fullmatch(tokens[b - 1]):
            for k in range(b, min(b + 2, len(tokens))):
                if k in taken or not tokens[k][:1].islower():
                    break
                if post_word(tokens[k]):
                    a, b, label = a, k + 1, "POSITION"
                    break
        out.append((a, b, label))
    return out


_RIVERS = tuple(name.lower() for name in RIVERS)
# possessed nouns after a name that make it a river, mountain or lake: Жайық өзенінде, Алтай тауының,
# Тоқпан көлінде (not көлігі 'its vehicle')
_NATURE = re.compile(
    r"(?:өзен|көл)(?:дер)?і(?:н|нің|не|нде|нен|ндегі)?|тау(?:лар)?ы(?:н|ның|на|нда|нан|ндағы)?", re.IGNORECASE
)
_WATERSIDE = ("бой", "өзен")


def rivers(tokens: Sequence[str], found: Sequence[Span]) -> list[Span]:
    """A river's name (``RIVERS``), or a capitalized word before a form of ``өзен`` 'river', ``тау``
    'mountain' or ``көл`` 'lake', is a LOCATION of that one word, untagged or tagged otherwise by the model
    (``[Еділ] мен Жайық`` ORGANISATION, ``[Еділ бойы]`` DATE -> ``[Еділ] бойы``, ``[Сырдария]`` GPE).

    Not before a settlement noun (``Ертіс аулындағы``, ``Іле ауданында`` are GPE) or a capitalized word
    (``Еділ Ермекбаев``), nor inside ``«…»``; a longer span that holds the word stays. Train part, run
    with no spans: the rule marks 34 words, 31 exactly a gold LOCATION (``Ертіс өңірінде``, ``Солёное
    өзеніне``, ``Алтай тауының``), 1 inside a longer LOCATION (``Үлкен Алматы көлінде``), 1 inside a FACILITY
    (``Сырдария топтық су жүйесімен``), 1 untagged (``Жайық суы`` 'the Ural's water'); run on the gold
    spans it changes that one only.

    tokens (Sequence[str]): the sentence's token texts.
    found (Sequence[Span]): predicted spans.
    RETURNS (list[Span]): the spans, sorted, with such LOCATIONs.
    """
    spans = sorted(found)
    for i, word in enumerate(tokens):
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        river = noun_form(word, _RIVERS) and word[:1].isupper()
        nature = (
            bool(nxt) and _NATURE.fullmatch(nxt) is not None and word[:1].isupper() and word[1:2].islower()
        )
        if not (river or nature) or nxt.lower().startswith(_SETTLED) or nxt[:1].isupper():
            continue
        if i > 0 and tokens[i - 1] in ("«", '"'):
            continue
        inside = [sp for sp in spans if sp[0] <= i < sp[1]]
        span = inside[0] if inside else None
        if span and span[2] == "LOCATION" and span[:2] == (i, i + 1):
            continue
        if span and not (
            span[:2] == (i, i + 1)
            or (span[0] == i and all(noun_form(w, _WATERSIDE) for w in tokens[i + 1 : span[1]]))
        ):
            continue  # a longer name holds it: Сырдария топтық су жүйесімен
        spans = sorted([*(sp for sp in spans if sp != span), (i, i + 1, "LOCATION")])
    return spans


# a polity named by a people or place and a lowercase state noun: Қазақ хандығы, Ресей империясы
_POLITY = ("хандығ", "хандық", "империя", "автономия")


def polity(tokens: Sequence[str], found: Sequence[Span]) -> list[Span]:
    """A capitalized word and a lowercase ``хандығы`` 'khanate', ``империясы`` 'empire' or ``автономиясы``
    'autonomy' make one GPE, whatever the model tagged there (``[Ресей] империясының`` -> ``[Ресей
    империясының]``, ``[Алаш] автономиясына`` ORGANISATION -> GPE).

    Train part: the one such pair, ``Қазақ хандығының``, is one GPE; no empire or autonomy is named there.
    A longer span that holds either word stays.

    tokens (Sequence[str]): the sentence's token texts.
    found (Sequence[Span]): predicted spans.
    RETURNS (list[Span]): the spans, sorted, with such names.
    """
    spans = sorted(found)
    for i in range(1, len(tokens)):
        if not tokens[i].lower().startswith(_POLITY) or not tokens[i][:1].islower():
            continue
        if not (tokens[i - 1][:1].isupper() and tokens[i - 1][1:2].islower()):
            continue
        inside = [sp for sp in spans if sp[0] <= i and sp[1] > i - 1]
        if all(i - 1 <= a and b <= i + 1 for a, b, _ in inside):
            spans = sorted([*(sp for sp in spans if sp not in inside), (i - 1, i + 1, "GPE")])
    return spans


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
        while a < b and tokens[a] in _DASHES:
            a += 1
        if a < b:
            out.append((a, b, label))
    return out


_NAMED_LABELS = frozenset({"PERSON", "GPE", "LOCATION", "POSITION", "FACILITY", "NORP", "ORGANISATION"})


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


_COMPASS = frozenset({"Оңтүстік", "Солтүстік", "Шығыс", "Батыс", "Орталық"})
_CONTINENTS = ("америка", "африка", "азия", "еуропа")


def continent_parts(tokens: Sequence[str], found: Sequence[Span]) -> list[Span]:
    """A capitalized compass word and a continent (``Оңтүстік Америкада``, ``Шығыс Африка``, ``Орталық Азия``)
    is a LOCATION, untagged or tagged otherwise (the model says GPE), unless a longer span holds it.

    Train part: all 16 such pairs that stand alone are exactly a LOCATION; 3 more lie inside a road's name
    (``Батыс Еуропа – Батыс Қытай`` FACILITY) and stay.

    tokens (Sequence[str]): the sentence's token texts.
    found (Sequence[Span]): predicted spans.
    RETURNS (list[Span]): the spans, sorted, with such LOCATIONs.
    """
    spans = sorted(found)
    for i in range(len(tokens) - 1):
        if tokens[i] not in _COMPASS or not tokens[i + 1].lower().startswith(_CONTINENTS):
            continue
        inside = [sp for sp in spans if sp[0] <= i + 1 and sp[1] > i]
        if all(i <= a and b <= i + 2 for a, b, _ in inside):
            spans = sorted([*(sp for sp in spans if sp not in inside), (i, i + 2, "LOCATION")])
    return spans


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


def place_label(tokens: Sequence[str], found: Sequence[Span]) -> list[Span]:
    """A one-word name span on a city or country of :mod:`derek.ner.places` is a GPE whatever the model said
    (``[Берлин]`` PERSON, ``[Ақтау]`` FACILITY), out of ``«…»`` and not surname-shaped (``Қонаев``); rule 15
    does this for PERSON only, before rules that may tag the word again.

    Train part: of 774 such one-word spans out of quotes, 771 are GPE, 2 FACILITY (ports: ``Ақтау порты``,
    ``Ақтау мен Құрық``) and 1 LOCATION (``Балқаш пен Каспий``, the lake).

    tokens (Sequence[str]): the sentence's token texts.
    found (Sequence[Span]): predicted spans.
    RETURNS (list[Span]): the spans with such labels fixed.
    """
    out = []
    for a, b, label in found:
        if (
            b == a + 1
            and label in _NAMED_LABELS
            and known_place(tokens[a])
            and not SURNAME.fullmatch(stem(tokens[a])[0])
            and not (a > 0 and tokens[a - 1] == "«")
        ):
            label = "GPE"
        out.append((a, b, label))
    return out


RULES = (
    no_dash_start,
    org_list_split,
    place_label,
    abbreviated_dates,
    bracket_years,
    year_ranges,
    year_joins_day,
    place_org,
    written_org_label,
    genitive_post,
    rivers,
    polity,
    continent_parts,
)


def apply(tokens: Sequence[str], found: Sequence[Span]) -> list[Span]:
    """Apply :data:`RULES` in order.

    tokens (Sequence[str]): the sentence's token texts.
    found (Sequence[Span]): predicted spans.
    RETURNS (list[Span]): the spans after every rule.
    """
    spans = list(found)
    for rule in RULES:
        spans = rule(tokens, spans)
    return spans
