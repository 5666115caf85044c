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
  ``frdefnlp run --dask ADDRESS`` uses.

Dask is imported when these functions are called, never at import, so that this module
loads (and its docstrings are tested) without the extra. The module is named after Dask but
lives in ``frdefnlp.batch``, so ``import dask`` anywhere still finds Dask itself.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Iterator
from typing import Any

from ..errors import InputValueError
from .stream import STEPS, Result, make_batches, make_config, ordered, run_batch

__all__ = ["process_bag", "process_dataframe", "pipe_on", "client_for"]


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
