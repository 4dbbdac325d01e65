"""Session 24 rules, read from fresh real Kazakh news pages (news-test158 and news-test159, read this session): the
commissioners for rights (``... жөніндегі уәкіл``, ``омбудсмен``) hold posts; a body named after the speech verb in
six to eight lowercase words speaks (``..., деп хабарлады еңбек және халықты әлеуметтік қорғау министрлігі``);
'expressed' a clause (``... әзір екенін білдірді``) is speech; ``жүгінсек`` 'if we turn to' a body's data and a body's statistics open its reported speech. One line per case
(docs/facts.md "Session 24")."""

from __future__ import annotations

import pytest
from quotes_shared import speakers, triples

from derek import analyze

ROLES = [
    # the commissioners for rights hold posts
    (
        "Қазақстан Республикасындағы Бала құқықтары жөніндегі уәкіл Аружан Саин отырысқа қатысты.",
        [("Аружан Саин", "уәкіл", None)],
    ),
    ("Балалар омбудсмені Аружан Саин жазба жариялады.", [("Аружан Саин", "омбудсмен", None)]),
    # the adjective 'authorized' is no post
    ("Уәкілетті орган өкілі Серік Ахметов келді.", [("Серік Ахметов", "өкіл", None)]),
]


@pytest.mark.parametrize(("text", "roles"), ROLES)
def test_roles(text, roles):
    assert triples(analyze(text, published="2025-05-01").roles) == roles


QUOTES = [
    # a body named after the verb in six to eight lowercase words
    (
        "Биыл квота 16 процентке қысқарады, деп хабарлады еңбек және халықты әлеуметтік қорғау министрлігі.",
        [
            (
                "reported",
                "Биыл квота 16 процентке қысқарады",
                "еңбек және халықты әлеуметтік қорғау министрлігі",
            )
        ],
    ),
    (
        "Биыл 21 отандық туынды көрерменге жол тартады, деп хабарлайды ұлттық киноны қолдау мемлекеттік орталығының"
        " баспасөз қызметі.",
        [
            (
                "reported",
                "Биыл 21 отандық туынды көрерменге жол тартады",
                "ұлттық киноны қолдау мемлекеттік орталығының баспасөз қызметі",
            )
        ],
    ),
    # a clause with a verb after the speech verb is no body's name
    (
        "Биыл квота қысқарады, деп хабарлады кеше жиын өткізген облыстық білім басқармасы.",
        [("reported", "Биыл квота қысқарады", None)],
    ),
    # 'expressed' a clause is speech; a noun object is none
    (
        "Серік Ахметов компания жобаға қолдау көрсетуге әзір екенін білдірді.",
        [("reported", "компания жобаға қолдау көрсетуге әзір", "Серік Ахметов")],
    ),
    ("Серік Ахметов тұрғындарға алғысын білдірді.", []),
    # 'if we turn to' a body's data, a body's statistics
    (
        "ҚР денсаулық сақтау министрлігінің мәліметіне жүгінсек, Қазақстанда 50 мың нашақор бар.",
        [("reported", "Қазақстанда 50 мың нашақор бар", "ҚР денсаулық сақтау министрлігі")],
    ),
    (
        "Еуразиялық экономикалық комиссияның статистикасы бойынша Қазақстанға келетін ресейліктердің саны өскен.",
        [("reported", "Қазақстанға келетін ресейліктердің саны өскен", "Еуразиялық экономикалық комиссия")],
    ),
]


@pytest.mark.parametrize(("text", "quotes"), QUOTES)
def test_quotes(text, quotes):
    assert speakers(text) == quotes
