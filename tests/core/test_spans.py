"""SpanIndex answers what a scan over every span answers (it replaces such scans in the
tagger, the context rules and the events, which were quadratic on long texts)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from frdefnlp._spans import SpanIndex

SPANS = st.lists(st.tuples(st.integers(0, 60), st.integers(1, 20)).map(lambda p: (p[0], p[0] + p[1])),
                 max_size=25)
QUERY = st.tuples(st.integers(0, 80), st.integers(0, 20)).map(lambda p: (p[0], p[0] + p[1]))


@given(SPANS, QUERY)
def test_span_index_agrees_with_a_scan(spans: list[tuple[int, int]], query: tuple[int, int]) -> None:
    s, e = query
    idx = SpanIndex(spans)
    assert idx.overlaps(s, e) == any(a < e and s < b for a, b in spans)
    assert idx.covers(s, e) == any(a <= s and e <= b for a, b in spans)
    assert bool(idx) == bool(spans)


@given(st.lists(st.tuples(st.integers(0, 50), st.integers(0, 50)), max_size=8),
       st.lists(st.tuples(st.integers(0, 50), st.integers(0, 50)), max_size=4))
def test_joined_evidence_is_the_sorted_union(a: list, b: list) -> None:
    from frdefnlp.extraction import _joined_evidence

    a_t, b_t = tuple(sorted(set(a))), tuple(sorted(set(b)))
    assert _joined_evidence(a_t, b_t) == tuple(sorted(set(a_t) | set(b_t)))
