"""Session 6 date rules (``derek/facts/date_filters.py``, ``date_records.py`` and small changes to the older
date modules), read from the errors of test22 (Wikipedia-style sentences). One line per case."""

from __future__ import annotations

import pytest
from dates_shared import PUB, dates_test

from derek.facts.dates import find_dates

# find_dates alone, published 2026-02-25 (dated text)
DATED = [
    # dates before the common era are no dates (the set's convention); the era after ours stays
    ["Қала салу өнері көне заманнан (б.з.б. 3 ғасыр) басталып, өркендеді.", []],
    ["Б.з.д. IV — II ғасырлар аралығында Рим күшейді.", []],
    ["Содан б.з.д. I ғасырда ірі мемлекетке айналды.", []],
    ["Қорған біздің заманымызға дейінгі 5 ғасырда салынған.", []],
    ["Қорған 5 ғасырда салынған.", [("5 ғасырда", "04")]],
    ["Қорған б.з. 5 ғасырында салынған.", [("5 ғасырында", "04")]],
    # a capitalized weekday inside a sentence is a name; opening one, or lower case, stays a day
    ["Құнанбай басын көтеріп, Бейсенбіге барлай қарапты.", []],
    ["Жексенбі күні сайлау өтеді.", [("Жексенбі күні", "2026-03-01")]],
    ["Ол бейсенбіге дейін келеді.", [("бейсенбіге", "2026-02-26")]],
    # a possessive month's day after a genitive that is no year
    ["Көз жарықтың 7 қазанына жауап береді.", []],
    ["Жарлық 2008 жылдың 5 тамызындағы шешіммен бекітілді.", [("2008 жылдың 5 тамызындағы", "2008-08-05")]],
    ["Ол осы жылдың 31-інші мамырына дейін тапсырады.", [("осы жылдың 31-інші мамырына", "2026-05-31")]],
]

test_dated = dates_test(DATED)

# Years in written records (date_records.py): no publication date, as in an encyclopedia
RECORDS = [
    [
        "«Әке», «Шопан» (екеуі де 1974), «Абай» (1994) портреттерін салды.",
        [("1974", "1974"), ("1994", "1994")],
    ],
    ["Консерваторияны (қазіргі Қазақ ұлттық консерваториясы; 1967) бітірген.", [("1967", "1967")]],
    ["Аңғары кеңейіп, (800 - 1200 м) жазыққа айналады.", []],
    ["Биіктігі (800 - 1200) метр.", []],  # a range's second end, not a year
    [
        "Тәжиев Хасан (1931, Атырау облысы Мақат ауданы Байшонас ауылы – 2002) – инженер.",
        [("1931, Атырау облысы Мақат ауданы Байшонас ауылы – 2002", "1931/2002")],
    ],
    ["Ол (1931, Атырау облысы) туған.", [("1931", "1931")]],
    ["Біріншілігінің (1999 - Үндістан) жеңімпазы.", [("1999", "1999")]],
    ["Биіктігі 1500 - 2900 м тауда өседі.", []],
    [
        "Мұқанов (“ Саяхатшылар ”, 1963; “ Адам Атаның шоқысында ”, 1958), Ә.",
        [("1963", "1963"), ("1958", "1958")],
    ],
    ["Фолиант, 2006. - Т-. 10:", [("2006", "2006")]],
    ["Оның саны 1500; басқасы 2000 болды.", []],
    ["Жамбыл атындағы орта мектебінің оқытушысы. 1979", [("1979", "1979")]],
    ["Халық саны - 1340 адам.", []],
    [
        "кафедра меңгерушісі (1965 – 91), профессор (1991 – 2002)",
        [("1965 – 91", "1965/1991"), ("1991 – 2002", "1991/2002")],
    ],
]


@pytest.mark.parametrize(("text", "dates"), RECORDS)
def test_records(text: str, dates: list[tuple[str, str]]) -> None:
    assert [(d.text, d.value) for d in find_dates(text, None)] == dates


# find_dates alone, no publication date (an encyclopedia)
UNDATED = [
    ["Көктемнен күзге дейін температура тұрақты болуы керек.", []],  # two seasons set against each other
    # nothing known with no 'now': no date
    ["Бұдан 3 мың жыл бұрын Қазақстан жерінде құрғақшылық күшейді.", []],
    ["Келесі маусымда қайтадан сол жетістікке жете жаздады.", []],
    ["Жылдың аяғына 41 күн қалады.", []],
    ["Биыл егін жақсы шықты.", []],  # was XXXX (test_dates.NO_PUB)
    ["Ол кеше келді.", [("кеше", "XXXX-XX-XX")]],  # a day with nothing known stays
    ["Сол жылдың шілде айында келісім аяқталды.", [("шілде айында", "XXXX-07")]],
    ["1919 жылы мектеп, ал келесі жылы театр ашылды.", [("1919 жылы", "1919"), ("келесі жылы", "1920")]],
    # a capitalized month opening a sentence in the locative attribute
    [
        "Қаңтардағы ауаның орташа температурасы – 17°С, шілдеде 19°С.",
        [("Қаңтардағы", "XXXX-01"), ("шілдеде", "XXXX-07")],
    ],
    ["Қазандағы жиында сөйледі.", []],  # the city
    # a month's half is the month
    ["Суы наурыздың 1 - жартысында ериді.", [("наурыздың 1 - жартысында", "XXXX-03")]],
    ["Мұз сәуірдің екінші жартысында ериді.", [("сәуірдің екінші жартысында", "XXXX-04")]],
    ["Мұз сәуірдің 2-жартысында ериді.", [("сәуірдің 2-жартысында", "XXXX-04")]],
    # көкек, the old name of April (also 'cuckoo'): with айы or in a range of months
    ["Көкек — мамыр айында гүлдейді.", [("Көкек — мамыр", "XXXX-04/XXXX-05")]],
    ["Көкек айында гүлдейді.", [("Көкек айында", "XXXX-04")]],
    ["Көкек құсы ұя салмайды.", []],
    ["Ол көкек, қарлығаш туралы жазды.", []],
]


@pytest.mark.parametrize(("text", "dates"), UNDATED)
def test_undated(text: str, dates: list[tuple[str, str]]) -> None:
    assert [(d.text, d.value) for d in find_dates(text, None)] == dates


def test_dated_count_back_keeps_its_year() -> None:
    assert [d.value for d in find_dates("Ол 3 күн бұрын келді.", PUB)] == ["2026-02-22"]
