"""Furniture kinds recognised by shape and generic vocabulary (frdefnlp.boilerplate.kinds) and
the decisions by place (frdefnlp.boilerplate.structure), on lines and pages written here."""

from __future__ import annotations

import pytest

from frdefnlp import clean
from frdefnlp.boilerplate.kinds import is_comments_heading, unit_kind

FURNITURE = [
    ("Un char lors d'un défilé à Alger. (Photo : DR)", "caption"),
    ("Une frégate au port de Brest, le 2 mai 2021. Crédit photo : Marine nationale", "caption"),
    ("Des soldats à l'entraînement (Crédit : armée de Terre)", "caption"),
    ("Le chef d'état-major à Dakar. © Jean Dupont / Agence", "caption"),
    ("Une vedette lors d'essais en mer. [AGENCE - JEAN DUPONT]", "caption"),
    ("Un blindé devant l'usine. | JOURNAL DU NORD", "caption"),
    ("Un drone au salon de Paris. AGENCE - JEAN DUPONT", "caption"),
    ("Photo d'archives : un hélicoptère sur le tarmac", "caption"),
    ("Un avion de patrouille maritime en vol. (Photo : constructeur)", "caption"),
    ("char-leclerc-defile.jpg", "media"),
    ("mon-image-du-jour", "media"),
    ("https://exemple.org/images/2024/06/char.webp", "media"),
    ("redaction@exemple.org", "media"),
    ("fbpx", "media"),
    ("exemple-defense.info", "site"),
    ("/", "symbol"),
    ("A  A  A", "symbol"),
    ("Lecture 3 min.", "symbol"),
    ("Casablanca 21°C", "symbol"),
    ("xyz/abc", "signature"),
    ("Par", "signature"),
    ("Le 3 avril 2024 à 09h15", "dateline"),
    ("Le Journal du Sahel   4 mai 2023 à 10:15", "dateline"),
    ("Économie   Il y a 2 heures", "dateline"),
    ("samedi, 3 février, 2024 à 10:01", "dateline"),
    ("14 h 05, le 2 mars 2024", "dateline"),
    ("08:15 Rabat : un nouveau tramway en service", "stamped"),
    ("12:02Monde - Ukraine: nouvel appel au cessez-le-feu", "stamped"),
    ("Climat : la sécheresse s'aggrave dans le sud — 02.03.2024", "stamped"),
    ("Dernière minute : Oran : incendie dans une usine textile", "stamped"),
    ("Cet article est réservé aux abonnés.", "prompt"),
    ("Il vous reste 55% de cet article à lire.", "prompt"),
    ("Abonnez-vous pour lire la suite", "prompt"),
    ("• Accédez à tous nos contenus en illimité", "prompt"),
    ("Je m'abonne   Je me connecte", "prompt"),
    ("Se connecter   Créer un compte", "prompt"),
    ("Recevez chaque matin l'essentiel de l'actu", "prompt"),
    ("Vous devez être connecté pour publier un commentaire.", "prompt"),
    ("Les commentaires sont soumis à l'approbation de la rédaction.", "prompt"),
    ("Déjà inscrit ? Connexion", "prompt"),
    ("Je ne suis pas un robot", "prompt"),
    ("Already a subscriber? Sign in", "prompt"),
    ("Suscríbete para seguir leyendo", "prompt"),
    ("L'article Un titre quelconque est apparu en premier sur Un Site.", "prompt"),
    ("Politique  |  Sénégal", "menu"),
    ("… pour une information indépendante sur la région. Notre site est gratuit, mais il a un coût.", "prompt"),
    ("Seule une partie des dépêches que l'agence envoie à ses clients est publiée sur ce site.", "prompt"),
]

ARTICLE = [
    "Le Maroc a reçu ses premiers drones.",
    "Le ministre a annoncé une offre de 12 drones au compte de l'armée.",
    "Le 12 mars 2024, le ministre a signé un accord avec son homologue.",
    "La Défense nationale commande 12 hélicoptères",
    "« Nous voulons un partenariat durable », a déclaré le ministre (AFP).",
    "Les abonnés du réseau de téléphonie militaire seront raccordés en 2026, selon le ministère.",
    "Rabat et Paris : une relation militaire renouvelée",
    "Le contrat couvre la formation, la maintenance et la fourniture de pièces pendant dix ans.",
    "Notre pays est prêt à défendre ses frontières, a déclaré le ministre devant les députés.",
]


@pytest.mark.parametrize(("text", "kind"), FURNITURE)
def test_furniture_kind(text: str, kind: str) -> None:
    k = unit_kind(text)
    assert k is not None and k.kind == kind, (text, k)


@pytest.mark.parametrize("text", ARTICLE)
def test_article_lines_have_no_kind(text: str) -> None:
    assert unit_kind(text) is None


def test_dateline_dates_and_comment_headings() -> None:
    assert unit_kind("Le 3 avril 2024 à 09h15").date == "2024-04-03"  # type: ignore[union-attr]
    assert unit_kind("Économie   Il y a 2 heures").date is None  # type: ignore[union-attr]
    assert is_comments_heading("Commentaires (3)")
    assert is_comments_heading("Laisser un commentaire")
    assert not is_comments_heading("Les commentaires du ministre ont surpris la presse.")


BODY = [
    "Les forces navales ont réceptionné mardi un patrouilleur construit dans un chantier local, au terme de deux ans de travaux.",
    "Le bâtiment, long de soixante mètres, assurera la surveillance des zones de pêche et la lutte contre la contrebande.",
    "Un second navire du même type doit être livré l'an prochain, selon le ministère.",
]


def _page(*parts: str) -> str:
    return "\n\n".join(parts)


def test_headline_runs_and_teasers_after_the_article_go_the_article_stays() -> None:
    raw = _page(
        "Le Veilleur", "Accueil   Nation   Monde   Sport",
        "La marine réceptionne un patrouilleur", "Publié le 3 juin 2024 à 10:12", *BODY,
        "Oran : ouverture du salon de l'automobile",
        "Les organisateurs attendent cent mille visiteurs pendant dix jours...",
        "Football : le derby reporté d'une semaine",
        "La ligue a invoqué des raisons de sécurité...",
        "Météo : retour de la pluie sur le littoral",
        "Des averses sont attendues dès jeudi soir...",
        "© Le Veilleur 2024",
    )
    r = clean(raw)
    assert r.text == _page("La marine réceptionne un patrouilleur", *BODY)
    assert r.metadata.title == "La marine réceptionne un patrouilleur"
    assert r.metadata.date == "2024-06-03"


def test_a_listing_page_has_no_article() -> None:
    raw = _page(
        "Le Veilleur", "Dernières actualités",
        "Oran : ouverture du salon de l'automobile",
        "Les organisateurs attendent cent mille visiteurs pendant dix jours au parc des expositions...",
        "Économie   Il y a 2 heures",
        "Défense : un patrouilleur livré à la marine",
        "Les forces navales ont réceptionné un patrouilleur construit dans un chantier local...",
        "Défense   Il y a 3 heures",
        "Football : le derby reporté d'une semaine",
        "La ligue a invoqué des raisons de sécurité pour repousser la rencontre au week-end suivant...",
        "Sport   Il y a 5 heures",
    )
    r = clean(raw)
    assert r.text == "" and r.metadata.date is None


def test_comments_paywall_and_captions_go_subheadings_and_last_short_sentence_stay() -> None:
    raw = _page(
        "La marine réceptionne un patrouilleur", "Par Jean Martin", "3 juin 2024",
        "Le patrouilleur à quai. (Photo : Marine)",
        BODY[0], "Une mission de surveillance", BODY[1], BODY[2],
        "Aucun montant n'a été communiqué.",
        "Cet article est réservé aux abonnés", "• Lisez tous nos articles", "• Consultez nos archives",
        "Déjà abonné ? Se connecter",
        "Commentaires (2)", "Karim22", "Encore un navire étranger, quand produirons-nous les nôtres ?",
        "Lectrice", "Bonne nouvelle pour nos pêcheurs.",
    )
    r = clean(raw)
    assert r.text == _page("La marine réceptionne un patrouilleur", BODY[0], "Une mission de surveillance",
                           BODY[1], BODY[2], "Aucun montant n'a été communiqué.")
    assert r.metadata.author == "Jean Martin"


def test_a_credit_alone_below_a_line_makes_it_a_caption_not_across_a_blank_line() -> None:
    caption = "Le ministre et son homologue devant un blindé sorti de l'usine, mardi 4 juin 2024."
    raw = _page("La marine réceptionne un patrouilleur", BODY[0], caption + "\n© Copyright : Agence", BODY[1], BODY[2])
    r = clean(raw)
    assert caption not in r.text and BODY[1] in r.text
    assert [s.reason for s in r.segments if s.text == caption] == ["caption"]
    raw2 = _page("La marine réceptionne un patrouilleur", BODY[0], BODY[1], "© Copyright : Agence", BODY[2])
    assert BODY[1] in clean(raw2).text


@pytest.mark.parametrize("line", [
    "Des chars lors d'un exercice près de Tindouf, le 2 mars 2024. PRÉNOM NOM / AGENCE",
    "Un avion de transport sur la base de Hamat. Photo d'archives AGENCE",
])
def test_captions_ending_with_an_upper_case_credit(line: str) -> None:
    k = unit_kind(line)
    assert k is not None and k.kind == "caption"


def test_a_name_alone_next_to_a_date_line_is_the_author() -> None:
    raw = _page("La marine réceptionne un patrouilleur", "Jean Martin", "3 juin 2024", *BODY)
    r = clean(raw)
    assert r.metadata.author == "Jean Martin" and r.metadata.date == "2024-06-03"
    assert "Jean Martin" not in r.text and r.text.startswith("La marine réceptionne un patrouilleur\n\n")


LIST = ["Le contrat comprend plusieurs volets :", "• la livraison de quatre patrouilleurs",
        "• la formation de deux équipages", "• dix ans de maintenance"]


@pytest.mark.parametrize("where", ["middle", "end"])
def test_a_list_inside_the_article_stays(where: str) -> None:
    body = [BODY[0], *LIST, BODY[1], BODY[2]] if where == "middle" else [*BODY, *LIST]
    raw = _page("Le Veilleur", "La marine réceptionne un patrouilleur", "3 juin 2024", *body,
                "Les plus lus", "Oran : ouverture du salon", "Sport : le derby reporté", "Tous droits réservés")
    assert clean(raw).text == _page("La marine réceptionne un patrouilleur", *body)


def test_a_credit_below_a_caption_removes_it_but_not_a_paragraph_of_the_report() -> None:
    """A credit alone below a piece makes the piece a caption, unless the piece reads as a
    paragraph of the report (long, with a tensed verb of reported news): a picture placed
    between two paragraphs takes only its own caption with it."""
    lead = ("La marine ivoirienne a réceptionné jeudi à Abidjan deux patrouilleurs côtiers "
            "commandés l'an dernier au chantier naval Kership, qui devrait en livrer un "
            "troisième avant décembre, d'après le ministère de la Défense.")
    body = ("Les deux bâtiments, longs de 32 mètres, seront affectés à la surveillance du golfe "
            "de Guinée. Leurs équipages ont été formés pendant six semaines à Lorient.")
    caption = "Un patrouilleur lors de ses essais en mer."
    page = ("Accueil | Défense | Économie\n\nAbidjan reçoit deux patrouilleurs\n\n"
            "Par Awa Koné\n\n" + lead + "\n© Marine nationale ivoirienne\n\n" + body + "\n\n"
            + caption + "\n© Kership\n\n" + body.replace("six", "huit") + "\n\nPartager sur Facebook\n")
    kept = {seg.text.strip() for seg in clean(page).segments if seg.kept}
    assert lead in kept
    assert caption not in kept
    assert body in kept
