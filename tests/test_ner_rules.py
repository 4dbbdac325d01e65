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
        ("Сонымен бір айдай істеп", [(1, 2, "CARDINAL")], [(1, 3, "DATE")]),
        ("30 күндей күтеміз", [(0, 2, "CARDINAL")], [(0, 2, "DATE")]),
        ("2 сағаттан кейін", [(0, 1, "CARDINAL")], [(0, 2, "TIME")]),
        ("19 жылыту маусымы", [(0, 1, "CARDINAL")], [(0, 1, "CARDINAL")]),
    ],
)
def test_ner_rules_fix_numeric_labels(tokens, found, fixed):
    assert fix(tokens.split(), found) == fixed


@pytest.mark.parametrize(
    "tokens, found, fixed",
    [
        ("Тезекбаев пен Тұңғышбаевтың әріптестері", [(0, 1, "PERSON")], [(0, 1, "PERSON"), (2, 3, "PERSON")]),
        ("Сонда Иван Дүйсенов келді", [], [(1, 3, "PERSON")]),
        ("айыпталушы Нұрмұханова алты жылға", [(2, 4, "DATE")], [(1, 2, "PERSON"), (2, 4, "DATE")]),
        ("Қонаев көшесінде", [(0, 2, "FACILITY")], [(0, 2, "FACILITY")]),
        ("Ол Бегунов деп аталады", [], [(1, 2, "PERSON")]),
        ("жаңа мектептер ашылды", [], []),
    ],
)
def test_ner_rules_add_untagged_surnames(tokens, found, fixed):
    assert fix(tokens.split(), found) == fixed


@pytest.mark.parametrize(
    "tokens, found, fixed",
    [
        ("« Лу Бань шеберханасы » жобасына бөлінді .", [(1, 8, "PRODUCT")], [(1, 4, "PRODUCT")]),
        ("« Қазақстан темір жолы » компаниясы", [(0, 5, "ORGANISATION")], [(0, 5, "ORGANISATION")]),
        ("Астанада « жиын", [(0, 3, "GPE")], [(0, 1, "GPE")]),
        ("Ол келді .", [(2, 3, "PERSON")], []),
    ],
)
def test_ner_rules_tidy_quotes_and_punctuation(tokens, found, fixed):
    assert fix(tokens.split(), found) == fixed


@pytest.mark.parametrize(
    "tokens, found, fixed",
    [
        ("Ол Красин кентіне барды", [], [(1, 2, "GPE")]),
        ("Иван Ленинград облысының ауылында", [(0, 1, "PERSON")], [(0, 1, "PERSON"), (1, 3, "GPE")]),
        ("ауданындағы Дәулет аулында тұрады", [(1, 2, "PERSON")], [(1, 2, "GPE")]),
        ("Ол Тоқаев қалады деді", [(1, 2, "PERSON")], [(1, 2, "PERSON")]),
        ("Шемонаиха ауданында", [], []),
    ],
)
def test_ner_rules_places_before_settlement_nouns(tokens, found, fixed):
    assert fix(tokens.split(), found) == fixed


@pytest.mark.parametrize(
    "tokens, found, fixed",
    [
        ("Сыртқы істер министрі келді", [(0, 3, "ORGANISATION")], [(0, 3, "POSITION")]),
        ("Республика Президентіне кандидат", [(0, 2, "ORGANISATION")], [(0, 2, "POSITION")]),
        ("Ішкі істер министрлігі", [(0, 3, "ORGANISATION")], [(0, 3, "ORGANISATION")]),
    ],
)
def test_ner_rules_posts_named_as_organisations(tokens, found, fixed):
    assert fix(tokens.split(), found) == fixed


@pytest.mark.parametrize(
    "tokens, found, fixed",
    [
        ("Президент Америкаға барды", [(0, 1, "POSITION")], [(0, 1, "POSITION"), (1, 2, "GPE")]),
        ("594 Қазақстан азаматы", [(0, 1, "CARDINAL")], [(0, 1, "CARDINAL"), (1, 2, "GPE")]),
        ("АҚШ-тың елшісі", [], [(0, 1, "GPE")]),
        ("Ораз келді", [], []),
        ("Қазақстан темір жолы", [(0, 3, "ORGANISATION")], [(0, 3, "ORGANISATION")]),
    ],
)
def test_ner_rules_gazetteer(tokens, found, fixed):
    assert fix(tokens.split(), found) == fixed


def test_ner_places_examples_name_their_place():
    from derek.ner.places import NAMES

    for name, example in NAMES.items():
        assert example.lower().startswith(name.lower()), (name, example)
