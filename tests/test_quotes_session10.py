"""Session 10 quote rules, read from real Kazakh news pages (news-test13 and news-test14, after their scoring): speech a dash
resumes after its cue and speaker, ``айтуына қарағанда`` and ``еске салды``, an outlet's credit after a dash,
a speaker that only points back (``спикер``), a caption whose title holds a name in «». One line per case."""

from __future__ import annotations

import pytest
from quotes_shared import speakers

CASES = [
    # a dash after the cue and the speaker resumes the same speech, to the paragraph's end
    [
        "– Биыл егін ерте пісті, – дейді ауыл әкімі Серік Омаров, – шаруалар айдың соңына дейін астықты жинап алады.",
        ("direct", "шаруалар айдың соңына дейін астықты жинап алады.", "Серік Омаров"),
    ],
    [
        "«Жол жөнделді», – деді аудан әкімі Нұрлан Сәрсенов. – Келесі жылы көпір салынады.\nЖиын жалғасты.",
        ("direct", "Келесі жылы көпір салынады.", "Нұрлан Сәрсенов"),
    ],
    # 'as X tells it' and 'reminded'
    [
        "Бөлім басшысы Асқар Жұмабековтің айтуына қарағанда, егін жинау науқаны басталды.",
        ("reported", "егін жинау науқаны басталды", "Асқар Жұмабеков"),
    ],
    [
        "Денсаулық сақтау министрі Ерлан Қарин азаматтарға тегін екпе алуға болатынын еске салды.",
        ("reported", "азаматтарға тегін екпе алуға болатынын", "Ерлан Қарин"),
    ],
    # a clause in the dative before 'assured' (news-test14)
    [
        "Ақпарат министрі Аида Балаева журналистерді елде сөз бостандығына қатысты мәселе жоқ екеніне сендірді.",
        ("reported", "журналистерді елде сөз бостандығына қатысты мәселе жоқ", "Аида Балаева"),
    ],
    # a saying owned by a genitive before it: 'X has the words «...»' (news-test14)
    [
        "Ақынның сөзі есте. Абай Құнанбайұлының «Еңбек етсең ерінбей, тояды қарның тіленбей» деген сөзі бар.",
        ("direct", "Еңбек етсең ерінбей, тояды қарның тіленбей", "Абай Құнанбайұлы"),
    ],
    # plain "..." (normalized to «») and a hyphen before деп + a verb outside the lexicon (news-test15)
    [
        '"Бұл ұсынысты міндетті түрде ескереміз", - деп жалғастырды министр Ақмарал Әлназарова.',
        ("direct", "Бұл ұсынысты міндетті түрде ескереміз", "Ақмарал Әлназарова"),
    ],
    # 'said the speaker': the person who spoke before
    [
        "Оқу-ағарту министрі Айгүл Сапарова жаңа бағдарлама туралы айтты.\n«Бағдарлама мамыр айында басталады», - деді спикер.",
        ("direct", "Бағдарлама мамыр айында басталады", "Айгүл Сапарова"),
    ],
    # a head of common nouns points back too (news-test16)
    [
        "Компанияның басқарма төрағасы Әлібек Жұмабеков жоба туралы айтты.\n«Зауыт келесі жылы іске қосылады», – деді ұлттық компания басшысы.",
        ("direct", "Зауыт келесі жылы іске қосылады", "Әлібек Жұмабеков"),
    ],
    # read from news-test17: a caption headline speaking to someone in the dative; 'as X writes'; a post NER
    # missed hands the floor to a dash paragraph; a bare headline with a short phrase in «» inside
    [
        "Қасым-Жомарт Тоқаев әкімдерге: Халықпен жиі кездесіп, мәселелерді тез шешіңіздер\nБүгін жиын өтті.",
        ("direct", "Халықпен жиі кездесіп, мәселелерді тез шешіңіздер", "Қасым-Жомарт Тоқаев"),
    ],
    [
        "Цифрлық даму министрі Бағдат Мусин желідегі жалған хабарларға жауап берді. Оның жазуынша, бұл мәселе өткен жылы талқыланған.",
        ("reported", "бұл мәселе өткен жылы талқыланған", "Бағдат Мусин"),
    ],
    [
        "Тұрғындар мәселелерді көтерді.\nОблыс әкімі барлық сауалдарға жауап берді.\n— Байқап отырғанымыздай, мәселелер аз емес. Барлығы жоспар бойынша шешіледі.",
        (
            "direct",
            "Байқап отырғанымыздай, мәселелер аз емес. Барлығы жоспар бойынша шешіледі.",
            "Облыс әкімі",
        ),
    ],
    [
        "Өңірдің «халқы қиын» дегені менің де жаныма батады – Нұрдәулет Қилыбаев\nБүгін баспасөз мәжілісі өтті.",
        ("direct", "Өңірдің «халқы қиын» дегені менің де жаныма батады", "Нұрдәулет Қилыбаев"),
    ],
    # 'told in detail' hands the floor to the dash paragraph after it (news-test18, read)
    [
        "Жобалар саны артты.\nТолығырақ облыс әкімі Берік Уәли айтып берді.\n— Бизнесті қолдау шаралары жүзеге асырылуда. Жобалар саны артты.",
        ("direct", "Бизнесті қолдау шаралары жүзеге асырылуда. Жобалар саны артты.", "Берік Уәли"),
    ],
    # a caption line whose title holds a name in «», the paragraph after it opening with one
    [
        "Жиын өтті.\nМарат Әлиев, «Нұр» қорының директоры:\n«Нұр» қорына биыл мыңнан астам өтініш түсті. Барлығы қаралды.",
        ("direct", "«Нұр» қорына биыл мыңнан астам өтініш түсті. Барлығы қаралды.", "Марат Әлиев"),
    ],
]


@pytest.mark.parametrize("text, quote", CASES)
def test_quote(text, quote):
    assert quote in speakers(text)


def test_an_outlet_in_quote_marks_after_a_dash_is_no_speech():
    text = 'Бұл туралы министр Асқар Омаров мәлімдеді, - деп хабарлайды "Ел жаңалығы".\nОның айтуынша, жол ашылады.'
    assert speakers(text) == [("reported", "жол ашылады", "Асқар Омаров")]


def test_an_outlet_as_the_writer_is_no_speech():
    assert speakers("Polisia.kz жазуынша, полиция қызметкерлері іздеудегі адамды ұстады.") == []


def test_a_paragraph_in_quote_marks_after_a_caption_is_left_to_the_quote_rules():
    from derek.facts.quotes_dash import _QUOTED

    assert _QUOTED.match("«Біз дайынбыз», – деді ол.")
    assert not _QUOTED.match("«Нұр» қорына өтініш түсті.")
