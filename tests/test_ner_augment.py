from derek.ner.augment import augment
from derek.ner.data import Tagged
from derek.ner.iob import spans
from derek.ner.suffixes import stem

SENTENCES = [
    Tagged(("Тоқаевтың", "сапары", "Астанада", "өтті"), ("B-PERSON", "O", "B-GPE", "O"), "A1"),
    Tagged(("Назарбаевтың", "сөзі", "Лондонда", "айтылды"), ("B-PERSON", "O", "B-GPE", "O"), "A2"),
    Tagged(("Асқар", "Мамин", "келді"), ("B-PERSON", "I-PERSON", "O"), "A3"),
    Tagged(("Ерлан", "Қарин", "келді"), ("B-PERSON", "I-PERSON", "O"), "A4"),
    Tagged(("Бүгін", "жаңбыр", "жауды"), ("O", "O", "O"), "A5"),
]


def test_augment_swaps_names_with_the_same_endings():
    out = augment(SENTENCES, copies=5, rate=1.0, seed=1)
    assert out
    for s in out:
        assert len(s.tokens) == len(s.tags)
        for start, end, label in spans(s.tags):
            assert label in ("PERSON", "GPE")
            last = s.tokens[end - 1]
            if label == "GPE":
                assert stem(last)[1] == "да"  # Астанада <-> Лондонда only
            elif end - start == 1:
                assert stem(last)[1] == "тың"
    assert all(s.tokens[-1] != "жауды" for s in out)  # a sentence with no name is never copied


def test_augment_is_reproducible_and_leaves_input_alone():
    assert augment(SENTENCES, seed=3) == augment(SENTENCES, seed=3)
    assert augment(SENTENCES, copies=0) == []
    assert SENTENCES[0].tokens[0] == "Тоқаевтың"
