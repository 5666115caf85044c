"""Readers of corpora: text files, directories, JSONL and WARC/WET archives.

Each reader yields :class:`Item` objects lazily, one document at a time, so that a corpus of
any size streams through :func:`frdefnlp.pipe` in constant memory. A document that cannot be
read (a missing file, bad UTF-8, a JSONL line that is not an object with a ``text``) becomes
an :class:`Item` with an ``error`` instead of stopping the corpus.

Which reader reads an input is decided by its name: ``*.jsonl``/``*.ndjson`` (optionally
``.gz``) are JSONL, one ``{"id": ..., "text": ..., ...}`` object a line (other keys travel
with the document as ``meta``); ``*.warc``/``*.wet`` (optionally ``.gz``) are web archives
(warcio, ``pip install "frdefnlp[warc]"``); a directory is walked recursively in sorted order
(files matching ``glob``); anything else is one UTF-8 text document whose id is its path;
``-`` is JSONL on standard input.
"""

from __future__ import annotations

import fnmatch
import gzip
import json
import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import IO, Any

from ..errors import InputValueError

__all__ = ["Item", "read_inputs", "iter_items", "input_size", "kind_of"]

_JSONL = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")
_WARC = (".warc", ".wet", ".warc.gz", ".wet.gz")


@dataclass(frozen=True, slots=True)
class Item:
    """One document of a corpus: ``id``, ``text``, the input's other fields (``meta``), the
    bytes it took in its input (``size``, for progress), or the ``error`` that kept it from
    being read (``text`` is then ``None``)."""

    id: str
    text: str | None
    meta: dict[str, Any] = field(default_factory=dict)
    size: int = 0
    error: str | None = None


def read_inputs(paths: Sequence[str]) -> Iterator[tuple[str, str | None, str | None]]:
    """Yield ``(name, text, error)`` for each path (``-`` is standard input; a directory gives
    each file under it, recursively, in sorted order). The stage commands read their files
    with it.

    A file that cannot be read or is not UTF-8 yields an error message instead of text, so
    that the caller reports it and goes on with the other inputs.
    """
    for path in _expand(paths or ["-"], None):
        if path == "-":
            data = sys.stdin.buffer.read()
            name = "<stdin>"
        else:
            name = path
            try:
                with open(path, "rb") as fh:
                    data = fh.read()
            except OSError as exc:
                yield name, None, f"cannot read {path}: {exc.strerror or exc}"
                continue
        text, error = _decode(data, name)
        yield name, text, error


def _decode(data: bytes, name: str) -> tuple[str | None, str | None]:
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as exc:
        return None, (
            f"{name} is not UTF-8 (byte {exc.start}: {data[exc.start:exc.start + 1]!r}); "
            "convert it first, e.g. iconv -f latin1 -t utf-8"
        )


def kind_of(path: str) -> str:
    """``"jsonl"``, ``"warc"``, ``"dir"`` or ``"text"``: how :func:`iter_items` reads ``path``."""
    low = path.lower()
    if path == "-" or low.endswith(_JSONL):
        return "jsonl"
    if low.endswith(_WARC):
        return "warc"
    if os.path.isdir(path):
        return "dir"
    return "text"


def _walk(root: str, glob: str | None) -> Iterator[str]:
    """Files under ``root`` in sorted order (hidden files and directories skipped); ``glob``
    matches the file name, or the path relative to ``root`` when it holds a ``/``."""
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if name.startswith("."):
                continue
            path = os.path.join(dirpath, name)
            if glob is not None:
                target = os.path.relpath(path, root) if "/" in glob else name
                if not fnmatch.fnmatch(target, glob):
                    continue
            yield path


def _expand(inputs: Iterable[str], glob: str | None) -> Iterator[str]:
    for path in inputs:
        if path != "-" and os.path.isdir(path):
            yield from _walk(path, glob)
        else:
            yield path


def input_size(inputs: Iterable[str], *, glob: str | None = None) -> int | None:
    """Total bytes of the inputs on disk (``None`` when standard input is one of them)."""
    total = 0
    for path in _expand(inputs, glob):
        if path == "-":
            return None
        try:
            total += os.path.getsize(path)
        except OSError:
            pass
    return total


def iter_items(inputs: Iterable[str], *, glob: str | None = None) -> Iterator[Item]:
    """Every document of ``inputs`` (files, directories, JSONL, WARC/WET; ``-`` is JSONL on
    stdin), in order, lazily.

    >>> import os, tempfile
    >>> d = tempfile.mkdtemp()
    >>> with open(os.path.join(d, "a.txt"), "w") as f:
    ...     _ = f.write("Le Maroc a acheté des drones.")
    >>> with open(os.path.join(d, "b.jsonl"), "w") as f:
    ...     _ = f.write('{"id": "x1", "text": "Rabat", "url": "https://example.org/1"}\\n')
    >>> [(os.path.basename(i.id), i.meta) for i in iter_items([d])]
    [('a.txt', {}), ('x1', {'url': 'https://example.org/1'})]
    """
    for path in _expand(inputs, glob):
        kind = kind_of(path)
        if kind == "jsonl":
            yield from _jsonl_items(path)
        elif kind == "warc":
            yield from _warc_items(path)
        else:
            try:
                with open(path, "rb") as fh:
                    data = fh.read()
            except OSError as exc:
                yield Item(path, None, error=f"cannot read {path}: {exc.strerror or exc}")
                continue
            text, error = _decode(data, path)
            yield Item(path, text, size=len(data), error=error)


def _open_binary(path: str) -> IO[bytes]:
    if path == "-":
        return sys.stdin.buffer
    fh: IO[bytes] = open(path, "rb")  # noqa: SIM115 - closed by the caller
    if path.lower().endswith(".gz"):
        return gzip.GzipFile(fileobj=fh)  # type: ignore[return-value]
    return fh


def _jsonl_items(path: str) -> Iterator[Item]:
    """One item per line of a JSONL file: ``{"id", "text", ...}``; the id defaults to
    ``PATH:LINE``; blank lines are skipped; a bad line is an item with an error."""
    try:
        fh = _open_binary(path)
    except OSError as exc:
        yield Item(path, None, error=f"cannot read {path}: {exc.strerror or exc}")
        return
    name = "<stdin>" if path == "-" else path
    try:
        for lineno, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            where = f"{name}:{lineno}"
            try:
                rec = json.loads(line)
            except (UnicodeDecodeError, json.JSONDecodeError) as exc:
                yield Item(where, None, size=len(line), error=f"{where}: not a JSON line ({exc})")
                continue
            if not isinstance(rec, dict) or not isinstance(rec.get("text"), str):
                rid = rec.get("id") if isinstance(rec, dict) else None
                yield Item(where if rid is None else str(rid), None, size=len(line),
                           error=f'{where}: expected an object with a "text" string')
                continue
            rid = rec.pop("id", None)
            text = rec.pop("text")
            yield Item(where if rid is None else str(rid), text, rec, len(line))
    finally:
        if fh is not sys.stdin.buffer:
            fh.close()


def _warc_items(path: str) -> Iterator[Item]:
    """Text records of a WARC or WET archive: WET ``conversion`` records (Common Crawl's
    extracted page text) and ``resource``/``response`` records whose content type is
    ``text/plain``; HTML responses are skipped (extract their text first, or read the WET
    files that come with them). The id is the record's ``WARC-Record-ID``; ``url`` and
    ``date`` travel as meta."""
    try:
        from warcio.archiveiterator import ArchiveIterator
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise InputValueError(
            f"{path} is a web archive; reading it needs warcio: pip install \"frdefnlp[warc]\""
        ) from exc
    try:
        fh = open(path, "rb")  # noqa: SIM115
    except OSError as exc:
        yield Item(path, None, error=f"cannot read {path}: {exc.strerror or exc}")
        return
    with fh:
        for rec in ArchiveIterator(fh):
            if rec.rec_type not in ("conversion", "resource", "response"):
                continue
            ctype = (rec.rec_headers.get_header("Content-Type") or "").lower()
            if rec.rec_type == "response" and rec.http_headers is not None:
                ctype = (rec.http_headers.get_header("Content-Type") or "").lower()
            if rec.rec_type != "conversion" and not ctype.startswith("text/plain"):
                continue
            rid = (rec.rec_headers.get_header("WARC-Record-ID") or "").strip("<>")
            meta = {"url": rec.rec_headers.get_header("WARC-Target-URI"),
                    "date": rec.rec_headers.get_header("WARC-Date")}
            data = rec.content_stream().read()
            text, error = _decode(data, rid or path)
            yield Item(rid or path, text, meta, len(data), error)

