"""Session 22 rules, read from real Kazakh news pages (news-test118 … news-test127, read this session): an outlet's
credit that names the body it took the story from gives that body's speech; the clause before ``делінген`` and a
document is the document's body's speech; a headline closed by a dash gives its words to a bare body noun, a given name
and surname, or a name before a media mark; ``делінген хабарламада`` with no source cited is the body whose sentence
told or published the news; a body's initials are spelled out where the article names it whole. One line per case (docs/facts.md "Session 22")."""

from __future__ import annotations

import pytest
from quotes_shared import speakers, triples

from derek import analyze
from derek.facts.quote_filters import cited_body
from derek.facts.speaker_referents import spelled_out

QUOTES = [
    # an outlet's credit citing a body: the body speaks
    (
        "Ал жылдық мәнде бағалар 5,4% өсті, деп хабарлайды Inbusiness.kz Ұлттық статистика бюросына сілтеме жасап.",
        [("reported", "Ал жылдық мәнде бағалар 5,4% өсті", "Ұлттық статистика бюросы")],
    ),
    # a body's site speaks for the body
    (
        "Қалада жаңа автобустар жүре бастады, - деп хабарлайды Tengrinews.kz тілшісі Алматы әкімдігінің сайтына сілтеме жасап.",
        [("reported", "Қалада жаңа автобустар жүре бастады", "Алматы әкімдігі")],
    ),
    # the outlet in quote marks, the body after it
    (
        "Ауылда алаяқтардың әрекеті тоқтатылды, деп хабарлайды «Тілші» облыстық полиция департаментіне сілтеме жасап.",
        [("reported", "Ауылда алаяқтардың әрекеті тоқтатылды", "облыстық полиция департаменті")],
    ),
    # another outlet cited is no speaker: no quote, as a bare credit
    ("Ауылда баға 48%-ға дейін өскен, деп хабарлайды Almaty.tv тілшісі Zakon.kz-ке сілтеме жасап.", []),
    ("Хоккей біріншілігі басталды, – деп хабарлайды El.kz порталы Almaty.tv телеарнасына сілтеме жасап.", []),
    # a body's own site closing the sentence as the credit: the body speaks; an outlet's site does not
    (
        "Сарыарқа ауданында спорттық шара ұйымдастырылды, деп хабарлайды елорда әкімдігінің ресми сайты.",
        [("reported", "Сарыарқа ауданында спорттық шара ұйымдастырылды", "елорда әкімдігі")],
    ),
    ("Жол жөнделді, деп хабарлайды «Егемен Қазақстан» газетінің сайты.", []),
    # an outlet's handle closing the credit is the outlet
    ("Аймақтық чемпионат Шахмат үйінде өтті, деп хабарлайды @Pavlodarnews.kz.", []),
    # a clause with a speaker of its own is no body's speech
    (
        "Бұл туралы министр Ербол Қарашөкеев мәлімдеді, деп хабарлайды Taulik.kz сайты облыс әкімдігіне сілтеме жасап.",
        [],
    ),
    # the clause before делінген and a document: the body the document names, or the one the article cites
    (
        "Кеште әншілер өнер көрсетті. Концерт түркі халықтарының мәдени мұрасына арналды, делінген Ақорда баспасөз қызметінің хабарламасында.",
        [("reported", "Концерт түркі халықтарының мәдени мұрасына арналды", "Ақорда")],
    ),
    (
        "Бұл туралы Жамбыл облысының полиция департаменті хабарлады.\nБүгін түнде Қордай асуында қозғалысқа шектеу қойылады, - делінген хабарламада.",
        [
            (
                "direct",
                "Бүгін түнде Қордай асуында қозғалысқа шектеу қойылады",
                "Жамбыл облысының полиция департаменті",
            )
        ],
    ),
    # a dash opening the paragraph opens the speech, over its sentences
    (
        "Бұл туралы бас прокуратура хабарлады.\n- Кеңесте алаяқтықтың себептері талданды. Жауапты органдар айқындалды,-делінген бас прокуратураның хабарламасында.",
        [
            (
                "direct",
                "Кеңесте алаяқтықтың себептері талданды. Жауапты органдар айқындалды",
                "бас прокуратура",
            )
        ],
    ),
    # a holder's study, data, answer or forecast 'according to' opens its speech; with no holder, no one's
    (
        "Ұлттық статистика бюросының зерттеуінше, нан бағасы 5 пайызға өсті.",
        [("reported", "нан бағасы 5 пайызға өсті", "Ұлттық статистика бюросы")],
    ),
    (
        "Синоптиктердің болжамына сай, демалыс күндері аяз күшейеді.",
        [("reported", "демалыс күндері аяз күшейеді", "Синоптиктер")],
    ),
    ("Бұл туралы және басқа да мәліметіне қарағанда, жұмыс аяқталды.", []),
    # a headline closed by a dash and a bare body noun, a given name and surname, or a name before a media mark
    (
        "Қалааралық такси жүргізушілеріне талап күшейеді – министрлік\nАстанада жиын өтті.",
        [("direct", "Қалааралық такси жүргізушілеріне талап күшейеді", "министрлік")],
    ),
    (
        "Әрбір корей этносы Қазақстанды өз Отаны санайды - Роза Пак\nАстанада жиын өтті.",
        [("direct", "Әрбір корей этносы Қазақстанды өз Отаны санайды", "Роза Пак")],
    ),
    (
        "Жан дүниемді дүр сілкіндірген он күн - Айдын Айымбетов (ФОТО)\nАстанада жиын өтті.",
        [("direct", "Жан дүниемді дүр сілкіндірген он күн", "Айдын Айымбетов")],
    ),
    # a common noun after the dash is a copula's predicate, no speaker
    ("Қазақстанның ең ірі қаласының бас көшесі – даңғыл\nАстанада жиын өтті.", []),
    # «...», – делінген хабарламада with no source cited: the body whose sentence told or published the news
    (
        "АСТАНА. KAZINFORM — «Қазгидромет» РМК ауа сапасына қатысты болжамын жариялады.\n— Ертең Көкшетауда ауа сапасы нашарлайды, – делінген хабарламада.",
        [("direct", "Ертең Көкшетауда ауа сапасы нашарлайды", "Қазгидромет")],
    ),
    (
        'Бұл туралы бүгін, 2026 жылғы 5 қаңтарда ҚР Еңбек және халықты әлеуметтік қорғау министрлігі мәлімдеді.\n"Зейнетақы мөлшері 10 пайызға өсті", - делінген хабарламада.',
        [("direct", "Зейнетақы мөлшері 10 пайызға өсті", "Еңбек және халықты әлеуметтік қорғау министрлігі")],
    ),
    # a body that did something else tells nothing: the quote keeps no speaker
    (
        "Облыстық прокуратура асханаларды тексерді.\n— Тексеру барысында санитарлық талаптар бұзылғаны анықталды, – делінген хабарламада.",
        [("direct", "Тексеру барысында санитарлық талаптар бұзылғаны анықталды", None)],
    ),
    # делінген with no document names a thing, no speech
    ("Бұл жоба «Жасыл ел» деп аталады делінген.", []),
]


@pytest.mark.parametrize(("text", "quotes"), QUOTES)
def test_quotes(text, quotes):
    assert speakers(text) == quotes


CITED = [
    (" BAQ.KZ АШМ баспасөз қызметіне сілтеме жасап.", "АШМ баспасөз қызметі"),
    (" No-comment.kz - Ақордаға сілтеме жасап.", "Ақорда"),
    (' BAQ.KZ "Қазгидромет" РМК-ға сілтеме жасап.', '"Қазгидромет" РМК'),
    (
        " ҚазАқпарат тілшісі облыстық ішкі саясат басқармасына сілтеме жасап.",
        "облыстық ішкі саясат басқармасы",
    ),
    (" BAQ.KZ «Хабар 24»-ке сілтеме жасап.", None),
    (" kazlenta.kz тілшісі Polisia.kz сайтына сілтеме жасап.", None),
    (" Zakon.kz.", None),
]


@pytest.mark.parametrize(("tail", "normal"), CITED)
def test_cited_body(tail, normal):
    found = cited_body(tail, 0, len(tail))
    assert (found.normal if found else None) == normal


SPELLED = [
    ("ОРК", "Орталық референдум комиссиясы (ОРК) дауыс санауды аяқтады.", "Орталық референдум комиссиясы"),
    ("АМӨЗ", "Атырау мұнай өңдеу зауыты жөндеуден кейін іске қосылды.", "Атырау мұнай өңдеу зауыты"),
    # a name in another case, or with no body's head noun, leaves the initials
    ("ТЖМ", "Төтенше жағдайлар министрлігінің мәліметінше, су деңгейі көтерілді.", "ТЖМ"),
    ("ОҚО", "Оңтүстік Қазақстан облысының әкімі сөз сөйледі.", "ОҚО"),
]


@pytest.mark.parametrize(("initials", "text", "name"), SPELLED)
def test_spelled_out(initials, text, name):
    assert spelled_out(initials, text) == name


DATES = [
    # a participle in the locative (``қосылғанда`` 'when connected') gives the date no tense
    (
        "Жыл соңына дейін аталған елді мекендер газға қосылғанда, 5 мыңнан астам тұрғын көгілдір отынға қол жеткізеді.",
        "2016-10-24",
        [("Жыл соңына", "2016")],
    ),
    # a quarter in the instrumental, or after a Roman numeral and a hyphen
    (
        "Көрсеткіш былтырғы бірінші тоқсанымен салыстырғанда өсті.",
        "2023-06-05",
        [("былтырғы бірінші тоқсанымен", "2022-Q1")],
    ),
    (
        "Ағымдағы жылдың І-тоқсанында жұмыссыздық төмендеді.",
        None,
        [("Ағымдағы жылдың І-тоқсанында", "XXXX-Q1")],
    ),
    ("Ол тоқсан бірінші жылы туған.", None, [("тоқсан бірінші жылы", "1991")]),
    # ``ӊ`` of old fonts reads as ``ң``
    ("Жыл соӊына дейін газ тартылады.", "2016-10-24", [("Жыл соӊына", "2016")]),
]


@pytest.mark.parametrize(("text", "published", "dates"), DATES)
def test_dates(text, published, dates):
    assert [(d.text, d.value) for d in analyze(text, published=published).dates] == dates


ROLES = [
    # a vice post keeps its вице-: the deputy is no president
    (
        "Қауымдастықтың вице-президенті Марина Лаптева сөз сөйледі.",
        [("Марина Лаптева", "вице-президент", "Қауымдастық")],
    ),
    (
        "Энергетика вице-министрі Ержан Біржанов сөз сөйледі.",
        [("Ержан Біржанов", "вице-министр", "Энергетика")],
    ),
    # a conductor, a chairwoman, a methodologist hold posts
    (
        "Оркестрдің бас дирижері Шалқар Рысханов концертті басқарды.",
        [("Шалқар Рысханов", "бас дирижер", "Оркестр")],
    ),
    (
        "Үй комитетінің төрайымы Шарапат Жүсіпбекова сөз алды.",
        [("Шарапат Жүсіпбекова", "төрайым", "Үй комитеті")],
    ),
]


@pytest.mark.parametrize(("text", "roles"), ROLES)
def test_roles(text, roles):
    assert triples(analyze(text, published="2025-05-01").roles) == roles
