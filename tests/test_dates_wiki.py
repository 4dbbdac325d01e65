"""Dates of encyclopedic prose (``derek/facts/date_wiki.py``, dev17 round: Wikipedia-style text).
One line per case; published 2026-02-25."""

from __future__ import annotations

import pytest
from dates_shared import dates_test

from derek.facts.dates import find_dates
from derek.pipeline import analyze

IN_SENTENCE = [
    # a year before a range of days in one month
    ["Бұған 1997 ж. 23-24 қыркүйекте өткен форум.", [("1997 ж. 23-24 қыркүйекте", "1997-09-23/1997-09-24")]],
    ["Съезд 1917 жылы 2 – 8 сәуірде өтті.", [("1917 жылы 2 – 8 сәуірде", "1917-04-02/1917-04-08")]],
    [
        "Съезд 1917 ж. 2 – 8 сәуір аралығында өтті.",
        [("1917 ж. 2 – 8 сәуір аралығында", "1917-04-02/1917-04-08")],
    ],
    ["Съезд 8 – 2 сәуірде өтті.", [("2 сәуірде", "2026-04-02")]],  # no range backwards
    # a citation date: a bare year after a nominative month, closing a phrase
    ["Саны 703 адам (31 желтоқсан 2006).", [("31 желтоқсан 2006", "2006-12-31")]],
    ["1 қыркүйек 1500 оқушы мектепке барады.", [("1 қыркүйек", "2026-09-01")]],  # a count, no year
    # the year after a day in a comma phrase; not a second date's year
    ["Премьерасы 3 қыркүйекте, 2009 жылы өтті.", [("3 қыркүйекте, 2009 жылы", "2009-09-03")]],
    [
        "Ол 12 наурызда, 2019 жылы 5 мамырда келді.",
        [("12 наурызда", "2026-03-12"), ("2019 жылы 5 мамырда", "2019-05-05")],
    ],
    # an old-style day with its new-style twin in brackets
    ["Ол 1885 жылы 5 (17) қаңтарда туған.", [("1885 жылы 5 (17) қаңтарда", "1885-01-05")]],
    ["Ол 5 (6) қаңтарда келді.", [("қаңтарда", "2026-01")]],  # not 12-13 days apart: no twin
    # bare years: opening a bracket note, closing a name before a dash, opening a biography line
    ["Институтын (1961, қазіргі академиясы) бітірген.", [("1961", "1961")]],
    ["Бағасы (1500, 2000 теңге) болды.", []],
    ["Футболдан Қазақстан Чемпионаты 2002 — лиганың он бірінші маусымы.", [("2002", "2002")]],
    ["Жоспары бойынша 2002 — 2005 аралығы.", []],  # no capitalized name before the year
    ["1959 Қорқыт Ата атындағы университетті бітірген.", [("1959", "1959")]],
    ["2000 жылдық тарихымызды көрсету үшін қамал соғамыз.", []],  # a count before a lower-case word
    ["1700 бау қамыс әзірленген.", []],
    # a century abbreviated ғ./ғғ.; a decade with an ordinal suffix, an edge or жж.
    ["XIX ғ. аяғында қала салынды.", [("XIX ғ.", "18")]],
    ["Байтұрсынұлы 20 ғ. басындағы әдебиетті жаңартты.", [("20 ғ.", "19")]],
    ["XVIII–XIX ғғ. қала гүлденді.", [("XVIII–XIX ғғ.", "17/18")]],
    ["1990-шы жылдардың ортасында көшті.", [("1990-шы жылдардың ортасында", "199")]],
    ["Ол 1850 жылдардың соңында туған.", [("1850 жылдардың соңында", "185")]],
    ["1920-жж. ол мұғалім болды.", [("1920-жж.", "192")]],
    ["Оқулықтарын 1910 жылдардан бастап жазды.", [("1910 жылдардан", "191")]],
    ["2019 ж. ашылды.", [("2019 ж.", "2019")]],  # a year ending in 9: no decade
    ["ХХ ғасырдың 20-30 жылдары ашаршылық болды.", [("ХХ ғасырдың 20-30 жылдары", "192/193")]],
    ["XIX ғасырдың 60 – 70-жылдары көп жазды.", [("XIX ғасырдың 60 – 70-жылдары", "186/187")]],
]

test_in_sentence = dates_test(IN_SENTENCE)

# The whole pipeline, no publication date (encyclopedic text): a bare season with an aorist verb is a habit.
UNDATED = [
    ["Аюлар қыста ұйқыға кетеді.", []],
    ["Жазда мал жайлауға шығарылады.", []],
    ["Барымта күзге қарай мүлдем тоқтайтын шығар.", ["XXXX-FA"]],  # a forecast, not a habit
    ["Күзде ол Омбыға барды.", ["XXXX-FA"]],  # a past event
    ["Ол 1905 жылдың күзінде Омбыға барады.", ["1905-FA"]],
    ["Жемісі қараша — желтоқсан айларында піседі.", ["XXXX-11/XXXX-12"]],  # months stay (recurring)
]


@pytest.mark.parametrize(("text", "values"), UNDATED)
def test_undated(text, values):
    assert [d.value for d in analyze(text).dates] == values


@pytest.mark.parametrize(
    "text, expected",
    [
        ("1988 жылдан 1997 жылға дейін жарыс өтті.", [("1988 жылдан 1997 жылға дейін", "1988/1997")]),
        ("Ол 20 мамырдан 9 тамызға дейін жүрді.", [("20 мамырдан 9 тамызға дейін", "XXXX-05-20/XXXX-08-09")]),
        ("2012 жылдың 5 шілдесі мен 1 тамыз аралығында өтті.",
         [("2012 жылдың 5 шілдесі мен 1 тамыз аралығында", "2012-07-05/2012-08-01")]),
        ("Қатты аяз (5 декабрь - 25 декабрь) болады.", [("5 декабрь - 25 декабрь", "XXXX-12-05/XXXX-12-25")]),
        # clock times stay two (the parts' convention); 'since' alone is no range
        ("Дүкен таңғы 9-дан кешкі 8-ге дейін ашық.", [("таңғы 9-дан", "XXXX-XX-XXT09:00"), ("кешкі 8-ге", "XXXX-XX-XXT20:00")]),
        ("2015 жылдан бері тұрады.", [("2015 жылдан", "2015")]),
    ],
)  # fmt: skip
def test_from_to_and_between_ranges(text, expected):
    assert [(d.text, d.value) for d in find_dates(text, None)] == expected
