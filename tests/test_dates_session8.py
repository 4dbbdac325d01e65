"""Session 8 date rules, read from real Kazakh news pages (news-test8 after its scoring). One line per case."""

from __future__ import annotations

import pytest

from derek import analyze

CASES = [
    # the end of 'the month' with no month named: the month of publication
    ("Күзгі жиын-терім ай соңына дейін толық аяқталады.", "2014-07-05", ("ай соңына", "2014-07")),
    ("Күзгі жиын-терім ай соңына дейін толық аяқталады.", None, ("ай соңына", "XXXX-XX")),
    ("Жұмыс осы айдың соңына дейін аяқталады.", "2014-07-05", ("осы айдың соңына", "2014-07")),
    # a month's days from first to last (news-test9, read after its scoring)
    (
        "Театр маусымның 15-21 аралығында елордамызда болады.",
        "2020-05-01",
        ("маусымның 15-21 аралығында", "2020-06-15/2020-06-21"),
    ),
    # a count of years back in words, with no publication date: a year nothing is known of
    ("Осыдан екі жыл бұрын турнирде чемпион болдым.", None, ("Осыдан екі жыл бұрын", "XXXX")),
    # a time after its day in a programme, across the abbreviation сағ.
    (
        "Қойылымдар тізімі:\n15 маусым, сағ. 19:00 – Бейбітшілік және келісім сарайы.",
        "2020-05-01",
        ("19:00", "2020-06-15T19:00"),
    ),
    # this year's half: its first half
    ("Биылғы жарты жылдың ішінде 491 іс қаралды.", "2019-08-05", ("Биылғы жарты жылдың", "2019-H1")),
]


@pytest.mark.parametrize("text, published, date", CASES)
def test_date(text, published, date):
    assert date in [(d.text, d.value) for d in analyze(text, published=published).dates]


@pytest.mark.parametrize(
    "text",
    [
        "Үш ай соңында жұмыс аяқталды.",
        "Әр ай соңында есеп береді.",
        "Табақ қолданылып келе жатқанына кемі екі ғасыр болды.",  # a cardinal counts centuries
        "Петропавлда оныншы жыл қатарынан турнир ұйымдастырылып отыр.",  # 'the tenth year running'
    ],
)
def test_counted_or_every_month_is_no_date(text):
    assert not analyze(text, published="2014-07-05").dates


def test_millennia_back_stay_undated_without_a_publication_date():
    assert not analyze("Бұдан үш мың жыл бұрын салынған.").dates
