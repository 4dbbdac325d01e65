from hypothesis import given
from hypothesis import strategies as st

from derek.doc import Span
from derek.facts.span_index import SpanIndex


def test_span_index_finds_overlaps_in_list_order():
    spans = [Span(10, 15, ""), Span(0, 4, ""), Span(3, 12, ""), Span(20, 20, "")]
    index = SpanIndex(spans)
    assert index.overlapping(4, 10) == [Span(3, 12, "")]
    assert index.overlapping(0, 11) == [Span(10, 15, ""), Span(0, 4, ""), Span(3, 12, "")]
    assert index.overlapping(18, 25) == [Span(20, 20, "")]
    assert SpanIndex([]).overlapping(0, 5) == []


@given(st.lists(st.tuples(st.integers(0, 50), st.integers(0, 10))), st.integers(0, 60), st.integers(0, 20))
def test_span_index_matches_a_scan(raw, start, width):
    spans = [Span(a, a + w, "") for a, w in raw]
    end = start + width
    scan = [s for s in spans if s.start < end and (s.end > start or s.start >= start)]
    assert SpanIndex(spans).overlapping(start, end) == scan
