"""Session 26 rules, read from real Kazakh news pages (session 25's blind parts news-test172 … news-test197, read
this session): in a sport article a ``кездесу`` is a match, no meeting; ``Сапаржай`` is a bus station, no trip;
``дейді маман`` points back to the specialist who spoke; a headline's quote may be signed by a ministry's initials
or by a body whose name holds a verbal noun (docs/facts.md "Session 26"). One line per case."""

from __future__ import annotations

import pytest
from quotes_shared import speakers, triples

from derek import analyze

EVENTS = [
    # a match named back in a sport article is no meeting, in any sentence
    (
        "Қазақстан құрамасы әлем чемпионатының іріктеу кезеңіндегі матчта тең түсті. Кездесу Скопьеде өтті.",
        [("held", "өтті")],
    ),
    ("Құрама матчта жеңілді. Кездесу барысында елордалықтар есепті теңестіре алмады.", []),
    # ... but an official meeting the champions of a sport article stays a meeting
    ("Турнир чемпионатында жеңген балуандар оралды. Әкім чемпиондармен кездесті.", [("met", "кездесті")]),
    (
        "Турнир чемпионатында жеңген балуандар оралды. Әкім жеңімпаздармен кездесуде оларды құттықтады.",
        [("met", "кездесуде")],
    ),
    # ... and a meeting in an article with no sport stays one
    (
        "Әкім тұрғындармен кездесу өткізді. Кездесу барысында жол мәселесі көтерілді.",
        [("met", "кездесу"), ("met", "Кездесу")],
    ),
    # a bus station's name is no trip
    ("«Сапаржай» автовокзалы жаңартылды. Сапаржайдан қазір Көкшетауға автобус қатынайды.", []),
    ("Министр жұмыс сапарымен Ақтөбеге барды.", [("visited", "сапарымен Ақтөбеге барды")]),
    # an official receiving residents or citizens is a meeting; a clinic admitting people is none
    ("Аудан әкімі Рашид Мыңбаев кестеге сәйкес тұрғындарды жеке қабылдады.", [("met", "қабылдады")]),
    ("25 ақпанда барлық деңгейдегі әкімдер бір күнде халықты қабылдайды.", [("met", "қабылдайды")]),
    ("Жаңа емхана күніне 300 адамды қабылдайтын болады.", []),
    # a stay at a home or an institution with no name before it is a visit; an incident in a family is none
    (
        "Облыс әкімі Асхат Шахаров балалар үйінде болып, тәрбиеленушілермен сөйлесті.",
        [("visited", "болып")],
    ),
    ("Жаға ұстатқан оқиға көпбалалы отбасында болды.", []),
    # a building's launch is an opening; a book's stays held
    ("Елордада жаңа Өнер музейінің салтанатты тұсаукесер рәсімі өтті.", [("opened", "тұсаукесер")]),
    ("Ақын Болат Асановтың қос кітабының тұсаукесері өтті.", [("held", "өтті")]),
    # кездес- 'occur' often or rarely, or habitually, meets no one
    ("Мұндай жағдай сақ ескерткіштері үшін өте сирек кездеседі.", []),
    ("Балалардың отпен ойнауынан да өрт оқиғалары кездесіп жатады.", []),
    # a day kept is no event held; an anniversary kept is one
    ("Облыс орталығында халықаралық кітап сыйлау күні аталып өтті.", []),
    ("Бекет Атаның 260 жылдығы киелі мекенде аталып өтті.", [("held", "өтті")]),
]


@pytest.mark.parametrize(("text", "events"), EVENTS)
def test_events(text, events):
    assert [(e.type, e.trigger.text) for e in analyze(text, published=None).events] == events


QUOTES = [
    # the specialist who spoke last is the one a bare маман points back to
    (
        "Басқарманың бөлім басшысы Сайран Ғұднанның айтуынша, ауылдарда шектеу қойылған.\n"
        '"Аурудың таралу қаупі артты", – дейді маман.',
        [
            ("reported", "ауылдарда шектеу қойылған", "Сайран Ғұднан"),
            ("direct", "Аурудың таралу қаупі артты", "Сайран Ғұднан"),
        ],
    ),
    # a headline signed by a ministry's initials, or by a body whose name holds a verbal noun
    (
        "Шетелдік студенттер қашықтан оқи алады – БҒМ\nРедакция ресми сауал жолдаған еді.",
        [("direct", "Шетелдік студенттер қашықтан оқи алады", "БҒМ")],
    ),
    (
        "Елімізде 50 мың нашақор бар - ҚР денсаулық сақтау министрлігі\nМәтін жалғасады.",
        [("direct", "Елімізде 50 мың нашақор бар", "ҚР денсаулық сақтау министрлігі")],
    ),
    # a question put with де- quotes nothing: the answer comes later
    ("Бұл мәселеге шешім бола ала ма? Мамандар бұған не дейді?", []),
    # a place's name over a dashed item is a heading, no speaker, even for the text's last paragraph
    (
        "Шектеу енгізіледі:\nАқтөбе облысы:\n– «РФ шекарасы – Ақтөбе» автожолының 965-1240 шақырым аралығы.\n"
        "Қызылорда облысы:\n– «РФ шекарасы – Шымкент» автожолының учаскесі.",
        [],
    ),
    # a source's words or data in any form of the grammar, with its holder named before it
    (
        "Облыстық сайлау комиссиясының мәліметтеріне сүйенсек, 318 кандидаттың 303-і тіркеуден өткен.",
        [("reported", "318 кандидаттың 303-і тіркеуден өткен", "Облыстық сайлау комиссиясы")],
    ),
    (
        "Департамент директоры Ораз Абдрахмановтың сөзіне сүйенсек, жаңа Салық кодексі келер жылы күшіне енеді.",
        [("reported", "жаңа Салық кодексі келер жылы күшіне енеді", "Ораз Абдрахманов")],
    ),
    (
        "Ұйымдастырушылар ұсынған мәліметке сәйкес, биыл көрмеге 22 елден компаниялар келді.",
        [("reported", "биыл көрмеге 22 елден компаниялар келді", "Ұйымдастырушылар")],
    ),
    # ... but a bare dative with no giver before it has no holder
    ("Ресми деректерге сүйенсек, жыл сайын 1500-ге жуық адам жарақат алады.", []),
    # 'as X said' in any speech verb's participle; his own page is no part of the speaker
    (
        "Облыстық аурухана директоры Арман Байдеуов брифинг өткізді. Арман Байдеуов айтып өткендей, "
        "оттегі концентраторына провизорлық станциялар қосылған.",
        [("reported", "оттегі концентраторына провизорлық станциялар қосылған", "Арман Байдеуов")],
    ),
    (
        "Мәслихат депутаты Бейбіт Құсайынов самокаттар туралы айтты. Депутат өзінің желідегі парақшасында "
        "жазғандай, мәслихатта өткен отырыста мәселе талқыланды.",
        [("reported", "мәслихатта өткен отырыста мәселе талқыланды", "Бейбіт Құсайынов")],
    ),
    # an interview's answers are the words of the one the outlet says it talked with
    (
        "Ұлт мұрасын жинақтап жүрген музей қызметкері Әйгерім Бекқұлиевамен сұхбаттасудың сәті түскен еді.\n"
        "– Әңгімені музей ұғымынан бастасақ... Өзі қайдан шыққан сөз?\n"
        "– Музей грек тілінен аударғанда «муза сарайы» деген мағынаны білдіреді.",
        [
            (
                "direct",
                "Музей грек тілінен аударғанда «муза сарайы» деген мағынаны білдіреді.",
                "Әйгерім Бекқұлиева",
            )
        ],
    ),
    # a paragraph a « opens and never closes is one quote up to the dash of its cue, even past a dash inside
    (
        "Көрме өтті.\n«Бұл көрме тек бәсекелестік үшін емес. Бұл – қазақ халқы үшін тарихи іс-шара, – деді "
        "Кинологтар одағының президенті Бауыржан Серікқали.",
        [
            (
                "direct",
                "Бұл көрме тек бәсекелестік үшін емес. Бұл – қазақ халқы үшін тарихи іс-шара",
                "Бауыржан Серікқали",
            )
        ],
    ),
    # an outlet in Latin letters may name the body's own site after it: the body speaks
    (
        "Елордада көлік картасының мерзімі ұзартылды, деп хабарлайды BAQ.KZ елорда әкімдігінің ресми сайты.",
        [("reported", "Елордада көлік картасының мерзімі ұзартылды", "елорда әкімдігі")],
    ),
    # a « the page never closes, after the subject of its sentence: that subject's speech to the end
    (
        "Шараға облыс әкімінің орынбасары Жолдымұрат Аманбаев қатысты. Ол «Бұл аппараттарды алып келуге "
        "жеткізуші компания көп көмектесті, біз оларға алғысымызды білдіреміз",
        [
            (
                "direct",
                "Бұл аппараттарды алып келуге жеткізуші компания көп көмектесті, біз оларға алғысымызды білдіреміз",
                "Жолдымұрат Аманбаев",
            )
        ],
    ),
    # a named place's post opening the sentence before speaks for a sentence with no subject
    (
        "Қазығұрт ауданы әкімі жалынды жастармен жүздесті. Кездесу барысында оларға спортпен шұғылдану керектігін "
        "жеткізді.",
        [("reported", "Кездесу барысында оларға спортпен шұғылдану керектігін", "Қазығұрт ауданы әкімі")],
    ),
]


@pytest.mark.parametrize(("text", "quotes"), QUOTES)
def test_quotes(text, quotes):
    assert speakers(text) == quotes


DATES = [
    # a year may open days listed before their month: one range
    ("Іс-шара 2024 жылдың 10 мен 16 маусым аралығында өтті.", [("2024 жылдың 10 мен 16 маусым", "2024-06-10/2024-06-16")]),
    ("Олимпиада 2024 жылғы 5, 6 және 7 мамыр аралығында өтті.", [("2024 жылғы 5, 6 және 7 мамыр", "2024-05-05/2024-05-07")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "dates"), DATES)
def test_dates(text, dates):
    assert [(d.text, d.value) for d in analyze(text, published=None).dates] == dates


ROLES = [
    # a member of a creative union or a team, or of nothing named, holds no post
    ("Кітапты Қазақстан жазушылар одағының мүшесі Бауыржан Әліқожа жазды.", []),
    ("Оған Ахмет Байтұрсынов сияқты зиялы қауым өкілдері мүше болған.", []),
    # one of a kind or of a country's team is no representative's post
    ("Ресейдің тағы бір өкілі Валентина Гунина үшінші орынды иеленді.", []),
    # ... a member of a council keeps it
    (
        "Ұлттық сенім кеңесінің мүшесі Айгүл Орынбек жазба жариялады.",
        [("Айгүл Орынбек", "мүше", "Ұлттық сенім кеңесі")],
    ),
]


@pytest.mark.parametrize(("text", "roles"), ROLES)
def test_roles(text, roles):
    assert triples(analyze(text, published=None).roles) == roles


def test_latin_company():
    from derek.ner.rules_posts import latin_company

    tokens = ["Halyk", "Bank", "және", "Freedom", "Bank", "те", "Cергей", "Нестеров"]
    found = [(0, 2, "PERSON"), (3, 6, "PERSON"), (6, 8, "PERSON")]
    # a Latin C inside a Cyrillic name keeps the person
    assert latin_company(tokens, found) == [(0, 2, "ORGANISATION"), (3, 5, "ORGANISATION"), (6, 8, "PERSON")]
    assert latin_company(["Netflix"], [(0, 1, "PERSON")]) == [(0, 1, "ORGANISATION")]
    assert latin_company(["Асқар", "Бекет"], [(0, 2, "PERSON")]) == [(0, 2, "PERSON")]


def test_latin_company_in_text():
    doc = analyze("Бұдан басқа, Halyk Bank және Kaspi Bank қосымшаларын пайдаланушыларға мүмкіндік берілген.")
    assert [(e.text, e.label) for e in doc.entities if "Bank" in e.text] == [
        ("Halyk Bank", "ORGANISATION"),
        ("Kaspi Bank", "ORGANISATION"),
    ]


def test_person_digits():
    from derek.ner.rules_posts import person_digits

    tokens = ["Мөңкеұлы", "91", "/", "3", "2-3", "681-шақырымында", "Yutong"]
    assert person_digits(tokens, [(0, 3, "PERSON")]) == [(0, 1, "PERSON")]
    assert person_digits(tokens, [(4, 5, "PERSON")]) == []  # a number range alone is no one
    assert person_digits(tokens, [(5, 7, "PERSON")]) == [(6, 7, "PERSON")]
    assert person_digits(tokens, [(1, 2, "CARDINAL")]) == [(1, 2, "CARDINAL")]
