"""Big regular expressions compiled once per machine, not once per process (issue 11: the
first ``tag`` call).

The ``regex`` module parses and optimises a pattern in Python before its C engine takes it:
the MONEY, DATE and QUANTITY patterns (5,000 to 18,000 characters each) took about 0.2 s, 40 %
of a fresh process's first ``tag`` call. What that Python work produces -- the arguments that
``regex`` hands to its engine, ``_regex.compile(pattern, flags, code, groups, ...)``: opcodes
as a list of integers, group names, the required string -- depends only on the pattern, its
flags and the release of ``regex``. :func:`compile` stores them, one small file per pattern,
and a later process builds the same pattern object from them at C speed (0.1 ms instead of
5-80 ms).

Opt-in: the cache is used only when ``$FRDEFNLP_CACHE_DIR`` names a directory (unset, empty
or ``off``: no cache, nothing written, every pattern compiled as usual). A library should not
write to its user's home unasked, and the capture below borrows a private hook of ``regex``;
users who start many short processes (a CLI in a shell loop, process pools) turn it on. Files
go under ``<dir>/regex-<release>-py<X.Y>/``, so another release of ``regex`` or Python never
reads them.

Safety: files hold :mod:`marshal` data of plain strings, integers, lists and dicts only
(loading one runs no code), repeat the pattern and flags they were made from, which must
equal the ones asked for, and carry a SHA-256 of the engine's arguments, checked before the
engine sees them; they are written atomically (a temporary file, then a rename). The
directory can be deleted at any time (files of old pattern texts are never read again).
Anything unexpected -- no writable home, a corrupt or foreign file, a ``regex`` whose
internals differ -- falls back to an ordinary ``regex.compile``: the cache changes speed,
never results (tests/test_regex_cache.py compares the arguments kept with a fresh compile).
Patterns shorter than :data:`MIN_LENGTH` are compiled as usual (a file costs more than they do).
"""

from __future__ import annotations

import hashlib
import marshal
import os
import sys
import threading
from pathlib import Path
from typing import Any

import regex

__all__ = ["compile", "cache_dir", "MIN_LENGTH"]

#: Patterns shorter than this (characters) are not cached: they compile in under a millisecond.
MIN_LENGTH = 1000
_FORMAT = 2  # bump when the layout of a file changes
_LOCK = threading.Lock()
#: the module of ``regex`` whose ``_regex`` global is its C engine (``regex._main``)
_MAIN = sys.modules.get(getattr(regex.compile, "__module__", ""), None)


def cache_dir() -> Path | None:
    """The directory of this ``regex`` release's files, or ``None`` when caching is off."""
    base = os.environ.get("FRDEFNLP_CACHE_DIR")
    if base is None or base.strip().lower() in ("", "off", "0", "none"):
        return None
    root = Path(base).expanduser()
    version = getattr(regex, "__version__", "unknown")
    return root / f"regex-{version}-py{sys.version_info[0]}.{sys.version_info[1]}"


def _engine() -> Any:
    engine = getattr(_MAIN, "_regex", None)
    return engine if callable(getattr(engine, "compile", None)) else None


def compile(pattern: str, flags: int = 0) -> regex.Pattern[str]:  # noqa: A001 - as regex.compile
    """``regex.compile(pattern, flags)``, the Python half of the work kept on disk for the
    next process (see the module docstring)."""
    if len(pattern) < MIN_LENGTH or _engine() is None:
        return regex.compile(pattern, flags)
    try:
        folder = cache_dir()
    except (RuntimeError, OSError):  # no home directory
        folder = None
    if folder is None:
        return regex.compile(pattern, flags)
    flags = int(flags)
    version = int(getattr(regex, "DEFAULT_VERSION", 0))
    name = hashlib.sha256(f"{_FORMAT}\0{version}\0{flags}\0{pattern}".encode(
        "utf-8", "surrogatepass")).hexdigest()[:40]
    path = folder / f"{name}.bin"
    compiled = _load(path, pattern, flags, version)
    if compiled is not None:
        return compiled
    compiled, args = _compile_capturing(pattern, flags)
    if args is not None:
        try:
            blob = marshal.dumps(args)
        except ValueError:
            return compiled
        _store(path, (_FORMAT, version, pattern, flags, hashlib.sha256(blob).hexdigest(), blob))
    return compiled


def _load(path: Path, pattern: str, flags: int, version: int) -> regex.Pattern[str] | None:
    try:
        data = marshal.loads(path.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return None
    try:
        fmt, ver, src, fl, digest, blob = data
        if (fmt != _FORMAT or ver != version or src != pattern or fl != flags
                or hashlib.sha256(blob).hexdigest() != digest):
            return None
        return _engine().compile(*marshal.loads(blob))  # type: ignore[no-any-return]
    except Exception:  # a foreign or damaged file: compile as usual  # noqa: BLE001
        return None


class _Capture:
    """Stands for the C engine while one pattern compiles: records the arguments that this
    thread passes to ``compile`` and forwards everything."""

    def __init__(self, engine: Any) -> None:
        self._engine = engine
        self._thread = threading.get_ident()
        self.args: tuple[Any, ...] | None = None

    def compile(self, *args: Any) -> Any:
        if threading.get_ident() == self._thread:
            self.args = args
        return self._engine.compile(*args)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._engine, name)


def _compile_capturing(pattern: str, flags: int) -> tuple[regex.Pattern[str], Any]:
    """The compiled pattern and the engine's arguments in plain types (``None`` when they
    could not be read: the pattern was in ``regex``'s own cache, or is locale-dependent)."""
    with _LOCK:
        engine = _engine()
        capture = _Capture(engine)
        _MAIN._regex = capture  # type: ignore[union-attr]
        try:
            compiled = regex.compile(pattern, flags)
        finally:
            _MAIN._regex = engine  # type: ignore[union-attr]
    args = capture.args
    if args is None or flags & regex.LOCALE or getattr(_MAIN, "_locale_sensitive", {}).get(
            (str, pattern), True):
        return compiled, None
    try:
        return compiled, _plain(args)
    except TypeError:
        return compiled, None


def _plain(value: Any) -> Any:
    """``value`` with int subclasses (flags) as ints; TypeError for anything marshal-unsafe."""
    if value is None or type(value) in (str, int, bytes):
        return value
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        return int(value)
    if isinstance(value, (list, tuple)):
        out = [_plain(v) for v in value]
        return out if isinstance(value, list) else tuple(out)
    if isinstance(value, frozenset):
        return frozenset(_plain(v) for v in value)
    if isinstance(value, dict):
        return {_plain(k): _plain(v) for k, v in value.items()}
    raise TypeError(type(value).__name__)


def _store(path: Path, data: Any) -> None:
    try:
        blob = marshal.dumps(data)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f"{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
        tmp.write_bytes(blob)
        os.replace(tmp, path)
    except (OSError, ValueError):
        pass
