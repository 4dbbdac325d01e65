"""Session 35 rules, read from real Kazakh news pages (news-test347 … news-test354, never read before this session)
and counted over every read part (docs/facts.md "Session 35"). One line per case."""

from __future__ import annotations

import pytest
from quotes_shared import speakers

QUOTES = [
    # ``ол`` after a speech of several sentences is someone named before the speech, never a name inside it
    (
        "Осы турасында федерация президенті Ескендір Рахметовтен сұрадық.\n– Ерте заманнан бері бұл ойын дамып "
        "келеді. Ақсақалдар да балаларға бата берді, – деп сөзін бастады ол.",
        [
            (
                "direct",
                "Ерте заманнан бері бұл ойын дамып келеді. Ақсақалдар да балаларға бата берді",
                "Ескендір Рахметов",
            )
        ],
    ),
]


@pytest.mark.parametrize(("text", "quotes"), QUOTES)
def test_quotes(text, quotes):
    assert speakers(text) == quotes
