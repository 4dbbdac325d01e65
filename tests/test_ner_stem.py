import pytest

from derek.ner.suffixes import CASE, PLURAL, POSSESSIVE, stem


@pytest.mark.parametrize(
    "word, expected",
    [
        ("Астана", ("астана", "")),
        ("Астанада", ("астана", "да")),
        ("Астанаға", ("астана", "ға")),
        ("Қазақстанның", ("қазақстан", "ның")),
        ("Қазақстаннан", ("қазақстан", "нан")),
        ("ҚХР-дың", ("қхр", "дың")),
        ("облысындағы", ("облыс", "ы+ндағы")),
        ("төрағасы", ("төраға", "сы")),
        ("балаларының", ("бала", "лар+ы+ның")),
        ("жылғы", ("жыл", "ғы")),
        ("Лондонда", ("лондон", "да")),
        ("Ол", ("ол", "")),
    ],
)
def test_ner_stem(word, expected):
    assert stem(word) == expected


def test_ner_stem_examples_carry_their_ending():
    for table in (CASE, POSSESSIVE, PLURAL):
        for ending, example in table.items():
            assert example.lower().endswith(ending), (ending, example)
