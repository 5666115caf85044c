"""Loader for the hand-made gold entity files in tests/tagging/gold/.

Format (see gold/GUIDELINES.md): a file holds many documents; each starts with a line
``### <doc-id>`` and runs to the next ``###`` line or the end of the file. Entities are marked
inline as ``[surface text]{LABEL}``; the markup is removed to give the document text, and each
entity's offsets point into that markup-free text. Leading and trailing blank lines of a
document are dropped; paragraphs are separated by blank lines.

Cost: one regular-expression scan per document, linear in the file size.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

LABELS = ("PERSON", "ORG", "LOC", "WEAPON", "MONEY", "DATE", "QUANTITY")

GOLD_DIR = Path(__file__).resolve().parent / "gold"
SEEDS_DIR = Path(__file__).resolve().parent.parent.parent / "seeds"

_DOC_HEADER = re.compile(r"^###[ \t]+(\S+)[ \t]*$")
# A label is any run of capitals so that a misspelt label is reported, not silently kept as text.
_MARK = re.compile(r"\[([^\[\]\n]+)\]\{([A-Za-z_]+)\}")


class GoldFormatError(ValueError):
    """A gold file breaks the format (unknown label, stray markup, duplicate id ...)."""


@dataclass(frozen=True, slots=True)
class GoldDoc:
    """One gold document: its markup-free text and its entities.

    ``entities`` holds ``(start, end, label, surface)`` tuples sorted by start, with
    ``text[start:end] == surface``.
    """

    id: str
    text: str
    entities: tuple[tuple[int, int, str, str], ...]

    def paragraphs(self) -> list[str]:
        """The text's paragraphs (blank-line separated), stripped, empty ones dropped."""
        return [p.strip() for p in re.split(r"\n[ \t]*\n", self.text) if p.strip()]


def parse_markup(markup: str, *, doc_id: str = "?") -> GoldDoc:
    """Turn one document's marked-up text into a GoldDoc (markup removed, offsets computed)."""
    parts: list[str] = []
    entities: list[tuple[int, int, str, str]] = []
    pos = 0  # position in markup
    out_len = 0  # length of the markup-free text written so far
    for m in _MARK.finditer(markup):
        before = markup[pos : m.start()]
        parts.append(before)
        out_len += len(before)
        surface, label = m.group(1), m.group(2)
        if label not in LABELS:
            raise GoldFormatError(f"{doc_id}: unknown label {label!r} on {surface!r}")
        if surface != surface.strip():
            raise GoldFormatError(f"{doc_id}: surface {surface!r} has outer whitespace")
        entities.append((out_len, out_len + len(surface), label, surface))
        parts.append(surface)
        out_len += len(surface)
        pos = m.end()
    parts.append(markup[pos:])
    text = "".join(parts)
    if "]{" in text:
        i = text.index("]{")
        raise GoldFormatError(f"{doc_id}: malformed markup near {text[max(0, i - 40) : i + 20]!r}")
    return GoldDoc(id=doc_id, text=text, entities=tuple(entities))


def _strip_blank_lines(lines: list[str]) -> list[str]:
    start, end = 0, len(lines)
    while start < end and not lines[start].strip():
        start += 1
    while end > start and not lines[end - 1].strip():
        end -= 1
    return lines[start:end]


def load_gold(path: str | Path) -> list[GoldDoc]:
    """Read a gold file and return its documents in file order.

    Raises GoldFormatError on text before the first ``###`` line, a duplicate id, an unknown
    label or malformed markup.
    """
    raw = Path(path).read_text(encoding="utf-8")
    docs: list[GoldDoc] = []
    seen: set[str] = set()
    doc_id: str | None = None
    body: list[str] = []

    def flush() -> None:
        if doc_id is None:
            return
        markup = "\n".join(_strip_blank_lines(body))
        docs.append(parse_markup(markup, doc_id=doc_id))

    for lineno, line in enumerate(raw.split("\n"), start=1):
        header = _DOC_HEADER.match(line)
        if header:
            flush()
            doc_id = header.group(1)
            if doc_id in seen:
                raise GoldFormatError(f"{path}:{lineno}: duplicate document id {doc_id!r}")
            seen.add(doc_id)
            body = []
        elif doc_id is None:
            if line.strip():
                raise GoldFormatError(f"{path}:{lineno}: text before the first '###' line")
        else:
            body.append(line)
    flush()
    return docs


def seed_path(doc_id: str) -> Path:
    """The seed file a seeds.txt document comes from: its id is the seed file's stem."""
    return SEEDS_DIR / f"{doc_id}.txt"


def missing_seed_paragraphs(doc: GoldDoc, seed_text: str) -> list[str]:
    """The paragraphs of ``doc`` that do not occur verbatim in ``seed_text`` (empty = all do)."""
    return [p for p in doc.paragraphs() if p not in seed_text]


def overlapping_pairs(doc: GoldDoc) -> list[tuple[tuple, tuple]]:
    """Pairs of entities whose spans overlap or nest (the gold allows none)."""
    pairs = []
    widest = None  # the entity reaching furthest right so far
    for ent in sorted(doc.entities):
        if widest is not None and ent[0] < widest[1]:
            pairs.append((widest, ent))
        if widest is None or ent[1] > widest[1]:
            widest = ent
    return pairs
