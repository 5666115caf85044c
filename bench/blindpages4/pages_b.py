"""Pages b008-b014 of blindpages4 (Mali, Burkina Faso, Senegal, Guinea, Côte d'Ivoire, Benin,
Cameroon)."""
from common import page, E

# ---------------------------------------------------------------- b008
page(
    id="b008",
    site="journaldumali.com (Journal du Mali)",
    noise="en (English edition 'Journal du Mali English')",
    furniture="site name;menu;EN edition link;rubric label;title;byline;date line;photo caption+credit;share prompt;English headlines;'À lire aussi' teaser;tags;related articles;footer",
    notes="Akinci drones and Kirpi vehicles delivered to FAMa; drone assembly unit planned at Sénou (INDUSTRY planned); Turkish deputy minister's visit (done); CNT ratifies military framework agreement with Turkey",
    meta={"date": "2025-07-14", "source": None, "author": "Boubacar Diallo"},
    text="""
JOURNAL DU MALI
L'info en continu
Accueil  Politique  Économie  Société  Sécurité  Culture  Sport  Dossiers
English
Sécurité
§ Défense : de nouveaux vecteurs aériens pour les FAMa
Boubacar Diallo
14 juillet 2025
§ Les Forces armées maliennes (FAMa) ont réceptionné, samedi 12 juillet, un nouveau lot d'aéronefs et de véhicules, lors d'une cérémonie sur la base aérienne 101 de Sénou, à Bamako, présidée par le général d'armée Assimi Goïta.
Un drone Akinci sur le tarmac de la base 101. © Journal du Mali
§ Selon la Direction de l'information et des relations publiques des armées (DIRPA), le lot comprend deux drones Akinci du constructeur turc Baykar, ainsi que vingt véhicules blindés Kirpi II. Le montant de l'acquisition n'a pas été communiqué, mais des sources concordantes l'évaluent à plus de 60 milliards de francs CFA.
§ Présent à la cérémonie, le vice-ministre turc de la Défense, Musa Heybet, effectuait sa deuxième visite à Bamako cette année. Il a été reçu la veille par le ministre de la Défense et des Anciens combattants, le général Sadio Camara.
§ Les deux hommes ont évoqué un projet d'unité de montage de drones légers à Sénou, qui serait porté par une société mixte associant des intérêts maliens au groupe turc STM. Les travaux pourraient démarrer dès janvier 2026 si le financement est bouclé.
§ Ce rapprochement repose sur un socle juridique désormais complet : le Conseil national de transition (CNT) a ratifié le 3 juillet l'accord-cadre de coopération militaire entre le Mali et la Turquie, signé à Ankara en 2024.
§ Depuis 2022, l'armée de l'air malienne a considérablement renforcé sa flotte. Elle aligne désormais des Bayraktar TB2, des avions L-39 Albatros et des hélicoptères Mi-171Sh acquis auprès de la Russie.
Partager : Facebook  X  WhatsApp
Journal du Mali English
Mali receives new Turkish drones and armoured vehicles
Bamako: fuel supplies back to normal
À lire aussi : Kidal : retour progressif des services de l'État
Tags : FAMa, Akinci, Turquie, Défense
Articles liés
Koulikoro : sortie de la 42e promotion de l'EMIA
© Journal du Mali 2025
""",
    ents="""
FAMa|ORG|Forces armées maliennes
Forces armées maliennes|ORG
samedi 12 juillet|DATE
Sénou|LOC
Bamako|LOC
Assimi Goïta|PERSON
Direction de l'information et des relations publiques des armées|ORG
DIRPA|ORG|Direction de l'information et des relations publiques des armées
Akinci|WEAPON
Baykar|ORG
Kirpi II|WEAPON
60 milliards de francs CFA|MONEY
Musa Heybet|PERSON
Sadio Camara|PERSON
STM|ORG
janvier 2026|DATE
Conseil national de transition|ORG
CNT|ORG|Conseil national de transition
3 juillet|DATE
Mali|LOC
Turquie|LOC
Ankara|LOC
2024|DATE
2022|DATE
Bayraktar TB2|WEAPON
L-39 Albatros|WEAPON
Mi-171Sh|WEAPON
Russie|LOC
""",
    events=[
        E("ARMS_TRANSFER", "delivered", ["Akinci|Kirpi II", "FAMa|Forces armées maliennes", "Baykar"],
          {"system": ["Akinci", "Kirpi II"], "recipient": "FAMa", "supplier": "Baykar", "amount": "60 milliards de francs CFA"},
          "le lot comprend deux drones Akinci du constructeur turc Baykar, ainsi que vingt véhicules blindés Kirpi II",
          note="one reception ceremony, one lot with two systems"),
        E("VISIT", "done", ["Musa Heybet", "Bamako|Sadio Camara|Mali"],
          {"visitor": "Musa Heybet", "host": "Sadio Camara", "place": "Bamako"},
          "le vice-ministre turc de la Défense, Musa Heybet, effectuait sa deuxième visite à Bamako cette année"),
        E("INDUSTRY", "planned", ["STM", "Sénou"],
          {"company": "STM", "place": "Sénou"},
          "un projet d'unité de montage de drones légers à Sénou, qui serait porté par une société mixte associant des intérêts maliens au groupe turc STM"),
        E("AGREEMENT", "ratified", ["Mali", "Turquie"],
          {"parties": ["Mali", "Turquie"]},
          "le Conseil national de transition (CNT) a ratifié le 3 juillet l'accord-cadre de coopération militaire entre le Mali et la Turquie"),
        E("ARMS_TRANSFER", "delivered", ["Bayraktar TB2|L-39 Albatros|Mi-171Sh", "armée de l'air malienne", "Russie"],
          {"system": ["Bayraktar TB2", "L-39 Albatros", "Mi-171Sh"], "recipient": "armée de l'air malienne", "supplier": "Russie"},
          "Elle aligne désormais des Bayraktar TB2, des avions L-39 Albatros et des hélicoptères Mi-171Sh acquis auprès de la Russie",
          optional=True, note="inventory statement, aggregate"),
    ],
)

# ---------------------------------------------------------------- b009
page(
    id="b009",
    site="sidwaya.info (Sidwaya)",
    noise="none (Mooré edition link only)",
    furniture="site name;slogan;menu;Mooré edition link;rubric label;title;byline with function;date line;photo caption+credit;share prompt;other news list;footer",
    notes="VN22 armoured vehicles and ambulances from Poly Technologies delivered; minister's visit to Kaya garrison (done); artillery live-fire exercise at Pô (done); ammunition workshop at Bobo-Dioulasso planned (INDUSTRY)",
    meta={"date": "2025-04-29", "source": None, "author": "Wendpouiré Sawadogo"},
    text="""
Sidwaya
Le journal de tous les Burkinabè
Accueil | Nation | Régions | Économie | Culture | Sports | International | Sidwaya Mooré
Nation
§ Equipements militaires : la « Ceinture de fer » se renforce
Par Wendpouiré Sawadogo (Collaborateur)
Publié le 29 avril 2025
§ Les Forces armées nationales ont pris livraison, le 26 avril dernier, de trente véhicules blindés de transport de troupes VN22 et de six ambulances militaires de conception chinoise, à l'occasion d'une cérémonie présidée par le ministre d'Etat, ministre de la Défense et des Anciens combattants, le général de brigade Célestin Simporé, au camp Guillaume-Ouédraogo de Ouagadougou.
Le ministre en charge de la Défense (au centre) inspectant les nouveaux engins. Ph. : DCRP/Armées
§ Ces équipements, livrés par Poly Technologies, sont le fruit d'un contrat conclu en août 2024 pour un montant de 23,4 milliards F CFA, financé en partie par le Fonds de soutien patriotique (FSP). Ils seront affectés aux Bataillons d'intervention rapide (BIR) et aux unités de la Brigade spéciale de protection.
§ La veille, le ministre Simporé avait séjourné à Kaya, dans la région du Centre-Nord, où il a échangé avec les hommes du 11e Régiment d'infanterie commando. Il y a annoncé la prochaine ouverture, à Bobo-Dioulasso, d'un atelier de fabrication de munitions de petit calibre, confié à la Société nationale des industries de défense (SONID). Un investissement de 9 milliards de francs CFA est prévu.
§ Par ailleurs, du 22 au 24 avril, le Groupement d'artillerie de Pô a conduit un exercice de tirs réels mobilisant des obusiers D-30 et des lance-roquettes Type 63. L'exercice a permis d'évaluer la coordination entre observateurs avancés et batteries, selon la Direction de la communication et des relations publiques des armées (DCRP).
§ Pour le chef d'état-major général des armées, le général de brigade Moussa Diallo, « l'effort de guerre ne faiblira pas ».
Lire Sidwaya en mooré
Partagez : Facebook  Twitter  WhatsApp
Autres actualités
Coton : la campagne 2025-2026 lancée à Bobo-Dioulasso
SIAO : les préparatifs vont bon train
Sidwaya © 2025 — Editions Sidwaya, Ouagadougou
""",
    ents="""
Forces armées nationales|ORG
26 avril dernier|DATE
VN22|WEAPON
Célestin Simporé|PERSON
Simporé|PERSON|Célestin Simporé
camp Guillaume-Ouédraogo|LOC
Ouagadougou|LOC
Poly Technologies|ORG
août 2024|DATE
23,4 milliards F CFA|MONEY
Fonds de soutien patriotique|ORG
FSP|ORG|Fonds de soutien patriotique
Bataillons d'intervention rapide|ORG
BIR|ORG|Bataillons d'intervention rapide
Brigade spéciale de protection|ORG
Kaya|LOC
Centre-Nord|LOC
11e Régiment d'infanterie commando|ORG
Bobo-Dioulasso|LOC
Société nationale des industries de défense|ORG
SONID|ORG|Société nationale des industries de défense
9 milliards de francs CFA|MONEY
22 au 24 avril|DATE
Groupement d'artillerie de Pô|ORG
D-30|WEAPON
Type 63|WEAPON
Direction de la communication et des relations publiques des armées|ORG
DCRP|ORG|Direction de la communication et des relations publiques des armées
Moussa Diallo|PERSON
""",
    events=[
        E("ARMS_TRANSFER", "delivered", ["VN22|ambulances militaires", "Forces armées nationales", "Poly Technologies"],
          {"system": "VN22", "recipient": "Forces armées nationales", "supplier": "Poly Technologies", "amount": "23,4 milliards F CFA"},
          "Les Forces armées nationales ont pris livraison, le 26 avril dernier, de trente véhicules blindés de transport de troupes VN22",
          key=["VN22", "Forces armées nationales", "Poly Technologies"]),
        E("VISIT", "done", ["Simporé|Célestin Simporé", "Kaya|11e Régiment d'infanterie commando"],
          {"visitor": "Célestin Simporé", "host": "11e Régiment d'infanterie commando", "place": "Kaya"},
          "La veille, le ministre Simporé avait séjourné à Kaya"),
        E("INDUSTRY", "planned", ["SONID|Société nationale des industries de défense", "Bobo-Dioulasso"],
          {"company": "SONID", "place": "Bobo-Dioulasso", "amount": "9 milliards de francs CFA"},
          "la prochaine ouverture, à Bobo-Dioulasso, d'un atelier de fabrication de munitions de petit calibre"),
        E("EXERCISE", "done", ["Groupement d'artillerie de Pô"],
          {"party": "Groupement d'artillerie de Pô"},
          "le Groupement d'artillerie de Pô a conduit un exercice de tirs réels mobilisant des obusiers D-30"),
    ],
)

# ---------------------------------------------------------------- b010
page(
    id="b010",
    site="lesoleil.sn (Le Soleil)",
    noise="en/wo (English links and a Wolof programme label)",
    furniture="site name;date widget;menu;rubric label;title;byline;date line;photo caption+credit;share prompt;English links;Wolof programme label;'Lire aussi' teaser;most-read list;footer",
    notes="third OPV 58 S delivered by Piriou (delivered); Piriou-Dakarnave maintenance subsidiary in Dakar (INDUSTRY planned); Birame Diop trip to Concarneau (done); Senegal-Cabo Verde maritime security protocol signed",
    meta={"date": "2025-08-21", "source": None, "author": "Mamadou Lamine NDIAYE"},
    text="""
LE SOLEIL
Jeudi 21 août 2025
Accueil  Politique  Economie  Société  Régions  International  Sports  Culture  Le Soleil TV
Défense
§ Marine nationale : le patrouilleur « Cayor » a rallié Dakar
Par Mamadou Lamine NDIAYE
21 août 2025 à 09:15
§ Le troisième et dernier patrouilleur de haute mer commandé par le Sénégal au constructeur breton Piriou est arrivé mardi au port de Dakar, après une traversée de neuf jours depuis Concarneau. Le Cayor rejoint ainsi ses deux sister-ships, le Walo et le Niani, au sein de la Marine nationale.
Le « Cayor » à son arrivée au Môle 10. (Photo : Marine nationale)
§ Ce bâtiment de type OPV 58 S, long de 58 mètres, est armé d'un canon de 76 mm et peut emporter des missiles Marte Mk2/N de MBDA. Le contrat global, signé en 2019, s'élevait à quelque 51 milliards de FCFA.
§ Le ministre des Forces armées, le général Birame Diop, avait assisté en juin à Concarneau à la cérémonie de transfert de pavillon. Au cours de ce déplacement en France, il s'était aussi entretenu avec le président de Piriou, Vincent Faujour, de l'avenir industriel du partenariat.
§ Une filiale commune entre Piriou et le chantier dakarois Dakarnave doit ainsi voir le jour d'ici fin 2026 pour assurer sur place l'entretien des trois patrouilleurs. Une quarantaine de techniciens sénégalais seront formés en Bretagne dans cette perspective.
§ Sur le plan régional, le Sénégal et Cabo Verde ont signé le 18 août à Praia un protocole relatif à la sécurité maritime, qui prévoit des patrouilles coordonnées et le partage d'informations entre leurs centres opérationnels. Le document a été paraphé par les chefs d'état-major des deux marines, le contre-amiral Abdou Sène et le capitaine de vaisseau Carlos Tavares.
§ Selon l'état-major, les prochaines acquisitions pourraient concerner des avions de patrouille maritime.
Partager : Facebook | X | LinkedIn
In English: Senegal's third offshore patrol vessel arrives in Dakar
Waxtaanu Soleil — émission en wolof
Lire aussi : Gestion des frontières : le Sénégal et la Gambie renforcent la concertation
Les plus lus
Hivernage : de fortes pluies attendues sur Kaolack
© Le Soleil — Société sénégalaise de presse et de publications
""",
    ents="""
Marine nationale|ORG
Cayor|WEAPON
Dakar|LOC
Sénégal|LOC
Piriou|ORG
Concarneau|LOC
Walo|WEAPON
Niani|WEAPON
OPV 58 S|WEAPON
Marte Mk2/N|WEAPON
MBDA|ORG
2019|DATE
51 milliards de FCFA|MONEY
Birame Diop|PERSON
juin|DATE
France|LOC
Vincent Faujour|PERSON
Dakarnave|ORG
fin 2026|DATE
Bretagne|LOC
Cabo Verde|LOC
18 août|DATE
Praia|LOC
Abdou Sène|PERSON
Carlos Tavares|PERSON
""",
    events=[
        E("ARMS_TRANSFER", "delivered", ["Cayor|OPV 58 S", "Sénégal|Marine nationale", "Piriou"],
          {"system": "Cayor", "recipient": "Marine nationale", "supplier": "Piriou", "amount": "51 milliards de FCFA"},
          "Le troisième et dernier patrouilleur de haute mer commandé par le Sénégal au constructeur breton Piriou est arrivé mardi au port de Dakar"),
        E("VISIT", "done", ["Birame Diop", "Concarneau|France|Piriou"],
          {"visitor": "Birame Diop", "host": "Piriou", "place": "Concarneau"},
          "Le ministre des Forces armées, le général Birame Diop, avait assisté en juin à Concarneau à la cérémonie de transfert de pavillon"),
        E("INDUSTRY", "planned", ["Piriou|Dakarnave", "Dakar"],
          {"company": ["Piriou", "Dakarnave"], "place": "Dakar"},
          "Une filiale commune entre Piriou et le chantier dakarois Dakarnave doit ainsi voir le jour d'ici fin 2026"),
        E("AGREEMENT", "signed", ["Sénégal", "Cabo Verde"],
          {"parties": ["Sénégal", "Cabo Verde"]},
          "le Sénégal et Cabo Verde ont signé le 18 août à Praia un protocole relatif à la sécurité maritime"),
        E("ARMS_TRANSFER", "planned", ["avions de patrouille maritime", "Sénégal|état-major"],
          {"system": "avions de patrouille maritime", "recipient": "Sénégal"},
          "les prochaines acquisitions pourraient concerner des avions de patrouille maritime",
          optional=True, note="interest only"),
    ],
)

# ---------------------------------------------------------------- b011
page(
    id="b011",
    site="guineenews.org (Guinéenews)",
    noise="en (English 'Guinea News in English' links)",
    furniture="site name;menu;breaking label;rubric label;title;byline;date line;photo caption;share prompt;English links;comment prompt;ads label;related posts;footer",
    notes="Cobra II vehicles from Otokar delivered; Guinean minister's trip to Ankara (done); Guinea-Turkey military financial cooperation agreement signed; Hürkuş training aircraft request (optional); special forces exercise with Moroccan instructors at Kindia (done)",
    meta={"date": "2025-11-06", "source": None, "author": "Mariama Camara"},
    text="""
GUINEENEWS©
Accueil  Politique  Société  Économie  Sécurité  Régions  Sports  Culture
À LA UNE
Sécurité
§ Armée : Conakry réceptionne ses premiers blindés turcs
Mariama Camara
6 novembre 2025
§ Une vingtaine de véhicules blindés Cobra II sont arrivés mardi au port autonome de Conakry, en provenance d'Izmir. Fabriqués par la firme Otokar, ils sont destinés aux forces spéciales et à la Gendarmerie nationale, a appris Guinéenews de sources militaires.
Des véhicules Cobra II au port de Conakry.
§ Cette livraison intervient moins d'un mois après le déplacement en Turquie du ministre de la Défense, le général Aboubacar Sidiki Camara. Reçu le 14 octobre par son homologue Yaşar Güler, il a visité à Ankara les installations d'Aselsan et de TUSAŞ, et a assisté à une démonstration du drone Anka.
§ À l'issue de ce séjour, un accord de coopération financière militaire a été signé entre les deux gouvernements. Il ouvre une ligne de crédit de 35 millions de dollars destinée à l'achat de matériels auprès d'industriels turcs. Selon nos informations, Conakry aurait déjà sollicité des avions d'entraînement Hürkuş, mais aucune décision n'a été prise à Ankara.
§ Sur le terrain, les forces spéciales guinéennes viennent d'achever à Kindia un stage d'aguerrissement de trois semaines encadré par des instructeurs des Forces armées royales marocaines. Le stage, clôturé le 31 octobre 2025 au camp Kémé Bouréma, portait sur le combat en zone urbaine et le tir de précision.
§ L'état-major général des armées souligne que ces efforts s'inscrivent dans le plan de modernisation 2024-2028, doté d'une enveloppe de 1 200 milliards de francs guinéens.
Partager : Facebook  Twitter  WhatsApp
Guinea News in English
Guinea receives Turkish-made armoured vehicles
Simandou: first ore shipment expected
Laissez un commentaire
Publicité
Articles similaires
Kankan : les jeunes mobilisés contre l'insalubrité
GUINEENEWS© 2025 — Tous droits réservés
""",
    ents="""
Conakry|LOC
Cobra II|WEAPON
Izmir|LOC
Otokar|ORG
Gendarmerie nationale|ORG
Guinéenews|ORG
Turquie|LOC
Aboubacar Sidiki Camara|PERSON
14 octobre|DATE
Yaşar Güler|PERSON
Ankara|LOC
Aselsan|ORG
TUSAŞ|ORG
Anka|WEAPON
35 millions de dollars|MONEY
Hürkuş|WEAPON
Kindia|LOC
Forces armées royales marocaines|ORG|Forces armées royales
31 octobre 2025|DATE
camp Kémé Bouréma|LOC
2024-2028|DATE
1 200 milliards de francs guinéens|MONEY
""",
    events=[
        E("ARMS_TRANSFER", "delivered", ["Cobra II", "Conakry|forces spéciales|Gendarmerie nationale", "Otokar|Izmir"],
          {"system": "Cobra II", "recipient": "Gendarmerie nationale", "supplier": "Otokar"},
          "Une vingtaine de véhicules blindés Cobra II sont arrivés mardi au port autonome de Conakry, en provenance d'Izmir",
          key=["Cobra II", "Conakry|forces spéciales|Gendarmerie nationale", "Otokar"]),
        E("VISIT", "done", ["Aboubacar Sidiki Camara", "Turquie|Yaşar Güler|Ankara"],
          {"visitor": "Aboubacar Sidiki Camara", "host": "Yaşar Güler", "place": "Ankara"},
          "le déplacement en Turquie du ministre de la Défense, le général Aboubacar Sidiki Camara"),
        E("AGREEMENT", "signed", ["les deux gouvernements|Conakry|Turquie|Ankara"],
          {"parties": ["Guinée", "Turquie"], "amount": "35 millions de dollars"},
          "un accord de coopération financière militaire a été signé entre les deux gouvernements",
          note="parties named only as 'les deux gouvernements' in the sentence: one group"),
        E("ARMS_TRANSFER", "planned", ["Hürkuş", "Conakry", "Ankara"],
          {"system": "Hürkuş", "recipient": "Conakry", "supplier": "Ankara"},
          "Conakry aurait déjà sollicité des avions d'entraînement Hürkuş",
          optional=True, note="request only, no decision"),
        E("EXERCISE", "done", ["forces spéciales guinéennes|Forces armées royales marocaines"],
          {"party": ["forces spéciales guinéennes", "Forces armées royales marocaines"], "place": "Kindia"},
          "les forces spéciales guinéennes viennent d'achever à Kindia un stage d'aguerrissement de trois semaines"),
    ],
)

# ---------------------------------------------------------------- b012
page(
    id="b012",
    site="linfodrome.com (L'Infodrome)",
    noise="en (English 'Infodrome English' links)",
    furniture="site name;menu;rubric label;title;byline initials;date line;photo caption+credit;share prompt;comment count;English links;ads label;'À lire aussi' teasers;footer",
    notes="French donation of two FPB 98 interceptors to the Ivorian navy (delivered); Moroccan inspector general's visit (done); CI-Morocco cooperation agreement signed; 'Lagune Ferme 2025' exercise (done); IDT (with EDGE) armoured-vehicle plant at Yamoussoukro (INDUSTRY planned)",
    meta={"date": "2025-12-02", "source": None, "author": "K. Yao"},
    text="""
L'INFODROME
Actualité ivoirienne — Politique, Économie, Société
Accueil  Politique  Economie  Société  Sport  Culture  Santé  Régions
Société / Défense
§ Sécurité maritime : la Marine nationale dotée de deux intercepteurs
Publié le 02/12/2025 | K. Yao
§ Deux vedettes d'interception rapide de type FPB 98 ont été remises lundi à la Marine nationale de Côte d'Ivoire à la base navale de Locodjro, à Abidjan. D'une valeur de 4,8 milliards de FCFA, elles constituent un don de la France, à travers la Direction de la coopération de sécurité et de défense (DCSD), et ont été construites par le chantier Ocea aux Sables-d'Olonne.
Les deux vedettes à quai à Locodjro. Photo : Linfodrome
§ La cérémonie s'est déroulée en présence du ministre d'État, ministre de la Défense, Téné Birahima Ouattara, et de l'ambassadeur de France, Jean-Christophe Belliard. Les équipages, formés pendant six semaines à Toulon, entameront leurs missions dès janvier.
§ La semaine précédente, Abidjan avait accueilli le général Mohammed Berrid, inspecteur général des Forces armées royales (FAR) du Maroc, pour une visite de trois jours. Un accord de coopération dans le domaine de la formation militaire et de la santé a été signé le 27 novembre entre les deux pays.
§ Les deux armées viennent par ailleurs de conclure l'exercice « Lagune Ferme 2025 », qui a réuni du 17 au 21 novembre près de 600 militaires à Jacqueville et Grand-Bassam, avec la participation de fusiliers marins marocains.
§ Enfin, la société Ivoire Défense Technologies (IDT), fondée par des investisseurs ivoiriens et l'émirati EDGE, prévoit d'ouvrir en 2027 une usine d'assemblage de véhicules blindés légers dans la zone industrielle de Yamoussoukro. Un investissement de 25 millions d'euros est annoncé.
Partager  |  12 commentaires
Infodrome English
Ivorian Navy receives two interceptor boats from France
Publicité
À lire aussi
Abidjan : un nouvel échangeur ouvert à la circulation à Cocody
CAN 2025 : les Éléphants en stage à Yamoussoukro
© Linfodrome 2025
""",
    ents="""
Marine nationale|ORG
FPB 98|WEAPON
Marine nationale de Côte d'Ivoire|ORG
Locodjro|LOC
Abidjan|LOC
4,8 milliards de FCFA|MONEY
France|LOC
Direction de la coopération de sécurité et de défense|ORG
DCSD|ORG|Direction de la coopération de sécurité et de défense
Ocea|ORG
Sables-d'Olonne|LOC
Téné Birahima Ouattara|PERSON
Jean-Christophe Belliard|PERSON
Toulon|LOC
janvier|DATE
Mohammed Berrid|PERSON
Forces armées royales|ORG
FAR|ORG|Forces armées royales
Maroc|LOC
27 novembre|DATE
17 au 21 novembre|DATE
Jacqueville|LOC
Grand-Bassam|LOC
Ivoire Défense Technologies|ORG
IDT|ORG|Ivoire Défense Technologies
EDGE|ORG
2027|DATE
Yamoussoukro|LOC
25 millions d'euros|MONEY
""",
    events=[
        E("ARMS_TRANSFER", "delivered", ["FPB 98|vedettes d'interception rapide", "Marine nationale|Marine nationale de Côte d'Ivoire", "France|DCSD|Direction de la coopération de sécurité et de défense|Ocea"],
          {"system": "FPB 98", "recipient": "Marine nationale de Côte d'Ivoire", "supplier": "France", "amount": "4,8 milliards de FCFA"},
          "Deux vedettes d'interception rapide de type FPB 98 ont été remises lundi à la Marine nationale de Côte d'Ivoire",
          key=["FPB 98", "Marine nationale|Marine nationale de Côte d'Ivoire", "France|DCSD|Direction de la coopération de sécurité et de défense|Ocea"]),
        E("VISIT", "done", ["Mohammed Berrid", "Abidjan"],
          {"visitor": "Mohammed Berrid", "host": "Abidjan"},
          "Abidjan avait accueilli le général Mohammed Berrid, inspecteur général des Forces armées royales (FAR) du Maroc, pour une visite de trois jours"),
        E("AGREEMENT", "signed", ["les deux pays|Abidjan|Maroc"],
          {"parties": ["Côte d'Ivoire", "Maroc"]},
          "Un accord de coopération dans le domaine de la formation militaire et de la santé a été signé le 27 novembre entre les deux pays",
          note="parties named only as 'les deux pays' in the sentence: one group"),
        E("EXERCISE", "done", ["Lagune Ferme 2025"],
          {"name": "Lagune Ferme 2025", "place": ["Jacqueville", "Grand-Bassam"]},
          "Les deux armées viennent par ailleurs de conclure l'exercice « Lagune Ferme 2025 »"),
        E("INDUSTRY", "planned", ["Ivoire Défense Technologies|IDT|EDGE", "Yamoussoukro"],
          {"company": "Ivoire Défense Technologies", "place": "Yamoussoukro", "amount": "25 millions d'euros"},
          "prévoit d'ouvrir en 2027 une usine d'assemblage de véhicules blindés légers dans la zone industrielle de Yamoussoukro"),
    ],
)

# ---------------------------------------------------------------- b013
page(
    id="b013",
    site="24haubenin.info (24 Heures au Bénin)",
    noise="en (English partner headlines)",
    furniture="site name;menu;flash ticker (French);rubric label;title;byline;date line;photo caption+credit;share prompt;English partner headlines;comment form;related posts;footer",
    notes="US donation of MaxxPro MRAPs (delivered) and earlier lot (optional); Rwandan chief of defence staff's visit (done); Benin-Rwanda MoU signed; planned return visit (optional); 'Atacora Shield' training with Belgian SOR (done); Bell 412EPX purchase approved (ordered)",
    meta={"date": "2025-06-30", "source": None, "author": "Fortuné Houngbo"},
    text="""
24 HEURES AU BÉNIN
Toute l'actualité du Bénin en continu
Accueil  Politique  Société  Économie  International  Sport  Culture
FLASH INFO : Cotonou : perturbations sur la route des pêches ce week-end
Défense
§ Nord-Bénin : les FAB reçoivent de nouveaux blindés américains
Fortuné Houngbo
30 juin 2025
§ Les Forces armées béninoises (FAB) disposent désormais de douze véhicules résistants aux mines MaxxPro supplémentaires. Ces engins, cédés gratuitement par les États-Unis, ont été remis vendredi à Parakou par l'ambassadeur Brian Shukan au chef d'état-major général, le général de brigade Fructueux Gbaguidi.
Remise des véhicules MaxxPro à Parakou. Crédit photo : ambassade des USA
§ Le don, évalué à 9,6 millions de dollars, est accompagné d'un lot de pièces de rechange et d'une formation assurée par des techniciens de Navistar Defense. Il s'ajoute aux véhicules déjà fournis en 2023 dans le cadre du programme de lutte contre le terrorisme dans le golfe de Guinée.
§ Le même jour, Cotonou recevait le chef d'état-major de la Force de défense rwandaise, le général Mubarakh Muganga, pour une visite de travail de quarante-huit heures. Les deux parties ont signé un mémorandum d'entente portant sur l'échange de renseignements et la formation des forces spéciales. Une délégation béninoise est attendue à Kigali en septembre.
§ Par ailleurs, un détachement du Groupement des forces spéciales a achevé à Natitingou, le 25 juin, un entraînement conjoint de deux semaines avec des instructeurs du Special Operations Regiment belge. Baptisé « Atacora Shield », l'exercice a porté sur la patrouille de longue durée et l'évacuation sanitaire.
§ Enfin, le gouvernement a approuvé en Conseil des ministres l'acquisition de deux hélicoptères Bell 412EPX pour l'armée de l'air, pour un coût de 18,5 milliards de francs CFA.
Partager : Facebook  Twitter  LinkedIn
Partner headlines
Benin receives more MRAP vehicles from US
Rwanda, Benin sign defence pact
Laisser un commentaire
Nom  Email  Commentaire  Publier
Articles similaires
Parakou : la foire internationale ouvre ses portes
Copyright © 2025 24 Heures au Bénin
""",
    ents="""
Nord-Bénin|LOC
FAB|ORG|Forces armées béninoises
Forces armées béninoises|ORG
MaxxPro|WEAPON
États-Unis|LOC
Parakou|LOC
Brian Shukan|PERSON
Fructueux Gbaguidi|PERSON
9,6 millions de dollars|MONEY
Navistar Defense|ORG
2023|DATE
golfe de Guinée|LOC
Cotonou|LOC
Force de défense rwandaise|ORG
Mubarakh Muganga|PERSON
Kigali|LOC
septembre|DATE
Groupement des forces spéciales|ORG
Natitingou|LOC
25 juin|DATE
Special Operations Regiment belge|ORG
Conseil des ministres|ORG
Bell 412EPX|WEAPON
18,5 milliards de francs CFA|MONEY
""",
    events=[
        E("ARMS_TRANSFER", "delivered", ["MaxxPro", "FAB|Forces armées béninoises|Fructueux Gbaguidi", "États-Unis|Brian Shukan"],
          {"system": "MaxxPro", "recipient": "FAB", "supplier": "États-Unis", "amount": "9,6 millions de dollars"},
          "Ces engins, cédés gratuitement par les États-Unis, ont été remis vendredi à Parakou",
          key=["MaxxPro", "FAB|Forces armées béninoises", "États-Unis"]),
        E("ARMS_TRANSFER", "delivered", ["véhicules", "FAB|Forces armées béninoises", "États-Unis"],
          {"system": "véhicules", "recipient": "FAB", "supplier": "États-Unis"},
          "Il s'ajoute aux véhicules déjà fournis en 2023",
          optional=True, note="earlier lot recalled"),
        E("VISIT", "done", ["Mubarakh Muganga|Force de défense rwandaise", "Cotonou"],
          {"visitor": "Mubarakh Muganga", "host": "Cotonou"},
          "Cotonou recevait le chef d'état-major de la Force de défense rwandaise, le général Mubarakh Muganga, pour une visite de travail",
          key=["Mubarakh Muganga", "Cotonou"]),
        E("AGREEMENT", "signed", ["Les deux parties|Cotonou", "Les deux parties|Force de défense rwandaise|Mubarakh Muganga"],
          {"parties": ["Cotonou", "Force de défense rwandaise"]},
          "Les deux parties ont signé un mémorandum d'entente portant sur l'échange de renseignements et la formation des forces spéciales",
          key=["Cotonou", "Force de défense rwandaise"]),
        E("VISIT", "planned", ["délégation béninoise", "Kigali"],
          {"visitor": "délégation béninoise", "host": "Kigali"},
          "Une délégation béninoise est attendue à Kigali en septembre",
          optional=True, note="visitor unnamed"),
        E("EXERCISE", "done", ["Atacora Shield"],
          {"name": "Atacora Shield", "party": ["Groupement des forces spéciales", "Special Operations Regiment"], "place": "Natitingou"},
          "Baptisé « Atacora Shield », l'exercice a porté sur la patrouille de longue durée"),
        E("ARMS_TRANSFER", "ordered", ["Bell 412EPX", "armée de l'air|gouvernement"],
          {"system": "Bell 412EPX", "recipient": "armée de l'air", "amount": "18,5 milliards de francs CFA"},
          "le gouvernement a approuvé en Conseil des ministres l'acquisition de deux hélicoptères Bell 412EPX pour l'armée de l'air"),
    ],
)

# ---------------------------------------------------------------- b014
page(
    id="b014",
    site="cameroon-tribune.cm (Cameroon Tribune)",
    noise="en (English edition headlines)",
    furniture="site name;menu;EN edition link;rubric label;title;standfirst;byline;date line;photo caption+credit;share prompt;English headlines;subscription prompt;related articles;footer",
    notes="Marine nationale orders four patrol boats from CNIC after a restricted tender (ordered); CNIC dry-dock extension at Douala (INDUSTRY ongoing); 'Gulf Guard 2025' (done); Beti Assomo trip to Bata (done) and maritime border protocol signed; Chinese donation of Z-9 helicopters (delivered)",
    meta={"date": "2025-10-09", "source": None, "author": "Jean-Marie NGONO"},
    text="""
CAMEROON TRIBUNE
Quotidien bilingue d'information
Accueil | Politique | Économie | Société | Régions | Sports | Culture | English edition
Défense
§ Marine nationale : quatre patrouilleurs « made in Cameroon »
§ Le Chantier naval et industriel du Cameroun a été retenu pour la construction d'une série de patrouilleurs côtiers, une première pour l'industrie navale nationale.
Par Jean-Marie NGONO
09 oct. 2025
§ Le marché a été attribué le 3 octobre au Chantier naval et industriel du Cameroun (CNIC), à l'issue d'un appel d'offres restreint. Il porte sur quatre patrouilleurs de 32 mètres destinés à la Marine nationale, pour un coût global de 26 milliards de F CFA étalé sur trois exercices budgétaires. Les coques seront en aluminium et les moteurs fournis par MTU.
Le ministre délégué à la Présidence chargé de la Défense, Joseph Beti Assomo, lors de la signature. Ph. CT
§ « C'est une commande historique », s'est félicité Joseph Beti Assomo. Pour l'honorer, le CNIC agrandit depuis juillet son site du port de Douala, avec une nouvelle cale sèche de 120 mètres financée par un prêt d'Afreximbank de 15 millions de dollars. Les travaux, confiés à l'entreprise locale Sotracam, doivent s'achever à la mi-2026.
§ Ces annonces interviennent alors que la coopération navale régionale s'intensifie. Du 22 au 28 septembre, l'exercice « Gulf Guard 2025 » a mobilisé au large de Kribi des bâtiments camerounais, gabonais et équato-guinéens, avec l'appui de la Marine nationale française.
§ Par ailleurs, le ministre s'est rendu le 1er octobre à Bata, en Guinée équatoriale, pour la session de la commission mixte de défense. Un protocole d'accord sur la surveillance conjointe de la frontière maritime y a été paraphé avec le ministre équato-guinéen de la Défense nationale, Victoriano Nsue Okomo.
§ Enfin, deux hélicoptères Z-9 offerts par la Chine ont été réceptionnés à la base aérienne 201 de Douala la semaine dernière.
English edition: Navy orders four locally built patrol boats
Partager : Facebook  X  WhatsApp
Abonnez-vous à l'édition numérique
Lire aussi
Bamenda : reprise des cours dans les établissements scolaires
© Cameroon Tribune — SOPECAM
""",
    ents="""
Marine nationale|ORG
Cameroon|LOC
Chantier naval et industriel du Cameroun|ORG
CNIC|ORG|Chantier naval et industriel du Cameroun
3 octobre|DATE
26 milliards de F CFA|MONEY
MTU|ORG
Joseph Beti Assomo|PERSON
juillet|DATE
Douala|LOC
Afreximbank|ORG
15 millions de dollars|MONEY
Sotracam|ORG
mi-2026|DATE
22 au 28 septembre|DATE
Kribi|LOC
Marine nationale française|ORG
1er octobre|DATE
Bata|LOC
Guinée équatoriale|LOC
Victoriano Nsue Okomo|PERSON
Z-9|WEAPON
Chine|LOC
""",
    events=[
        E("ARMS_TRANSFER", "ordered", ["patrouilleurs", "Marine nationale", "CNIC|Chantier naval et industriel du Cameroun"],
          {"system": "patrouilleurs", "recipient": "Marine nationale", "supplier": "CNIC", "amount": "26 milliards de F CFA"},
          "Le marché a été attribué le 3 octobre au Chantier naval et industriel du Cameroun (CNIC)",
          note="no system name: the category 'patrouilleurs' is the system group"),
        E("INDUSTRY", "ongoing", ["CNIC|Chantier naval et industriel du Cameroun|Sotracam", "Douala"],
          {"company": "CNIC", "place": "Douala", "amount": "15 millions de dollars"},
          "le CNIC agrandit depuis juillet son site du port de Douala, avec une nouvelle cale sèche de 120 mètres"),
        E("EXERCISE", "done", ["Gulf Guard 2025"],
          {"name": "Gulf Guard 2025", "place": "Kribi"},
          "Du 22 au 28 septembre, l'exercice « Gulf Guard 2025 » a mobilisé au large de Kribi des bâtiments camerounais, gabonais et équato-guinéens"),
        E("VISIT", "done", ["Joseph Beti Assomo|le ministre", "Bata|Guinée équatoriale"],
          {"visitor": "Joseph Beti Assomo", "host": "Guinée équatoriale", "place": "Bata"},
          "le ministre s'est rendu le 1er octobre à Bata, en Guinée équatoriale",
          key=["Joseph Beti Assomo", "Bata|Guinée équatoriale"]),
        E("AGREEMENT", "signed", ["Joseph Beti Assomo|le ministre", "Victoriano Nsue Okomo|Guinée équatoriale"],
          {"parties": ["Cameroun", "Guinée équatoriale"]},
          "Un protocole d'accord sur la surveillance conjointe de la frontière maritime y a été paraphé avec le ministre équato-guinéen de la Défense nationale, Victoriano Nsue Okomo",
          key=["Joseph Beti Assomo", "Victoriano Nsue Okomo|Guinée équatoriale"]),
        E("ARMS_TRANSFER", "delivered", ["Z-9", "base aérienne 201|Douala", "Chine"],
          {"system": "Z-9", "recipient": "base aérienne 201", "supplier": "Chine"},
          "deux hélicoptères Z-9 offerts par la Chine ont été réceptionnés à la base aérienne 201 de Douala"),
    ],
)
