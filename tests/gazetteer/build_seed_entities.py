"""Rebuild tests/gazetteer/seed_entities.json from the hand-written table below.

The table lists, by hand, every defence-relevant entity named in the five seed pages (weapon
systems, companies, armed forces, agencies and ministries, officials, press, places) with the
surface forms as they are written there. This script only finds their offsets (folded,
whole-word search, so offsets never drift when a seed is re-read) and drops a mention that lies
inside a longer listed mention (the gazetteer's longest-match rule). Mentions that are not the
entity (a football club, a Spanish headline) are excluded by the context list.

Run: python tests/gazetteer/build_seed_entities.py  (writes the JSON; review the diff)
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
from frdefnlp._text import fold  # noqa: E402

# (id, label, kind, alias_type, surfaces). Surfaces written in capitals are searched with case.
TABLE: list[tuple[str, str, str, str, list[str]]] = [
    # weapons
    ("weapon/iron-dome", "WEAPON", "air_defence", "name", ["Iron Dôme", "Iron Dome", "Dôme de fer"]),
    ("weapon/skylock", "WEAPON", "counter_drone", "name", ["Sky Lock"]),
    ("weapon/f-5", "WEAPON", "aircraft", "name", ["F5"]),
    ("weapon/barak-8", "WEAPON", "air_defence", "name", ["Lightning 8", "Barak"]),
    ("weapon/harpy", "WEAPON", "loitering_munition", "name", ["Harpy"]),
    ("weapon/harop", "WEAPON", "loitering_munition", "name", ["Harop"]),
    # companies
    ("org/rafael", "ORG", "company", "name", ["Rafael Advanced Defense Systems"]),
    ("org/israel-aerospace-industries", "ORG", "company", "name", ["Israel Aerospace Industries", "IAI"]),
    ("org/elta-systems", "ORG", "company", "name", ["Elta"]),
    ("org/elbit-systems", "ORG", "company", "name", ["Elbit Systems"]),
    ("org/sentrycs", "ORG", "company", "name", ["Sentrycs"]),
    ("org/d-fend-solutions", "ORG", "company", "name", ["D-Fend Solutions"]),
    ("org/smart-shooter", "ORG", "company", "name", ["Smart Shooter"]),
    ("org/steadicopter", "ORG", "company", "name", ["Steadicopter"]),
    ("org/medz", "ORG", "company", "name", ["Médz", "MEDZ"]),
    ("org/maintenance-aero-maroc", "ORG", "company", "name", ["Maintenance Aero Maroc"]),
    ("org/cdg", "ORG", "company", "name", ["Caisse de Dépôt et de Gestion", "CDG"]),
    # armed forces, agencies, ministries, international bodies
    ("org/royal-armed-forces", "ORG", "armed_forces", "name",
     ["Forces Armées Royales", "Forces armées royales", "FAR", "armée marocaine"]),
    ("org/israel-defense-forces", "ORG", "armed_forces", "name", ["Tsahal", "armée israélienne"]),
    ("org/israel-ministry-of-defense", "ORG", "government", "name", ["ministère israélien de la Défense"]),
    ("org/mafat", "ORG", "agency", "name", ["MAFAT", "Direction de la recherche et du développement"]),
    ("org/sibat", "ORG", "agency", "name", ["Sibat"]),
    ("org/morocco-national-defence-administration", "ORG", "government", "name",
     ["administration de la Défense nationale", "administration de la défense nationale"]),
    ("org/alem", "ORG", "agency", "name", ["Agence de Logement et d'Équipement Militaire", "ALEM"]),
    ("org/adii", "ORG", "agency", "name", ["Administration des douanes et impôts indirects", "ADII"]),
    ("org/morocco-government-council", "ORG", "government", "name", ["Conseil du gouvernement"]),
    ("org/israel-political-military-bureau", "ORG", "agency", "name", ["bureau politico-militaire"]),
    ("org/polisario-front", "ORG", "armed_group", "name", ["Polisario"]),
    ("org/european-union", "ORG", "international", "name", ["UE"]),
    ("org/african-union", "ORG", "international", "name", ["Union africaine", "UA"]),
    # press
    ("org/infodefensa", "ORG", "media", "name", ["Info Defensa"]),
    ("org/jerusalem-post", "ORG", "media", "name", ["The Jerusalem Post"]),
    ("org/i24news", "ORG", "media", "name", ["i24NEWS"]),
    ("org/hespress", "ORG", "media", "name", ["Hespress"]),
    ("org/n12", "ORG", "media", "name", ["N12"]),
    ("org/ynet", "ORG", "media", "name", ["Ynet TV"]),
    ("org/africa-intelligence", "ORG", "media", "name", ["Africa Intelligence"]),
    ("org/yabiladi", "ORG", "media", "name", ["Yabiladi"]),
    ("org/bladi-net", "ORG", "media", "name", ["Bladi.net"]),
    # people
    ("person/benny-gantz", "PERSON", "person", "name", ["Benny Gantz", "Gantz"]),
    ("person/david-govrin", "PERSON", "person", "name", ["David Govrin"]),
    ("person/zohar-palti", "PERSON", "person", "name", ["Zohar Palti"]),
    ("person/abdellatif-loudiyi", "PERSON", "person", "name", ["Abdellatif Loudiyi", "Abdelatif Loudiyi"]),
    ("person/aviv-kochavi", "PERSON", "person", "name", ["Aviv Kochavi", "Aviv Kokhavi", "Aviv Kohavi"]),
    ("person/ran-kochav", "PERSON", "person", "name", ["Ran Kochav"]),
    ("person/merav-michaeli", "PERSON", "person", "name", ["Merav Michaeli", "Michaeli"]),
    ("person/daniel-gold", "PERSON", "person", "name", ["Daniel Gold"]),
    ("person/mohammed-vi", "PERSON", "person", "name", ["Mohammed VI"]),
    # places: countries, regions
    ("loc/morocco", "LOC", "country", "name", ["Maroc"]),
    ("loc/israel", "LOC", "country", "name", ["Israël", "Israel"]),
    ("loc/algeria", "LOC", "country", "name", ["Algérie"]),
    ("loc/united-states", "LOC", "country", "name", ["Etats-Unis", "États-Unis"]),
    ("loc/jordan", "LOC", "country", "name", ["Jordanie"]),
    ("loc/egypt", "LOC", "country", "name", ["Egypte"]),
    ("loc/iran", "LOC", "country", "name", ["Iran"]),
    ("loc/spain", "LOC", "country", "name", ["Espagne"]),
    ("loc/saudi-arabia", "LOC", "country", "name", ["Arabie saoudite"]),
    ("loc/united-arab-emirates", "LOC", "country", "name", ["Émirats arabes unis"]),
    ("loc/madagascar", "LOC", "country", "name", ["Madagascar"]),
    ("loc/nigeria", "LOC", "country", "name", ["Nigeria"]),
    ("loc/bahrain", "LOC", "country", "name", ["Bahreïn"]),
    ("loc/burundi", "LOC", "country", "name", ["Burundi"]),
    ("loc/republic-of-the-congo", "LOC", "country", "name", ["République du Congo"]),
    ("loc/russia", "LOC", "country", "name", ["Russie"]),
    ("loc/canada", "LOC", "country", "name", ["Canada"]),
    ("loc/paraguay", "LOC", "country", "name", ["Paraguay"]),
    ("loc/palestine", "LOC", "country", "name", ["Palestine"]),
    ("loc/west-bank", "LOC", "region", "name", ["Cisjordanie"]),
    ("loc/western-sahara", "LOC", "region", "name", ["Sahara"]),
    ("loc/north-africa", "LOC", "region", "name", ["Afrique du Nord"]),
    ("loc/africa", "LOC", "region", "name", ["Afrique"]),
    # places: cities, bases
    ("loc/rabat", "LOC", "city", "name", ["Rabat"]),
    ("loc/tel-aviv", "LOC", "city", "name", ["Tel Aviv", "Tel-Aviv"]),
    ("loc/algiers", "LOC", "city", "name", ["Alger"]),
    ("loc/casablanca", "LOC", "city", "name", ["Casablanca"]),
    ("loc/beijing", "LOC", "city", "name", ["Beijing"]),
    ("loc/agadir", "LOC", "city", "name", ["Agadir"]),
    ("loc/laayoune", "LOC", "city", "name", ["Laâyoune"]),
    ("loc/ksar-el-kebir", "LOC", "city", "name", ["Ksar El Kébir"]),
    ("loc/barcelona", "LOC", "city", "name", ["Barcelone"]),
    ("loc/essaouira", "LOC", "city", "name", ["Essaouira"]),
    ("loc/paris", "LOC", "city", "name", ["Paris"]),
    ("loc/marrakech", "LOC", "city", "name", ["Marrakech"]),
    ("loc/dubai", "LOC", "city", "name", ["Dubaï"]),
    ("loc/moscow", "LOC", "city", "name", ["Moscou"]),
    ("loc/tangier", "LOC", "city", "name", ["Tanger"]),
    ("loc/ceuta", "LOC", "city", "name", ["Sebta"]),
    ("loc/moroccan-wall", "LOC", "other", "name", ["mur de défense"]),
    ("loc/guelta-zemmour", "LOC", "city", "name", ["Galtat Zemmour"]),
    ("loc/sidi-slimane-air-base", "LOC", "military_base", "name",
     ["base aérienne de Sidi Slimane", "GMSL"]),
    ("loc/sale-air-base", "LOC", "military_base", "name", ["aéroport militaire de Salé", "GMME"]),
    # adjectives (nationality / provenance); matched with alias_type "adjective"
    ("loc/israel", "LOC", "country", "adjective",
     ["israélien", "israélienne", "israéliens", "israéliennes"]),
    ("loc/morocco", "LOC", "country", "adjective", ["marocain", "marocaine", "marocains", "marocaines"]),
    ("loc/iran", "LOC", "country", "adjective", ["iranienne"]),
    ("loc/palestine", "LOC", "country", "adjective", ["palestinien", "palestiniens"]),
    ("loc/spain", "LOC", "country", "adjective", ["espagnol"]),
    ("loc/africa", "LOC", "region", "adjective", ["africain", "africaine", "Africain"]),
]

# (seed file, surface, text just before the mention) -> not this entity
EXCLUDE = [
    ("001_90e343f34dc91645.txt", "Barcelone", "FC "),  # football club, not the city
    ("001_90e343f34dc91645.txt", "FAR", "AS "),  # football club AS FAR
    ("001_90e343f34dc91645.txt", "Casablanca", "Bourse de "),  # the stock exchange (an ORG)
]


def _find(text: str, surface: str) -> list[tuple[int, int]]:
    exact = surface.isupper() or any(c.isdigit() for c in surface) and surface.upper() == surface
    hay, needle = (text, surface) if exact else (fold(text), fold(surface))
    pat = re.compile(r"(?<!\w)" + re.escape(needle) + r"(?!\w)")
    return [(m.start(), m.end()) for m in pat.finditer(hay)]


def build() -> dict[str, list[dict[str, object]]]:
    out: dict[str, list[dict[str, object]]] = {}
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        found: dict[tuple[int, int], dict[str, object]] = {}
        for rid, label, kind, alias_type, surfaces in TABLE:
            for surface in surfaces:
                for start, end in _find(text, surface):
                    if any(path.name == f and surface == s and text[:start].endswith(before)
                           for f, s, before in EXCLUDE):
                        continue
                    found[(start, end)] = {
                        "start": start, "end": end, "surface": text[start:end], "id": rid,
                        "label": label, "kind": kind, "alias_type": alias_type,
                    }
        spans = sorted(found, key=lambda se: (se[0], -(se[1] - se[0])))
        kept: list[dict[str, object]] = []
        for start, end in spans:
            if any(k["start"] <= start and end <= k["end"] for k in kept):
                continue
            kept.append(found[(start, end)])
        out[path.name] = kept
    return out


def main() -> None:
    data = build()
    dest = Path(__file__).with_name("seed_entities.json")
    dest.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    flat = []
    seen = set()
    for items in data.values():
        for it in items:
            key = (it["surface"], it["id"])
            if key not in seen:
                seen.add(key)
                flat.append({k: it[k] for k in ("surface", "id", "label", "kind", "alias_type")})
    Path("/tmp/team/seed_entities.json").write_text(
        json.dumps(flat, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(sum(len(v) for v in data.values()), "mentions,", len(flat), "distinct surfaces")


if __name__ == "__main__":
    main()
