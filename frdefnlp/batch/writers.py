"""Writers of results: JSONL (one line per document) and Parquet (tables of documents,
entities and events), both resumable after a crash.

Resuming rests on one rule each. **JSONL**: a record is written with its newline in one
write, so a line without its newline at the end of the file is the one a killed run was
writing; :class:`JsonlWriter` truncates it and reads the ids of every complete line.
**Parquet**: the output is a directory of parts (``documents/``, ``entities/``,
``events/`` each hold ``part-NNNNNN.parquet``); a part's files are written under temporary
names and renamed, the documents file last, so a part exists when its documents file does;
:class:`ParquetWriter` removes temporary and orphaned files and reads the ids of the parts
that exist. Either way a run killed at any moment and resumed loses and duplicates nothing.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from typing import Any

from ..errors import InputValueError
from .stream import Result

__all__ = ["JsonlWriter", "ParquetWriter", "open_writer", "write_part", "part_rows"]


class JsonlWriter:
    """Append results to a JSONL file, one :meth:`Result.to_json` line per document.

    ``resume=True`` keeps what a previous run wrote (``done`` holds its ids); otherwise an
    existing non-empty file is an error unless ``overwrite=True``. Lines are flushed to the
    operating system every ``flush_every`` documents and at :meth:`close`.
    """

    def __init__(self, path: str, *, resume: bool = False, overwrite: bool = False,
                 flush_every: int = 64) -> None:
        self.path = path
        self.done: set[str] = set()
        self.flush_every = flush_every
        exists = os.path.exists(path) and os.path.getsize(path) > 0
        if exists and not (resume or overwrite):
            raise InputValueError(f"{path} exists: pass --resume to go on with it or --overwrite "
                                  "to start again")
        if exists and resume:
            self.done = _jsonl_done(path)
        parent = os.path.dirname(os.path.abspath(path))
        os.makedirs(parent, exist_ok=True)
        self._fh = open(path, "ab" if resume else "wb")  # noqa: SIM115 - closed in close()
        self._buf: list[bytes] = []

    def write(self, result: Result) -> None:
        self._buf.append((result.to_json() + "\n").encode("utf-8"))
        if len(self._buf) >= self.flush_every:
            self.flush()

    def flush(self) -> None:
        if self._buf:
            self._fh.write(b"".join(self._buf))
            self._fh.flush()
            self._buf.clear()

    def close(self) -> None:
        self.flush()
        self._fh.close()

    def __enter__(self) -> JsonlWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _jsonl_done(path: str) -> set[str]:
    """Ids of the complete lines of ``path``; a partial last line is truncated away."""
    done: set[str] = set()
    good = 0  # offset just after the last complete, readable line
    with open(path, "rb+") as fh:
        offset = 0
        for line in fh:
            if not line.endswith(b"\n"):
                break
            try:
                rec = json.loads(line)
            except ValueError:
                raise InputValueError(
                    f"{path}: line {len(done) + 1} is not JSON; this file was not written by "
                    "frdefnlp run (a killed run leaves at most an unfinished last line)") from None
            offset += len(line)
            if isinstance(rec, dict) and rec.get("id") is not None:
                done.add(str(rec["id"]))
            good = offset
        fh.truncate(good)
    return done


# -------------------------------------------------------------------------------- Parquet

def _json_or_none(value: Any) -> str | None:
    return None if value in (None, {}, []) else json.dumps(value, ensure_ascii=False, sort_keys=True)


def _rows(rec: Mapping[str, Any]) -> tuple[dict[str, Any], list[dict[str, Any]], list[dict[str, Any]]]:
    """The document row, entity rows and event rows of one result record."""
    doc = rec.get("document") or {}
    clean = rec.get("clean") or doc.get("clean")
    meta = doc.get("metadata") or (clean or {}).get("metadata") or {}
    text = doc.get("text", (rec.get("clean") or {}).get("text"))
    error = rec.get("error") or {}
    doc_id = rec.get("id")
    row = {
        "id": doc_id, "error": error.get("message"), "error_type": error.get("type"),
        "date": meta.get("date"), "source": meta.get("source"), "author": meta.get("author"),
        "title": meta.get("title"), "text": text,
        "n_entities": len(doc.get("entities", ())), "n_events": len(rec.get("events", ())),
        "meta": _json_or_none(rec.get("meta")),
    }
    ents = []
    for e in doc.get("entities", ()):
        ents.append({
            "doc_id": doc_id, "start": e["start"], "end": e["end"],
            "raw_start": e.get("raw_start"), "raw_end": e.get("raw_end"), "text": e["text"],
            "label": e["label"], "kind": e.get("kind"), "canonical": e.get("canonical"),
            "entity_id": e.get("id"), "source": e.get("source"),
            "confidence": float(e.get("confidence", 1.0)),
            "value": _json_or_none(e.get("value")), "attrs": _json_or_none(e.get("attrs")),
        })
    evs = []
    for n, ev in enumerate(rec.get("events", ())):
        slots = ev.get("slots", {})
        names = {k: "; ".join(dict.fromkeys(x.get("canonical") or x["text"] for x in v))
                 for k, v in slots.items()}
        attrs = ev.get("attrs") or {}
        evs.append({
            "doc_id": doc_id, "n": n, "type": ev["type"], "status": ev.get("status"),
            "confidence": float(ev.get("confidence", 1.0)),
            "supplier": names.get("supplier") or attrs.get("supplier_country"),
            "recipient": names.get("recipient") or attrs.get("recipient_country"),
            "system": names.get("system") or names.get("product"),
            "date": attrs.get("date"),
            "sentence_start": ev["sentence"]["start"], "sentence_end": ev["sentence"]["end"],
            "sentence": ev["sentence"]["text"],
            "slots": _json_or_none(slots), "attrs": _json_or_none(attrs),
        })
    return row, ents, evs


_TABLES = ("documents", "entities", "events")


class ParquetWriter:
    """Write results to a directory of Parquet tables (``documents``, ``entities``,
    ``events``), ``part_size`` documents per part (pyarrow: ``pip install "frdefnlp[parquet]"``).

    Read them with DuckDB (``SELECT * FROM 'OUT/entities/*.parquet'``) or pandas
    (``pandas.read_parquet("OUT/entities")``). Strings that hold structures (``value``,
    ``attrs``, ``slots``, ``meta``) are JSON.
    """

    def __init__(self, path: str, *, resume: bool = False, overwrite: bool = False,
                 part_size: int = 1000) -> None:
        try:
            import pyarrow  # noqa: F401
        except ImportError as exc:
            raise InputValueError(
                "Parquet output needs pyarrow: pip install \"frdefnlp[parquet]\"") from exc
        self.path = path
        self.part_size = part_size
        self.done: set[str] = set()
        if os.path.exists(path) and not os.path.isdir(path):
            raise InputValueError(f"{path} exists and is not a directory (Parquet output is one)")
        existing = _parts(path)
        if existing and not (resume or overwrite):
            raise InputValueError(f"{path} holds Parquet parts: pass --resume to go on with them "
                                  "or --overwrite to start again")
        if overwrite and not resume:
            for table in _TABLES:
                for name in _files(os.path.join(path, table)):
                    os.remove(os.path.join(path, table, name))
            existing = []
        for table in _TABLES:
            os.makedirs(os.path.join(path, table), exist_ok=True)
        self._clear_unfinished(set(existing))
        if resume:
            import pyarrow.parquet as pq

            for n in existing:
                ids = pq.read_table(self._file("documents", n), columns=["id"]).column("id")
                self.done.update(str(x) for x in ids.to_pylist())
        self._next = max(existing, default=-1) + 1
        self._rows: tuple[list[Any], list[Any], list[Any]] = ([], [], [])

    def _file(self, table: str, n: int) -> str:
        return os.path.join(self.path, table, f"part-{n:06d}.parquet")

    def _clear_unfinished(self, parts: set[int]) -> None:
        """Remove temporary files and parts whose documents file was never renamed."""
        for table in _TABLES:
            folder = os.path.join(self.path, table)
            for name in _files(folder):
                n = _part_number(name)
                if name.endswith(".tmp") or (n is not None and n not in parts):
                    os.remove(os.path.join(folder, name))

    def write(self, result: Result) -> None:
        row, ents, evs = _rows(result.to_dict())
        self._rows[0].append(row)
        self._rows[1].extend(ents)
        self._rows[2].extend(evs)
        if len(self._rows[0]) >= self.part_size:
            self.flush()

    def flush(self) -> None:
        if not self._rows[0]:
            return
        write_part(self.path, f"part-{self._next:06d}", self._rows)
        self._next += 1
        self._rows = ([], [], [])

    def close(self) -> None:
        self.flush()

    def __enter__(self) -> ParquetWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def write_part(path: str, name: str, rows: tuple[list[Any], list[Any], list[Any]]) -> None:
    """Write one part (``name``.parquet in each table's folder of ``path``) of document, entity
    and event rows: each file under a hidden temporary name, then renamed, the documents file
    last (it commits the part)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    for table, table_rows in zip(reversed(_TABLES), reversed(rows), strict=True):
        folder = os.path.join(path, table)
        os.makedirs(folder, exist_ok=True)
        final = os.path.join(folder, f"{name}.parquet")
        # hidden while unfinished: readers (pyarrow, pandas, DuckDB's *.parquet) skip it
        tmp = os.path.join(folder, f".{name}.parquet.tmp")
        pq.write_table(pa.Table.from_pylist(table_rows, schema=_SCHEMAS[table](pa)), tmp)
        os.replace(tmp, final)


def part_rows(records: Any) -> tuple[list[Any], list[Any], list[Any]]:
    """The document, entity and event rows of result records (dicts of ``Result.to_dict``)."""
    out: tuple[list[Any], list[Any], list[Any]] = ([], [], [])
    for rec in records:
        row, ents, evs = _rows(rec)
        out[0].append(row)
        out[1].extend(ents)
        out[2].extend(evs)
    return out


def _files(folder: str) -> list[str]:
    return sorted(os.listdir(folder)) if os.path.isdir(folder) else []


def clear_temporary(path: str) -> None:
    """Remove the temporary files a killed writer left in the tables of ``path``."""
    for table in _TABLES:
        folder = os.path.join(path, table)
        for name in _files(folder):
            if name.endswith(".tmp"):
                os.remove(os.path.join(folder, name))


def _part_number(name: str) -> int | None:
    if name.startswith("part-") and name.endswith(".parquet"):
        try:
            return int(name[5:-8])
        except ValueError:
            return None
    return None


def _parts(path: str) -> list[int]:
    """Numbers of the committed parts (those whose documents file exists)."""
    return sorted(n for name in _files(os.path.join(path, "documents"))
                  if (n := _part_number(name)) is not None)


def _schema_documents(pa: Any) -> Any:
    s, i = pa.string(), pa.int64()
    return pa.schema([("id", s), ("error", s), ("error_type", s), ("date", s), ("source", s),
                      ("author", s), ("title", s), ("text", s), ("n_entities", i),
                      ("n_events", i), ("meta", s)])


def _schema_entities(pa: Any) -> Any:
    s, i = pa.string(), pa.int64()
    return pa.schema([("doc_id", s), ("start", i), ("end", i), ("raw_start", i), ("raw_end", i),
                      ("text", s), ("label", s), ("kind", s), ("canonical", s),
                      ("entity_id", s), ("source", s), ("confidence", pa.float64()),
                      ("value", s), ("attrs", s)])


def _schema_events(pa: Any) -> Any:
    s, i = pa.string(), pa.int64()
    return pa.schema([("doc_id", s), ("n", i), ("type", s), ("status", s),
                      ("confidence", pa.float64()), ("supplier", s), ("recipient", s),
                      ("system", s), ("date", s), ("sentence_start", i), ("sentence_end", i),
                      ("sentence", s), ("slots", s), ("attrs", s)])


_SCHEMAS = {"documents": _schema_documents, "entities": _schema_entities,
            "events": _schema_events}


def open_writer(path: str, *, format: str | None = None, resume: bool = False,
                overwrite: bool = False) -> JsonlWriter | ParquetWriter:
    """A writer for ``path``: Parquet when ``format="parquet"`` or the path ends with
    ``.parquet`` or is a directory, JSONL otherwise."""
    if format is None:
        format = "parquet" if (path.rstrip("/").endswith(".parquet") or os.path.isdir(path)) \
            else "jsonl"
    if format == "parquet":
        return ParquetWriter(path, resume=resume, overwrite=overwrite)
    if format == "jsonl":
        return JsonlWriter(path, resume=resume, overwrite=overwrite)
    raise InputValueError(f'format must be "jsonl" or "parquet", got {format!r}')
