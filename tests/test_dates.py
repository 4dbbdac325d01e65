"""Dates: natasha-style one-line ``[text, value]`` pairs, resolved against a publication date."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from derek.facts.dates import find_dates
from derek.pipeline import analyze

PUB = dt.date(2026, 2, 25)  # a Wednesday, ISO week 9

# Whole text is one date expression: [text, value, granularity].
CASES = [
    ["24 ақпанда", "2026-02-24", "day"],
    ["2025 жылғы 31 қазанда", "2025-10-31", "day"],
    ["2025 жылдың тамыз айында", "2025-08", "month"],
    ["2026 жылдың қаңтарында", "2026-01", "month"],
    ["2025 жылдың қыркүйегінде", "2025-09", "month"],
    ["2025 жылы", "2025", "year"],
    ["2025-жылы", "2025", "year"],
    ["2025 ж.", "2025", "year"],
    ["31.10.2025", "2025-10-31", "day"],
    ["31.10.2025 ж.", "2025-10-31", "day"],
    ["2025-10-31", "2025-10-31", "day"],
    ["кеше", "2026-02-24", "day"],
    ["кешегі", "2026-02-24", "day"],
    ["бүгін", "2026-02-25", "day"],
    ["ертең", "2026-02-26", "day"],
    ["Ертеңнен", "2026-02-26", "day"],
    ["бүрсігүні", "2026-02-27", "day"],
    ["биыл", "2026", "year"],
    ["Биылғы жылы", "2026", "year"],
    ["былтыр", "2025", "year"],
    ["өткен жылы", "2025", "year"],
    ["келесі жылы", "2027", "year"],
    ["осы айда", "2026-02", "month"],
    ["өткен айда", "2026-01", "month"],
    ["келесі аптада", "2026-W10", "week"],
    ["өткен аптада", "2026-W08", "week"],
    ["Өткен тәулікте", "2026-02-24", "day"],
    ["3 күн бұрын", "2026-02-22", "day"],
    ["осыдан үш күн бұрын", "2026-02-22", "day"],
    ["2 ай бұрын", "2025-12", "month"],
    ["5 жыл бұрын", "2021", "year"],
    ["екі аптадан кейін", "2026-W11", "week"],
    ["дүйсенбіде", "2026-02-23", "day"],
    ["жұма күні", "2026-02-27", "day"],
    ["сенбіде", "2026-02-28", "day"],
    ["XX ғасыр", "19", "century"],
    ["ХХІ ғасырда", "20", "century"],
    ["19-ғасырдың", "18", "century"],
    ["14-інші — 15-інші ғасырларда", "13/14", "range"],
    ["2020-2025 жылдары", "2020/2025", "range"],
    ["2019-2020 жылдар", "2019/2020", "range"],
    ["1990 жылдары", "199", "decade"],
    ["90-жылдары", "199", "decade"],
    ["XX ғасырдың 90-жылдары", "199", "decade"],
    ["сағат 14:30-да", "XXXX-XX-XXT14:30", "time"],
    ["14:30-да", "XXXX-XX-XXT14:30", "time"],
    ["таңғы сағат 9-да", "XXXX-XX-XXT09:00", "time"],
    ["қазан", "2026-10", "month"],
    ["қазанда", "2026-10", "month"],
    ["қазанның", "2026-10", "month"],
    ["қазанға", "2026-10", "month"],
    ["қазаннан", "2026-10", "month"],
    ["қаңтарында", "2026-01", "month"],
    ["қыркүйегінде", "2026-09", "month"],
    ["шілдесінде", "2026-07", "month"],
    ["қарашасында", "2026-11", "month"],
    ["маусым айында", "2026-06", "month"],
    ["1 сәуірден", "2026-04-01", "day"],
    ["1-қыркүйекке", "2026-09-01", "day"],
    ["16 желтоқсан", "2026-12-16", "day"],
    ["шілденің 6-сы", "2026-07-06", "day"],
    ["5-7 наурызда", "2026-03-05/2026-03-07", "range"],
    ["сәуірдің 29-ы мен мамырдың 5-і аралығында", "2026-04-29/2026-05-05", "range"],
    ["Осы жылдың 16-ншы наурызынан", "2026-03-16", "day"],
    ["өткен жылдың желтоқсанында", "2025-12", "month"],
    ["биылғы 10 қаңтарда", "2026-01-10", "day"],
    ["2019-ыншы жылдың 12-нші маусымында", "2019-06-12", "day"],
    ["екі мың он тоғызыншы жылы", "2019", "year"],
    ["мың тоғыз жүз алпысыншы жылы", "1960", "year"],
    ["жиырма бесінші қаңтардан", "2026-01-25", "day"],
    ["екі мың он бесінші жылдың жиырма сегізінші қыркүйегінде", "2015-09-28", "day"],
    ["осы күзде", "2026-FA", "season"],
    ["келер жылы", "2027", "year"],
    ["тоқсаныншы жылдардың", "199", "decade"],
    ["төртінші тоқсанда", "2026-Q4", "quarter"],
    ["2025 жылдың бірінші тоқсанында", "2025-Q1", "quarter"],
    ["кешкі тоғызда", "XXXX-XX-XXT21:00", "time"],
    ["таңғы 7-де", "XXXX-XX-XXT07:00", "time"],
    ["өткен жылдың көктемінде", "2025-SP", "season"],
    ["Күзде", "2026-FA", "season"],
    ["көктемге", "2026-SP", "season"],
    ["көктем айынан", "2026-SP", "season"],
    ["Биылғы 1-інші жартыжылдықта", "2026-H1", "half"],
    ["2025 жылдың екінші жартыжылдығында", "2025-H2", "half"],
    ["мамырдың бірі күні", "2026-05-01", "day"],
    ["қаңтардың онына", "2026-01-10", "day"],
    ["Қаңтар айы", "2026-01", "month"],
    ["жыл соңына", "2026", "year"],
    ["Он тоғызыншы жылғы", "2019", "year"],
    ["23-інші жылға", "2023", "year"],
    ["бұдан екі ғасыр бұрын", "18", "century"],
    ["өткен ғасырда", "19", "century"],
    ["өткен ғасырдың 60-ыншы жылдары", "196", "decade"],
    ["бүгінгі күнді", "2026-02-25", "day"],
    ["Осы жылдың қаңтар – мамыр айларында", "2026-01/2026-05", "range"],
    ["27-нші наурыз бен 4-інші сәуір аралығында", "2026-03-27/2026-04-04", "range"],
    ["өткен желтоқсаннан бері", "2025-12", "month"],
    ["келесі қаңтарда", "2027-01", "month"],
    ["биыл алғашқы тоқсанда", "2026-Q1", "quarter"],
    ["Наурыз айында", "2026-03", "month"],
    ["Өткен доңыз жылында", "2019", "year"],
    ["келесі жылқы жылы", "2038", "year"],
    ["жаздың алғашқы айын", "2026-06", "month"],
]

NO_PUB = [
    ["24 ақпанда", "XXXX-02-24"],
    ["2025 жылы", "2025"],
    ["тамыз айында", "XXXX-08"],
    ["бүгін", "PRESENT_REF"],
    ["кеше", "XXXX-XX-XX"],
    ["биыл", "XXXX"],
    ["келесі аптада", "XXXX-WXX"],
]

# Not dates: durations, 'nowadays', names and ordinary words.
NOT_DATES = [
    "бүгінгі таңда",
    "бүгінгі күні",
    "Қазан қаласында",
    "демалыс маусымы",
    "бес жыл бойы",
    "жыл сайын",
    "он бес жылдық",
    "2025 теңге",
    "бүгін-ертең",
    "1-інші жылы",
    "жыл басынан",
    "Қаңтар",
]

# The verb a year-less date belongs to moves it a year (published 2026-02-25): [sentence, value].
TENSED = [
    ["Тергеу қорытындысы қаңтардың онына дейін жарияланады.", "2027-01-10"],
    ["Бала 5 желтоқсан күні жоғалып кеткен.", "2025-12-05"],
    ["Бала 5 желтоқсан күні жоғалып кетті.", "2025-12-05"],
    ["Өтемақыны сәуірден бастап беруді ұсынды.", "2026-04"],
    ["Жиын 20 ақпанда өтеді.", "2026-02-20"],
    ["Жиын 5 желтоқсанда өтсе, біз ертерек келдік.", "2026-12-05"],
    ["Қаңтар айында оқытуды бастаймыз.", "2027-01"],
    ["Мұғалімдер қыркүйектен бастап үстеме ақы алып жатыр.", "2025-09"],
    ["Жоба қаңтар айында жалғасады.", "2027-01"],
    ["Бұл кадрлар желтоқсанның он тоғызы күні түсірілген.", "2025-12-19"],
]

# [sentence, the dates' (text, value)] for rules that look beyond one expression.
IN_CONTEXT = [
    ["Қыркүйекте Президенттің АҚШ-қа барғаны мәлім.", [("Қыркүйекте", "2026-09")]],
    ["Қазанда чемпионат өтті.", []],
    ["Енді наурыз айында 2-нші тестілеуге қатысады.", [("наурыз айында", "2026-03")]],
    [
        "қаңтар, наурыз, маусым және тамыз айларында",
        [("қаңтар", "2026-01"), ("наурыз", "2026-03"), ("маусым", "2026-06"), ("тамыз", "2026-08")],
    ],
    [
        "Сынақ жылына екі рет: қаңтар және тамыз айларында өтеді.",
        [("қаңтар", "XXXX-01"), ("тамыз", "XXXX-08")],
    ],
    ["Былтырғы қазан мен қараша қарсыз болды.", [("Былтырғы қазан", "2025-10"), ("қараша", "2026-11")]],
]


@pytest.mark.parametrize(("text", "value", "granularity"), CASES)
def test_date(text, value, granularity):
    found = find_dates(text, PUB)
    assert [(d.text, d.value, d.granularity) for d in found] == [(text, value, granularity)]


@pytest.mark.parametrize(("text", "value"), NO_PUB)
def test_without_publication_date(text, value):
    assert [d.value for d in find_dates(text, None)] == [value]


@pytest.mark.parametrize("text", NOT_DATES)
def test_not_a_date(text):
    assert find_dates(text, PUB) == []


@pytest.mark.parametrize(("text", "dates"), IN_CONTEXT)
def test_dates_in_context(text, dates):
    assert [(d.text, d.value) for d in find_dates(text, PUB)] == dates


@pytest.mark.parametrize(("text", "value"), TENSED)
def test_tense_of_the_verb(text, value):
    assert [d.value for d in analyze(text, published=PUB.isoformat()).dates] == [value]


def test_second_clock_time_keeps_the_day():
    found = find_dates("9 наурызда таңғы сағат жетіден кешкі сегізге дейін", PUB)
    assert [d.value for d in found] == ["2026-03-09", "2026-03-09T07:00", "2026-03-09T20:00"]


def test_dates_in_a_sentence_keep_offsets():
    text = "Келісімге 2025 жылғы 31 қазанда қол қойылды, ал кеше сағат 15:00-де жиын өтті."
    found = find_dates(text, PUB)
    assert [(d.text, d.value) for d in found] == [
        ("2025 жылғы 31 қазанда", "2025-10-31"),
        ("кеше", "2026-02-24"),
        ("сағат 15:00-де", "2026-02-24T15:00"),
    ]
    assert all(text[d.start : d.end] == d.text for d in found)


def test_stage_uses_published_only():
    doc = analyze("Концерт 24 ақпанда өтті.", published="2024-03-01")
    assert [(d.text, d.value) for d in doc.dates] == [("24 ақпанда", "2024-02-24")]
    assert analyze("Концерт 24 ақпанда өтті.").dates[0].value == "XXXX-02-24"


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=300))
def test_any_text(text):
    for d in find_dates(text, PUB):
        assert text[d.start : d.end] == d.text


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("қаңтардың 5 желтоқсанда өтеді кетті, жоқ.")), max_size=120))
def test_any_text_with_verb_lookup(text):
    for d in find_dates(text, PUB, lookup=lambda w: (w[:2], "VERB")):
        assert text[d.start : d.end] == d.text and d.value


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["2025", " ", "жылы", "31", "қазанда", "-", "кеше", "сағат", "14:30", "XX", "ғасыр", "мың"]
        ),
        max_size=12,
    )
)
def test_date_words_in_any_order(words):
    text = "".join(words)
    for d in find_dates(text, PUB):
        assert text[d.start : d.end] == d.text and d.value
