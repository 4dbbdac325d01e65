"""Search: query parsing, hostile input treated as text, Latin queries, snippets."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from store_docs import doc

from derek import errors
from derek.store import Store
from derek.store.query import fts5, parse, tsquery
from derek.store.search import highlight

TEXTS = [
    'Ол "OR" деп жазды: NEAR(a b) және title:x* сияқты сөздер де мәтін. SELECT * FROM articles; -- DROP TABLE',
    "Қытаймен келісім жасалды. Қытайдың елшісі сөйледі.",
    "O'Brien мен «Қазақстан» және 100% нәтиже.",
]

HOSTILE = [
    '"OR"', "OR", "NEAR(a b)", "title:x*", "SELECT * FROM articles; --", "'; DROP TABLE articles; --",
    '"unterminated', "a AND NOT b", "^start", "{forms}: қытай", "x' OR '1'='1", "%_%", "\\", "O'Brien",
    "кездесу)(", '""""', "«Қазақстан", "*", "100%",
]  # fmt: skip


@pytest.fixture
def kb(db_url):
    store = Store(db_url)
    for i, t in enumerate(TEXTS):
        store.add(doc(t, f"2025-01-0{i + 1}"))
    yield store
    store.close()


@pytest.mark.parametrize("q", HOSTILE)
def test_hostile_queries_are_text(kb, q):
    try:
        hits = kb.search(q)
    except errors.BadQuery:
        return  # nothing searchable in it: a coded error, not a crash
    assert all(h.article_id for h in hits)
    assert kb.stats()["articles"] == len(TEXTS)


def test_operators_and_sql_are_found_as_words(kb):
    assert [h.published for h in kb.search('"OR"')] == ["2025-01-01"]
    assert [h.published for h in kb.search("SELECT * FROM articles; --")] == ["2025-01-01"]
    assert [h.published for h in kb.search("NEAR(a b)")] == ["2025-01-01"]
    assert kb.search("O'Brien")[0].published == "2025-01-03"


def test_lemma_prefix_and_latin(kb):
    assert len(kb.search("Қытай")) == 2
    assert len(kb.search("qytai")) == 2
    assert kb.search('"Қытаймен келісім"') and not kb.search('"келісім Қытаймен"')


def test_empty_query_is_a_bad_query(kb):
    for q in ("", "   ", "!!! ...", "«»"):
        with pytest.raises(errors.BadQuery):
            kb.search(q)


@pytest.mark.parametrize(
    "line",
    [
        'Қытай | ({lemmas} : ("қытай") OR {forms} : ("қытай" *))',
        'ҚХР-дың | ({lemmas} : ("қхрдың") OR {forms} : ("қхрдың" *))',
        'ел | ({lemmas} : ("ел") OR {forms} : ("ел"))',
        '"ақ үй" | ({lemmas} : ("ақ" + "үй") OR {forms} : ("ақ" + "үй"))',
    ],
)
def test_fts5_expression(line, monkeypatch):
    import derek.store.keys as keys

    monkeypatch.setattr(keys, "_lemma_fn", None)
    monkeypatch.setattr(keys, "_base_fn", None)
    monkeypatch.setattr(keys, "_lemma_checked", True)
    keys.lemma_of.cache_clear()
    query, expected = line.split(" | ")
    assert fts5(parse(query)) == expected
    keys.lemma_of.cache_clear()


def test_highlight_snippet_keeps_offsets():
    s = "Концерт Қазақстан мен Қытай арасындағы мәдени алмасуды дамытуға бағытталды."
    snippet, spans = highlight(s, lambda w: w.startswith("Қыт"))
    assert snippet == "Концерт Қазақстан мен [Қытай] арасындағы мәдени алмасуды дамытуға бағытталды."
    assert [s[a:b] for a, b in spans] == ["Қытай"]
    long = " ".join(["сөз"] * 200) + " Қытай " + " ".join(["сөз"] * 200)
    snippet, spans = highlight(long, lambda w: w == "Қытай")
    assert "[Қытай]" in snippet and len(snippet) <= 260 and snippet.startswith("…") and snippet.endswith("…")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=60))
def test_any_text_query_never_crashes(tmp_path_factory, q):
    global _PROP
    if "_PROP" not in globals():
        _PROP = Store(tmp_path_factory.mktemp("prop") / "kb.db")
        for t in TEXTS:
            _PROP.add(doc(t))
    try:
        terms = parse(q)
    except errors.BadQuery:
        return
    assert fts5(terms) and tsquery(terms)
    for h in _PROP.search(q, limit=5):
        for a, b in h.highlights:
            assert 0 <= a < b <= len(h.sentence)
