"""Session-5 rules for names of bodies and posts, applied after the model (see docs/ner.md, rules 20-24).

Run by :func:`derek.ner.rules_names.apply`. Counts in the docstrings are from the training groups of the
seed-0 split of KazNERD's validation file.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from ..facts.grammar import GENITIVE
from .span_ops import Span, covered, join_pairs
from .units import ORG_TITLE_HEAD
from .words import LOCATIVE_ENDINGS, noun_form, org_head, post_word, voiced_bases

_GENITIVE = GENITIVE
# labels of names that a post chain can open («Хабар» арнасының директоры, Маңғыстау облысы әкімінің ...)
_NAMED = frozenset(
    {"ORGANISATION", "GPE", "FACILITY", "EVENT", "PRODUCT", "ART", "NORP", "LOCATION", "PROJECT"}
)


def _lower_word(word: str) -> bool:
    return word[:1].islower() and word.replace("-", "").isalpha()


def _titles(tokens: Sequence[str]) -> list[tuple[int, int]]:
    """``(i, j)`` for each ``«`` at ``i`` closed by ``»`` at ``j`` with words between and none nested."""
    out, opened = [], -1
    for i, word in enumerate(tokens):
        if word == "«":
            opened = i
        elif word == "»" and opened >= 0:
            if i > opened + 1:
                out.append((opened, i))
            opened = -1
    return out


_TITLE_BASES = voiced_bases(ORG_TITLE_HEAD)


@lru_cache(maxsize=10_000)
def _title_head(word: str) -> bool:
    """The word is a noun of :data:`ORG_TITLE_HEAD` with a case or possessive ending (``партиясынан``),
    not a word that only starts like one (``арнайы``, ``ұйымдастырды``)."""
    return noun_form(word, _TITLE_BASES)


# postpositions that close a setting (``сауалына орай`` 'in reply to the question', ``брифинг барысында``): no
# POSITION span in KazNERD's validation split ends in one (the 81 of 601 not ending in a post word end in a rank, an
# honour or a possessed title)
_SETTING_ENDS = frozenset(
    ("орай", "барысында", "кезінде", "бойынша", "байланысты", "аясында", "кейін", "соң")
)


def setting_cut_post(tokens: Sequence[str], found: Sequence[Span]) -> list[Span]:
    """A POSITION span that runs on into a setting closed by a postposition ends at its last post word
    (``[вице-министр БАҚ өкілдерінің сауалына орай]`` -> ``[вице-министр]``; session 24, news-test163); with no post
    word before the setting the span goes.

    tokens (Sequence[str]): the sentence's token texts.
    found (Sequence[Span]): predicted spans.
    RETURNS (list[Span]): the spans, such posts cut.
    """
    out = []
    for a, b, label in found:
        if label == "POSITION" and tokens[b - 1].lower() in _SETTING_ENDS:
            posts = [k for k in range(a, b - 1) if post_word(tokens[k])]
            if not posts:
                continue
            b = posts[-1] + 1
        out.append((a, b, label))
    return out


def titled_person(tokens: Sequence[str], found: Sequence[Span]) -> list[Span]:
    """A PERSON span of two words or more that ends in an organization noun of :data:`ORG_TITLE_HEAD` names the
    organization, the noun left out (``[Jibek Joly телеарнасының]`` PERSON -> ``[Jibek Joly]`` ORGANISATION
    ``телеарнасының``; session 24, news-test160). KazNERD's train part has no span ending in such a noun: the
    name before it is tagged and the noun stays outside (:func:`title_org`).

    tokens (Sequence[str]): the sentence's token texts.
    found (Sequence[Span]): predicted spans.
    RETURNS (list[Span]): the spans, such persons made organizations.
    """
    return [
        (a, b - 1, "ORGANISATION")
        if label == "PERSON" and b - a >= 2 and _title_head(tokens[b - 1])
        else (a, b, label)
        for a, b, label in found
    ]


def person_digits(tokens: Sequence[str], found: Sequence[Span]) -> list[Span]:
    """A PERSON span loses the words holding a digit at its edges, and goes when nothing else is left (``[Мөңкеұлы
    91]/3`` -> ``[Мөңкеұлы]``, ``[2-3]`` PERSON -> no entity, ``[681-шақырымында Yutong]`` -> ``[Yutong]``). Rule 59,
    session 26: in the forty read news parts 10 PERSON spans held a digit, none a name's part; KazNERD has no PERSON
    span with a digit.

    tokens (Sequence[str]): the sentence's token texts.
    found (Sequence[Span]): predicted spans.
    RETURNS (list[Span]): the spans, such persons trimmed or dropped.
    """
    out = []
    for a, b, label in found:
        if label == "PERSON":
            while a < b and _NUMBERISH.search(tokens[a]):
                a += 1
            while b > a and _NUMBERISH.search(tokens[b - 1]):
                b -= 1
            if a == b:
                continue
        out.append((a, b, label))
    return out


# a word holding a digit, or one of no letters at all (``91``, ``/``, ``2-3``, ``Алғабас1-де``)
_NUMBERISH = re.compile(r"\d|^[^\w]+$")


def latin_company(tokens: Sequence[str], found: Sequence[Span]) -> list[Span]:
    """A PERSON span all of whose words are in Latin letters names a company, a brand or an event, no person, and is
    an ORGANISATION (the most common label of Latin spans in KazNERD), a particle it ran on into left out
    (``[Halyk Bank]``, ``[Netflix]``, ``[UnionPay International]`` PERSON -> ORGANISATION; ``[Freedom Bank те]`` ->
    ``[Freedom Bank]``). Rule 58, session 26: in the forty read news parts 36 such PERSON spans, none a person;
    KazNERD's validation split has no PERSON span in Latin letters.

    tokens (Sequence[str]): the sentence's token texts.
    found (Sequence[Span]): predicted spans.
    RETURNS (list[Span]): the spans, such persons made organizations.
    """
    out = []
    for a, b, label in found:
        end = b
        while end - a > 1 and tokens[end - 1].lower() in _PARTICLES:
            end -= 1
        if label == "PERSON" and all(_LATIN_WORD.fullmatch(t) for t in tokens[a:end]):
            out.append((a, end, "ORGANISATION"))
        else:
            out.append((a, b, label))
    return out


_PARTICLES = frozenset({"те", "та", "да", "де", "ғой"})
_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z.'&-]*")


def title_org(tokens: Sequence[str], found: Sequence[Span]) -> list[Span]:
    """A ``«title»`` followed within three lowercase words by an organization noun of
    :data:`derek.ner.units.ORG_TITLE_HEAD` is an ORGANISATION (``« Ақ жол » партиясынан``).

    The words inside the quotes become one ORGANISATION span, whatever the model tagged there; a span
    that crosses the quotes (a longer POSITION or EVENT) is left alone. Train part: 105 of 124 such
    titles are exactly an ORGANISATION, 18 inside longer spans, 1 a PRODUCT; run on the train part's
    gold spans, the rule changes 1 sentence.

    tokens (Sequence[str]): the sentence's token texts.
    found (Sequence[Span]): predicted spans.
    RETURNS (list[Span]): the spans, sorted, with such titles relabelled.
    """
    out = list(found)
    for i, j in _titles(tokens):
        head = next(
            (
                k
                for k in range(j + 1, min(len(tokens), j + 4))
                if _lower_word(tokens[k]) and _title_head(tokens[k])
            ),
            None,
        )
        if head is None or not all(_lower_word(tokens[k]) for k in range(j + 1, head)):
            continue
        if any(a < i + 1 < b or a < j < b or (a <= i and b > i) or (a <= j and b > j) for a, b, _ in out):
            continue  # a span crosses the quotes or reaches beyond them
        if any(j < a < head + 1 for a, _, _ in out):
            continue
        out = [(a, b, label) for a, b, label in out if not (i < a and b <= j)]
        out.append((i + 1, j, "ORGANISATION"))
    return sorted(out)


def org_takes_head(tokens: Sequence[str], found: Sequence[Span]) -> list[Span]:
    """An ORGANISATION span takes in an untagged organization noun right after it (``[Шанхай
    ынтымақтастық] ұйымынан`` -> ``[Шанхай ынтымақтастық ұйымынан]``; nouns of ``ORG_HEAD``).

    Train part: no ORGANISATION span is followed by an untagged organization noun (the 19 such nouns
    after other spans follow numbers, dates, posts and NORPs: ``25 ұйымның``).

    tokens (Sequence[str]): the sentence's token texts.
    found (Sequence[Span]): predicted spans.
    RETURNS (list[Span]): the spans with such nouns taken in.
    """

    starts = {a for a, _, _ in found}
    taken = covered(found)
    return [
        (a, b + 1, label)
        if label == "ORGANISATION"
        and b < len(tokens)
        and b not in taken
        and b not in starts
        and org_head(tokens[b])
        else (a, b, label)
        for a, b, label in found
    ]


def place_joins_org(tokens: Sequence[str], found: Sequence[Span]) -> list[Span]:
    """A GPE right before an ORGANISATION is part of its name unless it is in the locative
    (``[Қазақстанның] [Парламентінде]`` -> ``[Қазақстанның Парламентінде]``; ``[Алматыда] [...кеңесінің]``
    stays two).

    Train part: 45 ORGANISATION spans open with a known place (``Қазақстан Үкіметі``, ``Ресейдің
    Мемлекеттік думасы``); the 3 GPE spans standing right before an ORGANISATION are all locatives
    (``Ақмола облысындағы``, ``Алматыда``).

    tokens (Sequence[str]): the sentence's token texts.
    found (Sequence[Span]): predicted spans.
    RETURNS (list[Span]): the spans, sorted, with such pairs joined.
    """

    def joined(previous: Span, span: Span) -> str | None:
        _, b0, label0 = previous
        a, _, label = span
        gpe_before = label0 == "GPE" and b0 == a and not tokens[b0 - 1].lower().endswith(LOCATIVE_ENDINGS)
        return "ORGANISATION" if label == "ORGANISATION" and gpe_before else None

    return join_pairs(found, joined)


def capitalized_post(tokens: Sequence[str], found: Sequence[Span]) -> list[Span]:
    """An untagged capitalized post word after the sentence's first word is a POSITION
    (``Ел [Президенті] Қасым-Жомарт Тоқаев``, ``өз [Президентін] сайлап``).

    Train part: of 202 capitalized post words after the first word, 171 are POSITION spans alone or
    end one, 8 lie inside a POSITION, 22 inside other names (``Президент Әкімшілігі``), 1 is untagged.
    On the first word, where every word is capitalized, the rule stays off (11 of 95 untagged there).

    tokens (Sequence[str]): the sentence's token texts.
    found (Sequence[Span]): predicted spans.
    RETURNS (list[Span]): the spans, sorted, with such words added.
    """
    words = [i for i in range(1, len(tokens)) if _capitalized_post(tokens[i])]
    if not words:
        return sorted(found)
    taken = covered(found)
    return sorted([*found, *((i, i + 1, "POSITION") for i in words if i not in taken)])


@lru_cache(maxsize=100_000)
def _capitalized_post(word: str) -> bool:
    """word (str) -> True if it is a capitalized post word of :data:`POST` (``Президентін``)."""
    return word[:1].isupper() and post_word(word)


def _chain_end(tokens: Sequence[str], start: int, taken: set[int]) -> int:
    """The end of ``genitive noun ... post`` starting at ``start`` (``арнасының директоры``), or 0."""
    genitive = False
    for p in range(start, min(len(tokens), start + 4)):
        word = tokens[p]
        if p in taken or not _lower_word(word):
            return 0
        if genitive and post_word(word):
            return p + 1
        genitive = genitive or word.lower().endswith(_GENITIVE)
    return 0


def post_chain(tokens: Sequence[str], found: Sequence[Span]) -> list[Span]:
    """A name, then a genitive noun and a post, is one POSITION, as KazNERD marks it.

    ``[« Хабар »] арнасының директоры`` -> ``[« Хабар » арнасының директоры]``; ``[Маңғыстау облысы]
    әкімінің бұрынғы орынбасары`` likewise. The name is a span of a named type or a ``«...»`` title;
    up to four untagged lowercase words follow, a genitive among them before the post word. Train part:
    30 POSITION spans hold such a name and chain (7 open with ``«``); run on the train part's gold
    spans, the rule changes none (no named span stands apart before such a chain).

    tokens (Sequence[str]): the sentence's token texts.
    found (Sequence[Span]): predicted spans.
    RETURNS (list[Span]): the spans, sorted, with such chains joined.
    """
    taken = covered(found)
    out = sorted(found)
    result: list[Span] = []
    for a, b, label in out:
        if label not in _NAMED:
            result.append((a, b, label))
            continue
        open_quote = a - 1 if a > 0 and tokens[a - 1] == "«" and b < len(tokens) and tokens[b] == "»" else -1
        after = b + 1 if open_quote >= 0 else b
        end = _chain_end(tokens, after, taken)
        if end:
            result.append((open_quote if open_quote >= 0 else a, end, "POSITION"))
            taken.update(range(a, end))
        else:
            result.append((a, b, label))
    return sorted(result)
