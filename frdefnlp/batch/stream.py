"""``frdefnlp.pipe``: many documents through clean -> tag -> events, on every core, in order.

A corpus is a stream: :func:`pipe` reads its items lazily, groups them in batches of
``batch_size``, and keeps at most ``2 * n_process`` batches in flight, so memory stays
constant in the number of documents. With ``n_process > 1`` the batches go to worker
processes (:class:`concurrent.futures.ProcessPoolExecutor`; any start method, ``spawn``
included) that load the resources once, when they start, and send back each result as one
compact JSON line instead of pickled objects (a pickled :class:`~frdefnlp.types.Document` is
about ten times its text). Results come back in input order, whatever the number of
processes or the batch size: the output is the same (a test checks it byte for byte).

Every document is processed on its own (the stages are pure functions of their document),
which is what makes the work parallel. Cost: linear in the corpus; per document the cost of
the steps asked for.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import pickle
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from typing import Any

from ..errors import FrdefnlpError, InputTypeError, InputValueError
from ..types import CleanResult, Document, Event
from .readers import Item

__all__ = ["pipe", "Result", "STEPS", "FORMAT_VERSION", "check_steps"]

#: The steps a document can go through, in order.
STEPS: tuple[str, ...] = ("clean", "tag", "events")
#: Version of the result records (``"v"``); raised when their shape changes.
FORMAT_VERSION = 1

_WARM_TEXT = ("Accueil > Défense\n\nLe Maroc a acheté des drones Harop à Israël pour 50 "
              "millions de dollars en mars 2021, selon le ministre.")


def check_steps(steps: Iterable[str] | str) -> tuple[str, ...]:
    """``steps`` as a tuple in pipeline order, checked: known names, ``events`` needs ``tag``.

    >>> check_steps("clean,tag")
    ('clean', 'tag')
    """
    if isinstance(steps, str):
        steps = [s.strip() for s in steps.split(",") if s.strip()]
    given = list(steps)
    unknown = [s for s in given if s not in STEPS]
    if unknown or not given:
        raise InputValueError(f"steps must be a non-empty subset of {STEPS}, got {given!r}")
    out = tuple(s for s in STEPS if s in given)
    if "events" in out and "tag" not in out:
        raise InputValueError("the events step needs the tag step: steps=('clean', 'tag', 'events')")
    return out


@dataclass(frozen=True, slots=True)
class _Config:
    """What a worker needs to process documents (small and picklable)."""

    steps: tuple[str, ...] = STEPS
    tokens: bool = False
    languages: tuple[str, ...] = ("fr",)
    clean_options: Any = None
    tag_options: Any = None
    event_options: Any = None


class _Runner:
    """The loaded stages for one :class:`_Config`, built once per process."""

    def __init__(self, config: _Config) -> None:
        self.config = config
        self.warmed = False
        self._clean = self._tagger = self._events = None
        if "clean" in config.steps:
            from ..boilerplate import clean

            self._clean = clean
        if "tag" in config.steps:
            from ..tagger import Tagger

            self._tagger = Tagger(config.tag_options)
        if "events" in config.steps:
            from ..extraction import extract_document

            self._events = extract_document

    def warm(self) -> None:
        """Load every resource the steps use (so that the first document pays nothing)."""
        if not self.warmed:
            self.process("warm-up", _WARM_TEXT)
            self.warmed = True

    def process(self, doc_id: str | None, text: str) -> tuple[Any, Any, Any]:
        """``(clean result, document, events)`` of one text (``None`` for steps not run)."""
        cfg = self.config
        c = doc = evs = None
        if self._clean is not None:
            c = self._clean(text, languages=cfg.languages, options=cfg.clean_options)
        if self._tagger is not None:
            doc = self._tagger(c if c is not None else text, doc_id=doc_id)
        if self._events is not None:
            evs = self._events(doc, options=cfg.event_options)
        return c, doc, evs


_RUNNERS: dict[_Config, _Runner] = {}
_RUNNERS_LOCK = threading.Lock()


def _runner_for(config: _Config) -> _Runner:
    """This process's runner for ``config`` (resources loaded once per process, even when
    several threads of a Dask worker ask at once)."""
    runner = _RUNNERS.get(config)
    if runner is None:
        with _RUNNERS_LOCK:
            runner = _RUNNERS.get(config)
            if runner is None:
                runner = _RUNNERS[config] = _Runner(config)
    return runner


def _init_worker(config: _Config) -> None:
    _watch_parent()
    _runner_for(config).warm()


def _watch_parent(interval: float = 0.5) -> None:
    """End this worker when the process that started it is gone (killed with ``kill -9``, its
    pool never says goodbye): a daemon thread polls the parent's pid."""
    parent = os.getppid()

    def watch() -> None:
        while True:
            time.sleep(interval)
            if os.getppid() != parent:
                os._exit(1)

    threading.Thread(target=watch, name="frdefnlp-parent-watch", daemon=True).start()


def _record(config: _Config, doc_id: str | None, meta: Mapping[str, Any] | None,
            parts: tuple[Any, Any, Any] | None, error: BaseException | None) -> dict[str, Any]:
    """The result record (version :data:`FORMAT_VERSION`) of one document."""
    rec: dict[str, Any] = {"v": FORMAT_VERSION, "id": doc_id}
    if meta:
        rec["meta"] = dict(meta)
    rec["error"] = None if error is None else {"type": type(error).__name__,
                                               "message": str(error) or type(error).__name__}
    if parts is None:
        return rec
    c, doc, evs = parts
    if doc is not None:
        rec["document"] = doc.to_dict(tokens=config.tokens, compact=True)
    elif c is not None:
        rec["clean"] = c.to_dict(compact=True)
    if evs is not None:
        rec["events"] = [e.to_dict(compact=True) for e in evs]
    return rec


def dumps(record: Mapping[str, Any]) -> str:
    """One JSON line (no newline) for a record: compact separators, UTF-8 kept as is; a value
    JSON has no type for (a date in an item's meta, say) is written as its ``str``."""
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"), default=str)


# A task is (id, text, meta, error): error is an exception found before processing (a bad
# item) or None. A worker answers, per task, (json line, error message, exception to raise).
_Task = tuple[str | None, str | None, dict[str, Any] | None, BaseException | None]


def _process_one(config: _Config, task: _Task) -> tuple[dict[str, Any], Any, BaseException | None]:
    doc_id, text, meta, error = task
    parts = None
    if error is None:
        try:
            parts = _runner_for(config).process(doc_id, text)  # type: ignore[arg-type]
        except Exception as exc:  # recorded or re-raised in the parent, in input order
            error = exc
    return _record(config, doc_id, meta, parts, error), parts, error


def _portable(exc: BaseException) -> BaseException:
    """``exc`` if it survives pickling, else a :class:`FrdefnlpError` that names it."""
    try:
        pickle.loads(pickle.dumps(exc))
        return exc
    except Exception:
        return FrdefnlpError(f"{type(exc).__name__}: {exc}")


def run_batch(config: _Config, batch: list[_Task]) -> list[tuple[str, str | None, BaseException | None]]:
    """Process a batch in this process; per task ``(json line, error message, exception)``.

    The unit of work a worker process or a Dask task runs (resources cached per process).
    """
    out = []
    for task in batch:
        rec, _, error = _process_one(config, task)
        out.append((dumps(rec), rec["error"] and rec["error"]["message"],
                    None if error is None else _portable(error)))
    return out


class Result:
    """The result of one document of :func:`pipe`.

    ``id`` is the item's id (its index as a string for a plain text), ``index`` its position
    in the input, ``meta`` the item's other fields, ``error`` the message of the error that
    stopped it (``None`` when it went through: ``ok``). :meth:`to_dict` is the JSON-ready
    record (``v``, ``id``, ``meta`` if any, ``error``, and per step ``clean``/``document``
    and ``events``); :meth:`to_json` the same as one line. ``document``, ``clean`` and
    ``events`` give the objects back (rebuilt from the record when a worker process made it).
    """

    __slots__ = ("index", "id", "meta", "error", "_config", "_text", "_rec", "_json", "_parts")

    def __init__(self, index: int, doc_id: str | None, meta: dict[str, Any] | None,
                 error: str | None, config: _Config, text: str | None, *,
                 record: dict[str, Any] | None = None, line: str | None = None,
                 parts: tuple[Any, Any, Any] | None = None) -> None:
        self.index = index
        self.id = doc_id
        self.meta = meta or {}
        self.error = error
        self._config = config
        self._text = text
        self._rec = record
        self._json = line
        self._parts = parts

    @property
    def ok(self) -> bool:
        return self.error is None

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready record of this document (see the class docstring)."""
        if self._rec is None:
            self._rec = json.loads(self._json)  # type: ignore[arg-type]
        return self._rec

    def to_json(self) -> str:
        """The record as one JSON line (no newline): what ``frdefnlp run`` writes."""
        if self._json is None:
            self._json = dumps(self.to_dict())
        return self._json

    @property
    def document(self) -> Document | None:
        """The tagged :class:`Document` (``None`` without the tag step or after an error)."""
        if self._parts is not None:
            return self._parts[1]
        d = self.to_dict().get("document")
        return None if d is None else Document.from_dict(d, raw=self._text)

    @property
    def clean(self) -> CleanResult | None:
        """The :class:`CleanResult` (``None`` without the clean step or after an error)."""
        if self._parts is not None:
            return self._parts[0]
        rec = self.to_dict()
        if "clean" in rec:
            return CleanResult.from_dict(rec["clean"], raw=self._text)
        doc = self.document
        return None if doc is None else doc.clean

    @property
    def events(self) -> list[Event]:
        """The events found (empty without the events step or after an error)."""
        if self._parts is not None:
            return list(self._parts[2] or ())
        return [Event.from_dict(e) for e in self.to_dict().get("events", ())]

    def __repr__(self) -> str:
        state = "ok" if self.ok else f"error={self.error!r}"
        return f"Result(index={self.index}, id={self.id!r}, {state})"


def _task(index: int, item: Any) -> _Task:
    """Normalise one input item to a task; a bad item becomes a task carrying its error."""
    if isinstance(item, str):
        return str(index), item, None, None
    if isinstance(item, Item):
        err = None if item.error is None else InputValueError(item.error)
        return item.id, item.text, item.meta or None, err
    if isinstance(item, Mapping):
        doc_id = item.get("id")
        doc_id = str(index) if doc_id is None else str(doc_id)
        text = item.get("text")
        meta = {k: v for k, v in item.items() if k not in ("id", "text")} or None
        if not isinstance(text, str):
            return doc_id, None, meta, InputTypeError(
                f'item {index}: "text" must be str, got {type(text).__name__}')
        return doc_id, text, meta, None
    if isinstance(item, tuple) and len(item) == 2 and isinstance(item[1], str):
        return str(item[0]), item[1], None, None
    return str(index), None, None, InputTypeError(
        f"item {index}: expected a text, an (id, text) pair or a dict with \"text\", "
        f"got {type(item).__name__}")


def make_config(steps: Iterable[str] | str = STEPS, tokens: bool = False,
                languages: Iterable[str] = ("fr",), clean_options: Any = None,
                tag_options: Any = None, event_options: Any = None) -> _Config:
    """The checked configuration workers run (shared by :func:`pipe`, ``run`` and Dask)."""
    return _Config(check_steps(steps), bool(tokens), tuple(languages),
                   clean_options, tag_options, event_options)


def make_batches(items: Iterable[Any], batch_size: int,
                 on_error: str) -> Iterator[list[tuple[int, _Task]]]:
    """Check ``items``, ``batch_size`` and ``on_error``; the lazy batches of tasks."""
    if not isinstance(batch_size, int) or batch_size < 1:
        raise InputValueError(f"batch_size must be an int >= 1, got {batch_size!r}")
    if on_error not in ("raise", "record"):
        raise InputValueError(f'on_error must be "raise" or "record", got {on_error!r}')
    if isinstance(items, (str, bytes, Mapping)):
        raise InputTypeError(f"items must be an iterable of documents, got {type(items).__name__}: "
                             "wrap one text in a list")
    return _batches(items, batch_size)


def _batches(items: Iterable[Any], size: int) -> Iterator[list[tuple[int, _Task]]]:
    batch: list[tuple[int, _Task]] = []
    for i, item in enumerate(items):
        batch.append((i, _task(i, item)))
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def pipe(
    items: Iterable[Any],
    *,
    steps: Iterable[str] | str = STEPS,
    n_process: int = 1,
    batch_size: int = 32,
    on_error: str = "raise",
    tokens: bool = False,
    languages: Iterable[str] = ("fr",),
    clean_options: Any = None,
    tag_options: Any = None,
    event_options: Any = None,
    mp_context: str | None = None,
) -> Iterator[Result]:
    """Run ``steps`` over many documents; yield one :class:`Result` per item, in input order.

    ``items`` are texts, ``(id, text)`` pairs, dicts with ``"text"`` (and ``"id"``; other keys
    come back as ``Result.meta``) or :class:`~frdefnlp.batch.readers.Item` objects; they are
    read lazily. ``n_process > 1`` runs worker processes (``mp_context``: a start method,
    ``None`` for the platform's); ``batch_size`` documents go to a worker at a time, and at
    most ``2 * n_process`` batches are in flight. ``on_error="raise"`` raises the first error
    (in input order, after the results before it); ``"record"`` yields a result carrying the
    error and goes on. ``tokens=True`` keeps the tokens in the records. The options objects
    are those of :func:`frdefnlp.clean`, :class:`frdefnlp.Tagger` and :func:`frdefnlp.events`.

    >>> import frdefnlp
    >>> texts = ["Le Maroc a acheté des drones Harop à Israël.", ("b", "Benny Gantz est à Rabat.")]
    >>> [(r.id, [e.text for e in r.document.entities]) for r in frdefnlp.pipe(texts)]
    [('0', ['Maroc', 'Harop', 'Israël']), ('b', ['Benny Gantz', 'Rabat'])]
    >>> r = next(frdefnlp.pipe([None], on_error="record"))
    >>> r.ok, r.error
    (False, 'item 0: expected a text, an (id, text) pair or a dict with "text", got NoneType')

    Raises :class:`~frdefnlp.errors.InputValueError` for bad options, and with
    ``on_error="raise"`` the first document's error.
    """
    config = make_config(steps, tokens, languages, clean_options, tag_options, event_options)
    if not isinstance(n_process, int) or n_process < 1:
        raise InputValueError(f"n_process must be an int >= 1, got {n_process!r}")
    batches = make_batches(items, batch_size, on_error)
    if n_process == 1:
        return _serial(config, batches, on_error)
    return _parallel(config, batches, on_error, n_process, mp_context)


def _serial(config: _Config, batches: Iterator[list[tuple[int, _Task]]],
            on_error: str) -> Iterator[Result]:
    for batch in batches:
        for index, task in batch:
            rec, parts, error = _process_one(config, task)
            if error is not None and on_error == "raise":
                raise error
            yield Result(index, task[0], task[2], rec["error"] and rec["error"]["message"],
                         config, task[1], record=rec, parts=None if error else parts)


def _parallel(config: _Config, batches: Iterator[list[tuple[int, _Task]]], on_error: str,
              n_process: int, mp_context: str | None) -> Iterator[Result]:
    ctx = multiprocessing.get_context(mp_context)
    if ctx.get_start_method() == "fork":
        # forked workers inherit what the parent loaded (pages shared copy-on-write): load
        # once here rather than once in each worker
        _runner_for(config).warm()
    pool = ProcessPoolExecutor(n_process, mp_context=ctx, initializer=_init_worker,
                               initargs=(config,))
    finished = False
    try:
        yield from ordered(config, batches, on_error,
                           lambda tasks: pool.submit(run_batch, config, tasks), 2 * n_process)
        finished = True
    finally:
        pool.shutdown(wait=finished, cancel_futures=True)


def ordered(config: _Config, batches: Iterator[list[tuple[int, _Task]]], on_error: str,
            submit: Callable[[list[_Task]], Any], in_flight: int) -> Iterator[Result]:
    """Submit batches to an executor (``submit(tasks)`` returns a future with ``.result()``:
    a process pool's or a Dask client's), at most ``in_flight`` at a time, and yield their
    results in input order."""
    pending: deque[tuple[list[tuple[int, _Task]], Any]] = deque()
    try:
        for batch in batches:
            pending.append((batch, submit([t for _, t in batch])))
            if len(pending) >= in_flight:
                yield from _unpack(config, *pending.popleft(), on_error)
        while pending:
            yield from _unpack(config, *pending.popleft(), on_error)
    finally:
        for _, fut in pending:
            fut.cancel()


def _unpack(config: _Config, batch: list[tuple[int, _Task]], fut: Any,
            on_error: str) -> Iterator[Result]:
    for (index, task), (line, message, exc) in zip(batch, fut.result(), strict=True):
        if exc is not None and on_error == "raise":
            raise exc
        yield Result(index, task[0], task[2], message, config, task[1], line=line)
