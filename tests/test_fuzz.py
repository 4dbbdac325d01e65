"""Fuzzing derek end to end on real Kazakh sentences mutated the ways scraped news breaks (hypothesis).

Small example counts keep the suite fast; docs/fuzz.md has the long runs (seeds, counts) behind them.
"""

import json

from fuzz_inputs import check_document, mutated, published
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import derek
from derek.cli import main
from derek.segment import segment
from derek.store.sources import Item, Rejected, read_feed, read_jsonl, storable

QUICK = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
# Every code point, lone surrogates too (hypothesis leaves them out of st.text by default).
ANY_CHAR = st.characters(min_codepoint=0, max_codepoint=0x10FFFF, categories=None)


@QUICK
@given(mutated(), published)
def test_analyze_keeps_offsets_and_round_trips_on_mutated_news(text, pub):
    check_document(derek.analyze(text, published=pub), text)


@settings(max_examples=150, deadline=None)
@given(st.one_of(mutated(6, 30), st.text(alphabet=ANY_CHAR, max_size=300)))
def test_segment_offsets_slice_mutated_news(text):
    sentences, tokens = segment(text)
    for r in (*sentences, *tokens):
        assert 0 <= r.start < r.end <= len(text) and text[r.start : r.end] == r.text


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.one_of(st.text(alphabet=ANY_CHAR, max_size=20), mutated(1, 3)), max_size=4), st.integers(0, 3)
)
def test_jsonl_reader_rejects_or_yields_storable_items(texts, shape):
    lines = [
        [json.dumps({"text": t}), json.dumps({"text": t, "title": t, "url": 1}), json.dumps(t), t][shape]
        for t in texts
    ]
    for rec in map(storable, read_jsonl("\n".join(lines), "x.jsonl")):
        assert isinstance(rec, Rejected) and rec.error.code.startswith("E1") or isinstance(rec, Item)
        if isinstance(rec, Item):
            rec.text.encode("utf-8")


@settings(max_examples=40, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("<>/&#;xD80rsitemdcp 0123456789abcdef«»Жиын")), max_size=120))
def test_feed_reader_never_raises_anything_but_coded_errors(body):
    try:
        items = list(
            read_feed(f"<rss><channel><item><description>{body}</description></item></channel></rss>", "f")
        )
    except derek.DerekError:
        return
    for rec in map(storable, items):
        if isinstance(rec, Item):
            rec.text.encode("utf-8")


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.one_of(st.binary(max_size=300), mutated(2).map(lambda t: t.encode("utf-8", "surrogatepass"))))
def test_cli_analyze_on_any_bytes_is_a_result_or_a_coded_error(tmp_path, capsys, data):
    path = tmp_path / "in.txt"
    path.write_bytes(data)
    code = main(["analyze", str(path)])
    out, err = capsys.readouterr()
    assert (code == 0 and json.loads(out)["schema"] == 1) or (code == 2 and err.startswith("error E1")), err
