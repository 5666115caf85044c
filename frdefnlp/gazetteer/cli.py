"""``frdefnlp gazetteer lookup|validate|stats|match``: inspect and check gazetteers.

- ``lookup NAME...``: which record and which alias a name resolves to (exit 1 if none).
- ``validate [FILE...]``: check files (default: the shipped ones); every problem is listed,
  one ``file:line: field: message`` a line; exit 1 when there is any.
- ``stats``: records and names per label, kind and file.
- ``match FILE|-``: the matches of a text as JSON Lines.

``--exclude NAME`` and ``--extra FILE`` (repeatable) choose the gazetteer as
:meth:`Gazetteer.load` does.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from .._resources import list_dir, read_text
from .matcher import Gazetteer
from .records import _read, collect, validate_files

__all__ = ["configure_cli", "run_cli"]


def configure_cli(parser: argparse.ArgumentParser) -> None:
    """Add the ``gazetteer`` subcommands to ``parser``."""
    parser.add_argument("--exclude", action="append", default=[], metavar="NAME",
                        help="switch a shipped file off (e.g. persons); repeatable")
    parser.add_argument("--extra", action="append", default=[], metavar="FILE",
                        help="add your own JSONL gazetteer file; repeatable")
    sub = parser.add_subparsers(dest="gaz_command", metavar="ACTION")
    p = sub.add_parser("lookup", help="which record and alias a name resolves to")
    p.add_argument("names", nargs="+", metavar="NAME")
    p = sub.add_parser("validate", help="check gazetteer files; list every problem")
    p.add_argument("files", nargs="*", metavar="FILE",
                   help="files to check together (default: the shipped files)")
    sub.add_parser("stats", help="records and names per label, kind and file")
    p = sub.add_parser("match", help="print the matches of a text as JSON Lines")
    p.add_argument("inputs", nargs="*", metavar="FILE", help="text files, - for stdin (default)")


def _gazetteer(args: argparse.Namespace) -> Gazetteer:
    return Gazetteer.load(exclude=args.exclude, extra_files=args.extra)


def run_cli(args: argparse.Namespace) -> int:
    """Run one ``gazetteer`` action; returns the exit status."""
    action = getattr(args, "gaz_command", None)
    out = sys.stdout
    if action == "validate":
        files = list(args.files)
        if files:
            problems = validate_files(files)
        else:  # the shipped files (read as package resources) plus any --extra
            files = [f"resources/gazetteers/{n}" for n in list_dir("gazetteers", ".jsonl")]
            sources = [(f, read_text(f[len("resources/"):])) for f in files]
            problems = []
            for path in args.extra:
                name, text, err = _read(path)
                if err is not None:
                    problems.append(err)
                else:
                    sources.append((name, text or ""))
                files.append(path)
            problems += collect(sources)[1]
        for p in problems:
            print(p, file=out)
        print(f"{len(files)} file(s), {len(problems)} problem(s)", file=sys.stderr)
        return 1 if problems else 0
    if action == "lookup":
        gaz = _gazetteer(args)
        status = 0
        for name in args.names:
            found = gaz.lookup(name)
            if not found:
                print(f"{name}\t(no record)", file=out)
                status = 1
            for m in found:
                r = m.record
                print(f"{name}\t{r.id}\t{r.label}/{r.kind}\t{r.canonical}\talias={m.alias!r}"
                      f"\t{m.alias_type}\t{r.path}:{r.line}", file=out)
        return status
    if action == "stats":
        gaz = _gazetteer(args)
        recs: Counter[tuple[str, str]] = Counter()
        names: Counter[tuple[str, str]] = Counter()
        for r in gaz.records():
            n = len(set(r.names)) + len(set(r.adjectives))
            for key in (("label", r.label), ("kind", f"{r.label}/{r.kind}"),
                        ("file", Path(r.path).name)):
                recs[key] += 1
                names[key] += n
        print(f"total\t{len(gaz)} records\t{gaz.alias_count} names", file=out)
        for key in sorted(recs):
            print(f"{key[0]}\t{key[1]}\t{recs[key]} records\t{names[key]} names", file=out)
        return 0
    if action == "match":
        from ..cli import read_inputs

        gaz = _gazetteer(args)
        status = 0
        for name, text, error in read_inputs(args.inputs):
            if error is not None:
                print(f"frdefnlp gazetteer: {error}", file=sys.stderr)
                status = 1
                continue
            for m in gaz.match(text or ""):
                row = {"input": name, **m.to_dict()}
                print(json.dumps(row, ensure_ascii=False), file=out)
        return status
    print("usage: frdefnlp gazetteer {lookup,validate,stats,match} ...", file=sys.stderr)
    return 2
