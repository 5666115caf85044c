"""``frdefnlp run INPUT... -o OUT``: a corpus through clean -> tag -> events, on every core.

Inputs are read lazily (:mod:`.readers`: files, directories, JSONL, WARC/WET), processed by
:func:`frdefnlp.pipe` (``-j N`` worker processes) or on a Dask cluster (``--dask``), and
written in input order (:mod:`.writers`: JSONL or Parquet). ``--resume`` skips the ids the
output already holds; a run killed at any moment and resumed loses and duplicates nothing.
A progress line (documents, MB, rate, ETA) is drawn on stderr when it is a terminal.
Exit status: 0, or 1 when a document failed (its record carries the error).
"""

from __future__ import annotations

import argparse
import os
import sys
import threading
import time
from collections import deque
from collections.abc import Iterator
from typing import IO, Any

from .readers import Item, input_size, iter_items
from .stream import STEPS, check_steps, pipe
from .writers import open_writer

__all__ = ["configure_cli", "run_cli", "Progress"]

#: How many failed documents are named on stderr (all are in the output).
_SHOWN_ERRORS = 5


class Progress:
    """A one-line progress display: documents, MB read, documents/s, MB/s and, when the
    total input size (or, with ``total_docs``, the number of documents) is known, the share
    done and an ETA. Redrawn at most every
    ``interval`` seconds; draws nothing unless ``enabled``."""

    def __init__(self, total_bytes: int | None, *, total_docs: int | None = None,
                 stream: IO[str] | None = None, enabled: bool = True,
                 interval: float = 0.25) -> None:
        self.total = total_bytes
        self.total_docs = total_docs
        self.stream = stream or sys.stderr
        self.enabled = enabled
        self.interval = interval
        self.docs = self.bytes = self.skipped_bytes = self.skipped = self.failed = 0
        self.start = time.monotonic()
        self._last = 0.0

    def skip(self, nbytes: int) -> None:
        self.skipped += 1
        self.skipped_bytes += nbytes

    def update(self, nbytes: int, ok: bool = True) -> None:
        self.docs += 1
        self.bytes += nbytes
        self.failed += not ok
        now = time.monotonic()
        if self.enabled and now - self._last >= self.interval:
            self._last = now
            self._draw(now)

    def line(self, now: float | None = None) -> str:
        elapsed = max(1e-9, (now or time.monotonic()) - self.start)
        rate, mbs = self.docs / elapsed, self.bytes / elapsed / 1e6
        parts = [f"{self.docs:,} docs", f"{self.bytes / 1e6:,.1f} MB",
                 f"{rate:,.1f} docs/s", f"{mbs:,.2f} MB/s"]
        if self.total_docs:  # --limit: the share is in documents
            parts.insert(2, f"{min(100.0, 100 * self.docs / self.total_docs):.1f}%")
            if rate > 0:
                left = max(0.0, (self.total_docs - self.docs) / rate)
                parts.append(_eta(left))
        elif self.total:
            done = self.bytes + self.skipped_bytes
            parts.insert(2, f"{min(100.0, 100 * done / self.total):.1f}%")
            if mbs > 0:
                left = max(0.0, (self.total - done) / 1e6 / mbs)
                parts.append(_eta(left))
        if self.skipped:
            parts.append(f"{self.skipped:,} skipped")
        if self.failed:
            parts.append(f"{self.failed:,} failed")
        return "frdefnlp run: " + "  ".join(parts)

    def add(self, docs: int, nbytes: int, failed: int = 0) -> None:
        """Count a group of documents at once (a partition done by a worker)."""
        self.docs += docs - 1
        self.failed += failed
        self.update(nbytes)

    def note(self, message: str) -> None:
        """Print ``message`` on its own line (above the progress line, if drawn)."""
        prefix = "\r\x1b[K" if self.enabled else ""
        self.stream.write(prefix + message + "\n")
        self.stream.flush()

    def _draw(self, now: float) -> None:
        self.stream.write("\r\x1b[K" + self.line(now))
        self.stream.flush()

    def close(self) -> None:
        if self.enabled:
            self._draw(time.monotonic())
            self.stream.write("\n")
            self.stream.flush()


def _eta(seconds: float) -> str:
    s = int(seconds)
    return f"ETA {s // 3600}:{s % 3600 // 60:02d}:{s % 60:02d}"


def configure_cli(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("inputs", nargs="+", metavar="INPUT",
                        help="files, directories (recursive), *.jsonl, *.warc[.gz]/*.wet[.gz]; "
                             "- reads JSONL from stdin")
    parser.add_argument("-o", "--output", required=True, metavar="OUT",
                        help="*.jsonl (one line per document) or *.parquet / a directory "
                             "(tables documents/, entities/, events/)")
    parser.add_argument("--format", choices=("jsonl", "parquet"),
                        help="output format (default: from OUT's name)")
    parser.add_argument("-j", "--jobs", type=int, default=1, metavar="N",
                        help="worker processes (default 1; 0 = one per core)")
    parser.add_argument("--steps", default=",".join(STEPS),
                        help="comma-separated steps among clean,tag,events (default: all)")
    parser.add_argument("--glob", metavar="PATTERN",
                        help="in directories, read only the files matching PATTERN (e.g. '*.txt')")
    parser.add_argument("--limit", type=int, metavar="N", help="process at most N documents")
    parser.add_argument("--resume", action="store_true",
                        help="go on with OUT: skip the documents it already holds")
    parser.add_argument("--overwrite", action="store_true", help="replace OUT if it exists")
    parser.add_argument("--tokens", action="store_true", help="keep the tokens in the output")
    parser.add_argument("--languages", default="fr", metavar="CODES",
                        help="comma-separated languages the articles may be in (default: fr)")
    parser.add_argument("--gazetteer", action="append", default=[], metavar="FILE",
                        help="an extra gazetteer JSONL file (repeatable)")
    parser.add_argument("--batch-size", type=int, default=32, metavar="N",
                        help="documents sent to a worker at a time (default 32)")
    parser.add_argument("--dask", metavar="ADDRESS",
                        help="run on a Dask cluster: a scheduler address (tcp://host:8786) or "
                             "local:N for a local cluster of N workers (pip install \"frdefnlp[dask]\")")
    parser.add_argument("--shared-fs", action="store_true",
                        help="with --dask and Parquet output: the workers read the inputs and "
                             "write the tables themselves (paths must be the same on every "
                             "worker); resumable by partition")
    parser.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None,
                        help="draw a progress line on stderr (default: when it is a terminal)")


def _measure_in_background(progress: Progress, inputs: list[str], glob: str | None) -> None:
    """Sum the input sizes (for the share done and the ETA) without delaying the start: a
    directory of a million files takes a while to walk."""
    def measure() -> None:
        progress.total = input_size(inputs, glob=glob)

    threading.Thread(target=measure, name="frdefnlp-input-size", daemon=True).start()


def _sized(items: Iterator[Item], done: set[str], progress: Progress,
           sizes: deque[int], limit: int | None) -> Iterator[Item]:
    """``items`` without those already done, at most ``limit``; records each size in order."""
    n = 0
    for item in items:
        if item.id in done:
            progress.skip(item.size)
            continue
        if limit is not None and n >= limit:
            return
        n += 1
        sizes.append(item.size)
        yield item


def _options(args: argparse.Namespace, steps: tuple[str, ...]) -> dict[str, Any]:
    """The keyword options of :func:`frdefnlp.pipe` that the command line sets."""
    options: dict[str, Any] = {
        "steps": steps, "tokens": args.tokens,
        "languages": tuple(x.strip() for x in args.languages.split(",") if x.strip()),
    }
    if args.gazetteer:
        from ..tagger import TagOptions

        options["tag_options"] = TagOptions(extra_gazetteers=tuple(
            os.path.abspath(p) for p in args.gazetteer))
    return options


def run_cli(args: argparse.Namespace) -> int:
    if args.shared_fs:
        return _run_shared_fs(args)
    steps = check_steps(args.steps)
    jobs = args.jobs if args.jobs > 0 else (os.cpu_count() or 1)
    show = sys.stderr.isatty() if args.progress is None else args.progress
    writer = open_writer(args.output, format=args.format, resume=args.resume,
                         overwrite=args.overwrite)
    progress = Progress(None, total_docs=args.limit, enabled=show)
    if show and args.limit is None:
        _measure_in_background(progress, args.inputs, args.glob)
    sizes: deque[int] = deque()
    items = _sized(iter_items(args.inputs, glob=args.glob), writer.done, progress, sizes,
                   args.limit)
    options = _options(args, steps)
    client = cluster = None
    status = 0
    try:
        if args.dask:
            from .dask import client_for, pipe_on

            client, cluster = client_for(args.dask)
            results = pipe_on(client, items, batch_size=args.batch_size, on_error="record",
                              **options)
        else:
            results = pipe(items, n_process=jobs, batch_size=args.batch_size,
                           on_error="record", **options)
        for r in results:
            writer.write(r)
            progress.update(sizes.popleft(), r.ok)
            if not r.ok and progress.failed <= _SHOWN_ERRORS:
                where = "" if str(r.error).startswith(str(r.id)) else f"{r.id}: "
                progress.note(f"frdefnlp run: {where}{r.error}")
    except KeyboardInterrupt:
        status = 130
    finally:
        writer.close()
        progress.close()
        for closable in (client, cluster):
            if closable is not None:
                closable.close()
    more = f" ({_SHOWN_ERRORS} shown above)" if progress.failed > _SHOWN_ERRORS else ""
    return _exit_status(status, progress, args.output, f"{more}; their records in {args.output}")


def _run_shared_fs(args: argparse.Namespace) -> int:
    """``--dask ... --shared-fs``: the workers read and write, a partition each."""
    from ..errors import InputValueError
    from .dask import client_for, run_on_workers

    if not args.dask:
        raise InputValueError("--shared-fs needs --dask ADDRESS (the workers do the reading)")
    if args.format == "jsonl" or (args.format is None and args.output.endswith(".jsonl")):
        raise InputValueError("--shared-fs writes Parquet tables: give a directory or *.parquet")
    if args.limit is not None:
        raise InputValueError("--limit is not available with --shared-fs")
    show = sys.stderr.isatty() if args.progress is None else args.progress
    progress = Progress(None, enabled=show)
    if show:
        _measure_in_background(progress, args.inputs, args.glob)
    client, cluster = client_for(args.dask)
    status = 0
    try:
        for docs, failed, nbytes in run_on_workers(
                client, args.inputs, args.output, glob=args.glob, resume=args.resume,
                overwrite=args.overwrite, **_options(args, check_steps(args.steps))):
            progress.add(docs, nbytes, failed)
    except KeyboardInterrupt:
        status = 130
    finally:
        progress.close()
        client.close()
        if cluster is not None:
            cluster.close()
    return _exit_status(status, progress, args.output, f"; their rows in {args.output}/documents")


def _exit_status(status: int, progress: Progress, output: str, where: str) -> int:
    """The command's exit status (130 interrupted, 1 when a document failed, else 0), said
    on stderr; ``where`` tells where the failed documents' records are."""
    if status == 130:
        print(f"frdefnlp run: interrupted; rerun with --resume to go on with {output}",
              file=sys.stderr)
        return status
    if progress.failed:
        print(f"frdefnlp run: {progress.failed} of {progress.docs} documents failed{where} "
              "carry the error", file=sys.stderr)
        return 1
    return 0
