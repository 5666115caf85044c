"""Command line: ``frdefnlp clean|tag|events|gazetteer ...``.

The CLI is thin: each subcommand lives beside the stage it runs (``configure_cli(parser)``
adds its arguments, ``run_cli(args) -> int`` runs it) and shares the stage's options object
with the Python API. Exit status: 0 when every input succeeded, 1 when an input failed (the
others are still processed), 2 for usage errors.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from ._version import __version__
from .batch.readers import read_inputs  # re-exported: the stage CLIs read their files with it
from .errors import FrdefnlpError

__all__ = ["main", "read_inputs"]

# subcommand -> (module, help)
_COMMANDS: dict[str, tuple[str, str]] = {
    "clean": ("frdefnlp.boilerplate.cli", "remove page furniture; print the article text"),
    "tag": ("frdefnlp.tagger", "tag entities (weapons, organisations, people, places, money, dates)"),
    "events": ("frdefnlp.extraction.cli", "extract arms transfers, agreements, visits ..."),
    "gazetteer": ("frdefnlp.gazetteer.cli", "look up, validate and count gazetteer records"),
    "run": ("frdefnlp.batch.run", "process a corpus on every core: JSONL/Parquet out, resumable"),
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="frdefnlp",
        description="French defence-domain NLP for scraped news pages.",
    )
    parser.add_argument("--version", action="version", version=f"frdefnlp {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, (module, help_text) in _COMMANDS.items():
        p = sub.add_parser(name, help=help_text, description=help_text)
        p.set_defaults(_module=module)
        importlib.import_module(module).configure_cli(p)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "command", None):
        parser.print_help(sys.stderr)
        return 2
    module = importlib.import_module(args._module)
    try:
        return int(module.run_cli(args) or 0)
    except FrdefnlpError as exc:
        print(f"frdefnlp {args.command}: error: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # e.g. `frdefnlp clean x | head`
        return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
