"""Property tests of the morphology: no exception on any text, offsets kept, sane lemmas."""

from __future__ import annotations

import string

from hypothesis import given, settings
from hypothesis import strategies as st

from derek.alphabet import CYRILLIC_LOWER, KAZAKH_ONLY_LOWER
from derek.morph import analyze, base_form, lemma_of
from derek.morph.analyzer import analyze as analyze_cached
from derek.morph.stage import lemmatize
from derek.pipeline import analyze as pipeline_analyze
from derek.segment import segment

KAZAKH_WORDS = st.text(alphabet=CYRILLIC_LOWER + KAZAKH_ONLY_LOWER, min_size=1, max_size=14)
REAL_WORDS = st.sampled_from(
    "қала қалалар қаланың мектептерімізде кітабы жүрегі Қытайдың Алматыдағы болады қолдайды айтты "
    "жазылған болған алып басталды университетінің делегациясы ынтымақтастықтың елдеріміздің".split()
)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=30))
def test_analyze_never_raises(word: str) -> None:
    readings = analyze(word)
    assert readings and all(isinstance(r.lemma, str) and r.upos for r in readings)


@settings(max_examples=200, deadline=None)
@given(KAZAKH_WORDS)
def test_noun_lemma_never_longer_than_form(word: str) -> None:
    for r in analyze(word):
        if r.upos == "NOUN":
            assert len(r.lemma) <= len(word)


@settings(max_examples=100, deadline=None)
@given(KAZAKH_WORDS)
def test_analysis_is_deterministic(word: str) -> None:
    first = analyze(word)
    analyze_cached.cache_clear()
    assert analyze(word) == first


@settings(max_examples=50, deadline=None)
@given(REAL_WORDS)
def test_lemma_is_a_fixed_point(word: str) -> None:
    # the lemma, analysed again, reads as itself (out of context it may have other readings too)
    lemma = lemma_of(word)
    assert any(r.lemma == lemma for r in analyze(lemma))


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.text(alphabet=string.ascii_letters + CYRILLIC_LOWER + "-.", min_size=1, max_size=10), max_size=5
    )
)
def test_base_form_never_raises(words: list[str]) -> None:
    assert isinstance(base_form(words), str)


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=200))
def test_stage_keeps_offsets_and_fills_every_token(text: str) -> None:
    sentences, tokens = segment(text)
    out = lemmatize(sentences, tokens)
    assert [(t.start, t.end, t.text) for t in out] == [(t.start, t.end, t.text) for t in tokens]
    assert all(t.pos for t in out)
    assert all(text[t.start : t.end] == t.text for t in out)


def test_pipeline_fills_lemmas() -> None:
    doc = pipeline_analyze("Концерт Алматыда өтті. Қытайдың делегациясы келді.")
    assert [(t.lemma, t.pos) for t in doc.tokens][:4] == [
        ("концерт", "NOUN"), ("Алматы", "PROPN"), ("өт", "VERB"), (".", "PUNCT"),
    ]  # fmt: skip
    assert all(doc.text[t.start : t.end] == t.text for t in doc.tokens)
