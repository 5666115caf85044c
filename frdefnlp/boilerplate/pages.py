"""Labelled pages: the training and evaluation data of the boilerplate filter.

A labelled page is a JSON object whose ``blocks`` (title, body, ticker, ui, byline, related
...) are joined into the raw text a scraper would produce; the labels give, for every
character of that text, whether it belongs to the article. The format is documented in
docs/clean.md ("Labelled pages"). Training pages ship in ``resources/boilerplate/pages/``;
the dev pages live in ``tests/clean/dev/``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import ResourceError

__all__ = [
    "KEPT_LABELS",
    "REMOVED_LABELS",
    "AssembledPage",
    "assemble",
    "load_page",
    "char_scores",
]

KEPT_LABELS = frozenset({"title", "body"})
REMOVED_LABELS = frozenset({
    "ticker", "ui", "source_link", "read_more", "share", "tags", "related_heading", "related",
    "byline", "foreign",
})


@dataclass(frozen=True, slots=True)
class AssembledPage:
    """A labelled page made raw: ``raw``, ``blocks`` as ``(start, end, label)``, ticker
    ``headlines`` as ``(start, end, lang)``, gold ``metadata`` and the page ``id``."""

    id: str
    raw: str
    blocks: tuple[tuple[int, int, str], ...]
    headlines: tuple[tuple[int, int, str], ...]
    metadata: Mapping[str, Any]

    def body_mask(self) -> bytearray:
        """1 for every non-blank raw character that belongs to the article (title or body)."""
        mask = bytearray(len(self.raw))
        for s, e, label in self.blocks:
            if label in KEPT_LABELS:
                for i in range(s, e):
                    if not self.raw[i].isspace():
                        mask[i] = 1
        return mask


def assemble(page: Mapping[str, Any], *, where: str = "<page>") -> AssembledPage:
    """Join the blocks of a labelled page into its raw text (see the module docstring)."""
    joiner = page.get("joiner", "\n\n")
    parts: list[str] = []
    blocks: list[tuple[int, int, str]] = []
    headlines: list[tuple[int, int, str]] = []
    pos = 0
    for i, block in enumerate(page.get("blocks", ())):
        label = block.get("label")
        if label not in KEPT_LABELS | REMOVED_LABELS:
            raise ResourceError(f"block {i}: unknown label {label!r}", path=where, field="label")
        if i:
            sep = block.get("join", joiner)
            parts.append(sep)
            pos += len(sep)
        start = pos
        if label == "ticker":
            sep = block.get("sep", "\u00a0" * 4)
            items = block.get("items") or []
            for j, item in enumerate(items):
                lang, headline = item
                if j:
                    parts.append(sep)
                    pos += len(sep)
                parts.append(headline)
                headlines.append((pos, pos + len(headline), lang))
                pos += len(headline)
            tail = block.get("end", "")
            parts.append(tail)
            pos += len(tail)
        else:
            text = block.get("text")
            if not isinstance(text, str):
                raise ResourceError(f"block {i}: 'text' must be a string", path=where, field="text")
            parts.append(text)
            pos += len(text)
        blocks.append((start, pos, label))
    tail = page.get("end", "")
    parts.append(tail)
    raw = "".join(parts)
    return AssembledPage(
        id=str(page.get("id", where)),
        raw=raw,
        blocks=tuple(blocks),
        headlines=tuple(headlines),
        metadata=dict(page.get("metadata") or {}),
    )


def load_page(path: str | Path) -> AssembledPage:
    """Read and assemble one labelled page file."""
    p = Path(path)
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise ResourceError(f"invalid JSON: {exc.msg}", path=str(p), line=exc.lineno) from exc
    return assemble(data, where=str(p))


def char_scores(page: AssembledPage, kept_spans: Iterable[tuple[int, int]]) -> tuple[float, float]:
    """Character-level ``(recall, precision)`` of the article text, blanks ignored.

    Recall: share of the article's characters that the kept spans cover. Precision: share of
    the kept characters that belong to the article. An empty article with nothing kept scores
    (1, 1).
    """
    gold = page.body_mask()
    pred = bytearray(len(page.raw))
    for s, e in kept_spans:
        for i in range(s, e):
            if not page.raw[i].isspace():
                pred[i] = 1
    both = sum(1 for g, p in zip(gold, pred, strict=True) if g and p)
    g_total = sum(gold)
    p_total = sum(pred)
    recall = both / g_total if g_total else 1.0
    precision = both / p_total if p_total else (1.0 if not g_total else 0.0)
    return recall, precision
