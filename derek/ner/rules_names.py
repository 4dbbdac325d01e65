"""Session-5 rules for names of people, places and posts, applied after the model (see docs/ner.md).

Each rule takes a sentence's tokens and the predicted ``(start, end, label)`` spans and returns
the spans changed. Counts in the docstrings are from the training groups of the seed-0 split
of KazNERD's validation file (the part the shipped model learnt from); the rules were chosen by
reading errors on a third part (seed 2) and on the dev part.
"""

from collections.abc import Sequence

from .rules_chinese import chinese_names
from .rules_posts import (
    capitalized_post,
    org_takes_head,
    place_joins_org,
    post_chain,
    title_org,
)
from .rules_written import (
    acronym_joins_org,
    acronym_not_person,
    common_noun_before_place,
    first_name_surname,
    held_participle_cut,
    initial_surname,
    initials_join,
    named_after,
    person_before_body,
    person_parts_join,
    post_dash_name,
    surnames_apart,
)
from .span_ops import Span, apply_rules, covered, join_pairs
from .suffixes import stem
from .units import STATE
from .words import capitalized, known_place, org_head, post_word, settlement, surname_ending

_NUMERIC = frozenset({"CARDINAL", "ORDINAL", "QUANTITY", "DATE", "MONEY", "PERCENTAGE"})


def place_not_person(tokens: Sequence[str], found: Sequence[Span]) -> list[Span]:
    """A one-word PERSON that is a city or country of :mod:`derek.ner.places` is a GPE (``Украина халқы``).

    Train part: of 909 one-word entity spans on such a word (surname-shaped words like ``Қонаев`` left
    out), 897 are GPE and none is PERSON.

    tokens (Sequence[str]): the sentence's token texts.
    found (Sequence[Span]): predicted spans.
    RETURNS (list[Span]): the spans, such PERSONs relabelled.
    """

    return [
        (a, b, "GPE")
        if label == "PERSON" and b == a + 1 and known_place(tokens[a]) and surname_ending(tokens[a]) is None
        else (a, b, label)
        for a, b, label in found
    ]


def person_place_split(tokens: Sequence[str], found: Sequence[Span]) -> list[Span]:
    """A PERSON span that runs on into a place and its settlement noun ends before the place
    (``[Иван Дүйсенов Ленинград облысының ...]`` -> ``[Иван Дүйсенов] [Ленинград облысының]``).

    No PERSON span of the train part holds a settlement noun (``ауданы/қаласы/облысы/...``; 179 GPE
    spans do). The place before the noun becomes a GPE (with ``облыс``, as KazNERD marks it); words
    after the noun are left untagged for the later rules.

    tokens (Sequence[str]): the sentence's token texts.
    found (Sequence[Span]): predicted spans.
    RETURNS (list[Span]): the spans, split.
    """

    out: list[Span] = []
    for a, b, label in found:
        k = next((k for k in range(a + 2, b) if label == "PERSON" and settlement(tokens[k])), 0)
        if k:
            out += [(a, k - 1, label), (k - 1, k + 1 if settlement(tokens[k]) == "облыс" else k, "GPE")]
        else:
            out.append((a, b, label))
    return out


def person_post_split(tokens: Sequence[str], found: Sequence[Span]) -> list[Span]:
    """A PERSON span that runs on into a post ends at the surname before it, and the words from there
    to the post word are a POSITION (``[Асхат Оралов Мәдениет және ақпарат министрі]`` ->
    ``[Асхат Оралов] [Мәдениет және ақпарат министрі]``).

    No PERSON span of the train part holds a post word (0; the model made none on the dev and third
    parts either: the rule is for text unlike KazNERD). Without a surname-shaped word before the post
    word the span is left as it is.

    tokens (Sequence[str]): the sentence's token texts.
    found (Sequence[Span]): predicted spans.
    RETURNS (list[Span]): the spans, split.
    """

    out: list[Span] = []
    for a, b, label in found:
        k = next((k for k in range(a + 1, b) if label == "PERSON" and post_word(tokens[k])), 0)
        j = (
            next((j for j in range(k - 1, a - 1, -1) if surname_ending(tokens[j]) is not None), -1)
            if k
            else -1
        )
        if k and j >= a:
            out += [(a, j + 1, "PERSON"), (j + 1, k + 1, "POSITION")]
        else:
            out.append((a, b, label))
    return out


def number_before_org(tokens: Sequence[str], found: Sequence[Span]) -> list[Span]:
    """A number span that runs on into a capitalized name ending in an organization noun is a number
    and an ORGANISATION (``[бір] [Ұлттық кеңес]``): no numeric span of the train part holds a
    capitalized organization noun.

    tokens (Sequence[str]): the sentence's token texts.
    found (Sequence[Span]): predicted spans.
    RETURNS (list[Span]): the spans, split.
    """

    out: list[Span] = []
    for a, b, label in found:
        k = 0
        if label in _NUMERIC and org_head(tokens[b - 1]):
            k = next((k for k in range(a + 1, b) if capitalized(tokens[k])), 0)
        if k:
            out += [(a, k, "CARDINAL"), (k, b, "ORGANISATION")]
        else:
            out.append((a, b, label))
    return out


def first_name_not_place(tokens: Sequence[str], found: Sequence[Span]) -> list[Span]:
    """A one-word GPE whose stem is a first name (:mod:`derek.ner.names`), no known place and not before
    ``ауданы/қаласы/...``, is a PERSON (``Абзалдың арманы``).

    Train part: of 75 one-word entity spans on such a word, 69 are PERSON and 4 GPE.

    tokens (Sequence[str]): the sentence's token texts.
    found (Sequence[Span]): predicted spans.
    RETURNS (list[Span]): the spans, such GPEs relabelled.
    """
    if not any(label == "GPE" and b == a + 1 for a, b, label in found):
        return list(found)
    from .names import first_names

    names = first_names()
    out = []
    for a, b, label in found:
        if (
            label == "GPE"
            and b == a + 1
            and stem(tokens[a])[0] in names
            and not known_place(tokens[a])
            and not (b < len(tokens) and settlement(tokens[b]))
        ):
            label = "PERSON"
        out.append((a, b, label))
    return out


def state_name(tokens: Sequence[str], found: Sequence[Span]) -> list[Span]:
    """An untagged capitalized state word (``Республикасы``, ``Корольдігі``) ends the name before it: one GPE.

    ``[Иордания Хашимит] Корольдігі`` -> ``[Иордания Хашимит Корольдігі]``. Train part: of 31 capitalized
    state words after a capitalized word, 19 end a GPE that holds the name before them, 12 are inside a
    longer POSITION, LAW or EVENT span (``Қазақстан Республикасының Президенті``), none stands alone.

    tokens (Sequence[str]): the sentence's token texts.
    found (Sequence[Span]): predicted spans.
    RETURNS (list[Span]): the spans, sorted, with such names joined.
    """
    words = [
        i for i in range(1, len(tokens)) if tokens[i][:1].isupper() and tokens[i].lower().startswith(STATE)
    ]
    if not words:
        return sorted(found)
    ends = {b: (a, b, label) for a, b, label in found}
    taken = covered(found)
    out = list(found)
    for i in words:
        if i in taken:
            continue
        before = ends.get(i)
        if before and before[2] in ("GPE", "NORP", "ORGANISATION", "LOCATION"):
            out.remove(before)
            out.append((before[0], i + 1, "GPE"))
            taken.add(i)
    return sorted(out)


def state_name_label(tokens: Sequence[str], found: Sequence[Span]) -> list[Span]:
    """A two-word span that is a known place and a capitalized state word is a GPE (rule 31).

    ``[Қазақстан Республикасының]`` tagged LAW or POSITION -> GPE. Train part (without the dev, third and
    cross-check parts): 7 gold spans are exactly such a pair, all GPE; 10 more pairs lie inside longer
    spans (``Қазақстан Республикасының Президенті``), which this rule does not touch.

    tokens (Sequence[str]): the sentence's token texts.
    found (Sequence[Span]): predicted spans.
    RETURNS (list[Span]): the spans with such pairs labelled GPE.
    """
    return [
        (a, b, "GPE")
        if b - a == 2
        and label != "GPE"
        and known_place(tokens[a])
        and tokens[a + 1][:1].isupper()
        and tokens[a + 1].lower().startswith(STATE)
        else (a, b, label)
        for a, b, label in found
    ]


def place_joins_post(tokens: Sequence[str], found: Sequence[Span]) -> list[Span]:
    """A GPE right before a one-word POSITION that is a post word makes one POSITION with it (rule 32).

    ``[Қазақстан Республикасындағы] [Елшісі]`` -> ``[Қазақстан Республикасындағы Елшісі]``. Train part
    (without the dev, third and cross-check parts): 22 POSITION spans are places and a post word
    (``Беларусь Президентімен``, ``Қазақстан Республикасының Президенті``); no GPE stands right before a
    one-word POSITION (the 3 GPE spans right before a POSITION are locatives before a post of a named
    organization, left apart here as there), and 1 GPE before an untagged post word (``Беларусь басшысының``).

    tokens (Sequence[str]): the sentence's token texts.
    found (Sequence[Span]): predicted spans.
    RETURNS (list[Span]): the spans, sorted, with such pairs joined.
    """

    def joined(previous: Span, span: Span) -> str | None:
        a, b, label = span
        one_post = label == "POSITION" and b - a == 1 and post_word(tokens[a])
        return "POSITION" if one_post and previous[2] == "GPE" and previous[1] == a else None

    return join_pairs(found, joined)


_HONORIFICS = frozenset({"қажы"})  # Наурызбай қажы Тағанұлы: 'hajji' between the name and the patronymic


def honorific_name(tokens: Sequence[str], found: Sequence[Span]) -> list[Span]:
    """A one-word PERSON, an honorific and a capitalized word are one person (session 11, real news:
    ``Бас мүфти [Наурызбай] қажы Тағанұлы`` -> ``[Наурызбай қажы Тағанұлы]``); spans inside them give way.

    Train part: ``қажы`` stands after no PERSON span there; the rule reads written news.

    tokens (Sequence[str]): the sentence's token texts.
    found (Sequence[Span]): predicted spans.
    RETURNS (list[Span]): the spans, sorted, with such names made whole.
    """
    out = sorted(found)
    for a, b, label in list(out):
        if (
            label == "PERSON"
            and b - a == 1
            and b + 1 < len(tokens)
            and tokens[b].lower() in _HONORIFICS
            and capitalized(tokens[b + 1])
        ):
            end = max([b + 2, *(y for x, y, lab in out if x == b + 1 and lab == "PERSON")])
            out = [s for s in out if s[1] <= a or s[0] >= end]
            out.append((a, end, "PERSON"))
    return sorted(out)


RULES = (
    chinese_names,
    honorific_name,
    acronym_not_person,
    person_parts_join,
    acronym_joins_org,
    common_noun_before_place,
    person_place_split,
    person_post_split,
    post_dash_name,
    person_before_body,
    named_after,
    initial_surname,
    first_name_surname,
    surnames_apart,
    initials_join,
    number_before_org,
    place_not_person,
    first_name_not_place,
    state_name,
    state_name_label,
    title_org,
    org_takes_head,
    place_joins_org,
    post_chain,
    capitalized_post,
    place_joins_post,
    held_participle_cut,
)


def apply(tokens: Sequence[str], found: Sequence[Span]) -> list[Span]:
    """Apply :data:`RULES` in order.

    tokens (Sequence[str]): the sentence's token texts.
    found (Sequence[Span]): predicted spans.
    RETURNS (list[Span]): the spans after every rule.
    """
    return apply_rules(RULES, tokens, found)
