"""Stage, visit and exercise wordings of other sites (issue 10): each case is one kind of
phrasing the extractor once missed; sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import one as _one
from event_helpers import slot_texts as _texts

from frdefnlp.extraction import EventOptions, events


@pytest.mark.parametrize("text,status", [
    ("Le Bénin a pris jeudi livraison de deux hélicoptères Bell 412 commandés aux États-Unis.",
     "delivered"),
    ("L'armée togolaise a perçu la semaine dernière six blindés Bastion fournis par la France.",
     "delivered"),
    ("Le Niger a renoncé à l'achat de quatre avions Super Tucano auprès du Brésil.", "cancelled"),
    ("La livraison des deux patrouilleurs commandés par le Gabon à la France a été reportée à 2028.",
     "ordered"),
    ("Le constructeur livrera au Cameroun huit hélicoptères Bell 412 d'ici 2027.", "ordered"),
    ("Le Congrès a bloqué la vente de chasseurs F-16 à la Turquie.", "denied"),
])
def test_transfer_stage_wordings(text, status):
    assert _one(text, "ARMS_TRANSFER").status == status


def test_offer_noun_its_holder_sells_the_subject_receives():
    ev = _one("La Mauritanie a décliné l'offre chinoise portant sur quatre patrouilleurs.",
              "ARMS_TRANSFER")
    assert ev.status == "denied"
    assert ev.attrs["recipient_country"] == "MR" and ev.attrs["supplier_country"] == "CN"


def test_relative_clause_gives_the_antecedent_its_role():
    ev = _one("Le Canada se tourne vers les États-Unis, auprès desquels il négocie l'achat de "
              "drones MQ-9B.", "ARMS_TRANSFER")
    assert ev.attrs["recipient_country"] == "CA" and ev.attrs["supplier_country"] == "US"
    ev = _one("Le ministre a visité le stand du groupe Edge, qui propose au Maroc des blindés "
              "Nimr.", "ARMS_TRANSFER")
    assert _texts(ev, "supplier") == ["Edge"] and ev.attrs["recipient_country"] == "MA"


def test_company_no_gazetteer_lists_after_a_title_noun():
    ev = _one("Le Sénégal a commandé trois patrouilleurs à la société bretonne Kermor Naval "
              "Industries.", "ARMS_TRANSFER")
    assert _texts(ev, "supplier") == ["Kermor Naval Industries"]


def test_parent_company_in_apposition_is_not_the_subject():
    ev = _one("Arquus, filiale du groupe belge John Cockerill, fournira 150 blindés Serval à "
              "l'armée de Terre.", "ARMS_TRANSFER")
    assert "John Cockerill" not in _texts(ev, "supplier")


def test_equipment_word_inside_an_organisation_name_is_no_system():
    text = ("La Direction générale de l'armement a commandé 40 véhicules blindés Griffon "
            "supplémentaires.")
    for ev in events(text):
        assert "armement" not in _texts(ev, "system")


def test_two_lots_of_one_system_stay_two_deals():
    text = ("La Marine royale canadienne a reçu les derniers hélicoptères CH-148 Cyclone du "
            "premier lot. Ottawa a par ailleurs commandé un second lot de quatre CH-148 Cyclone.")
    evs = [e for e in events(text) if e.type == "ARMS_TRANSFER"]
    assert sorted(e.status for e in evs) == ["delivered", "ordered"]
    assert sorted(e.attrs.get("lot") for e in evs) == ["1", "2"]


def test_later_supplementary_order_is_a_new_deal():
    text = ("La troisième frégate FREMM de la marine égyptienne a été remise mardi. Le Caire a "
            "passé commande de deux frégates FREMM supplémentaires.")
    evs = [e for e in events(text) if e.type == "ARMS_TRANSFER"]
    assert sorted(e.status for e in evs) == ["delivered", "ordered"]


def test_date_words_inside_a_multi_word_trigger():
    ev = _one("Le Bénin a pris, jeudi, livraison de deux hélicoptères Bell 412.", "ARMS_TRANSFER")
    assert ev.attrs["trigger"] == "a pris livraison"


def test_reception_with_an_adjunct_before_the_delegation():
    ev = _one("Le chef d'état-major, Mourad Benkhelifa, a reçu en audience, mardi au siège de "
              "l'état-major, une délégation militaire italienne.", "VISIT")
    assert ev.attrs["visitor_country"] == "IT"


def test_exercise_name_opened_by_a_capitalised_filler():
    ev = _one("La marine sénégalaise participe à l'exercice Grand African Nemo 2026.", "EXERCISE")
    assert _texts(ev, "name") == ["Grand African Nemo 2026"]


def test_span_of_manoeuvres_is_an_exercise_and_a_later_dated_one_another():
    text = ("La marine tunisienne et l'US Navy ont achevé une semaine de manœuvres navales "
            "conjointes. Les deux marines prendront part en mai à l'exercice Phoenix Express "
            "2026.")
    evs = [e for e in events(text) if e.type == "EXERCISE"]
    assert sorted(e.status for e in evs) == ["done", "planned"]


def test_headline_topic_takes_no_role():
    ev = _one("Tunisie : la livraison des hélicoptères Black Hawk reportée", "ARMS_TRANSFER")
    assert ev.attrs.get("supplier_country") != "TN"


def test_found_company_is_stated_and_keeps_its_offsets():
    # a company name found by the events step is stated, not inferred: kept with infer=False
    text = "Le Sénégal a commandé trois patrouilleurs à la société bretonne Kermor Naval Industries."
    ev = [e for e in events(text, options=EventOptions(infer=False))
          if e.type == "ARMS_TRANSFER"][0]
    s = ev.slots["supplier"][0]
    assert text[s.start:s.end] == s.text


def test_taking_possession_is_a_delivery():
    ev = _one("La marine algérienne a pris possession de deux sous-marins de classe Kilo, "
              "construits par les chantiers russes Amiralteïski.", "ARMS_TRANSFER")
    assert ev.status == "delivered" and ev.attrs["supplier_country"] == "RU"


def test_same_maker_named_by_a_title_noun():
    text = ("La Marine ivoirienne a réceptionné trois vedettes construites par le chantier "
            "Ocea. La Côte d'Ivoire négocie l'achat d'un patrouilleur auprès du même "
            "constructeur.")
    ev = [e for e in events(text) if e.type == "ARMS_TRANSFER" and e.status == "negotiating"][0]
    assert _texts(ev, "supplier") == ["Ocea"]
    assert ev.attrs["supplier_inferred"] == "company named before"


def test_nationality_after_an_office_is_an_agreement_party():
    ev = _one("Le ministre sénégalais et la ministre française des Armées ont signé un accord "
              "de coopération en matière de défense.", "AGREEMENT")
    assert set(ev.attrs["countries"]) == {"SN", "FR"}


def test_legislature_approves_but_does_not_buy():
    for ev in events("Le Parlement a approuvé l'achat de six drones Hermes 900 auprès d'Elbit "
                     "Systems pour l'armée suisse."):
        if ev.type == "ARMS_TRANSFER":
            assert "Parlement" not in _texts(ev, "recipient") + _texts(ev, "supplier")


def test_home_production_of_the_exporter_and_its_parent_is_no_industry_event():
    text = ("L'Estonie a reçu six obusiers K9 Thunder construits par Hanwha Aerospace, filiale "
            "du groupe Hanwha, dans son usine de Changwon en Corée du Sud.")
    assert [e.type for e in events(text)] == ["ARMS_TRANSFER"]


@pytest.mark.parametrize("text,name", [
    ("Le Sénégal accueille l'exercice Flintlock 2026-1 à Thiès.", "Flintlock 2026-1"),
    ("Des unités algériennes et russes ont mené l'exercice conjoint Bouclier du désert-2026.",
     "Bouclier du désert-2026"),
    ("Les FAR participent à l'exercice African Lion 25 avec l'armée américaine.",
     "African Lion 25"),
])
def test_exercise_names_with_edition_numbers(text, name):
    assert _texts(_one(text, "EXERCISE"), "name") == [name]


def test_meeting_at_home_with_a_foreign_official_named_by_office():
    ev = _one("En marge de la réunion de l'OTAN, la ministre belge de la Défense, Ludivine "
              "Dedonder, a rencontré à Bruxelles le ministre marocain délégué à la Défense, "
              "venu en voisin.", "VISIT")
    assert ev.attrs["visitor_country"] == "MA" and ev.attrs["host_country"] == "BE"


def test_headline_exercise_joins_the_page_only_named_one():
    text = ("Grandes manœuvres en Mauritanie\n\nL'armée mauritanienne a conduit du 2 au 9 mars "
            "l'exercice interarmées « Sahara Sûr 2026 » avec des observateurs du Sénégal.")
    assert len([e for e in events(text) if e.type == "EXERCISE"]) == 1


def test_first_units_then_a_second_lot_are_two_deals():
    text = ("L'armée de l'air malienne a accueilli ses premiers avions d'attaque Hongdu L-15, "
            "livrés par la Chine. Un second lot de quatre L-15 doit suivre avant la fin de "
            "l'année.")
    evs = [e for e in events(text) if e.type == "ARMS_TRANSFER"]
    assert sorted(e.status for e in evs) == ["delivered", "ordered"]


def test_home_production_at_a_plant_the_gazetteer_does_not_place():
    text = ("La Roumanie a reçu ses premiers obusiers K9 Thunder. Les pièces sont produites par "
            "Hanwha Aerospace dans son usine de Sacheon-Gun.")
    assert [e.type for e in events(text)] == ["ARMS_TRANSFER"]


def test_accord_bearing_on_a_system_is_a_purchase_contract():
    text = "Elbit Systems a signé avec le ministère deux accords portant sur des drones Hermes 900."
    assert [e.type for e in events(text)] == ["ARMS_TRANSFER"]
    text = "Le Maroc et la France ont signé un accord portant sur la coopération militaire."
    assert [e.type for e in events(text)] == ["AGREEMENT"]


def test_place_after_a_signing_participle_is_no_party():
    ev = _one("Signé mardi à Koweït, l'accord porte sur l'achat de trente hélicoptères Caracal "
              "auprès d'Airbus Helicopters.", "ARMS_TRANSFER")
    assert _texts(ev, "supplier") == ["Airbus Helicopters"]


def test_present_tense_headline_and_hyphenated_company_adjective():
    ev = _one("Défense : Bruxelles prend livraison de ses premiers camions militaires",
              "ARMS_TRANSFER")
    assert ev.status == "delivered" and _texts(ev, "recipient") == ["Bruxelles"]
    ev = _one("La Défense belge a pris livraison de douze camions tactiques commandés à "
              "l'entreprise germano-autrichienne Rheinmetall.", "ARMS_TRANSFER")
    assert _texts(ev, "supplier") == ["Rheinmetall"]


def test_exported_system_leaving_its_home_plant_is_no_industry_event():
    text = ("Canada : le premier F-35 canadien sort d'usine\n\nLe premier des 88 chasseurs F-35A "
            "commandés par le Canada à Lockheed Martin est sorti de la chaîne d'assemblage de "
            "Fort Worth, au Texas.")
    assert "INDUSTRY" not in [e.type for e in events(text)]


def test_made_in_a_country_gives_the_supplier():
    ev = _one("Berne a refusé l'exportation vers l'Ukraine de munitions produites en Suisse.",
              "ARMS_TRANSFER")
    assert ev.status == "denied" and ev.attrs["supplier_country"] == "CH"
    assert ev.attrs["recipient_country"] == "UA"


def test_preposition_is_no_adjective_of_an_equipment_word():
    ev = _one("L'Italie livre deux vedettes aux garde-côtes libyens.", "ARMS_TRANSFER")
    assert _texts(ev, "system") == ["vedettes"]


def test_government_body_with_no_country_takes_the_document_country():
    text = ("La Belgique modernise son artillerie. Le ministre de la Défense a donné son feu "
            "vert à l'achat de drones SkEyes auprès de l'israélien Elbit Systems pour le "
            "Conseil des ministres.")
    ev = _one(text, "ARMS_TRANSFER")
    assert ev.attrs["recipient_country"] == "BE" and ev.attrs["supplier_country"] == "IL"


def test_tour_at_home_of_an_official_of_no_known_country_is_no_visit():
    text = ("Togo : tournée dans le nord\n\nLe ministre délégué chargé des Armées, Marguerite "
            "Gnakadè, a entamé lundi une tournée dans la région des Savanes. Elle s'est "
            "notamment rendue au camp militaire de Dapaong.")
    assert "VISIT" not in [e.type for e in events(text)]


@pytest.mark.parametrize("text,visitor", [
    ("Une délégation de l'armée égyptienne conduite par le général Ahmed Khalifa séjourne "
     "depuis dimanche à Alger.", "Ahmed Khalifa"),
    ("Le général Saïd Benali a reçu une délégation américaine conduite par l'amiral John Smith.",
     "John Smith"),
])
def test_delegation_leader_is_the_visitor(text, visitor):
    ev = _one(text, "VISIT")
    assert _texts(ev, "visitor") == [visitor] and visitor not in _texts(ev, "host")


@pytest.mark.parametrize("text,status,sup,rec", [
    ("Le Pérou a décidé de ne pas donner suite à l'offre suédoise de Gripen.", "denied", "SE", "PE"),
    ("Le contrat de douze Rafale signé avec la Serbie a été résilié.", "cancelled", "FR", "RS"),
    ("Les douze Caesar commandés par la Lituanie sont désormais opérationnels.", "delivered",
     "FR", "LT"),
    ("La vente de 24 F-16 au Vietnam a été approuvée par Washington.", "agreed", "US", "VN"),
    ("Le Maroc a retiré sa commande de quatre corvettes auprès de Navantia.", "cancelled", "ES",
     "MA"),
])
def test_more_stage_wordings(text, status, sup, rec):
    ev = _one(text, "ARMS_TRANSFER")
    assert (ev.status, ev.attrs.get("supplier_country"), ev.attrs.get("recipient_country")) == \
        (status, sup, rec)


def test_leading_a_delegation_abroad_and_an_awaited_visit():
    ev = _one("Le ministre ivoirien de la Défense a conduit une délégation à Ankara du 3 au 5 "
              "mars.", "VISIT")
    assert ev.attrs["visitor_country"] == "CI" and ev.attrs["host_country"] == "TR"
    ev = _one("Le chef d'état-major de la marine indienne est attendu lundi à Dakar pour une "
              "visite officielle.", "VISIT")
    assert ev.status == "planned"


def test_coordinated_bare_equipment_noun_joins_the_phrase():
    ev = _one("Le Niger a commandé à la Turquie des avions et hélicoptères d'entraînement.",
              "ARMS_TRANSFER")
    assert _texts(ev, "system") == ["avions et hélicoptères d'entraînement"]


def test_head_of_state_stands_for_the_state_in_a_transfer():
    ev = _one("Le président sénégalais Bassirou Diomaye Faye a annoncé l'achat de deux "
              "patrouilleurs à la France.", "ARMS_TRANSFER")
    assert ev.attrs["recipient_country"] == "SN" and ev.attrs["supplier_country"] == "FR"


@pytest.mark.parametrize("text,place", [
    ("Le groupe Arquus a posé la première pierre d'un atelier de blindés à Abidjan.", "Abidjan"),
    ("Leonardo ouvre un centre de maintenance d'hélicoptères à Casablanca.", "Casablanca"),
    ("Le turc Otokar va ouvrir une unité de montage de véhicules tactiques à Dakar.", "Dakar"),
    ("Des drones Bayraktar seront fabriqués sous licence par Baykar à Kiev.", "Kiev"),
    ("Le groupe Thales a ouvert une filiale à Rabat.", "Rabat"),
    ("Le groupe Rheinmetall a annoncé le rachat de la société Lürssen, basée à Brême.", "Brême"),
    ("Naval Group a pris une participation majoritaire dans un chantier de Tanger.", "Tanger"),
    ("Le groupe Hensoldt produira sur place des radars à Pretoria.", "Pretoria"),
    ("Le finlandais Patria et Milrem fabriqueront des blindés à Helsinki.", "Helsinki"),
    ("Le groupe Thales a lancé la production de radars à Casablanca.", "Casablanca"),
    ("Le groupe Nexter veut augmenter sa production d'obus à Bourges.", "Bourges"),
    ("Rostec et l'iranien HESA confirment la coproduction d'hélicoptères à Ispahan.", "Ispahan"),
    ("Airbus et l'agence angolaise vont créer un centre d'intégration de satellites à Luanda.",
     "Luanda"),
])
def test_industry_wordings_of_plants_licences_subsidiaries_and_stakes(text, place):
    ev = _one(text, "INDUSTRY")
    assert place in _texts(ev, "place")


def test_technology_transfer_is_no_arms_sale():
    evs = events("Le Brésil obtient de la France un transfert de technologie pour ses sous-marins.")
    assert not [e for e in evs if e.type == "ARMS_TRANSFER"]


def test_relative_clause_of_fit_sells_nothing():
    evs = events("Le groupe Safran produit à Bangalore les moteurs M88 qui équipent les Rafale indiens.")
    assert not [e for e in evs if e.type == "ARMS_TRANSFER"]


def test_subject_pronoun_of_a_signing_is_the_person_named_before():
    ev = _one("La ministre ghanéenne de la Défense, Afua Mensah, est arrivée mardi à Lisbonne. "
              "Elle y paraphera avec son homologue portugais un protocole de coopération militaire.",
              "AGREEMENT")
    assert "Afua Mensah" in _texts(ev, "parties")
    assert ev.attrs.get("party_inferred") == "person named before"


def test_industry_told_in_the_future_is_planned():
    ev = _one("Le groupe Hensoldt produira localement des radars à Pretoria.", "INDUSTRY")
    assert ev.status == "planned"


def test_demonstrative_agreement_points_back_to_the_one_told():
    evs = events("Le Togo et le Ghana ont signé un accord de défense. Cet accord s'inscrit dans "
                 "la stratégie du ministère de la Défense du Bénin.")
    assert len([e for e in evs if e.type == "AGREEMENT"]) == 1


def test_accords_with_a_price_are_the_purchase_contract():
    evs = events("Le groupe Hanwha a signé avec la Pologne deux accords d'une valeur de 2 "
                 "milliards de dollars pour la fourniture d'obusiers K9.")
    assert [e.type for e in evs] == ["ARMS_TRANSFER"]


def test_document_signed_by_two_ministers_joins_the_agreement_told_before():
    evs = [e for e in events(
        "Un mémorandum d'entente sur la coopération militaire a été signé jeudi à Niamey. Le "
        "document a été paraphé par le ministre nigérien de la Défense, Salifou Mody, et son "
        "homologue togolais.") if e.type == "AGREEMENT"]
    assert len(evs) == 1
    assert "Salifou Mody" in _texts(evs[0], "parties")


def test_technical_arrangement_concluded_between_two_air_forces():
    ev = _one("Un arrangement technique relatif à la formation des pilotes a été conclu entre "
              "la Force aérienne du Niger et l'armée de l'air française.", "AGREEMENT")
    assert ev.status == "signed"


def test_buying_a_company_is_industry_not_an_arms_deal():
    evs = events("Le groupe italien Leonardo a acquis la société Vitrociset, installée à Rome.")
    assert [e.type for e in evs] == ["INDUSTRY"]


def test_for_export_sells_nothing():
    evs = events("L'usine de Tulle fabriquera des blindés Griffon pour l'armée française et "
                 "pour l'export.")
    assert not [e for e in evs if e.type == "ARMS_TRANSFER"]


def test_expected_at_a_place_is_a_planned_visit():
    ev = _one("Le chef d'état-major de l'armée de terre, le général Pierre Schill, est attendu "
              "mardi à Abidjan.", "VISIT")
    assert ev.status == "planned" and "Abidjan" in _texts(ev, "host")


def test_expected_delivery_is_no_visit():
    evs = events("La DGA a commandé deux frégates à Naval Group, dont la livraison est attendue "
                 "en 2030.")
    assert not [e for e in evs if e.type == "VISIT"]


def test_selling_a_stake_is_no_arms_sale():
    evs = events("Le groupe Denel a cédé sa participation dans Rheinmetall Denel Munition au "
                 "groupe Rheinmetall, installé à Somerset West.")
    assert [e.type for e in evs] == ["INDUSTRY"]
