"""frdefnlp.clean: seeds, structure, bad input, offsets, CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import frdefnlp
from frdefnlp.boilerplate import REASONS, CleanOptions, clean
from frdefnlp.boilerplate.pages import load_page
from frdefnlp.errors import InputTypeError, InputValueError

ROOT = Path(__file__).resolve().parents[2]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
SEED_PAGES = sorted((ROOT / "resources" / "boilerplate" / "pages").glob("seed-*.json"))


def seed(prefix: str) -> str:
    (path,) = [p for p in SEEDS if p.name.startswith(prefix)]
    return path.read_text(encoding="utf-8")


def assert_offsets(r: frdefnlp.CleanResult) -> None:
    """Segments point into raw; every kept character of text maps back to raw."""
    pos = 0
    for s in r.segments:
        assert r.raw[s.start:s.end] == s.text
        assert s.start >= pos and s.end > s.start
        assert s.text == s.text.strip() or not s.text.strip(" \t\n\r\u00a0")
        pos = s.end
        assert (s.reason is None) == s.kept
        assert s.reason is None or s.reason in REASONS
    # Raw between two segments is blank (segments cover every non-blank character).
    covered = bytearray(len(r.raw))
    for s in r.segments:
        covered[s.start:s.end] = b"\x01" * (s.end - s.start)
    assert all(covered[i] or r.raw[i].isspace() or r.raw[i] in "\u200b\ufeff" for i in range(len(r.raw)))
    for i, ch in enumerate(r.text):
        j = r.to_raw(i)
        assert 0 <= j <= len(r.raw)
        if not ch.isspace() and r.raw[j] == ch:
            continue
        # A repaired character (entity, tag) maps to the start of what it replaced.
        assert ch.isspace() or r.raw[j] in "&<", (i, ch, r.raw[j:j + 10])


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name[:3])
def test_seed_offsets(path: Path) -> None:
    assert_offsets(clean(path.read_text(encoding="utf-8")))


@pytest.mark.parametrize("path", SEED_PAGES, ids=lambda p: p.stem)
def test_seed_pages_assemble_to_the_seed_files(path: Path) -> None:
    page = load_page(path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert page.raw == (ROOT / "seeds" / data["seed"]).read_text(encoding="utf-8")


def test_seed_003_structure_and_metadata() -> None:
    r = clean(seed("003"))
    assert r.metadata.date == "2022-07-19"
    assert r.metadata.author == "P. A"
    assert r.metadata.title == "Le Maroc et Israël font le point de leur coopération militaire"
    assert r.text.startswith(r.metadata.title + "\n\n")
    reasons = {s.text[:25]: s.reason for s in r.segments}
    assert reasons["Aller plus loin"] == "related_heading"
    assert reasons["Ces articles devraient vo"] == "related_heading"
    assert reasons["Sujets associés : Coopéra"] == "tags"
    assert reasons["Bladi.net sur WhatsApp Su"] == "share"
    assert reasons["À lire\u00a0: Le chef d’état-m"] == "read_more"
    assert [s.reason for s in r.segments].count("related") == 24
    # every body paragraph, the quote included, is kept
    for para in ("«\u00a0L’un des sujets", "Le Maroc s’est procuré plusieurs drones kamikazes",
                 "Le Maroc a négocié un accord pour ouvrir"):
        assert para in r.text
    assert "Ces articles devraient" not in r.text and "Suivez" not in r.text


def test_seed_001_ticker_headlines_and_languages() -> None:
    r = clean(seed("001"))
    ticker = [s for s in r.segments if s.reason == "ticker"]
    assert len(ticker) == 48
    assert [s.lang for s in ticker].count("es") == 2
    assert [s.lang for s in ticker].count("fr") == 46
    assert {s.text for s in ticker if s.lang == "es"} == {
        "Inundaciones: -10% en la producción de frutos rojos en Marruecos",
        "La CAF remite el expediente de los incidentes del partido entre Al Ahly y AS FAR al comité disciplinario.",
    }
    assert r.metadata.date == "2021-11-25" and r.metadata.source == "Hespress"
    assert r.metadata.title == "Visite de Benny Gantz : Ce que le Maroc a acheté à Israël"
    assert "Merci d'avoir signalé" not in r.text
    assert "Cliquez ici" not in r.text
    assert r.text.endswith(seed("001").split("\n")[23])


def test_seed_002_date_prefix_split_off() -> None:
    raw = seed("002")
    r = clean(raw)
    assert r.metadata.date == "2021-11"
    assert r.text.startswith("À quelques jours du premier anniversaire")
    assert r.segments[0].text == "date 2021-11" and r.segments[0].reason == "byline"
    assert "Un accord de coopération sécuritaire" in r.text  # a sub-heading is article text
    assert r.metadata.title is None


@pytest.mark.parametrize("prefix", ["000", "004"])
def test_clean_article_comes_back_unchanged(prefix: str) -> None:
    raw = seed(prefix)
    r = clean(raw)
    assert r.text == raw.strip()
    assert r.removed == ()


def test_multi_paragraph_clean_article_unchanged() -> None:
    raw = ("Le Maroc réceptionne ses hélicoptères Apache\n\n"
           "Les Forces armées royales ont reçu mardi les six premiers AH-64E commandés en 2020.\n\n"
           "« C'est une étape », a déclaré un officier.\n"
           "La livraison des autres appareils est attendue l'an prochain.")
    assert clean(raw).text == raw


@pytest.mark.parametrize(
    ("value", "fragment"),
    [(None, "got None"), (b"Rabat", 'data.decode("utf-8")'), (bytearray(b"x"), "bytearray"), (42, "got int")],
    ids=["none", "bytes", "bytearray", "int"],
)
def test_bad_input_types(value: object, fragment: str) -> None:
    with pytest.raises(InputTypeError, match="raw must be str") as exc:
        clean(value)  # type: ignore[arg-type]
    assert fragment in str(exc.value)
    assert isinstance(exc.value, TypeError)


@pytest.mark.parametrize("raw", ["", "   ", "\n\n\r\n", "\u00a0\u00a0"], ids=["empty", "spaces", "newlines", "nbsp"])
def test_blank_input_gives_empty_result(raw: str) -> None:
    r = clean(raw)
    assert r.text == "" and r.segments == () and r.metadata.date is None


def test_bad_options() -> None:
    with pytest.raises(InputValueError):
        CleanOptions(remove_threshold=1.5)
    with pytest.raises(InputValueError):
        clean("Texte.", languages=())
    with pytest.raises(InputValueError):
        clean("Texte.", languages=("french!",))
    with pytest.raises(InputTypeError):
        clean("Texte.", options={"remove_threshold": 0.5})  # type: ignore[arg-type]


LEFTOVERS = (
    "Rabat&nbsp;: l&#8217;armée reçoit ses drones\r\n\r\n"
    "<p class=\"chapo\">Les Forces armées royales ont réceptionné\tun lot de drones Bayraktar TB2 "
    "a\u200bnnoncé mardi le ministère&nbsp;; la livraison &amp; la formation<br>se poursuivent.</p>\r\n"
    "\r\n<div>\r\n"
    "Le contrat, signé en 2021, porte sur douze appareils et leurs stations au sol.\x07\r\n"
)


def test_html_and_control_leftovers_are_repaired_with_offsets() -> None:
    r = clean(LEFTOVERS)
    assert_offsets(r)
    assert "&nbsp;" not in r.text and "<p" not in r.text and "<br>" not in r.text and "\u200b" not in r.text
    assert "\r" not in r.text and "\t" not in r.text and "\x07" not in r.text
    assert "l’armée reçoit" in r.text
    assert "annoncé mardi le ministère\u00a0; la livraison & la formation se poursuivent." in r.text
    assert "douze appareils et leurs stations au sol." in r.text
    markup = [s for s in r.segments if s.reason == "markup"]
    assert [s.text for s in markup] == ["<div>"]
    i = r.text.index("Bayraktar")
    s, e = r.raw_span(i, i + len("Bayraktar TB2"))
    assert r.raw[s:e] == "Bayraktar TB2"


def test_body_text_that_looks_like_furniture_is_kept() -> None:
    raw = (
        "Drones : Rabat mise sur la production locale\n\n"
        "Lire entre les lignes du budget 2025 suffit : la défense marocaine change d'échelle, avec des "
        "crédits en hausse pour l'entretien des appareils et la formation des équipages.\n\n"
        "Les militaires ont suivi l'exercice sur WhatsApp, a raconté un officier, car le réseau radio "
        "était saturé pendant les manœuvres de la semaine dernière.\n\n"
        "Suivez Le360 sur WhatsApp"
    )
    r = clean(raw)
    assert "Lire entre les lignes" in r.text
    assert "sur WhatsApp, a raconté" in r.text
    assert not r.text.endswith("WhatsApp")


def test_languages_parameter_controls_foreign_paragraphs() -> None:
    raw = (
        "Le Maroc et l'Espagne renforcent leur coopération\n\n"
        "Les deux pays ont tenu mardi à Rabat une réunion consacrée à la sécurité des frontières et à la "
        "lutte contre le terrorisme, selon un communiqué du ministère.\n\n"
        "El Gobierno de España ha confirmado que la reunión se celebrará de nuevo el próximo año en Madrid "
        "con los responsables de los dos ministerios."
    )
    fr_only = clean(raw)
    assert "El Gobierno" not in fr_only.text
    assert [s.reason for s in fr_only.segments][-1] == "language"
    both = clean(raw, languages=("fr", "es"))
    assert "El Gobierno de España" in both.text


def test_related_block_in_the_middle_of_the_article_gives_the_article_back() -> None:
    raw = "\n\n".join([
        "Rabat reçoit ses premiers Apache",
        "Les Forces armées royales ont réceptionné mardi six hélicoptères AH-64E à Marrakech.",
        "Le contrat, approuvé par Washington en 2019, porte sur vingt-quatre appareils.",
        "Sur le même sujet",
        "Le Maroc commande des HIMARS",
        "Les équipages seront formés aux États-Unis pendant plusieurs mois, selon l'état-major.",
        "Les six autres appareils sont attendus au printemps prochain à la base de Marrakech.",
        "La livraison complète doit s'achever avant la fin de l'année 2025.",
    ])
    r = clean(raw)
    for para in ("Les équipages seront formés", "Les six autres appareils", "La livraison complète"):
        assert para in r.text
    assert "Sur le même sujet" not in r.text


def test_paragraphs_glued_by_blanks_are_not_a_ticker() -> None:
    paras = ["Les FAR ont reçu mardi six hélicoptères.", "La livraison était attendue depuis 2020.",
             "Six autres appareils suivront l'an prochain.", "Le contrat inclut la formation des équipages."]
    raw = "\u00a0\u00a0\u00a0\u00a0".join(paras)
    r = clean(raw)
    assert not [s for s in r.segments if s.reason == "ticker"]
    assert all(p in r.text for p in paras)


def test_article_in_another_language_is_kept_not_dropped() -> None:
    raw = ("Marruecos compra drones turcos\n\n"
           "El Ministerio de Defensa de Marruecos ha adquirido un nuevo lote de drones fabricados por "
           "la empresa turca Baykar, según fuentes del sector. La entrega se realizará el próximo año.\n\n"
           "Los drones se desplegarán en el sur del país.\n\n"
           "Suivez Le360 sur WhatsApp")
    r = clean(raw)  # languages=("fr",) by default
    assert "El Ministerio de Defensa" in r.text and "Los drones se desplegarán" in r.text
    assert all(s.doubtful for s in r.segments if s.kept and s.lang == "es" and len(s.text) > 40)
    assert [s.reason for s in r.segments][-1] == "share"


def test_huge_input_runs_and_keeps_everything() -> None:
    para = ("Les Forces armées royales ont reçu un nouveau lot de véhicules blindés, a indiqué mardi "
            "l'état-major, qui prévoit d'autres livraisons l'an prochain.")
    raw = "\n\n".join(f"{para} ({i})" for i in range(20_000))  # ~3 MB
    r = clean(raw, options=CleanOptions(use_classifier=True))
    assert r.text.count("Forces armées royales") == 20_000
    one_line = ("x " * 1_000_000)  # 2 MB on one line, no separators
    assert clean(one_line).segments[0].end == len(one_line.rstrip())


def test_cli_text_and_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from frdefnlp.cli import main

    path = SEEDS[3]
    assert main(["clean", str(path)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Le Maroc et Israël font le point")
    assert "Aller plus loin" not in out
    assert main(["clean", "--json", str(path)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["metadata"]["date"] == "2022-07-19"
    assert {s["reason"] for s in data["segments"]} >= {"related", "share", "tags", "byline"}
    bad = tmp_path / "latin1.txt"
    bad.write_bytes("Défense".encode("latin-1"))
    assert main(["clean", str(bad)]) == 1
    assert "not UTF-8" in capsys.readouterr().err


def test_top_level_export() -> None:
    assert frdefnlp.clean is clean
    assert frdefnlp.CleanOptions is CleanOptions
