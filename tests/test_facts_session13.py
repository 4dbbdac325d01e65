"""Session 13 rules, read from real Kazakh news pages (news-test26 … news-test31, read before): school years
said relative to the publication (``Биылғы оқу жылында``, ``жаңа оқу жылына``) or by their edge, and a
feast's day that takes no year from its sentence. One line per case."""

from __future__ import annotations

import pytest

from derek import analyze

DATES = [
    # a school year relative to the publication: the one begun by August, as a range of its two years
    ("Биылғы оқу жылында 300 оқушы білім алады.", "2026-01-08", [("Биылғы оқу жылында", "2025/2026")]),
    ("Биылғы оқу жылында 300 оқушы білім алады.", "2025-09-22", [("Биылғы оқу жылында", "2025/2026")]),
    ("Былтырғы оқу жылында 20 мұғалім келді.", "2025-09-22", [("Былтырғы оқу жылында", "2024/2025")]),
    ("Келесі оқу жылында мектеп ашылады.", "2026-03-02", [("Келесі оқу жылында", "2026/2027")]),
    ("Жаңа оқу жылына дайындық басталды.", "2025-08-31", [("Жаңа оқу жылына", "2025/2026")]),
    ("Оқу жылының басында оқушылар келді.", "2026-01-08", [("Оқу жылының басында", "2025/2026")]),
    # a written school year keeps its range with its edge (an en dash too)
    (
        "2025–2026 оқу жылының басына дейін мектеп жөнделеді.",
        "2025-05-10",
        [("2025–2026 оқу жылының басына", "2025/2026")],
    ),
    # with no publication date a relative school year is unknown; every school year is a set, no date
    ("Биылғы оқу жылында 300 оқушы білім алады.", None, []),
    ("Әр оқу жылы басында жиналыс өтеді.", "2026-01-08", []),
    # a feast's day defined by a dash clause takes no year from its sentence
    (
        "Елімізде 2019 жылдан бастап 28 маусым – журналистер мерекесі күні болып бекітілді.",
        None,
        [("2019 жылдан", "2019"), ("28 маусым", "XXXX-06-28")],
    ),
    ("2025 жылының қаңтарында зауыт ашылды.", None, [("2025 жылының қаңтарында", "2025-01")]),
]


@pytest.mark.parametrize("text, published, dates", DATES)
def test_dates(text, published, dates):
    assert [(d.text, d.value) for d in analyze(text, published=published).dates] == dates
