"""Session 8 date rules, read from real Kazakh news pages (news-test8 after its scoring). One line per case."""

from __future__ import annotations

import pytest

from derek import analyze

CASES = [
    # the end of 'the month' with no month named: the month of publication
    ("Күзгі жиын-терім ай соңына дейін толық аяқталады.", "2014-07-05", ("ай соңына", "2014-07")),
    ("Күзгі жиын-терім ай соңына дейін толық аяқталады.", None, ("ай соңына", "XXXX-XX")),
    ("Жұмыс осы айдың соңына дейін аяқталады.", "2014-07-05", ("осы айдың соңына", "2014-07")),
    # this year's half: its first half
    ("Биылғы жарты жылдың ішінде 491 іс қаралды.", "2019-08-05", ("Биылғы жарты жылдың", "2019-H1")),
]


@pytest.mark.parametrize("text, published, date", CASES)
def test_date(text, published, date):
    assert date in [(d.text, d.value) for d in analyze(text, published=published).dates]


@pytest.mark.parametrize("text", ["Үш ай соңында жұмыс аяқталды.", "Әр ай соңында есеп береді."])
def test_counted_or_every_month_is_no_date(text):
    assert not analyze(text, published="2014-07-05").dates
