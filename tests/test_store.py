"""The knowledge base on both back ends: storing, linking across articles, cards, search, transactions."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text
from store_docs import date, doc, event, quote, role

from derek import errors
from derek.store import Store
from derek.store.linking import UNLINKED

A1 = doc(
    "[Қазақстан Республикасының](GPE) Президенті [Қасым-Жомарт Тоқаев](PERSON) "
    "[Қытай Халық Республикасына](GPE|Қытай Халық Республикасы) барды. "
    "[Тоқаев](PERSON) [ҚХР](GPE) басшысы [Си Цзиньпинмен](PERSON|Си Цзиньпин) кездесті. "
    "«Біз көршімізбен достықты бағалаймыз», – деді [Тоқаев](PERSON). "
    "[Шанхай ынтымақтастық ұйымы](ORGANISATION) саммиті 2025 жылы өтеді.",
    "2025-09-01",
    roles=[role("Қасым-Жомарт Тоқаев", "Президенті")],
    quotes=[quote("Біз көршімізбен достықты бағалаймыз", "Тоқаев")],
    events=[event("met", "кездесті", ("Тоқаев", "Си Цзиньпинмен"), date="2025-09-01")],
    dates=[date("2025 жылы", "2025")],
)
A2 = doc(
    "[ҚР](GPE) Президенті [Тоқаев](PERSON) [ШЫҰ](ORGANISATION) саммитіне қатысты. "
    "[Қытаймен](GPE|Қытай) ынтымақтастық туралы келісімге қол қойылды.",
    "2025-10-15",
    roles=[role("Тоқаев", "Президенті")],
    events=[event("signed", "қол қойылды", ("Тоқаев",), date="2025-10-15")],
)


@pytest.fixture
def kb(db_url):
    store = Store(db_url)
    assert store.add(A1, title="Сапар") and store.add(A2, title="Саммит")
    yield store
    store.close()


def test_readd_is_a_noop(kb):
    before = kb.stats()
    assert kb.add(A1) is None
    assert kb.stats() == before


def test_abbreviations_merge_with_full_names(kb):
    for name in ("ҚР", "Қазақстан Республикасы"):
        assert kb.entity(name).name == "Қазақстан Республикасы"
    card = kb.entity("ҚХР")
    assert card.name == "Қытай Халық Республикасы" and card.label == "GPE" and card.mentions == 2
    assert card.aliases == ("Қытай Халық Республикасы", "ҚХР")
    assert kb.entity("ШЫҰ").articles == 2


def test_surname_links_within_and_across_articles(kb):
    card = kb.entity("Тоқаев")
    assert card.name == "Қасым-Жомарт Тоқаев" and card.aliases == ("Қасым-Жомарт Тоқаев", "Тоқаев")
    assert (card.mentions, card.articles) == (4, 2)
    assert (card.first_seen, card.last_seen) == ("2025-09-01", "2025-10-15")


def test_card_posts_quotes_timeline_and_related(kb):
    card = kb.entity("Қасым-Жомарт Тоқаев")
    assert [(p["position"], p["first"], p["last"], p["articles"]) for p in card.posts] == [
        ("Президенті", "2025-09-01", "2025-10-15", 2)
    ]
    assert [q["text"] for q in card.quotes] == ["Біз көршімізбен достықты бағалаймыз"]
    assert [e["type"] for e in card.events] == ["met", "signed"]
    related = {r["name"]: r["articles"] for r in card.related}
    assert related["Қазақстан Республикасы"] == 2 and related["Шанхай ынтымақтастық ұйымы"] == 2
    assert "Си Цзиньпин" in related
    assert card.as_json()["label"] == "PERSON"


def test_unknown_entity(kb):
    with pytest.raises(errors.UnknownEntity):
        kb.entity("Жоқадам")


def test_search_lemma_prefix_phrase_latin_and_dates(kb):
    hits = kb.search("Қытай")
    assert {h.article_id for h in hits} == {1, 2} or len({h.article_id for h in hits}) == 2
    assert any("[Қытаймен]" in h.snippet for h in hits)
    assert all(h.published in ("2025-09-01", "2025-10-15") for h in hits)
    phrase = kb.search('"Халық Республикасына"')
    assert len(phrase) == 1 and "[Халық] [Республикасына]" in phrase[0].snippet
    assert kb.search('"Республикасына Халық"') == []
    assert [h.sentence for h in kb.search("Qytai")] == [h.sentence for h in hits]
    late = kb.search("Президенті", date_from="2025-10-01")
    assert [h.published for h in late] == ["2025-10-15"]
    assert kb.search("Президенті", date_to="2025-09-30")[0].published == "2025-09-01"
    assert kb.search("кездесті", label="PERSON") and not kb.search("кездесті", label="MONEY")


def test_cross_article_surname_is_absorbed_by_a_later_full_name(db_url):
    with Store(db_url) as kb:
        kb.add(doc("[Назарбаев](PERSON) сөз сөйледі.", "2020-01-01"))
        kb.add(doc("[Нұрсұлтан Назарбаев](PERSON) кітап жазды.", "2020-02-01"))
        card = kb.entity("Назарбаев")
        assert (card.name, card.mentions, card.articles) == ("Нұрсұлтан Назарбаев", 2, 2)


def test_ambiguous_surname_stays_apart(db_url):
    with Store(db_url) as kb:
        kb.add(doc("[Асқар Мамин](PERSON) келді.", "2020-01-01"))
        kb.add(doc("[Ерлан Мамин](PERSON) кетті.", "2020-01-02"))
        kb.add(doc("[Мамин](PERSON) сөйледі.", "2020-01-03"))
        assert kb.entity("Асқар Мамин").mentions == 1
        assert kb.entity("Ерлан Мамин").mentions == 1


def _count(kb: Store, table: str) -> int:
    with kb.engine.connect() as conn:
        return conn.execute(text(f"SELECT COUNT(*) FROM {table}")).scalar_one()


@pytest.mark.parametrize("exc", [RuntimeError("power cut"), KeyboardInterrupt()])
def test_crash_mid_article_leaves_nothing_behind(db_url, monkeypatch, exc):
    import derek.store.write as write

    def boom(self, m):
        raise exc

    with Store(db_url) as kb:
        monkeypatch.setattr(write._Nested, "person", boom)
        with pytest.raises(type(exc)):
            kb.add(A1)
        for table in ("articles", "sentences", "mentions", "entities", "aliases", "roles", "quotes"):
            assert _count(kb, table) == 0, table
        assert kb.search("Қытай") == []
        monkeypatch.undo()
        assert kb.add(A1) is not None
        assert len(kb.search("Қытай")) == 1
        if kb.dialect == "sqlite":
            with kb.engine.begin() as conn:
                conn.execute(text("INSERT INTO sentence_fts(sentence_fts) VALUES ('integrity-check')"))


def test_reopen_runs_no_migration_twice(db_url):
    Store(db_url).close()
    with Store(db_url) as kb:
        with kb.engine.connect() as conn:
            assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one() == "0001"


def test_analyzed_example_round_trip(db_url):
    import derek

    with open("examples/alt-concert.kk.txt", encoding="utf-8") as fh:
        raw = fh.read()
    with Store(db_url) as kb:
        article = kb.add(derek.analyze(raw, "2026-02-25"), title="ALT")
        hits = kb.search("Қытай")
        assert hits and all(h.article_id == article for h in hits)
        assert any("[Қытайдың]" in h.snippet for h in hits)  # lemma-aware: Қытай finds Қытайдың
        for h in hits:
            assert raw[raw.index(h.sentence) :].startswith(h.sentence)
        doc = derek.analyze(raw, "2026-02-25")
        for e in doc.entities:  # every named mention finds its card by the text as written
            if e.label not in UNLINKED:
                assert kb.entity(e.text).mentions >= 1


_PROP_KB: list[Store] = []


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(min_size=1, max_size=200))
def test_any_text_stores_with_offsets_that_slice_it(tmp_path_factory, raw):
    import derek

    if not _PROP_KB:
        _PROP_KB.append(Store(tmp_path_factory.mktemp("prop") / "kb.db"))
    kb = _PROP_KB[0]
    article = kb.add(derek.analyze(raw))
    with kb.engine.connect() as conn:
        if article is None:  # the same text (up to outer whitespace) was stored already
            return
        stored = conn.execute(text("SELECT text FROM articles WHERE id = :a"), {"a": article}).scalar_one()
        assert stored == raw
        for start, end, s in conn.execute(
            text('SELECT start, "end", text FROM sentences WHERE article_id = :a'), {"a": article}
        ):
            assert raw[start:end] == s


def test_processes_opening_a_new_database_at_once(db_url):
    import subprocess
    import sys

    code = f"from derek.store import Store; Store({db_url!r}).close()"
    procs = [
        subprocess.Popen([sys.executable, "-c", code], stderr=subprocess.PIPE, text=True) for _ in range(2)
    ]
    errors_seen = [p.communicate()[1] for p in procs]
    assert [p.returncode for p in procs] == [0, 0], errors_seen
    with Store(db_url) as kb:
        assert kb.stats()["articles"] == 0
