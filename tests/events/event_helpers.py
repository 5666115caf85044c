"""Helpers shared by the wording tests of tests/events (imported by name: pytest puts this
folder on sys.path for its test files)."""

from __future__ import annotations

from frdefnlp.extraction import events
from frdefnlp.types import Event


def one(text: str, etype: str) -> Event:
    """The single event of type ``etype`` that ``events(text)`` finds (fails otherwise)."""
    evs = [e for e in events(text) if e.type == etype]
    assert len(evs) == 1, evs
    return evs[0]


def transfer(text: str) -> Event:
    """The single ARMS_TRANSFER of ``text``."""
    return one(text, "ARMS_TRANSFER")


def slot_texts(ev: Event, slot: str) -> list[str]:
    """The texts of the entities in ``ev``'s slot ``slot`` (empty when the slot is absent)."""
    return [e.text for e in ev.slots.get(slot, ())]
