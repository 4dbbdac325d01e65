"""Session 34 rules, read from real Kazakh news pages (news-test331 … news-test346, never read before this session)
and counted over every read part (docs/facts.md "Session 34"): dates (a month typed with к for қ, ``қараша үй``, a
count after ``жылы —``) and speakers (a body's own site after a place name, an agency by its Cyrillic name before
the body it cites, a caption's speech that closes on a question). One line per case."""

from __future__ import annotations

import pytest
from quotes_shared import speakers

from derek import analyze

DATED = [
    # a month typed with a Latin-keyboard к for қ
    ("2011 жылдың 28 каңтарында заң қабылданды.", [("2011 жылдың 28 каңтарында", "2011-01-28")]),
    ("Бағасы акпанда өсті.", [("акпанда", "2024-02")]),
    # қараша үй 'a humble home' is no November; қарашада is
    ("Дағдарыстың дауылы қараша үйлердің түндігін желпілдетіп тұр.", []),
    # the January events (of 2022) named by their month; a month's first Sunday with алғашқы
    ("Қордан қаңтар оқиғасында зардап шеккендерге көмек берілді.", []),
    ("Домбыра күні шілденің алғашқы жексенбісінде аталып өтеді.", [("шілденің алғашқы жексенбісінде", "XXXX-07")]),
    ("Қарашада дауыл соқты.", [("Қарашада", "2023-11")]),
    # a count after each year (2010 жылы — 1123) is no year of a list; years listed before one year word are
    ("2010 жылы — 1123, 2011 жылы — 1150 құжат түсті.", [("2010 жылы", "2010"), ("2011 жылы", "2011")]),
    ("2011, 2012 жылы туған балалар", [("2011", "2011"), ("2012 жылы", "2012")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "dates"), DATED)
def test_dated(text, dates):
    assert [(d.text, d.value) for d in analyze(text, published="2024-05-20").dates] == dates


QUOTES = [
    # a body's own site after its credit: the body speaks, even when a place name opens it
    (
        "Биылғы шара өтіп жатыр, деп хабарлайды Астана әкімдігінің ресми сайты.",
        [("reported", "Биылғы шара өтіп жатыр", "Астана әкімдігі")],
    ),
    # an agency named in Cyrillic before the body it cites; alone it is a bare credit, no quote
    (
        "Биылғы шара өтіп жатыр, деп хабарлайды ҚазАқпарат БЖЗҚ баспасөз қызметіне сілтеме жасап.",
        [("reported", "Биылғы шара өтіп жатыр", "БЖЗҚ баспасөз қызметі")],
    ),
    ("Биылғы шара өтіп жатыр, деп хабарлайды ҚазАқпарат.", []),
    # a caption's speech that only closes on a question is still the captioned person's
    (
        "Әсемгүл Сайлыбаева, көпбалалы ана:\n– Алты баланы жалғыз өзім бағып жатырмын. Ал әкелердің кінәсі жоқ па?",
        [("direct", "Алты баланы жалғыз өзім бағып жатырмын. Ал әкелердің кінәсі жоқ па?", "Әсемгүл Сайлыбаева")],
    ),
    # a trade described in two or three words stands for the one person the article names before; a pronoun after
    # it takes that person too
    (
        "Қуаныш Алтынбеков баспасөз мәслихатында мәлім етті.\n«Орталықтарда тегін ем бар», – дейді еліміздің бас психиатры. Оның айтуынша, науқастар емделуге асықпайды.",
        [("direct", "Орталықтарда тегін ем бар", "Қуаныш Алтынбеков"), ("reported", "науқастар емделуге асықпайды", "Қуаныш Алтынбеков")],
    ),
    # ... not a medium or a body's leadership
    (
        "Қасым-Жомарт Тоқаев тәртіп орнатуды тапсырды.\n«Бұл мүмкін емес», – дейді жауапты басқарма басшылығы.",
        [("direct", "Бұл мүмкін емес", "жауапты басқарма басшылығы")],
    ),
    # a long caption (a name, a comma, a post of many words) and the dash answers after it
    (
        "Мұрат ТАЛДЫБАЕВ, Республикалық ХҚКО мемлекеттік кәсіпорнының Алматы қалалық филиалы Алатау ауданы бөлімі директорының орынбасары:\n– Елімізде 400-ден астам орталық бар.\n– Алатау ауданында 187 мыңға жуық халық тұрады.",
        [("direct", "Елімізде 400-ден астам орталық бар.", "Мұрат Талдыбаев"), ("direct", "Алатау ауданында 187 мыңға жуық халық тұрады.", "Мұрат Талдыбаев")],
    ),
    # a body's kind before a source cue, with its adjective
    (
        "Полиция мәліметінше, кейбір жүргізушілер жол ережесін бұзуды жалғастырып отыр.",
        [("reported", "кейбір жүргізушілер жол ережесін бұзуды жалғастырып отыр", "Полиция")],
    ),
    (
        "Мемлекеттік корпорация дерегіне сенсек, 2021 жылы қаңтарда 8181 адам емтихан тапсырды.",
        [("reported", "2021 жылы қаңтарда 8181 адам емтихан тапсырды", "Мемлекеттік корпорация")],
    ),
    # a title in quote marks before тақырыбында is no speech; nor is 'it is worth mentioning'
    ("Заңына — 14 жыл: «Ел арасындағы бірлік пен ынтымақты нығайтудағы медиацияның ықпалы» тақырыбында жиын өтті.", []),
    ("Бүгінде аймақта басылымдарға 53 мың адам жазылғанын айтып өткен жөн.", []),
    # a document noun is no speaker: the body cited as the source speaks, its initials without the hyphen
    (
        "Жаттығулар өтті, деп хабарлайды BAQ.KZ ТЖМ-ға сілтеме жасап.\nЖаттығулар мектептерде өткізілді, - делінген құжатта.",
        [("reported", "Жаттығулар өтті", "ТЖМ"), ("direct", "Жаттығулар мектептерде өткізілді", "ТЖМ")],
    ),
    # a bare post after the cue, then a setting closing the sentence: the post speaks (its holder, once named)
    ("«Бір адамға 100 келі жеткілікті», — деді вице-премьер БАҚ өкілдерінің сауалына орай.", [("direct", "Бір адамға 100 келі жеткілікті", "вице-премьер")]),
    ("«Қар жамылғысы жеткілікті», – деді вице-министр Сенаттың кулуарында берген сұхбатында.", [("direct", "Қар жамылғысы жеткілікті", "вице-министр")]),
    # a bare деп after «...» reports a pronoun's words: its antecedent speaks
    (
        "Ғабит Сыздықбеков жастармен кездесті. Ол «жастық шақта ел игілігі үшін аянбай еңбек ету керек» деп кеңес берді.",
        [("direct", "жастық шақта ел игілігі үшін аянбай еңбек ету керек", "Ғабит Сыздықбеков")],
    ),
    # speech with no verb, cut off at the page's end a paragraph after a speaker's quote: that speaker goes on
    (
        "«Бұл жұмыс қиын», – деді Ринат Зайытов.\nЖиынға жұрт көп келді.\n«Ең болмаса МӘМС-ті тоқтата тұру керек. Біз бұған дайын емеспіз.",
        [("direct", "Бұл жұмыс қиын", "Ринат Зайытов"), ("direct", "Ең болмаса МӘМС-ті тоқтата тұру керек. Біз бұған дайын емеспіз.", "Ринат Зайытов")],
    ),
    # ... a caption's question to the speaker is the interviewer's
    ("Марат ҚАБЫШЕВ, кинорежиссер:\n– Марат Әнуарұлы, бұл салаға қалай келдіңіз?", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "quotes"), QUOTES)
def test_quotes(text, quotes):
    assert speakers(text) == quotes


EVENTS = [
    # a festival's start is held, as a meeting's is; the start named as a noun is none
    ("Астанада VI халықаралық гастрономиялық «Astaufest-2025» фестивалі басталды.", [("held", "басталды")]),
    ("Әкім оларды шахмат фестивалінің басталуымен құттықтады.", []),
    # a reception of a person or an office is a meeting; receiving treatment, a doctor's or a public office's is not
    ("Таяуда Еңбек министрінің қабылдауында болған Мағира Жекебаева жасанды аяқ алды.", [("met", "қабылдауында")]),
    ("Осылайша 7000 зейнеткерді шипажайда сауықтыру емін қабылдауына жағдай жасалды.", []),
    ("Онсыз дәрігердің қабылдауына жолдама ала алмайсыз.", []),
    ("Жыл басынан бері Президент Әкімшілігінің қоғамдық қабылдауында 811 адам болды.", []),
    # a warning, a forecast, a video posted online is published, not announced; a state of emergency is announced
    ("Бүгін еліміздің 13 облысында дауылды ескерту жарияланды.", []),
    ("«Қазгидромет» РМК еліміздегі ауа сапасына қатысты болжамын жариялады.", []),
    ("Қызды автобус қағып кеткен видео әлеуметтік желіде жарияланды.", []),
    ("Шет ауданында жергілікті ауқымдағы төтенше жағдай жарияланды.", [("announced", "жарияланды")]),
    # an account, a score, rivers freed of ice open, but no place is opened; a station opening on a day is
    ("Облыс бойынша барлық өзендер ашылды.", []),
    ("Ойынның 32-минутында есеп ашылды.", []),
    ("Бірінші станциясы 9 шілде күні ашылады.", [("opened", "ашылады")]),
    # traffic routed or a crime run is organized, but no event; an event organized is one
    ("Жүк көліктерінің қозғалысы келесі бекеттер арқылы ұйымдастырылады.", []),
    ("Жасырын бизнесті ұйымдастырған 5 адам ұсталды.", []),
    # a contract drawn up is signed
    ("Биыл 4 шипажаймен келісім-шарт түзілді.", [("signed", "келісім-шарт түзілді")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "events"), EVENTS)
def test_events(text, events):
    assert [(e.type, e.trigger.text) for e in analyze(text, published="2025-09-30").events] == events
