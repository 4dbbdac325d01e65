"""Kazakh inflectional endings that the crude stemmer strips, one real example each.

Only inflection (plural, possessive, case and the ``-ғы`` adjectivizer) is
listed: derivational suffixes (``-лық``, ``-шы``) change the word and stay.
The stemmer strips the longest listed ending, repeatedly, while the stem
keeps at least ``MIN_STEM`` characters. The result is a feature for the NER
model (``Астанада`` and ``Астанаға`` share ``астана``), not a lemma.
"""

from __future__ import annotations

MIN_STEM = 3

CASE: dict[str, str] = {
    # genitive
    "ның": "Қазақстанның", "нің": "өңірінің", "дың": "ҚХР-дың", "дің": "елдің",
    "тың": "Тоқаевтың", "тің": "мектептің",
    # dative
    "ға": "Астанаға", "ге": "елге", "қа": "халыққа", "ке": "мектепке",
    "на": "облысына", "не": "өңіріне",
    # accusative
    "ны": "Астананы", "ні": "мәселені", "ды": "жоспарды", "ді": "елді",
    "ты": "келісімшартты", "ті": "мектепті", "н": "облысын",
    # locative
    "да": "Астанада", "де": "елде", "та": "кітапта", "те": "мектепте",
    "нда": "облысында", "нде": "өңірінде",
    # ablative
    "дан": "Астанадан", "ден": "елден", "тан": "кітаптан", "тен": "мектептен",
    "нан": "облысынан", "нен": "өңірінен",
    # instrumental
    "мен": "Ресеймен", "бен": "Таразбен", "пен": "мектеппен",
    # locative adjective and -ғы adjectivizer
    "дағы": "Астанадағы", "дегі": "елдегі", "тағы": "кітаптағы", "тегі": "мектептегі",
    "ндағы": "облысындағы", "ндегі": "өңіріндегі",
    "ғы": "жылғы", "гі": "бүгінгі", "қы": "қысқы", "кі": "кешкі",
    # equative
    "ша": "қазақша", "ше": "өзбекше",
}  # fmt: skip
# Case forms with a leading н follow only the 3rd-person possessive (облыс-ы-на, өңір-і-нде).
AFTER_POSSESSIVE = {"на", "не", "н", "нда", "нде", "нан", "нен", "ндағы", "ндегі"}

POSSESSIVE: dict[str, str] = {
    "ы": "облысы", "і": "министрлігі", "сы": "төрағасы", "сі": "бөлмесі",
    "ым": "атым", "ім": "жерім", "ың": "атың", "ің": "жерің",
    "мыз": "халқымыз", "міз": "жеріміз", "ңыз": "атаңыз", "ңіз": "жеріңіз",
}  # fmt: skip

PLURAL: dict[str, str] = {
    "лар": "балалар", "лер": "өңірлер", "дар": "адамдар", "дер": "елдер",
    "тар": "жастар", "тер": "мектептер",
}  # fmt: skip

_VOWELS = "аәеёиоөұүыіэюяу"


def stem(word: str) -> tuple[str, str]:
    """Strip inflectional endings (case, then possessive, then plural) from a word.

    word (str): the token text.
    RETURNS (tuple[str, str]): the lower-cased stem and the stripped endings joined by ``+`` (``""`` if none).
    """
    low = word.lower()
    head, sep, tail = low.rpartition("-")
    if sep and head and tail:
        rest, endings = _strip(tail, 0)
        if not rest and endings:  # ҚХР-дың -> қхр
            return head, "+".join(endings)
    rest, endings = _strip(low, MIN_STEM)
    return rest, "+".join(endings)


def _longest(word: str, table: dict[str, str], keep: int) -> str:
    for n in (5, 4, 3, 2, 1):
        end = word[-n:]
        if len(word) - n >= keep and end in table:
            return end
    return ""


def _strip(word: str, keep: int) -> tuple[str, list[str]]:
    endings: list[str] = []
    case = _longest(word, CASE, keep)
    before = word[: -len(case)][-1:] if case else ""
    if (
        case in AFTER_POSSESSIVE
        and before not in ("ы", "і")
        and not (case in ("нан", "нен") and before == "н")
    ):
        case = case[1:] if case[1:] in CASE else ""  # Лондонда: -да, not -нда
    if case:
        word, endings = word[: -len(case)], [case]
    poss = _longest(word, POSSESSIVE, keep)
    before = word[: -len(poss)][-1:] if poss else ""
    if poss in ("сы", "сі") and before in ("ы", "і"):
        poss = poss[1:]  # облыс-ы, not облы-сы
    elif poss in ("ы", "і") and before in _VOWELS:
        poss = ""
    if poss:
        word, endings = word[: -len(poss)], [poss, *endings]
    plural = _longest(word, PLURAL, keep)
    if plural:
        word, endings = word[: -len(plural)], [plural, *endings]
    return word, endings
