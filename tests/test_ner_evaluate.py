import json

from derek.cli import main
from derek.ner import data
from derek.ner.evaluation import evaluate_baseline

SAMPLE = "tests/data/ner/sample.txt"


def run_json(capsys, *argv):
    assert main(list(argv)) == 0
    return json.loads(capsys.readouterr().out)


def test_ner_evaluate_cli_gold_tokens(capsys):
    out = run_json(capsys, "evaluate", "ner", SAMPLE, "--baseline-data", SAMPLE)
    assert out["sentences"] == 4 and out["mode"] == "gold_tokens"
    assert set(out["micro"]) == {"precision", "recall", "f1"}
    assert out["per_label"]["PERSON"]["support"] == 2
    assert out["tokens_per_second"] > 0
    assert "micro" in out["baseline"]


def test_ner_evaluate_cli_raw(capsys):
    out = run_json(capsys, "evaluate", "ner", SAMPLE, "--raw", "--baseline-data", SAMPLE)
    assert out["mode"] == "raw" and out["sentences"] == 4
    assert out["per_label"]["GPE"]["support"] == 3


def test_ner_baseline_learns_most_frequent_tag():
    sentences = data.read(SAMPLE)
    out = evaluate_baseline(sentences, sentences)  # scored on what it learned from: near perfect
    assert out["micro"]["recall"] >= 0.8


def test_ner_evaluate_cli_bad_file(tmp_path, capsys):
    bad = tmp_path / "bad.txt"
    bad.write_text("Астана\n", encoding="utf-8")
    assert main(["evaluate", "ner", str(bad)]) == 2
    assert "E301" in capsys.readouterr().err
