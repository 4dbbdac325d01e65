"""Character-span NER gold (``derek.ner.span_gold``) and ``derek evaluate ner`` on a JSONL set."""

import json

import pytest

from derek import errors
from derek.cli import main
from derek.ner import span_gold
from derek.ner.baseline import MostFrequentTag
from derek.ner.data import Tagged

TEXT = "Қасым-Жомарт Тоқаев 2025 жылғы 31 қазанда Астанада шетелдік инвесторлармен кездесті."


def _span(text, part, label):
    start = text.index(part)
    return [start, start + len(part), label]


def _write(path, records):
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")


@pytest.fixture
def gold(tmp_path):
    ents = [_span(TEXT, "Қасым-Жомарт Тоқаев", "PERSON"), _span(TEXT, "Астанада", "GPE")]
    path = tmp_path / "g.jsonl"
    _write(path, [{"id": "a", "text": TEXT, "entities": ents}])
    return path


def test_read_gives_records(gold):
    (rec,) = span_gold.read(gold)
    assert rec.id == "a" and rec.text[rec.entities[0][0] : rec.entities[0][1]] == "Қасым-Жомарт Тоқаев"


def test_read_a_folder_reads_every_jsonl(gold):
    _write(gold.with_name("h.jsonl"), [{"id": "b", "text": "Бір.", "entities": []}])
    assert [r.id for r in span_gold.read(gold.parent)] == ["a", "b"]


@pytest.mark.parametrize(
    "line",
    [
        '{"id": "x"}',
        '{"text": "абв", "entities": [[0, 9, "GPE"]]}',
        "not json",
        '{"text": "а", "entities": 3}',
    ],
)
def test_bad_lines_are_e301(tmp_path, line):
    path = tmp_path / "bad.jsonl"
    path.write_text(line + "\n", encoding="utf-8")
    with pytest.raises(errors.BadDataFile):
        span_gold.read(path)


def test_labels_outside_the_annotated_ones_are_not_scored():
    recs = [span_gold.SpanRecord("a", "аа бб", ((0, 2, "PERSON"),))]
    pred = [(0, 0, 2, "PERSON"), (0, 3, 5, "CARDINAL")]
    assert span_gold._report(recs, pred, {"PERSON"}, 2, 1.0)["micro"]["f1"] == 1.0
    assert span_gold._report(recs, pred, (), 2, 1.0)["micro"]["precision"] == 0.5


def test_baseline_tags_derek_tokens():
    base = MostFrequentTag([Tagged(("Астанада", "болды"), ("B-GPE", "O"), "g")])
    recs = [span_gold.SpanRecord("a", "Біз Астанада болдық.", ((4, 12, "GPE"),))]
    assert span_gold.evaluate_baseline(recs, base, {"GPE"})["micro"]["f1"] == 1.0


def test_cli_scores_a_jsonl_set_with_the_shipped_model(gold, capsys):
    assert main(["evaluate", "ner", str(gold), "--labels", "PERSON,GPE"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["mode"] == "raw_spans" and out["sentences"] == 1
    assert out["per_label"]["PERSON"]["f1"] == 1.0 and out["per_label"]["GPE"]["f1"] == 1.0
    assert "DATE" not in out["per_label"]
