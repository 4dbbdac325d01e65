"""Session 23 rules, read from real Kazakh news pages (news-test128 … news-test137, read this session): a trade named
as the chief's or the senior's (``бас дәрігері``, ``аға оқытушысы``) is a post; the acting mark ``м.а.``/``м.у.а.``
belongs to the post before it; a degree may stand between a post and its holder's name; a dean, a professor and a
docent with a body hold posts; a month with a possessive takes the instrumental (``қаңтарымен салыстырғанда``);
reported speech with a speaker named inside a direct quote is a quote of its own; 'told' and 'did not hide' a clause
are speech; the data a body released (``X таратқан мәліметке қарағанда, ...``) is its speech. One line per case (docs/facts.md
"Session 23")."""

from __future__ import annotations

import pytest
from quotes_shared import speakers, triples

from derek import analyze
from derek.doc import Entity
from derek.facts.mentions import cased_persons
from derek.facts.roles import post_normal
from derek.facts.speaker_referents import named_body

ROLES = [
    # a chief's or a senior's trade is a post
    (
        "Орталықтың бас дәрігері Айнұр Егінбаева қабылдау өткізді.",
        [("Айнұр Егінбаева", "бас дәрігер", "Орталық")],
    ),
    (
        "Департаменттің бас сарапшысы Бағдат Рүстемов сөз сөйледі.",
        [("Бағдат Рүстемов", "бас сарапшы", "Департамент")],
    ),
    (
        "Атырау филиалының аға ғылыми қызметкері Елена Бокова жауап берді.",
        [("Елена Бокова", "аға ғылыми қызметкер", "Атырау филиалы")],
    ),
    # the bare trade is none
    ("Дәрігер Айнұр Егінбаева қабылдау өткізді.", []),
    # the acting mark after a post, with its abbreviation's dots
    (
        "Бұл туралы облыстық басқарма басшысының м.у.а. Әлібек Әбдіхалықұлы мәлімдеді.",
        [("Әлібек Әбдіхалықұлы", "басқарма басшысы м.у.а.", None)],
    ),
    (
        "Республикалық орталығының директоры м.а Назгүл Жәнгелдина брифинг өткізді.",
        [("Назгүл Жәнгелдина", "директор м.а", "Республикалық орталығы")],
    ),
    # a degree between the post and the name
    (
        "Оған облыстық мәслихаттың депутаты, техника ғылымдарының кандидаты Ақсерік Әйтімов қатысты.",
        [("Ақсерік Әйтімов", "депутат", "мәслихат")],
    ),
    # a dean, a docent with a body; a bare professor holds no post
    (
        "Кездесуге шығыстану факультетінің деканы Б. Жұбатова қатысты.",
        [("Б. Жұбатова", "декан", "факультеті")],
    ),
    (
        "Филология кафедрасының доценті Наталия Возмищева келді.",
        [("Наталия Возмищева", "доцент", "Филология кафедрасы")],
    ),
    ("Жиынға профессор Хазретәлі Тұрсын қатысты.", []),
    # a calling, an honour between the post and the name, the honour maybe with no comma before it
    (
        "Ұлттық құрылтайдың мүшесі, кәсіпкер Сырымбек Тау қымызды сынады.",
        [("Сырымбек Тау", "мүше", "Ұлттық құрылтай")],
    ),
    (
        "Оркестрдің бас дирижері ҚР еңбек сіңірген қайраткері, «Құрмет» орденінің иегері Александр Галсанов сөйледі.",
        [("Александр Галсанов", "бас дирижер", "Оркестр")],
    ),
]


@pytest.mark.parametrize(("text", "roles"), ROLES)
def test_roles(text, roles):
    assert triples(analyze(text, published="2025-05-01").roles) == roles


@pytest.mark.parametrize(
    ("post", "normal"),
    [
        ("бас стоматологы", "бас стоматолог"),  # a loanword's г stays
        ("бастығы", "бастық"),  # a Kazakh stem's voiced қ goes back
        ("директорының м.а.", "директор м.а."),
        ("аға оқытушысы", "аға оқытушы"),
    ],
)
def test_post_normal(post, normal):
    assert post_normal(post) == normal


DATES = [
    # a month with a possessive in the instrumental
    (
        "Бұл 2023 жылдың қаңтарымен салыстырғанда 45% көп.",
        "2024-03-05",
        [("2023 жылдың қаңтарымен", "2023-01")],
    ),
    (
        "Мал саны 1999 жылдың 1 қаңтарымен салыстырғанда өсті.",
        None,
        [("1999 жылдың 1 қаңтарымен", "1999-01-01")],
    ),
]


@pytest.mark.parametrize(("text", "published", "dates"), DATES)
def test_dates(text, published, dates):
    assert [(d.text, d.value) for d in analyze(text, published=published).dates] == dates


QUOTES = [
    # reported speech of a named person inside a direct quote: both are quotes
    (
        "– Президент Қ.Тоқаев Жолдауда мұғалімдердің жалақысы аз екендігін айтты. Біз оны түзетеміз, – деді әкім"
        " Серік Ахметов.",
        [
            (
                "direct",
                "Президент Қ.Тоқаев Жолдауда мұғалімдердің жалақысы аз екендігін айтты. Біз оны түзетеміз",
                "Серік Ахметов",
            ),
            ("reported", "Жолдауда мұғалімдердің жалақысы аз", "Қ.Тоқаев"),
        ],
    ),
    # 'told' and 'did not hide' a clause are speech; a topic or a feeling is not
    (
        "Министр Марат Қарабаев келді. Ол сондай-ақ терминалдың құрылысы жалғасып жатқанын баяндады.",
        [("reported", "терминалдың құрылысы жалғасып жатқанын", "Марат Қарабаев")],
    ),
    ("Министр жұмыстар туралы баяндады.", []),
    (
        "Базардағы сатушылар пияздың сапасы төмен екенін жасырмайды.",
        [("reported", "пияздың сапасы төмен", "Базардағы сатушылар")],
    ),
    ("Олар өз қуаныштарын жасырмады.", []),
    # the data a body released, 'according to' it: that body's speech
    (
        "Ұлттық статистика бюросы таратқан ресми мәліметке сүйенсек, қаңтар-тамыз айларында 250 мың бала туған.",
        [("reported", "қаңтар-тамыз айларында 250 мың бала туған", "Ұлттық статистика бюросы")],
    ),
    (
        "Сенат депутаты Г. Шиповских келтірген мәліметке сай, кезекте 5 мыңға жуық азамат тұр.",
        [("reported", "кезекте 5 мыңға жуық азамат тұр", "Г. Шиповских")],
    ),
    # a plural noun opening the sentence is its speaker though a locative follows it in the speech
    (
        "Синоптиктер 1 ақпанда Қазақстанның он екі қаласында ауа ластанатынын ескертті.",
        [("reported", "1 ақпанда Қазақстанның он екі қаласында ауа ластанатынын", "Синоптиктер")],
    ),
    (
        "Кездесулер барысында тұрғындар жол жөнделмегенін айтты.",
        [("reported", "жол жөнделмегенін", "тұрғындар")],
    ),
    # with no one named inside, the quote stays one
    (
        "«Біз бұл жұмысты биыл аяқтаймыз деп уәде бердік», – деді Серік Ахметов.",
        [("direct", "Біз бұл жұмысты биыл аяқтаймыз деп уәде бердік", "Серік Ахметов")],
    ),
]


@pytest.mark.parametrize(("text", "quotes"), QUOTES)
def test_quotes(text, quotes):
    assert speakers(text) == quotes


BODIES = [
    # the body a generic ``Ведомство`` stands for: the last one the text names, past a connective
    (
        "Бұл туралы Оқу-ағарту министрлігінің Telegram-дағы арнасында хабарланды. Ведомство мәліметінше,",
        "Оқу-ағарту министрлігі",
    ),
    ("Ұлттық статистика бюросы деректерді таратты. Ведомство мәліметінше,", "Ұлттық статистика бюросы"),
    ("Ақтөбе облысы прокуратурасы қаражатты қайтарды. Ведомство мәліметінше,", "Ақтөбе облысы прокуратурасы"),
    ("Жиын өтті. Ведомство мәліметінше,", None),
]


@pytest.mark.parametrize(("text", "body"), BODIES)
def test_named_body(text, body):
    assert named_body(text, text.index("Ведомство")) == body


@pytest.mark.parametrize(
    ("span", "kept"),
    [
        ("Шайхы-Ислам халық арасында", "Шайхы-Ислам"),  # lowercase words NER ran a name into
        ("үздігі Шалқар Рысханов", "Шалқар Рысханов"),
        ("Наурызбай қажы Тағанұлы", "Наурызбай қажы Тағанұлы"),  # a name's own particle stays
        ("әОльга Довгун", "әОльга Довгун"),  # a glued typo keeps its capital
    ],
)
def test_cased_persons(span, kept):
    assert [e.text for e in cased_persons(span, [Entity(0, len(span), span, "PERSON", "")])] == [kept]
