"""Dates, round 13 (seen data: the error classes left by rounds 10-12 and the paradigm check). One
line per case; published 2026-02-25."""

from __future__ import annotations

from dates_shared import dates_test, no_date_test, tense_test

NOT_DATES = [
    "Енді міне, күні кеше ғана әскери тікұшақ апатқа ұшырап.",  # 'only recently'
    "«Бизнес – екі мың жиырма» деген жол картасы аясында қаржы бөлінеді.",  # a plan's target
    "Аудандардың 3-інде мектеп салынады.",  # after a genitive: 'in three of the districts'
    "Біз 1-інен кейін 1-ін шығардық.",
    # the precision pass (validation sentences outside the set and test13)
    "Қытайда «КОВИД – екі мың он тоғыз» коронавирусынан 2247 адам қайтыс болды.",
    "Ал екіншісінде мүлде басқа ай, күн қойып, басқаша толтырған.",
    "Иә, көктемде күн күрт жылынса, Есіл өзені арнасынан асып.",  # a season in a condition: generic
]

IN_SENTENCE = [
    [
        "Бүгін «Қыс – екі мың он тоғыз» оқу-жаттығулары басталды.",
        [("Бүгін", "2026-02-25"), ("екі мың он тоғыз", "2019")],
    ],
    ["24-інде спикерлердің жиналысы болады.", [("24-інде", "XXXX-XX-24")]],
    ["Ал 5-інде жиналыс болады.", [("5-інде", "XXXX-XX-05")]],
    ["Күні бүгін де, күні кеше де солай болды.", []],
    ["Ол жиырма жиырмасыншы жылы оралды.", [("жиырма жиырмасыншы жылы", "2020")]],
    ["Кеше келді.", [("Кеше", "2026-02-24")]],
    ["Көктемде мектеп ашылады.", [("Көктемде", "2026-SP")]],
    ["Қазір әрбір бейсенбі күні филиалда қабылдау өтеді.", [("бейсенбі күні", "XXXX-WXX-4")]],
    [
        "Дүкендер сағат 10: 00-ден кешкі 18: 00-ге дейін жұмыс істейді.",
        [("сағат 10: 00-ден", "XXXX-XX-XXT10:00"), ("кешкі 18: 00-ге", "XXXX-XX-XXT18:00")],
    ],
]

# Through the pipeline (the verb's tense): [sentence, [value, ...]].
TENSED = [
    # a past participle three words on, past a verbal noun used as a noun: last August
    [
        "27-нші тамызға дейінгі іріктеуден сүрінбей өтіп, қатысу талаптарын орындаған команда фаворит.",
        ["2025-08-27"],
    ],
    # a genitive verbal noun stays the date's verb (no tense): this November
    [
        "Алайда ерте көктемге жоспарланған басқосуды қарашада өткізудің сәті енді түсті.",
        ["2026-SP", "2026-11"],
    ],
    # a count forward with a past verb runs from an event of the text
    ["Ол 10 жылдан соң ғылыми жұмысына қатысты мұндай дау туарын білген жоқ.", []],
    ["Екі жылдан кейін мектеп ашылады.", ["2028"]],
    # бүгінгі күні: today with a finite past verb, 'nowadays' otherwise
    ["Бүгінгі күні 3 санитар 3, 5 жылға бас бостандығынан айырылу жазасына кесілді.", ["2026-02-25"]],
    ["Бүгінгі күні Қызылорда облысында 56 клиникамен келісімшарт жасалған.", []],
    ["Бүгінгі күні еліміздегі алманың елу пайызы шетелдерден әкелінеді.", []],
    ["Бүгінгі күні ол реанимация бөлімінде ем алып жатыр.", []],
    # a month with өткен in its own month: last year's
    ["Өткен ақпанда зауыт ашылды.", ["2025-02"]],
]

test_not_a_date = no_date_test(NOT_DATES)
test_dates_in_sentence = dates_test(IN_SENTENCE)
test_tense_of_the_verb = tense_test(TENSED, many=True)
