"""Pattern taggers for MONEY, DATE and QUANTITY, with normalised values.

>>> from frdefnlp.patterns import PatternTagger
>>> tagger = PatternTagger()
>>> for e in tagger.find("Le 13 août, trois lanceurs ont coûté 500.000 dollars.", doc_date="2022-09-01"):
...     print(e.label, repr(e.text), dict(e.value))
DATE '13 août' {'iso': '2022-08-13', 'precision': 'day', 'end': None, 'resolved': True}
QUANTITY 'trois lanceurs' {'value': 3.0, 'value_max': None, 'unit': None, 'noun': 'lanceurs', 'qualifier': None}
MONEY '500.000 dollars' {'amount': 500000.0, 'currency': 'USD', 'qualifier': None, 'amount_max': None}

See docs/patterns.md for every form and value. The normalisation helpers
(:func:`parse_number`, :func:`parse_spelled`, :func:`parse_amount`, :func:`currency_code`,
:func:`parse_doc_date`) are public.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable

from .._text import ensure_text
from ..types import Entity
from ._common import release_token_index
from ._numbers import parse_amount, parse_number, parse_spelled, scale_value
from .dates import find_dates, parse_doc_date
from .money import currency_code, find_money
from .quantities import find_quantities

__all__ = [
    "PatternTagger",
    "find_money",
    "find_dates",
    "find_quantities",
    "parse_number",
    "parse_spelled",
    "parse_amount",
    "scale_value",
    "currency_code",
    "parse_doc_date",
    "select_longest",
]

#: On equal length and start, the more specific label wins.
_PRIORITY = {"MONEY": 0, "DATE": 1, "QUANTITY": 2}


def select_longest(candidates: Iterable[Entity]) -> list[Entity]:
    """Non-overlapping subset of ``candidates``: longest first, then earliest, then MONEY >
    DATE > QUANTITY; returned sorted by start.

    Cost model: O(n log n) for n candidates (a sort, then a bisect per candidate).
    """
    ordered = sorted(
        candidates, key=lambda e: (-(e.end - e.start), e.start, _PRIORITY.get(e.label, 9))
    )
    starts: list[int] = []
    kept: list[Entity] = []  # sorted by start, non-overlapping
    for e in ordered:
        if e.end <= e.start:
            continue
        i = bisect_left(starts, e.start)
        if i > 0 and kept[i - 1].end > e.start:
            continue
        if i < len(kept) and kept[i].start < e.end:
            continue
        starts.insert(i, e.start)
        kept.insert(i, e)
    return kept


class PatternTagger:
    """Finds MONEY, DATE and QUANTITY mentions with normalised values (``source="pattern"``).

    Args:
        money, dates, quantities: turn each tagger on or off.

    ``find(text, doc_date=...)`` returns entities sorted by start, non-overlapping among
    themselves (:func:`select_longest`). ``doc_date`` (``YYYY-MM-DD``, ``YYYY-MM``, ``YYYY``
    or ``None``) anchors dates written without a year and relative dates.

    Cost model: three regex scans, each linear in the length of the text, plus
    O(n log n) in the number n of candidates.
    """

    __slots__ = ("money", "dates", "quantities")

    def __init__(self, *, money: bool = True, dates: bool = True, quantities: bool = True) -> None:
        self.money = bool(money)
        self.dates = bool(dates)
        self.quantities = bool(quantities)

    @property
    def labels(self) -> tuple[str, ...]:
        """Labels this tagger produces."""
        out = []
        if self.money:
            out.append("MONEY")
        if self.dates:
            out.append("DATE")
        if self.quantities:
            out.append("QUANTITY")
        return tuple(out)

    def find(self, text: str, *, doc_date: str | None = None) -> list[Entity]:
        """MONEY/DATE/QUANTITY entities in ``text``.

        Raises:
            InputTypeError: ``text`` is not a ``str`` or ``doc_date`` neither ``str`` nor ``None``.
            InputValueError: ``doc_date`` is not an ISO date.
        """
        text = ensure_text(text)
        parse_doc_date(doc_date)  # validate even when the text is empty
        if not text:
            return []
        cands: list[Entity] = []
        try:
            if self.money:
                cands.extend(find_money(text))
            if self.dates:
                cands.extend(find_dates(text, doc_date=doc_date))
            if self.quantities:
                cands.extend(find_quantities(text))
        finally:
            release_token_index()  # the three shared one token index of this text
        return select_longest(cands)

    __call__ = find

    def __repr__(self) -> str:
        return f"PatternTagger(money={self.money}, dates={self.dates}, quantities={self.quantities})"
