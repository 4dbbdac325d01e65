"""Properties of normalization and segmentation on arbitrary text (hypothesis)."""

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import derek
from derek.alphabet import CYRILLIC, LATIN
from derek.normalize import _DELETE, normalize
from derek.segment import segment

# Text that looks like news often enough to reach the interesting rules, and anything else too.
NEWSY = st.text(
    alphabet=st.sampled_from(
        list(CYRILLIC + LATIN + '0123456789 .,!?:;-–—«»"“”()%@#/\n\u00a0\u00ad\u200bі\u0306')
    ),
    max_size=200,
)
ANY = st.text(max_size=200)
TEXT = st.one_of(NEWSY, ANY)


def _raw_tokens(raw: str):
    norm = normalize(raw)
    sents, toks = segment(norm.text)
    return norm, [norm.raw_span(t.start, t.end) for t in toks], [norm.raw_span(s.start, s.end) for s in sents]


@given(TEXT)
@example("\ufb2a")  # a Hebrew presentation form NFC splits in two (session 23)
@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
def test_tokens_are_ordered_and_disjoint(raw):
    _, spans, _ = _raw_tokens(raw)
    for (a, b), (c, d) in zip(spans, spans[1:], strict=False):
        assert a < b <= c < d


@given(TEXT)
@settings(max_examples=300)
def test_tokens_cover_every_visible_character(raw):
    _, spans, _ = _raw_tokens(raw)
    covered = set()
    for a, b in spans:
        covered.update(range(a, b))
    for i, ch in enumerate(raw):
        if not ch.isspace() and ch not in _DELETE and not (0x300 <= ord(ch) <= 0x36F):
            assert i in covered, (raw, i, ch)


@given(TEXT)
@settings(max_examples=300)
def test_every_token_lies_in_one_sentence(raw):
    _, tokens, sentences = _raw_tokens(raw)
    for a, b in tokens:
        assert sum(1 for s, e in sentences if s <= a and b <= e) == 1


@given(TEXT)
@settings(max_examples=100, deadline=None)
def test_analyze_offsets_slice_the_raw_text(raw):
    doc = derek.analyze(raw)
    for record in (
        *doc.sentences,
        *doc.tokens,
        *doc.entities,
        *doc.dates,
        *doc.quotes,
        *doc.roles,
        *doc.events,
    ):
        assert 0 <= record.start <= record.end <= len(raw)
        assert raw[record.start : record.end] == record.text


@given(TEXT)
@settings(max_examples=200)
def test_normalize_spans_are_monotonic(raw):
    norm = normalize(raw)
    previous = 0
    for i in range(len(norm.text) + 1):
        start, _ = norm.raw_span(i, i)
        assert previous <= start <= len(raw)
        previous = start
