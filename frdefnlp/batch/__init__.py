"""Batch processing: many documents on every core (:func:`pipe`), corpora read from files,
directories, JSONL and WARC/WET (:mod:`.readers`), results written as JSONL or Parquet
(:mod:`.writers`), the ``frdefnlp run`` command (:mod:`.run`), and Dask (:mod:`.dask`, in the
``frdefnlp[dask]`` extra). See docs/batch.md.

Nothing heavy is imported here: the stages load in the process that runs them.
"""

from .readers import Item, iter_items, read_inputs
from .stream import FORMAT_VERSION, STEPS, Result, pipe

__all__ = ["pipe", "Result", "STEPS", "FORMAT_VERSION", "Item", "iter_items", "read_inputs"]
