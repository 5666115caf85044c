"""Media, news agencies, public bodies and international organisations in the gazetteer
(issue 11): the press credits and cites them by name or acronym with no cue word around, so
only a list finds them. Sentences are written for the test; no string comes from a measuring set.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from frdefnlp import tag

ROOT = Path(__file__).resolve().parents[2]


def _orgs(text: str) -> list[str]:
    doc = tag(text)
    assert all(text[e.start:e.end] == e.text for e in doc.entities)
    return [e.text for e in doc.entities if e.label == "ORG"]


@pytest.mark.parametrize("text,names", [
    ("L'agence Belga et Keystone-ATS citent l'OSCE et le FMI.", ["Belga", "Keystone-ATS", "OSCE", "FMI"]),
    ("La MONUSCO et les FARDC ont été visées, selon Radio Okapi.", ["MONUSCO", "FARDC", "Radio Okapi"]),
    ("Selon Al-Ahram, la BCEAO et l'UEMOA ont été consultées.", ["Al-Ahram", "BCEAO", "UEMOA"]),
    ("Le Devoir et Radio-Canada rapportent que la GRC enquête.", ["Le Devoir", "Radio-Canada", "GRC"]),
    ("Le SECO a refusé l'exportation, écrit la Tribune de Genève.", ["SECO", "Tribune de Genève"]),
    ("L'Agence ivoirienne de presse (AIP) cite le ministre.", ["Agence ivoirienne de presse", "AIP"]),
    ("Le GIFAS et l'UTICA ont signé un accord, comme le GIMAS.", ["GIFAS", "UTICA", "GIMAS"]),
    ("L'UTICA a reçu le président de l'Espérance sportive de Tunis.", ["UTICA", "Espérance sportive de Tunis"]),
    ("Petrosen et Eni ont signé ; la STEG et Senelec aussi.", ["Petrosen", "Eni", "STEG", "Senelec"]),
    ("La vidéo a circulé sur WhatsApp et TikTok.", ["WhatsApp", "TikTok"]),
])
def test_listed_media_and_bodies_are_found(text: str, names: list[str]) -> None:
    assert _orgs(text) == names


@pytest.mark.parametrize("text", [
    "Le convoi est arrivé en 24 heures, selon la presse locale.",
    "Le devoir de l'État et l'essor de l'industrie étaient au coeur de l'expression du ministre.",
    "Le temps presse au sud-ouest du pays, dit la radio algérienne.",
    "Les régions MENA et le Sahel sont concernées.",
    "Un club africain a remporté le tournoi.",
    "Le chevron du sergent brillait sous la coquille (shell).",
])
def test_common_words_that_name_a_medium_elsewhere_are_no_mention(text: str) -> None:
    assert _orgs(text) == []


def test_every_added_record_has_a_source() -> None:
    path = ROOT / "resources" / "gazetteers" / "orgs.jsonl"
    records = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.startswith("{")]
    assert sum(r["kind"] == "media" for r in records) > 300
    assert all(r.get("source") for r in records)
