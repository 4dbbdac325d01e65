"""Words that decide the type of a numeric entity (language data, one example each).

A span the model calls MONEY must name a currency, a PERCENTAGE must say
``пайыз`` or ``%``; otherwise the number is relabelled by what it does name
(see :mod:`derek.ner.rules`). Entries are stems as :func:`suffixes.stem` gives them.
"""

from __future__ import annotations

CURRENCY: dict[str, str] = {
    "теңге": "5 мың теңгеге", "тенге": "100 тенге", "тг": "500 тг", "доллар": "4,5 миллиард АҚШ долларына",
    "евро": "2 миллион евро", "рубль": "300 рубль", "рубл": "10 мың рублін", "сом": "1000 сом",
    "юань": "50 миллион юань", "фунт": "1 миллион фунт стерлинг", "манат": "20 манат", "лира": "15 лира",
    "тиын": "50 тиын", "$": "100 $", "€": "20 €", "₸": "5000 ₸", "млрд": "1 млрд теңге", "трлн": "2 трлн теңге",
}  # fmt: skip

PERCENT: dict[str, str] = {"пайыз": "5,3 пайызға дейін", "%": "50 %", "процент": "10 процент"}

UNIT: dict[str, str] = {
    "тонна": "500 тонна астық", "метр": "120 текше метр", "шаршы": "100 шаршы метр", "текше": "текше метр",
    "гектар": "1 гектар жер", "га": "20 га", "шақырым": "15 шақырым жол", "километр": "30 километр",
    "км": "40 км", "литр": "2 литр сүт", "куб": "500 кубтай су", "градус": "30 градус аяз",
    "килограмм": "3 килограмм", "кг": "5 кг", "грамм": "200 грамм", "баррель": "1 миллион баррель",
    "мегаватт": "50 мегаватт", "киловатт": "100 киловатт", "центнер": "25 центнер",
}  # fmt: skip

# Units of time: a number with one of these is a DATE (a duration or an age) or, for hours
# and minutes, a TIME, as KazNERD marks them. Matched on the stem, or on the word's start.
DATE_UNIT: dict[str, str] = {
    "жыл": "5 жылға", "ай": "бір айдай", "күн": "30 күндей", "апта": "екі аптадан кейін",
    "тәулік": "бір тәулік", "ғасыр": "бір ғасырдан", "жасар": "үш жасар қыз",
}  # fmt: skip
TIME_UNIT: dict[str, str] = {"сағат": "2 сағаттан кейін", "минут": "15 минут"}
# How inflected forms of those units start (тәулігіне: к -> г before a vowel).
TIME_PREFIXES = (
    ("DATE", ("жыл", "ай", "күн", "апта", "тәулі", "ғасыр", "жасар")),
    ("TIME", ("сағат", "минут")),
)
# Words that start like a time unit but are not one (жылыту "heating", жылқы "horse", айт- "say").
NOT_UNIT = (
    "жылу",
    "жылыт",
    "жылт",
    "жылқ",
    "жылж",
    "айт",
    "айн",
    "айр",
    "айм",
    "айқ",
    "айғ",
    "айла",
    "айып",
    "айм",
    "күнә",
    "күнт",
    "күнб",
)
