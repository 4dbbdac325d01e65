"""Session 20 rules (a pilgrimage's trip is no visit, a game no meeting: below), read from real Kazakh news pages (news-test92, 95, 96, 99 … news-test105, read this session):
a game's score, a count of hours, a quarter of a century, a count of years in a case, a possessed cauldron, heating
and 'every year' are no dates; a clock range may have an en dash before its endings; a word the lemmatizer leaves
whole (``сауда``) closes no setting before a speaker. One line per case (docs/facts.md "Session 20")."""

from __future__ import annotations

import pytest
from quotes_shared import speakers

from derek import analyze

DATES = [
    # a game's score is no clock; a clock still is
    (
        "Құрама қарсыласына 20:38 есебімен жеңілді. Ойын 17:35-те басталды.",
        None,
        [("17:35-те", "XXXX-XX-XXT17:35")],
    ),
    ("Қорытынды есеп – 14:15.", None, []),
    # a count of hours and minutes is no clock
    ("Толық фазаның ұзақтығы – 1 сағат 22 минут.", None, []),
    # a quarter of a century is no quarter of a year
    ("Зауыт өткен ғасырдың екінші ширегінде құрылған.", "2017-05-17", [("өткен ғасырдың", "19")]),
    # a count of years in words, in a case, is no year; the day after it keeps no year from it
    (
        "Жұрт мың жылда бір болатын кометаны 27 қыркүйектен бастап көре алады.",
        None,
        [("27 қыркүйектен", "XXXX-09-27")],
    ),
    ("Келесі жолы ол ондаған мың жылдан кейін ғана келеді.", None, []),
    # қазан 'cauldron' possessed, жылыту 'heating', жыл сайын 'every year'
    ("Бұл ауданның қазанын толтыруға сеп болмақ.", None, []),
    ("Ағымдағы жылыту кезеңінде қаражат үнемделеді.", "2023-10-31", []),
    ("Бұл жыл сайын өтетін бәсеке.", "2025-11-21", []),
    # a bare season before a past verb the tagger took for a noun (ұшырды) is dated; a habit in the present is not
    ("Көктемде жел жас өскіндерді ұшырды.", None, [("Көктемде", "XXXX-SP")]),
    ("Көктемде шұбатқа сұраныс артады.", None, []),
    # a fixture list: a day alone on its line heads the clock times that open the lines under it
    (
        "Ойындар өтеді.\n8 наурыз\n14:00. «Қызылжар» - «Каспий»\n15:00. «Атырау» - «Ұлытау»",
        "2026-03-07",
        [("8 наурыз", "2026-03-08"), ("14:00", "2026-03-08T14:00"), ("15:00", "2026-03-08T15:00")],
    ),
    # a bare year's start told of the past is the year; in a habit it is none
    ("Кооператив жыл басында құрылыпты.", "2017-06-27", [("жыл басында", "2017")]),
    ("Теңге бағамы жыл басында күшейеді де, жыл аяғына қарай әлсірейді.", "2017-06-27", []),
    ("Жыл басында қажет препараттың көлемін айтпайды.", "2021-06-15", []),
    # early this week; a day or a week or years ago not counted (no value known; none in a dated text); күні кеше
    # without ғана is yesterday
    ("Апта басында өңір басшысы жиын өткізді.", "2020-12-05", [("Апта басында", "2020-W49")]),
    ("Бірер күн бұрын олар келді.", None, [("Бірер күн бұрын", "XXXX-XX-XX")]),
    ("Осыдан бірер апта бұрын ғана зауыт ашылды.", None, [("Осыдан бірер апта бұрын", "XXXX-WXX")]),
    ("Бірнеше жыл бұрын қалада өз үйлері болған.", "2021-06-15", []),
    ("Гроссмейстер күні кеше Делиге барды.", "2023-04-06", [("кеше", "2023-04-05")]),
    ("Енді міне, күні кеше ғана тікұшақ апатқа ұшырады.", "2023-04-06", []),
    # a day defined as a feast after a hyphen, the name lower case or in quote marks, recurs (no year)
    ('18 наурыз - "Ұлттық киім" күні.', "2025-03-21", [("18 наурыз", "XXXX-03-18")]),
    ("31 мамыр - саяси қуғын-сүргін құрбандарын еске алу күні.", "2022-06-06", [("31 мамыр", "XXXX-05-31")]),
    # a range of years listed before another: both ranges
    (
        "Күрестің 2009-2011 және 2012-2016 жылдарға арналған бағдарламасы.",
        None,
        [("2009-2011", "2009/2011"), ("2012-2016 жылдарға", "2012/2016")],
    ),
    # a clock range with an en dash before the endings
    (
        "Жарықтандыру сағат 18:00–ден 06:00–ге дейін шектеледі.",
        None,
        [("сағат 18:00–ден 06:00–ге дейін", "XXXX-XX-XXT18:00/XXXX-XX-XXT06:00")],
    ),
]


@pytest.mark.parametrize(("text", "published", "dates"), DATES)
def test_dates(text, published, dates):
    assert [(d.text, d.value) for d in analyze(text, published=published).dates] == dates


QUOTES = [
    # a holder's data, forecast or count closed by a comma opens reported speech; data with no holder named does not
    (
        "Синоптиктердің болжауынша, тұман түсіп, көктайғақ болады.",
        [("reported", "тұман түсіп, көктайғақ болады", "Синоптиктер")],
    ),
    (
        "Сарапшылардың болжамы бойынша, 2026 жылға қарай мектептерде орын жетпейді.",
        [("reported", "2026 жылға қарай мектептерде орын жетпейді", "Сарапшылар")],
    ),
    ("Басқарма дерегі бойынша, балабақшалар толды.", [("reported", "балабақшалар толды", "Басқарма")]),
    ("Басқа да деректері бойынша, өткен жылы 84 кәсіпорын тексерілді.", []),
    # сауда 'trade' is no locative closing a setting: the plural noun opening the clause speaks
    (
        "Сатушылар бүгін тәңертең пияздың келісін көтерме сауда желілері арқылы 250 теңгеден алдырғандарын айтады.",
        [
            (
                "reported",
                "бүгін тәңертең пияздың келісін көтерме сауда желілері арқылы 250 теңгеден алдырғандарын",
                "Сатушылар",
            )
        ],
    ),
]


@pytest.mark.parametrize(("text", "quotes"), QUOTES)
def test_quotes(text, quotes):
    assert speakers(text) == quotes


EVENTS = [
    # a pilgrimage's trip is the practice, no visit; a delegation's trip stays one
    ("Биылғы қажылық сапары бір адамға 5 мың долларға түседі.", []),
    ("Ұмра сапарына өтініш қабылдау ертеңнен басталады.", []),
    ("Президент ресми сапармен Түркияға барды.", [("visited", "сапармен Түркияға барды")]),
    # teams that meet in a match play a game, no meeting; officials meeting players still meet
    ("Регбиден Қазақстан құрамасы жартылай финалда Қатар құрамасымен кездесті.", []),
    ("Аким футбол федерациясының басшыларымен кездесті.", [("met", "кездесті")]),
]


@pytest.mark.parametrize(("text", "events"), EVENTS)
def test_events(text, events):
    assert [(e.type, e.trigger.text) for e in analyze(text, published="2025-05-01").events] == events
