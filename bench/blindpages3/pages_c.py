"""blindpages3 pages r015–r020 (France, Belgium, Switzerland, Canada, Lebanon)."""
from common import page, E

# ---------------------------------------------------------------- r015
page(id="r015", site="meretmarine.com (Mer et Marine)", noise="es (Spanish partner block 'En español')",
     furniture="site name;menu;rubric label;premium label;title;standfirst;byline+date line;photo caption+credit;paywall prompt;Spanish partner block;tags;related articles;newsletter;footer",
     notes="DGA orders 5th FDI Amiral Cabanier from Naval Group (ordered); Kimon delivered to Hellenic Navy; new composite workshop in Lorient inaugurated (INDUSTRY done)",
     meta={"date": "2026-01-29", "source": "Mer et Marine", "author": "Vincent Groizeleau"},
     text="""
Mer et Marine
Toute l'actualité maritime
Marine & Forces navales
Industrie navale & Offshore
Marine marchande
Pêche
Croisières
Vidéos
MARINE & FORCES NAVALES
Premium
§ FDI : la cinquième frégate commandée, la Grèce réceptionne la Kimon
§ Alors que la DGA vient de notifier la dernière frégate de défense et d'intervention destinée à la Marine nationale, Naval Group a remis à la marine grecque la première unité de la série export.
Vincent Groizeleau, le 29/01/2026
La frégate grecque Kimon en essais au large de Lorient. (© Naval Group)
§ La Direction générale de l'armement (DGA) a notifié le 27 janvier à Naval Group la commande de la cinquième et dernière frégate de défense et d'intervention (FDI) pour la Marine nationale. Baptisée Amiral Cabanier, elle doit être livrée en 2032, après les Amiral Ronarc'h, Amiral Louzeau, Amiral Castex et Amiral Nomy.
§ Le montant de cette tranche n'a pas été précisé par le ministère des Armées. Le programme français, qui comprend cinq bâtiments, est évalué à environ 4 milliards d'euros, développement compris.
§ Le même jour, à Lorient, la marine hellénique a pris possession de la Kimon, première des quatre FDI HN commandées par Athènes en mars 2022. La cérémonie de transfert de pavillon s'est déroulée en présence du chef d'état-major de la marine grecque, le vice-amiral Dimitrios-Eleftherios Kataras, et de Pierre Éric Pommellet, PDG de Naval Group. Équipée de missiles Aster 30 et Exocet MM40 Block 3C, la frégate doit rallier Salamine au printemps.
§ Sur le site industriel de Lorient, l'industriel a en outre inauguré un nouvel atelier de fabrication de pièces composites, qui produira notamment les mâts des futures frégates. L'investissement, de 28 millions d'euros, permettra d'accélérer la cadence à une frégate par an.
Cet article est réservé aux abonnés. Pour lire la suite, abonnez-vous à partir de 5,99 € par mois.
Déjà abonné ? Se connecter
En español
La Armada griega recibe la primera fragata FDI
Navantia bota un nuevo buque de acción marítima en Cádiz
Tags : FDI, Naval Group, Marine nationale, Grèce, Lorient
Sur le même sujet
Lorient : la troisième FDI sortie de la forme
Les frégates FREMM bientôt modernisées
Recevez notre newsletter quotidienne
© Mer et Marine 2026
""",
     ents="""
FDI|WEAPON|FDI
frégate de défense et d'intervention|WEAPON|FDI
Grèce|LOC
Kimon|WEAPON
DGA|ORG|Direction générale de l'armement
Marine nationale|ORG
Naval Group|ORG
Direction générale de l'armement|ORG
27 janvier|DATE
Amiral Cabanier|WEAPON
2032|DATE
Amiral Ronarc'h|WEAPON
Amiral Louzeau|WEAPON
Amiral Castex|WEAPON
Amiral Nomy|WEAPON
ministère des Armées|ORG
4 milliards d'euros|MONEY
Lorient|LOC
FDI HN|WEAPON
Athènes|LOC
mars 2022|DATE
Dimitrios-Eleftherios Kataras|PERSON
Pierre Éric Pommellet|PERSON
Aster 30|WEAPON
Exocet MM40 Block 3C|WEAPON|Exocet MM40
Salamine|LOC
28 millions d'euros|MONEY
""",
     events=[
         E("ARMS_TRANSFER", "ordered", ["Amiral Cabanier|FDI|frégate de défense et d'intervention", "Marine nationale|Direction générale de l'armement|DGA", "Naval Group"],
           {"system": "Amiral Cabanier", "recipient": "Marine nationale", "supplier": "Naval Group"},
           "La Direction générale de l'armement (DGA) a notifié le 27 janvier à Naval Group la commande de la cinquième et dernière frégate de défense et d'intervention (FDI)"),
         E("ARMS_TRANSFER", "delivered", ["Kimon|FDI HN", "marine hellénique|Athènes|Grèce", "Naval Group"],
           {"system": "Kimon", "recipient": "marine hellénique", "supplier": "Naval Group"},
           "la marine hellénique a pris possession de la Kimon, première des quatre FDI HN commandées par Athènes en mars 2022",
           key=["Kimon|FDI HN", "marine hellénique|Grèce", "Naval Group"]),
         E("INDUSTRY", "done", ["Naval Group", "Lorient"],
           {"company": "Naval Group", "product": "pièces composites", "place": "Lorient"},
           "l'industriel a en outre inauguré un nouvel atelier de fabrication de pièces composites"),
     ])

# ---------------------------------------------------------------- r016
page(id="r016", site="lesechos.fr (Les Echos)", noise="none (French furniture only)",
     furniture="site name;menu;rubric breadcrumb;subscriber label;title;standfirst;byline;date+update line;read time;photo caption+credit;paywall block;'À lire aussi' teasers;share prompt;newsletter;footer",
     notes="Croatia orders Caesar MkII (ordered); KNDS France second line at Roanne opened (INDUSTRY done); L&T local production in India (INDUSTRY planned)",
     meta={"date": "2025-11-05", "source": "Les Echos", "author": "Anne Bauer"},
     text="""
Les Echos
Économie
Finance - Marchés
Idées
Politique
Monde
Tech-Médias
Industrie - Services
Patrimoine
Industrie - Services › Défense
Réservé aux abonnés
§ Canons Caesar : KNDS France engrange une nouvelle commande et accélère à Roanne
§ Le groupe franco-allemand a signé avec la Croatie un contrat de 18 canons automoteurs. Une seconde ligne d'assemblage vient d'entrer en service dans la Loire.
Par Anne Bauer
Publié le 5 nov. 2025 à 07:00 | Mis à jour le 5 nov. 2025 à 09:41
Lecture 3 min.
Un canon Caesar MkII sur le site de Roanne. (KNDS)
§ La liste des clients du Caesar s'allonge encore. KNDS France a signé mardi avec le ministère croate de la Défense une commande de 18 canons automoteurs Caesar MkII montés sur châssis six roues, pour un montant de l'ordre de 240 millions d'euros, munitions et soutien compris. Les premiers exemplaires seront livrés à l'armée croate à l'automne 2027.
§ Pour tenir ces délais, l'industriel a mis en service à Roanne une seconde ligne d'assemblage. Elle permet de porter la production à douze canons par mois, contre deux avant le déclenchement de la guerre en Ukraine. « Nous avons embauché 600 personnes en trois ans », souligne Nicolas Chamussy, directeur général de KNDS France, qui veut atteindre vingt canons mensuels d'ici à 2027.
À lire aussi : Munitions : Eurenco relance la production de poudre à Bergerac
§ Le groupe regarde aussi vers l'Inde. Il négocie avec Larsen & Toubro la fabrication locale d'un Caesar adapté aux besoins de l'armée indienne, dans l'usine de Talegaon, près de Pune. Un tel accord, qui impliquerait un transfert de technologie, pourrait être conclu au premier semestre 2026.
§ Le carnet de commandes de KNDS France atteint désormais 16 milliards d'euros. En Bourse, Rheinmetall, son principal concurrent européen, a vu sa capitalisation tripler depuis janvier 2024.
Il vous reste 45 % de l'article à lire. Abonnez-vous pour 1 € le premier mois. Sans engagement.
À lire aussi
Défense : Thales relève ses objectifs annuels
Dassault Aviation : les livraisons de Rafale en hausse
Partager : LinkedIn | X | Facebook | E-mail
Recevez chaque jour l'essentiel de l'industrie dans votre boîte mail.
© Les Echos 2025 — Tous droits réservés
""",
     ents="""
Caesar|WEAPON
KNDS France|ORG
Roanne|LOC
Croatie|LOC
Loire|LOC
ministère croate de la Défense|ORG
Caesar MkII|WEAPON|Caesar MkII
240 millions d'euros|MONEY
automne 2027|DATE
Ukraine|LOC
Nicolas Chamussy|PERSON
2027|DATE
Inde|LOC
Larsen & Toubro|ORG
Talegaon|LOC
Pune|LOC
premier semestre 2026|DATE
16 milliards d'euros|MONEY
Rheinmetall|ORG
janvier 2024|DATE
""",
     events=[
         E("ARMS_TRANSFER", "ordered", ["Caesar MkII|Caesar", "ministère croate de la Défense|Croatie", "KNDS France"],
           {"system": "Caesar MkII", "recipient": "ministère croate de la Défense", "supplier": "KNDS France"},
           "KNDS France a signé mardi avec le ministère croate de la Défense une commande de 18 canons automoteurs Caesar MkII"),
         E("INDUSTRY", "done", ["KNDS France|Caesar", "Roanne"],
           {"company": "KNDS France", "product": "Caesar", "place": "Roanne"},
           "l'industriel a mis en service à Roanne une seconde ligne d'assemblage"),
         E("INDUSTRY", "planned", ["Larsen & Toubro|KNDS France|Caesar", "Talegaon|Inde|Pune"],
           {"company": ["KNDS France", "Larsen & Toubro"], "product": "Caesar", "place": "Talegaon"},
           "Il négocie avec Larsen & Toubro la fabrication locale d'un Caesar adapté aux besoins de l'armée indienne, dans l'usine de Talegaon"),
     ])

# ---------------------------------------------------------------- r017
page(id="r017", site="dhnet.be (DH Les Sports+)", noise="nl (Dutch partner headlines)",
     furniture="site name;menu;region selector;rubric label;title;byline;date line;photo caption+credit;Lire aussi teaser;Dutch partner headlines;share prompt;comment prompt;cookie consent;footer",
     notes="F-35A delivered at Florennes; NASAMS ordered from Kongsberg; Francken trip to Oslo (done); Kleine-Brogel later base",
     meta={"date": "2025-10-15", "source": "DH Les Sports+", "author": "Thomas Lambrechts"},
     text="""
DH Les Sports+
Actu
Belgique
Monde
Régions
Sports
Showbiz
Bruxelles | Liège | Charleroi | Namur | Mons
Belgique
§ Les premiers F-35 belges se sont posés à Florennes : « un moment historique » pour la Composante Air
Thomas Lambrechts
Publié le 15-10-2025 à 18h32
Le premier F-35A belge, à son arrivée à Florennes. ©Belga
§ Il était un peu plus de 14 heures, ce mercredi 15 octobre, quand les quatre premiers chasseurs F-35A destinés à la Belgique ont touché la piste de la base de Florennes, dans la province de Namur. Partis la veille de la base de Luke, en Arizona, où ils servaient à la formation des pilotes belges, les appareils ont été accueillis par plusieurs centaines de militaires et de riverains.
§ « C'est un moment historique pour la Composante Air », a lancé le ministre de la Défense, Theo Francken (N-VA), présent sur le tarmac. La Belgique a commandé 34 appareils au constructeur américain Lockheed Martin en 2018, pour 3,8 milliards d'euros. Les avions remplaceront progressivement les F-16, dont les derniers devraient quitter le service en 2028.
Lire aussi : Défense : le budget belge atteindra 2 % du PIB dès cette année
§ Le ministre a aussi confirmé la signature, la semaine dernière à Oslo, d'un contrat avec le norvégien Kongsberg pour quatre batteries de défense sol-air NASAMS. Le montant, proche de 1,1 milliard d'euros, couvre aussi les missiles et la formation. Les premières batteries seront opérationnelles en 2028 pour protéger notamment le port d'Anvers.
§ Lors de ce déplacement en Norvège, Theo Francken s'était entretenu avec son homologue Tore O. Sandvik sur le renforcement de la présence alliée en mer du Nord.
§ La base de Kleine-Brogel, dans le Limbourg, accueillera quant à elle ses premiers F-35 en 2027, après la fin des travaux d'infrastructure estimés à 275 millions d'euros.
Nieuws uit Vlaanderen
Eerste Belgische F-35's geland in Florennes
Francken tekent NASAMS-contract in Oslo
Partager : Facebook | X | WhatsApp
Réagissez — Les commentaires sont réservés aux abonnés.
Nous utilisons des cookies. Tout accepter | Personnaliser
© DH Les Sports+ 2025
""",
     ents="""
F-35|WEAPON
Florennes|LOC
Composante Air|ORG
mercredi 15 octobre|DATE
F-35A|WEAPON|F-35
Belgique|LOC
Namur|LOC
Luke|LOC
Arizona|LOC
Theo Francken|PERSON
N-VA|ORG
Lockheed Martin|ORG
2018|DATE
3,8 milliards d'euros|MONEY
F-16|WEAPON
2028|DATE
Oslo|LOC
Kongsberg|ORG
NASAMS|WEAPON
1,1 milliard d'euros|MONEY
Anvers|LOC
Norvège|LOC
Tore O. Sandvik|PERSON
mer du Nord|LOC
Kleine-Brogel|LOC
Limbourg|LOC
2027|DATE
275 millions d'euros|MONEY
""",
     events=[
         E("ARMS_TRANSFER", "delivered", ["F-35A|F-35", "Belgique|Composante Air", "Lockheed Martin"],
           {"system": "F-35A", "recipient": "Belgique", "supplier": "Lockheed Martin"},
           "les quatre premiers chasseurs F-35A destinés à la Belgique ont touché la piste de la base de Florennes"),
         E("ARMS_TRANSFER", "ordered", ["NASAMS", "Belgique|Theo Francken", "Kongsberg"],
           {"system": "NASAMS", "recipient": "Belgique", "supplier": "Kongsberg"},
           "d'un contrat avec le norvégien Kongsberg pour quatre batteries de défense sol-air NASAMS",
           key=["NASAMS", "Belgique", "Kongsberg"]),
         E("VISIT", "done", ["Theo Francken", "Norvège|Oslo|Tore O. Sandvik"],
           {"visitor": "Theo Francken", "host": "Tore O. Sandvik", "place": "Oslo"},
           "Lors de ce déplacement en Norvège, Theo Francken s'était entretenu avec son homologue Tore O. Sandvik"),
     ])

# ---------------------------------------------------------------- r018
page(id="r018", site="24heures.ch (24 heures)", noise="de (German partner headlines 'Tages-Anzeiger')",
     furniture="site name;menu;rubric label;title;standfirst;byline with function;date line;read time;photo caption+credit;paywall prompt;German partner headlines;share prompt;comments count;more articles;footer",
     notes="Skyranger 30 ordered from Rheinmetall; Patriot delivery delay (ordered, earlier deal); Pfister trip to Washington (done); armasuisse–RUAG MRO maintenance centre at Emmen (INDUSTRY planned)",
     meta={"date": "2025-09-18", "source": "24 heures", "author": "Florence Rochat"},
     text="""
24 heures
Vaud & Régions
Suisse
Monde
Économie
Sports
Culture
Opinion
Abonnez-vous
Suisse
§ Défense aérienne : Berne commande des canons Skyranger et encaisse un nouveau retard des Patriot
§ Le Conseil fédéral a débloqué 680 millions de francs pour un système de défense rapprochée. Les missiles américains, eux, n'arriveront pas avant 2028.
Florence Rochat, Berne
Publié: 18.09.2025, 06h30
4 min
Un Skyranger 30 monté sur un véhicule Piranha lors d'une démonstration. Rheinmetall
§ L'Office fédéral de l'armement (armasuisse) a signé mercredi avec Rheinmetall Air Defence, à Zurich-Oerlikon, un contrat portant sur 32 systèmes antiaériens Skyranger 30 montés sur des véhicules blindés Piranha IV. Le montant s'élève à 680 millions de francs. Les premiers véhicules doivent être livrés aux Forces aériennes suisses en 2029.
§ Dans le même temps, le Département fédéral de la défense, de la protection de la population et des sports (DDPS) a confirmé que la livraison des cinq batteries Patriot commandées aux États-Unis en 2022 subira un nouveau retard, Washington ayant donné la priorité à l'Ukraine. Les premiers éléments n'arriveront pas avant 2028, soit trois ans plus tard que prévu.
§ Le conseiller fédéral Martin Pfister, chef du DDPS, s'était rendu à Washington les 8 et 9 septembre pour plaider la cause suisse auprès du secrétaire à la Défense Pete Hegseth. Sans succès, selon nos informations.
§ En parallèle, armasuisse et RUAG MRO Holding préparent l'ouverture à Emmen, dans le canton de Lucerne, d'un centre de maintenance pour les futurs F-35A. Le chantier doit démarrer au printemps 2026.
§ À gauche, on dénonce une « fuite en avant ». « On achète sans maîtriser ni les délais, ni les coûts », estime la conseillère nationale vaudoise Léonore Porchet (Verts).
Cet article vous est offert. Pour lire tous nos contenus, abonnez-vous dès 1 franc le premier mois.
Tages-Anzeiger
Bundesrat bestellt Skyranger-Flugabwehr für 680 Millionen
Patriot-Lieferung verzögert sich erneut
Partager l'article — 27 commentaires
Plus d'articles
Lausanne : la piscine de Mon-Repos rouvre ses portes
© 24 heures / Tamedia 2025
""",
     ents="""
Berne|LOC
Skyranger|WEAPON|Skyranger 30
Patriot|WEAPON
Conseil fédéral|ORG
680 millions de francs|MONEY
2028|DATE
Office fédéral de l'armement|ORG
armasuisse|ORG|Office fédéral de l'armement
Rheinmetall Air Defence|ORG
Zurich-Oerlikon|LOC
Skyranger 30|WEAPON
Piranha IV|WEAPON|Piranha IV
Forces aériennes suisses|ORG
2029|DATE
Département fédéral de la défense, de la protection de la population et des sports|ORG
DDPS|ORG|Département fédéral de la défense, de la protection de la population et des sports
États-Unis|LOC
2022|DATE
Washington|LOC
Ukraine|LOC
Martin Pfister|PERSON
8 et 9 septembre|DATE
Pete Hegseth|PERSON
RUAG MRO Holding|ORG
Emmen|LOC
Lucerne|LOC
F-35A|WEAPON|F-35
printemps 2026|DATE
Léonore Porchet|PERSON
Verts|ORG
""",
     events=[
         E("ARMS_TRANSFER", "ordered", ["Skyranger 30|Skyranger", "Forces aériennes suisses|armasuisse|Office fédéral de l'armement|Berne", "Rheinmetall Air Defence"],
           {"system": "Skyranger 30", "recipient": "armasuisse", "supplier": "Rheinmetall Air Defence"},
           "L'Office fédéral de l'armement (armasuisse) a signé mercredi avec Rheinmetall Air Defence, à Zurich-Oerlikon, un contrat portant sur 32 systèmes antiaériens Skyranger 30",
           key=["Skyranger 30|Skyranger", "Forces aériennes suisses|armasuisse|Office fédéral de l'armement", "Rheinmetall Air Defence"]),
         E("ARMS_TRANSFER", "ordered", ["Patriot", "Département fédéral de la défense, de la protection de la population et des sports|DDPS|suisse", "États-Unis|Washington"],
           {"system": "Patriot", "recipient": "DDPS", "supplier": "États-Unis"},
           "la livraison des cinq batteries Patriot commandées aux États-Unis en 2022 subira un nouveau retard",
           key=["Patriot", "Département fédéral de la défense, de la protection de la population et des sports|DDPS", "États-Unis"]),
         E("VISIT", "done", ["Martin Pfister", "Washington|Pete Hegseth"],
           {"visitor": "Martin Pfister", "host": "Pete Hegseth", "place": "Washington"},
           "Martin Pfister, chef du DDPS, s'était rendu à Washington les 8 et 9 septembre"),
         E("INDUSTRY", "planned", ["RUAG MRO Holding|armasuisse|F-35A", "Emmen"],
           {"company": ["armasuisse", "RUAG MRO Holding"], "product": "F-35A", "place": "Emmen"},
           "armasuisse et RUAG MRO Holding préparent l'ouverture à Emmen, dans le canton de Lucerne, d'un centre de maintenance pour les futurs F-35A"),
     ])

# ---------------------------------------------------------------- r019
page(id="r019", site="ici.radio-canada.ca (Radio-Canada Info)", noise="en (CBC News English headlines)",
     furniture="site name;menu;region selector;rubric label;title;standfirst;byline with function;date+update line;audio/video label;photo caption+credit;'À lire aussi' teasers;CBC English headlines;share prompt;comments closed notice;footer",
     notes="submarine competition Hanwha vs TKMS (negotiating, one event with both bidders); McGuinty trip to Seoul (done); Canada–Korea defence industry MoU signed; Hanwha–Davie partnership planned at Lévis (INDUSTRY)",
     meta={"date": "2025-10-29", "source": "Radio-Canada", "author": "Marie-Ève Tremblay"},
     text="""
Radio-Canada
ICI Info
Accueil
Politique
Économie
International
Environnement
Société
Régions : Québec | Montréal | Ottawa-Gatineau | Saguenay–Lac-Saint-Jean
Politique fédérale
§ Sous-marins : Ottawa resserre ses liens avec la Corée du Sud
§ Le ministre de la Défense nationale était à Séoul cette semaine, alors que le fabricant coréen Hanwha Ocean est l'un des deux finalistes pour le remplacement des sous-marins de classe Victoria.
Marie-Ève Tremblay, correspondante parlementaire
Publication : 29 octobre 2025 à 4 h 01 HAE | Mise à jour : 29 octobre 2025 à 8 h 15 HAE
Écouter l'article | 4 minutes
Le sous-marin de classe KSS-III présenté à la presse au chantier d'Okpo. Photo : Reuters / Kim Hong-Ji
§ Le ministre de la Défense nationale, David McGuinty, a achevé mardi une visite de trois jours en Corée du Sud, où il a rencontré son homologue Ahn Gyu-back et visité le chantier naval d'Okpo, sur l'île de Geoje. Il y a vu le sous-marin Jang Yeong-sil, dernier-né de la classe KSS-III.
§ Ottawa doit choisir d'ici 2026 entre Hanwha Ocean et l'allemand ThyssenKrupp Marine Systems (TKMS), qui propose son Type 212CD, pour la livraison de jusqu'à 12 sous-marins à la Marine royale canadienne. La valeur du contrat pourrait dépasser 100 milliards de dollars canadiens sur sa durée de vie, maintien en service compris.
§ Pendant le séjour du ministre, le Canada et la Corée du Sud ont signé un protocole d'entente sur la coopération en matière d'industrie de défense, qui facilitera les échanges d'information technique et la participation d'entreprises canadiennes aux chaînes d'approvisionnement coréennes.
§ De son côté, Hanwha Ocean a annoncé un partenariat avec le Chantier Davie, à Lévis, pour y assurer l'entretien des futurs sous-marins si son offre était retenue. « Nous voulons que ces sous-marins soient entretenus ici, par des travailleurs d'ici », a déclaré à Radio-Canada le vice-président de l'entreprise, Michael Coulter.
§ Les quatre sous-marins de classe Victoria, achetés d'occasion au Royaume-Uni en 1998, doivent être retirés du service au milieu des années 2030.
À lire aussi :
Le Canada atteindra la cible de 2 % de l'OTAN cette année, assure Ottawa
Brise-glaces : premier acier coupé au chantier Davie
CBC News
Canada signs defence industry MOU with South Korea
Les commentaires sont fermés pour cet article.
Partager : Facebook | X | Courriel
© Société Radio-Canada 2025. Tous droits réservés.
""",
     ents="""
Ottawa|LOC
Corée du Sud|LOC
Séoul|LOC
Hanwha Ocean|ORG
Victoria|WEAPON
David McGuinty|PERSON
Ahn Gyu-back|PERSON
Okpo|LOC
Geoje|LOC
Jang Yeong-sil|WEAPON
KSS-III|WEAPON
2026|DATE
ThyssenKrupp Marine Systems|ORG
TKMS|ORG|ThyssenKrupp Marine Systems
Type 212CD|WEAPON
Marine royale canadienne|ORG
100 milliards de dollars canadiens|MONEY
Canada|LOC
Chantier Davie|ORG
Lévis|LOC
Radio-Canada|ORG
Michael Coulter|PERSON
Royaume-Uni|LOC
1998|DATE
milieu des années 2030|DATE
""",
     events=[
         E("ARMS_TRANSFER", "negotiating", ["KSS-III|Type 212CD|sous-marins", "Marine royale canadienne|Ottawa|Canada", "Hanwha Ocean|ThyssenKrupp Marine Systems|TKMS"],
           {"system": ["KSS-III", "Type 212CD"], "recipient": "Marine royale canadienne", "supplier": ["Hanwha Ocean", "TKMS"]},
           "Ottawa doit choisir d'ici 2026 entre Hanwha Ocean et l'allemand ThyssenKrupp Marine Systems (TKMS), qui propose son Type 212CD, pour la livraison de jusqu'à 12 sous-marins à la Marine royale canadienne",
           key=["KSS-III|Type 212CD", "Marine royale canadienne|Canada", "Hanwha Ocean|ThyssenKrupp Marine Systems|TKMS"]),
         E("VISIT", "done", ["David McGuinty", "Corée du Sud|Séoul|Ahn Gyu-back"],
           {"visitor": "David McGuinty", "host": "Ahn Gyu-back", "place": "Corée du Sud"},
           "David McGuinty, a achevé mardi une visite de trois jours en Corée du Sud"),
         E("AGREEMENT", "signed", ["Canada", "Corée du Sud"],
           {"party_a": "Canada", "party_b": "Corée du Sud"},
           "le Canada et la Corée du Sud ont signé un protocole d'entente sur la coopération en matière d'industrie de défense"),
         E("INDUSTRY", "planned", ["Hanwha Ocean|Chantier Davie", "Lévis"],
           {"company": ["Hanwha Ocean", "Chantier Davie"], "product": "entretien des sous-marins", "place": "Lévis"},
           "Hanwha Ocean a annoncé un partenariat avec le Chantier Davie, à Lévis, pour y assurer l'entretien des futurs sous-marins"),
         E("ARMS_TRANSFER", "delivered", ["Victoria", "Canada|Marine royale canadienne", "Royaume-Uni"],
           {"system": "Victoria", "recipient": "Canada", "supplier": "Royaume-Uni"},
           "Les quatre sous-marins de classe Victoria, achetés d'occasion au Royaume-Uni en 1998",
           optional=True, note="background purchase, 1998"),
     ])

# ---------------------------------------------------------------- r020
page(id="r020", site="libnanews.com (Libnanews)", noise="en/ar (English and Arabic headlines)",
     furniture="site name;slogan;menu;live ticker (French);rubric label;title;byline;date line;photo caption+credit;share prompt;support-us prompt;English/Arabic headlines;related articles;footer",
     notes="Qatar donation of vehicles + fuel (delivered); French donation of VAB planned; Haykal visit to Paris (done); US FMF package approved (agreed)",
     meta={"date": "2026-03-04", "source": "Libnanews", "author": "Rania Haddad"},
     text="""
Libnanews
Le Média du Liban
Actualités | Politique | Économie | Société | Culture | Opinions | Podcasts
EN DIRECT — Sud-Liban : reprise des patrouilles conjointes — Beyrouth : embouteillages monstres sur l'autoroute de Jounieh
Liban
§ Armée libanaise : le Qatar livre 120 véhicules, Paris promet des VAB
Par Rania Haddad
4 mars 2026
Des véhicules offerts par le Qatar lors de leur remise au port de Beyrouth. Crédit : Armée libanaise
§ L'Armée libanaise a réceptionné lundi au port de Beyrouth un lot de 120 véhicules tactiques Toyota Land Cruiser ainsi que 60 000 tonnes de carburant, offerts par l'État du Qatar. La remise s'est faite en présence de l'ambassadeur qatari, cheikh Saoud ben Abdelrahmane Al Thani, et du commandant en chef de l'armée, le général Rodolphe Haykal.
§ Selon un communiqué de la Direction de l'orientation, cette aide s'inscrit dans le soutien de Doha au redéploiement de la troupe au sud du Litani, prévu par l'accord de cessez-le-feu de novembre 2024. Depuis 2023, le Qatar a versé plus de 80 millions de dollars à l'institution militaire, principalement pour les salaires.
§ Le général Haykal revenait d'une visite de trois jours à Paris, du 25 au 27 février, au cours de laquelle il a rencontré la ministre des Armées, Catherine Vautrin, et le chef d'état-major des armées, le général Fabien Mandon. La France s'est engagée à céder à l'armée une quarantaine de véhicules de l'avant blindé (VAB) retirés du service, dont la livraison devrait intervenir à l'été.
§ Les États-Unis ont de leur côté approuvé une enveloppe de 14,2 millions de dollars au titre du Financement militaire à l'étranger, destinée à l'achat de munitions et de pièces détachées pour les hélicoptères UH-1H Huey II de l'Armée de l'air libanaise.
§ Le Liban doit accueillir le 12 mars une conférence internationale de soutien aux forces armées, coorganisée par la France et l'Arabie saoudite.
Partager : Facebook | X | WhatsApp | Telegram
Soutenez Libnanews — Faites un don
In English
Lebanese Army receives 120 vehicles from Qatar
بالعربية
الجيش اللبناني يتسلم 120 آلية من قطر
À lire aussi
Électricité : EDL annonce une hausse des heures d'alimentation
Liban-Sud : retour progressif des déplacés
© 2026 Libnanews
""",
     ents="""
Armée libanaise|ORG
Qatar|LOC
Paris|LOC
VAB|WEAPON
Beyrouth|LOC
Toyota Land Cruiser|WEAPON|Land Cruiser
État du Qatar|LOC
Saoud ben Abdelrahmane Al Thani|PERSON
Rodolphe Haykal|PERSON
Direction de l'orientation|ORG
Doha|LOC
Litani|LOC
novembre 2024|DATE
2023|DATE
80 millions de dollars|MONEY
Haykal|PERSON|Rodolphe Haykal
25 au 27 février|DATE
Catherine Vautrin|PERSON
Fabien Mandon|PERSON
France|LOC
véhicules de l'avant blindé|WEAPON|VAB
États-Unis|LOC
14,2 millions de dollars|MONEY
UH-1H Huey II|WEAPON|UH-1H Huey II
Armée de l'air libanaise|ORG
Liban|LOC
12 mars|DATE
Arabie saoudite|LOC
""",
     events=[
         E("ARMS_TRANSFER", "delivered", ["Toyota Land Cruiser|véhicules tactiques", "Armée libanaise", "Qatar|État du Qatar|Doha"],
           {"system": "Toyota Land Cruiser", "recipient": "Armée libanaise", "supplier": "État du Qatar"},
           "L'Armée libanaise a réceptionné lundi au port de Beyrouth un lot de 120 véhicules tactiques Toyota Land Cruiser",
           key=["Toyota Land Cruiser", "Armée libanaise", "Qatar|État du Qatar"]),
         E("VISIT", "done", ["Rodolphe Haykal|Haykal", "Paris|Catherine Vautrin|France"],
           {"visitor": "Rodolphe Haykal", "host": "Catherine Vautrin", "place": "Paris"},
           "Le général Haykal revenait d'une visite de trois jours à Paris, du 25 au 27 février"),
         E("ARMS_TRANSFER", "planned", ["VAB|véhicules de l'avant blindé", "Armée libanaise|armée|Liban", "France|Paris"],
           {"system": "VAB", "recipient": "armée", "supplier": "France"},
           "La France s'est engagée à céder à l'armée une quarantaine de véhicules de l'avant blindé (VAB) retirés du service",
           key=["VAB|véhicules de l'avant blindé", "Armée libanaise|Liban", "France"]),
         E("ARMS_TRANSFER", "agreed", ["munitions|pièces détachées|UH-1H Huey II", "Armée de l'air libanaise|Liban", "États-Unis"],
           {"system": "munitions", "recipient": "Armée de l'air libanaise", "supplier": "États-Unis"},
           "Les États-Unis ont de leur côté approuvé une enveloppe de 14,2 millions de dollars au titre du Financement militaire à l'étranger"),
         E("ARMS_TRANSFER", "delivered", ["aide", "Armée libanaise|institution militaire", "Qatar"],
           {"system": "aide", "recipient": "institution militaire", "supplier": "Qatar"},
           "Depuis 2023, le Qatar a versé plus de 80 millions de dollars à l'institution militaire",
           optional=True, note="aggregate financial aid, mostly salaries"),
     ])
