"""Dates, round 11 (seen parts only): ``биыл``/``былтыр`` in the genitive and ablative, a year's
edge after ``жылдың``, a plural of an hour ('about': ``сағат ондардың шамасында``). One line per case."""

from __future__ import annotations

import datetime as dt

import pytest

from derek.facts.dates import find_dates

PUB = dt.date(2026, 2, 25)

# Whole text is one date expression: [text, value, granularity].
CASES = [
    ["Былтырдан", "2025", "year"],
    ["биылдың", "2026", "year"],
    ["биылдан", "2026", "year"],
    ["жылдың аяғына", "2026", "year"],
    ["Жылдың соңында", "2026", "year"],
    ["кешкісін сағат ондардың", "XXXX-XX-XXT22:00", "time"],
    ["таңғы сағат бестерде", "XXXX-XX-XXT05:00", "time"],
    ["таңғы бестерде", "XXXX-XX-XXT05:00", "time"],
]

NOT_DATES = [
    "әр жылдың соңында",  # every year's end: habitual
    "Жылдың басынан бері",  # the round-4 convention: no date
]

# [sentence, the dates' (text, value)]
IN_SENTENCE = [
    ["Былтырдан бері мұнда ешкім тұрмайды.", [("Былтырдан", "2025")]],
    ["Дегенмен биылдың өзінде мұнда турист демалды.", [("биылдың", "2026")]],
    ["Одан кейін жылдың аяғына дейін біз аламыз.", [("жылдың аяғына", "2026")]],
]


@pytest.mark.parametrize(("text", "value", "granularity"), CASES)
def test_date(text, value, granularity):
    found = find_dates(text, PUB)
    assert [(d.text, d.value, d.granularity) for d in found] == [(text, value, granularity)]


@pytest.mark.parametrize("text", NOT_DATES)
def test_not_a_date(text):
    assert find_dates(text, PUB) == []


@pytest.mark.parametrize(("text", "dates"), IN_SENTENCE)
def test_dates_in_sentence(text, dates):
    assert [(d.text, d.value) for d in find_dates(text, PUB)] == dates
