"""Session 14 rules, read from real Kazakh news pages (news-test46, news-test47): dates (two-digit years,
this year's first months, 'before winter', 'N years before' as an adjective), quotes and speakers (an antecedent
that spoke in the genitive, the one person of a paragraph, a word of time after the speaker, a headline's titled
name before a colon, a dash paragraph signed by its speaker, an interview's person in the instrumental, an outlet's
name in Latin letters, a topic noun as no clause, Kazakhstan's own post abroad), and names (initials and a surname
before a body, places listed before a plural settlement noun). One line per case (docs/facts.md "Session 14")."""

from __future__ import annotations

import pytest
from quotes_shared import speakers, triples

from derek import analyze
from derek.ner.rules import place_list, surname_not_post
from derek.ner.rules_written import initial_surname

DATES = [
    # a day, month and year of two digits each (a dateline): this century's year up to 50
    ("24.06.24 сауда қорытындысы шықты.", "2024-06-24", [("24.06.24", "2024-06-24")]),
    ("Бұл 18.05.23 болды.", None, [("18.05.23", "2023-05-18")]),
    ("Нұсқа 1.2.3 шықты.", None, []),  # one-digit parts: a version, no date
    (
        "АЛМАТЫ. /KASE, 24.06.24/ – акциялар өсті. Осы күні 5 мәміле жасалды.",
        None,
        [("24.06.24", "2024-06-24"), ("Осы күні", "2024-06-24")],
    ),  # a dateline between slashes; осы күні takes the day named before in its paragraph
    (
        "Жиын 2024 жылғы 5 мамырда өтті. Бұл күні 5 адам марапатталды.",
        None,
        [("2024 жылғы 5 мамырда", "2024-05-05")],
    ),
    ("Дәл осы күн Конституция күні болып белгіленеді.", "2026-03-04", []),
    # this year's (or last year's) first months counted with a bare биыл/былтыр
    ("Биыл 6 айдың ішінде 500 адам келді.", "2021-07-12", [("Биыл 6 айдың", "2021-01/2021-06")]),
    ("Былтыр 9 айда 500 адам келді.", "2021-07-12", [("Былтыр 9 айда", "2020-01/2020-09")]),
    (
        "Биыл 9 ай бойы жұмыс істеді.",
        "2021-07-12",
        [("Биыл", "2021")],
    ),  # a span of time, not the first months
    # қысқа before дейін is the winter, not 'short'
    ("Жөндеу жұмыстарын қысқа дейін аяқтау тапсырылды.", "2020-07-10", [("қысқа", "2020-WI")]),
    # N years before, as an adjective: the year then
    ("Бір жыл бұрынғыдан 5 есе көп.", "2024-09-10", [("Бір жыл бұрынғыдан", "2023")]),
    ("Осыдан 30 жыл бұрынғы оқиға еске алынды.", None, [("Осыдан 30 жыл бұрынғы", "XXXX")]),
    ("Бұл көрсеткіш 2024 жылғыдан 3 есе көп.", None, [("2024 жылғыдан", "2024")]),
    # a month's last day (February's fitted to its year); its last days, plural, are the month
    (
        "Тамыз айының соңғы күнінде кеншілер күні тойланады.",
        None,
        [("Тамыз айының соңғы күнінде", "XXXX-08-31")],
    ),
    ("2023 жылғы ақпанның соңғы күні келді.", None, [("2023 жылғы ақпанның соңғы күні", "2023-02-28")]),
    ("Қаңтардың соңғы күндері суық болды.", "2024-01-20", [("Қаңтардың", "2024-01")]),
    # a decade of a century with an ordinal; ranges of decades and centuries, and to дейінгі
    ("ХХ ғасырдың 70-ші жылдарына дейін салынған.", None, [("ХХ ғасырдың 70-ші жылдарына", "197")]),
    (
        "Бұл кезеңге XVIII ғасырдың 70-інші жылдары мен XIX ғасырдың 60-ыншы жылдары аралығы сай келеді.",
        None,
        [("XVIII ғасырдың 70-інші жылдары мен XIX ғасырдың 60-ыншы жылдары аралығы", "177/186")],
    ),
    ("XIX ғасырдан XX ғасырға дейін көп өзгерді.", None, [("XIX ғасырдан XX ғасырға дейін", "18/19")]),
    (
        "1996 жылдан 2006 жылға дейінгі аралықта 5 нысан жөнделді.",
        None,
        [("1996 жылдан 2006 жылға дейінгі", "1996/2006")],
    ),
    # a feast's day defined over a hyphen, or after 'national holiday', recurs: no year
    ("25 қазан - Республика күні.", "2023-10-25", [("25 қазан", "XXXX-10-25")]),
    (
        "Заң аясында 25 қазан ұлттық мереке – Республика күні болып белгіленді.",
        "2023-10-25",
        [("25 қазан", "XXXX-10-25")],
    ),
    (
        "Жиын 5 мамыр - 12 мамыр күндері өтеді.",
        "2023-04-01",
        [("5 мамыр - 12 мамыр", "2023-05-05/2023-05-12")],
    ),
    # a day right after a count of years back is a day of that year
    (
        "Екі жыл бұрын 29 қыркүйекте Президент заңға қол қойды.",
        "2023-10-25",
        [("Екі жыл бұрын 29 қыркүйекте", "2021-09-29")],
    ),
    # a chronology's line opened by a bare year; a range stays a range
    (
        "Жеңімпаздар:\n2001 – «Әулие ата» (Өскеменде);\n2002 – «Құлагер» (Тараз);\n2001 – 2005 жылдары өтті.",
        None,
        [("2001", "2001"), ("2002", "2002"), ("2001 – 2005 жылдары", "2001/2005")],
    ),
    # жылына before an amount is a rate, no habit that makes a season generic; ай сайын still is
    (
        "Күзге дейін тоғандар ұлғайтылады, содан кейін қуаттылығы жылына 300 тоннаға жетеді.",
        "2024-07-01",
        [("Күзге", "2024-FA")],
    ),
    ("Қыста 300, ал жаз мезгілінде ай сайын 1000 турист келеді.", "2021-06-15", []),
    # the new school year said before August is the one to come; this year's new one is the current one
    ("Жаңа оқу жылынан бастап шәкіртақы артады.", "2022-05-24", [("Жаңа оқу жылынан", "2022/2023")]),
    ("Биылғы жаңа оқу жылынан бастап берілген.", "2021-06-10", [("Биылғы жаңа оқу жылынан", "2020/2021")]),
    # a part of the day and a clock's minutes need no case ending
    ("Оқыс жағдай таңғы 9.00 шамасында болды.", None, [("таңғы 9.00", "XXXX-XX-XXT09:00")]),
    ("Таңғы 10 шақырым жүгіру өтті.", None, []),
    # a month and айының before a bare day and күні, or a day of жұлдыз; days listed after a genitive month
    ("Сынақ қыркүйек айының 15 күні басталады.", "2019-09-10", [("қыркүйек айының 15", "2019-09-15")]),
    (
        "Өтінім желтоқсан айының 10- жұлдызына дейін қабылданады.",
        "2019-09-10",
        [("желтоқсан айының 10- жұлдызына", "2019-12-10")],
    ),
    (
        "Акция қараша айының 16, 17, 18-і күндері өтеді.",
        "2019-09-10",
        [("қараша айының 16, 17, 18-і күндері", "2019-11-16/2019-11-18")],
    ),
    # a quarter written with a hyphen; a season's beginning is the season
    ("LRT 2026 жылдың 1-тоқсанында іске қосылады.", None, [("2026 жылдың 1-тоқсанында", "2026-Q1")]),
    ("Күздің басында құрылыс басталады.", "2025-05-10", [("Күздің басында", "2025-FA")]),
    # a season 'since' that has not begun yet in the publication's year is last year's
    ("Күзден бері 5 адам зардап шекті.", "2024-01-20", [("Күзден", "2023-FA")]),
    ("Күзден бері 5 адам зардап шекті.", "2024-10-20", [("Күзден", "2024-FA")]),
]


@pytest.mark.parametrize("text, published, dates", DATES)
def test_dates(text, published, dates):
    assert [(d.text, d.value) for d in analyze(text, published=published).dates] == dates


QUOTES = [
    # a person who spoke in the genitive (айтуынша) is the antecedent of the next ол
    (
        "Бектенов жиында сөз сөйледі.\n"
        "Премьер-министрдің орынбасары Роман Склярдың айтуынша, қазіргі таңда Павлодар облысына жылу берілген.\n"
        '"1 қазанға дейін солтүстік өңірлерде де жұмыс басталады", - деді ол.',
        [
            ("reported", "қазіргі таңда Павлодар облысына жылу берілген", "Роман Скляр"),
            ("direct", "1 қазанға дейін солтүстік өңірлерде де жұмыс басталады", "Роман Скляр"),
        ],
    ),
    # the one person a paragraph names, in any case, when no nominative person is before ол
    (
        "Миялы ауылының тұрғыны Мейрамгүл Айдарбекованың жасы 84-те. Кейуана малын өзі бағады. "
        "«Ауылға табиғи газдың келуі тұрмысты жақсартады», – дейді ол.",
        [("direct", "Ауылға табиғи газдың келуі тұрмысты жақсартады", "Мейрамгүл Айдарбекова")],
    ),
    # a word of time after the speaker closes it: the setting is no part of the post
    (
        "ҚР Энергетика министрі Нұрлан Ноғаев ұсыныс берді.\n"
        "«Жылыту маусымы 15 қазаннан басталады», - деді министр бүгін Үкіметтің кеңейтілген отырысында.",
        [("direct", "Жылыту маусымы 15 қазаннан басталады", "Нұрлан Ноғаев")],
    ),
    # a headline: a few words of title, a person and a colon hand the rest of the line to that person
    (
        "Жазушы-журналист, сыншы Аян НЫСАНАЛИН: ӘДЕБИЕТ – МЕМЛЕКЕТТІҢ ИДЕОЛОГИЯСЫ\n\n"
        "Белгілі ақын Аян Нысаналин 80 жасқа толып отыр.",
        [("direct", "ӘДЕБИЕТ – МЕМЛЕКЕТТІҢ ИДЕОЛОГИЯСЫ", "Аян Нысаналин")],
    ),
    # a dash paragraph closed by a dash and its speaker, no verb
    (
        "Құрылтайға мыңға жуық адам қатысуда.\n"
        "– Біз Қазақстаннан тыс жерде тұрамыз. Салт-дәстүрімізді сақтауымыз керек, – Австриядағы қазақ "
        "диаспорасы қауымдастығының төрағасы Ертұғрул Шолпан.",
        [
            (
                "direct",
                "Біз Қазақстаннан тыс жерде тұрамыз. Салт-дәстүрімізді сақтауымыз керек",
                "Ертұғрул Шолпан",
            )
        ],
    ),
    # an excerpt cut in an interview: the person talked with (instrumental) answers
    (
        "Астанаға барған сапарымызда Ұлттық архивтің директоры Сағила Нұрлановамен әңгімелесудің реті түскен еді.\n"
        "– Бізге барлық маңызды құжаттарды сақтау миссиясы жүктелген. Архив ұлттың жылнамасын жинайды.",
        [
            (
                "direct",
                "Бізге барлық маңызды құжаттарды сақтау миссиясы жүктелген. Архив ұлттың жылнамасын жинайды.",
                "Сағила Нұрланова",
            )
        ],
    ),
    # an interviewer's question is the outlet's voice, no quote; the answer is the interviewee's
    (
        "Сұрақтарға депутат Ерболат Байұзақұлы жауап берді.\n– Ерболат мырза, мандат алғаныңызға бір жыл болды."
        " Не тындырдыңыз?\n– Иә, бір жыл толды. Осы уақыт аралығында он беске жуық заң жобасын қарадық.",
        [
            (
                "direct",
                "Иә, бір жыл толды. Осы уақыт аралығында он беске жуық заң жобасын қарадық.",
                "Ерболат Байұзақұлы",
            )
        ],
    ),
    # a statement in the locative owned by a body in the genitive after делінген: the body speaks
    (
        "«Жалақы бойынша 2 287 ұйғарым беріліп, айыппұл салынды», - делінген Еңбек министрлігінің хабарламасында.",
        [("direct", "Жалақы бойынша 2 287 ұйғарым беріліп, айыппұл салынды", "Еңбек министрлігі")],
    ),
    # 'the speaker' points back to the last person named in the nominative when no quote came before
    (
        "Бұл туралы вице-министр Ерлан Әукенов мәлім етті.\n"
        '"Жәрдемақы мөлшері 37%-ға дейін ұлғайтылады", – деді спикер.',
        [("direct", "Жәрдемақы мөлшері 37%-ға дейін ұлғайтылады", "Ерлан Әукенов")],
    ),
    # a post in the possessive (Президенті) is the office its holder holds
    (
        "Бұл туралы Мемлекет басшысы Қасым-Жомарт Тоқаев айтты.\n\n"
        "ҚР Президенті қолдау колледж студенттеріне де көрсетілетіндігін айтты.",
        [("reported", "қолдау колледж студенттеріне де көрсетілетіндігін", "Қасым-Жомарт Тоқаев")],
    ),
    # a question addressing someone by first name (and a polite word) hands the answer to the person the
    # article names so; a polite request to tell asks as a question does; a plain paragraph may answer
    (
        "Зейнолла Самашевпен сұхбаттастық.\n– Зейнолла аға, қорған туралы қысқаша айтып берсеңіз...\n"
        "– Қорған ауданның орталығынан 90 шақырым жерде орналасқан.",
        [("direct", "Қорған ауданның орталығынан 90 шақырым жерде орналасқан.", "Зейнолла Самашев")],
    ),
    (
        "Штаб жетекшісі Әмина Жәрдемқызы көмек туралы айтты.\n\n– Әмина Жәрдемқызы, жағдай қалай?\n\n"
        "Республиканың түкпір-түкпірінен көмек келіп жатыр.",
        [("direct", "Республиканың түкпір-түкпірінен көмек келіп жатыр.", "Әмина Жәрдемқызы")],
    ),
    # a headline closed by a dash and a surname alone, or a body's name the model tagged, is a quote
    (
        "Қазақстанмен жүргізілген келіссөздер ынтымақтастығымызды кеңейтетініне сенемін – Мирзиёев\n\nМәтін.",
        [
            (
                "direct",
                "Қазақстанмен жүргізілген келіссөздер ынтымақтастығымызды кеңейтетініне сенемін",
                "Мирзиёев",
            )
        ],
    ),
    (
        "Тұмау бәсеңдеп, ауру көрсеткіші төмендеуде – Денсаулық сақтау министрлігі\n"
        "Денсаулық сақтау министрі Ақмарал Әлназарова айтып берді.",
        [("direct", "Тұмау бәсеңдеп, ауру көрсеткіші төмендеуде", "Денсаулық сақтау министрлігі")],
    ),
    # екен in the plural closes reported content
    ("Полиция шарасыз екендіктерін айтты.", [("reported", "шарасыз", "Полиция")]),
    # an outlet's name in Latin letters (a digit may lead) after деп хабарлайды is a credit, no speech
    ("Балқаш ауданындағы үш ауылға табиғи газ берілді, деп хабарлайды 24KZ.", []),
    # a topic noun with a complement's ending is no clause
    ("Жоба менеджері Ардақ Молданязова бұл іс-шараның маңыздылығын атап өтті.", []),
    # Kazakhstan's ambassador in a foreign country is no foreign holder of the post
    (
        "Бельгиядағы Қазақстан елшісі Роман Василенко келді.\n"
        "– Орталық құру – маңызды қадам, - деп атап өтті елші.",
        [("direct", "Орталық құру – маңызды қадам", "Роман Василенко")],
    ),
]


@pytest.mark.parametrize("text, quotes", QUOTES)
def test_quotes(text, quotes):
    assert speakers(text) == quotes


ROLES = [
    # a post in brackets after a name; a body's name in quote marks before its genitive kind
    (
        "Жиынға Жанат Жаңқашұлы (Аймақтық «Арқа ақшамы» газетінің бас редакторы) қатысты.",
        [("Жанат Жаңқашұлы", "бас редактор", "Аймақтық «Арқа ақшамы» газеті")],
    ),
    (
        "Шараға «Қазақстан Халық банкі» АҚ Железин басқармасының бастығы А.К.Ашимжанова қатысты.",
        [("А.К.Ашимжанова", "бастық", "«Қазақстан Халық банкі» АҚ Железин басқармасы")],
    ),
    # a name, its body in quote marks and its post: alone on a line (a caption) or after a comma
    (
        "Тарихи нысандарды қалпына келтіру оңай емес\nҚанат Тұяқбаев «Қазқайтажаңғырту» РМК Бас директоры\n",
        [("Қанат Тұяқбаев", "Бас директор", "«Қазқайтажаңғырту» РМК")],
    ),
    (
        "Асқар Мамин, «Қазақтелеком» АҚ бас директоры:\n– Жұмыс жақсы.",
        [("Асқар Мамин", "бас директор", "«Қазақтелеком» АҚ")],
    ),
]


@pytest.mark.parametrize("text, roles", ROLES)
def test_roles(text, roles):
    assert triples(analyze(text).roles) == roles


EVENTS = [
    # at or with an opening is a ceremony's mention, no opened event; a road's opening stays one
    ("Әкім ауылдықтарды жаңа спорт нысанының ашылуымен құттықтады.", []),
    ("Мемлекет басшысы кеңестің отырысының ашылуында сөз сөйледі.", []),
    ("Осы жолдың ашылуы ауыл тұрғындарын қуантты.", [("opened", "ашылуы")]),
    # going to an institute, a complex, a mausoleum, a depot is a visit; members are visitors
    (
        "Елбасы әуежайдан бірден фитохимия институты мен фармацевтикалық кешенге барды.",
        [("visited", "барды")],
    ),
    ("Олжас Бектенов Қожа Ахмет Яссауи кесенесіне барды.", [("visited", "барды")]),
    ("Коалиция мүшелері алдымен Қандыағаш пайдалану вагон депосына барды.", [("visited", "барды")]),
    # touring sites is a visit, as the news annotators read it, and so is the tour named back; not door to door
    ("Өңір басшысы бірқатар әлеуметтік маңызы бар нысандарды аралады.", [("visited", "аралады")]),
    ("Аралау барысында қала әкімі тапсырма берді.", [("visited", "Аралау")]),
    ("Учаскелік полицейлер үй-үйді аралап, халықпен танысты.", []),
]


@pytest.mark.parametrize("text, events", EVENTS)
def test_events(text, events):
    assert [(e.type, e.trigger.text) for e in analyze(text).events] == events


NAMES = [
    # initials and a surname before a capitalized body are the person; the body stays after it
    (
        "деді Е. Сәрсембаев Парламент Мәжілісінде".split(),
        [(1, 5, "ORGANISATION")],
        [(1, 3, "PERSON"), (3, 5, "ORGANISATION")],
    ),
    # ... not before what is named after the person
    (
        "Ш. Уәлиханов атындағы институт".split(),
        [(0, 4, "ORGANISATION")],
        [(0, 4, "ORGANISATION")],
    ),
]


@pytest.mark.parametrize("tokens, found, fixed", NAMES)
def test_initials_before_a_body(tokens, found, fixed):
    assert initial_surname(tokens, found) == fixed


POSTS = [
    # a POSITION opening with a bare surname and holding no post word is the person alone
    (
        "Смайылов Дүниежүзілік банкпен серіктестік инклюзивті дамуға қол жеткізу үшін".split(),
        [(0, 9, "POSITION")],
        [(0, 1, "PERSON")],
    ),
    ("Тұңғыш Президентіміз".split(), [(0, 2, "POSITION")], [(0, 2, "POSITION")]),
]


@pytest.mark.parametrize("tokens, found, fixed", POSTS)
def test_surname_opening_no_post(tokens, found, fixed):
    assert surname_not_post(tokens, found) == fixed


PLACES = [
    # names listed before a plural settlement noun are each a place, whatever the model made of them
    (
        "Ақмола , Батыс Қазақстан , Абай және Ұлытау облыстарының әкімдеріне".split(),
        [(0, 1, "GPE"), (2, 4, "GPE"), (5, 6, "PERSON"), (7, 10, "EVENT")],
        [(0, 1, "GPE"), (2, 4, "GPE"), (5, 6, "GPE"), (7, 8, "GPE")],
    ),
    # one name is no list
    ("Абай облыстарының".split(), [(0, 1, "PERSON")], [(0, 1, "PERSON")]),
]


@pytest.mark.parametrize("tokens, found, fixed", PLACES)
def test_places_listed_before_a_plural_settlement_noun(tokens, found, fixed):
    assert place_list(tokens, found) == fixed
