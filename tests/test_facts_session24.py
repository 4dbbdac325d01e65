"""Session 24 rules, read from fresh real Kazakh news pages (news-test158 and news-test159, read this session): the
commissioners for rights (``... жөніндегі уәкіл``, ``омбудсмен``) hold posts; a body named after the speech verb in
six to eight lowercase words speaks (``..., деп хабарлады еңбек және халықты әлеуметтік қорғау министрлігі``);
'expressed' a clause (``... әзір екенін білдірді``) is speech; ``жүгінсек`` 'if we turn to' a body's data and a body's statistics open its reported speech. One line per case
a passenger's journey (``Маршрут пен сапар күнін таңдау``) is no visit; a launch whose ribbon is cut (``кітабының тұсауы
кесілді``) is held; a business trip named and a visit to a shrine are visits; an expedition welcomed is met; an interviewer's question set with no dash before a dashed answer and a caption with several titles
(``Бек Қази, бағдарламашы, ойын әзірлеуші: ...``) give the interviewee's words (docs/facts.md "Session 24"). A headline ``words — Name ... туралы`` quotes the person
opening the words after the dash; a POSITION span NER ran into a setting (``сауалына орай``) ends at its post
word; a ministry named by its initials (``ҚР ТЖМ``) is the body ``Ведомство`` stands for; a weekday and its date
side by side are one day; ``Бірінде`` 'in one of them' is no day."""

from __future__ import annotations

import pytest
from quotes_shared import speakers, triples

from derek import analyze
from derek.facts.matching import same_name

ROLES = [
    # the commissioners for rights hold posts
    (
        "Қазақстан Республикасындағы Бала құқықтары жөніндегі уәкіл Аружан Саин отырысқа қатысты.",
        [("Аружан Саин", "уәкіл", None)],
    ),
    ("Балалар омбудсмені Аружан Саин жазба жариялады.", [("Аружан Саин", "омбудсмен", None)]),
    # the adjective 'authorized' is no post
    ("Уәкілетті орган өкілі Серік Ахметов келді.", [("Серік Ахметов", "өкіл", None)]),
]


@pytest.mark.parametrize(("text", "roles"), ROLES)
def test_roles(text, roles):
    assert triples(analyze(text, published="2025-05-01").roles) == roles


QUOTES = [
    # a body named after the verb in six to eight lowercase words
    (
        "Биыл квота 16 процентке қысқарады, деп хабарлады еңбек және халықты әлеуметтік қорғау министрлігі.",
        [
            (
                "reported",
                "Биыл квота 16 процентке қысқарады",
                "еңбек және халықты әлеуметтік қорғау министрлігі",
            )
        ],
    ),
    (
        "Биыл 21 отандық туынды көрерменге жол тартады, деп хабарлайды ұлттық киноны қолдау мемлекеттік орталығының"
        " баспасөз қызметі.",
        [
            (
                "reported",
                "Биыл 21 отандық туынды көрерменге жол тартады",
                "ұлттық киноны қолдау мемлекеттік орталығының баспасөз қызметі",
            )
        ],
    ),
    # a clause with a verb after the speech verb is no body's name
    (
        "Биыл квота қысқарады, деп хабарлады кеше жиын өткізген облыстық білім басқармасы.",
        [("reported", "Биыл квота қысқарады", None)],
    ),
    # the speaker between ``деп`` and the verb after the titles of his body, a «name» with a participle among them
    (
        "Жаңа орталықтар ашылады, деп «Азаматтарға арналған үкімет» мемлекеттік корпорациясының басқарма төрайымы"
        " Әсемгүл Балташева Facebook-тегі парақшасында жазды.",
        [("reported", "Жаңа орталықтар ашылады", "Әсемгүл Балташева")],
    ),
    # a clause before the speaker keeps the old bound
    ("Жаңа орталықтар ашылады, деп кеше жиында сөйлеген корпорация төрайымы Әсемгүл Балташева жазды.", []),
    # a body's name with its kind after it speaks; a thing the body owns does not
    (
        "Қазақстан темір жолы компаниясы жаңа қызмет сайтта қолжетімді екенін мәлімдеді.",
        [("reported", "жаңа қызмет сайтта қолжетімді", "Қазақстан темір жолы компаниясы")],
    ),
    (
        "Үкімет отырысы барысында министр жоба аяқталғанын айтты.",
        [("reported", "жоба аяқталғанын", "министр")],
    ),
    # a body's short name in brackets between its name and the opener
    (
        "Дүниежүзілік денсаулық сақтау ұйымының (ДДСҰ) деректеріне сүйенсек, жыл сайын миллиондаған адам зардап шегеді.",
        [("reported", "жыл сайын миллиондаған адам зардап шегеді", "Дүниежүзілік денсаулық сақтау ұйымы")],
    ),
    (
        "Дүниежүзілік денсаулық сақтау ұйымының (ДДСҰ) мәліметінше жыл сайын миллиондаған адам зардап шегеді.",
        [("reported", "жыл сайын миллиондаған адам зардап шегеді", "Дүниежүзілік денсаулық сақтау ұйымы")],
    ),
    # 'had been reported': a passive report, no speaker; a topic with туралы is none
    (
        "Іздестіру жалғасуда. Бұған дейін ұшақтың әуежайға қона алмай, кері оралғаны хабарланған болатын.",
        [("reported", "Бұған дейін ұшақтың әуежайға қона алмай, кері оралғаны", None)],
    ),
    ("Бұған дейін бағаның өскені туралы хабарланған болатын.", []),
    # 'expressed' a clause is speech; a noun object is none
    (
        "Серік Ахметов компания жобаға қолдау көрсетуге әзір екенін білдірді.",
        [("reported", "компания жобаға қолдау көрсетуге әзір", "Серік Ахметов")],
    ),
    ("Серік Ахметов тұрғындарға алғысын білдірді.", []),
    # the present 'signifies' is no speech
    ("Бұл рәсім екі отбасының бірігуін білдіреді.", []),
    # ... nor does it take the clause from the body an outlet cites
    (
        "Әкім тұрғындарды құттықтап, тілегін білдірді, деп хабарлайды Altaynews.kz Шығыс Қазақстан Ақпараттық"
        " орталығына сілтеме жасап.",
        [("reported", "Әкім тұрғындарды құттықтап, тілегін білдірді", "Шығыс Қазақстан Ақпараттық орталығы")],
    ),
    # 'if we turn to' a body's data, a body's statistics
    (
        "ҚР денсаулық сақтау министрлігінің мәліметіне жүгінсек, Қазақстанда 50 мың нашақор бар.",
        [("reported", "Қазақстанда 50 мың нашақор бар", "ҚР денсаулық сақтау министрлігі")],
    ),
    (
        "Еуразиялық экономикалық комиссияның статистикасы бойынша Қазақстанға келетін ресейліктердің саны өскен.",
        [("reported", "Қазақстанға келетін ресейліктердің саны өскен", "Еуразиялық экономикалық комиссия")],
    ),
]


@pytest.mark.parametrize(("text", "quotes"), QUOTES)
def test_quotes(text, quotes):
    assert speakers(text) == quotes


INTERVIEWS = [
    # a caption with several titles after commas opens the headline's quote
    (
        "Бек Қази, бағдарламашы, ойын әзірлеуші: Бәйгені цифрлы ойынға айналдырғым келеді\n"
        "Біз онымен ойын индустриясы жайлы әңгімелестік.",
        [("direct", "Бәйгені цифрлы ойынға айналдырғым келеді", "Бек Қази")],
    ),
    # a caption's title may hold a number or a «name», the words after the colon set flush
    (
        "Шара өтті.\nНұрлан Үдербай, облыстық «Қызыл ай» қоғамының директоры:Әрине, донор болу оңай емес.",
        [("direct", "Әрине, донор болу оңай емес.", "Нұрлан Үдербай")],
    ),
    (
        "Дауыс беру аяқталды.\nСандуғаш Нұрқанова, Көкшетау қаласы 8 референдум учаскесінің төрайымы:Референдум уақыты"
        " аяқталды.",
        [("direct", "Референдум уақыты аяқталды.", "Сандуғаш Нұрқанова")],
    ),
    # an interviewer's question set with no dash, then the dashed answer: the interviewee's words
    (
        "Бек Қази, бағдарламашы: Ойын жасау оңай емес\n"
        "Біз онымен ойын индустриясы жайлы әңгімелестік.\n"
        "Ойын жасаудағы тәжірибеңіз жайлы айтып өтсеңіз.\n"
        "– Бұл салада жеті жылдан астам уақыт жұмыс істеп келемін.",
        [
            ("direct", "Ойын жасау оңай емес", "Бек Қази"),
            ("direct", "Бұл салада жеті жылдан астам уақыт жұмыс істеп келемін.", "Бек Қази"),
        ],
    ),
    (
        "Сұхбат\n"
        "Бұл туралы дизайнер Қазипа Мұхаметқали тілшімізге берген сұхбатында айтады.\n"
        "F: Қазір жағдай қалай, жұмысшылар орындарына оралды ма?\n"
        "- Әрине, карантин басталған кезде біздің жұмысымыз толық тоқтады.",
        [("direct", "Әрине, карантин басталған кезде біздің жұмысымыз толық тоқтады.", "Қазипа Мұхаметқали")],
    ),
    # a headline's speaker after the dash with the topic of the words after the name
    (
        "Қоғаммен ашық диалог жалғасады — Эльвира Әзімова Конституциялық комиссия жұмысы туралы\n"
        "Конституциялық сот төрағасы Эльвира Әзімова комиссия жұмысы туралы айтты.",
        [("direct", "Қоғаммен ашық диалог жалғасады", "Эльвира Әзімова")],
    ),
    # a question in running text with no one to answer it gives no quote
    ("Жаңалық\nНеге бағалар өсті?\n– Бағалар өсті, себебі доллар қымбаттады.\nБұл жағдай жалғасады.", []),
]


@pytest.mark.parametrize(("text", "quotes"), INTERVIEWS)
def test_interviews(text, quotes):
    assert speakers(text) == quotes


def test_channel_is_no_antecedent():
    # a PERSON span ending in a channel's noun is the channel: the pronoun's speaker is the psychologist
    doc = analyze(
        "Бұл туралы психолог Самал Атагелді Jibek Joly телеарнасының бағдарламасында айтты. Оның пікірінше, ойын"
        " баланың ой-өрісін дамытуы мүмкін.",
        published="2025-11-12",
    )
    assert [q.text for q in doc.quotes] == ["ойын баланың ой-өрісін дамытуы мүмкін"]
    assert same_name("Самал Атагелді", doc.quotes[0].speaker.normal)


def test_titled_person():
    from derek.ner.rules_posts import titled_person

    tokens = ["Jibek", "Joly", "телеарнасының", "бағдарламасында"]
    assert titled_person(tokens, [(0, 3, "PERSON")]) == [(0, 2, "ORGANISATION")]
    assert titled_person(tokens, [(0, 2, "PERSON")]) == [(0, 2, "PERSON")]  # the name alone stays
    assert titled_person(["Арнасы"], [(0, 1, "PERSON")]) == [
        (0, 1, "PERSON")
    ]  # one word is no name before a noun


@pytest.mark.parametrize(
    ("text", "events"),
    [
        # a passenger's journey is no visit; an official trip stays one
        ("Маршрут пен сапар күнін таңдау қажет.", []),
        ("Сапар ертерек белгілі болса, билетті алдын ала алыңыз.", []),
        ("Президент Түркияға ресми сапармен барды.", [("visited", "сапармен барды")]),
        # a launch's ribbon cut is held, past forms only; a business trip named and a visit to a shrine are visits;
        # an expedition welcomed is a meeting
        ("Кеше кітапханада ақынның жаңа кітабының тұсауы кесілді.", [("held", "тұсауы кесілді")]),
        ("Келер жылы Олимпиада ойындарының тұсауы кесіледі.", []),
        # new machines presented so are no launch; a «title» is a work
        ("Онда агросаладағы жаңа техникалардың да тұсауы кесілді.", []),
        ("Алматыда «Ақтүннің» тұсауы кесілді.", [("held", "тұсауы кесілді")]),
        # the toddler's rite is no launch
        ("Ол салт-дәстүрлердің біріне қатысып, сәбидің тұсауын кесті.", []),
        ("Ол Қожа Ахмет Ясауи кесенесіне зиярат етті.", [("visited", "зиярат етті")]),
        ("Делегация кезекті іссапары аясында мәселелерді талқылады.", [("visited", "іссапары")]),
        ("Тұрғындар облыс шекарасында экспедициясын қарсы алды.", [("met", "қарсы алды")]),
        ("Тұрғындар Жаңа жылды қарсы алды.", []),
    ],
)
def test_passenger_trips(text, events):
    assert [(e.type, e.trigger.text) for e in analyze(text, published="2025-05-01").events] == events


def test_setting_cut_post():
    from derek.ner.rules_posts import setting_cut_post

    tokens = ["вице-министр", "БАҚ", "өкілдерінің", "сауалына", "орай"]
    assert setting_cut_post(tokens, [(0, 5, "POSITION")]) == [(0, 1, "POSITION")]
    assert setting_cut_post(tokens[1:], [(0, 4, "POSITION")]) == []  # no post word before the setting
    assert setting_cut_post(["аудан", "әкімі"], [(0, 2, "POSITION")]) == [(0, 2, "POSITION")]


def test_reply_setting_is_no_speaker():
    doc = analyze(
        "— Расымен де фельдшерлер мәселе көтеріп жатыр, — деді вице-министр БАҚ өкілдерінің сауалына орай.",
        published="2025-11-26",
    )
    assert [(q.text, q.speaker.text) for q in doc.quotes] == [
        ("Расымен де фельдшерлер мәселе көтеріп жатыр", "вице-министр")
    ]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Бұл туралы ҚР ТЖМ баспасөз қызметі мәлімдеді. Ведомство мәліметінше,", "ҚР ТЖМ"),
        ("ІІМ мәлімдеме жасады. Ведомство мәліметінше,", "ІІМ"),
        ("Ұлттық статистика бюросы деректерді таратты. Ведомство мәліметінше,", "Ұлттық статистика бюросы"),
        ("АҚШ елшісі келді. Ведомство мәліметінше,", None),  # initials not ending in М name no ministry
    ],
)
def test_ministry_initials(text, body):
    from derek.facts.speaker_referents import named_body

    assert named_body(text, text.index("Ведомство")) == body


@pytest.mark.parametrize(
    ("phrase", "named"),
    [
        ("аталған хабарлама", True),
        ("жауап", True),
        ("зерттеу", True),
        ("Бас прокуратура", False),
    ],
)
def test_documents(phrase, named):
    from derek.facts.speaker_referents import document

    assert document(phrase) is named


def test_document_answer_is_the_body():
    doc = analyze(
        "Бас прокуратураның ақпаратынша, бұл адамдардың қылмыстық істерге қатысы жоқ.\n"
        "«Мәйіттерді эксгумациялау кодекске сәйкес жүргізіледі», — делінген жауапта.",
        published="2025-05-01",
    )
    assert [q.speaker.normal for q in doc.quotes] == ["Бас прокуратура", "Бас прокуратура"]


@pytest.mark.parametrize(
    ("text", "published", "dates"),
    [
        # a weekday and its date side by side are one day
        (
            "Сот отырысы алдағы дүйсенбі, 13 мамырда өтеді.",
            None,
            [("алдағы дүйсенбі, 13 мамырда", "XXXX-05-13")],
        ),
        ("Жарыс 26 мамыр, жексенбіде өтті.", "2024-05-27", [("26 мамыр, жексенбіде", "2024-05-26")]),
        (
            "Дүйсенбі, сейсенбі күндері жұмыс істейді.",
            None,
            [("Дүйсенбі", "XXXX-WXX-1"), ("сейсенбі күндері", "XXXX-WXX-2")],
        ),
        # 'the preceding' year or month, as 'the last'; a month's comitative too
        ("Бағалар алдыңғы жылмен салыстырғанда өсті.", "2024-10-01", [("алдыңғы жылмен", "2023")]),
        ("Баға алдыңғы аймен салыстырғанда өсті.", "2019-06-07", [("алдыңғы аймен", "2019-05")]),
        ("Алдыңғы жылдары мұндай болған жоқ.", "2024-10-01", []),
        # a map's scale is no clock; the week's day in general is no date; a count back opens no range
        ("Өткен жылы 1:50.000 масштабты түсірілім жүргізілді.", "2024-10-01", [("Өткен жылы", "2023")]),
        ("Кеңестік кезеңде аптаның бейсенбі күні «балық күні» ретінде таңдалды.", None, []),
        (
            "Жоба мерзімнен алты ай бұрын — осы жылдың қараша айында аяқталады.",
            None,
            [("алты ай бұрын", "XXXX-XX"), ("осы жылдың қараша айында", "XXXX-11")],
        ),
        # 'in one of them' opening a sentence is no day; a day in digits or words of ten or more is
        ("Бірінде ғимарат жетпесе, бірінің базасы жұтаң.", None, []),
        ("24-інде мерекелік шара болады.", None, [("24-інде", "XXXX-XX-24")]),
    ],
)
def test_dates(text, published, dates):
    assert [(d.text, d.value) for d in analyze(text, published=published).dates] == dates
