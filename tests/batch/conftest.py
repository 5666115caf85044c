"""Fixtures of the batch tests: a small corpus of the seed pages and short texts of our own."""

from __future__ import annotations

from pathlib import Path

import pytest

SEEDS = Path(__file__).resolve().parents[2] / "seeds"

#: Short texts written for these tests (not taken from any page).
SHORT = [
    "Le Maroc a commandé des drones Harop à Israël pour 50 millions de dollars.",
    "Benny Gantz est arrivé à Rabat mardi pour signer un protocole d'accord.",
    "",
    "Partager sur Facebook\n\nL'Algérie a reçu ses premiers Su-35 russes en 2021.",
    "Rien à signaler.",
    "La DGA a notifié à Nexter une commande de 30 canons CAESAR.",
]


@pytest.fixture(scope="session")
def texts() -> list[str]:
    """Eleven texts: the five seed pages and six short texts, interleaved."""
    seeds = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    out: list[str] = []
    for i in range(max(len(seeds), len(SHORT))):
        out.extend(x[i] for x in (seeds, SHORT) if i < len(x))
    return out


@pytest.fixture()
def corpus(tmp_path: Path, texts: list[str]) -> Path:
    """A directory of the texts as files, one in a subdirectory, plus a JSONL file."""
    root = tmp_path / "corpus"
    (root / "sub").mkdir(parents=True)
    for i, t in enumerate(texts[:-2]):
        (root / ("sub" if i == 3 else "") / f"doc{i:02d}.txt").write_text(t, encoding="utf-8")
    import json

    with open(root / "more.jsonl", "w", encoding="utf-8") as fh:
        for i, t in enumerate(texts[-2:]):
            fh.write(json.dumps({"id": f"j{i}", "text": t, "site": "test"}, ensure_ascii=False) + "\n")
    return root
