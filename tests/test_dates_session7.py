"""Session 7 date rules, read from the errors of test26 (Wikipedia-style sentences, after its held-out
scoring) and of the real news pages (news-dev; news-test after its scoring). One line per case;
find_dates alone, published 2026-02-25."""

from __future__ import annotations

import pytest
from dates_shared import dates_test

from derek import analyze

DATED = [
    # a relative century's decade after ғасырдағы, and a range of two decades
    ["Өткен ғасырдағы 90 - жылдардың басында пайда болды.", [("Өткен ғасырдағы 90 - жылдардың", "199")]],
    ["Ең дамыған кезі өткен ғасырдың 70 - 80 жылдары.", [("өткен ғасырдың 70 - 80 жылдары", "197/198")]],
    ["Ол өткен ғасырдың 60-ыншы жылдары салынған.", [("өткен ғасырдың 60-ыншы жылдары", "196")]],
    # a season from or to, after a year
    ["Көшу 1930 жылдың көктемінен басталды.", [("1930 жылдың көктемінен", "1930-SP")]],
    ["Жұмыс 2019 жылдың қысына дейін созылды.", [("2019 жылдың қысына", "2019-WI")]],
    ["Үйлер алдағы қысқа сақадай сай.", [("қысқа", "2026-WI")]],
    # quarters numbered in Roman figures, Latin or Cyrillic І (real news pages); last year 'compared with'
    ["Биылғы І тоқсандағы жұмыс қорытындыланды.", [("Биылғы І тоқсандағы", "2026-Q1")]],
    ["Табыс 2025 жылдың II тоқсанында өсті.", [("2025 жылдың II тоқсанында", "2025-Q2")]],
    ["Көрсеткіш былтырмен салыстырғанда өсті.", [("былтырмен", "2025")]],
    # a bare year closing a «...» name after a dash is the edition in the name (real news pages)
    ["Астанада «Жастар жалыны - 2016» фестивалі өтті.", []],
    ["«Шығыс салбурыны – 2025»: қонақтар келді", []],
    ["2017 жылы «Астана – 2017» көрмесі өтті.", [("2017 жылы", "2017")]],
    # days listed before one month are a range, first to last (real news pages)
    ["Жәрмеңке 16, 17, 18 қазан күндері өтеді.", [("16, 17, 18 қазан", "2026-10-16/2026-10-18")]],
    # ... but days whose last one және joins are days each (session 27), unless аралығында follows
    ["Жәрмеңке 17 және 18 қазан күндері өтеді.", [("17", "2026-10-17"), ("18 қазан", "2026-10-18")]],
    ["Жәрмеңке 17 және 18 қазан аралығында өтеді.", [("17 және 18 қазан", "2026-10-17/2026-10-18")]],
    # a clock time with a dot and a case of 'at' or 'from' (not a day.month, not 'to' a price)
    ["Пойыз 23.30-да жетті.", [("23.30-да", "XXXX-XX-XXT23:30")]],
    ["Жиын 12.05-те өтті.", []],
    ["Баға 3.50-ге өсті.", []],
    # a date before a street or square noun in the possessive is part of a place name
    ["Жиын 8 наурыз көшесі, 12 үйде өтті.", []],
    ["Кездесу 16 Желтоқсан даңғылындағы ғимаратта өтті.", []],
    ["8 наурызда көшеде шеру өтті.", [("8 наурызда", "2026-03-08")]],
    ["2020 жылы көшелер жөнделді.", [("2020 жылы", "2020")]],
]

test_dated = dates_test(DATED)

# through the pipeline (the year of a year-less date needs the verbs' morphology)
PIPELINE = [
    # a range of clock times from ... to
    ["Қабылдау 5 ақпанда сағат 12.00-ден 14.00-ге дейін өтеді.", "2026-02-01",
     ("сағат 12.00-ден 14.00-ге дейін", "2026-02-05T12:00/2026-02-05T14:00")],
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "date"), PIPELINE)
def test_pipeline_dates(text, published, date):
    assert date in [(d.text, d.value) for d in analyze(text, published=published).dates]
