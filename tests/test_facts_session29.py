"""Session 29 rules, read from real Kazakh news pages (news-test243 … news-test258, never read before this session):
opening hours with no ``сағат`` are no date; a day set as a feast's by ``күні болып/деп бекітілді`` recurs; 'this year'
before a feast dates its day that year; an ending glued to a day's number, a comma after the year, a space inside a
quarter's ordinal, ``жылғымен`` and ``19-00 сағ.`` (docs/facts.md "Session 29"). One line per case."""

from __future__ import annotations

import pytest
from quotes_shared import speakers

from derek import analyze

DATES = [
    # a bare clock time in a sentence of a timetable is an opening hour, every day: no date
    ("Кітапхана жұмыс күндері 09:00-ден 18:00-ге дейін жұмыс істейді.", []),
    ("Жұмыс уақыты: демалыс күндері - 11:00-ден 16:00-ге дейін.", []),
    ("Каток кестеге сәйкес 08:00-21:00 аралығында ашық.", []),
    # ... an event's clock has сағат, and stays
    ("Дауыс беру сағат 07:00-ден 20:00-ге дейін жүреді, учаскелер жұмыс істейді.", [("сағат 07:00-ден 20:00-ге дейін", "XXXX-XX-XXT07:00/XXXX-XX-XXT20:00")]),
    ("Жиын 15:00-де басталады.", [("15:00-де", "XXXX-XX-XXT15:00")]),
    # a day set as a feast's recurs, whatever year the sentence names
    ("1996 жылы Үкімет қаулысымен 5 қазан мұғалімдер күні болып бекітілді.", [("1996 жылы", "1996"), ("5 қазан", "XXXX-10-05")]),
    ("2012 жылы Үкімет 12 тамызды Спорт күні деп бекітті.", [("2012 жылы", "2012"), ("12 тамызды", "XXXX-08-12")]),
    # the day's ending glued to its number; none before дейін
    ("Өтініштер қазанның 12сінде қабылданады.", [("қазанның 12сінде", "XXXX-10-12")]),
    ("Тіркеу наурыздың 30 дейін жалғасады.", [("наурыздың 30", "XXXX-03-30")]),
    # a comma after the year, a space inside the quarter's ordinal
    ("Заң 2023 жылдың, 5-шілдесінде қабылданды.", [("2023 жылдың, 5-шілдесінде", "2023-07-05")]),
    ("Нысан 2027 жылдың 3 ші тоқсанында ашылады.", [("2027 жылдың 3 ші тоқсанында", "2027-Q3")]),
    ("Табыс 2019 жылғымен салыстырғанда өсті.", [("2019 жылғымен", "2019")]),
    # a clock with a hyphen before сағ.; not a count of hours
    ("Спектакль 18-30 сағ. басталады.", [("18-30 сағ.", "XXXX-XX-XXT18:30")]),
    ("Жол 15-16 сағат жүреді.", []),
]  # fmt: skip


DATED = [
    # 'this year' before a feast: that year's day, not every year's
    ("Биыл Құрбан айт мейрамы маусымның 16-на түседі.", [("Биыл", "2024"), ("маусымның 16-на", "2024-06-16")]),
    ("Наурыз мейрамы наурыздың 22-сінде тойланады.", [("наурыздың 22-сінде", "XXXX-03-22")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "dates"), DATES)
def test_dates(text, dates):
    assert [(d.text, d.value) for d in analyze(text, published=None).dates] == dates


@pytest.mark.parametrize(("text", "dates"), DATED)
def test_dated(text, dates):
    assert [(d.text, d.value) for d in analyze(text, published="2024-05-20").dates] == dates


QUOTES = [
    # a paper's caption: a name with the surname in capitals, its post, no stop; the next paragraph is the person's
    (
        "Мектеп биыл ашылады.\nМарат ОРАЗБЕКОВ аудан әкімінің орынбасары\nМектепте 600 оқушыға орын бар. Спорт залы да салынды.",
        [("direct", "Мектепте 600 оқушыға орын бар. Спорт залы да салынды.", "Марат Оразбеков")],
    ),
    # a caption whose name ends in a surname needs no post word in its title
    (
        "Жағажайда адам көп.\nБолат Сейітов, Қонаев қаласының тұрғыны:\nБіз мұнда жыл сайын келеміз. Су таза, жағасы кең.",
        [("direct", "Біз мұнда жыл сайын келеміз. Су таза, жағасы кең.", "Болат Сейітов")],
    ),
    # 'as X predicted', 'as X answered' open reported speech; the one spoken to is no speaker
    (
        "Сарапшылар болжағандай, бидай бағасы күзде төмендейді.",
        [("reported", "бидай бағасы күзде төмендейді", "Сарапшылар")],
    ),
    (
        "Бізге әкімдік жауап бергендей, аялдама көктемде салынады.",
        [("reported", "аялдама көктемде салынады", "әкімдік")],
    ),
    # 'by the calculation of'; 'by the data of' after a genitive holder needs no comma
    ("Экономистердің есебінше, бағалар 5 пайызға өседі.", [("reported", "бағалар 5 пайызға өседі", "Экономистер")]),
    (
        "Облыстық денсаулық сақтау басқармасының дерегінше өңірде 12 жаңа емхана салынды.",
        [("reported", "өңірде 12 жаңа емхана салынды", "Облыстық денсаулық сақтау басқармасы")],
    ),
    # the body a credit names in the ablative after the verb is the speaker, however long its name
    (
        "Жарыс сенбіде басталады, деп хабарлады облыстық жастар саясаты және спорт басқармасының баспасөз қызметінен.",
        [("reported", "Жарыс сенбіде басталады", "облыстық жастар саясаты және спорт басқармасының баспасөз қызметі")],
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "quotes"), QUOTES)
def test_quotes(text, quotes):
    assert speakers(text) == quotes
