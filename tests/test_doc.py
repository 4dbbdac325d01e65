import dataclasses

import pytest

import derek
from derek import errors
from derek.doc import DateMention, Document, Entity, Event, Mention, Quote, Role, document_from_json
from derek.pipeline import Pipeline, Stage


def test_document_json_round_trip():
    who = Mention(0, 5, "Асқар", "Асқар")
    doc = Document(
        text="Асқар келді.",
        language="kk",
        script="cyrillic",
        published="2026-02-24",
        entities=(Entity(0, 5, "Асқар", "PERSON", "Асқар"),),
        dates=(DateMention(0, 1, "А", "2026-02-24", "day"),),
        quotes=(Quote(0, 12, "Асқар келді.", "reported", who, None),),
        roles=(Role(0, 5, "Асқар", who, who, None),),
        events=(Event(0, 12, "Асқар келді.", "visited", who, None, None, (who,)),),
    )
    data = doc.as_json()
    assert data["schema"] == 1
    assert document_from_json(data) == doc


def test_records_are_frozen():
    doc = derek.analyze("Бүгін жиын өтті.")
    with pytest.raises(dataclasses.FrozenInstanceError):
        doc.tokens[0].text = "x"  # type: ignore[misc]


def test_analyze_keeps_raw_offsets_through_normalization():
    raw = "Мемлекеттiк\u00a0“тіл” сөз\u00adдер."
    doc = derek.analyze(raw)
    assert [t.text for t in doc.tokens] == ["Мемлекеттiк", "“", "тіл", "”", "сөз\u00adдер", "."]
    for t in doc.tokens:
        assert raw[t.start : t.end] == t.text


def test_pipeline_checks_stage_order():
    need = Stage("needs-tokens", lambda work: None, requires=("tokens",))
    with pytest.raises(errors.PipelineOrder) as exc:
        Pipeline([need])
    assert exc.value.code == "E201"


def test_analyze_rejects_bad_arguments():
    with pytest.raises(errors.BadArgument):
        derek.analyze(b"bytes")  # type: ignore[arg-type]
    with pytest.raises(errors.BadArgument):
        derek.analyze("мәтін", published="ертең")


def test_analyze_detects_language_and_script():
    assert derek.analyze("Қазақстан Республикасының Президенті сөйледі.").language == "kk"
    assert derek.analyze("Президент Казахстана провел встречу и сказал, что это важно.").language == "ru"
    assert derek.analyze("Qazaqstan Respublikasynyñ Prezidentі").script in ("latin", "mixed")
    assert derek.analyze("12345 !!!").language == "und"
