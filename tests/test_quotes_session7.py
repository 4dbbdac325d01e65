"""Session 7 quote rules, read from real Kazakh news pages (news-dev, tests/data/README.md): post speakers
resolved to the person the article titles with the post, dash paragraphs over sentences, captions and
headline colons, a subject carried from the sentence before. One line per case, through ``analyze``."""

from __future__ import annotations

import pytest
from quotes_shared import speakers

from derek import analyze
from derek.doc import Mention, Role
from derek.facts.matching import distinct_roles

CASES = [
    # a post speaker takes the person the article titles with it (Мемлекет басшысы is the Президент)
    [
        "Қазақстан Президенті Қасым-Жомарт Тоқаев Бейжіңге келді. Келіссөздер екі ел үшін маңызды, – деді Мемлекет басшысы.",
        ("direct", "Келіссөздер екі ел үшін маңызды", "Қасым-Жомарт Тоқаев"),
    ],
    # a bare post never takes a foreign head of state
    [
        "Қырғызстан Президенті Садыр Жапаров Астанаға келді. Бұл тарихи сапар, – деді Мемлекет басшысы.",
        ("direct", "Бұл тарихи сапар", "Мемлекет басшысы"),
    ],
    # ... nor the head of a country named only by the word before the post (no organization read)
    [
        "Ақордада Қырғыз Президенті Садыр Жапаровты қарсы алу рәсімі өтті. Қасым-Жомарт Тоқаев сапардың маңызы зор"
        " екенін атап өтті.\n– Бұл Қазақстанға деген үлкен құрмет, – деді Мемлекет басшысы.",
        ("direct", "Бұл Қазақстанға деген үлкен құрмет", "Қасым-Жомарт Тоқаев"),
    ],
    # a hyphen between spaces, or a comma with no space, closes a dash quote
    [
        "Конституцияға сәйкес мен отырысты ашық деп жариялаймын, - деді Мемлекет басшысы.",
        ("direct", "Конституцияға сәйкес мен отырысты ашық деп жариялаймын", "Мемлекет басшысы"),
    ],
    # a paragraph opened by a dash is one quote up to the dash before its cue
    [
        "Жиын өтті.\n– Біз үшін бүгін тарихи күн. Жаңа ғимаратта бас қосып отырмыз, – деді Асқар Мамин.",
        ("direct", "Біз үшін бүгін тарихи күн. Жаңа ғимаратта бас қосып отырмыз", "Асқар Мамин"),
    ],
    # a name in «» may stand inside a dash quote
    [
        "Әрбір «жоғары тәуекелді» кәсіпорын бойынша жұмыс атқарылып жатыр, - деді Мейрамбек Ахметов.",
        ("direct", "Әрбір «жоғары тәуекелді» кәсіпорын бойынша жұмыс атқарылып жатыр", "Мейрамбек Ахметов"),
    ],
    # an opener with no possessor takes the person of the sentence before
    [
        "Бұл туралы орталық төрағасы Ержан Әділбеков мәлімдеді.\nАйтуынша, аурухана жобасы әзірленіп жатыр.",
        ("reported", "аурухана жобасы әзірленіп жатыр", "Ержан Әділбеков"),
    ],
    # a person ending the clause after the cue is the speaker, whatever title comes before the name
    [
        "– Мен олимпиададан екінші орын алдым, – дейді № 1 «Білім-инновация» мектеп-лицейінің оқушысы Абзал Бекежан.",
        ("direct", "Мен олимпиададан екінші орын алдым", "Абзал Бекежан"),
    ],
    # a caption line ending in a colon quotes the paragraph after it
    [
        "Фестиваль өтті.\nЕркегүл Съезхан, байқауға қатысушы:\nБіздің университеттің атын шығаруға дайындалып келдім.",
        ("direct", "Біздің университеттің атын шығаруға дайындалып келдім.", "Еркегүл Съезхан"),
    ],
    # ... and a name set in capitals before the comma of its title
    [
        "Жарыс өтті.\nАЙЫМ ҚАЙЫРБЕК, Талшық орта мектебінің оқушысы:\n– Шынымды айтсам, олимпиадаға өзімді сынап көруге келдім.",
        ("direct", "Шынымды айтсам, олимпиадаға өзімді сынап көруге келдім.", "Айым Қайырбек"),
    ],
    # a post NER missed opens the clause: the speaker, and the one untitled person named holds it
    [
        "Қала әкімі жаяу жүру керектігін айтты.\n«Мен жиі жаяу жүремін», - деді Алтай Көлгінов.",
        ("reported", "жаяу жүру керектігін", "Алтай Көлгінов"),
    ],
    # a headline: a post, a colon and a statement
    [
        "Президент: Індеттің беті қайтқан соң бетпе-бет жүздесеміз\nПрезидент Қасым-Жомарт Тоқаев саммитке қатысты.",
        ("direct", "Індеттің беті қайтқан соң бетпе-бет жүздесеміз", "Қасым-Жомарт Тоқаев"),
    ],
    # a speech verb with no subject takes the person opening the sentence before
    [
        "Аудан әкімі Әлібек Жақанбаев нысандарды аралады. Құрылыс уақытылы атқарылуы керектігін айтып, ескертулер жасады.",
        ("reported", "Құрылыс уақытылы атқарылуы керектігін", "Әлібек Жақанбаев"),
    ],
    # a finite де with its subject after it; the post then takes its holder
    [
        "Аудан әкімі Жандос Еркінбекұлы нысандарды аралады. Жоспарларды өзгертуге тура келеді деді аудан әкімі.",
        ("reported", "Жоспарларды өзгертуге тура келеді", "Жандос Еркінбекұлы"),
    ],
    # a bare office no post of the article names takes the one person the article names with no post
    [
        "Қасым-Жомарт Тоқаев сессияны ашты.\nБіз жаңа кезеңге қадам бастық, - деді Мемлекет басшысы.",
        ("direct", "Біз жаңа кезеңге қадам бастық", "Қасым-Жомарт Тоқаев"),
    ],
    # ... but not a person with a post of their own
    [
        "Білім министрі Асқар Мамин жиынды ашты.\nБіз жаңа кезеңге қадам бастық, - деді Мемлекет басшысы.",
        ("direct", "Біз жаңа кезеңге қадам бастық", "Мемлекет басшысы"),
    ],
    # the outlet reporting the story is no speaker: the speech inside it keeps its own
    [
        "Президент екі елдің достығы берік екенін атап өтті, деп хабарлайды Zakon.kz.",
        ("reported", "екі елдің достығы берік", "Президент"),
    ],
    # a person the fallback gave to one office is not the holder of another in the same article
    [
        "Қала әкімі жаяу жүру керектігін айтты.\n«Мен жиі жаяу жүремін», - деді Алтай Көлгінов.\n"
        "Мемлекет басшысы режим 11-мамыр күні тоқтайтынын жеткізген еді.",
        ("reported", "режим 11-мамыр күні тоқтайтынын", "Мемлекет басшысы"),
    ],
    # more speech verbs of the news pages
    [
        "Облыс әкімі Асхат Шахаров форумға қатысты. Аймақ басшысы саяси диалогті қолдайтынын алға тартты.",
        ("reported", "саяси диалогті қолдайтынын", "Асхат Шахаров"),
    ],
    # a speaker named by first name and patronymic takes the surname the article gives that person
    [
        "Жиынды облыс әкімі Нұрлыбек Нәлібаев өткізді.\n– Жобаларды уақытылы іске асыру қажет, – деді Нұрлыбек Машбекұлы.",
        ("direct", "Жобаларды уақытылы іске асыру қажет", "Нұрлыбек Нәлібаев"),
    ],
    # a dash quote whose cue has no subject: the person of the sentence before it speaks
    [
        "Аудан әкімі Әлия Биғазықызы түлектерге жылы лебізін білдірді.\n— Құрметті түлектер! Келешектерің"
        " жарқын болсын! Жоғары нәтиже көрсетеді деп сенеміз, - деді.",
        (
            "direct",
            "Құрметті түлектер! Келешектерің жарқын болсын! Жоғары нәтиже көрсетеді деп сенеміз",
            "Әлия Биғазықызы",
        ),
    ],
    # a post after a participle clause opening the sentence is its subject
    [
        "Тұрғындарды мұқият тыңдаған облыс әкімінің орынбасары әрбір мәселе қаралатынын атап өтті.",
        ("reported", "әрбір мәселе қаралатынын", "орынбасары"),
    ],
    # 'as X noted' opens reported speech
    [
        "Осыдан кейін, Министр атап өткендей, Ұлттық кеңестің отырысы өтеді.",
        ("reported", "Ұлттық кеңестің отырысы өтеді", "Министр"),
    ],
]


@pytest.mark.parametrize(("text", "quote"), CASES)
def test_quote(text, quote):
    assert quote in speakers(text)


def test_former_post_names_no_speaker():
    found = speakers(
        "Мемлекет басшысы Тұңғыш Президент Нұрсұлтан Назарбаевтың бағытын жалғастыратынын айтты."
    )
    assert [s for _, _, s in found] == ["Мемлекет басшысы"]


def _role(person: str, post: str) -> Role:
    return Role(0, 1, "x", Mention(0, 1, person, person), Mention(0, 1, post, post), None)


def test_distinct_roles_counts_a_pair_once():
    roles = [
        _role("Қасым-Жомарт Тоқаев", "Президент"),
        _role("Тоқаев", "Президенті"),
        _role("Си Цзиньпин", "Төраға"),
    ]
    assert [r.person.normal for r in distinct_roles(roles)] == ["Қасым-Жомарт Тоқаев", "Си Цзиньпин"]


def test_outlet_alone_is_no_quote():
    assert speakers("Жиын өтті, деп хабарлайды ҚазАқпарат агенттігі.") == []


@pytest.mark.parametrize(
    ("text", "normal"),
    [
        (
            "Мемлекет басшысы Қытай Елшісі Чжан Сяоны қабылдады.",
            "Чжан Сяо",
        ),  # a foreign name's accusative after a vowel
        ("Мемлекет басшысы Гүлнара Сейітованы қабылдады.", "Гүлнара Сейітова"),
    ],
)
def test_person_base_forms(text, normal):
    assert normal in {e.normal for e in analyze(text).entities if e.label == "PERSON"}


def test_initials_without_space_match_the_full_name():
    from derek.facts.matching import same_name

    assert same_name("Дархан Сатыбалды", "Д.Сатыбал") and not same_name("Дархан Сатыбалды", "Д.Ескендіров")


def test_adjective_after_a_post_is_no_name():
    doc = analyze("Президент Ұлттық құрылтай туралы бастаманы қолдаған баршаға алғыс айтты.")
    assert all(r.person.normal != "Ұлттық" for r in doc.roles)
