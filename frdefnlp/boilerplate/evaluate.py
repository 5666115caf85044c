"""Score :func:`frdefnlp.clean` on labelled pages: ``python -m frdefnlp.boilerplate.evaluate``.

Per page: character-level recall and precision of the article text (blanks ignored), whether
the metadata fields match the gold, and the language accuracy on ticker headlines. With no
argument it scores the shipped seed pages; give directories or files of labelled pages
(docs/clean.md, "Labelled pages") to score others, e.g. ``tests/clean/dev``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

from .cleaner import CleanOptions, clean
from .pages import AssembledPage, char_scores, load_page

__all__ = ["PageScore", "score_page", "score_pages", "main"]


@dataclass(frozen=True, slots=True)
class PageScore:
    """The scores of one page (see the module docstring)."""

    id: str
    recall: float
    precision: float
    metadata_ok: dict[str, bool]
    headlines: int
    headlines_right: int
    lost: tuple[str, ...]


def score_page(page: AssembledPage, *, languages: Sequence[str] = ("fr",),
               options: CleanOptions | None = None) -> PageScore:
    r = clean(page.raw, languages=languages, options=options)
    kept = [(s.start, s.end) for s in r.segments if s.kept]
    recall, precision = char_scores(page, kept)
    meta = r.metadata.to_dict()
    ok = {k: meta.get(k) == page.metadata.get(k) for k in ("date", "source", "author", "title") if k in page.metadata}
    by_span = {(s.start, s.end): s for s in r.segments}
    right = sum(1 for s, e, lang in page.headlines if (seg := by_span.get((s, e))) is not None and seg.lang == lang)
    kept_mask = bytearray(len(page.raw))
    for s, e in kept:
        kept_mask[s:e] = b"\x01" * (e - s)
    lost = tuple(
        page.raw[s:e][:60] for s, e, label in page.blocks
        if label in ("title", "body") and any(not kept_mask[i] and not page.raw[i].isspace() for i in range(s, e))
    )
    return PageScore(page.id, round(recall, 4), round(precision, 4), ok, len(page.headlines), right, lost)


def _paths(args: Iterable[str]) -> list[Path]:
    out: list[Path] = []
    for a in args:
        p = Path(a)
        out.extend(sorted(p.glob("*.json")) if p.is_dir() else [p])
    return out


def score_pages(paths: Iterable[str | Path], **kw: object) -> list[PageScore]:
    return [score_page(load_page(p), **kw) for p in _paths(map(str, paths))]  # type: ignore[arg-type]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m frdefnlp.boilerplate.evaluate", description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="*", help="labelled page files or directories (default: shipped seed pages)")
    parser.add_argument("--json", action="store_true", help="one JSON object a page")
    args = parser.parse_args(argv)
    if args.paths:
        paths = _paths(args.paths)
    else:
        from .train import default_pages_dir

        paths = sorted(default_pages_dir().glob("seed-*.json"))
    scores = [score_page(load_page(p)) for p in paths]
    if args.json:
        for s in scores:
            print(json.dumps(asdict(s), ensure_ascii=False))
        return 0
    print(f"{'page':32} {'recall':>7} {'prec':>7}  metadata            headlines")
    for s in scores:
        meta = " ".join(f"{k[0]}{'+' if v else '-'}" for k, v in s.metadata_ok.items())
        heads = f"{s.headlines_right}/{s.headlines}" if s.headlines else ""
        print(f"{s.id:32} {s.recall:7.4f} {s.precision:7.4f}  {meta:18}  {heads}")
        for t in s.lost:
            print(f"    lost: {t!r}")
    if scores:
        n = len(scores)
        h = sum(s.headlines for s in scores)
        hr = sum(s.headlines_right for s in scores)
        print(f"{'mean':32} {sum(s.recall for s in scores) / n:7.4f} {sum(s.precision for s in scores) / n:7.4f}"
              f"  min recall {min(s.recall for s in scores):.4f}, min precision {min(s.precision for s in scores):.4f}"
              + (f", headline language {hr}/{h} = {hr / h:.3f}" if h else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
