"""Session 11 date rules, read from real Kazakh news pages (the read parts). One line per case."""

from __future__ import annotations

import pytest

from derek import analyze

CASES = [
    # a day, month and year with hyphens or slashes, like the dotted form
    ("Шешім 18-03-2022 жылы қабылданды.", None, ("18-03-2022 жылы", "2022-03-18")),
    ("Бұйрық 05/11/2024 күшіне енді.", None, ("05/11/2024", "2024-11-05")),
    # minutes after a hyphen, when they cannot be an hour
    ("Ұшақ сағат 09-50-де қонды.", None, ("сағат 09-50-де", "XXXX-XX-XXT09:50")),
    ("Пойыз таңғы 8-50-де жөнелді.", None, ("таңғы 8-50-де", "XXXX-XX-XXT08:50")),
    # the nth weekday of a month: a day that comes every year, dated by its month alone
    (
        "Кеншілер күні тамыздың соңғы жексенбісі аталып өтеді.",
        "2025-06-01",
        ("тамыздың соңғы жексенбісі", "XXXX-08"),
    ),
    (
        "Тіл мерекесі қыркүйек айының үшінші жексенбісінде тойланады.",
        "2025-06-01",
        ("қыркүйек айының үшінші жексенбісінде", "XXXX-09"),
    ),
    (
        "Биылғы тамыздың соңғы жексенбісінде той өтті.",
        "2025-09-01",
        ("Биылғы тамыздың соңғы жексенбісінде", "2025-08"),
    ),
    # a capitalized month opening a list item (news-test19)
    ("Талдау қорытындысы:\n- Қыркүйекте дәрілер арзандады;", "2026-02-26", ("Қыркүйекте", "2025-09")),
]


@pytest.mark.parametrize("text, published, date", CASES)
def test_date(text, published, date):
    assert date in [(d.text, d.value) for d in analyze(text, published=published).dates]


def test_hours_after_a_hyphen_stay_a_range():
    assert [d.value for d in analyze("Жиын сағат 10-12 аралығында өтеді.").dates] == [
        "XXXX-XX-XXT10:00/XXXX-XX-XXT12:00"
    ]


def test_a_weekday_of_a_month_is_no_date_of_its_own():
    assert (
        len(analyze("Кеншілер күні тамыздың соңғы жексенбісі аталып өтеді.", published="2025-06-01").dates)
        == 1
    )
