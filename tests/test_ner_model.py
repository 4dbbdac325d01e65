import socket

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from derek.ner import model
from derek.ner.stage import NER, entities
from derek.pipeline import SEGMENT, Pipeline
from derek.segment import group_tokens, segment


@pytest.fixture(scope="module")
def nlp():
    return model.load()


def test_ner_model_loads_offline(monkeypatch):
    def no_network(*args, **kwargs):
        raise AssertionError("the NER model tried to use the network")

    monkeypatch.setattr(socket, "socket", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    model._loaded.clear()
    nlp = model.load()
    assert "ner" in nlp.pipe_names
    assert model.load() is nlp  # loaded once


def test_ner_model_runs_on_numpy_blas(nlp):
    # thinc's blis runs generic kernels on some CPUs; derek.ner.model puts every layer on NumPy's BLAS
    for _, component in nlp.pipeline:
        for node in component.model.walk() if hasattr(component, "model") else ():
            assert node.ops.use_blis is False, node.name


def test_ner_model_meta_records_data_and_licence(nlp):
    meta = nlp.meta
    assert meta["derek"]["training_data"]["license"] == "CC BY 4.0"
    assert "KazNERD" in meta["derek"]["training_data"]["attribution"]


@pytest.mark.parametrize(
    "text, person, gpe",
    [
        ("Қасым-Жомарт Тоқаев 2025 жылғы 31 қазанда Астанада шетелдік инвесторлармен кездесті.",
         "Қасым-Жомарт Тоқаев", "Астанада"),
        ("Мемлекет басшысы Қасым-Жомарт Тоқаев Алматыда өткен форумға қатысты.",
         "Қасым-Жомарт Тоқаев", "Алматыда"),
    ],
)  # fmt: skip
def test_ner_model_tags_a_news_sentence(nlp, text, person, gpe):
    sentences, tokens = segment(text)
    found = {(e.text, e.label) for e in entities(text, sentences, tokens, nlp)}
    assert (person, "PERSON") in found
    assert (gpe, "GPE") in found


def test_ner_stage_in_a_pipeline(nlp):
    doc = Pipeline([SEGMENT, NER])("Қасым-Жомарт Тоқаев Астанада сөз сөйледі.")
    assert all(doc.text[e.start : e.end] == e.text == e.normal for e in doc.entities)
    assert any(e.label == "PERSON" for e in doc.entities)


def test_ner_group_tokens_by_sentence():
    text = "Ол келді. Біз кеттік."
    sentences, tokens = segment(text)
    runs = group_tokens(sentences, tokens)
    assert [[t.text for t in r] for r in runs] == [["Ол", "келді", "."], ["Біз", "кеттік", "."]]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=200))
def test_ner_stage_offsets_slice_arbitrary_text(nlp, text):
    sentences, tokens = segment(text)
    for e in entities(text, sentences, tokens, nlp):
        assert 0 <= e.start < e.end <= len(text)
        assert text[e.start : e.end] == e.text
    doc = Pipeline([SEGMENT, NER])(text)
    for e in doc.entities:
        assert doc.text[e.start : e.end] == e.text
