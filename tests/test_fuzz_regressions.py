"""One-line regressions for crashes the fuzzers found (tests/test_fuzz.py, and longer runs: docs/fuzz.md)."""

import derek
from derek.cli import main
from fuzz_inputs import check_document


def test_lone_surrogate_reaches_spacy_as_replacement_character():
    check_document(derek.analyze("Бір\udfffнеше ғасыр бұрын."), "Бір\udfffнеше ғасыр бұрын.")


def test_negative_max_bytes_is_a_coded_error_not_an_internal_one(tmp_path, capsys):
    (tmp_path / "a.txt").write_text("Астанада жиын өтті.")
    assert main(["analyze", str(tmp_path / "a.txt"), "--max-bytes", "-5"]) == 2
    assert capsys.readouterr().err.startswith("error E107: ")
