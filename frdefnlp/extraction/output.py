"""Step 4 of events: rows for an analyst, with the columns of an arms-transfer register.

One row per event (:data:`CSV_COLUMNS`). The transfer columns follow SIPRI's trade register:
supplier, recipient, designation, description, number ordered, year of order, number
delivered, years of deliveries, value, status, comments; then the columns of the other event
types, the source document and the evidence sentence.

Conventions (docs/events.md):

* ``supplier``/``recipient`` hold the party as the text names it, by its canonical name
  (a company, an armed force, a country); ``supplier country``/``recipient country`` hold the
  country as an ISO 3166-1 alpha-2 code (``MA``, ``IL``): one country form per column.
* A value the text does not state but the extractor inferred (the system's maker as supplier,
  the document's main country as recipient) ends with ``?``; ``comments`` says from what.
* ``number ordered``/``year of order`` are filled for stages up to an order, ``number
  delivered``/``years of deliveries`` for a delivery; a merged event that states both keeps
  the year of each.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from typing import Any

from ..types import Event

CSV_COLUMNS = (
    "type", "supplier", "supplier country", "recipient", "recipient country", "designation",
    "description", "number ordered", "year of order", "number delivered",
    "years of deliveries", "value", "currency", "status", "comments",
    "parties", "visitor", "host", "name", "place", "date", "source document", "evidence",
    "confidence",
)

_ORDER_STAGES = ("planned", "negotiating", "agreed", "ordered", "reported")


def _names(ev: Event, slot: str) -> str:
    return "; ".join(dict.fromkeys(e.canonical or e.text for e in ev.slots.get(slot, ())))


def _num(x: Any) -> str:
    if isinstance(x, float) and x.is_integer():
        return str(int(x))
    return "" if x is None else str(x)


def _mark(value: str, inferred: Any) -> str:
    return value + "?" if value and inferred else value


def _year(ev: Event) -> str:
    d = ev.attrs.get("date")
    return str(d)[:4] if d and str(d)[:4].isdigit() else ""


def csv_row(ev: Event) -> dict[str, str]:
    """The row of one event (keys :data:`CSV_COLUMNS`, all strings)."""
    a = ev.attrs
    qty = ev.slots.get("quantity", ())
    number = _num((qty[0].value or {}).get("value")) if qty else ""
    delivered = ev.status == "delivered"
    comments = [f"{k.replace('_', ' ')}: {v}" for k, v in sorted(a.items())
                if k.endswith("_inferred")]
    if a.get("hedged"):
        comments.append("hedged by the source")
    if a.get("mentions", 1) > 1:
        comments.append(f"{a['mentions']} mentions")
    designation = _names(ev, "system") or _names(ev, "product")
    return {
        "type": ev.type,
        "supplier": _mark(_names(ev, "supplier"), a.get("supplier_inferred")),
        "supplier country": _mark(str(a.get("supplier_country") or ""),
                                  a.get("supplier_inferred")),
        "recipient": _mark(_names(ev, "recipient"), a.get("recipient_inferred")),
        "recipient country": _mark(str(a.get("recipient_country") or ""),
                                   a.get("recipient_inferred") or
                                   a.get("recipient_country_inferred")),
        "designation": _mark(designation, a.get("system_inferred")),
        "description": str(a.get("category") or ""),
        "number ordered": number if not delivered else "",
        "year of order": _year(ev) if ev.status in _ORDER_STAGES else "",
        "number delivered": number if delivered else "",
        "years of deliveries": _year(ev) if delivered else "",
        "value": _num(a.get("amount")), "currency": str(a.get("currency") or ""),
        "status": ev.status or "",
        "comments": "; ".join(comments),
        "parties": _names(ev, "parties") or _names(ev, "companies"),
        "visitor": _mark(_names(ev, "visitor"), a.get("visitor_inferred")),
        "host": _mark(_names(ev, "host"), a.get("host_inferred")),
        "name": _names(ev, "name"),
        "place": _names(ev, "place") or _names(ev, "city"),
        "date": str(a.get("date") or ""),
        "source document": ev.document_id or "",
        "evidence": " ".join(ev.sentence.split()),
        "confidence": f"{ev.confidence:.3f}",
    }


def to_csv(found: Iterable[Event]) -> str:
    """The CSV text (header and one row per event) of ``found``."""
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for ev in found:
        writer.writerow(csv_row(ev))
    return buf.getvalue()
