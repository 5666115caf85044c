"""Property tests: offsets are exact and tokens/sentences/entities well ordered on any text."""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from frdefnlp.patterns import PatternTagger
from frdefnlp.tokenizer import tokenize

PIECES = st.sampled_from(
    [
        "a", "é", "É", "ç", "Œ", "l'", "l’", "qu'", "-", "–", ".", "...", "…", ",", ";", ":", "!", "?",
        "«", "»", "\"", "(", ")", "%", "€", "$", "n°", "M.", "P.", "etc.", "J.-C.", " ", "  ", "    ",
        "\u00a0", "\u202f", "\n", "\n\n", "\t", "0", "1", "2", "20", "500.000", "1,2", "100 000",
        "dollars", "millions de", "milliard d'", "euros", "novembre", "mardi", "2021", "dernier",
        "prochains", "début", "en", "le", "les", "et", "de", "à", "km", "jours", "trois", "vingt-deux",
        "drones", "Le", "Il", "F-16", "http://x.fr/a", "a@b.ma", "bladi.net", "/", "\u200b", "ʼ",
        "\x1f", "\x85", "\u2028", "\r\n", "\x00", "MDH", "Md€", "mi-", "a-t-il",
    ]
)
TEXTS = st.one_of(
    st.lists(PIECES, max_size=40).map("".join),
    st.text(max_size=120),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_tokenizer_offsets(text: str) -> None:
    toks, sents = tokenize(text)
    prev_end = 0
    for t in toks:
        assert text[t.start : t.end] == t.text
        assert t.start >= prev_end and t.end > t.start
        assert t.text.strip() == t.text  # never whitespace inside a token's edges
        prev_end = t.end
    # Only whitespace falls between tokens.
    gaps = [text[a.end : b.start] for a, b in zip(toks, toks[1:], strict=False)]
    assert all(not g.strip() for g in gaps)
    if toks:
        assert not text[: toks[0].start].strip() and not text[toks[-1].end :].strip()
        assert sents[0].token_start == 0 and sents[-1].token_end == len(toks)
    else:
        assert sents == ()
    for a, b in zip(sents, sents[1:], strict=False):
        assert a.token_end == b.token_start and a.end <= b.start
    for s in sents:
        assert s.token_start < s.token_end
        assert text[s.start : s.end] == s.text
        assert s.start == toks[s.token_start].start and s.end == toks[s.token_end - 1].end


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS, st.sampled_from([None, "2021-11-25", "2021-11", "2021"]))
def test_pattern_offsets(text: str, doc_date: str | None) -> None:
    ents = PatternTagger().find(text, doc_date=doc_date)
    for e in ents:
        assert text[e.start : e.end] == e.text and e.end > e.start
        assert e.label in ("MONEY", "DATE", "QUANTITY") and e.source == "pattern"
        assert e.value is not None
    assert all(a.end <= b.start for a, b in zip(ents, ents[1:], strict=False))


SPACED = st.lists(PIECES.filter(lambda p: p.strip() != ""), max_size=30).map(" ".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(SPACED, st.sampled_from([None, "2021-11-25"]))
def test_entities_align_with_tokens(text: str, doc_date: str | None) -> None:
    """On text whose words are separated by spaces, entity edges are token edges (what the
    tagger needs to write BIO labels)."""
    toks, _ = tokenize(text)
    starts = {t.start for t in toks}
    ends = {t.end for t in toks}
    for e in PatternTagger().find(text, doc_date=doc_date):
        assert e.start in starts and e.end in ends, (e.text, [t.text for t in toks])


def _tokenizer_without_plain_path():
    """The tokenizer as it was before the fast paths (plain words, lone characters, bare
    digit runs): the reference."""
    import regex

    from frdefnlp.tokenizer import Tokenizer, _domains, _elisions

    ref = Tokenizer()
    ref._re = regex.compile(ref._pattern(_elisions()["elisions"], _domains()["tlds"], fast=False))
    return ref


_REFERENCE_TOKENIZER = _tokenizer_without_plain_path()
WORDY = st.lists(
    st.one_of(PIECES, st.sampled_from(["https", "://", "www", "@", "+", "_", "°", "N", "net",
                                       "ma", "USA", "/", "x", "2084", "EL", "M", "Gal", "c",
                                       "000", "12", "\u2009", "’", "٣", "_"])),
    max_size=40,
).map("".join)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(WORDY, st.text(max_size=120)))
@example("Nʼa")  # U+02BC is a letter for the regex engine and an apostrophe for elisions
@example("1 000 12\u2009345 1 2 3 1°C 3/4 1@a.ma 1.5 7’a 12-15 12_ ٣٣ 1 0000")  # bare digit runs
def test_plain_word_fast_path_gives_the_same_tokens(text: str) -> None:
    from frdefnlp.tokenizer import default_tokenizer

    assert default_tokenizer().tokens(text) == _REFERENCE_TOKENIZER.tokens(text)
