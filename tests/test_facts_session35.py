"""Session 35 rules, read from real Kazakh news pages (news-test347 … news-test354, never read before this session)
and counted over every read part (docs/facts.md "Session 35"). One line per case."""

from __future__ import annotations

import pytest
from quotes_shared import speakers

from derek import analyze

DATED = [
    # a year's twelve months counted like its first nine: the range of them
    ("2015 жылдың 12 айымен салыстырғанда өсті.", [("2015 жылдың 12 айымен", "2015-01/2015-12")]),
    ("2015 жылдың 9 айымен салыстырғанда өсті.", [("2015 жылдың 9 айымен", "2015-01/2015-09")]),
    # ``бастап`` 'on' after the first month of a range of months
    ("2013 жылдың қаңтарынан бастап маусымға дейін келді.", [("2013 жылдың қаңтарынан бастап маусымға дейін", "2013-01/2013-06")]),
    ("2013 жылдың қаңтарынан маусымға дейін келді.", [("2013 жылдың қаңтарынан маусымға дейін", "2013-01/2013-06")]),
    # a season after ``әсіресе`` or a harsh winter's epithet, and winter in ``қыстан аман шығу``, are no dates
    ("Мал өсіру оңай емес, әсіресе қыста қиын.", []),
    ("Тұрғындар қақаған қыста жылудың жоқтығына шағымданды.", []),
    ("Халық қыстан аман-есен шыққанына қуанады.", []),
    ("Биыл қыста жаңа мектеп ашылады.", [("Биыл қыста", "2022-WI")]),
    # hours and minutes said as words: a clock time on the day before it; days before them make a length
    ("29 наурызда кешкі 20 сағат 30 минутта басталды.", [("29 наурызда", "2022-03-29"), ("кешкі 20 сағат 30 минутта", "2022-03-29T20:30")]),
    ("Ол ғарышта 7 күн 22 сағат 13 минут болды.", []),
    # ``ж.т.`` (жылы туған 'born in') is a year word; a month glued to ``ж.`` is no year word's
    ("Тауға шыққан 1996 және 1997 ж.т. екі жігіт жоғалды.", [("1996", "1996"), ("1997 ж.т.", "1997")]),
    ("300-ге жуық 2003-2011 ж.т гимнасшы қыздар өнер көрсетеді.", [("2003-2011 ж.т", "2003/2011")]),
    ("Ол 1997 ж. тамызда келді.", [("1997 ж. тамызда", "1997-08")]),
    # days and nights counted back from now; not from an event
    ("Ол осыдан үш тәулік бұрын жоғалды.", [("осыдан үш тәулік бұрын", "2022-04-28")]),
    ("Тек 2 тәуліктен соң денесі табылды.", []),
    # every such weekday is no date; the next one is
    ("Аптаның әр сейсенбі күнінде кеңес бас қосады.", []),
    ("Сенбі сайын жәрмеңке өтеді.", []),
    ("Келесі сейсенбі күні кеңес өтеді.", [("Келесі сейсенбі күні", "2022-05-03")]),
    # a year named back and the day right after it are one date
    (
        "Ол 2013 жылы туған. Сол жылы 8 қыркүйекте мектеп ашылды.",
        [("2013 жылы", "2013"), ("Сол жылы 8 қыркүйекте", "2013-09-08")],
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "dates"), DATED)
def test_dated(text, dates):
    assert [(d.text, d.value) for d in analyze(text, published="2022-05-01").dates] == dates


UNDATED = [
    # a few not counted, back from an unknown now: ``санаулы``, and ``біраз`` after ``осыдан`` only
    ("Ол санаулы күн бұрын жоғалды.", [("санаулы күн бұрын", "XXXX-XX-XX")]),
    ("Осыдан біраз жыл бұрын келді.", [("Осыдан біраз жыл бұрын", "XXXX")]),
    ("Біраз жыл бұрын келді.", []),
    # a month's nth weekday comes every year: no year from the sentence
    (
        "Елімізде 2018 жылдан бастап шілденің алғашқы жексенбісінде Ұлттық домбыра күні тойланып келеді.",
        [("2018 жылдан", "2018"), ("шілденің алғашқы жексенбісінде", "XXXX-07")],
    ),
]


@pytest.mark.parametrize(("text", "dates"), UNDATED)
def test_undated(text, dates):
    assert [(d.text, d.value) for d in analyze(text).dates] == dates


QUOTES = [
    # ``ол`` after a speech of several sentences is someone named before the speech, never a name inside it
    (
        "Осы турасында федерация президенті Ескендір Рахметовтен сұрадық.\n– Ерте заманнан бері бұл ойын дамып "
        "келеді. Ақсақалдар да балаларға бата берді, – деп сөзін бастады ол.",
        [
            (
                "direct",
                "Ерте заманнан бері бұл ойын дамып келеді. Ақсақалдар да балаларға бата берді",
                "Ескендір Рахметов",
            )
        ],
    ),
    # a caption in capitals, then its answer wholly in quote marks: the words inside them are the named one's
    (
        "Бағасы өсті.\nЕРКЕБҰЛАН ТАЛАСБЕК, САТУШЫ\n\n«Бір жасарлар етіне қарай болып жатыр. Саулықтар қымбат».",
        [("direct", "Бір жасарлар етіне қарай болып жатыр. Саулықтар қымбат", "Еркебұлан Таласбек")],
    ),
    # an inline caption in capitals, a dash between the name and its title: the name speaks, not the title's last word
    (
        "Ойынға тәуелділік артты.\nҚАНАТ МҮТЕБАЕВ - ДІНТАНУШЫ, ПСИХОЛОГ: «Қазір лудомания жастардың басты қаупі».",
        [("direct", "Қазір лудомания жастардың басты қаупі", "Қанат Мүтебаев")],
    ),
    # a «...» inside a caption's answer is the answer's own words: the answer stays one quote
    (
        "Акция басталды.\nӘЛИЯ ҚИБАТҚЫЗЫ, ПОЛИЦИЯ ДЕПАРТАМЕНТІНІҢ ПОДПОЛКОВНИГІ:\n— Іс-шаралар жасөспірімдерге «Есірткіге жоқ» "
        "деп айтуды үйретеді. Қала бойынша қырыққа жуық іс-шара өткізілуде.",
        [
            (
                "direct",
                "Іс-шаралар жасөспірімдерге «Есірткіге жоқ» деп айтуды үйретеді. Қала бойынша қырыққа жуық іс-шара өткізілуде.",
                "Әлия Қибатқызы",
            )
        ],
    ),
    # a name in quote marks before a headline's dash or colon is no speech; two words with a predicate are
    ("«Саз сиқыры» – Балалар үйлеріне жаңажылдық сыйлық\nБалалар үйіне концерт қойылды.", []),
    ("«Жеңіс»: қиын уақыттағы маңызды қолдау\nҚор көмек берді.", []),
    # one speaker's past ``деп атады`` is speech; ``деп атайды`` 'is called' a naming
    (
        "Қазылар алқасының төрағасы Айгүл Сапарова Орал қаласын «айтыстың үшінші астанасы» деп атады.",
        [("direct", "айтыстың үшінші астанасы", "Айгүл Сапарова")],
    ),
    ("Бұл күнді халқымыз «Амал мерекесі» деп те атайды.", []),
    # ``хабарланған`` closing its sentence reports an earlier news item, no one named; before a noun it is no cue
    (
        "Рейстер кешікті.\nБұған дейін Астанада әуе рейстері кешігетіні хабарланған.",
        [("reported", "Бұған дейін Астанада әуе рейстері кешігетіні", None)],
    ),
    ("Рейстер кешігетіні хабарланған ақпарат тарады.", []),
    (
        "«Ату керек» – Нұрлан Нүркенов\nӘкімнің орынбасары сөйледі.",
        [("direct", "Ату керек", "Нұрлан Нүркенов")],
    ),
]


@pytest.mark.parametrize(("text", "quotes"), QUOTES)
def test_quotes(text, quotes):
    assert speakers(text) == quotes
