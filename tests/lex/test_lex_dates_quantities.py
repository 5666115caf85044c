"""DATE and QUANTITY taggers: exact normalised values, with and without a document date."""

from __future__ import annotations

import pytest

from frdefnlp.errors import InputTypeError, InputValueError
from frdefnlp.patterns import find_dates, find_quantities, parse_doc_date

D = "2021-11-25"  # a Thursday

# text, doc_date, span, kind, iso, precision, end, resolved, extra (subset of value)
DATE_CASES = [
    ("les 24 et 25 novembre prochains", D, "24 et 25 novembre prochains", "date_range", "2021-11-24", "day", "2021-11-25", True, {}, "range-prochains"),
    ("les 24 et 25 novembre prochains", None, "24 et 25 novembre prochains", "date_range", None, "day", None, False, {"month": 11, "day": 24}, "range-no-doc-date"),
    ("du lundi 22 au mercredi 24 novembre 2021", None, "lundi 22 au mercredi 24 novembre 2021", "date_range", "2021-11-22", "day", "2021-11-24", True, {}, "range-du-au"),
    ("du 30 décembre au 2 janvier", "2021-12-20", "30 décembre au 2 janvier", "date_range", "2021-12-30", "day", "2022-01-02", True, {}, "range-over-new-year"),
    ("arrivé mardi 23 novembre au soir", "2021-11", "mardi 23 novembre", "date", "2021-11-23", "day", None, True, {}, "weekday-day-month"),
    ("arrivé mardi 23 novembre au soir", "2022-02", "mardi 23 novembre", "date", "2021-11-23", "day", None, True, {}, "weekday-picks-year"),
    ("Réuni le jeudi 14 novembre,", "2022-07-19", "jeudi 14 novembre", "date", "2024-11-14", "day", None, True, {}, "weekday-picks-later-year"),
    ("arrivé mardi 23 novembre au soir", None, "mardi 23 novembre", "date", None, "day", None, False, {"month": 11, "day": 23}, "no-doc-date"),
    ("en novembre 2021, un accord", None, "novembre 2021", "date", "2021-11", "month", None, True, {}, "month-year"),
    ("19 juillet 2022 - 18h20", None, "19 juillet 2022", "date", "2022-07-19", "day", None, True, {}, "full-date"),
    ("le 1er mars 2022", None, "1er mars 2022", "date", "2022-03-01", "day", None, True, {}, "premier"),
    ("Début août, une délégation", "2025-09-10", "Début août", "date", "2025-08", "part_of_month", None, True, {"part": "early"}, "debut-aout"),
    ("Début août, une délégation", None, "Début août", "date", None, "part_of_month", None, False, {"part": "early", "month": 8}, "debut-aout-unresolved"),
    ("à la mi-août", D, "mi-août", "date", "2021-08", "part_of_month", None, True, {"part": "mid"}, "mi-aout"),
    ("fin novembre 2021", None, "fin novembre 2021", "date", "2021-11", "part_of_month", None, True, {"part": "late"}, "fin-novembre"),
    ("a confié le 13 août à Yabiladi", "2025-09-10", "13 août", "date", "2025-08-13", "day", None, True, {}, "le-13-aout"),
    ("a confié le 13 août à Yabiladi", None, "13 août", "date", None, "day", None, False, {"month": 8, "day": 13}, "le-13-aout-unresolved"),
    ("le 28 décembre", "2022-01-03", "28 décembre", "date", "2021-12-28", "day", None, True, {}, "nearest-year"),
    ("En mars dernier, une autre", "2025-09-10", "mars dernier", "date", "2025-03", "month", None, True, {}, "mars-dernier"),
    ("En mars, les deux pays", "2022-07-19", "mars", "date", "2022-03", "month", None, True, {}, "en-mars"),
    ("En mars, les deux pays", "2022-02-19", "mars", "date", "2021-03", "month", None, True, {}, "en-mars-before-doc"),
    ("signée en décembre dernier.", D, "décembre dernier", "date", "2020-12", "month", None, True, {}, "decembre-dernier"),
    ("en novembre dernier", D, "novembre dernier", "date", "2020-11", "month", None, True, {}, "same-month-dernier"),
    ("en mars prochain", D, "mars prochain", "date", "2022-03", "month", None, True, {}, "mars-prochain"),
    ("au Maroc la semaine prochaine", D, "la semaine prochaine", "relative", "2021-11-29", "week", "2021-12-05", True, {}, "semaine-prochaine"),
    ("au Maroc la semaine prochaine", None, "la semaine prochaine", "relative", None, "week", None, False, {}, "semaine-prochaine-unresolved"),
    ("au Maroc la semaine prochaine", "2021-11", "la semaine prochaine", "relative", None, "week", None, False, {}, "semaine-needs-day"),
    ("au début du mois dernier", D, "début du mois dernier", "relative", "2021-10", "part_of_month", None, True, {"part": "early"}, "debut-mois-dernier"),
    ("le mois dernier", "2022-01-10", "le mois dernier", "relative", "2021-12", "month", None, True, {}, "mois-dernier"),
    ("cette année", D, "cette année", "relative", "2021", "year", None, True, {}, "cette-annee"),
    ("l'année prochaine", D, "l'année prochaine", "relative", "2022", "year", None, True, {}, "annee-prochaine"),
    ("l’an dernier", D, "l’an dernier", "relative", "2020", "year", None, True, {}, "an-dernier"),
    ("hier", D, "hier", "relative", "2021-11-24", "day", None, True, {}, "hier"),
    ("relations en 2020 sous l'égide", None, "2020", "date", "2020", "year", None, True, {}, "en-2020"),
    ("de 2019 à 2021", None, "de 2019 à 2021", "date_range", "2019", "year", "2021", True, {}, "year-range"),
    ("au Maroc depuis lundi pour", "2022-07-19", "lundi", "relative", "2022-07-18", "day", None, True, {}, "depuis-lundi"),
    ("s'entretenir mercredi avec", "2021-11-23", "mercredi", "relative", "2021-11-24", "day", None, True, {}, "weekday-nearest-future"),
    ("lundi dernier", "2021-11-22", "lundi dernier", "relative", "2021-11-15", "day", None, True, {}, "weekday-dernier-strict"),
    ("lundi prochain", D, "lundi prochain", "relative", "2021-11-29", "day", None, True, {}, "weekday-prochain"),
    ("lundi", None, "lundi", "relative", None, "day", None, False, {"weekday": 0}, "weekday-unresolved"),
    ("prévue entre juillet et septembre 2024.", None, "entre juillet et septembre 2024", "date_range", "2024-07", "month", "2024-09", True, {}, "month-range"),
    ("de décembre à février", D, "de décembre à février", "date_range", "2020-12", "month", "2021-02", True, {}, "month-range-doc-year"),
    ("au printemps 2021 un lot", None, "printemps 2021", "date", "2021", "year", None, True, {"season": "spring"}, "season"),
    ("Il y a deux ans, le Maroc", "2022-11-02", "Il y a deux ans", "relative", "2020", "year", None, True, {}, "il-y-a"),
    ("dans trois jours", D, "dans trois jours", "relative", "2021-11-28", "day", None, True, {}, "dans-jours"),
    ("il y a 3 semaines", D, "il y a 3 semaines", "relative", "2021-11-01", "week", "2021-11-07", True, {}, "il-y-a-semaines"),
    ("2021-11-25", None, "2021-11-25", "date", "2021-11-25", "day", None, True, {}, "iso"),
    ("date 2021-11 À", None, "2021-11", "date", "2021-11", "month", None, True, {}, "iso-month"),
    ("25/11/2021", None, "25/11/2021", "date", "2021-11-25", "day", None, True, {}, "slashes"),
    ("le 25 - 11 - 2021", None, "25 - 11 - 2021", "date", "2021-11-25", "day", None, True, {}, "spaced-dashes"),
    ("November 24, 2021", None, "November 24, 2021", "date", "2021-11-24", "day", None, True, {}, "english"),
]


@pytest.mark.parametrize(
    "text, doc_date, span, kind, iso, precision, end, resolved, extra",
    [pytest.param(*c[:-1], id=c[-1]) for c in DATE_CASES],
)
def test_dates(text: str, doc_date: str | None, span: str, kind: str, iso: str | None,
               precision: str, end: str | None, resolved: bool, extra: dict) -> None:
    (e,) = find_dates(text, doc_date=doc_date)
    assert (e.text, text[e.start : e.end]) == (span, span)
    assert (e.label, e.kind, e.source) == ("DATE", kind, "pattern")
    v = e.value
    assert (v["iso"], v["precision"], v["end"], v["resolved"]) == (iso, precision, end, resolved)
    for k, x in extra.items():
        assert v[k] == x


@pytest.mark.parametrize(
    "text",
    ["la planète Mars", "en Mars", "de 2000 soldats", "le 31 février 2021", "1.2.21", "la loi 66.23", "45/13/2021"],
    ids=["mars-planet", "en-Mars-capital", "count-not-year", "invalid-day", "version", "law-number", "invalid-month"],
)
def test_not_dates(text: str) -> None:
    assert find_dates(text, doc_date=D) == []


@pytest.mark.parametrize(
    "doc_date, expected",
    [("2021-11-25", (2021, 11, 25)), ("2021-11", (2021, 11, None)), ("2021", (2021, None, None)),
     ("2021-11-25T10:00:00Z", (2021, 11, 25)), (None, None)],
    ids=["day", "month", "year", "datetime", "none"],
)
def test_parse_doc_date(doc_date: str | None, expected: tuple | None) -> None:
    assert parse_doc_date(doc_date) == expected


@pytest.mark.parametrize("doc_date", ["hier", "2021-13", "2021-02-30", "25/11/2021"])
def test_bad_doc_date(doc_date: str) -> None:
    with pytest.raises(InputValueError):
        find_dates("le 13 août", doc_date=doc_date)


def test_doc_date_type() -> None:
    with pytest.raises(InputTypeError):
        find_dates("le 13 août", doc_date=20211125)  # type: ignore[arg-type]


# --------------------------------------------------------------------------------------------
# QUANTITY
# --------------------------------------------------------------------------------------------
# text, span, kind, value, value_max, unit, noun, qualifier
Q_CASES = [
    ("et trois lanceurs équipés", "trois lanceurs", "count", 3, None, None, "lanceurs", None, "seed-trois-lanceurs"),
    ("chacun de 20 missiles d'interception.", "20 missiles", "count", 20, None, None, "missiles", None, "seed-20-missiles"),
    ("d'une distance de 4 à 70 km.", "de 4 à 70 km", "range", 4, 70, "km", None, None, "seed-range-km"),
    ("une ville de 100.000 habitants.", "100.000 habitants", "count", 100000, None, None, "habitants", None, "seed-habitants"),
    ("une visite de travail de trois jours.", "trois jours", "duration", 3, None, "day", "jours", None, "seed-trois-jours"),
    ("sont passés à 34 %.", "34 %", "percentage", 34, None, "%", None, None, "seed-percent"),
    ("une hausse de 20%.", "20%", "percentage", 20, None, "%", None, None, "percent-glued"),
    ("12 pour cent", "12 pour cent", "percentage", 12, None, "%", None, None, "pour-cent"),
    ("une portée de 70 km.", "70 km", "distance", 70, None, "km", None, None, "distance"),
    ("à 150 kilomètres de", "150 kilomètres", "distance", 150, None, "km", None, None, "kilometres"),
    ("entre 10 et 20 km", "entre 10 et 20 km", "range", 10, 20, "km", None, None, "range-entre"),
    ("douze drones", "douze drones", "count", 12, None, None, "drones", None, "spelled-douze"),
    ("vingt-deux drones", "vingt-deux drones", "count", 22, None, None, "drones", None, "spelled-compound"),
    ("deux nouveaux accords", "deux nouveaux accords", "count", 2, None, None, "accords", None, "adjective"),
    ("trois F-16", "trois F-16", "count", 3, None, None, "F-16", None, "designation-noun"),
    ("3 millions de personnes", "3 millions de personnes", "count", 3e6, None, None, "personnes", None, "scaled-count"),
    ("plus de 100 soldats", "100 soldats", "count", 100, None, None, "soldats", "more_than", "qualifier"),
    ("des dizaines d'opérations", "des dizaines d'opérations", "count", 10, 100, None, "opérations", "tens_of", "vague"),
    ("un an après", "un an", "duration", 1, None, "year", "an", None, "un-an"),
    ("selon Bruno 3 drones", "3 drones", "count", 3, None, None, "drones", None, "word-ending-in-no"),
    ("100 000 soldats", "100 000 soldats", "count", 100000, None, None, "soldats", None, "space-thousands"),
]


@pytest.mark.parametrize(
    "text, span, kind, value, value_max, unit, noun, qualifier",
    [pytest.param(*c[:-1], id=c[-1]) for c in Q_CASES],
)
def test_quantities(text: str, span: str, kind: str, value: float, value_max: float | None,
                    unit: str | None, noun: str | None, qualifier: str | None) -> None:
    (e,) = find_quantities(text)
    assert (e.text, text[e.start : e.end]) == (span, span)
    assert (e.label, e.kind, e.source) == ("QUANTITY", kind, "pattern")
    v = e.value
    assert v["value"] == pytest.approx(value)
    assert v["value_max"] == (None if value_max is None else pytest.approx(value_max))
    assert (v["unit"], v["noun"], v["qualifier"]) == (unit, noun, qualifier)


@pytest.mark.parametrize(
    "text",
    ["relations en 2020 sous l'égide", "les 24 et 25 novembre", "un radar de détection", "plusieurs drones",
     "la loi n° 66.23", "le No. 4 chars", "à 18h20", "la 6e session", "500 millions de dollars", "70 km/h", "Un jour, je réunirai"],
    ids=["year", "date", "article-un", "plusieurs", "numero", "numero-en", "time", "ordinal", "money", "speed", "idiom"],
)
def test_not_quantities(text: str) -> None:
    assert find_quantities(text) == []


@pytest.mark.parametrize("text, surface, start_year, end_year", [
    ("Ces navires datent des années 1970.", "années 1970", "1970", "1979"),
    ("Depuis les années 2000, le pays achète.", "années 2000", "2000", "2009"),
])
def test_decades(text: str, surface: str, start_year: str, end_year: str) -> None:
    from frdefnlp.patterns import find_dates

    (d,) = find_dates(text, doc_date="2024-05-01")
    assert (d.text, d.kind, d.value["iso"], d.value["end"]) == (surface, "date_range", start_year, end_year)
    assert text[d.start:d.end] == d.text


def test_a_year_before_a_count_does_not_hide_it() -> None:
    from frdefnlp.patterns import find_quantities

    text = "La garde avait reçu en 2022 six vedettes rapides."
    assert [q.text for q in find_quantities(text)] == ["six vedettes"]


@pytest.mark.parametrize("text, surface, value", [
    ("au début des années 2020", "début des années 2020", ("2020", "2029", "early")),
    ("la fin des années 1990", "fin des années 1990", ("1990", "1999", "late")),
])
def test_parts_of_decades(text: str, surface: str, value: tuple) -> None:
    from frdefnlp.patterns import find_dates

    (d,) = find_dates(text)
    assert (d.text, (d.value["iso"], d.value["end"], d.value["part"])) == (surface, value)


@pytest.mark.parametrize("text, surface", [
    ("des Mi-28NE livrés à partir de 2016.", "2016"),
    ("Le plafond était de 119,7 MMDH l'année précédente.", "l'année précédente"),
])
def test_more_year_cues_and_relative_years(text: str, surface: str) -> None:
    from frdefnlp.patterns import find_dates

    assert [d.text for d in find_dates(text, doc_date="2025-03-01")] == [surface]


@pytest.mark.parametrize("text, surface, kind, lo, hi", [
    ("au rythme de quatre à six avions par an", "quatre à six avions", "range", 4.0, 6.0),
    ("10 ou 12 drones", "10 ou 12 drones", "range", 10.0, 12.0),
    ("près d'un million d'heures de travail", "un million d'heures", "duration", 1e6, None),
])
def test_count_ranges_and_scaled_durations(text, surface, kind, lo, hi) -> None:
    from frdefnlp.patterns import find_quantities

    (q,) = find_quantities(text)
    assert (q.text, q.kind, q.value["value"], q.value["value_max"]) == (surface, kind, lo, hi)
    assert text[q.start:q.end] == q.text


def test_vague_counts_are_candidates_not_entities() -> None:
    from frdefnlp import tag
    from frdefnlp.patterns import find_quantities

    text = "Des dizaines d'opérations et trois lanceurs."
    assert [q.attrs.get("vague") for q in find_quantities(text)] == [True, None]
    doc = tag(text)
    assert [e.text for e in doc.entities if e.label == "QUANTITY"] == ["trois lanceurs"]
    assert [c.text for c in doc.candidates if c.attrs.get("vague")] == ["Des dizaines d'opérations"]
