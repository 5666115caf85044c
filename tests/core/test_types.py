from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from frdefnlp.types import CleanResult, Document, Entity, Metadata, OffsetMap, Segment

# "ab&amp;cd" cleaned to "ab&cd": one replacement piece in the middle.
RAW = "ab&amp;cd"
MAP = OffsetMap(((0, 2, 0, 2), (2, 3, 2, 7), (3, 5, 7, 9)))


@pytest.mark.parametrize(
    "offset, raw", [(0, 0), (1, 1), (2, 2), (3, 7), (4, 8), (5, 9)], ids=lambda v: str(v)
)
def test_offset_map_to_raw(offset: int, raw: int) -> None:
    assert MAP.to_raw(offset) == raw


@pytest.mark.parametrize(
    "span, raw_span",
    [((0, 2), (0, 2)), ((2, 3), (2, 7)), ((1, 4), (1, 8)), ((3, 5), (7, 9)), ((2, 2), (2, 2))],
    ids=["plain", "replacement", "across", "after", "empty"],
)
def test_offset_map_span(span: tuple[int, int], raw_span: tuple[int, int]) -> None:
    assert MAP.span(*span) == raw_span


@pytest.mark.parametrize("offset", [-1, 6])
def test_offset_map_out_of_range(offset: int) -> None:
    with pytest.raises(IndexError):
        MAP.to_raw(offset)


@given(st.lists(st.tuples(st.booleans(), st.integers(1, 5), st.integers(1, 5)), max_size=20))
def test_offset_map_is_monotonic(pieces_spec: list[tuple[bool, int, int]]) -> None:
    pieces, c, r = [], 0, 0
    for same, clen, rlen in pieces_spec:
        rlen = clen if same else rlen
        pieces.append((c, c + clen, r, r + rlen))
        c, r = c + clen, r + rlen
    m = OffsetMap(tuple(pieces))
    raws = [m.to_raw(i) for i in range(c + 1)] if pieces else [0]
    assert raws == sorted(raws)
    assert raws[-1] == r


def test_results_are_frozen_and_json_ready() -> None:
    seg = Segment(0, 2, "ab", True)
    result = CleanResult(RAW, "ab&cd", (seg,), Metadata(date="2021-11"), MAP)
    with pytest.raises(AttributeError):
        result.text = "x"  # type: ignore[misc]
    assert json.loads(json.dumps(result.to_dict()))["metadata"]["date"] == "2021-11"
    assert result.raw_span(2, 3) == (2, 7)
    ent = Entity(0, 2, "ab", "ORG", value={"x": 1}, attrs={"country": "MA"})
    doc = Document("ab", entities=(ent,))
    assert json.loads(json.dumps(doc.to_dict()))["entities"][0]["attrs"] == {"country": "MA"}
    assert hash(ent) == hash(Entity(0, 2, "ab", "ORG", value={"y": 2}))
