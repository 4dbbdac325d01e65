"""Session 33 rules, read from real Kazakh news pages (news-test315 … news-test330, never read before this session):
a person a school or street is named after never speaks; a date between a cue and its owner is the time, not the
speaker; a document named with a participle (``таратылған хабарламада``) is the body's (docs/facts.md "Session 33").
One line per case."""

from __future__ import annotations

import pytest
from quotes_shared import speakers

QUOTES = [
    # Ж.Тәшенов атындағы лицей: a name inside an institution's name is no person of the story
    (
        "Сарыағаш ауданындағы Ж.Тәшенов атындағы №23 лицейге күн электр станциясы орнатылды. Облыс әкімі жаңартылатын энергия көздерін дамыту маңызды екенін мәлімдеді.",
        [("reported", "жаңартылатын энергия көздерін дамыту маңызды", "Облыс әкімі")],
    ),
    # a date after the owner of a participial cue: the owner speaks, the month does not
    (
        "Маңғыстау облысы бойынша Мемлекеттік кірістер департаментінің баспасөз қызметі 2025 жылғы 1 қазанда хабарлағандай, кеден бекетінің қызметкерлері жолаушыдан 28 100 АҚШ долларын тапты.",
        [("reported", "кеден бекетінің қызметкерлері жолаушыдан 28 100 АҚШ долларын тапты", "Мемлекеттік кірістер департаменті")],
    ),
    # делінген таратылған хабарламада: the message the ministry spread
    (
        "ҚР Қорғаныс министрлігі іздестіру операциясының қорытындысын хабарлады.\n«Әскери альпинистер тобы іздестіру жұмыстарын жүргізді», – делінген таратылған хабарламада.",
        [("direct", "Әскери альпинистер тобы іздестіру жұмыстарын жүргізді", "Қорғаныс министрлігі")],
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "quotes"), QUOTES)
def test_quotes(text, quotes):
    assert speakers(text) == quotes
