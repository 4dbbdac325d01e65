"""One-line regressions for crashes the fuzzers found (tests/test_fuzz.py, and longer runs: docs/fuzz.md)."""

import datetime as dt

import pytest
from fuzz_inputs import check_document

import derek
from derek import errors
from derek.cli import main
from derek.store import Store
from derek.store.sources import iter_sources


def test_lone_surrogate_reaches_spacy_as_replacement_character():
    check_document(derek.analyze("Бір\udfffнеше ғасыр бұрын."), "Бір\udfffнеше ғасыр бұрын.")


def test_negative_max_bytes_is_a_coded_error_not_an_internal_one(tmp_path, capsys):
    (tmp_path / "a.txt").write_text("Астанада жиын өтті.")
    assert main(["analyze", str(tmp_path / "a.txt"), "--max-bytes", "-5"]) == 2
    assert capsys.readouterr().err.startswith("error E107: ")


def test_jsonl_record_with_a_lone_surrogate_escape_is_rejected_not_a_crash(tmp_path):
    (tmp_path / "a.jsonl").write_text('{"text": "Жиын\\ud800 өтті."}\n{"text": "Жиын өтті."}\n')
    assert [type(r).__name__ for r in iter_sources([tmp_path / "a.jsonl"])] == ["Rejected", "Item"]


def test_jsonl_title_that_is_no_string_is_rejected_not_a_store_error(tmp_path):
    (tmp_path / "a.jsonl").write_text('{"text": "Жиын өтті.", "title": 5}\n')
    assert next(iter_sources([tmp_path / "a.jsonl"])).error.code == "E108"


def test_feed_charref_to_a_surrogate_reads_as_replacement_character(tmp_path):
    (tmp_path / "f.rss").write_text(
        "<rss><channel><item><description>Жиын &#xD800; өтті</description></item></channel></rss>"
    )
    assert next(iter_sources([tmp_path / "f.rss"])).text == "Жиын \ufffd өтті"


def test_store_refuses_a_lone_surrogate_with_a_coded_error(tmp_path):
    with pytest.raises(errors.StoreError):
        Store(tmp_path / "kb.db").add(derek.analyze("Жиын\ud800 өтті."))


def test_evaluate_lemma_on_a_binary_file_is_e301_not_e900(tmp_path, capsys):
    (tmp_path / "x.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    assert main(["evaluate", "lemma", str(tmp_path / "x.png")]) == 2
    assert capsys.readouterr().err.startswith("error E301: ")


def test_a_datetime_published_anchors_by_its_day():
    assert (
        derek.analyze("Ертең келеді.", published=dt.datetime(2025, 1, 1, 10, 30)).dates[0].value
        == "2025-01-02"
    )
