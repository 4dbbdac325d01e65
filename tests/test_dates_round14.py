"""Dates, round 14 (seen data: the context classes test13 left and a precision pass on validation
sentences outside the set and outside test16). One line per case; published 2026-02-25."""

from __future__ import annotations

from dates_shared import dates_test, no_date_test, tense_test

NOT_DATES = [
    "Әрі 3 жылдан кейін ғана жұмысты бастауға болады.",  # 'only after', from an event not named
    "Екі айдан соң ғана нәтиже белгілі болды.",
    "Матчтың екінші жартысында гол соқты.",  # the half of a match
    "Ол бірінші жартысында көп жүгірді.",  # not opening the sentence: whose half is unknown
]

IN_SENTENCE = [
    ["Жылдың қорытындысымен ол 47 %-ға болады.", [("Жылдың қорытындысымен", "2026")]],
    ["2025 жылдың қорытындысы бойынша өсті.", [("2025 жылдың қорытындысы", "2025")]],
    ["Екінші жартысында баға өседі.", [("Екінші жартысында", "2026-H2")]],
    ["Ал бірінші жартысында баға өседі.", [("бірінші жартысында", "2026-H1")]],
    ["Биылғы жылдың екінші жартысында өседі.", [("Биылғы жылдың екінші жартысында", "2026-H2")]],
    [
        "Наурыздың бесі мен он төрті аралығында чемпионат өтеді.",
        [("Наурыздың бесі мен он төрті аралығында", "2026-03-05/2026-03-14")],
    ],
    [
        "Оны қыркүйектің жиырма бесі – жиырма алтысына дейін аяқтаймыз.",
        [("қыркүйектің жиырма бесі – жиырма алтысына дейін", "2026-09-25/2026-09-26")],
    ],
    [
        "Сәуірдің жиырма тоғызы мен мамырдың бесі күндері аралығында чемпионат өтеді.",
        [("Сәуірдің жиырма тоғызы мен мамырдың бесі күндері аралығында", "2026-04-29/2026-05-05")],
    ],
    ["Кеше Қазақстанда ұжым кездесіп ұтылды.", [("Кеше", "2026-02-24")]],
]

# The whole pipeline (the verb's tense via morph), published 2026-02-25.
TENSED = [
    ["2-нші жартысында, яғни шілде айында, қуаңшылық байқалды.", ["2025-H2", "2025-07"]],
    ["Жылдың қорытындысы бойынша өсім бес пайыз болды.", ["2025"]],  # in February: last year's results
    ["Жылдың қорытындысымен ол 47 пайызға болады.", ["2026"]],
    # a question particle after the verb (not a noun after a misread adjective)
    ["Одан кейін жылдың аяғына дейін осы компьютерді біз өзімізге аламыз ба деген сенімдеміз.", ["2026"]],
    # digits after a misread adjective (тоғызқабатты 2 тұрғын үйді): no past verb
    ["Және жыл аяғына дейін тағы да тоғызқабатты 2 тұрғын үйді беру жоспарымызда.", ["2026"]],
    # after the date's own comma, a participle before a noun is another clause's
    [
        "Бесінші наурыздан бастап, Президент тапсырмасы бойынша бөлінген қосымша ақша беріледі.",
        ["2026-03-05"],
    ],
    # ... but a participle closing a converb clause with the date is the date's verb
    ["Үшінші наурызға дейінгі іріктеуден өтіп, талаптарын орындаған команда фаворит.", ["2025-03-03"]],
    # a figurative кеше: 'the child who was in the village only yesterday'
    ["Грант жариялап, кеше ауылда жүрген қазақ баласын университетке оқуға жіберді.", []],
]

test_not_date = no_date_test(NOT_DATES)
test_in_sentence = dates_test(IN_SENTENCE)
test_tensed = tense_test(TENSED, many=True)
