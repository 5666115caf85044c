"""Tokenizer and sentence splitter: table-driven cases, seeds, options, bad input."""

from __future__ import annotations

import pytest

from frdefnlp.errors import InputTypeError
from frdefnlp.tokenizer import Tokenizer, tokenize


def texts(text: str) -> list[str]:
    return [t.text for t in tokenize(text)[0]]


def sents(text: str, **options: object) -> list[str]:
    tok = Tokenizer(**options) if options else None
    result = tok(text) if tok else tokenize(text)
    return [s.text for s in result[1]]


# --------------------------------------------------------------------------------------------
# Tokens
# --------------------------------------------------------------------------------------------
TOKEN_CASES = [
    ("l'armée", ["l'", "armée"], "elision-l"),
    ("l’Iron Dome", ["l’", "Iron", "Dome"], "elision-typographic"),
    ("d'Israël", ["d'", "Israël"], "elision-d"),
    ("qu'Israël", ["qu'", "Israël"], "elision-qu"),
    ("jusqu'à présent", ["jusqu'", "à", "présent"], "elision-jusqu"),
    ("lorsqu'il puisqu'elle", ["lorsqu'", "il", "puisqu'", "elle"], "elision-lorsqu-puisqu"),
    ("n'a s'est c'est j'ai m'a t'a", ["n'", "a", "s'", "est", "c'", "est", "j'", "ai", "m'", "a", "t'", "a"], "elision-pronouns"),
    ("L'Iron Dome", ["L'", "Iron", "Dome"], "elision-capital"),
    ("aujourd'hui", ["aujourd'hui"], "aujourdhui-one-token"),
    ("quelqu'un", ["quelqu'un"], "quelquun-one-token"),
    ("chef d'état-major", ["chef", "d'", "état-major"], "hyphen-compound"),
    ("le lieutenant-général", ["le", "lieutenant-général"], "hyphen-rank"),
    ("Tel-Aviv", ["Tel-Aviv"], "hyphen-city"),
    ("a-t-il dit", ["a", "-t-il", "dit"], "inversion-t-il"),
    ("poursuit-on", ["poursuit", "-on"], "inversion-on"),
    ("peut-être", ["peut-être"], "peut-etre-whole"),
    ("rendez-vous", ["rendez-vous"], "hyphen-exception"),
    ("500.000 dollars", ["500.000", "dollars"], "number-dot-thousands"),
    ("1,2 milliard", ["1,2", "milliard"], "number-decimal-comma"),
    ("100 000 habitants", ["100 000", "habitants"], "number-space-thousands"),
    ("100\u00a0000 habitants", ["100\u00a0000", "habitants"], "number-nbsp-thousands"),
    ("100\u202f000 habitants", ["100\u202f000", "habitants"], "number-narrow-nbsp-thousands"),
    ("les 24 et 25", ["les", "24", "et", "25"], "small-numbers-apart"),
    ("en 2020 150 soldats", ["en", "2020", "150", "soldats"], "year-not-joined"),
    ("20%", ["20", "%"], "percent-glued"),
    ("34 %", ["34", "%"], "percent-spaced"),
    ("500 €", ["500", "€"], "euro"),
    ("$500", ["$", "500"], "dollar-sign"),
    ("n° 66.23", ["n°", "66.23"], "numero"),
    ("le F-16", ["le", "F-16"], "designation-f16"),
    ("le Su-35", ["le", "Su-35"], "designation-su35"),
    ("l'AH-64E", ["l'", "AH-64E"], "designation-ah64e"),
    ("Bayraktar TB2", ["Bayraktar", "TB2"], "designation-tb2"),
    ("le Barak MX", ["le", "Barak", "MX"], "designation-barak-mx"),
    ("radar EL/M-2084.", ["radar", "EL/M-2084", "."], "designation-slash"),
    ("i24NEWS", ["i24NEWS"], "alnum-brand"),
    ("M. Gantz", ["M.", "Gantz"], "abbr-monsieur"),
    ("Mme Durand", ["Mme", "Durand"], "abbr-madame"),
    ("le Gal Gold", ["le", "Gal", "Gold"], "abbr-general"),
    ("le Lt-Col Dupont", ["le", "Lt-Col", "Dupont"], "abbr-lt-col"),
    ("Dr. Cohen", ["Dr.", "Cohen"], "abbr-doctor"),
    ("achats, etc. entre", ["achats", ",", "etc.", "entre"], "abbr-etc"),
    ("50 av. J.-C.", ["50", "av.", "J.-C."], "abbr-jc"),
    ("P. A", ["P.", "A"], "initial"),
    ("les U.S.A. et", ["les", "U.S.A.", "et"], "dotted-acronym"),
    ("la MAFAT et les FAR", ["la", "MAFAT", "et", "les", "FAR"], "acronyms"),
    ("« Lightning 8 »", ["«", "Lightning", "8", "»"], "guillemets"),
    ("«Sous", ["«", "Sous"], "guillemet-glued"),
    ("avant...", ["avant", "..."], "ellipsis-dots"),
    ("avant…", ["avant", "…"], "ellipsis-char"),
    ("Quoi ?!", ["Quoi", "?!"], "interrobang"),
    ("voir https://www.example.com/a?b=1.", ["voir", "https://www.example.com/a?b=1", "."], "url"),
    ("sur bladi.net.", ["sur", "bladi.net", "."], "bare-domain"),
    ("pic.twitter.com/AbC12", ["pic.twitter.com/AbC12"], "bare-domain-path"),
    ("écrire à contact@le360.ma.", ["écrire", "à", "contact@le360.ma", "."], "email"),
    ("2021-11-25", ["2021-11-25"], "iso-date"),
    ("25/11/2021", ["25/11/2021"], "slash-date"),
    ("18h20", ["18h20"], "time"),
    ("Maroc–Russie", ["Maroc", "–", "Russie"], "en-dash-splits"),
]


@pytest.mark.parametrize("text, expected", [pytest.param(t, e, id=i) for t, e, i in TOKEN_CASES])
def test_tokens(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


KIND_CASES = [
    ("500.000", "number"),
    ("2020", "number"),
    ("25/11/2021", "number"),
    ("F-16", "word"),
    ("%", "symbol"),
    ("€", "symbol"),
    ("n°", "symbol"),
    ("«", "punct"),
    (",", "punct"),
    ("https://a.fr/x", "url"),
    ("bladi.net", "url"),
    ("a@b.fr", "email"),
    ("l'a", "word"),
]


@pytest.mark.parametrize("text, kind", [pytest.param(t, k, id=t) for t, k in KIND_CASES])
def test_token_kinds(text: str, kind: str) -> None:
    tok = tokenize(text)[0][0]
    assert tok.kind == kind


def test_split_inversions_off_keeps_word() -> None:
    toks, _ = Tokenizer(split_inversions=False)("a-t-il")
    assert [t.text for t in toks] == ["a-t-il"]


def test_extra_abbreviation_option() -> None:
    assert [t.text for t in Tokenizer(abbreviations=["Cmdt-adj."])("le Cmdt-adj. Durand")[0]][1] == "Cmdt-adj."


# --------------------------------------------------------------------------------------------
# Sentences
# --------------------------------------------------------------------------------------------
SENT_CASES = [
    ("Il part. Elle reste.", ["Il part.", "Elle reste."], "period"),
    ("Il part ! Elle reste ? Oui.", ["Il part !", "Elle reste ?", "Oui."], "french-spacing"),
    ("M. Gantz est arrivé. Il repart.", ["M. Gantz est arrivé.", "Il repart."], "no-split-after-M"),
    ("Ecrit par : P. A. Durand est là.", ["Ecrit par : P. A. Durand est là."], "no-split-after-initials"),
    ("le Gal. Gold et le Dr. Levy.", ["le Gal. Gold et le Dr. Levy."], "no-split-after-titles"),
    ("En 50 av. J.-C. Rome régnait.", ["En 50 av. J.-C. Rome régnait."], "no-split-av-jc"),
    ("achats, etc. entre les deux.", ["achats, etc. entre les deux."], "etc-mid-sentence"),
    ("drones, radars, etc. Le Maroc achète.", ["drones, radars, etc.", "Le Maroc achète."], "etc-end"),
    ("le mausolée Mohammed V. Le roi prie.", ["le mausolée Mohammed V.", "Le roi prie."], "roman-numeral-end"),
    ("Il dit « oui. » Puis il part.", ["Il dit « oui. »", "Puis il part."], "closing-quote-spaced"),
    ("Il dit «oui.» Puis il part.", ["Il dit «oui.»", "Puis il part."], "closing-quote-glued"),
    ("« Oui.» a-t-il dit.", ["« Oui.» a-t-il dit."], "quote-then-lowercase"),
    ("sa relations. «Nous allons signer.", ["sa relations.", "«Nous allons signer."], "opening-quote-starts"),
    ("Il coûte 500.000 dollars. 20 missiles suivent.", ["Il coûte 500.000 dollars.", "20 missiles suivent."], "digit-starts"),
    ("bien avant... Le Maroc", ["bien avant...", "Le Maroc"], "ellipsis-end"),
    ("bien avant... et après", ["bien avant... et après"], "ellipsis-mid"),
    ("fin.Le début", ["fin.Le début"], "no-space-no-split"),
    ("Titre\nCorps du texte", ["Titre", "Corps du texte"], "single-newline"),
    ("Titre\n\nCorps", ["Titre", "Corps"], "blank-line"),
    ("Rien de plus simple !    Tourisme : un début", ["Rien de plus simple !", "Tourisme : un début"], "ticker-wide-space"),
    ("Agadir    Elkhettab Benzina", ["Agadir", "Elkhettab Benzina"], "ticker-no-punct"),
    ("l'agriculture. Ils constituent", ["l'agriculture.", "Ils constituent"], "elision-then-period"),
    ("Il a pris son vol. Le lendemain", ["Il a pris son vol.", "Le lendemain"], "vol-is-a-word"),
    ("voir bladi.net. Le site", ["voir bladi.net.", "Le site"], "url-then-period"),
]


@pytest.mark.parametrize("text, expected", [pytest.param(t, e, id=i) for t, e, i in SENT_CASES])
def test_sentences(text: str, expected: list[str]) -> None:
    assert sents(text) == expected


def test_newline_option_keeps_wrapped_lines_together() -> None:
    text = "Le ministre est\narrivé à Rabat.\n\nIl repart."
    assert sents(text, newline_ends_sentence=False) == ["Le ministre est\narrivé à Rabat.", "Il repart."]
    assert sents(text) == ["Le ministre est", "arrivé à Rabat.", "Il repart."]


def test_wide_space_option_off() -> None:
    assert sents("Agadir    Elkhettab", wide_space=0) == ["Agadir    Elkhettab"]


# --------------------------------------------------------------------------------------------
# Seeds
# --------------------------------------------------------------------------------------------
SEED_SENTENCE_COUNTS = {
    # name: (min, max) sentences; the pages were read by hand.
    "000_86cfde2a48bb7c31.txt": (18, 21),
    "002_69bc718e9d0fab21.txt": (10, 12),
    "004_b1ef7e51ea3cf8c8.txt": (12, 15),
}


@pytest.mark.parametrize("name", sorted(SEED_SENTENCE_COUNTS))
def test_seed_sentence_count(seeds: dict[str, str], name: str) -> None:
    lo, hi = SEED_SENTENCE_COUNTS[name]
    assert lo <= len(tokenize(seeds[name])[1]) <= hi


def test_seeds_offsets_and_cover(seeds: dict[str, str]) -> None:
    for text in seeds.values():
        toks, sentences = tokenize(text)
        assert toks and sentences
        for t in toks:
            assert text[t.start : t.end] == t.text and t.text.strip() == t.text
        assert all(a.end <= b.start for a, b in zip(toks, toks[1:], strict=False))
        assert sentences[0].token_start == 0 and sentences[-1].token_end == len(toks)
        for a, b in zip(sentences, sentences[1:], strict=False):
            assert a.token_end == b.token_start
        for s in sentences:
            assert text[s.start : s.end] == s.text
            assert s.start == toks[s.token_start].start and s.end == toks[s.token_end - 1].end
        # Nothing but whitespace is left out of the tokens.
        covered = "".join(text[a.end : b.start] for a, b in zip(toks, toks[1:], strict=False))
        assert covered.strip() == ""


@pytest.mark.parametrize(
    "seed, fragment",
    [
        pytest.param("003_1e0087e37c6009fe.txt", "Ecrit par : P. A", id="initials-byline"),
        pytest.param("002_69bc718e9d0fab21.txt", "mausolée Mohammed V, qui", id="mohammed-v-comma"),
        pytest.param("000_86cfde2a48bb7c31.txt", "relations bilatérales ».", id="closing-quote"),
        pytest.param("001_90e343f34dc91645.txt", "a-t-il encore déclaré.", id="inversion-in-sentence"),
    ],
)
def test_seed_sentence_contains(seeds: dict[str, str], seed: str, fragment: str) -> None:
    assert any(fragment in s.text for s in tokenize(seeds[seed])[1])


def test_seed_quote_sentence_keeps_closing_quote(seeds: dict[str, str]) -> None:
    sentences = [s.text for s in tokenize(seeds["000_86cfde2a48bb7c31.txt"])[1]]
    assert "Ils constituent un mécanisme qui nous permet de renforcer les relations bilatérales »." in sentences


# --------------------------------------------------------------------------------------------
# Bad input
# --------------------------------------------------------------------------------------------
@pytest.mark.parametrize("value", [None, b"abc", 42, ["a"]], ids=["none", "bytes", "int", "list"])
def test_non_str_raises(value: object) -> None:
    with pytest.raises(InputTypeError):
        tokenize(value)  # type: ignore[arg-type]


def test_empty() -> None:
    assert tokenize("") == ((), ())


@pytest.mark.parametrize("text", [" ", "\n\n\t ", "\u00a0\u202f"], ids=["space", "newlines", "nbsp"])
def test_whitespace_only(text: str) -> None:
    assert tokenize(text) == ((), ())


def test_kind_of_agrees_with_the_tokenizer_and_refuses_non_text() -> None:
    from frdefnlp.tokenizer import kind_of

    text = "Le 13 août, 500.000 dollars (soit 12 %) pour www.far.ma… « Barak 8 » !"
    tokens, _ = tokenize(text)
    assert [kind_of(t.text) for t in tokens] == [t.kind for t in tokens]
    assert kind_of("") == "word"
    with pytest.raises(InputTypeError):
        kind_of(None)  # type: ignore[arg-type]
