"""Pages b015-b020 of blindpages4 (Gabon, Madagascar, France, Peru seen from a French defence
magazine, Belgium, Quebec)."""
from common import page, E

# ---------------------------------------------------------------- b015
page(
    id="b015",
    site="gabonreview.com (Gabonreview)",
    noise="es (Spanish headlines 'Guinea Ecuatorial hoy')",
    furniture="site name;slogan;menu;rubric label;title;standfirst;byline;date line;photo caption+credit;share prompt;Spanish partner headlines;comment prompt;'Lire aussi' teasers;footer",
    notes="C295 MPA leased from Airbus (delivered); 'Muni 25' exercise with Equatorial Guinea (done); Equatoguinean minister's visit (done) and maritime security framework agreement signed; Marine Services Owendo / Raidco Marine maintenance workshop (INDUSTRY planned)",
    meta={"date": "2025-09-19", "source": None, "author": "Lucien Mboumba"},
    text="""
Gabonreview
Actualité du Gabon — Le quotidien en ligne
Accueil  Politique  Économie  Société  Environnement  Sport  Culture  International
Défense
§ Sécurité maritime : Libreville muscle sa surveillance aérienne
§ Un avion de patrouille maritime loué auprès d'Airbus est arrivé à Libreville, tandis qu'un exercice conjoint avec la Guinée équatoriale s'est achevé dans l'estuaire du Muni.
Par Lucien Mboumba
19 septembre 2025
§ Il s'agit d'un C295 MPA, pris en location pour une durée de cinq ans par l'État gabonais. L'appareil s'est posé mardi sur la base aérienne 02 de Libreville, où il sera mis en œuvre par l'Armée de l'air gabonaise avec l'appui d'un équipage espagnol. Le montant de la location, 19,8 milliards de francs CFA, comprend la maintenance et la formation de quatre équipages.
Le C295 à son arrivée à Libreville. © Gabonreview/D.R.
§ « Cet avion nous donnera des yeux sur l'ensemble de notre zone économique exclusive », a déclaré la ministre de la Défense nationale, Brigitte Onkanowa. Le golfe de Guinée reste exposé à la pêche illicite et aux actes de piraterie, notamment au large de Port-Gentil et de Mayumba.
§ Du 8 au 15 septembre, les marines gabonaise et équato-guinéenne ont conduit l'exercice « Muni 25 » entre Cocobeach et Cogo. Le patrouilleur gabonais Général Ba-Oumar et le patrouilleur équato-guinéen Wele Nzas y ont simulé l'interception d'un navire suspect.
§ L'exercice s'est clos en présence du ministre équato-guinéen de la Défense, Victoriano Nsue Okomo, qui a ensuite séjourné deux jours à Libreville. Un accord-cadre de coopération en matière de sécurité maritime a été signé à cette occasion par les deux ministres.
§ Enfin, la PME gabonaise Marine Services Owendo et le chantier français Raidco Marine envisagent de créer un atelier commun de maintenance des vedettes militaires à Owendo. Le projet, estimé à 2,5 millions d'euros, doit encore être validé par le gouvernement.
Partagez : Facebook  Twitter  LinkedIn  WhatsApp
Guinea Ecuatorial hoy
Guinea Ecuatorial y Gabón refuerzan la vigilancia marítima
Malabo acoge la cumbre regional de la CEEAC
Réagissez — Connectez-vous pour laisser un commentaire
Lire aussi
Transition : le calendrier électoral dévoilé
Owendo : le port minéralier tourne à plein régime
© Gabonreview 2025
""",
    ents="""
Libreville|LOC
Airbus|ORG
Guinée équatoriale|LOC
Muni|LOC
C295 MPA|WEAPON
Armée de l'air gabonaise|ORG
19,8 milliards de francs CFA|MONEY
Brigitte Onkanowa|PERSON
golfe de Guinée|LOC
Port-Gentil|LOC
Mayumba|LOC
8 au 15 septembre|DATE
Cocobeach|LOC
Cogo|LOC
Général Ba-Oumar|WEAPON
Wele Nzas|WEAPON
Victoriano Nsue Okomo|PERSON
Marine Services Owendo|ORG
Raidco Marine|ORG
Owendo|LOC
2,5 millions d'euros|MONEY
""",
    events=[
        E("ARMS_TRANSFER", "delivered", ["C295 MPA|avion de patrouille maritime", "Libreville|État gabonais|Armée de l'air gabonaise", "Airbus"],
          {"system": "C295 MPA", "recipient": "État gabonais", "supplier": "Airbus", "amount": "19,8 milliards de francs CFA"},
          "Un avion de patrouille maritime loué auprès d'Airbus est arrivé à Libreville",
          key=["C295 MPA", "État gabonais|Armée de l'air gabonaise", "Airbus"], note="a five-year lease"),
        E("EXERCISE", "done", ["Muni 25"],
          {"name": "Muni 25", "place": ["Cocobeach", "Cogo"]},
          "les marines gabonaise et équato-guinéenne ont conduit l'exercice « Muni 25 » entre Cocobeach et Cogo"),
        E("VISIT", "done", ["Victoriano Nsue Okomo", "Libreville"],
          {"visitor": "Victoriano Nsue Okomo", "host": "Libreville"},
          "Victoriano Nsue Okomo, qui a ensuite séjourné deux jours à Libreville"),
        E("AGREEMENT", "signed", ["les deux ministres|Brigitte Onkanowa|Libreville", "les deux ministres|Victoriano Nsue Okomo|Guinée équatoriale"],
          {"parties": ["Gabon", "Guinée équatoriale"]},
          "Un accord-cadre de coopération en matière de sécurité maritime a été signé à cette occasion par les deux ministres",
          key=["Brigitte Onkanowa|Libreville", "Victoriano Nsue Okomo|Guinée équatoriale"]),
        E("INDUSTRY", "planned", ["Marine Services Owendo|Raidco Marine", "Owendo"],
          {"company": ["Marine Services Owendo", "Raidco Marine"], "place": "Owendo", "amount": "2,5 millions d'euros"},
          "la PME gabonaise Marine Services Owendo et le chantier français Raidco Marine envisagent de créer un atelier commun de maintenance des vedettes militaires à Owendo"),
    ],
)

# ---------------------------------------------------------------- b016
page(
    id="b016",
    site="lexpress.mg (L'Express de Madagascar)",
    noise="mg (Malagasy rubric and headlines)",
    furniture="site name;date widget;menu;rubric label;title;byline;date line;photo caption;share prompt;Malagasy headlines;comment prompt;most-read list;footer",
    notes="Indian chief of naval staff's visit (done); BEL coastal radar network handed over (delivered); MoU signed; Dornier 228 offer (negotiating); 'Papangue 2025' with FAZSOI (done); Aerotech Madagascar drone assembly at Ivato under Ideaforge licence (INDUSTRY planned)",
    meta={"date": "2025-03-18", "source": None, "author": "Hery Rakotonirina"},
    text="""
L'EXPRESS DE MADAGASCAR
Mardi 18 mars 2025
À la une  Politique  Économie  Société  Régions  Sport  Culture  Vaovao
Actualités
§ Coopération militaire – New Delhi veille sur le canal de Mozambique
Hery Rakotonirina
18.03.2025
§ L'amiral Dinesh Kumar Tripathi, chef d'état-major de la Marine indienne, a achevé hier une visite officielle de trois jours à Antananarivo. Accueilli au ministère des Forces armées par le général Sahivelo Lala Monja Delphin, il s'est également rendu à Antsiranana, siège de la base navale d'Andrakaka.
L'amiral indien et le ministre des Forces armées, à Ampahibe.
§ Cette visite a été l'occasion de réceptionner officiellement le réseau de six radars côtiers installé par l'entreprise publique Bharat Electronics Limited (BEL) le long de la côte ouest, de Mahajanga à Toliara. L'équipement, entièrement financé par New Delhi, aurait coûté l'équivalent de 95 milliards d'ariary.
§ Les deux pays ont aussi signé un mémorandum d'entente sur l'hydrographie et la surveillance maritime. Selon une source militaire, l'Inde aurait proposé de céder à la Marine malagasy un avion Dornier 228 d'occasion, une offre qui reste à l'étude.
§ Parallèlement, les Forces armées malagasy ont participé du 3 au 10 mars à l'exercice « Papangue 2025 », organisé par les Forces armées dans la zone sud de l'océan Indien (FAZSOI) à La Réunion. Une compagnie du 1er Régiment des forces d'intervention y a été engagée aux côtés de soldats comoriens, seychellois et mauriciens.
§ Enfin, une jeune société locale, Aerotech Madagascar, prévoit d'assembler à Ivato des drones de reconnaissance sous licence de l'indien Ideaforge, avec un investissement initial de 3 millions de dollars. Un premier prototype est attendu avant la fin de l'année.
Zava-misy
Tonga teto Antananarivo ny lehiben'ny tafika an-dranomasina indianina
Ny vidin'ny vary any an-tsena
Partager : Facebook  Twitter
Commenter cet article
Les plus lus
Jirama : délestages prolongés dans la capitale
© L'Express de Madagascar
""",
    ents="""
New Delhi|LOC
canal de Mozambique|LOC
Dinesh Kumar Tripathi|PERSON
Marine indienne|ORG
Antananarivo|LOC
ministère des Forces armées|ORG
Sahivelo Lala Monja Delphin|PERSON
Antsiranana|LOC
Andrakaka|LOC
Bharat Electronics Limited|ORG
BEL|ORG|Bharat Electronics Limited
Mahajanga|LOC
Toliara|LOC
95 milliards d'ariary|MONEY
Inde|LOC
Marine malagasy|ORG
Dornier 228|WEAPON
Forces armées malagasy|ORG
3 au 10 mars|DATE
Forces armées dans la zone sud de l'océan Indien|ORG
FAZSOI|ORG|Forces armées dans la zone sud de l'océan Indien
La Réunion|LOC
1er Régiment des forces d'intervention|ORG
Aerotech Madagascar|ORG
Ivato|LOC
Ideaforge|ORG
3 millions de dollars|MONEY
""",
    events=[
        E("VISIT", "done", ["Dinesh Kumar Tripathi", "Antananarivo|ministère des Forces armées|Sahivelo Lala Monja Delphin"],
          {"visitor": "Dinesh Kumar Tripathi", "host": "ministère des Forces armées", "place": "Antananarivo"},
          "a achevé hier une visite officielle de trois jours à Antananarivo"),
        E("ARMS_TRANSFER", "delivered", ["radars côtiers", "ministère des Forces armées|Antananarivo|Madagascar", "Bharat Electronics Limited|BEL|New Delhi"],
          {"system": "radars côtiers", "recipient": "Madagascar", "supplier": "New Delhi"},
          "réceptionner officiellement le réseau de six radars côtiers installé par l'entreprise publique Bharat Electronics Limited (BEL)",
          key=["radars côtiers", "ministère des Forces armées|Antananarivo", "Bharat Electronics Limited|BEL|New Delhi"]),
        E("AGREEMENT", "signed", ["Les deux pays|Antananarivo|Inde|New Delhi"],
          {"parties": ["Madagascar", "Inde"]},
          "Les deux pays ont aussi signé un mémorandum d'entente sur l'hydrographie et la surveillance maritime",
          note="parties named only as 'les deux pays' in the sentence: one group"),
        E("ARMS_TRANSFER", "negotiating", ["Dornier 228", "Marine malagasy", "Inde"],
          {"system": "Dornier 228", "recipient": "Marine malagasy", "supplier": "Inde"},
          "l'Inde aurait proposé de céder à la Marine malagasy un avion Dornier 228 d'occasion"),
        E("EXERCISE", "done", ["Papangue 2025"],
          {"name": "Papangue 2025", "party": ["Forces armées malagasy", "FAZSOI"], "place": "La Réunion"},
          "les Forces armées malagasy ont participé du 3 au 10 mars à l'exercice « Papangue 2025 »"),
        E("INDUSTRY", "planned", ["Aerotech Madagascar|Ideaforge", "Ivato"],
          {"company": "Aerotech Madagascar", "place": "Ivato", "amount": "3 millions de dollars"},
          "Aerotech Madagascar, prévoit d'assembler à Ivato des drones de reconnaissance sous licence de l'indien Ideaforge"),
    ],
)

# ---------------------------------------------------------------- b017
page(
    id="b017",
    site="letelegramme.fr (Le Télégramme)",
    noise="br/en (Breton section label, English partner link)",
    furniture="site name;login link;menu;local edition selector;rubric breadcrumb;title;standfirst;byline;date+update line;read time;photo caption+credit;subscriber paywall block;share prompt;'À lire sur le sujet' teasers;footer",
    notes="FREMM mid-life upgrade notified to Naval Group (ordered) incl. Sea Fire radars (optional); minister's visit to Brest (done); new SSN maintenance hall inaugurated (INDUSTRY done); Kership patrol boats for the Philippine Coast Guard (ordered)",
    meta={"date": "2025-12-04", "source": None, "author": "Gwenaël Le Bihan"},
    text="""
Le Télégramme
Se connecter  |  S'abonner 1 € le premier mois
Accueil  Bretagne  Brest  Lorient  Quimper  Morlaix  Économie  Sports  Loisirs
Brest > Économie > Défense
§ À Brest, Naval Group décroche la rénovation à mi-vie des frégates multimissions
§ La DGA a notifié un contrat de près d'un milliard d'euros pour moderniser six FREMM. Les premiers travaux débuteront en 2027 dans le nouveau bâtiment inauguré ce jeudi sur le port militaire.
Gwenaël Le Bihan
Publié le 04 décembre 2025 à 18h05, modifié le 04 décembre 2025 à 19h30
Lecture : 4 min
La ministre des Armées, ce jeudi, sur le site de Naval Group à Brest. (Photo Le Télégramme)
§ C'est une bonne nouvelle pour les 2 800 salariés du site brestois de Naval Group. La Direction générale de l'armement (DGA) a notifié à l'industriel, le 28 novembre, la rénovation à mi-vie des six frégates anti-sous-marines de la classe Aquitaine. Le montant, que l'entreprise ne commente pas, avoisinerait 950 M€.
§ Première concernée, l'Aquitaine entrera en arrêt technique au printemps 2027. Ses radars Herakles seront remplacés par des Sea Fire, fabriqués par Thales à Limours, et le système de missiles Aster sera porté au standard Block 1NT, a détaillé Catherine Vautrin, venue jeudi à Brest.
Abonnez-vous pour lire la suite — Déjà abonné ? Connectez-vous
§ La ministre des Armées a également inauguré un bâtiment de 14 000 m² dédié à la maintenance des sous-marins nucléaires d'attaque de type Suffren. Le hall, qui a coûté 120 millions d'euros, pourra accueillir simultanément deux coques et emploiera une centaine de techniciens supplémentaires d'ici 2027.
§ À Lanester, Kership, la coentreprise de Piriou et de Naval Group, n'est pas en reste : la société a signé le 2 décembre avec la Garde côtière philippine un contrat portant sur quatre patrouilleurs de 45 mètres, selon son directeur général, Guillaume Reynaud.
Brezhoneg : Brest, kêr ar vartoloded
In English: Brest yard wins frigate upgrade
Partager : Facebook  X  LinkedIn  Email
À lire sur le sujet
Sous-marins : le Tourville a rejoint Brest
Lorient : la frégate Amiral Ronarc'h poursuit ses essais
© Le Télégramme 2025
""",
    ents="""
Brest|LOC
Naval Group|ORG
FREMM|WEAPON
DGA|ORG|Direction générale de l'armement
Direction générale de l'armement|ORG
2027|DATE
28 novembre|DATE
Aquitaine|WEAPON
950 M€|MONEY
printemps 2027|DATE
Herakles|WEAPON
Sea Fire|WEAPON
Thales|ORG
Limours|LOC
Aster|WEAPON
Catherine Vautrin|PERSON
Suffren|WEAPON
120 millions d'euros|MONEY
un milliard d'euros|MONEY
Lanester|LOC
Kership|ORG
Piriou|ORG
2 décembre|DATE
Garde côtière philippine|ORG
Guillaume Reynaud|PERSON
""",
    events=[
        E("ARMS_TRANSFER", "ordered", ["FREMM|Aquitaine|frégates multimissions", "DGA|Direction générale de l'armement", "Naval Group"],
          {"system": "FREMM", "recipient": "DGA", "supplier": "Naval Group", "amount": "950 M€"},
          "La Direction générale de l'armement (DGA) a notifié à l'industriel, le 28 novembre, la rénovation à mi-vie des six frégates anti-sous-marines de la classe Aquitaine",
          key=["FREMM|Aquitaine", "DGA|Direction générale de l'armement", "Naval Group"],
          note="mid-life upgrade contract"),
        E("ARMS_TRANSFER", "ordered", ["Sea Fire", "Aquitaine|FREMM", "Thales"],
          {"system": "Sea Fire", "recipient": "Aquitaine", "supplier": "Thales"},
          "Ses radars Herakles seront remplacés par des Sea Fire, fabriqués par Thales à Limours",
          optional=True, note="equipment inside the upgrade contract"),
        E("VISIT", "done", ["Catherine Vautrin", "Brest|Naval Group"],
          {"visitor": "Catherine Vautrin", "host": "Naval Group", "place": "Brest"},
          "a détaillé Catherine Vautrin, venue jeudi à Brest"),
        E("INDUSTRY", "done", ["Naval Group|Suffren", "Brest"],
          {"company": "Naval Group", "product": "Suffren", "place": "Brest"},
          "La ministre des Armées a également inauguré un bâtiment de 14 000 m² dédié à la maintenance des sous-marins nucléaires d'attaque de type Suffren"),
        E("ARMS_TRANSFER", "ordered", ["patrouilleurs", "Garde côtière philippine", "Kership"],
          {"system": "patrouilleurs", "recipient": "Garde côtière philippine", "supplier": "Kership"},
          "la société a signé le 2 décembre avec la Garde côtière philippine un contrat portant sur quatre patrouilleurs de 45 mètres"),
    ],
)

# ---------------------------------------------------------------- b018
page(
    id="b018",
    site="areion24.news (Areion24 / DSI)",
    noise="es (Spanish partner block 'Defensa en español')",
    furniture="site name;menu;magazine issue promo;rubric label;title;byline with function;date line;photo caption+credit;Spanish partner block;paywall prompt;tags;share prompt;related articles;newsletter;footer",
    notes="Peruvian fighter competition Gripen E/F / F-16 Block 70 / Rafale (negotiating, one event); Astudillo trip to Seoul (done); Peru-Korea defence-industry MoU signed; Hyundai Rotem-FAME JV for K2/K808 (INDUSTRY planned) and first K2 batch (optional); SIMA-Perú Pohang-class licence build (INDUSTRY ongoing)",
    meta={"date": "2025-05-06", "source": None, "author": "Julien Marchetti"},
    text="""
AREION24.news
Défense & Sécurité Internationale | Défense & Sécurité Internationale Hors-série | Diplomatie
Accueil  Stratégie  Forces aériennes  Forces terrestres  Forces navales  Industrie  Géopolitique
DSI n° 178 — disponible en kiosque et en version numérique
Industrie
§ Lima rouvre le dossier de ses avions de combat et se tourne vers Séoul pour ses blindés
Par Julien Marchetti, spécialiste des forces aériennes — 6 mai 2025
§ La Fuerza Aérea del Perú (FAP) devrait choisir d'ici la fin de 2025 le successeur de ses Mirage 2000P et MiG-29SMP. Trois offres restent en lice : le Gripen E/F de Saab, le F-16 Block 70 de Lockheed Martin et le Rafale de Dassault Aviation. L'enveloppe évoquée par le ministère de la Défense péruvien atteint 3,5 milliards de dollars pour 24 appareils, mais la négociation achoppe sur les compensations industrielles.
Un Mirage 2000P de la FAP à Chiclayo. (© FAP)
§ Côté terrestre, la partie semble mieux engagée. En visite à Séoul fin avril, le ministre de la Défense, Walter Astudillo, a été reçu par son homologue sud-coréen et a visité l'usine Hyundai Rotem de Changwon. Il en est revenu avec un mémorandum d'entente sur la coopération en matière d'industrie de défense signé entre les deux gouvernements.
§ Ce texte prévoit la création d'une coentreprise entre Hyundai Rotem et Fábricas Militares del Ejército (FAME), chargée d'assembler à Lima des chars K2 ainsi que des véhicules à roues K808. Une première tranche de 54 chars est évoquée, pour un montant de l'ordre de 2,2 milliards de soles.
§ La marine péruvienne n'est pas en reste : le chantier SIMA-Perú, à Callao, poursuit pour elle la construction sous licence de deux patrouilleurs de la classe Pohang avec l'appui de HD Hyundai Heavy Industries.
En español
Perú evalúa tres ofertas para su nuevo caza
Hyundai Rotem y FAME firman un acuerdo en Lima
La suite de cet article est réservée aux abonnés.
Tags : Pérou, Corée du Sud, Gripen, K2, FAME
Partager : X  LinkedIn  Facebook
Articles liés
Le Chili modernise ses F-16 : un marché à surveiller
Recevez notre lettre d'information hebdomadaire
© Areion Group 2025
""",
    ents="""
Lima|LOC
Séoul|LOC
Fuerza Aérea del Perú|ORG
FAP|ORG|Fuerza Aérea del Perú
fin de 2025|DATE
Mirage 2000P|WEAPON
MiG-29SMP|WEAPON
Gripen E/F|WEAPON
Saab|ORG
F-16 Block 70|WEAPON
Lockheed Martin|ORG
Rafale|WEAPON
Dassault Aviation|ORG
ministère de la Défense péruvien|ORG
3,5 milliards de dollars|MONEY
fin avril|DATE
Walter Astudillo|PERSON
Hyundai Rotem|ORG
Changwon|LOC
Fábricas Militares del Ejército|ORG
FAME|ORG|Fábricas Militares del Ejército
K2|WEAPON
K808|WEAPON
2,2 milliards de soles|MONEY
SIMA-Perú|ORG
Callao|LOC
Pohang|WEAPON
HD Hyundai Heavy Industries|ORG
""",
    events=[
        E("ARMS_TRANSFER", "negotiating", ["Gripen E/F|F-16 Block 70|Rafale", "Fuerza Aérea del Perú|FAP|Lima|ministère de la Défense péruvien", "Saab|Lockheed Martin|Dassault Aviation"],
          {"system": ["Gripen E/F", "F-16 Block 70", "Rafale"], "recipient": "Fuerza Aérea del Perú", "supplier": ["Saab", "Lockheed Martin", "Dassault Aviation"], "amount": "3,5 milliards de dollars"},
          "Trois offres restent en lice : le Gripen E/F de Saab, le F-16 Block 70 de Lockheed Martin et le Rafale de Dassault Aviation",
          key=["Gripen E/F|F-16 Block 70|Rafale", "Fuerza Aérea del Perú|FAP|ministère de la Défense péruvien", "Saab|Lockheed Martin|Dassault Aviation"],
          note="one competition with three bidders"),
        E("VISIT", "done", ["Walter Astudillo", "Séoul|Hyundai Rotem|Changwon"],
          {"visitor": "Walter Astudillo", "host": "Séoul", "place": "Changwon"},
          "En visite à Séoul fin avril, le ministre de la Défense, Walter Astudillo, a été reçu par son homologue sud-coréen"),
        E("AGREEMENT", "signed", ["les deux gouvernements|Lima|Séoul|Walter Astudillo"],
          {"parties": ["Pérou", "Corée du Sud"]},
          "Il en est revenu avec un mémorandum d'entente sur la coopération en matière d'industrie de défense signé entre les deux gouvernements",
          key=["les deux gouvernements|Lima|Séoul"],
          note="parties named only as 'les deux gouvernements' in the sentence: one group"),
        E("INDUSTRY", "planned", ["Hyundai Rotem|FAME|Fábricas Militares del Ejército|K2", "Lima"],
          {"company": ["Hyundai Rotem", "FAME"], "product": ["K2", "K808"], "place": "Lima"},
          "la création d'une coentreprise entre Hyundai Rotem et Fábricas Militares del Ejército (FAME), chargée d'assembler à Lima des chars K2"),
        E("ARMS_TRANSFER", "planned", ["K2", "Lima|FAME", "Hyundai Rotem"],
          {"system": "K2", "recipient": "Lima", "supplier": "Hyundai Rotem", "amount": "2,2 milliards de soles"},
          "Une première tranche de 54 chars est évoquée, pour un montant de l'ordre de 2,2 milliards de soles",
          optional=True, note="first batch only mentioned"),
        E("INDUSTRY", "ongoing", ["SIMA-Perú|HD Hyundai Heavy Industries|Pohang", "Callao"],
          {"company": "SIMA-Perú", "product": "Pohang", "place": "Callao"},
          "le chantier SIMA-Perú, à Callao, poursuit pour elle la construction sous licence de deux patrouilleurs de la classe Pohang"),
    ],
)

# ---------------------------------------------------------------- b019
page(
    id="b019",
    site="lecho.be (L'Echo)",
    noise="nl (De Tijd partner headlines)",
    furniture="site name;login link;menu;rubric label;title;standfirst;byline;date line;read time;photo caption+credit;paywall block;De Tijd headlines;share prompt;'Lire aussi' teasers;newsletter;footer",
    notes="Belgium orders 120 CV90 from BAE Systems Hägglunds (ordered); turret integration at Seraing and maintenance centre (INDUSTRY planned); first F-16 for Ukraine delivered; Francken trip to Kyiv (done); ten-year security agreement signed",
    meta={"date": "2025-10-23", "source": None, "author": "Sophie Delvaux"},
    text="""
L'ECHO
Se connecter  S'abonner
Économie  Entreprises  Marchés  Politique  Monde  Opinions  Mon Argent
Entreprises / Défense
§ La Défense belge signe pour 1,8 milliard d'euros de blindés CV90
§ Le contrat, attendu depuis des mois, fait la part belle à l'industrie wallonne. Parallèlement, les premiers F-16 belges ont rejoint l'Ukraine.
Sophie Delvaux
23 octobre 2025 06:00
Lecture 3 min.
Un CV90 lors d'une démonstration à Bourg-Léopold. ©BELGA
§ Le Conseil des ministres a donné son feu vert vendredi, et le contrat a été signé mardi avec BAE Systems Hägglunds : la Défense acquiert 120 véhicules de combat d'infanterie CV90 pour la Composante Terre, pour un montant de 1,8 milliard d'euros, maintenance comprise. Les livraisons s'étaleront de 2028 à 2033.
§ Le volet industriel n'est pas négligeable. Les tourelles seront intégrées à Seraing par John Cockerill Defense, tandis que FN Herstal fournira les mitrailleuses. Le suédois s'est aussi engagé à ouvrir un centre de maintenance à Bourg-Léopold, près du quartier des Gunners, d'ici 2029.
Cet article est réservé aux abonnés. Profitez de notre offre découverte.
§ Autre dossier sensible, le premier lot de F-16 promis à Kiev a été livré. Deux appareils, dont les pilotes ukrainiens ont été formés au Danemark et en Roumanie, ont quitté la base de Florennes au début du mois, a confirmé le ministre Theo Francken, de retour d'une visite à Kiev où il s'est entretenu avec son homologue Denys Shmyhal. Belgique et Ukraine y ont paraphé un accord de sécurité de dix ans qui prévoit une aide annuelle d'un milliard d'euros.
§ Au total, trente F-16 doivent être cédés d'ici 2028, au fur et à mesure de l'arrivée des F-35A à Florennes et à Kleine-Brogel.
De Tijd
Defensie bestelt 120 CV90-pantservoertuigen
Eerste Belgische F-16's in Oekraïne
Partager : LinkedIn  X  Facebook  E-mail
Lire aussi
Thales Belgium double sa production de roquettes à Herstal
FN Browning Group : un exercice record
Inscrivez-vous à la newsletter Défense & Industrie
© Mediafin 2025
""",
    ents="""
1,8 milliard d'euros|MONEY
CV90|WEAPON
F-16|WEAPON
Ukraine|LOC
Conseil des ministres|ORG
BAE Systems Hägglunds|ORG
Défense belge|ORG
Défense|ORG|Défense belge
Composante Terre|ORG
2028|DATE
2033|DATE
Seraing|LOC
John Cockerill Defense|ORG
FN Herstal|ORG
Bourg-Léopold|LOC
quartier des Gunners|LOC
2029|DATE
Kiev|LOC
Florennes|LOC
Theo Francken|PERSON
Denys Shmyhal|PERSON
Belgique|LOC
Danemark|LOC
Roumanie|LOC
un milliard d'euros|MONEY
F-35A|WEAPON
Kleine-Brogel|LOC
""",
    events=[
        E("ARMS_TRANSFER", "ordered", ["CV90", "Défense|Composante Terre", "BAE Systems Hägglunds"],
          {"system": "CV90", "recipient": "Composante Terre", "supplier": "BAE Systems Hägglunds", "amount": "1,8 milliard d'euros"},
          "le contrat a été signé mardi avec BAE Systems Hägglunds : la Défense acquiert 120 véhicules de combat d'infanterie CV90 pour la Composante Terre"),
        E("INDUSTRY", "planned", ["John Cockerill Defense|BAE Systems Hägglunds|CV90", "Seraing|Bourg-Léopold"],
          {"company": ["John Cockerill Defense", "BAE Systems Hägglunds"], "place": ["Seraing", "Bourg-Léopold"]},
          "Les tourelles seront intégrées à Seraing par John Cockerill Defense",
          note="local integration and a maintenance centre tied to the CV90 contract"),
        E("ARMS_TRANSFER", "delivered", ["F-16", "Ukraine|Kiev", "Belgique|Florennes|Theo Francken"],
          {"system": "F-16", "recipient": "Ukraine", "supplier": "Belgique"},
          "le premier lot de F-16 promis à Kiev a été livré",
          key=["F-16", "Ukraine|Kiev", "Belgique|Theo Francken"]),
        E("VISIT", "done", ["Theo Francken", "Kiev|Denys Shmyhal"],
          {"visitor": "Theo Francken", "host": "Denys Shmyhal", "place": "Kiev"},
          "de retour d'une visite à Kiev où il s'est entretenu avec son homologue Denys Shmyhal"),
        E("AGREEMENT", "signed", ["Belgique", "Ukraine"],
          {"parties": ["Belgique", "Ukraine"], "amount": "un milliard d'euros"},
          "Belgique et Ukraine y ont paraphé un accord de sécurité de dix ans"),
    ],
)

# ---------------------------------------------------------------- b020
page(
    id="b020",
    site="ledevoir.com (Le Devoir)",
    noise="en (English partner headlines 'The Canadian Press')",
    furniture="site name;date widget;login link;menu;rubric label;title;standfirst;byline with function;date line;photo caption+credit;share prompt;English partner headlines;'À voir en vidéo' label;paywall prompt;related articles;footer",
    notes="GlobalEye purchase (ordered); Swedish minister's visit to Ottawa (done); defence-industry MoU signed; Gripen E offer (negotiating) with Mirabel final assembly line (INDUSTRY planned); F-35A order under review (ordered)",
    meta={"date": "2025-11-13", "source": "La Presse Canadienne", "author": "Mélanie Gagnon"},
    text="""
LE DEVOIR
Libre de penser
Jeudi 13 novembre 2025
Se connecter  S'abonner
Actualités  Politique  Société  Économie  Monde  Culture  Opinion  Idées
Politique canadienne
§ Ottawa commande des GlobalEye et garde la porte ouverte au Gripen
§ Saab propose d'assembler des chasseurs à Mirabel, une offre qui tombe au moment où le gouvernement réexamine son contrat de F-35.
Mélanie Gagnon
Correspondante parlementaire à Ottawa
13 novembre 2025
La Presse Canadienne
Un avion GlobalEye lors d'un salon aéronautique. Photo : Saab
§ Le gouvernement fédéral a confirmé mercredi l'achat de six avions de surveillance aéroportée GlobalEye auprès du constructeur suédois Saab, pour quelque 5,6 milliards de dollars canadiens. Les appareils, basés sur le Global 6500 de Bombardier, seront exploités par l'Aviation royale canadienne (ARC) à partir de 2029.
§ L'annonce a été faite par le ministre de la Défense nationale, David McGuinty, aux côtés de son homologue suédois, Pål Jonson, en visite à Ottawa jusqu'à jeudi. Les deux ministres ont signé dans la foulée un protocole d'entente sur la coopération en matière d'industrie de défense.
§ Saab a profité de la visite pour remettre sur la table son offre de Gripen E. L'avionneur de Linköping propose de construire une chaîne d'assemblage final à Mirabel, dans les Laurentides, en partenariat avec l'entreprise montréalaise IMP Aerospace, ce qui créerait jusqu'à 10 000 emplois selon ses estimations.
§ Or, Ottawa n'a pas tranché le sort de sa commande de 88 F-35A passée auprès de Lockheed Martin en janvier 2023. Seize appareils, dont la livraison est prévue à partir de 2026, ont déjà été payés ; la révision lancée en mars par le premier ministre Mark Carney porte sur les 72 autres.
§ « Toutes les options demeurent sur la table », a fait valoir M. McGuinty, sans préciser d'échéance.
À voir en vidéo
In English (The Canadian Press)
Canada buys Swedish surveillance planes
Saab pitches Gripen assembly line in Quebec
Abonnez-vous pour lire nos contenus exclusifs
Partager : Facebook  X  Courriel
Sur le même sujet
La frégate HMCS Montréal rentre à Halifax
© Le Devoir 2025
""",
    ents="""
Ottawa|LOC
GlobalEye|WEAPON
Gripen|WEAPON
Saab|ORG
Mirabel|LOC
F-35|WEAPON
5,6 milliards de dollars canadiens|MONEY
Global 6500|WEAPON
Bombardier|ORG
Aviation royale canadienne|ORG
ARC|ORG|Aviation royale canadienne
2029|DATE
David McGuinty|PERSON
McGuinty|PERSON|David McGuinty
Pål Jonson|PERSON
Gripen E|WEAPON
Linköping|LOC
Laurentides|LOC
IMP Aerospace|ORG
F-35A|WEAPON
Lockheed Martin|ORG
janvier 2023|DATE
2026|DATE
mars|DATE
Mark Carney|PERSON
""",
    events=[
        E("ARMS_TRANSFER", "ordered", ["GlobalEye", "Ottawa|gouvernement fédéral|Aviation royale canadienne|ARC", "Saab"],
          {"system": "GlobalEye", "recipient": "Ottawa", "supplier": "Saab", "amount": "5,6 milliards de dollars canadiens"},
          "Le gouvernement fédéral a confirmé mercredi l'achat de six avions de surveillance aéroportée GlobalEye auprès du constructeur suédois Saab",
          key=["GlobalEye", "Ottawa|Aviation royale canadienne|ARC", "Saab"]),
        E("VISIT", "done", ["Pål Jonson", "Ottawa|David McGuinty"],
          {"visitor": "Pål Jonson", "host": "David McGuinty", "place": "Ottawa"},
          "aux côtés de son homologue suédois, Pål Jonson, en visite à Ottawa jusqu'à jeudi"),
        E("AGREEMENT", "signed", ["Les deux ministres|David McGuinty|Ottawa", "Les deux ministres|Pål Jonson"],
          {"parties": ["Canada", "Suède"]},
          "Les deux ministres ont signé dans la foulée un protocole d'entente sur la coopération en matière d'industrie de défense",
          key=["David McGuinty|Ottawa", "Pål Jonson"]),
        E("ARMS_TRANSFER", "negotiating", ["Gripen E|Gripen", "Ottawa", "Saab"],
          {"system": "Gripen E", "recipient": "Ottawa", "supplier": "Saab"},
          "Saab a profité de la visite pour remettre sur la table son offre de Gripen E"),
        E("INDUSTRY", "planned", ["Saab|IMP Aerospace|Gripen E", "Mirabel|Laurentides"],
          {"company": ["Saab", "IMP Aerospace"], "product": "Gripen E", "place": "Mirabel"},
          "L'avionneur de Linköping propose de construire une chaîne d'assemblage final à Mirabel"),
        E("ARMS_TRANSFER", "ordered", ["F-35A|F-35", "Ottawa", "Lockheed Martin"],
          {"system": "F-35A", "recipient": "Ottawa", "supplier": "Lockheed Martin"},
          "Ottawa n'a pas tranché le sort de sa commande de 88 F-35A passée auprès de Lockheed Martin en janvier 2023"),
    ],
)
