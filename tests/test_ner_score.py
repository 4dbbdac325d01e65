import pytest

from derek.ner.detok import detokenize
from derek.ner.score import prf, score


def test_ner_score_hand_made_pairs():
    gold = [(0, 0, 2, "PERSON"), (0, 3, 4, "GPE"), (1, 0, 1, "GPE"), (1, 2, 5, "DATE")]
    pred = [
        (0, 0, 2, "PERSON"),
        (0, 3, 4, "LOCATION"),
        (1, 0, 1, "GPE"),
        (1, 2, 4, "DATE"),
        (1, 6, 7, "DATE"),
    ]
    out = score(gold, pred)
    # tp: PERSON, GPE(1) = 2; fp: LOCATION, DATE(2-4), DATE(6-7) = 3; fn: GPE(0), DATE(2-5) = 2
    assert out["micro"] == {"precision": 0.4, "recall": 0.5, "f1": 0.4444}
    assert out["per_label"]["PERSON"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0, "support": 1}
    assert out["per_label"]["GPE"] == {"precision": 1.0, "recall": 0.5, "f1": 0.6667, "support": 2}
    assert out["per_label"]["DATE"] == {"precision": 0.0, "recall": 0.0, "f1": 0.0, "support": 1}
    assert out["per_label"]["LOCATION"]["support"] == 0


def test_ner_score_duplicates_and_empty():
    assert score([], [])["micro"] == {"precision": 0.0, "recall": 0.0, "f1": 0.0}
    out = score([(0, 0, 1, "GPE")], [(0, 0, 1, "GPE"), (0, 0, 1, "GPE")])
    assert out["micro"]["precision"] == 0.5 and out["micro"]["recall"] == 1.0


def test_ner_prf():
    assert prf(3, 1, 2) == {"precision": 0.75, "recall": 0.6, "f1": 0.6667}


@pytest.mark.parametrize(
    "tokens, text",
    [
        ("Ол Астанада болды .", "Ол Астанада болды."),
        ("« Алаш » партиясы ( 1917 ) , деді :", "«Алаш» партиясы (1917), деді:"),
        ('Ол " Ақ жол " деді', 'Ол "Ақ жол" деді'),
        ("өсім 50 % болды !", "өсім 50% болды!"),
        ("Сонымен — деді ол", "Сонымен — деді ол"),
    ],
)
def test_ner_detokenize(tokens, text):
    got, offsets = detokenize(tokens.split())
    assert got == text
    assert [got[s:e] for s, e in offsets] == tokens.split()
