"""frdefnlp on a Dask cluster (``pip install "frdefnlp[dask]"``; docs/batch.md).

The unit of work is the same as :func:`frdefnlp.pipe`'s: a batch of documents processed by
:func:`frdefnlp.batch.stream.run_batch` in whatever process runs it, with the stages loaded
once per worker process (a module-level cache) and each result sent back as one compact
JSON line. Three entries:

* :func:`process_bag` maps the stages over a ``dask.bag.Bag`` of items (texts, ``(id,
  text)`` pairs or ``{"id", "text", ...}`` dicts) and returns a bag of result records;
* :func:`process_dataframe` does the same for a ``dask.dataframe.DataFrame`` with an id and a
  text column;
* :func:`pipe_on` streams items through a ``distributed.Client`` like :func:`frdefnlp.pipe`
  does through local processes (in order, a bounded number of batches in flight): what
  ``frdefnlp run --dask ADDRESS`` uses;
* :func:`run_on_workers` lets the workers read the inputs and write the Parquet tables
  themselves, a partition each (a shared filesystem): ``frdefnlp run --dask ADDRESS
  --shared-fs``.

Dask is imported when these functions are called, never at import, so that this module
loads (and its docstrings are tested) without the extra. The module is named after Dask but
lives in ``frdefnlp.batch``, so ``import dask`` anywhere still finds Dask itself.
"""

from __future__ import annotations

import json
import logging
import os
from collections import deque
from collections.abc import Iterable, Iterator
from typing import Any

from ..errors import InputValueError
from .stream import STEPS, Result, make_batches, make_config, ordered, run_batch

__all__ = ["process_bag", "process_dataframe", "pipe_on", "run_on_workers", "client_for"]


def _partition(items: Iterable[Any], config: Any) -> list[dict[str, Any]]:
    from .stream import _task

    tasks = [_task(i, item) for i, item in enumerate(items)]
    return [json.loads(line) for line, _, _ in run_batch(config, tasks)]


def process_bag(bag: Any, *, steps: Iterable[str] | str = STEPS, tokens: bool = False,
                languages: Iterable[str] = ("fr",), clean_options: Any = None,
                tag_options: Any = None, event_options: Any = None) -> Any:
    """A bag of result records (the dicts of :meth:`Result.to_dict`), one per item of ``bag``.

    Errors are recorded in the records (``"error"``), never raised, so that one bad page does
    not fail a partition. Give the items ids: a plain text's id is its index in its partition.
    """
    config = make_config(steps, tokens, languages, clean_options, tag_options, event_options)
    return bag.map_partitions(_partition, config)


def process_dataframe(df: Any, *, text: str = "text", id: str = "id", **options: Any) -> Any:
    """:func:`process_bag` over the ``id`` and ``text`` columns of a Dask dataframe; the other
    columns travel in each record's ``meta``. Returns a bag of records (``bag.to_dataframe()``
    after a ``map`` that flattens what you need)."""
    for col in (text, id):
        if col not in df.columns:
            raise InputValueError(f"the dataframe has no column {col!r} (columns: {list(df.columns)})")
    bag = df.to_bag(format="dict")
    if (text, id) != ("text", "id"):
        bag = bag.map(_renamed, text, id)
    return process_bag(bag, **options)


def _renamed(row: dict[str, Any], text: str, id: str) -> dict[str, Any]:
    out = {k: v for k, v in row.items() if k not in (text, id)}
    out["id"], out["text"] = row[id], row[text]
    return out


def pipe_on(client: Any, items: Iterable[Any], *, batch_size: int = 32, on_error: str = "raise",
            in_flight: int | None = None, **options: Any) -> Iterator[Result]:
    """:func:`frdefnlp.pipe` on a Dask cluster: batches of ``items`` go to the workers of
    ``client`` (at most ``in_flight`` at a time, twice the cluster's threads by default) and
    the results come back in input order, the same as a local run's."""
    config = make_config(**options)
    batches = make_batches(items, batch_size, on_error)
    if in_flight is None:
        in_flight = 2 * max(1, sum(client.nthreads().values()))

    def submit(tasks: list[Any]) -> Any:
        return client.submit(run_batch, config, tasks, pure=False)

    return ordered(config, batches, on_error, submit, in_flight)


def client_for(address: str) -> tuple[Any, Any]:
    """``(client, cluster)`` for ``--dask ADDRESS``: ``local:N`` starts a ``LocalCluster`` of N
    single-threaded worker processes (``cluster`` is then to be closed by the caller), any
    other value is a scheduler address (``tcp://host:8786``; ``cluster`` is ``None``)."""
    try:
        from distributed import Client, LocalCluster
    except ImportError as exc:
        raise InputValueError(
            'Dask is not installed: pip install "frdefnlp[dask]" (dask[distributed])') from exc
    if address.startswith("local"):
        _, _, n = address.partition(":")
        try:
            workers = int(n) if n else 2
        except ValueError:
            raise InputValueError(f"--dask local:N needs a number of workers, got {address!r}") from None
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                               dashboard_address=None, silence_logs=logging.ERROR)
        return Client(cluster), cluster
    return Client(address), None


# ------------------------------------------------------------- workers read and write

def _partitions(inputs: Iterable[str], glob: str | None,
                size: int) -> Iterator[tuple[str, list[str], int]]:
    """``(name, paths, bytes)`` of each partition: a JSONL or WARC file on its own, text files
    by ``size`` in walking order. The name hashes the paths, so a rerun on the same inputs
    finds the same partitions."""
    import hashlib

    from .readers import _expand, kind_of

    def named(paths: list[str]) -> tuple[str, list[str], int]:
        digest = hashlib.sha1("\n".join(os.path.abspath(p) for p in paths).encode("utf-8"))
        nbytes = sum(os.path.getsize(p) for p in paths if os.path.exists(p))
        return "part-" + digest.hexdigest()[:20], paths, nbytes

    group: list[str] = []
    for path in _expand(inputs, glob):
        if path == "-":
            raise InputValueError("workers cannot read standard input: give files")
        if kind_of(path) in ("jsonl", "warc"):
            yield named([path])
        else:
            group.append(path)
            if len(group) >= size:
                yield named(group)
                group = []
    if group:
        yield named(group)


def _partition_to_parquet(paths: list[str], output: str, name: str, config: Any,
                          part_size: int) -> tuple[int, int]:
    """Read ``paths``, process them and write their Parquet parts (``name-NNNN``), then the
    partition's marker; returns ``(documents, failed)``. Runs on a worker."""
    from .readers import iter_items
    from .stream import _task
    from .writers import part_rows, write_part

    docs = failed = chunk = 0
    batch: list[Any] = []

    def flush() -> None:
        nonlocal chunk, failed
        results = run_batch(config, batch)
        failed += sum(message is not None for _, message, _ in results)
        write_part(output, f"{name}-{chunk:04d}", part_rows(json.loads(r[0]) for r in results))
        chunk += 1
        batch.clear()

    for i, item in enumerate(iter_items(paths)):
        batch.append(_task(i, item))
        docs += 1
        if len(batch) >= part_size:
            flush()
    if batch or chunk == 0:
        flush()
    marker = os.path.join(output, "_done", name)
    os.makedirs(os.path.dirname(marker), exist_ok=True)
    with open(marker + ".tmp", "w", encoding="utf-8") as fh:
        fh.write(f"{docs}\n")
    os.replace(marker + ".tmp", marker)
    return docs, failed


def run_on_workers(client: Any, inputs: Iterable[str], output: str, *, glob: str | None = None,
                   partition_size: int = 256, part_size: int = 1000, resume: bool = False,
                   overwrite: bool = False, in_flight: int | None = None,
                   **options: Any) -> Iterator[tuple[int, int, int]]:
    """Process ``inputs`` on the workers of ``client``, which read them and write the Parquet
    tables of ``output`` themselves: paths must mean the same files on every worker (a
    shared filesystem). Yields ``(documents, failed, bytes)`` per partition done.

    A partition is a JSONL or WARC file, or ``partition_size`` text files; its results are
    parts named after it, and a marker in ``output/_done/`` says it is complete. ``resume``
    skips the partitions marked done; a partition cut short is redone and its parts, named
    the same, are overwritten with the same rows: nothing is lost or duplicated as long as
    the inputs are the same. Worker errors on a document are recorded in its row.
    """
    from .writers import _TABLES, clear_temporary

    config = make_config(**options)
    done_dir = os.path.join(output, "_done")
    if os.path.exists(output) and not os.path.isdir(output):
        raise InputValueError(f"{output} exists and is not a directory (Parquet output is one)")
    has_parts = os.path.isdir(os.path.join(output, "documents")) and any(
        n.endswith(".parquet") for n in os.listdir(os.path.join(output, "documents")))
    if has_parts and not (resume or overwrite):
        raise InputValueError(f"{output} holds Parquet parts: pass --resume to go on with them "
                              "or --overwrite to start again")
    if overwrite and not resume and os.path.isdir(output):
        for sub in (*_TABLES, "_done"):
            folder = os.path.join(output, sub)
            for n in (os.listdir(folder) if os.path.isdir(folder) else ()):
                os.remove(os.path.join(folder, n))
    done = set(os.listdir(done_dir)) if resume and os.path.isdir(done_dir) else set()
    clear_temporary(output)
    if in_flight is None:
        in_flight = 2 * max(1, sum(client.nthreads().values()))
    pending: deque[tuple[Any, int]] = deque()
    try:
        for name, paths, nbytes in _partitions(inputs, glob, partition_size):
            if name in done:
                continue
            pending.append((client.submit(_partition_to_parquet, paths, output, name, config,
                                          part_size, pure=False), nbytes))
            if len(pending) >= in_flight:
                fut, nb = pending.popleft()
                yield (*fut.result(), nb)
        while pending:
            fut, nb = pending.popleft()
            yield (*fut.result(), nb)
    finally:
        for fut, _ in pending:
            fut.cancel()
