"""Fuzz every public function with hypothesis: no crash, no hang, no offset error.

    nice -n 10 python bench/fuzz.py --minutes 10          # the run reported in issue 12
    python bench/fuzz.py --minutes 1 --only tag,clean     # a quick look

Each target gets an equal share of the time, in rounds of hypothesis examples (new random
seeds each round). Texts are drawn from any Unicode, from adversarial pieces (runs of one
character or token, separators, digits with every separator, emoji, mixed scripts, markup,
lone surrogates, NULs) and from fragments of the seed pages, glued and repeated. What counts
as a failure:

* any exception but a typed :class:`frdefnlp.errors.FrdefnlpError` where the input is wrong
  (for a ``str`` input, none at all);
* a span whose offsets do not give its text (entities, tokens, sentences, event slots,
  clean's segments and offset map);
* a result that cannot be written as UTF-8 JSON;
* a call slower than ``--hang`` seconds (default 10; inputs are at most a few thousand
  characters, so that is hundreds of times the normal cost).

Prints, per target, the examples run and the slowest call; exits 1 on the first failure,
with the input that caused it.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import frdefnlp
from frdefnlp._text import ensure_text
from frdefnlp.boilerplate.html import html_to_text
from frdefnlp.errors import FrdefnlpError
from frdefnlp.patterns import PatternTagger
from frdefnlp.patterns._numbers import parse_amount, parse_number, parse_spelled
from frdefnlp.tagger import to_conll

ROOT = Path(__file__).resolve().parents[1]
SEED_TEXT = " ".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt")))
WORDS = SEED_TEXT.split()

PIECES = [
    "-", "–", "—", ".", ",", ";", ":", " ", "  ", "\u00a0", "\u202f", "\u2009", "\n", "\n\n",
    "\r\n", "\t", "1", "12", "123", "000", "2020", "1.", "1,", "123 ", "1/2", "a", "A.", "M.",
    "F-16", "Su-35", "deux", "cent", "mille", "vingt-deux", "et", "dix", "millions", "de",
    "d'", "l’", "dollars", "DH", "%", "$", "€", "mars", "le 12 mars", "le", "Le Maroc",
    "Israël", "Benny Gantz", "Barak", "Dôme de fer", "@", "/", "ab.", "http://x.fr/", "😀",
    "👍🏽", "المغرب", "한국", "Ελλάδα", "\u200d", "\u0301", "\u202e", "\ufeff", "«", "»", "(",
    ")", "'", "’", "…", "\x00", "\ud800", "\udfff", "entre", "à", "plus de", "<p>", "</p>",
    "<script>", "</script>", "<!--", "&amp;", "&#8217;", "<html>", "<div>", "n°", "a-t-il",
    "J.-P.", "U.S.A.", "etc.", "!", "?", "\x85", "\u2028",
]

piece_text = st.lists(
    st.one_of(st.sampled_from(PIECES), st.sampled_from(WORDS)), max_size=40
).flatmap(lambda ps: st.integers(1, max(1, 3000 // max(1, len("".join(ps))))).map(
    lambda k: "".join(ps) * k))
any_text = st.text(max_size=400)
texts = st.one_of(piece_text, any_text,
                  st.tuples(any_text, piece_text, any_text).map("".join))


def _utf8_json(obj: Any) -> None:
    json.dumps(obj, ensure_ascii=False).encode("utf-8")


def _check_doc(doc: frdefnlp.Document) -> None:
    t = doc.text
    for sp in (*doc.entities, *doc.tokens, *doc.sentences, *doc.candidates):
        assert 0 <= sp.start <= sp.end <= len(t) and t[sp.start:sp.end] == sp.text, sp
    _utf8_json(doc.to_dict())


def t_clean(text: str) -> None:
    r = frdefnlp.clean(text)
    for s in r.segments:
        assert r.raw[s.start:s.end] == s.text
    for i in range(0, len(r.text) + 1, max(1, len(r.text) // 50)):
        assert 0 <= r.to_raw(i) <= len(r.raw)
    _utf8_json(r.to_dict())


def t_tag(text: str) -> None:
    _check_doc(frdefnlp.tag(text))


def t_clean_tag_events(text: str) -> None:
    doc = frdefnlp.tag(frdefnlp.clean(text))
    _check_doc(doc)
    for ev in frdefnlp.events(doc):
        for ents in ev.slots.values():
            for e in ents:
                assert doc.text[e.start:e.end] == e.text
        _utf8_json(ev.to_dict())
    to_conll(doc).encode("utf-8")


def t_events(text: str) -> None:
    for ev in frdefnlp.events(text):
        _utf8_json(ev.to_dict())


def t_tokenize(text: str) -> None:
    tokens, sentences = frdefnlp.tokenize(text)
    text = ensure_text(text)  # lone surrogates read as U+FFFD (documented)
    for sp in (*tokens, *sentences):
        assert text[sp.start:sp.end] == sp.text


_PT = PatternTagger()


def t_patterns(text: str) -> None:
    text = ensure_text(text)  # lone surrogates read as U+FFFD (documented)
    for e in _PT.find(text, doc_date="2021-11-24"):
        assert text[e.start:e.end] == e.text


def t_gazetteer(text: str) -> None:
    text = ensure_text(text)  # lone surrogates read as U+FFFD (documented)
    for m in _GAZ.match(text):
        assert text[m.start:m.end] == m.text


def t_numbers(text: str) -> None:
    for f in (parse_number, parse_amount, parse_spelled):
        try:
            f(text)
        except FrdefnlpError:
            pass


def t_html(text: str) -> None:
    out, offsets = html_to_text(text)
    for i in range(0, len(out), max(1, len(out) // 50)):
        assert 0 <= offsets.to_raw(i) < len(text)
    t_clean("<html><body>" + text)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda c: st.lists(c, max_size=4) | st.dictionaries(st.text(max_size=10), c, max_size=4),
    max_leaves=10)
FIELDS = ["id", "canonical", "label", "kind", "country", "aliases", "source", "adjectives",
          "maker", "roles", "priority", "case_sensitive", "ambiguous", "wikidata", "start"]
records = st.dictionaries(st.sampled_from(FIELDS), json_values, max_size=10)


def t_gazetteer_files(recs: list[dict[str, Any]], tmp: Path = Path("/tmp/frdefnlp-fuzz")) -> None:
    from frdefnlp.gazetteer import Gazetteer
    from frdefnlp.gazetteer.records import validate_files

    tmp.mkdir(exist_ok=True)
    f = tmp / "g.jsonl"
    f.write_text("\n".join(json.dumps(r) for r in recs), encoding="utf-8", errors="surrogatepass")
    validate_files([f])
    try:
        Gazetteer.from_files([f])
    except FrdefnlpError:
        pass


TARGETS: dict[str, tuple[Callable[..., None], Any]] = {
    "clean": (t_clean, texts),
    "tag": (t_tag, texts),
    "clean_tag_events": (t_clean_tag_events, texts),
    "events": (t_events, texts),
    "tokenize": (t_tokenize, texts),
    "patterns": (t_patterns, texts),
    "gazetteer": (t_gazetteer, texts),
    "numbers": (t_numbers, texts),
    "html": (t_html, texts),
    "gazetteer_files": (t_gazetteer_files, st.lists(records, max_size=5)),
}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--minutes", type=float, default=10.0)
    ap.add_argument("--only", default="", help="comma-separated targets")
    ap.add_argument("--hang", type=float, default=10.0, help="seconds per call that fail")
    args = ap.parse_args()
    names = [n for n in TARGETS if not args.only or n in args.only.split(",")]
    global _GAZ
    _GAZ = frdefnlp.Gazetteer.load()
    frdefnlp.events(frdefnlp.tag(frdefnlp.clean(SEED_TEXT[:3000])))  # load everything once
    share = args.minutes * 60 / len(names)
    total = 0
    start_all = time.monotonic()
    for name in names:
        func, strategy = TARGETS[name]
        stats = {"n": 0, "slowest": 0.0, "chars": 0}

        run = _runner(func, strategy, stats, args.hang)
        t_end = time.monotonic() + share
        while time.monotonic() < t_end:
            try:
                run()
            except Exception as exc:  # report the falsifying input hypothesis printed
                print(f"FAIL {name}: {type(exc).__name__}: {exc!r:.2000}", file=sys.stderr)
                return 1
        total += stats["n"]
        slow = stats.get("slowest_input")
        print(f"{name:18s} {stats['n']:7d} examples, {stats['chars'] / 1e6:6.2f} M chars, "
              f"slowest call {stats['slowest']:.2f} s"
              + (f" ({len(slow)} chars: {slow[:60]!r})" if isinstance(slow, str) else ""),
              flush=True)
    print(f"total {total} examples in {(time.monotonic() - start_all) / 60:.1f} min, "
          "no crash, no hang, no offset error")
    return 0


def _runner(func: Callable[..., None], strategy: Any, stats: dict[str, Any],
            hang: float) -> Callable[[], None]:
    @settings(max_examples=100, deadline=None, database=None, derandomize=False,
              suppress_health_check=list(HealthCheck))
    @given(strategy)
    def run(x: Any) -> None:
        t0 = time.perf_counter()
        func(x)
        dt = time.perf_counter() - t0
        stats["n"] += 1
        stats["chars"] += len(x) if isinstance(x, str) else 0
        if dt > stats["slowest"]:
            stats["slowest"], stats["slowest_input"] = dt, x
        assert dt < hang, f"{dt:.1f} s on {x!r:.200}"

    return run


_GAZ: Any = None

if __name__ == "__main__":
    sys.exit(main())
