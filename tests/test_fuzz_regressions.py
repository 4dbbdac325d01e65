"""One-line regressions for crashes the fuzzers found (tests/test_fuzz.py, and longer runs: docs/fuzz.md)."""

import derek
from fuzz_inputs import check_document


def test_lone_surrogate_reaches_spacy_as_replacement_character():
    check_document(derek.analyze("Бір\udfffнеше ғасыр бұрын."), "Бір\udfffнеше ғасыр бұрын.")
