"""Session 32 rules, read from real Kazakh news pages (news-test299 … news-test314, never read before this session):
an ambiguous month ranged to another month, a day range after ``айының``, a year's "same period" taking the period
named before, a year's first months compared (``айымен``); a genitive ``оның`` whose antecedent is a common-noun description takes the person it describes; a dropped subject
goes back to a name a relative clause ends on (docs/facts.md "Session 32"). One line per case."""

from __future__ import annotations

import pytest
from quotes_shared import speakers

from derek import analyze

DATED = [
    # маусым (also 'season') ranged to another month is June; its possessed form is a season
    ("Пойыз маусымнан тамызға дейін қатынайды.", [("маусымнан тамызға дейін", "2024-06/2024-08")]),
    ("Жұмыс мамырдан маусымға дейін жалғасады.", [("мамырдан маусымға дейін", "2024-05/2024-06")]),
    ("Жылыту маусымынан тамызға дейін демалыс.", [("тамызға", "2024-08")]),
    # a range of days after the month with айының
    ("Мамыр айының 10-нен 15-не дейінгі мерзімде жол жабық.", [("Мамыр айының 10-нен 15-не дейінгі", "2024-05-10/2024-05-15")]),
    # a year's same period: the quarter or the months a date before named, in that year
    ("2022 жылдың төртінші тоқсанында 235 мың болды. 2021 жылдың сәйкес кезеңімен салыстырғанда азайды.", [("2022 жылдың төртінші тоқсанында", "2022-Q4"), ("2021 жылдың сәйкес кезеңімен", "2021-Q4")]),
    ("2023 жылдың 10 айында 1 жағдай тіркелсе, 2024 жылдың осы мерзімінде 217 жағдай тіркелді.", [("2023 жылдың 10 айында", "2023-01/2023-10"), ("2024 жылдың осы мерзімінде", "2024-01/2024-10")]),
    ("2021 жылдың сәйкес кезеңімен салыстырғанда азайды.", [("2021 жылдың", "2021")]),
    # the first months of a year, compared with
    ("Өткен жылдың 9 айымен салыстырғанда өсті.", [("Өткен жылдың 9 айымен", "2023-01/2023-09")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "dates"), DATED)
def test_dated(text, dates):
    assert [(d.text, d.value) for d in analyze(text, published="2024-05-20").dates] == dates


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
