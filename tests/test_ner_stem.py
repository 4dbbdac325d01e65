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


def test_ner_features_in_the_doc_match_the_component():
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from derek.ner.features import features, set_features

    words = ["Астанада", "2025", "жылғы", "балаларының", "ҚХР-дың", "."]
    lemmas, endings = features(words)
    assert (lemmas[0], endings[0]) == ("астана", "да")
    vocab = Vocab()
    built = Doc(vocab, words=words, lemmas=lemmas, tags=endings)
    component = set_features(Doc(vocab, words=words))
    assert [(t.lemma_, t.tag_) for t in built] == [(t.lemma_, t.tag_) for t in component]
