"""Session 12 rules, read from a fresh part of real Kazakh news pages (news-test26) after its scoring: bodies
named as sources and speakers (``Ұлттық статистика бюросы мәліметінше``, ``Министрлік ... ақпарға
сүйенсек``), plural speakers that are groups, no single person (``дейді мамандар``, ``олар``), a post that
belongs to the name after it, initials inside a body's name, and a lower-case ``наурыз`` in a case of time.
One line per case."""

from __future__ import annotations

import pytest
from quotes_shared import speakers

from derek import analyze
from derek.ner.rules_text import named_body

QUOTES = [
    # a body in the nominative before a source cue, with no genitive: the body speaks
    [
        "Ұлттық статистика бюросы мәліметінше, колледждердің көбі Алматыда орналасқан.",
        [("reported", "колледждердің көбі Алматыда орналасқан", "Ұлттық статистика бюросы")],
    ],
    # «Министрлік» named back after a body the article cited: that body (NER found none)
    [
        "Бұл туралы денсаулық сақтау министрлігі хабарлады. Министрлік таратқан ақпарға сүйенсек, "
        "емханалар саны артқан.",
        [("reported", "емханалар саны артқан", "денсаулық сақтау министрлігі")],
    ],
    # a source's data «деректеріне сәйкес» is reported speech, its owner the speaker
    [
        "Ұлттық статистика бюросының деректеріне сәйкес, инфляция баяулады.",
        [("reported", "инфляция баяулады", "Ұлттық статистика бюросы")],
    ],
    # a plural common noun speaks as a group, not as the person named last
    [
        "Ардагер Асқар Серікбаев мұражайға келді. Бұл – құнды дерек дейді мамандар.",
        [("reported", "Бұл – құнды дерек", "мамандар")],
    ],
    # a dash inside the speech comes before the one its cue follows
    [
        "Біздің басты мақсатымыз — айқын, — деді министр Ерлан Қарин.",
        [("direct", "Біздің басты мақсатымыз — айқын", "Ерлан Қарин")],
    ],
    # an office the article titles someone with (Үкімет басшысы = Премьер-министр) before a body's head
    [
        "Премьер-министр Олжас Бектенов Үкіметтің кеңейтілген отырысында Президент Қасым-Жомарт Тоқаев "
        "берген тапсырмаларды талқылады.\n«Біз жұмысты жеделдетеміз», деді Үкімет басшысы.",
        [("direct", "Біз жұмысты жеделдетеміз", "Олжас Бектенов")],
    ],
    # a headline's «...» handed by a colon to the clause after it
    [
        "«Біз барлығына дайын болуымыз керек»: Абаев карантин туралы айтты\n\nМинистр Дәурен Абаев брифингте сөйледі.",
        [("direct", "Біз барлығына дайын болуымыз керек", "Абаев")],
    ],
    # a post NER read in a place's locative is no subject: the body after the cue speaks
    [
        "Қазақстанның 13 облысында ескерту жарияланды, деп хабарлайды «Қазгидромет» РМК.",
        [("reported", "Қазақстанның 13 облысында ескерту жарияланды", "Қазгидромет")],
    ],
    # a body naming a setting it owns (Үкімет отырысына) is no subject: the post and name after it speak
    [
        "Осы орайда Үкімет отырысына арнайы келіп қатысып отырған Қостанай облысының әкімі Құмар Ақсақалов "
        "ұсыныс дайындалып жатқанын айтты.",
        [("reported", "ұсыныс дайындалып жатқанын", "Құмар Ақсақалов")],
    ],
    # Олардың after a body's press service: that service
    [
        "Соған байланысты Алматы қаласы полиция департаментінің баспасөз қызметі түсініктеме берді. Олардың хабарлауынша, "
        "бір топ азамат митинг ұйымдастыруға тырысты.",
        [
            (
                "reported",
                "бір топ азамат митинг ұйымдастыруға тырысты",
                "Алматы қаласы полиция департаментінің баспасөз қызметі",
            )
        ],
    ],
    # speech closed by ", - деді." with no one after the verb: the person or post opening it speaks
    [
        "Сондай-ақ министр Ерлан Қарин жұмыс жалғасады, - деді.",
        [("direct", "жұмыс жалғасады", "Ерлан Қарин")],
    ],
    # тоқталды 'dwelt on' closes a clause in the dative; a noun in the dative is no speech
    [
        "Облыс әкімінің орынбасары Ерлан Қарин құттықтау сөз сөйлеп, қаламгерлердің орны ерекше екеніне тоқталды.",
        [("reported", "құттықтау сөз сөйлеп, қаламгерлердің орны ерекше", "Ерлан Қарин")],
    ],
    ["Министр Ерлан Қарин ауыл шаруашылығы мәселесіне тоқталды.", []],
    # сөзіне сенсек 'if we believe his words' and айтуы бойынша 'by his saying' open reported speech
    [
        "Министр Саясат Нұрбектің сөзіне сенсек, орын тапшылығы мәселесі шешілген екен.",
        [("reported", "орын тапшылығы мәселесі шешілген екен", "Саясат Нұрбек")],
    ],
    [
        "Көрмені ұйымдастырушылардың айтуы бойынша, қатысушылардың саны жылдан-жылға ұлғаюда.",
        [("reported", "қатысушылардың саны жылдан-жылға ұлғаюда", "ұйымдастырушылар")],
    ],
    # the rest of the verb after деп (жауап берді) is no speaker; шенеунік 'the official' points back (the post
    # opening the sentence is no part of the name: session 16)
    [
        "Министр Ерлан Нысанбаев баяндама жасады.\n«Астанада тағы екі зауыт қосылды. Олар кеше есепке қосылды», "
        "- деп жауап берді министр.\n«Әрбір жоба қаралады. Дайындық деңгейі өте жоғары», - деп сендірді шенеунік.",
        [
            (
                "direct",
                "Астанада тағы екі зауыт қосылды. Олар кеше есепке қосылды",
                "Ерлан Нысанбаев",
            ),
            ("direct", "Әрбір жоба қаралады. Дайындық деңгейі өте жоғары", "Ерлан Нысанбаев"),
        ],
    ],
    # a dropped subject: the post of the sentence before, after those it addressed and a full stop glued to it
    [
        "Тұрғындар жер мәселесі бойынша жүгінді.Пәтер сұраған тұрғындарға қала әкімі заңдылықтарды түсіндірді. "
        "Ағымдағы жылы қалада бес үй салынатынын атап өтті.",
        [("reported", "Ағымдағы жылы қалада бес үй салынатынын", "қала әкімі")],
    ],
    # a ministry and the centre it owns, side by side: the centre speaks
    [
        "Ғылым және жоғары білім министрлігі Ұлттық тестілеу орталығы талапкерлерге құжаттар қажет екенін түсіндірді.",
        [("reported", "талапкерлерге құжаттар қажет", "Ұлттық тестілеу орталығы")],
    ],
]


@pytest.mark.parametrize("text, quotes", QUOTES)
def test_quotes(text, quotes):
    assert speakers(text) == quotes


def test_a_plural_pronoun_is_no_single_person():
    text = (
        "Мұражайға Баймырза Қожамберлиев пен Алмасбек Есмаханов келді. Олар жәдігерлермен танысты.\n"
        "«Тарих – өткенге сабақ. Мұражай – ғылыми орталық."
    )
    assert [q.speaker for q in analyze(text, published="2026-02-25").quotes] == [None]


ORGANIZATIONS = [
    # a body whose genitive owns the setting (отырысында) is not the post's
    ("Бұл туралы Үкіметтің кеңейтілген отырысында облыс әкімі Серік Ахметов айтты.", [None]),
    ("Бұл туралы Үкіметтің отырысында Премьер-министрдің орынбасары Серік Жұманғарин айтты.", [None]),
]


@pytest.mark.parametrize("text, orgs", ORGANIZATIONS)
def test_organizations(text, orgs):
    assert [r.organization.normal if r.organization else None for r in analyze(text).roles] == orgs


ROLES = [
    # a post followed right by a name is that name's, not the one before the comma
    (
        "Құрметті Алма Есімбекқызы, Қазақстан Республикасының Президенті Н.Ә.Назарбаевтың Жолдауы маңызды.",
        [("Н.Ә.Назарбаев", "Президент")],
    ),
    # an acting holder (м.а.) and a vice-rector; a chief ecologist is a post, an ecologist a profession
    (
        "ҚазҰУ-дың операциялық қызмет жөніндегі проректоры м.а. Қанатбек Мұқанов құттықтады.",
        [("Қанатбек Мұқанов", "проректор м.а.")],  # the acting mark belongs to the post (session 23)
    ),
    ("Облыстың бас экологі Ербол Қуанов хабарлады.", [("Ербол Қуанов", "бас эколог")]),
    # initials inside the body's name between a name and its post end no clause
    (
        "Алма Әбілқасымова, Ы.Алтынсарин атындағы Ұлттық білім беру академиясының президенті, сөйледі.",
        [("Алма Әбілқасымова", "президент")],
    ),
]


@pytest.mark.parametrize("text, roles", ROLES)
def test_roles(text, roles):
    assert [(r.person.normal, r.position.normal) for r in analyze(text).roles] == roles


DATES = [
    ("Тоқаев наурыздағы жұмыс сапары барысында келеді.", [("наурыздағы", "2026-03")]),
    ("Мамандар наурызда келеді.", [("наурызда", "2026-03")]),
    ("Наурыз мерекесінде концерт өтті.", []),
    # a half year by a Roman І (the Kazakh letter), after a hyphen, or as жарты жылдың
    ("2021 жылдың І жартыжылдығында зауыт ашылды.", [("2021 жылдың І жартыжылдығында", "2021-H1")]),
    ("2021 жылдың 1-жартыжылдығында зауыт ашылды.", [("2021 жылдың 1-жартыжылдығында", "2021-H1")]),
    ("Бірінші жарты жылдың қорытындысы шықты.", [("Бірінші жарты жылдың", "2026-H1")]),
    # with no publication date, өткен жылы is the writer's last year, not the year before one named: no date
    (
        "Мемлекет 2018 жылы қолдау берген. Ал, өткен жылы 241 өндіруші субсидия алған.",
        [("2018 жылы", "2018")],
    ),
    # a past participle with its own dative complement is no verb of the date: the future verb after it is
    ("3 тамызда ақынның 100 жылдығына арналған іс-шаралар өтеді.", [("3 тамызда", "2026-08-03")]),
    ("5 желтоқсанда өткен отырыста шешім қабылданды.", [("5 желтоқсанда", "2025-12-05")]),
    ("Жылыту маусымында қысқа үзілістер болды.", []),
]


@pytest.mark.parametrize("text, dates", DATES)
def test_dates(text, dates):
    published = None if "өткен жылы" in text else "2026-02-25"
    assert [(d.text, d.value) for d in analyze(text, published=published).dates] == dates


BODIES = [
    ("Кеше Ұлттық тестілеу орталығы хабарлады", [(1, 4, "ORGANISATION")]),
    ("Бұл туралы Ғылым және жоғары білім министрлігі мәлімдеді", [(2, 7, "ORGANISATION")]),
    ("Ұлттық статистика бюросы мәліметінше", [(0, 3, "ORGANISATION")]),
    ("Биылғы жарыстың ұтыс қоры өсті", []),  # a sentence's capital is no name, a prize fund no body
    ("ЭКСПО көрмесі өткенде біздің университет", []),
    ("Кеше Сапарбаев орталыққа келді", []),  # no owned head
    (
        "Ауыл Мемлекет басшысы деңгейіндегі саяси оқиғаның орталығына айналды",
        [(1, 3, "POSITION")],
    ),  # a post inside
]


@pytest.mark.parametrize("tokens, spans", BODIES)
def test_named_body(tokens, spans):
    found = [sp for sp in spans if sp[2] == "POSITION"]
    assert named_body(tokens.split(), found) == spans


EVENTS = [
    # an event noun in the nominative and бол-: it took place
    ("Мәдениет үйінде концерт болды.", [("held", "болды")]),
    ("Кеште ақынның алты томдық кітабының тұсаукесері болды.", [("held", "болды")]),
    ("Бұл жарыс табысты болды.", []),  # a judgement, no event noun right before
    ("Концертте көңілді болды.", []),  # the noun in a case
    # a post NER left untagged visits a named enterprise: the head noun after a name in quote marks
    ("Аралау барысында қала әкімі «ЖК Жанегизов» шаруа қожалығына барды.", [("visited", "барды")]),
]


@pytest.mark.parametrize("text, events", EVENTS)
def test_events(text, events):
    assert [(e.type, e.trigger.text) for e in analyze(text, published="2026-02-25").events] == events
