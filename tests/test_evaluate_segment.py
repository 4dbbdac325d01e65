import json
from pathlib import Path

import pytest

from derek.cli import main
from derek.evaluate.readers import detokenize, read_any
from derek.evaluate.scoring import score
from derek.evaluate.segment import build_running_text, evaluate

DATA = Path(__file__).parent / "data"


def test_score_arithmetic():
    prf = score([(0, 1), (2, 3), (4, 5)], [(0, 1), (2, 3), (6, 7), (8, 9)])
    assert (prf.tp, prf.fp, prf.fn) == (2, 2, 1)
    assert prf.precision == pytest.approx(0.5)
    assert prf.recall == pytest.approx(2 / 3)
    assert prf.f1 == pytest.approx(4 / 7)


def test_score_of_nothing_is_zero_not_an_error():
    assert score([], []).as_json() == {"precision": 0.0, "recall": 0.0, "f1": 0.0}


def test_detokenize_spacing():
    text, spans = detokenize(["«", "Жол", "»", ",", "—", "деді", "(", "ол", ")", "."])
    assert text == "«Жол», — деді (ол)."
    assert [text[a:b] for a, b in spans] == ["«", "Жол", "»", ",", "—", "деді", "(", "ол", ")", "."]


def test_read_conllu_and_running_text():
    gold = read_any(DATA / "tiny.conllu")
    assert [len(s.tokens) for s in gold] == [3, 11]
    text, sents, toks = build_running_text(gold)
    assert text == "Концерт өтті. «Жастар — ел болашағы», — деді ол."
    assert [text[a:b] for a, b in sents] == ["Концерт өтті.", "«Жастар — ел болашағы», — деді ол."]
    assert len(toks) == 14


def test_evaluate_segment_on_tiny_file():
    result = evaluate(read_any(DATA / "tiny.conllu"))
    assert result["sentences"]["f1"] == 1.0
    assert result["tokens"]["f1"] == 1.0
    assert result["baselines"]["whitespace"]["tokens"]["f1"] < 1.0


def test_evaluate_segment_cli(capsys):
    assert main(["evaluate", "segment", str(DATA / "tiny.conllu")]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) >= {"sentences", "tokens", "baselines"}
    assert set(data["baselines"]) >= {"whitespace", "regex", "razdel"}


def test_evaluate_segment_missing_file(capsys):
    assert main(["evaluate", "segment", "/no/file.conllu"]) == 2
    assert capsys.readouterr().err.startswith("error E101")
