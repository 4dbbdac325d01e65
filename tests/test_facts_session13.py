"""Session 13 rules, read from real Kazakh news pages (news-test26 … news-test38): dates (school years, the first
months of a year counted, ranges over the new year and to a day, ten-day parts of a month, a feast's day), quotes
and speakers (bodies, deputies, settings, signed quotes), two posts of one person, and the evaluation of a text
normalization shortens. One line per case (docs/facts.md "Session 13")."""

from __future__ import annotations

import pytest
from quotes_shared import speakers

from derek import analyze

DATES = [
    # a school year relative to the publication: the one begun by August, as a range of its two years
    ("Биылғы оқу жылында 300 оқушы білім алады.", "2026-01-08", [("Биылғы оқу жылында", "2025/2026")]),
    ("Биылғы оқу жылында 300 оқушы білім алады.", "2025-09-22", [("Биылғы оқу жылында", "2025/2026")]),
    ("Былтырғы оқу жылында 20 мұғалім келді.", "2025-09-22", [("Былтырғы оқу жылында", "2024/2025")]),
    ("Келесі оқу жылында мектеп ашылады.", "2026-03-02", [("Келесі оқу жылында", "2026/2027")]),
    ("Жаңа оқу жылына дайындық басталды.", "2025-08-31", [("Жаңа оқу жылына", "2025/2026")]),
    ("Оқу жылының басында оқушылар келді.", "2026-01-08", [("Оқу жылының басында", "2025/2026")]),
    # a written school year keeps its range with its edge (an en dash too)
    (
        "2025–2026 оқу жылының басына дейін мектеп жөнделеді.",
        "2025-05-10",
        [("2025–2026 оқу жылының басына", "2025/2026")],
    ),
    # with no publication date a relative school year is unknown; every school year is a set, no date
    ("Биылғы оқу жылында 300 оқушы білім алады.", None, []),
    ("Әр оқу жылы басында жиналыс өтеді.", "2026-01-08", []),
    ("Оқушылар жаңа оқу жылы басталғанда кітап алады.", "2026-01-08", []),  # 'a new school year', any
    # a feast's day defined by a dash clause takes no year from its sentence
    (
        "Елімізде 2019 жылдан бастап 28 маусым – журналистер мерекесі күні болып бекітілді.",
        None,
        [("2019 жылдан", "2019"), ("28 маусым", "XXXX-06-28")],
    ),
    # беріледі 'is given' is no бері 'since': the future verb keeps the year
    ("Қалада жылу 15 қазанда беріледі.", "2021-09-29", [("15 қазанда", "2021-10-15")]),
    # a bare quarter takes its verb's tense: the first quarter still to come in October is next year's
    (
        "Бірінші тоқсанның соңына дейін тарифтер көтерілмейді.",
        "2025-10-28",
        [("Бірінші тоқсанның", "2026-Q1")],
    ),
    ("Бірінші тоқсанда зауыт 20 тонна өнім шығарды.", "2025-10-28", [("Бірінші тоқсанда", "2025-Q1")]),
    # ертеңгі before a noun of what is to come is 'future', no day; before an event it stays tomorrow's
    ("Бұл – ертеңгі тарих үшін құнды дерек.", "2026-02-25", []),
    (
        "Ертеңгі жиналыс сағат 10-да басталады.",
        "2026-02-25",
        [("Ертеңгі", "2026-02-26"), ("сағат 10-да", "2026-02-26T10:00")],
    ),
    # the first months of a year counted: January to that month; with no publication date a relative one is unknown
    ("2019 жылдың 9 айында 409 іс қаралды.", None, [("2019 жылдың 9 айында", "2019-01/2019-09")]),
    ("Биылғы 10 айда 500 адам жұмысқа орналасты.", "2026-11-25", [("Биылғы 10 айда", "2026-01/2026-10")]),
    ("Осы жылдың тоғыз айында сот 400 іс қарады.", None, []),
    (
        "2019 жылы 9 ай бойы жұмыс істеді.",
        None,
        [("2019 жылы", "2019")],
    ),
    # months over the new year (with айлар), a month to a day 'from ... to', a ten-day part of a month
    (
        "Қыркүйек-наурыз айларында жауын аз болды.",
        "2025-06-10",
        [("Қыркүйек-наурыз айларында", "2024-09/2025-03")],
    ),
    (
        "2025 жылғы қыркүйектен 27 қарашаға дейін 500 тонна астық жиналды.",
        "2025-12-01",
        [("2025 жылғы қыркүйектен 27 қарашаға дейін", "2025-09/2025-11-27")],
    ),
    (
        "Қарашаның екінші онкүндігінен бастап суық түседі.",
        "2025-11-05",
        [("Қарашаның екінші онкүндігінен", "2025-11-11/2025-11-20")],
    ),
    # the third ten days run to the month's last day, in that year's calendar
    (
        "Ақпанның үшінші онкүндігінде егін егіледі.",
        "2025-01-10",
        [("Ақпанның үшінші онкүндігінде", "2025-02-21/2025-02-28")],
    ),
    ("2019 жылдың 9 айдың қорытындысы шықты.", None, [("2019 жылдың 9 айдың", "2019-01/2019-09")]),
    (
        "Астанада 2025-2026 жылдарғы жылыту маусымы басталды.",
        None,
        [("2025-2026 жылдарғы", "2025/2026")],
    ),  # a span of months, no count into it
    ("2025 жылының қаңтарында зауыт ашылды.", None, [("2025 жылының қаңтарында", "2025-01")]),
]


@pytest.mark.parametrize("text, published, dates", DATES)
def test_dates(text, published, dates):
    assert [(d.text, d.value) for d in analyze(text, published=published).dates] == dates


QUOTES = [
    # a body's name in the nominative opening the clause ends at its head: the rest is the content
    (
        "Облыстық білім басқармасы мектептер жөнделгенін хабарлады.",
        [("reported", "мектептер жөнделгенін", "Облыстық білім басқармасы")],
    ),
    (
        "Қала әкімдігі мұндай шешім суықпен байланысты қабылданғанын нақтылайды.",
        [("reported", "мұндай шешім суықпен байланысты қабылданғанын", "Қала әкімдігі")],
    ),
    # a speech verb with no subject: the post opening the sentence before, after a setting (бойынша), or ол there
    (
        "Бүгін аудан әкімі Мұхит Тұрысбеков тұрғындарды қабылдады. Бұл мәселе бойынша аудан басшысы заңды "
        "түсіндірді. Ғимаратты жөндеу мүмкіндігін қарастыратынын жеткізді.",
        [("reported", "Ғимаратты жөндеу мүмкіндігін қарастыратынын", "Мұхит Тұрысбеков")],
    ),
    (
        "Бүгін аудан әкімі Мұхит Тұрысбеков тұрғындарды қабылдады. Бұл мәселе бойынша ол заңды "
        "түсіндірді. Ғимаратты жөндеу мүмкіндігін қарастыратынын жеткізді.",
        [("reported", "Ғимаратты жөндеу мүмкіндігін қарастыратынын", "Мұхит Тұрысбеков")],
    ),
    # a body's kind alone before a source cue speaks; a ministry is no minister
    (
        "ҰҚК Шекара қызметі шаралар жүргізді. Ведомство мәліметінше, 52 мыңнан астам адам жауапқа тартылған.",
        [("reported", "52 мыңнан астам адам жауапқа тартылған", "Ведомство")],
    ),
    (
        "Министр Дәурен Қосанов бөлімге келді. «Министр сарбаздармен әңгімелесті», - деп хабарлайды Қорғаныс министрлігі.",
        [("direct", "Министр сарбаздармен әңгімелесті", "Қорғаныс министрлігі")],
    ),
    # a first deputy of a minister, the vice-minister of the article
    (
        "Бұл туралы ҚР Қорғаныс министрінің бірінші орынбасары Сәкен Жасұзақов айтты. "
        "Вице-министрдің айтуынша, талап қатаң.",
        [("reported", "талап қатаң", "Сәкен Жасұзақов")],
    ),
    # a participle owned by its speaker in the genitive: «as X stated»
    (
        "Департамент басшысының орынбасары Мадияр Палмановтың мәлім еткеніндей, облыстың 2 мыңнан астам тұрғыны "
        "тартылған.",
        [("reported", "облыстың 2 мыңнан астам тұрғыны тартылған", "Мадияр Палманов")],
    ),
    # ақпаратынша 'by its information' is a source cue; Министрлік is the ministry named before
    (
        "Бұл туралы Индустрия және инфрақұрылымдық даму министрлігі хабарлады. Министрліктің ақпаратынша, "
        "Қазақстан көмір қоры жөнінде көшбасшы елдердің ондығына кіреді.",
        [
            (
                "reported",
                "Қазақстан көмір қоры жөнінде көшбасшы елдердің ондығына кіреді",
                "Индустрия және инфрақұрылымдық даму министрлігі",
            )
        ],
    ),
    # 'complained' of a clause in the dative; a headline's colon opens the clause; мәліметінше after a genitive, no comma
    (
        "ШҚО-да дәрігер тапшы: Тұрғындар ем алу қиындап кеткеніне шағымданды",
        [("reported", "ем алу қиындап кеткеніне", "Тұрғындар")],
    ),
    ("Ол ауыр сырқатына шағымданды.", []),  # a noun in the dative, no clause
    (
        "Дәрігерлердің мәліметінше ауырғандардың көбі екпе алмаған.",
        [("reported", "ауырғандардың көбі екпе алмаған", "Дәрігерлер")],
    ),
    # a quote signed by its speaker's name or body on the same line, no verb; a gloss after a name is no signature
    (
        'Жиын өтті.\n"Қаладағы барлық нысандарды қосу алдағы күндері жүзеге асырылады". Астана қалалық әкімдігі',
        [
            (
                "direct",
                "Қаладағы барлық нысандарды қосу алдағы күндері жүзеге асырылады",
                "Астана қалалық әкімдігі",
            )
        ],
    ),
    ("«КОВИД – он тоғыз» немесе коронавирус.", []),
    # a publication's credit before a source cue is no speech
    ("SMARTNEWS басылымының хабарлауынша, агенттік басшысы Саян Ахметжанов пікір білдірді.", []),
    # a post in the dative is the addressee, not the speaker
    (
        "Адвокат Ләззат Ахатова барша қазақстандықтардың атынан Президентіне ашық хат жазды. «Петицияны біреулер "
        "жауып тастады», - деді Ләззат Ахатова.",
        [("direct", "Петицияны біреулер жауып тастады", "Ләззат Ахатова")],
    ),
    # «the agency's representative» is the person the article titles with a post of that agency
    (
        "Бұл туралы Қаржы мониторингі агенттігінің басшысы Саян Ахметжанов пікір білдірді. "
        "Агенттік өкілі бұл оқиға ведомствода қаралғанын айтты.",
        [("reported", "бұл оқиға ведомствода қаралғанын", "Саян Ахметжанов")],
    ),
    # a short setting after the speaker the cue names is no part of the speaker
    (
        "Денсаулық сақтау министрінің орынбасары Вячеслав Дудник келді. «Эпидемия басталды», - деп нақтылады "
        "министрдің орынбасары брифинг барысында.",
        [("direct", "Эпидемия басталды", "Вячеслав Дудник")],
    ),
    # облыс әкімі is the one titled аймақ басшысы (a post word NER left untagged after a kind of place)
    (
        "Бұл туралы брифинг барысында аймақ басшысы Даниал Ахметов мәлімдеді.\n- Биыл 100 көлік сатып аламыз, "
        "- деді облыс әкімі.",
        [("direct", "Биыл 100 көлік сатып аламыз", "Даниал Ахметов")],
    ),
    # a dash paragraph with no cue, then a paragraph its cue closes: one quote over both
    (
        "Аудан әкімі Арман Абдуллаев тұрғындармен кездесті.\n\n– Бүгін өздеріңізбен арнайы кездесіп тұрмын.\n\n"
        "Барлық өтініштеріңізді назарға аламыз, – деді аудан басшысы.",
        [
            (
                "direct",
                "Бүгін өздеріңізбен арнайы кездесіп тұрмын.\n\nБарлық өтініштеріңізді назарға аламыз",
                "Арман Абдуллаев",
            )
        ],
    ),
    # a setting opening the clause (кездесулер барысында) is no speaker: the one speaking before goes on
    (
        "Мемлекет басшысы Қасым-Жомарт Тоқаев Жарлыққа қол қойды. Онда «әкімдер халықпен кездесулер өткізсін» "
        "делінген. Сондай-ақ кездесулер барысында «әлеуметтік мәселелерге баса назар аудару керек» деп атап көрсеткен.",
        [
            ("direct", "әкімдер халықпен кездесулер өткізсін", "Қасым-Жомарт Тоқаев"),
            ("direct", "әлеуметтік мәселелерге баса назар аудару керек", "Қасым-Жомарт Тоқаев"),
        ],
    ),
    # вице-премьер is the Премьер-министрдің орынбасары the article names, also after a dash and a second post
    (
        "Бұл туралы Премьер-министрдің орынбасары – цифрлық даму министрі Жаслан Мәдиев айтты. "
        "– Ауылдар интернетпен қамтылады, - деді вице-премьер.",
        [("direct", "Ауылдар интернетпен қамтылады", "Жаслан Мәдиев")],
    ),
]


@pytest.mark.parametrize("text, quotes", QUOTES)
def test_quotes(text, quotes):
    assert speakers(text) == quotes


ROLES = [
    # a post, a dash, then a body's name and a one-word post before the name: two posts of one person
    (
        "Бұл туралы Премьер-министрдің орынбасары – Жасанды интеллект және цифрлық даму министрі Жаслан Мәдиев айтты.",
        [("Жаслан Мәдиев", "Премьер-министрдің орынбасар"), ("Жаслан Мәдиев", "министр")],
    ),
    (
        "Бұл туралы облыс әкімі – жиналыс төрағасы Асқар Мамин айтты.",
        [("Асқар Мамин", "әкім"), ("Асқар Мамин", "төраға")],
    ),
    # two posts joined by a comma, the second with its own body in the genitive
    (
        "Бұл туралы ҚР Қорғаныс министрінің бірінші орынбасары, ҚР Қарулы Күштері Бас штабының басшысы "
        "Сәкен Жасұзақов айтты.",
        [("Сәкен Жасұзақов", "бірінші орынбасар"), ("Сәкен Жасұзақов", "басшы")],
    ),
    # a capitalized word before a settlement noun with a name compound's possessive names the village, not the person
    (
        "Өз кезегінде аудан әкімі Елдос Тұрсынбайұлы Алдабергенов ауылына тартылған газ жүйесіне мән берілгенін "
        "атап өтті.",
        [("Елдос Тұрсынбайұлы", "әкім")],
    ),
    # a Roman numeral after a post is a degree, no name; Kazakhstan's head holds no foreign country's post
    ("Мемлекет басшысы Италия президентін І дәрежелі «Достық» орденімен марапаттады.", []),
    ("Италия президенті Қасым-Жомарт Тоқаевқа Италияның ең жоғары наградасын табыстады.", []),
]


@pytest.mark.parametrize("text, roles", ROLES)
def test_roles(text, roles):
    assert [(r.person.normal, r.position.normal) for r in analyze(text).roles] == roles


def test_evaluation_reads_facts_back_into_a_text_normalization_shortens():
    from derek.evaluate.facts import analyze_record

    text = "Ақпарат\u00adтық хабарлама. Жиын 2025 жылғы 5 мамырда өтті."
    work = analyze_record({"id": "x", "text": text, "published": None, "entities": None}, False)
    assert [(d.start, d.end, text[d.start : d.end], d.value) for d in work.dates] == [
        (28, 48, "2025 жылғы 5 мамырда", "2025-05-05")
    ]
