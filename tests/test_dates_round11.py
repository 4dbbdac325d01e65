"""Dates, round 11 (seen parts only; then the fixes test11 showed, after its one scoring): ``биыл``/``былтыр`` in the genitive and ablative, a year's
edge after ``жылдың``, a plural of an hour ('about': ``сағат ондардың шамасында``). One line per case."""

from __future__ import annotations

from dates_shared import dates_test, no_date_test, tense_test, whole_date_test

# Whole text is one date expression: [text, value, granularity].
CASES = [
    ["Былтырдан", "2025", "year"],
    ["биылдың", "2026", "year"],
    ["биылдан", "2026", "year"],
    ["жылдың аяғына", "2026", "year"],
    ["Жылдың соңында", "2026", "year"],
    ["кешкісін сағат ондардың", "XXXX-XX-XXT22:00", "time"],
    ["таңғы сағат бестерде", "XXXX-XX-XXT05:00", "time"],
    ["таңғы бестерде", "XXXX-XX-XXT05:00", "time"],
    # after test11 was scored (seen data)
    ["биылғы қыстың", "2026-WI", "season"],
    ["биылдыққа", "2026", "year"],
    ["былтырғыдан", "2025", "year"],
    ["Екі мың бес – екі мың он сегізінші жылдар", "2005/2018", "range"],
    ["сағат он нөл-нөлден", "XXXX-XX-XXT10:00", "time"],
    ["кешкі он сегіз нөл-нөлге", "XXXX-XX-XXT18:00", "time"],
    ["түнгі 12-де", "XXXX-XX-XXT00:00", "time"],
    ["Түн жарымына", "XXXX-XX-XXT00:00", "time"],
    ["түн ортасы", "XXXX-XX-XXT00:00", "time"],
    ["доңыз жылын", "2019", "year"],
    # generalization after test11 (seen data; patterns of KazNERD validation)
    ["былтырға", "2025", "year"],
    ["кешелі", "2026-02-24", "day"],
    ["екі мың он жетіде", "2017", "year"],
    ["мың тоғыз жүз тоқсан бесте", "1995", "year"],
    ["айдың 24-інде", "XXXX-XX-24", "day"],
]

NOT_DATES = [
    "әр жылдың соңында",  # every year's end: habitual
    "Әр жылдың басынан бері",  # every year's start: habitual (the round-4 convention, reversed in session 28)
    "таңғы 14-те",  # no morning hour over 12
    "Ол қой жылы туған.",  # born in some sheep year
    "Тұрғындар қыста бүрсең қағып отырады.",  # habitual
    "Ал жазда халық жағажайларын күндіз-түні бақылауда ұстайды.",
    "Инвестиция бүгін салып, ертең жинап алатын пайда емес.",  # a saying
    "Күні бүгін субсидияның жалпы көлемі асады.",  # as of now
    "Жыл басында өткенге көз тастап, ертеңгі күнді бағамдау — қалыпты жағдай.",
    "Қазанның көшелері тар.",  # the city
    "екі мыңда",  # 2000 or two thousand
    "екі мың теңгеде",
    "Ал осы айыпталушылар",  # осы + айып-: no 'this month'
    "Осы айтылған игі бастамалар",
    "осы аймақтағы",
    # "Келер маусымда ресми жарыстарға ..." (next sports season) was here; since round 14 a sports
    # season after a shift word is that year, as every part annotates it (test_dates_round14.py)
    "Келесі маусымда қатысушылар көп болады.",  # a show's season stays none
]

# [sentence, the dates' (text, value)]
IN_SENTENCE = [
    ["Былтырдан бері мұнда ешкім тұрмайды.", [("Былтырдан", "2025")]],
    ["Дегенмен биылдың өзінде мұнда турист демалды.", [("биылдың", "2026")]],
    ["Одан кейін жылдың аяғына дейін біз аламыз.", [("жылдың аяғына", "2026")]],
    [
        "Тамыз, қыркүйек айларында",
        [("Тамыз", "2026-08"), ("қыркүйек айларында", "2026-09")],
    ],  # session 6: gold span
    ["Шілденің ыстығында ысылған құрылысшылар", [("Шілденің", "2026-07")]],
    ["Бүгін келіп, ертең кетеді.", [("Бүгін", "2026-02-25"), ("ертең", "2026-02-26")]],
    [
        "Балғындар доңыз жылын шығарып салып, тышқан жылын қарсы алды.",
        [("доңыз жылын", "2019"), ("тышқан жылын", "2020")],
    ],
]

# The verb moves a year-less date (published 2026-02-25): [sentence, value].
TENSED = [
    ["Тамыз, қыркүйек айларында 100 тонна Ресейге жібердік.", ["2025-08", "2025-09"]],
    ["Және жыл аяғына дейін тағы да тоғызқабатты екі тұрғын үйді беру жоспарымызда.", ["2026"]],
]


test_date = whole_date_test(CASES)
test_not_a_date = no_date_test(NOT_DATES)
test_dates_in_sentence = dates_test(IN_SENTENCE)
test_tense_of_the_verb = tense_test(TENSED, many=True)
