from __future__ import annotations

import threading

import pytest

from frdefnlp._resources import cached, iter_jsonl, list_dir, read_text
from frdefnlp.errors import ResourceError


def test_iter_jsonl_skips_comments_and_blank_lines() -> None:
    text = '# comment\n\n{"a": 1}\n// other\n{"a": 2}\n'
    assert list(iter_jsonl(text, "x.jsonl")) == [(3, {"a": 1}), (5, {"a": 2})]


@pytest.mark.parametrize(
    "text, line, needle",
    [
        pytest.param('{"a": 1}\n{"a": \n', 2, "invalid JSON", id="syntax"),
        pytest.param('{"a": 1}\n[1, 2]\n', 2, "JSON object", id="not-object"),
    ],
)
def test_iter_jsonl_errors_name_file_and_line(text: str, line: int, needle: str) -> None:
    with pytest.raises(ResourceError, match=needle) as info:
        list(iter_jsonl(text, "g.jsonl"))
    assert info.value.line == line
    assert str(info.value).startswith(f"g.jsonl:{line}")


def test_missing_resource_is_a_resource_error() -> None:
    with pytest.raises(ResourceError, match="resources/no/such.json"):
        read_text("no/such.json")
    with pytest.raises(ResourceError):
        list_dir("no_such_dir")


def test_cached_runs_loader_once_under_concurrency() -> None:
    calls = []
    barrier = threading.Barrier(8)

    @cached
    def load() -> list[int]:
        calls.append(1)
        return [1, 2, 3]

    results = []

    def worker() -> None:
        barrier.wait()
        results.append(load())

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(calls) == 1
    assert all(r is results[0] for r in results)
    load.cache_clear()  # type: ignore[attr-defined]
    load()
    assert len(calls) == 2
