"""Dates, round 12 (precision pass on seen data: the validation sentences where the round-11 rules
found a date that the morning's rules did not): counts from a converb's event, a plan's target
year; then the fixes test12 showed after its one scoring. One line per case."""

from __future__ import annotations

from dates_shared import dates_test, no_date_test

NOT_DATES = [
    "1 заңды қабылдап, 2 – 3 айдан кейін оған өзгеріс енгізетін практикадан кетуіміз керек.",
    "Бір заңды қабылдап, екі-үш айдан кейін оған өзгеріс енгізетін практикадан кетуіміз керек.",
    "Зауыт салынып, екі жылдан кейін іске қосылды.",
    "Үкіметке «Бизнес – 2020» деген жол картасы аясында қаржы көлемін арттыруды тапсырамын.",
    "Сонымен қатар «Түркі келешегі — 2040» бағдарламасын әзірлеуді ұсынды.",
]

# Every date found, published 2026-02-25: [sentence, [(date text, value), ...]].
IN_SENTENCE = [
    ["Ол 3 күн бұрын келді.", [("3 күн бұрын", "2026-02-22")]],
    ["Екі айдан кейін мектеп ашылады.", [("Екі айдан кейін", "2026-04")]],
    ["«Жыл үздігі — 2019» байқауында жастар сыйлығы анықталмақ.", []],  # session 7: part of the name
    # after test12 was scored (seen data)
    [
        "Оны қыркүйектің 25-і — 26-сына дейін аяқтаймыз.",
        [("қыркүйектің 25-і — 26-сына дейін", "2026-09-25/2026-09-26")],
    ],
    ["Қазанның 5-інде келді.", [("Қазанның 5-інде", "2026-10-05")]],
    ["Бүгінгі (і) кездесуде шешілді.", [("Бүгінгі", "2026-02-25")]],
]


test_not_a_date = no_date_test(NOT_DATES)
test_dates_in_sentence = dates_test(IN_SENTENCE)
