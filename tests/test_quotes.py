"""Quotes: direct and reported speech with speakers, on hand-made entities and on the example article."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from facts_article import analyze_with, article_with_entities
from hypothesis import given, settings
from hypothesis import strategies as st

from derek.doc import Sentence, Token
from derek.facts.quotes import find_quotes

P, POS, ORG = "PERSON", "POSITION", "ORGANISATION"

# [text, entity marks, [(kind, content starts with, speaker normal, cue)]]
CASES = [
    [
        "«Біз жаңа зауыт саламыз», — деді Асқар Мамин.",
        [(P, "Асқар Мамин")],
        [("direct", "Біз жаңа зауыт", "Асқар Мамин", "деді")],
    ],
    [
        "«Жоба биыл аяқталады», — дейді ол.",
        [],
        [("direct", "Жоба биыл", None, "дейді")],
    ],
    [
        "Министр Ерлан Қарин жиында былай деп атап өтті: «Реформа жалғасады. Біз дайынбыз».",
        [(POS, "Министр"), (P, "Ерлан Қарин")],
        [("direct", "Реформа жалғасады", "Ерлан Қарин", "атап өтті")],
    ],
    [
        "«Баға өспейді», — деп мәлімдеді Ұлттық банк төрағасы Ерболат Досаев.",
        [(POS, "Ұлттық банк төрағасы"), (P, "Ерболат Досаев")],
        [("direct", "Баға өспейді", "Ерболат Досаев", "мәлімдеді")],
    ],
    [
        "«Кей бетперделер аллергия тудыра бастады», — дейді мамандар.",
        [],
        [("direct", "Кей бетперделер", "мамандар", "дейді")],
    ],
    [
        "Мемлекет басшысы Қасым-Жомарт Тоқаев бестіктің стратегиясын қолдайтынын айтты.",
        [(POS, "Мемлекет басшысы"), (P, "Қасым-Жомарт Тоқаев")],
        [("reported", "бестіктің стратегиясын", "Қасым-Жомарт Тоқаев", "айтты")],
    ],
    [
        "Асқар Мамин жұмыс биыл аяқталатынын баса айтты.",
        [(P, "Асқар Мамин")],
        [("reported", "жұмыс биыл", "Асқар Мамин", "баса айтты")],
    ],
    [
        "Сарапшы Айгүл Сәрсенова нарық тұрақтанады деп мәлімдеді.",
        [(P, "Айгүл Сәрсенова")],
        [("reported", "нарық тұрақтанады", "Айгүл Сәрсенова", "мәлімдеді")],
    ],
    [
        "Мәжіліс төрағасы Нұрлан Нығматулин құжаттар әзірленгенін де атап өтті.",
        [(POS, "Мәжіліс төрағасы"), (P, "Нұрлан Нығматулин")],
        [("reported", "құжаттар әзірленгенін", "Нұрлан Нығматулин", "атап өтті")],
    ],
    [
        "Ғабдолла Ахметжановтың айтуынша, көпірді жөндеуге қаржы бөлінбеген.",
        [(P, "Ғабдолла Ахметжановтың")],
        [("reported", "көпірді жөндеуге", "Ғабдолла Ахметжанов", "айтуынша")],
    ],
    [
        "Асқар Мамин Астанаға келді. Оның айтуынша, жол жөнделеді.",
        [(P, "Асқар Мамин")],
        [("reported", "жол жөнделеді", "Асқар Мамин", "айтуынша")],
    ],
    [
        "Сауда министрі Бақыт Сұлтанов: «Бағаларды қадағалау үшін көмек қажет», — дейді.",
        [(POS, "Сауда министрі"), (P, "Бақыт Сұлтанов")],
        [("direct", "Бағаларды қадағалау", "Бақыт Сұлтанов", "дейді")],
    ],
    [
        "Тоқаев менің үмітімді ақтайды деп сенемін, — деді Елбасы.",
        [(P, "Тоқаев"), (POS, "Елбасы")],
        [("direct", "Тоқаев менің", "Елбасы", "деді")],
    ],
]

CASES.append(
    [
        "Жол биыл жөнделетінін бүгін облыс әкімі Асқар Мамин айтты.",
        [(POS, "облыс әкімі"), (P, "Асқар Мамин")],
        [("reported", "Жол биыл жөнделетінін", "Асқар Мамин", "айтты")],
    ]
)

CASES += [
    [
        "Ішкі істер министрі Ерлан Тұрғымбаевтың айтуынша, 5 күн ішінде адам ұсталған.",
        [(POS, "Ішкі істер министрі"), (P, "Ерлан Тұрғымбаевтың")],
        [("reported", "5 күн ішінде", "Ерлан Тұрғымбаев", "айтуынша")],
    ],
    [
        "Жергілікті тұрғындардың айтуынша, ер адам бұрыннан таныс.",
        [],
        [("reported", "ер адам бұрыннан", "тұрғындар", "айтуынша")],
    ],
    [
        "Жергілікті билік: «Құрылыс қарқынын үдетеміз», — дейді.",
        [],
        [("direct", "Құрылыс қарқынын", "Жергілікті билік", "дейді")],
    ],
    [
        "«Бәрін интернетке саламын», — деп қорқытқан.",
        [],
        [("direct", "Бәрін интернетке", None, "деп қорқытқан")],
    ],
]

CASES += [
    [
        "«Еңбек етсең, ерінбей тоясың», — депті Абай.",
        [(P, "Абай")],
        [("direct", "Еңбек етсең", "Абай", "депті")],
    ],
    [
        "Өткен аптада баға қымбаттады дедік.",
        [],
        [("reported", "Өткен аптада баға қымбаттады", None, "дедік")],
    ],
    [
        "Реформаны «тарихи» деп бағалады сарапшылар.",
        [],
        [("reported", "Реформаны", "сарапшылар", "бағалады")],
    ],
    [
        "Ауыл тұрғындары жол жөнделмегенін айтады.",
        [],
        [("reported", "жол жөнделмегенін", "Ауыл тұрғындары", "айтады")],
    ],
    [
        "Көршілер «су жоқ» дейді.",
        [],
        [("direct", "су жоқ", "Көршілер", "дейді")],
    ],
    [
        "Реформа уақытында басталғанын көптеген сарапшылар айтты.",
        [],
        [("reported", "Реформа уақытында", "көптеген сарапшылар", "айтты")],
    ],
    [
        "Ауылдағы кәсіпкерлер: «Баға өседі», — дейді.",
        [],
        [("direct", "Баға өседі", "Ауылдағы кәсіпкерлер", "дейді")],
    ],
    [
        "Сұхбатында ол әрдайым: «Бұл менің бағым», — деп айтатын еді.",
        [],
        [("direct", "Бұл менің бағым", None, None)],
    ],
    [
        "Жиында бәрі жақсы болады деп айтқан болатынбыз.",
        [],
        [("reported", "Жиында бәрі жақсы болады", None, "айтқан")],
    ],
    [
        "Статистика бюросының мәліметінше, инфляция баяулады.",
        [],
        [("reported", "инфляция баяулады", "бюросы", "мәліметінше")],
    ],
]

CASES.append(
    [
        "Асқар Мамин жол жөнделетінін айтып, кейін Бақыт Сұлтанов жобаны таныстырды.",
        [(P, "Асқар Мамин"), (P, "Бақыт Сұлтанов")],
        [("reported", "жол жөнделетінін", "Асқар Мамин", "айтып")],
    ]
)

NOT_QUOTES = [
    ["Министр Асқар Мамин осылай деп мәлімдеді.", [(P, "Асқар Мамин")]],
    ["Өкіл мәселені былай деп түсіндірді.", []],
    ["«Нұр Отан» партиясының съезі өтті.", [(ORG, "Нұр Отан")]],
    ["Бұл туралы министр Дәурен Абаев айтты.", [(P, "Дәурен Абаев")]],
    ["Ол «Лу Бань шеберханасы» жобасына көңіл бөлді.", []],
    ["«Ю Эс Ньюс» деп аталатын басылым рейтинг жариялапты.", []],
    ["Айтпақшы, облыста жиындарға тыйым салынды.", []],
    ["Ол академияның жоспары туралы айтып берді.", []],
]


def _quotes(text, marks):
    return analyze_with(text, marks, dt.date(2021, 6, 15)).quotes


@pytest.mark.parametrize(("text", "marks", "expected"), CASES)
def test_quote(text, marks, expected):
    got = [
        (q.kind, q.text, q.speaker.normal if q.speaker else None, q.cue.text if q.cue else None)
        for q in _quotes(text, marks)
    ]
    assert len(got) == len(expected), got
    for (kind, content, speaker, cue), (k, head, who, verb) in zip(got, expected, strict=True):
        assert (kind, speaker, cue) == (k, who, verb)
        assert content.startswith(head)


@pytest.mark.parametrize(("text", "marks"), NOT_QUOTES)
def test_not_a_quote(text, marks):
    assert _quotes(text, marks) == []


def test_article_quotes_and_speakers():
    work = article_with_entities()
    quotes = [(q.kind, q.text, q.speaker.normal if q.speaker else None) for q in work.quotes]
    rector = next(q for q in quotes if q[0] == "direct" and q[1].startswith("Бүгінгі іс-шара"))
    assert rector[2] == "Меруерт Советовна Жармағамбетова"
    assert "\n" in rector[1] and rector[1].endswith("ашық")  # runs over two paragraphs
    assert ("reported", "Люй И") in {(k, s) for k, _, s in quotes}
    assert any(
        k == "direct" and t == "Қуатты жастар — ел гүлденуінің кепілі" and s == "Ван Цзяньвэй"
        for k, t, s in quotes
    )
    assert any(
        k == "reported" and t.startswith("екі мемлекет арасындағы") and s == "Ван Цзяньвэй"
        for k, t, s in quotes
    )
    assert any(k == "direct" and t.startswith("Білім алмасу") and s == "Ван Цзяньвэй" for k, t, s in quotes)
    assert any(
        k == "reported" and t.startswith("Қытайдың Қазақстан үшін") and s == "Мемлекет басшысы"
        for k, t, s in quotes
    )
    assert all(work.text[q.start : q.end] == q.text for q in work.quotes)


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("«»—,.: \nолдедікптіайтлрБбв")), max_size=200))
def test_any_text_with_tokens(text):
    tokens = [
        Token(m.start(), m.end(), m.group(), m.group()[:2], "VERB" if i % 2 else "NOUN")
        for i, m in enumerate(re.finditer(r"\S+", text))
    ]
    for q in find_quotes(text, [Sentence(0, len(text), text)], [], tokens):
        assert text[q.start : q.end] == q.text
        for m in (q.speaker, q.cue):
            assert m is None or text[m.start : m.end] == m.text


@settings(max_examples=60, deadline=None)
@given(
    st.text(alphabet=st.sampled_from(list("«»—,.: \nолдедіайттыАбв")), max_size=200) | st.text(max_size=200)
)
def test_any_text(text):
    for q in find_quotes(text, [Sentence(0, len(text), text)], []):
        assert text[q.start : q.end] == q.text
        for m in (q.speaker, q.cue):
            assert m is None or text[m.start : m.end] == m.text
