"""Session 30 rules, read from real Kazakh news pages (news-test267 … news-test282, never read before this session):
a dash feast that is the occasion of this year's event is dated in a dated text; 'from A to B' ranges across a comma,
a written date's year word, two granularities and 'and ... to' (docs/facts.md "Session 30"). One line per case."""

from __future__ import annotations

import pytest
from quotes_shared import speakers

from derek import analyze

DATED = [
    # a dash feast in the dative or locative, or after Бүгін, is this year's occasion
    ("9 мамыр – Жеңіс күніне орай ардагерлерге акция болып өтті.", [("9 мамыр", "2024-05-09")]),
    ("Марапаттау 25 қазан – Республика күнінде өтеді.", [("25 қазан", "2024-10-25")]),
    ("Бүгін, 7 қыркүйек – Мұнайшылар күні.", [("Бүгін", "2024-05-20"), ("7 қыркүйек", "2024-09-07")]),
    # ... its definition in the nominative recurs
    ("14 наурыз – батыс өңірінде ертеден тойланып келе жатқан мейрам.", [("14 наурыз", "XXXX-03-14")]),
    ("Сегізінші маусым — Тыныштық күні.", [("Сегізінші маусым", "XXXX-06-08")]),
    # 'from A to B': a comma after бастап, a written date's year word, two granularities, 'and ... to'
    ("Жоба 2024 жылдан бастап, 2027 жылға дейінгі кезеңді қамтиды.", [("2024 жылдан бастап, 2027 жылға дейінгі", "2024/2027")]),
    ("Қабылдау 10.02.2025 жылдан 20.03.2025 жылға дейін жүреді.", [("10.02.2025 жылдан 20.03.2025 жылға дейін", "2025-02-10/2025-03-20")]),
    ("Жұмыс 2020 жылдан 2022 жылдың бірінші тоқсанына дейін созылды.", [("2020 жылдан 2022 жылдың бірінші тоқсанына дейін", "2020/2022-Q1")]),
    ("Көпір 1975 жылмен 2000 жыл аралығында салынды.", [("1975 жылмен 2000 жыл аралығында", "1975/2000")]),
    ("Жөндеу 16 мамыр мен жетінші шілдеге дейін созылады.", [("16 мамыр мен жетінші шілдеге дейін", "2024-05-16/2024-07-07")]),
    # 'since the year began': the publication's year
    ("Жыл басталғалы облыста 120 өрт болды.", [("Жыл басталғалы", "2024")]),
    ("Жыл басталғаннан бері 40 адам құтқарылды.", [("Жыл басталғаннан бері", "2024")]),
    # ... not two relative ends of two granularities
    ("Келесі айдан бастап жыл соңына дейін жабық.", [("Келесі айдан", "2024-06"), ("жыл соңына", "2024")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "dates"), DATED)
def test_dated(text, dates):
    assert [(d.text, d.value) for d in analyze(text, published="2024-05-20").dates] == dates


QUOTES = [
    # a post alone (a rank word before it, the State Secretary) or in its body, that no post of the article names,
    # is the one person the article quotes by name with no post: a surname alone or after initials counts
    (
        "«Техника сатып алу өсті», - деді бірінші вице-министр.\n«Зауыттар үлгермей жатыр», - деді Сапаров.",
        [("direct", "Техника сатып алу өсті", "Сапаров"), ("direct", "Зауыттар үлгермей жатыр", "Сапаров")],
    ),
    (
        "«Ардагерлер азайып барады», деді Мемлекеттік хатшы.\n«Наградаларды талқылаймыз», деді Қ.Саудабаев.",
        [("direct", "Ардагерлер азайып барады", "Қ.Саудабаев"), ("direct", "Наградаларды талқылаймыз", "Қ.Саудабаев")],
    ),
    (
        "«Ауылдар сумен қамтылады», - деді Өнеркәсіп және құрылыс министрі.\n«Жоба биыл бітеді», - деді Қуандық Қажкенов.",
        [("direct", "Ауылдар сумен қамтылады", "Қуандық Қажкенов"), ("direct", "Жоба биыл бітеді", "Қуандық Қажкенов")],
    ),
    # ... not when two persons speak by name
    (
        "«Жол салынады», - деді облыс әкімінің орынбасары.\n«Қаржы бар», - деді Сапаров.\n«Жоба дайын», - деді Марат Әлиев.",
        [("direct", "Жол салынады", "облыс әкімінің орынбасары"), ("direct", "Қаржы бар", "Сапаров"), ("direct", "Жоба дайын", "Марат Әлиев")],
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "quotes"), QUOTES)
def test_quotes(text, quotes):
    assert speakers(text) == quotes
