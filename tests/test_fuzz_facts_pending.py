"""Crashes the fuzzers found in derek/facts (owned by the facts engineers): xfail until fixed, then flip."""

import pytest

import derek

PENDING = pytest.mark.xfail(strict=True, reason="facts crash found by fuzzing: see docs/fuzz.md")


@PENDING
def test_tomorrow_on_the_last_representable_day_does_not_overflow():
    derek.analyze("Ертең жиын өтеді.", published="9999-12-31")  # resolve._shifted: OverflowError


@PENDING
def test_next_week_on_the_last_representable_day_does_not_overflow():
    derek.analyze("Келесі аптада келеді.", published="9999-12-31")  # resolve._shifted: OverflowError
