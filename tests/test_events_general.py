"""Events after dev17: grammar that makes a trigger report no event (negation, habit, figurative opening, time
spent, 'paid', 'the past'), each with the positive case it must leave alone."""

from __future__ import annotations

import datetime as dt

import pytest
from facts_article import analyze_with
from hypothesis import given, settings
from hypothesis import strategies as st

from derek.doc import Sentence
from derek.facts.events import find_events
from derek.facts.mentions import fallback_entities

P, POS, GPE = "PERSON", "POSITION", "GPE"
PUB = dt.date(2021, 6, 15)

# [text, entity marks, [(type, trigger text)]]: one line per rule, the positive twin beside the negative one
CASES = [
    # a negative verb (not -мақ/-пек, an intention)
    ["Мұндай өлеңдер қазақ поэзиясында кездеспейді.", [], []],
    ["Жапон әскерлері ешқандай соғыс жарияламастан басып кірді.", [], []],
    ["Президент ертең Премьер-министрмен кездеспекші.", [(POS, "Президент")], [("met", "кездеспекші")]],
    # емес after a participle negates it
    ["Түрлі бас қосулар мен мереке тойлар сайысынсыз өткен емес.", [], []],
    ["Мереке тойлар ат сайысымен өткен.", [], [("held", "өткен")]],
    # a participle after a year names a gathering or contest (data/event_triggers.EVENT_NOUNS); an ordinal is no count
    ["1924 жылы өткен Олимпиада ойындарында ол екінші орын алды.", [], [("held", "өткен")]],
    ["1917 жылы өткен екінші жалпықазақ съезінде Алаш партиясы құрылды.", [], [("held", "өткен")]],
    ["Тоқаевпен өткен тоғыз ай ішінде көп іс тындырылды.", [], []],
    # a participle ending its clause (or before болатын/еді/екен) is a finite past: held after an event noun
    ["Торғай облыстық қазақ съезі 1917 жылы өткен.", [], [("held", "өткен")]],
    ["Съез 1920 жылы өткен болатын.", [], [("held", "өткен")]],
    ["Содан бері 1920 жылы өткен.", [], []],
    # өтетін еді 'used to (be held)' is a habit of the past; өтетін болады 'will be held' is an event
    ["Сонда ғана өнімдер барлығы өтетін еді.", [], []],
    ["Сайлау әділ әрі ашық өтетін болады.", [], [("held", "өтетін")]],
    # a verb form of кездес- with no one to meet is 'occur, be found'; a partner, a person or a progressive keeps it
    ["Бұл атау көне түркі жазбаларында кездескен.", [], []],
    ["Мұндай құбылыс табиғатта сирек кездесті.", [], []],
    ["Абай Михаэлиспен Семейде кездесіп, орыс әдебиетімен танысты.", [(P, "Абай")], [("met", "кездесіп")]],
    ["Бүгін енді кездесіп отырғаннан кейін еске түсірмесе болмайды.", [], [("met", "кездесіп")]],
    # the speaker's wish (-ғым/-гім ... келеді) ending the sentence: the trigger is wished, not reported
    ["Кездесуімді жеңіспен аяқтап, команданы алға жетелегім келеді.", [], []],
    ["Шеберхананы ашқан себебіміз қазір ешкім ағашпен жұмыс істегісі келмейді.", [], [("opened", "ашқан")]],
    # a habit or duration after a converb; the progressive and a motion verb + келді stay events
    ["Ғылыми конференциялар жыл сайын өткізіліп тұрады.", [], []],
    ["Оның мақалалары үзбей жарияланып тұрады.", [], []],
    ["Қазақстанда 1945 жылдан көрмелер ұйымдастырылып келеді.", [], [("organized", "ұйымдастырылып")]],
    ["Бұл күн кеңінен аталып өтіп жүр.", [], []],
    ["Қазір осындай керемет іс-шара өтіп жатыр.", [], [("held", "өтіп")]],
    ["Президент Алматыға барып келді.", [(POS, "Президент"), (GPE, "Алматыға")], [("visited", "барып")]],
    # an adverb of frequency
    ["Басылымдарда оның өлеңдері жиі жарияланды.", [], []],
    ["Оның өлеңдері газетте жарияланды.", [], [("announced", "жарияланды")]],
    # a treaty concluded is signed
    ["1879 жылы Германия Австриямен өзара одақтасу туралы шарт жасасты.", [], [("signed", "шарт жасасты")]],
    ["Екі ел ешқашан келісім жасаспады.", [], []],
    # a motion verb followed by a verb of living or working is a move; a round trip is a visit with no visitor named
    [
        "Бақытжан Жүнісбеков Тараздан Қарағандыға барып, көпір құрылысында еңбек етіпті.",
        [(P, "Бақытжан Жүнісбеков"), (GPE, "Қарағандыға")],
        [],
    ],
    [
        "Байтұрсынұлы 1910 жылы Орынборға келіп, 1917 жылға дейін сонда тұрды.",
        [(P, "Байтұрсынұлы"), (GPE, "Орынборға")],
        [],
    ],
    [
        "Байтұрсынұлы 1910 жылы Орынборға келіп, губернатормен кездесті.",
        [(P, "Байтұрсынұлы"), (GPE, "Орынборға")],
        [("visited", "келіп"), ("met", "кездесті")],
    ],
    ["1906 жылы Петербургке барып қайтады.", [(GPE, "Петербургке")], [("visited", "барып")]],
    ["Әріптесіміз кеше барып қайтты.", [], []],
    ["Әуезов 1925 жылы Ленинградқа барып, оқуын жалғастырды.", [(P, "Әуезов"), (GPE, "Ленинградқа")], []],
    # болды/болып right after a named place in the locative, with a visitor, is a visit; not a group, not a compound
    [
        "АҚШ Мемлекеттік хатшысы Майк Помпео бүгін Украинада болды.",
        [(POS, "АҚШ Мемлекеттік хатшысы"), (P, "Майк Помпео"), (GPE, "Украинада")],
        [("visited", "болды")],
    ],
    ["Бүгін солардың 1 тобы Астанада болды.", [(GPE, "Астанада")], []],
    [
        "Президент Ақордада болып өткен кездесуде сөйледі.",
        [(POS, "Президент"), (GPE, "Ақордада")],
        [("met", "кездесуде")],
    ],
    [
        "Отбасы күнінде өртсөндірушілер әулетінде болып қайтқан әріптесім Шыңғыс Қали сөз алады.",
        [(P, "Шыңғыс Қали")],
        [("visited", "болып қайтқан")],
    ],
    ["Ай сайын 1000 турист елордамызда болып қайтады.", [], []],
    # a definition (a term, a dash, a generic copula at the end, no date) names kinds; a dated one or a news dash stays
    ["Ерікті түрде көшу - өз еркімен және мемлекет ұйымдастырған жағдайда болады.", [], []],
    [
        "Үштік одақ — 1882 жылы Римде қол қойылған шартпен құрылған одақ болып табылады.",
        [],
        [("signed", "қол қойылған")],
    ],
    [
        "Бұл — Тоқаев пен Иран Президентінің алғашқы екіжақты кездесуі.",
        [(P, "Тоқаев")],
        [("met", "кездесуі")],
    ],
    # a figurative opening; a road's opening stays one
    ["Конференцияның арқасында көп мәселенің басы ашылды.", [], []],
    ["Жайбарақат тіршіліктің беті ашылады.", [], []],
    ["Ақын мұрасының қадір-қасиеттері ашылған.", [], []],
    ["Ауылшаруашылық саласында жаңа мүмкіндіктер ашылды.", [], []],
    ["Осы жолдың ашылуы ауыл тұрғындарын қуантты.", [], [("opened", "ашылуы")]],
    # аштық 'famine' is no opening; ашты 'opened' is
    ["1921 жылы жаз егінсіз болып, аштық орнады.", [], []],
    ["Университет оқушыларға жазғы білім беру лагерін ашты.", [], [("opened", "ашты")]],
    # the active ашты opens a listed object only: ядроны ашты 'discovered the nucleus'
    ["Роберт Броун жасуша протоплазмасының тұрақты бөлігі - ядроны ашты.", [(P, "Роберт Броун")], []],
    ["Олар шаштараз, дүкен сияқты әлеуметтік нысандар ашқан.", [], [("opened", "ашқан")]],
    # жарияланым 'publication' is a noun
    ["Ғылыми жарияланымдардың көптеген түрлері бар.", [], []],
    # a span of life passing; an event about a life is held
    ["Шоқанның балалық шағы жазда ата жайлауда өткен.", [], []],
    ["Балалық шағы соғыспен қатар өткендіктен, ақын ерте есейді.", [], []],
    ["Оның өмірі туралы конференция Алматыда өтті.", [(GPE, "Алматыда")], [("held", "өтті")]],
    # an aorist өтеді with no event noun, date or entity is a process; with a date it is held
    ["Сөйтіп сульфидтердің балқуы сұйық шлак ішінде өтеді.", [], []],
    ["Келесі жылы Ұлы жеңістің 75 жылдығы кең көлемде аталып өтеді.", [], [("held", "өтеді")]],
    ["Сабақтар қазақ тілінде өтеді.", [("LANGUAGE", "қазақ тілінде")], []],
    ["Қыс бұл өңірде жұмсақ өтеді.", [("DATE", "Қыс")], []],
    ["Сабақтар Алматыда өтеді.", [(GPE, "Алматыда")], [("held", "өтеді")]],
    # a path postposition before өт- is 'pass', unless an event noun comes first
    ["Алматыдағы «Алтын Орда» базары жанынан өтетін жолайрығының құрылысы созылып кетті.", [], []],
    ["Кеме 1912 жылы Босфор бұғазы арқылы өтті.", [], []],
    ["Жиын 2020 жылы бейнебайланыс арқылы өтті.", [], [("held", "өтті")]],
    # an ablative and a negative converb before өт- is 'passed'
    ["27-нші тамызға дейінгі іріктеуден сүрінбей өтіп, команда фаворит саналды.", [], []],
    ["Іріктеу 27 тамызда сәтті өтіп, команда фаворит саналды.", [], [("held", "өтіп")]],
    # өте- 'pay' after an accusative (a date in the sentence, so no process); an event noun before өтеді is held
    ["1930 жылдары жетістіктер үшін қазақ халқы құнын өтеді.", [], []],
    ["Ертең Алматыда жиын өтеді.", [(GPE, "Алматыда")], [("held", "өтеді")]],
    # өткені 'its past'; a participle after a place is an event
    ["Ол Шығыс Түркістанның өткені мен бүгіні туралы зерттеулер жазады.", [], []],
    ["Ол форумның Астанада өткенін хабарлады.", [(GPE, "Астанада")], [("held", "өткенін")]],
    # a share of time spent; a gathering held
    ["Жас бос уақытының бәрін де сол кітапханада өткізді.", [], []],
    ["Әкім жылдың соңында кітапханада жиын өткізді.", [(POS, "Әкім")], [("held", "өткізді")]],
    # a time noun in the accusative is time spent; күнделікті 'daily' is no time noun
    ["Балалардың 16 – 20 проценті бос уақытын интернетте өткізеді.", [], []],
    ["Біздің жетекші мамандар күнделікті консилиум өткізіп жатыр.", [], [("held", "өткізіп")]],
    # a body (a theatre, a school, a council) that "was organized" was founded; re-organized is a reform
    ["Қала драма театры 1950 жылы ұйымдастырылды.", [], []],
    ["Университеттер жаңа тәртіппен қайта ұйымдастырылды.", [], []],
    ["1990 жылы ұйымдастырылған кеңес жұмысын бастады.", [], []],
    ["Театрда 1950 жылы концерт ұйымдастырылды.", [], [("organized", "ұйымдастырылды")]],
    ["Мектеп оқушыларына арналған көрме ұйымдастырылды.", [], [("organized", "ұйымдастырылды")]],
]


# [text, entity marks, place normal of the one event]: a name NER cut from its head noun is the place
PLACES = [
    ["Торғай облыстық қазақ съезі 1917 жылы Орынбор қаласында өтті.", [(GPE, "Орынбор")], "Орынбор"],
    ["Фильм премьерасы 2009 жылы «Алатау» кинотеатрында өткізілді.", [("FACILITY", "Алатау")], "Алатау"],
    ["Фильм премьерасы 2009 жылы «Алатау» журналында жарияланды.", [("FACILITY", "Алатау")], None],
]


@pytest.mark.parametrize(("text", "marks", "place"), PLACES)
def test_event_place(text, marks, place):
    (event,) = analyze_with(text, marks, PUB).events
    assert (event.place.normal if event.place else None) == place


@pytest.mark.parametrize(("text", "marks", "expected"), CASES)
def test_event_grammar(text, marks, expected):
    work = analyze_with(text, marks, PUB)
    assert [(e.type, e.trigger.text) for e in work.events] == expected


@settings(max_examples=50, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(list("өткізіліп тұрады ашылмады аштық шағы өткені құнын өтеді.,")),
        max_size=200,
    )
)
def test_any_text(text):
    for e in find_events(text, [Sentence(0, len(text), text)], fallback_entities(text)):
        assert text[e.start : e.end] == e.text and text[e.trigger.start : e.trigger.end] == e.trigger.text
