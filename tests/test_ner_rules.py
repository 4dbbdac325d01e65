import pytest

from derek.ner.rules import fix


@pytest.mark.parametrize(
    "tokens, found, fixed",
    [
        ("6 , 5 мыңнан астам үй", [(0, 5, "MONEY")], [(0, 5, "CARDINAL")]),
        ("5 , 3 пайызға дейін", [(0, 5, "MONEY")], [(0, 5, "PERCENTAGE")]),
        ("4 миллиард АҚШ долларына жетеді", [(0, 4, "QUANTITY")], [(0, 4, "MONEY")]),
        ("500 кубтай су келген", [(0, 1, "CARDINAL")], [(0, 2, "QUANTITY")]),
        ("500 тонна астық", [(0, 2, "MONEY")], [(0, 2, "QUANTITY")]),
        ("Астанада 5 адам", [(0, 1, "GPE"), (1, 2, "CARDINAL")], [(0, 1, "GPE"), (1, 2, "CARDINAL")]),
    ],
)
def test_ner_rules_fix_numeric_labels(tokens, found, fixed):
    assert fix(tokens.split(), found) == fixed
