"""Number normalisation and the MONEY tagger: exact normalised values."""

from __future__ import annotations

import pytest

from frdefnlp.errors import InputTypeError, InputValueError
from frdefnlp.patterns import currency_code, find_money, parse_amount, parse_number, parse_spelled


@pytest.mark.parametrize(
    "text, english, value",
    [
        pytest.param("1,2", False, 1.2, id="decimal-comma"),
        pytest.param("500.000", False, 500000, id="dot-thousands"),
        pytest.param("60.000", False, 60000, id="dot-thousands-60k"),
        pytest.param("66.23", False, 66.23, id="dot-two-decimals"),
        pytest.param("1.234.567", False, 1234567, id="dots-thousands"),
        pytest.param("1.234.567,5", False, 1234567.5, id="dots-and-comma"),
        pytest.param("1,234.5", False, 1234.5, id="comma-and-dot"),
        pytest.param("100 000", False, 100000, id="space-thousands"),
        pytest.param("100\u00a0000", False, 100000, id="nbsp-thousands"),
        pytest.param("1\u202f234\u202f567,25", False, 1234567.25, id="narrow-nbsp-decimal"),
        pytest.param("2020", False, 2020, id="plain"),
        pytest.param("1,000,000", False, 1000000, id="commas-thousands"),
        pytest.param("1,500", True, 1500, id="english-comma"),
        pytest.param("1.500", True, 1.5, id="english-dot"),
        pytest.param("trois", False, 3, id="spelled-trois"),
        pytest.param("douze", False, 12, id="spelled-douze"),
        pytest.param("vingt-deux", False, 22, id="spelled-compound"),
        pytest.param("soixante et onze", False, 71, id="spelled-et"),
        pytest.param("quatre-vingt-dix", False, 90, id="spelled-90"),
        pytest.param("quatre-vingts", False, 80, id="spelled-80"),
        pytest.param("deux cents", False, 200, id="spelled-200"),
        pytest.param("deux mille cinq cents", False, 2500, id="spelled-2500"),
        pytest.param("deux cent mille", False, 200000, id="spelled-200000"),
        pytest.param("cent", False, 100, id="spelled-cent"),
        pytest.param("mille", False, 1000, id="spelled-mille"),
    ],
)
def test_parse_number(text: str, english: bool, value: float) -> None:
    assert parse_number(text, english=english) == pytest.approx(value)


@pytest.mark.parametrize("text", ["", "abc", "1..2", "12a"], ids=["empty", "word", "double-dot", "suffix"])
def test_parse_number_rejects(text: str) -> None:
    with pytest.raises(InputValueError):
        parse_number(text)


def test_parse_number_type() -> None:
    with pytest.raises(InputTypeError):
        parse_number(12)  # type: ignore[arg-type]


def test_parse_spelled_none() -> None:
    assert parse_spelled("drones") is None and parse_spelled("") is None


@pytest.mark.parametrize(
    "text, value",
    [
        pytest.param("1,2 milliard", 1.2e9, id="milliard"),
        pytest.param("100 millions", 1e8, id="millions"),
        pytest.param("trois millions", 3e6, id="spelled-millions"),
        pytest.param("2 billions", 2e12, id="billion-long-scale"),
        pytest.param("500.000", 5e5, id="no-scale"),
    ],
)
def test_parse_amount(text: str, value: float) -> None:
    assert parse_amount(text) == pytest.approx(value)


@pytest.mark.parametrize(
    "word, code",
    [("dollars", "USD"), ("dollars américains", "USD"), ("DH", "MAD"), ("dirhams", "MAD"),
     ("€", "EUR"), ("shekels", "ILS"), ("dinars algériens", "DZD"), ("livres sterling", "GBP"),
     ("roubles", "RUB"), ("yuans", "CNY"), ("riyals", "SAR"), ("livres turques", "TRY"), ("bitcoins", None)],
)
def test_currency_code(word: str, code: str | None) -> None:
    assert currency_code(word) == code


# text, expected span, amount, currency, qualifier, amount_max
MONEY_CASES = [
    ("coûte environ 500.000 dollars et", "500.000 dollars", 5e5, "USD", "approx", None, "seed-500k"),
    ("et chaque missile 60.000 dollars.", "60.000 dollars", 6e4, "USD", None, None, "seed-60k"),
    ("le système Barak pour 500 millions de dollars.", "500 millions de dollars", 5e8, "USD", None, None, "seed-500m"),
    ("pourrait dépasser les 100 millions de dollars».", "100 millions de dollars", 1e8, "USD", "more_than", None, "seed-100m-more-than"),
    ("d'engranger des centaines de millions de dollars.", "des centaines de millions de dollars", 1e8, "USD", "hundreds_of", 1e9, "seed-vague"),
    ("1,2 milliard d'euros", "1,2 milliard d'euros", 1.2e9, "EUR", None, None, "milliard-euros"),
    ("1,2 milliard d’euros", "1,2 milliard d’euros", 1.2e9, "EUR", None, None, "typographic-apostrophe"),
    ("20 millions de DH", "20 millions de DH", 2e7, "MAD", None, None, "dh"),
    ("30 millions de dirhams", "30 millions de dirhams", 3e7, "MAD", None, None, "dirhams"),
    ("5 MAD", "5 MAD", 5, "MAD", None, None, "mad-code"),
    ("trois millions d'euros", "trois millions d'euros", 3e6, "EUR", None, None, "spelled"),
    ("plus d'un milliard de dollars", "un milliard de dollars", 1e9, "USD", "more_than", None, "plus-d-un"),
    ("près de 2 milliards de dollars", "2 milliards de dollars", 2e9, "USD", "approx", None, "pres-de"),
    ("quelque 300 millions de dollars", "300 millions de dollars", 3e8, "USD", "approx", None, "quelque"),
    ("jusqu'à 2 milliards de dinars algériens", "2 milliards de dinars algériens", 2e9, "DZD", "up_to", None, "jusqua-dzd"),
    ("moins de 10 millions d'euros", "10 millions d'euros", 1e7, "EUR", "less_than", None, "moins-de"),
    ("$500 million", "$500 million", 5e8, "USD", None, None, "english-dollar"),
    ("€1.2bn", "€1.2bn", 1.2e9, "EUR", None, None, "english-bn"),
    ("USD 20m", "USD 20m", 2e7, "USD", None, None, "code-first"),
    ("5 billion dollars", "5 billion dollars", 5e9, "USD", None, None, "english-billion"),
    ("5 billions de dollars", "5 billions de dollars", 5e12, "USD", None, None, "french-billion"),
    ("100 000 €", "100 000 €", 1e5, "EUR", None, None, "space-thousands-euro"),
    ("100\u202f000 dollars américains", "100\u202f000 dollars américains", 1e5, "USD", None, None, "narrow-nbsp"),
    ("10 shekels", "10 shekels", 10, "ILS", None, None, "shekels"),
    ("1 500 livres sterling", "1 500 livres sterling", 1500, "GBP", None, None, "gbp"),
    ("entre 100 et 200 millions de dollars", "entre 100 et 200 millions de dollars", 1e8, "USD", None, 2e8, "range"),
    ("plusieurs millions de dollars", "plusieurs millions de dollars", 1e6, "USD", "several", 1e7, "several"),
    ("un budget de 20 MDH", "20 MDH", 2e7, "MAD", None, None, "mdh"),
    ("1,5 MMDH", "1,5 MMDH", 1.5e9, "MAD", None, None, "mmdh"),
    ("2 Md€", "2 Md€", 2e9, "EUR", None, None, "md-euro"),
    ("un dollar symbolique", "un dollar", 1, "USD", None, None, "spelled-un"),
    ("une centaine de millions d'euros", "une centaine de millions d'euros", 1e8, "EUR", "approx", None, "une-centaine"),
]


def test_ambiguous_currency() -> None:
    (e,) = find_money("soit 1 300 milliards de dinars.")
    assert e.text == "1 300 milliards de dinars" and e.value["amount"] == pytest.approx(1.3e12)
    assert e.value["currency"] is None and e.attrs["currency_text"] == "dinars"


@pytest.mark.parametrize(
    "text, span, amount, currency, qualifier, amount_max",
    [pytest.param(*c[:-1], id=c[-1]) for c in MONEY_CASES],
)
def test_money(text: str, span: str, amount: float, currency: str, qualifier: str | None,
               amount_max: float | None) -> None:
    (e,) = find_money(text)
    assert e.text == span and text[e.start : e.end] == span
    assert (e.label, e.kind, e.source) == ("MONEY", "money", "pattern")
    assert e.value["amount"] == pytest.approx(amount)
    assert e.value["currency"] == currency
    assert e.value["qualifier"] == qualifier
    if amount_max is None:
        assert e.value["amount_max"] is None
    else:
        assert e.value["amount_max"] == pytest.approx(amount_max)


@pytest.mark.parametrize(
    "text",
    ["Les DH sont là.", "le dollar américain", "des dollars", "la loi n° 66.23", "le 13 août 2021", "trois lanceurs"],
    ids=["code-alone", "le-dollar", "no-amount", "numero", "date", "count"],
)
def test_not_money(text: str) -> None:
    assert find_money(text) == []


def test_indian_scales() -> None:
    from frdefnlp.patterns import find_money

    text = "Le contrat de 50.000 crores de roupies couvre 26 appareils."
    (m,) = find_money(text)
    assert (m.text, m.value["amount"], m.value["currency"]) == (
        "50.000 crores de roupies", 5e11, "INR")
    assert text[m.start:m.end] == m.text
