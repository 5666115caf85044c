"""Gazetteer: records of weapons, organisations, people and places, and a fast matcher.

>>> from frdefnlp.gazetteer import Gazetteer
>>> gaz = Gazetteer.from_files(["tests/gazetteer/data/mini.jsonl"])
>>> [m.record.id for m in gaz.match("des drones IAI et l'Iron Dome")]
['org/israel-aerospace-industries', 'weapon/iron-dome']

See docs/gazetteer.md (use) and docs/gazetteer-format.md (the file format).
"""

from __future__ import annotations

from .matcher import Gazetteer, GazetteerMatch
from .records import Record, load_records, validate_files

__all__ = ["Gazetteer", "GazetteerMatch", "Record", "validate_files", "load_records"]
