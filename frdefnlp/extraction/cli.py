"""``frdefnlp events FILE... --format jsonl|csv``: clean, tag, then extract events.

CSV columns (one row per event; docs/events.md): type, supplier, recipient, designation,
category, number, value, currency, date, status, source document, evidence, then the columns of
the other event types: parties, visitor, host, city, domain, confidence.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from typing import Any

from ..types import Event

CSV_COLUMNS = ("type", "supplier", "recipient", "designation", "category", "number", "value",
               "currency", "date", "status", "source document", "evidence",
               "parties", "visitor", "host", "city", "domain", "confidence")


def _names(ev: Event, slot: str) -> str:
    return "; ".join(dict.fromkeys(e.canonical or e.text for e in ev.slots.get(slot, ())))


def _fmt_num(x: Any) -> str:
    if isinstance(x, float) and x.is_integer():
        return str(int(x))
    return "" if x is None else str(x)


def csv_row(ev: Event) -> dict[str, str]:
    """The CSV row of one event (columns :data:`CSV_COLUMNS`)."""
    a = ev.attrs
    qty = ev.slots.get("quantity", ())
    supplier = _names(ev, "supplier") or a.get("supplier_country") or ""
    recipient = _names(ev, "recipient") or a.get("recipient_country") or ""
    return {
        "type": ev.type, "supplier": supplier, "recipient": recipient,
        "designation": _names(ev, "system") or _names(ev, "product"),
        "category": str(a.get("category") or ""),
        "number": _fmt_num((qty[0].value or {}).get("value")) if qty else "",
        "value": _fmt_num(a.get("amount")), "currency": str(a.get("currency") or ""),
        "date": str(a.get("date") or ""), "status": ev.status or "",
        "source document": ev.document_id or "",
        "evidence": ev.sentence.replace("\n", " "),
        "parties": _names(ev, "parties") or _names(ev, "companies"),
        "visitor": _names(ev, "visitor"), "host": _names(ev, "host") or a.get("host_country") or "",
        "city": _names(ev, "city"), "domain": "; ".join(a.get("domain", ())),
        "confidence": f"{ev.confidence:.3f}",
    }


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
        writer = csv.DictWriter(sys.stdout, fieldnames=CSV_COLUMNS, lineterminator="\n")
        writer.writeheader()
        for ev in found:
            writer.writerow(csv_row(ev))
    else:
        for ev in found:
            sys.stdout.write(json.dumps(ev.to_dict(), ensure_ascii=False) + "\n")
    return status
