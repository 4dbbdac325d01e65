"""Session 32 rules, read from real Kazakh news pages (news-test299 … news-test314, never read before this session):
a genitive ``оның`` whose antecedent is a common-noun description takes the person it describes; a dropped subject
goes back to a name a relative clause ends on (docs/facts.md "Session 32"). One line per case."""

from __future__ import annotations

import pytest
from quotes_shared import speakers

QUOTES = [
    # Оның айтуынша after «...», – дейді кәсіпкер: the person the description named, not the description
    (
        "Кәсіпкер Раиса Тұралиева ет өтімді дейді.\nЕттің бағасы құбылады, – дейді кәсіпкер.\nОның айтуынша, ет бағасы қымбаттаған.",
        [("reported", "ет өтімді", "Раиса Тұралиева"), ("direct", "Еттің бағасы құбылады", "Раиса Тұралиева"), ("reported", "ет бағасы қымбаттаған", "Раиса Тұралиева")],
    ),
    # Айтуынша, ...: the name a participle clause ends on is the subject of the sentence before
    (
        "Қаулыны әбден жаттап алған Ақбидай Жеңіс демалыс кешенінде жұмыс істейді. Айтуынша, жаңа жылға дайындық қызу.",
        [("reported", "жаңа жылға дайындық қызу", "Ақбидай Жеңіс")],
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "quotes"), QUOTES)
def test_quotes(text, quotes):
    assert speakers(text) == quotes
