"""Private loader for the data in ``resources/`` (shipped as ``frdefnlp.resources``).

Data is read through :mod:`importlib.resources`, lazily and once: nothing is read at import
time, and every loader that parses a file is wrapped in :func:`cached`, which memoises the
result under a lock so that concurrent first calls parse the file once. Cached values must be
treated as read-only by callers.
"""

from __future__ import annotations

import functools
import json
import threading
from collections.abc import Callable, Iterator
from importlib import resources
from importlib.resources.abc import Traversable
from typing import Any, TypeVar

from .errors import ResourceError

__all__ = ["resource", "read_text", "read_json", "iter_jsonl", "cached", "list_dir"]

_PACKAGE = "frdefnlp.resources"
T = TypeVar("T")


def resource(relpath: str) -> Traversable:
    """Return the shipped resource at ``relpath`` (``/``-separated, relative to resources/)."""
    node: Traversable = resources.files(_PACKAGE)
    for part in relpath.split("/"):
        if part:
            node = node.joinpath(part)
    return node


def list_dir(relpath: str, suffix: str = "") -> list[str]:
    """Names (sorted, so results never depend on the file system's order) in a resource dir."""
    node = resource(relpath)
    if not node.is_dir():
        raise ResourceError("shipped resource directory is missing", path=f"resources/{relpath}")
    return sorted(c.name for c in node.iterdir() if c.is_file() and c.name.endswith(suffix))


def read_text(relpath: str) -> str:
    """Text of a shipped resource file, UTF-8."""
    node = resource(relpath)
    if not node.is_file():
        raise ResourceError("shipped resource file is missing", path=f"resources/{relpath}")
    return node.read_text(encoding="utf-8")


def read_json(relpath: str) -> Any:
    """Parsed JSON of a shipped resource file; a syntax error names the file and line."""
    text = read_text(relpath)
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise ResourceError(exc.msg, path=f"resources/{relpath}", line=exc.lineno) from exc


def iter_jsonl(text: str, path: str) -> Iterator[tuple[int, dict[str, Any]]]:
    """Yield ``(line_number, object)`` for each non-blank, non-comment line of JSONL ``text``.

    Lines starting with ``//`` or ``#`` are comments. A line that is not a JSON object raises
    :class:`ResourceError` naming ``path`` and the line.
    """
    for lineno, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if not stripped or stripped.startswith(("//", "#")):
            continue
        try:
            obj = json.loads(stripped)
        except json.JSONDecodeError as exc:
            raise ResourceError(f"invalid JSON: {exc.msg}", path=path, line=lineno) from exc
        if not isinstance(obj, dict):
            raise ResourceError("each line must be a JSON object", path=path, line=lineno)
        yield lineno, obj


def cached(func: Callable[[], T]) -> Callable[[], T]:
    """Memoise a zero-argument loader, thread-safely (double-checked under a lock)."""
    lock = threading.Lock()
    sentinel = object()
    box: list[Any] = [sentinel]

    @functools.wraps(func)
    def wrapper() -> T:
        value = box[0]
        if value is sentinel:
            with lock:
                value = box[0]
                if value is sentinel:
                    value = func()
                    box[0] = value
        return value  # type: ignore[return-value]

    def cache_clear() -> None:
        with lock:
            box[0] = sentinel

    wrapper.cache_clear = cache_clear  # type: ignore[attr-defined]
    return wrapper
