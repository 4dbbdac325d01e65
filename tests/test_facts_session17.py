"""Session 17 rules, read from real Kazakh news pages (news-test86 … news-test98, ten parts): dates (a range 'from
... on, to', a range over the new year, a year's first or last half, a century's span of decades or its half and a
later century, a year in жылғы before its days, a year-less day after a year named in its sentence, a season's
мезгілінде), quotes and speakers (a post owning a person's possession is no subject, a document of his is his words,
a plural noun after a post is no name, a participle clause in a case is no modifier of the subject, a dash
paragraph's short last sentence, a genitive owner past a setting, posts that point back, a colleague, a holder, a
converb clause with отырып, no group head inside a name, a body named with a verbal noun, деген, captions, a page
cut before the closing mark, a first-person verb after деп), posts (a post, лауазымына and a name), names (a PERSON
ends at its genitive word, a post and a name that NER read as another label). One line per case (docs/facts.md
"Session 17")."""

from __future__ import annotations

import pytest
from quotes_shared import speakers, triples

from derek import analyze

DATES = [
    # 'from ... on, to': бастап between the ends
    (
        "Аңшылық 7 қыркүйектен бастап 30 қарашаға дейін ашық.",
        None,
        [("7 қыркүйектен бастап 30 қарашаға дейін", "XXXX-09-07/XXXX-11-30")],
    ),
    # a year-less end before the start falls in the next year
    (
        "Аңшылық 1 қарашадан 31 қаңтарға дейін ашық.",
        "2022-08-01",
        [("1 қарашадан 31 қаңтарға дейін", "2022-11-01/2023-01-31")],
    ),
    (
        "Аңшылық 1 қарашадан 31 қаңтарға дейін ашық.",
        None,
        [("1 қарашадан 31 қаңтарға дейін", "XXXX-11-01/XXXX-01-31")],
    ),
    # a year's first (алғашқы) or last (соңғы) half; a match's half is none
    (
        "2025 жылдың алғашқы жартысында 5 мың адам тіркелді.",
        None,
        [("2025 жылдың алғашқы жартысында", "2025-H1")],
    ),
    ("2024 жылдың соңғы жартысында 3 мың болған.", None, [("2024 жылдың соңғы жартысында", "2024-H2")]),
    ("Матчтың алғашқы жартысында гол соғылды.", None, []),
    # a century's span of decades or years is one range; a century alone stays itself
    (
        "Жиырмасыншы ғасырдың 20-50 жылдарындағы қуғын.",
        None,
        [("Жиырмасыншы ғасырдың 20-50 жылдарындағы", "192/195")],
    ),
    ("XVIII ғасырдың 20-30 жылдары соғыс болды.", None, [("XVIII ғасырдың 20-30 жылдары", "172/173")]),
    ("ХХ ғасырдың 1920-1950 жылдары қуғын болды.", None, [("ХХ ғасырдың 1920-1950 жылдары", "1920/1950")]),
    ("XX ғасыр 20-50 жылдары", None, [("XX ғасыр", "19"), ("20-50 жылдары", "192/195")]),
    # a year-less day after a date naming its year in the same sentence, in a dated text too
    (
        "ITIA 14 наурыз 2024 жылы хабарлама жіберіп, 16 наурыздан бастап уақытша шеттетті.",
        "2025-08-20",
        [("14 наурыз 2024 жылы", "2024-03-14"), ("16 наурыздан", "2024-03-16")],
    ),
    # a century's half, a dash and a later century are one range; with мен they stay two
    (
        "Бұл XVIII ғасырдың екінші жартысы - XX ғасырдың ортасы аралығындағы кезең.",
        None,
        [("XVIII ғасырдың екінші жартысы - XX ғасырдың ортасы", "17/19")],
    ),
    (
        "ХІХ ғасырдың екінші жартысы мен ХХ ғасырдың басында",
        None,
        [("ХІХ ғасырдың", "18"), ("ХХ ғасырдың", "19")],
    ),
    # a year in жылғы before days of it is one date with them (session 27: days joined by және are days each)
    (
        "2013 жылғы 3 мен 4 мамыр аралығында өтті.",
        "2025-06-01",
        [("2013 жылғы 3 мен 4 мамыр", "2013-05-03/2013-05-04")],
    ),
    (
        "2013 жылғы 3 және 4 мамыр күндері өтті.",
        "2025-06-01",
        [("2013 жылғы 3", "2013-05-03"), ("4 мамыр", "2013-05-04")],
    ),
    # a season's мезгілінде 'in the season'; not мезгіліне 'for the season'
    ("Жаз мезгілінде жедел жәрдем көліктерінің саны артты.", "2024-08-01", [("Жаз мезгілінде", "2024-SU")]),
    ("Жол мекемелерінің қыс мезгіліне дайындығын тексереді.", "2024-08-01", []),
]


@pytest.mark.parametrize(("text", "published", "dates"), DATES)
def test_dates(text, published, dates):
    assert [(d.text, d.value) for d in analyze(text, published=published).dates] == dates


QUOTES = [
    # a post before a person in the genitive owns something, no speaker; the subject is missing here
    (
        "Жұмысшылармен кездескен халық қалаулысы өңірде Елбасы Нұрсұлтан Назарбаевтың Жасыл экономика саясаты өз "
        "деңгейінде жүріп жатыр деп атап өтті.",
        [
            (
                "reported",
                "Жұмысшылармен кездескен халық қалаулысы өңірде Елбасы Нұрсұлтан Назарбаевтың Жасыл экономика "
                "саясаты өз деңгейінде жүріп жатыр",
                None,
            )
        ],
    ),
    # ... his decree is his words
    (
        "Тоқаев жарлыққа қол қойды.\n\n“Конституцияның 59-бабына сәйкес қаулы етемін”, – делінген мемлекет басшысы "
        "Қасым-Жомарт Тоқаевтың жарлығында.",
        [("direct", "Конституцияның 59-бабына сәйкес қаулы етемін", "Қасым-Жомарт Тоқаев")],
    ),
    # a plural common noun after a post is no name of its holder
    (
        "Мемлекет басшысы Көшпенділер ойындарының әлемдегі ең ірі жарыс екенін атап өте келе оны жоғары деңгейде "
        "өткізу қажеттігін еске салды.",
        [
            (
                "reported",
                "Көшпенділер ойындарының әлемдегі ең ірі жарыс екенін атап өте келе оны жоғары деңгейде өткізу "
                "қажеттігін",
                "Мемлекет басшысы",
            )
        ],
    ),
    # a participle clause with a noun in a case ('in the city') does not make the name its subject
    (
        "Ерлан Жәпішов қалада болған жер сілкінісін қатты сезгенін айтты.",
        [("reported", "қалада болған жер сілкінісін қатты сезгенін", "Ерлан Жәпішов")],
    ),
    # a dash paragraph's short last sentence closes the whole paragraph's speech
    (
        "Ол мектепке барды.\n\n– Қыс кезінде осындай орын көп болса, тиімді. Мектепте түнедік, – деді қала тұрғыны "
        "Ерлан Жәпішов.",
        [("direct", "Қыс кезінде осындай орын көп болса, тиімді. Мектепте түнедік", "Ерлан Жәпішов")],
    ),
    # a person in the genitive past a setting owns the cue
    (
        "Орталықтың директоры Арман Байдеуовтің өңірлік коммуникациялар қызметі алаңында өткен брифингте мәлім "
        "еткеніндей, мұндай аурулармен сырқаттанушылық жоғары.",
        [("reported", "мұндай аурулармен сырқаттанушылық жоғары", "Арман Байдеуов")],
    ),
    # сенатор, басшы and халық қалаулысы point back to the person named before
    (
        "Комитет хатшысы Ерік Сұлтанов отырыста салаға көңіл бөлу керек екенін атап өтті. Сенатор сондай-ақ оның "
        "әлеуеті жоғары екенін жеткізді.",
        [
            ("reported", "отырыста салаға көңіл бөлу керек", "Ерік Сұлтанов"),
            ("reported", "оның әлеуеті жоғары", "Ерік Сұлтанов"),
        ],
    ),
    (
        "Орталық директоры Мәлік Әденов брифинг өткізді. Орталық басшының сөзіне сенсек, балалар арасында өлім "
        "тіркелмеген.",
        [("reported", "балалар арасында өлім тіркелмеген", "Мәлік Әденов")],
    ),
    # a colleague (әріптесі) is the person named just before
    (
        "Дәрігер Дәурен Нұрсапа оқиғаны өз парақшасында жазды.\n\n«Кеше жігіттерге бардық. Естерін жиыпты», – деді "
        "әріптесі.",
        [("direct", "Кеше жігіттерге бардық. Естерін жиыпты", "Дәурен Нұрсапа")],
    ),
    # the subject after a converb clause with отырып
    (
        "Ішкі істер министрі Ержан Саденовтың ұсынысын түсіндіре отырып, Қожаев кәсіпкерлердің заң шеңберінде "
        "жұмыс істеуі қажет екенін атап өтті.",
        [("reported", "кәсіпкерлердің заң шеңберінде жұмыс істеуі қажет", "Қожаев")],
    ),
    # no group head inside a name (Жастар қанаты), the plural after it heads the group
    (
        "Сондай-ақ, Жастар қанатының өкілдері жастардың тарапынан белсенділік танытылуда дейді.",
        [("reported", "жастардың тарапынан белсенділік танытылуда", "Жастар қанатының өкілдері")],
    ),
    # a body named with a verbal noun in -у (денсаулық сақтау министрлігі) speaks between деп and the verb
    (
        "Науқастардың саны 13,9 пайызға азайды, деп денсаулық сақтау министрлігі хабарлайды.",
        [("reported", "Науқастардың саны 13,9 пайызға азайды", "денсаулық сақтау министрлігі")],
    ),
    # a person described as a holder (иесі) is the person named just before
    (
        "Басты рөлді сомдаған театрдың жас актері Нұрсұлтан Қалқабек образды жеткізуге тырысқан. Сахна иесінің "
        "пікірінше, қойылым балаларға шынайы болып шықты.",
        [("reported", "қойылым балаларға шынайы болып шықты", "Нұрсұлтан Қалқабек")],
    ),
    # деп, words, a first-person verb: no subject stands between
    (
        "Мемлекет басшысы бастама көтерді.\n— Мен барлық мәселе халықтың келісімімен ғана шешіледі деп бұған дейін "
        "бірнеше рет айттым.",
        [
            (
                "direct",
                "Мен барлық мәселе халықтың келісімімен ғана шешіледі деп бұған дейін бірнеше рет айттым.",
                "Мемлекет басшысы",
            )
        ],
    ),
    # «...», - деген + the one who said it
    (
        "«Біз жаңа жоба бастадық. Бұл стратегиялық мақсат», - деген Асхат Өзбеков жұмыс жалғасатынын айтты.",
        [
            ("direct", "Біз жаңа жоба бастадық. Бұл стратегиялық мақсат", "Асхат Өзбеков"),
            ("reported", "жұмыс жалғасатынын", "Асхат Өзбеков"),
        ],
    ),
    (
        "«Екі балам кісінің қолынан қаза тапты. Алты баладан көз жаздым», - деген қарияның сөздері есімде.",
        [("direct", "Екі балам кісінің қолынан қаза тапты. Алты баладан көз жаздым", "қария")],
    ),
    ("«Ауылға жол салу керек» деген бағдарлама басталды.", []),
    # a TV caption whose name NER missed, its title closed by a post word
    (
        "Алматыда шара өтті.\nАбубакир Войнце, «Қазақстан дүнгендері қоғамы» ҚБ төрағасы:\nШыны керек, біздің "
        "салт-дәстүріміз қазақтың салтымен біте қайнасып кеткен.",
        [
            (
                "direct",
                "Шыны керек, біздің салт-дәстүріміз қазақтың салтымен біте қайнасып кеткен.",
                "Абубакир Войнце",
            )
        ],
    ),
    # a « that nothing closes up to the end of a cut page: the speech of the person before
    (
        "Облыс әкімі Алик Айдарбаев жиналғандарды құттықтады. «Биылғы жыл Қазақстан халқы үшін аса маңызды жылдың "
        "бірі болды. Біз көп жұмыс атқардық.",
        [
            (
                "direct",
                "Биылғы жыл Қазақстан халқы үшін аса маңызды жылдың бірі болды. Біз көп жұмыс атқардық",
                "Алик Айдарбаев",
            )
        ],
    ),
    ("Облыс әкімі жиналғандарды құттықтады. «Биылғы жыл маңызды болды.", []),
]


@pytest.mark.parametrize(("text", "quotes"), QUOTES)
def test_quotes(text, quotes):
    assert speakers(text) == quotes


ROLES = [
    # the post, лауазымына 'to the post of', the name, the appointing verb
    (
        "Мәслихаттың келісімімен Жаңақала ауданының әкімі лауазымына Дархан Закарин тағайындалды.",
        [("Дархан Закарин", "әкім", "Жаңақала ауданы")],
    ),
    ("Жоғарғы Сот төрағасы лауазымына Асламбек Мерғалиевтің кандидатурасы ұсынылды.", []),
]


@pytest.mark.parametrize(("text", "roles"), ROLES)
def test_roles(text, roles):
    assert triples(analyze(text).roles) == roles


EVENTS = [
    # 'turned the horse's head to', 'set foot in' a place in the dative: a visit
    ("Облыс әкімі Ақтоғай ауданына ат басын бұрды.", [("visited", "ат басын бұрды")]),
    ("Ресейлік бір топ журналист Тараз шаһарына табан тіреді.", [("visited", "табан тіреді")]),
    ("Үшінші орынға 31 000 ұпаймен Карен Асланян табан тіреді.", []),
]


@pytest.mark.parametrize(("text", "events"), EVENTS)
def test_events(text, events):
    assert [(e.type, e.trigger.text) for e in analyze(text, published="2025-05-01").events] == events


ENTITIES = [
    # a PERSON ends at its genitive word
    (
        "Елбасы Нұрсұлтан Назарбаевтың Жасыл экономика саясаты жүріп жатыр.",
        [("Елбасы", "POSITION"), ("Нұрсұлтан Назарбаевтың", "PERSON")],
    ),
    # a post and a name that NER read as another label are a POSITION and a PERSON
    (
        "АСТАНА. KAZINFORM — Сенатор Ғалиасқар Сарыбаев ойын автоматтарының көбейіп жатқанын айтты.",
        [
            ("АСТАНА", "GPE"),
            ("KAZINFORM", "ORGANISATION"),
            ("Сенатор", "POSITION"),
            ("Ғалиасқар Сарыбаев", "PERSON"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "entities"), ENTITIES)
def test_entities(text, entities):
    assert [(e.text, e.label) for e in analyze(text).entities] == entities
