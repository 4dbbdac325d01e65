"""The tests the date modules (``test_dates*.py``) share, built from their one-line case tables.

Each builder returns a parametrized test function; a module binds it to a ``test_*`` name, so
pytest collects it there (``test_date = whole_date_test(CASES)``). Every case is resolved
against one publication date, ``PUB``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

import pytest

from derek.facts.dates import find_dates
from derek.pipeline import analyze

PUB = dt.date(2026, 2, 25)  # a Wednesday, ISO week 9


def whole_date_test(cases: Sequence[Sequence[str]]) -> Callable[..., None]:
    """cases (Sequence[Sequence[str]]): ``[text, value, granularity]`` rows, the whole text one date."""

    @pytest.mark.parametrize(("text", "value", "granularity"), cases)
    def test(text: str, value: str, granularity: str) -> None:
        found = find_dates(text, PUB)
        assert [(d.text, d.value, d.granularity) for d in found] == [(text, value, granularity)]

    return test


def no_date_test(texts: Sequence[str]) -> Callable[..., None]:
    """texts (Sequence[str]): texts in which no date may be found."""

    @pytest.mark.parametrize("text", texts)
    def test(text: str) -> None:
        assert find_dates(text, PUB) == []

    return test


def dates_test(cases: Sequence[Sequence[object]]) -> Callable[..., None]:
    """cases (Sequence[Sequence[object]]): ``[text, [(date text, value), ...]]`` rows, every date found."""

    @pytest.mark.parametrize(("text", "dates"), cases)
    def test(text: str, dates: list[tuple[str, str]]) -> None:
        assert [(d.text, d.value) for d in find_dates(text, PUB)] == dates

    return test


def tense_test(cases: Sequence[Sequence[object]], many: bool = False) -> Callable[..., None]:
    """cases (Sequence[Sequence[object]]): ``[sentence, value]`` rows (``[sentence, [value, ...]]``
    with many (bool)), the values the whole pipeline gives, the verb's tense included."""
    if many:

        @pytest.mark.parametrize(("text", "values"), cases)
        def test_many(text: str, values: list[str]) -> None:
            assert [d.value for d in analyze(text, published=PUB.isoformat()).dates] == values

        return test_many

    @pytest.mark.parametrize(("text", "value"), cases)
    def test(text: str, value: str) -> None:
        assert [d.value for d in analyze(text, published=PUB.isoformat()).dates] == [value]

    return test
