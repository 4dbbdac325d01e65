"""A rule for Chinese personal names in Kazakh Cyrillic (``Си Цзиньпиннің``, ``Ван И``), applied after
the model (see docs/ner.md). The syllable and surname data live in :mod:`derek.ner.chinese`.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..alphabet import CYRILLIC_UPPER
from ..facts.grammar import GENITIVE
from .chinese import split_count, surname
from .span_ops import Span
from .suffixes import AFTER_POSSESSIVE, CASE, stem
from .words import capitalized, known_place, post_word

# Letter pairs of Palladius syllables held by at most one non-Chinese word of 1-3 such syllables among the
# 72,296 word types at hand (KazNERD training groups, Apertium-kaz's segmentation corpus, derek's
# morphology word lists, UD Kazakh-KTB train; 1,010 of them split): цз (Цзиньпин), чж (Чжэн), нь (Чуньин;
# латунь), ху (Хунин; хунта), ца (Цао; матица), цу (Цуй; цунами), цы (Цыси; цыган), уй (Цуй; суйеу),
# хо (Хоу; Айдахо), во (pinyin wo; Леново), a consonant before э (Лэцзи, Кэцян; тэн; сиэнэн; a
# word-initial э is Russian: Этика, Энтони), the rest held by none (ця: Цян, ся: Сяо, яо: Яо, юй: Юйсян).
# Also ао (Гаоли, Шаоци): its four holders are foreign (какао, Наоя, Нагаоку, АОА), none a title-case token of
# the corpora. Pairs with з after ц are covered by цз; ци, сю, пу, ля, лю, уэ are held by two words each
# (Путин, сюита), оу by four (шоу, телешоу).
DISTINCT: frozenset[str] = frozenset(
    "цз чж нь ху ца цу цы уй хо во юй юэ юа юн ню мю дю цю ця ся мя ня бя пя дя тя яо чо ча чу"
    " эй эр бэ пэ мэ фэ дэ тэ нэ лэ гэ кэ хэ чэ шэ жэ сэ цэ вэ це цо ао".split()
)
# Given-name syllables that hold no such pair, each with a bearer.
GIVEN: dict[str, str] = {
    "и": "Ван И", "ган": "Цинь Ган", "мин": "Яо Мин", "ин": "Фу Ин", "ли": "Гун Ли", "бо": "Ли Бо",
    "шуан": "Гэн Шуан", "лун": "Чэн Лун", "фу": "Ду Фу", "тао": "Сюэ Тао", "сю": "Оуян Сю",
    "лян": "Чжугэ Лян", "ци": "Цай Ци", "си": "Ли Си", "ян": "Ван Ян", "нин": "Мао Нин", "кан": "Лу Кан",
}  # fmt: skip
# Case endings a name takes: the н-forms after a possessive (-на, -нда), the -ғы adjectivizer and the
# equative -ша are left out (медици-на, Игі, and no name takes them).
ENDINGS = (
    "",
    *sorted(set(CASE) - AFTER_POSSESSIVE - {"ғы", "гі", "қы", "кі", "ша", "ше"}, key=len, reverse=True),
)


def _title(word: str) -> bool:
    """word (str) -> True if it opens with a Cyrillic capital and only letters after a hyphen may be
    capitals too (``Цзиньпин``, ``Дэ-цзян``, ``И-ге``; not ``СиЭнЭн``)."""
    return word[:1] in CYRILLIC_UPPER and all(part[1:] == part[1:].lower() for part in word.split("-"))


def _given(word: str, last: bool) -> str:
    """word (str); last (bool): the run's last word may carry a case ending -> the word's syllables,
    lower-cased, ending stripped ("" if it is no 1-3 syllable given name)."""
    low = word.lower()
    for end in ENDINGS if last else ("",):
        base = low[: len(low) - len(end)]
        base = base[:-1] if end and base.endswith("-") else base  # Ван И-ге
        if low.endswith(end) and 1 <= split_count(base) <= 3:
            return base
    return ""


def _distinct(given: str) -> bool:
    """given (str): a given name's syllables -> True if it holds a letter pair of :data:`DISTINCT`."""
    return any(given[k : k + 2] in DISTINCT for k in range(len(given) - 1))


def _chinese(given: Sequence[str]) -> bool:
    """given (Sequence[str]): the given name's words, endings stripped -> True if one word holds a letter
    pair of :data:`DISTINCT` or is a syllable of :data:`GIVEN`; two words must be a syllable each and
    one of them hold such a pair (``Ху Цзинь Тао``, not ``Ли Цян Абай``, ``Ван И Су``)."""
    if len(given) == 1:
        return given[0] in GIVEN or _distinct(given[0])
    return all(split_count(g) == 1 for g in given) and any(_distinct(g) for g in given)


def name_at(tokens: Sequence[str], i: int) -> int:
    """tokens (Sequence[str]): a sentence's token texts; i (int): a token index -> the end of the Chinese
    name that starts at token ``i`` (surname, then one or two given-name words), or 0."""
    if not (capitalized(tokens[i]) and surname(tokens[i])):
        return 0
    for k in (2, 1):
        words = tokens[i + 1 : i + 1 + k]
        if len(words) < k or not all(_title(w) for w in words):
            continue
        if k == 2 and name_at(tokens, i + 2):  # Ли Цян Ван И: two names, not a three-word one
            continue
        given = [_given(w, j == k - 1) for j, w in enumerate(words)]
        if all(given) and _chinese(given):
            return i + 1 + k
    return 0


_GENITIVE = GENITIVE
_POSSESSIVE = ("сы", "сі", "ы", "і")


def _names_a_thing(tokens: Sequence[str], end: int) -> bool:
    """The name ending at ``end`` has no genitive and a lowercase noun with a possessive ending follows:
    the pair names a thing after the person (``Лу Бань шеберханасын`` 'the Lu Ban workshop'), whereas a
    person's own thing takes the genitive (``Лу Баньның шеберханасы``)."""
    if end >= len(tokens) or tokens[end - 1].lower().endswith(_GENITIVE) or not tokens[end][:1].islower():
        return False
    return stem(tokens[end])[1].startswith(_POSSESSIVE)


def chinese_names(tokens: Sequence[str], found: Sequence[Span]) -> list[Span]:
    """A Chinese surname and a one- or two-word given name in Palladius syllables is a PERSON
    (``Си Цзиньпиннің``, ``Ли Цянмен``, ``Ван Иге``; a given name in two words: ``Ху Цзинь Тао``).

    The given name's last word may carry a case ending (:data:`ENDINGS`). A one-word given name must
    hold a letter pair of :data:`DISTINCT` or be a syllable of :data:`GIVEN`; a two-word one must be two
    syllables, one with such a pair. Counts on the KazNERD
    training groups and Apertium-kaz's segmentation corpus together: of the 1,666 title-case tokens that
    split into 1-3 syllables (after an ending; ``Бала``, ``Сая``, ``Тау``, ``Су``, ``Жан``), 35 pass:
    16 Chinese names and places (``Цзиньпиннің``, ``Сяомен``, ``Си``, ``Тянь-Шань``, ``Ухань``), 17 on
    :data:`GIVEN` (``И`` 15 times, an initial or Russian "and"; ``Лиге``), ``Леново`` and ``Айдахо``;
    and only 38 tokens are surnames (``Су`` 21). On the training groups the rule fires on 3 runs, all
    exactly gold PERSON spans (``Чжан Сяомен``, ``Си Цзиньпиннің`` twice); on the 9,286 sentences of the
    segmentation corpus it fires on none (nor without the guard). Of 50 names of Chinese leaders and
    spokespeople (tests/test_ner_chinese.py) it finds 48, bare and with ``-мен``; ``У Банго`` and ``Ли
    Шанфу`` hold no distinct pair.

    The PERSON replaces the predicted spans inside the name. A POSITION that runs from before the name
    into it, with a post word right before the name, ends at the post word (``[Қытай Сыртқы істер
    министрі Ван И]`` -> ``[... министрі] [Ван И]``), as KazNERD marks it: 141 training POSITION spans
    have a PERSON right after them and none holds a capitalized word after its post word. A span of
    another label that opens with the name and runs on into a capitalized word is split into the name
    and the rest, a known place alone there being a GPE (``[Люй И Қазақстан]`` tagged ORGANISATION;
    ``[Лу Бань шеберханасы]`` stays; session 6); any other predicted span that runs on beyond the name
    is left alone, and the name is not added. Nor is it added where the model tagged nothing and a
    lowercase possessive noun follows the name without a genitive (``Лу Бань шеберханасын``: a thing
    named after the person, :func:`_names_a_thing`).

    tokens (Sequence[str]): the sentence's token texts.
    found (Sequence[Span]): predicted spans.
    RETURNS (list[Span]): the spans, sorted, with the names.
    """
    if not any(map(surname, tokens)):
        return sorted(found)  # every name opens with a surname
    out = list(found)
    i = 0
    while i < len(tokens):
        end = name_at(tokens, i)
        if not end:
            i += 1
            continue
        post = i > 0 and post_word(tokens[i - 1])
        out = [
            (a, i, label) if label == "POSITION" and post and a < i < b <= end else (a, b, label)
            for a, b, label in out
        ]
        out = [  # a non-PERSON span opening with the name: the name, then the rest (``[Люй И Қазақстан]``)
            part
            for a, b, label in out
            for part in (
                [(i, end, "PERSON"), (end, b, "GPE" if b - end == 1 and known_place(tokens[end]) else label)]
                if a == i and b > end and label != "PERSON" and tokens[end][:1].isupper()
                else [(a, b, label)]
            )
        ]
        inside = [s for s in out if i <= s[0] and s[1] <= end]
        beyond = [s for s in out if s[0] < end and i < s[1] and s not in inside]
        if not beyond and (inside or not _names_a_thing(tokens, end)):
            out = [s for s in out if s not in inside] + [(i, end, "PERSON")]
        i = end
    return sorted(out)
