"""The article's title survives furniture that looks like it; captions with no credit go.

``tests/clean/titles/`` holds pages written here (never trained on) in the layouts of the
French-language press of the Maghreb, the Sahel, West Africa, France, Belgium, Switzerland,
Quebec and Lebanon, each with a hard title placement: after a list of "Topic : headline"
lines (French or Spanish), under a breadcrumb ending in the title, in capitals below a
look-alike headline, printed twice (also as a question or an exclamation), in a share block
("Partager : <title>"), holding a date, followed by a standfirst or a caption with no full
stop, as the last item of a list of teasers. Captions carry no credit word ("Le ministre lors
de la cérémonie, mardi à Bamako.") and bylines name a correspondent.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from frdefnlp import clean
from frdefnlp.boilerplate.evaluate import score_page
from frdefnlp.boilerplate.kinds import caption_scene, caption_shaped
from frdefnlp.boilerplate.pages import load_page
from frdefnlp.boilerplate.rules import furniture_reason, parse_byline

PAGES = sorted((Path(__file__).parent / "titles").glob("*.json"))


@pytest.fixture(scope="module")
def scores() -> dict[str, object]:
    return {p.stem: score_page(load_page(p)) for p in PAGES}


def test_title_set_size() -> None:
    assert len(PAGES) >= 30


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.stem)
def test_no_title_or_body_line_lost(path: Path, scores: dict[str, object]) -> None:
    s = scores[path.stem]
    assert s.lost == (), s.lost  # type: ignore[attr-defined]


def test_title_set_means(scores: dict[str, object]) -> None:
    vals = list(scores.values())
    assert sum(s.precision for s in vals) / len(vals) >= 0.98  # type: ignore[attr-defined]
    titles = [s.metadata_ok["title"] for s in vals]  # type: ignore[attr-defined]
    assert sum(titles) / len(titles) >= 0.95
    dates = [s.metadata_ok["date"] for s in vals]  # type: ignore[attr-defined]
    assert all(dates)


@pytest.mark.parametrize("text", [
    "Le ministre lors de la cérémonie, mardi à Bamako.",
    "Des fusiliers marins débarquent sur la plage, jeudi près de Tan-Tan.",
    "Le bâtiment quittant la rade de Toulon, lundi matin.",
    "Un avion de combat lors d'une démonstration à Payerne, l'été dernier.",
    "Des soldats à un poste de contrôle près de la frontière, lundi.",
    "Une vedette à l'entrée du port, à Dakar, le 3 mai.",
    "Le général Moussa Traoré, chef d'état-major général des armées.",
    "Le ministre (à droite) et son homologue nigérien, mardi à Niamey",
    "Assimi Goïta (au centre) lors du défilé",
])
def test_caption_shapes(text: str) -> None:
    assert caption_shaped(text)


@pytest.mark.parametrize("text", [
    "Le ministre a inauguré la base, mardi à Bamako.",
    "Le président est arrivé à Dakar, mardi.",
    "Les combats ont repris dans la région, mardi soir.",
    "Le bilan s'alourdit, jeudi.",
    "Une décision est attendue d'ici deux ans.",
    "« Nous resterons », a-t-il dit, mardi à Gao.",
    "Les premiers avions doivent être livrés en 2027.",
    "Le Mali, pays enclavé, dépend de ses voisins.",
    "Moussa Traoré, le ministre, a démenti.",
])
def test_sentences_are_not_caption_shaped(text: str) -> None:
    assert not caption_shaped(text)


BODY = [
    "Le ministre de la Défense a présidé mardi à Bamako la cérémonie de remise de matériel aux "
    "Forces armées maliennes, en présence de plusieurs officiers supérieurs.",
    "Le lot comprend des véhicules blindés, des camions de transport et du matériel de transmission "
    "destinés aux unités engagées dans le centre du pays.",
    "Selon le ministère, d'autres livraisons sont prévues avant la fin de l'année pour équiper les "
    "nouvelles recrues.",
]
TITLE = "Les FAMa reçoivent de nouveaux véhicules blindés"


def _kept(lines: list[str]) -> tuple[list[str], str | None]:
    r = clean("\n\n".join(lines))
    return [s.text for s in r.segments if s.kept], r.metadata.title


def test_title_above_its_byline_beats_a_caption_with_no_full_stop() -> None:
    cap = "Le ministre de la Défense lors de la cérémonie de remise de matériel à Bamako"
    kept, title = _kept(["Accueil   Politique   Sécurité   Sport", TITLE, "Publié le 12 mars 2024", cap, *BODY])
    assert TITLE in kept and title == TITLE
    assert cap not in kept


def test_title_naming_its_scene_stays() -> None:
    t = "Des blindés présentés lors du défilé de Bamako"
    kept, title = _kept(["Accueil   Politique   Sécurité   Sport", t, "Publié le 12 mars 2024", *BODY])
    assert t in kept and title == t


@pytest.mark.parametrize("text,expected", [
    ("Le commandant lors de la remise des véhicules à Abidjan", True),
    ("Les soldats pendant la cérémonie de passation", True),
    ("Le ministre au cours de sa visite à la base de Kati.", True),
    ("Le commandant a parlé lors de la remise des véhicules", False),
    ("Le chef d'état-major remet les nouveaux véhicules aux unités lors de la cérémonie à Bamako.", False),
    ("Les blindés ont défilé lors de la fête nationale.", False),
])
def test_caption_scenes(text: str, expected: bool) -> None:
    assert caption_scene(text) is expected


def test_title_above_a_standfirst_with_no_full_stop() -> None:
    lede = "Des véhicules blindés et des camions remis aux Forces armées maliennes à Bamako"
    kept, title = _kept(["Accueil   Politique   Sécurité   Sport", TITLE, lede, "Publié le 12 mars 2024", *BODY])
    assert TITLE in kept and lede in kept and title == TITLE


@pytest.mark.parametrize("t", ["Que contient le lot de matériel remis aux FAMa ?", "Les FAMa reçoivent enfin leurs blindés !"])
def test_question_title_printed_twice_keeps_the_copy_next_to_the_text(t: str) -> None:
    r = clean("\n\n".join(["Accueil   Politique   Sécurité   Sport", t, "12/03/2024", t, *BODY]))
    copies = [s for s in r.segments if s.text == t]
    assert [s.kept for s in copies] == [False, True]
    assert r.metadata.title == t


def test_title_holding_a_date_is_not_a_date_line() -> None:
    t = "Remise de matériel du 12 mars 2024 aux FAMa"
    kept, title = _kept(["Accueil   Politique   Sécurité   Sport", t, "Publié le 12 mars 2024", *BODY])
    assert t in kept and title == t


def test_capital_title_below_a_look_alike_headline_stays() -> None:
    t = "MALI : LES FAMA REÇOIVENT DES BLINDÉS"
    kept, _ = _kept(["Accueil   Politique   Sécurité   Sport", "Défense : le ministre de la Défense en visite à Kati",
                     t, "Par Moussa Traoré", "12 mars 2024", *BODY])
    assert t in kept


def test_title_and_lede_at_the_end_of_a_headline_list() -> None:
    lede = "Le ministre a remis mardi des blindés aux unités du centre, une première depuis trois ans."
    kept, title = _kept(["Accueil", "Ségou : les riziculteurs en colère", "Kayes : la route enfin bitumée",
                         "Défense : les FAMa reçoivent de nouveaux véhicules blindés", lede, "12/03/2024", *BODY])
    assert "Défense : les FAMa reçoivent de nouveaux véhicules blindés" in kept and lede in kept
    assert "Ségou : les riziculteurs en colère" not in kept
    assert title == "Défense : les FAMa reçoivent de nouveaux véhicules blindés"


def test_caption_with_no_credit_goes_between_paragraphs_not_at_the_end() -> None:
    cap = "Les blindés alignés sur la place d'armes, mardi à Bamako."
    kept, _ = _kept([TITLE, "12/03/2024", BODY[0], cap, BODY[1], BODY[2]])
    assert cap not in kept and BODY[1] in kept
    # The article's only paragraph is never taken for a caption.
    last = "Les blindés alignés sur la place d'armes lors de la cérémonie officielle, mardi à Bamako."
    assert caption_shaped(last)
    kept, _ = _kept([TITLE, "12/03/2024", last])
    assert last in kept


def test_share_line_repeating_the_title() -> None:
    assert furniture_reason(f"Partager : {TITLE}") == "share"


@pytest.mark.parametrize("line,author", [
    ("De notre envoyé spécial à Sévaré, Oumar Keïta", "Oumar Keïta"),
    ("De notre correspondante permanente à Paris, Awa Ba", "Awa Ba"),
    ("Propos recueillis par Awa Diop", "Awa Diop"),
    ("Par Moussa Traoré, correspondant à Gao", "Moussa Traoré"),
    ("Moussa Traoré, correspondant à Gao", "Moussa Traoré"),
    ("Fatou Ndiaye, correspondante permanente à Dakar", "Fatou Ndiaye"),
    ("Envoyé spécial à Gao, Moussa Traoré", "Moussa Traoré"),
    ("Moussa Traoré, envoyé spécial", "Moussa Traoré"),
    ("Un article de Moussa Traoré", "Moussa Traoré"),
])
def test_correspondent_bylines(line: str, author: str) -> None:
    b = parse_byline(line)
    assert b is not None and b.author == author


@pytest.mark.parametrize("line", [
    "Amadou Ba, correspondant de guerre, a été blessé à Gao.",
    "Le Mali, correspondant à ses engagements",
    "Un article de presse a révélé que le Mali achète des drones.",
])
def test_sentences_are_not_correspondent_bylines(line: str) -> None:
    assert parse_byline(line) is None


@pytest.mark.parametrize("line", ["De notre correspondant à Mopti", "Par notre envoyée spéciale à Gao",
                                  "La rédaction avec agences"])
def test_nameless_correspondent_lines_go(line: str) -> None:
    r = clean("\n\n".join([TITLE, line, *BODY]))
    assert [s.kept for s in r.segments if s.text == line] == [False]


def test_title_over_a_photo_credit_stays() -> None:
    # The picture between the title and the text was not scraped; its credit was.
    r = clean("\n".join(["Accueil   Politique   Sécurité   Sport", TITLE, "Photo : DR", "12/03/2024", *BODY]))
    assert [s.kept for s in r.segments if s.text == TITLE] == [True]
    assert r.metadata.title == TITLE


def test_caption_over_a_photo_credit_below_the_title_goes() -> None:
    cap = "Le ministre de la Défense et les officiers devant les blindés"
    r = clean("\n".join(["Accueil   Politique   Sécurité   Sport", TITLE, "12/03/2024", cap, "Photo : DR", *BODY]))
    assert [s.kept for s in r.segments if s.text == cap] == [False]
    assert r.metadata.title == TITLE


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.stem)
def test_one_line_a_block_loses_nothing(path: Path) -> None:
    """The same pages with one newline between blocks (a scraper that keeps no blank lines)."""
    import json

    from frdefnlp.boilerplate.pages import assemble

    page = json.loads(path.read_text(encoding="utf-8"))
    page["joiner"] = "\n"
    s = score_page(assemble(page, where=str(path)))
    assert s.lost == (), s.lost


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.stem)
def test_title_in_capitals_loses_nothing(path: Path) -> None:
    """The same pages with the title in capitals (its language is judged in lower case)."""
    import json

    from frdefnlp.boilerplate.pages import assemble

    page = json.loads(path.read_text(encoding="utf-8"))
    t = page["metadata"]["title"]
    for block in page["blocks"]:
        if block["label"] == "title" or block.get("text") == t:
            block["text"] = block["text"].upper()
    s = score_page(assemble(page, where=str(path)))
    assert s.lost == (), s.lost
