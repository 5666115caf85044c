"""``frdefnlp events FILE... --format jsonl|csv``: clean, tag, then extract events.

CSV columns: :data:`frdefnlp.extraction.output.CSV_COLUMNS` (SIPRI-like, docs/events.md).
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from .output import CSV_COLUMNS, csv_row, to_csv  # noqa: F401 - public through the CLI


def configure_cli(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("files", nargs="*", metavar="FILE", help="text files; - for stdin")
    parser.add_argument("--format", choices=("jsonl", "csv"), default="jsonl")
    parser.add_argument("--no-clean", action="store_true",
                        help="tag the text as it is (default: remove page furniture first)")
    parser.add_argument("--merge-across", action="store_true",
                        help="merge mentions of one event across the input documents")
    parser.add_argument("--max-length", type=int, default=None, metavar="N",
                        help="longest text accepted, in characters (default: tag's max_length, "
                             "ten million; 0: no limit)")


def _clean(text: str) -> Any:
    try:
        from ..boilerplate import clean
    except ImportError:  # cleaning stage not installed: tag the raw text
        return text
    return clean(text)


def run_cli(args: argparse.Namespace) -> int:
    from dataclasses import replace

    from ..cli import read_inputs
    from ..errors import FrdefnlpError
    from ..tagger import tag
    from . import EventOptions, events

    limit = {} if args.max_length is None else {"max_length": args.max_length or None}

    status = 0
    docs = []
    for name, text, error in read_inputs(args.files):
        if error is not None:
            print(f"frdefnlp events: {error}", file=sys.stderr)
            status = 1
            continue
        try:  # the same as frdefnlp.events(frdefnlp.tag(frdefnlp.clean(text))) (--no-clean: text)
            doc = tag(text if args.no_clean else _clean(text), **limit)
        except FrdefnlpError as exc:  # a typed error is one file's problem, not a traceback
            print(f"frdefnlp events: {name}: {exc}", file=sys.stderr)
            status = 1
            continue
        docs.append(replace(doc, id=name))
    found = events(docs, options=EventOptions(merge_across=args.merge_across)) if docs else []
    if args.format == "csv":
        sys.stdout.write(to_csv(found))
    else:
        for ev in found:
            sys.stdout.write(json.dumps(ev.to_dict(), ensure_ascii=False) + "\n")
    return status
