"""Session 18 rules, read from real Kazakh news pages (news-test32, 39–45, 50, 51, 53, 56: twelve parts held out
until this session): dates (a clock range with бастап or a part of day before its end, a quarter called ширек, a
year's алғашқы half-year, this year's first months in the genitive), quotes and speakers (a body's head named with
the body's whole name, the cited body after an outlet in Latin letters, a caption line in capitals with no colon,
a caption's surname in capitals after a first name, blank lines of spaces between a caption and its words). One
line per case (docs/facts.md "Session 18")."""

from __future__ import annotations

import pytest
from quotes_shared import speakers

from derek import analyze

DATES = [
    # a clock range: бастап after the start, a part of day and сағат before the end, the end's minutes
    (
        "Жұмыс сағат 07.00-ден бастап сағат 20.00-ге дейін жүреді.",
        None,
        [("сағат 07.00-ден бастап сағат 20.00-ге дейін", "XXXX-XX-XXT07:00/XXXX-XX-XXT20:00")],
    ),
    (
        "Дүкен таңғы сағат 6-дан түнгі 23.00-ге дейін жұмыс істейді.",
        None,
        [("таңғы сағат 6-дан түнгі 23.00-ге дейін", "XXXX-XX-XXT06:00/XXXX-XX-XXT23:00")],
    ),
    (
        "Жол сағат 23.00-ден таңғы сағат 4.30-ға дейін жабылады.",
        None,
        [("сағат 23.00-ден таңғы сағат 4.30-ға дейін", "XXXX-XX-XXT23:00/XXXX-XX-XXT04:30")],
    ),
    # without сағат, a part of day between keeps two times (facts_dev's reading)
    (
        "Пункттер таңғы 9-дан кешкі 8-ге дейін істейді.",
        None,
        [("таңғы 9-дан", "XXXX-XX-XXT09:00"), ("кешкі 8-ге", "XXXX-XX-XXT20:00")],
    ),
    # ширек 'quarter' after an ordinal is a quarter of the year; a share is none
    (
        "2021 жылдың бірінші ширегінде 100 мың нәресте туды.",
        None,
        [("2021 жылдың бірінші ширегінде", "2021-Q1")],
    ),
    ("Халықтың ширегі қалада тұрады.", None, []),
    # алғашқы 'first' half-year
    (
        "2025 жылдың алғашқы жартыжылдығында 5 зауыт ашылды.",
        None,
        [("2025 жылдың алғашқы жартыжылдығында", "2025-H1")],
    ),
    # биыл + months in the genitive before қорытындысы: this year's first months
    (
        "Биыл 9 айдың қорытындысы бойынша өсім болды.",
        "2025-11-05",
        [("Биыл 9 айдың", "2025-01/2025-09")],
    ),
    ("Биыл 3 ай бойы жұмыс жүрді.", "2025-11-05", [("Биыл", "2025")]),
    # the year before, compared with, after a year the sentence names is the year before that one; былтыр stays
    (
        "2024 жылы өңірге 21 121 шетелдік турист келіп, көрсеткіш өткен жылмен салыстырғанда 45 пайызға артты.",
        "2025-01-24",
        [("2024 жылы", "2024"), ("өткен жылмен", "2023")],
    ),
    (
        "Қазақстан 2017-нші жылы 45-інші орында болса, ал былтыр 35-інші орынға көтерілген.",
        "2021-06-15",
        [("2017-нші жылы", "2017"), ("былтыр", "2020")],
    ),
    # Жыл қорытындысы 'the year's results' with a bare жыл is no date; a named year's results are the year
    ("Жыл қорытындысы бойынша 5 зауыт ашылды.", "2025-05-01", []),
    ("2024 жылдың қорытындысы бойынша өсім болды.", "2025-05-01", [("2024 жылдың қорытындысы", "2024")]),
]


@pytest.mark.parametrize(("text", "published", "dates"), DATES)
def test_dates(text, published, dates):
    assert [(d.text, d.value) for d in analyze(text, published=published).dates] == dates


QUOTES = [
    # a caption in capitals with no colon: the paragraph after it is the person's
    (
        "Тұрғындар қуанышымен бөлісті.\nСАЛТАНАТ МАХАНБЕТОВА, ҚАЛА ТҰРҒЫНЫ\n2014 жылдан бері тұрғын үй кезегінде "
        "тұрамыз. Бүгін қуанышымызда шек жоқ.",
        [
            (
                "direct",
                "2014 жылдан бері тұрғын үй кезегінде тұрамыз. Бүгін қуанышымызда шек жоқ.",
                "Салтанат Маханбетова",
            )
        ],
    ),
    # a headline in capitals is no caption
    ("ЖАМБЫЛ ОБЛЫСТЫҚ, ҚАЛАЛЫҚ, АУДАНДЫҚ КЕҢЕСТЕРІ\nБірлескен отырысқа кеңес мүшелері қатысты.", []),
    # a first name and a surname in capitals; a line of spaces between the caption and the words
    (
        "Вячеслав ДУДНИК, ҚР ДЕНСАУЛЫҚ САҚТАУ ВИЦЕ-МИНИСТРІ:\n \nСоңғы бес жылда шетелге кеткен мамандардың саны 5 "
        "мыңға жеткен.",
        [("direct", "Соңғы бес жылда шетелге кеткен мамандардың саны 5 мыңға жеткен.", "Вячеслав Дудник")],
    ),
    # «...», делінген хабарламада: the body an outlet in Latin letters cites
    (
        "Көпір салынып жатыр, деп хабарлайды Azattyq Rýhy облыс әкімдігіне сілтеме жасап.\n«Қазіргі таңда "
        "көпірдің жүру бөлігі төселіп жатыр», - деп жазылған хабарламада.",
        [
            ("reported", "Көпір салынып жатыр", "облыс әкімдігі"),  # the credit's own sentence: session 22
            ("direct", "Қазіргі таңда көпірдің жүру бөлігі төселіп жатыр", "облыс әкімдігі"),
        ],
    ),
    # a data source named by its web address speaks its figures; an outlet's writing is no speech
    (
        "Energyprom.kz мәліметінше, бағаның қымбаттауы ең алдымен Батыс Қазақстан облысында байқалды.",
        [("reported", "бағаның қымбаттауы ең алдымен Батыс Қазақстан облысында байқалды", "Energyprom.kz")],
    ),
    ("Inform.kz-тің жазуынша, бағаның қымбаттауы ең алдымен Батыс Қазақстан облысында байқалды.", []),
    # two dashed paragraphs after a colon with no speech verb are a list
    (
        "Министрлік хабарлағандай, квота бекітілді. Квота төрт санат бойынша бөлінген:\n- Басшылар мен олардың "
        "орынбасарлары – 726 рұқсат.\n- Құрылымдық бөлімшелердің басшылары – 3 402 рұқсат.",
        [("reported", "квота бекітілді", "Министрлік")],
    ),
    # Ведомство 'the agency' is the ministry named before, though NER left it untagged
    (
        "Оқу-ағарту министрлігі бейнероликке қатысты жағдайды түсіндірді, деп хабарлайды BAQ.KZ тілшісі.\nВедомство "
        "мәліметінше, видеода көрсетілген жағдайдың мектептерге ешқандай қатысы жоқ.",
        [
            (
                "reported",
                "видеода көрсетілген жағдайдың мектептерге ешқандай қатысы жоқ",
                "Оқу-ағарту министрлігі",
            )
        ],
    ),
    # деп + a third-person verb of reckoning or feeling reports the clause before it; a judgement (an adjective) does not
    (
        "Қала әкімі Руслан Анбаев бұл облыс орталығының келбетін ретке келтіруге мүмкіндік береді деп есептейді.",
        [
            (
                "reported",
                "бұл облыс орталығының келбетін ретке келтіруге мүмкіндік береді",
                "Руслан Анбаев",
            )
        ],
    ),
    (
        "Мамандар қос дипломы бар дәрігерлерді осылай жоғалтудамыз деп дабыл қағуда.",
        [("reported", "қос дипломы бар дәрігерлерді осылай жоғалтудамыз", "Мамандар")],
    ),
    ("Ол бұл жұмысты маңызды деп есептейді.", []),
    # атап өтті after an anniversary or a feast is 'celebrated'
    ("Ақтөбеде жас ұшқыштар мектебі 50 жылдығын атап өтті.", []),
    ("Тілшілер қауымы кәсіби мерекесін атап өтеді.", []),
]


@pytest.mark.parametrize(("text", "quotes"), QUOTES)
def test_quotes(text, quotes):
    assert speakers(text) == quotes


EVENTS = [
    # the opening ceremony attended (ашылу салтанатына қатысты) is no opening of its own; as the subject of өтті it
    # is one since session 26 (4 of 4 in the read parts of sessions 25 and 26)
    ("Оралдағы Достық үйінде еріктілер орталығының салтанатты ашылу рәсімі өтті.", [("opened", "ашылу")]),
    ("Аким спорт кешенінің ашылу салтанатына қатысты.", []),
    ("Ауылда жаңа мектеп ашылды.", [("opened", "ашылды")]),
    # іс шара 'event' written apart is an event noun before болып өтті
    ("Алматыда мәдени іс шара болып өтті.", [("held", "өтті")]),
    ("Нигерияда бірнеше қарулы қақтығыстар болып өтті.", []),
    # болды after a named place's kind in the locative, deputies as visitors, a plant in the dative
    ("Мәжіліс депутаттары Арал ауданында болды.", [("visited", "болды")]),
    ("Сенат депутаттары МАЭК кәсіпорнына барды.", [("visited", "барды")]),
    ("Мектепте өрт болды.", []),
]


@pytest.mark.parametrize(("text", "events"), EVENTS)
def test_events(text, events):
    assert [(e.type, e.trigger.text) for e in analyze(text, published="2025-05-01").events] == events
