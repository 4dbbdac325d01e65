"""Crashes the fuzzers found in derek/facts and derek evaluate facts, now fixed (docs/fuzz.md)."""

import pytest

import derek
from derek.cli import main


def test_tomorrow_on_the_last_representable_day_does_not_overflow():
    doc = derek.analyze("Ертең жиын өтеді.", published="9999-12-31")  # resolve._shifted: OverflowError
    assert [d.value for d in doc.dates] == ["XXXX-XX-XX"]  # past the calendar: as if no date were known


def test_next_week_on_the_last_representable_day_does_not_overflow():
    derek.analyze("Келесі аптада келеді.", published="9999-12-31")  # resolve._shifted: OverflowError


def test_yesterday_on_the_first_representable_day_does_not_overflow():
    derek.analyze("Кеше келді.", published="0001-01-01")  # resolve._shifted: OverflowError


@pytest.mark.parametrize("text", ["«Жиын өтті», — деді ’.", "«Жиын өтті» — деді '."])
def test_a_stray_apostrophe_after_the_cue_is_no_speaker_and_no_crash(text):
    derek.analyze(text)  # speakers.after_speaker: IndexError, no word in the phrase "'" (speakers.py:240)


def _evaluate_facts(tmp_path, capsys, data: bytes) -> tuple[int, str]:
    (tmp_path / "f.jsonl").write_bytes(data)
    code = main(["evaluate", "facts", str(tmp_path / "f.jsonl")])
    return code, capsys.readouterr().err


@pytest.mark.parametrize(
    "line",
    [
        b'{"text": "\xd0\x96\xd0\xb8\xd1\x8b\xd0\xbd"}',  # no "dates" key: KeyError in evaluate/facts.py
        b'{"text": "x", "dates": 5}',  # TypeError in facts/matching.align
        b'{"text": "x", "dates": [], "published": "bad"}',  # ValueError from date.fromisoformat
        b'{"text": 5, "dates": []}',  # TypeError in normalize (read_records checks no types)
        b"\x89PNG\r\n\x1a\n",  # UnicodeDecodeError in read_records
    ],
)
def test_evaluate_facts_on_a_bad_record_is_e301_not_e900(tmp_path, capsys, line):
    code, err = _evaluate_facts(tmp_path, capsys, line + b"\n")
    assert code == 2 and err.startswith("error E301: "), err
