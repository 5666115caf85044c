"""``frdefnlp clean FILE|- [--json] [--languages fr,es]``: print the article of each page."""

from __future__ import annotations

import argparse
import json
import sys

from .cleaner import CleanOptions, clean

__all__ = ["configure_cli", "run_cli"]


def configure_cli(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("files", nargs="*", metavar="FILE", help="page text files; - (or nothing) for stdin")
    parser.add_argument("--json", action="store_true",
                        help="print one JSON object a file: text, metadata and every segment with its reason")
    parser.add_argument("--languages", default="fr", metavar="CODES",
                        help="comma-separated languages the article may be in (default: fr)")
    parser.add_argument("--no-classifier", action="store_true",
                        help="remove only what the phrase and structure rules name")


def run_cli(args: argparse.Namespace) -> int:
    from ..cli import read_inputs

    languages = tuple(x.strip() for x in args.languages.split(",") if x.strip())
    options = CleanOptions(use_classifier=not args.no_classifier)
    status = 0
    files = list(args.files) or ["-"]
    for name, text, error in read_inputs(files):
        if error is not None:
            print(f"frdefnlp clean: {error}", file=sys.stderr)
            status = 1
            continue
        result = clean(text, languages=languages, options=options)
        if args.json:
            data = {"file": name, **result.to_dict()}
            sys.stdout.write(json.dumps(data, ensure_ascii=False) + "\n")
        else:
            if len(files) > 1:
                sys.stdout.write(f"==> {name} <==\n")
            sys.stdout.write(result.text + "\n")
    return status
