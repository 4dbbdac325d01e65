"""Linking rules without a database: base forms, abbreviations, initials, surnames."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from derek.store.abbrev import ABBREVIATIONS, BY_ABBREVIATION
from derek.store.keys import CASE_ENDINGS, key, name_key
from derek.store.linking import link_article, name_of, surnames


@pytest.mark.parametrize(
    "line",
    [
        "ҚХР-дың | қхр",
        "COVID-19-дың | covid19",
        "Қытай Халық Республикасының | қытай халық республикасы",
        "Қазақстан | қазақстан",
        "Қазақстаннан | қазақстан",
        "Тоқаевпен | тоқаев",
        "Астана | астана",
        "«Ақ Орда» | ақ орда",
        "Іс-шара | ісшара",
    ],
)
@pytest.mark.parametrize("morph", [True, False])
def test_name_key(line, morph, monkeypatch):
    import derek.store.keys as keys

    if not morph:  # the fallback used when morphology is absent
        monkeypatch.setattr(keys, "_base_fn", None)
        monkeypatch.setattr(keys, "_lemma_checked", True)
    keys._base_form.cache_clear()
    text, expected = line.split(" | ")
    assert name_key(text) == expected
    keys._base_form.cache_clear()


def test_base_form_wins():
    assert name_key("Қытаймен", "Қытай") == "қытай"


@pytest.mark.parametrize("ending,example", CASE_ENDINGS)
def test_case_ending_examples_end_so(ending, example):
    assert example.lower().endswith(ending)


@pytest.mark.parametrize("abbr,full,label,example", ABBREVIATIONS)
def test_abbreviation_examples_use_the_abbreviation(abbr, full, label, example):
    assert abbr in example and label in ("GPE", "ORGANISATION")
    assert BY_ABBREVIATION[key(abbr)][0] == key(full)


def _link(*mentions):
    return [
        (n.label, n.key, n.alias_kind) if n else None for n in link_article([name_of(*m) for m in mentions])
    ]


def test_table_abbreviation_and_full_name_meet():
    assert _link(("ҚХР-дың", "", "GPE"), ("Қытай Халық Республикасы", "", "ORGANISATION")) == [
        ("GPE", "қытай халық республикасы", "abbr"),
        ("GPE", "қытай халық республикасы", "name"),
    ]


def test_initials_in_the_same_article():
    linked = _link(("Еуразиялық даму банкі", "", "ORGANISATION"), ("ЕДБ", "", "ORGANISATION"))
    assert linked[1] == ("ORGANISATION", "еуразиялық даму банкі", "abbr")


def test_surname_and_initial_find_the_full_name():
    linked = _link(
        ("Мұхамеджан Тынышпаев", "", "PERSON"), ("М. Тынышпаев", "", "PERSON"), ("Тынышпаевтың", "", "PERSON")
    )
    assert linked[1] == linked[2] == ("PERSON", "мұхамеджан тынышпаев", "surname")


def test_two_full_names_leave_the_surname_alone():
    linked = _link(("Асқар Мамин", "", "PERSON"), ("Ерлан Мамин", "", "PERSON"), ("Мамин", "", "PERSON"))
    assert linked[2] == ("PERSON", "мамин", "surname")


def test_numbers_are_not_entities():
    assert _link(("2025 жылы", "", "DATE"), ("бес", "", "CARDINAL")) == [None, None]


def test_surnames_of_a_full_name():
    assert surnames("меруерт советовна жармағамбетова") == ["жармағамбетова"]
    assert surnames("хань чуньлинь") == ["хань", "чуньлинь"]
    assert surnames("мұхамеджан тынышпаев") == ["тынышпаев"]
    assert surnames("тоқаев") == []


@given(
    st.lists(
        st.tuples(st.text(max_size=30), st.text(max_size=10), st.sampled_from(["PERSON", "GPE", "DATE"]))
    )
)
def test_linking_never_raises(mentions):
    out = link_article([name_of(*m) for m in mentions])
    assert len(out) == len(mentions)
