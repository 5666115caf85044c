"""Pages b001-b007 of blindpages4 (Morocco, Algeria, Tunisia, Mauritania)."""
from common import page, E

# ---------------------------------------------------------------- b001
page(
    id="b001",
    site="challenge.ma (Challenge)",
    noise="es (Spanish 'Última hora' ticker)",
    furniture="site name;slogan;login link;menu;Spanish ticker;rubric label;byline+date line;read time;photo caption+credit;Lire aussi teaser;tags;share prompt;newsletter;most-read list;footer",
    notes="Airbus Helicopters / Sofimaint maintenance JV at Benslimane (INDUSTRY planned); pending H225M order (ordered); Tata WhAP production at Berrechid (INDUSTRY ongoing) and first WhAP delivered to FAR",
    meta={"date": "2025-11-25", "source": None, "author": "Karim Sabri"},
    text="""
CHALLENGE
Le premier hebdomadaire économique marocain
Se connecter | S'abonner
Accueil  Économie  Entreprises  Finance  Industrie  Tech  Chroniques  Magazine
ÚLTIMA HORA · Marruecos y España refuerzan la cooperación aduanera en Tánger Med · El Banco central mantiene el tipo director en el 2,25 % · La OCP firma un acuerdo con Etiopía
Industrie
§ Défense : Airbus Helicopters et Sofimaint s'associent pour un centre de maintenance à Benslimane
Par Karim Sabri | Le 25/11/2025 à 10h42 | Lecture : 3 min
§ La coentreprise, baptisée Hélidyne Maroc, devrait employer 180 techniciens d'ici 2028 et assurer l'entretien des voilures tournantes des Forces armées royales (FAR) et de la Gendarmerie royale.
Un hélicoptère Puma lors d'un meeting aérien à Marrakech. © Challenge / DR
§ Le projet était dans les tuyaux depuis deux ans. Il a été officialisé le lundi 24 novembre à Rabat, lors d'une cérémonie présidée par Abdellatif Loudiyi, ministre délégué chargé de l'Administration de la défense nationale. Le capital de 240 millions de dirhams sera détenu à 51 % par Sofimaint, une PME casablancaise spécialisée dans la révision de moteurs, et à 49 % par la filiale du groupe européen.
À lire aussi : Aéronautique : les exportations franchissent un nouveau cap
§ Selon nos informations, l'atelier sera implanté sur un terrain de douze hectares à proximité de la base aérienne de Benslimane. Il prendra d'abord en charge les Cougar et les Puma de l'aviation marocaine, avant d'accueillir les dix H225M commandés l'an dernier par Rabat, dont la livraison est attendue au premier semestre 2027. « Nous visons 40 % de pièces fabriquées localement au bout de cinq ans », souligne Fatima-Zahra Benkirane, directrice générale de Sofimaint.
§ Le partenariat comprend un volet de transfert de technologie : une vingtaine d'ingénieurs marocains seront formés à Marignane, dans les Bouches-du-Rhône, à partir de mars 2026.
§ Le royaume poursuit ainsi sa stratégie d'industrialisation militaire, encadrée par la loi 10-20 sur les matériels de défense. Deux zones d'accélération industrielle dédiées ont vu le jour et plusieurs industriels étrangers, dont l'israélien BlueBird Aero Systems et l'indien Tata Advanced Systems, y ont déjà posé leurs valises. Ce dernier sort de son usine de Berrechid le véhicule blindé WhAP, dont les premiers exemplaires ont été remis aux FAR l'été dernier.
§ Côté budget, la loi de finances 2026 réserve 157 milliards de DH à l'Administration de la défense nationale, dont une partie ira au fonds de soutien à l'industrie de défense créé en 2024.
Tags : Défense  Aéronautique  Benslimane  Industrie
Partagez : Facebook  X  LinkedIn  WhatsApp
Recevez chaque matin l'essentiel de l'actualité économique. Je m'inscris
Les plus lus
1. Bourse de Casablanca : le MASI termine la semaine en hausse
2. Immobilier : les prix reculent à Tanger
3. Automobile : un nouveau record de production à Kénitra
© Challenge 2025 — Tous droits réservés | Mentions légales | Contact | Publicité
""",
    ents="""
Airbus Helicopters|ORG
Sofimaint|ORG
Benslimane|LOC
Hélidyne Maroc|ORG
2028|DATE
Forces armées royales|ORG
FAR|ORG|Forces armées royales
Gendarmerie royale|ORG
lundi 24 novembre|DATE
Rabat|LOC
Abdellatif Loudiyi|PERSON
Administration de la défense nationale|ORG
240 millions de dirhams|MONEY
Cougar|WEAPON
Puma|WEAPON
H225M|WEAPON
premier semestre 2027|DATE
Fatima-Zahra Benkirane|PERSON
Marignane|LOC
Bouches-du-Rhône|LOC
mars 2026|DATE
BlueBird Aero Systems|ORG
Tata Advanced Systems|ORG
Berrechid|LOC
WhAP|WEAPON
2026|DATE
157 milliards de DH|MONEY
2024|DATE
""",
    events=[
        E("INDUSTRY", "planned", ["Hélidyne Maroc|Airbus Helicopters|Sofimaint", "Benslimane"],
          {"company": ["Airbus Helicopters", "Sofimaint"], "place": "Benslimane"},
          "Défense : Airbus Helicopters et Sofimaint s'associent pour un centre de maintenance à Benslimane"),
        E("ARMS_TRANSFER", "ordered", ["H225M", "Rabat"],
          {"system": "H225M", "recipient": "Rabat"},
          "avant d'accueillir les dix H225M commandés l'an dernier par Rabat"),
        E("INDUSTRY", "ongoing", ["Tata Advanced Systems|WhAP", "Berrechid"],
          {"company": "Tata Advanced Systems", "product": "WhAP", "place": "Berrechid"},
          "Ce dernier sort de son usine de Berrechid le véhicule blindé WhAP"),
        E("ARMS_TRANSFER", "delivered", ["WhAP", "FAR|Forces armées royales", "Tata Advanced Systems"],
          {"system": "WhAP", "recipient": "FAR", "supplier": "Tata Advanced Systems"},
          "le véhicule blindé WhAP, dont les premiers exemplaires ont été remis aux FAR l'été dernier"),
    ],
)

# ---------------------------------------------------------------- b002
page(
    id="b002",
    site="aujourdhui.ma (Aujourd'hui le Maroc)",
    noise="es (Spanish headline block 'En español')",
    furniture="site name;date widget;menu;rubric label;title;byline;date line;photo caption+credit;Spanish headlines block;share prompt;comment prompt;related articles with teasers;footer",
    notes="Marine royale receives OPV built by Navantia (delivered); Spanish navy chief's visit (done); naval exercise planned off Al Hoceima; Moroccan-Spanish naval cooperation plan signed",
    meta={"date": "2025-10-17", "source": None, "author": "Samira Ouazzani"},
    text="""
ALM — Aujourd'hui le Maroc
Vendredi 17 octobre 2025
Accueil | Politique | Économie | Société | Régions | Monde | Culture | Sport
Actualité
§ La Marine royale réceptionne un nouveau patrouilleur de haute mer
Samira Ouazzani
Publié le 17/10/2025
§ Le bâtiment, baptisé Bir Anzarane, a été remis à Cadix au terme de dix-huit mois d'essais. Il rejoindra la base navale de Ksar Sghir d'ici la fin de l'année.
Le patrouilleur lors de sa sortie du chantier. Photo : DR
§ C'est au chantier de San Fernando que la cérémonie de transfert de pavillon s'est déroulée mercredi. Le patrouilleur Bir Anzarane, long de 87 mètres, a été construit par Navantia dans le cadre d'un contrat d'environ 130 millions d'euros signé en 2022. Le navire est armé d'un canon de 76 mm et dispose d'une plateforme pour un hélicoptère de type Panther.
§ La livraison a coïncidé avec la présence au Maroc de l'amiral Antonio Piñeiro, chef d'état-major de l'Armada espagnole, reçu lundi et mardi par l'inspecteur de la Marine royale, le vice-amiral Mohammed Tahin. Au menu des entretiens, la surveillance du détroit de Gibraltar, la lutte contre l'immigration irrégulière et les trafics, ainsi que la formation des équipages.
§ Les deux états-majors ont paraphé, à l'issue de la visite, un plan de coopération navale pour 2026, qui prévoit des échanges d'officiers et des escales croisées. Un exercice combiné de recherche et de sauvetage en mer, baptisé Gharb 26, est programmé au large d'Al Hoceima au printemps prochain. Il mobilisera la frégate Mohammed VI et le patrouilleur espagnol Audaz.
§ Selon une source proche du dossier, Rabat envisagerait par ailleurs l'acquisition de deux autres unités du même type. Des discussions seraient en cours avec le constructeur andalou, mais aucun calendrier n'a été arrêté.
En español
Marruecos recibe un nuevo patrullero construido en Cádiz
El jefe de la Armada visita Rabat y Ksar Sghir
Comercio bilateral: cifras récord en el primer semestre
Partager cet article : Facebook | Twitter | Email
Réagissez à cet article — Connectez-vous pour commenter
Articles similaires
Tanger Med : le port franchit un nouveau record de conteneurs — Le complexe portuaire a traité...
Les FAR participent à un exercice de secours en montagne — Des unités du génie ont été...
© 2025 Aujourd'hui le Maroc. Tous droits réservés.
""",
    ents="""
Marine royale|ORG
Bir Anzarane|WEAPON
Cadix|LOC
Ksar Sghir|LOC
San Fernando|LOC
Navantia|ORG
130 millions d'euros|MONEY
2022|DATE
Panther|WEAPON
Maroc|LOC
Antonio Piñeiro|PERSON
Armada espagnole|ORG
Mohammed Tahin|PERSON
détroit de Gibraltar|LOC
2026|DATE
Al Hoceima|LOC
Mohammed VI|WEAPON
Audaz|WEAPON
Rabat|LOC
""",
    events=[
        E("ARMS_TRANSFER", "delivered", ["Bir Anzarane|patrouilleur", "Marine royale|Maroc|Rabat", "Navantia"],
          {"system": "Bir Anzarane", "recipient": "Marine royale", "supplier": "Navantia", "amount": "130 millions d'euros"},
          "Le patrouilleur Bir Anzarane, long de 87 mètres, a été construit par Navantia dans le cadre d'un contrat d'environ 130 millions d'euros signé en 2022",
          key=["Bir Anzarane", "Marine royale", "Navantia"]),
        E("VISIT", "done", ["Antonio Piñeiro", "Maroc|Marine royale|Mohammed Tahin"],
          {"visitor": "Antonio Piñeiro", "host": "Marine royale"},
          "La livraison a coïncidé avec la présence au Maroc de l'amiral Antonio Piñeiro, chef d'état-major de l'Armada espagnole"),
        E("AGREEMENT", "signed", ["Les deux états-majors|Marine royale|Maroc", "Les deux états-majors|Armada espagnole"],
          {"parties": ["Marine royale", "Armada espagnole"]},
          "Les deux états-majors ont paraphé, à l'issue de la visite, un plan de coopération navale pour 2026",
          key=["Marine royale|Maroc", "Armada espagnole"]),
        E("EXERCISE", "planned", ["Gharb 26"],
          {"name": "Gharb 26", "place": "Al Hoceima"},
          "Un exercice combiné de recherche et de sauvetage en mer, baptisé Gharb 26, est programmé au large d'Al Hoceima au printemps prochain"),
        E("ARMS_TRANSFER", "negotiating", ["patrouilleur|unités du même type", "Rabat", "constructeur andalou"],
          {"system": "unités du même type", "recipient": "Rabat", "supplier": "constructeur andalou"},
          "Rabat envisagerait par ailleurs l'acquisition de deux autres unités du même type",
          optional=True, note="interest in two more units; system named only by category"),
    ],
)

# ---------------------------------------------------------------- b003
page(
    id="b003",
    site="elmoudjahid.dz (El Moudjahid)",
    noise="ar (Arabic edition headlines)",
    furniture="site name;date widget;AR edition link;menu;rubric label;title;source line (APS);date line;photo caption;Arabic headlines;share prompt;'Dans la même rubrique' list;footer",
    notes="Chanegriha's inspection visit to the 3rd military region (done); 'Assifa 2025' live-fire exercise (done); SAFAV-MB Fuchs 2 production at Aïn Smara (INDUSTRY ongoing) and domestic lot delivery (optional); Italian delegation's visit (done); bilateral military cooperation programme signed",
    meta={"date": "2025-05-22", "source": "APS", "author": None},
    text="""
El Moudjahid
Quotidien national d'information
Jeudi 22 Mai 2025 | النسخة العربية
Accueil  Nation  Monde  Économie  Régions  Culture  Sports  Contributions
Nation
§ Le Général d'Armée Chanegriha en visite de travail à la 3e Région militaire
APS — Publié le : 22-05-2025
§ Le Général d'Armée Saïd Chanegriha, Chef d'état-major de l'Armée nationale populaire (ANP), a entamé hier une visite de travail et d'inspection de trois jours à la 3e Région militaire à Béchar, indique un communiqué du ministère de la Défense nationale (MDN).
§ Au premier jour, le Général d'Armée a supervisé, au polygone de tir de Hammaguir, l'exécution de l'exercice tactique avec munitions réelles « Assifa 2025 », mené par des unités de la 40e Division d'infanterie mécanisée. L'exercice a mobilisé des chars T-90SA, des véhicules de combat BMPT Terminator, des lance-roquettes multiples et des hélicoptères Mi-28NE.
Le Général d'Armée suivant le déroulement de l'exercice.
§ Le Chef d'état-major a ensuite inspecté plusieurs unités stationnées à Tindouf, où il a tenu une réunion d'orientation avec les cadres. Il a souligné, selon la même source, « la nécessité de rester à l'écoute de l'évolution de la situation à nos frontières ».
§ Par ailleurs, le ministère fait état de la livraison, à la fin du mois d'avril, d'un nouveau lot de véhicules blindés Fuchs 2 sortis de l'usine de Aïn Smara, près de Constantine. Ces engins sont produits par la Société algérienne de fabrication de véhicules Mercedes-Benz (SAFAV-MB), en partenariat avec Rheinmetall, et équipent désormais les régiments de la Gendarmerie nationale.
§ À Alger, le MDN a accueilli le 20 mai une délégation de l'état-major de la Défense italien conduite par le général Carmine Masiello. Les deux parties ont signé le programme de coopération militaire bilatérale au titre de l'année 2025-2026, qui porte sur la formation, la santé militaire et la construction navale.
شنقريحة في زيارة عمل إلى الناحية العسكرية الثالثة
توقيع برنامج التعاون العسكري الجزائري الإيطالي
Partager : Facebook  Twitter
Dans la même rubrique
Sortie de promotions à l'École supérieure de guerre
Protection civile : lancement de la campagne estivale
El Moudjahid © 2025 — 20, rue de la Liberté, Alger
""",
    ents="""
Chanegriha|PERSON|Saïd Chanegriha
Saïd Chanegriha|PERSON
Armée nationale populaire|ORG
ANP|ORG|Armée nationale populaire
Béchar|LOC
ministère de la Défense nationale|ORG
MDN|ORG|ministère de la Défense nationale
Hammaguir|LOC
40e Division d'infanterie mécanisée|ORG
T-90SA|WEAPON
BMPT Terminator|WEAPON
Mi-28NE|WEAPON
Tindouf|LOC
3e Région militaire|ORG
état-major de la Défense italien|ORG
fin du mois d'avril|DATE
Fuchs 2|WEAPON
Aïn Smara|LOC
Constantine|LOC
Société algérienne de fabrication de véhicules Mercedes-Benz|ORG
SAFAV-MB|ORG|Société algérienne de fabrication de véhicules Mercedes-Benz
Rheinmetall|ORG
Gendarmerie nationale|ORG
Alger|LOC
20 mai|DATE
Carmine Masiello|PERSON
2025-2026|DATE
""",
    events=[
        E("VISIT", "done", ["Chanegriha|Saïd Chanegriha", "3e Région militaire|Béchar|Tindouf"],
          {"visitor": "Saïd Chanegriha", "host": "3e Région militaire"},
          "a entamé hier une visite de travail et d'inspection de trois jours à la 3e Région militaire à Béchar",
          key=["Chanegriha|Saïd Chanegriha", "3e Région militaire|Béchar"],
          note="internal inspection visit of the chief of staff (host: a military region)"),
        E("EXERCISE", "done", ["Assifa 2025"],
          {"name": "Assifa 2025", "party": "40e Division d'infanterie mécanisée", "place": "Hammaguir"},
          "l'exécution de l'exercice tactique avec munitions réelles « Assifa 2025 »"),
        E("INDUSTRY", "ongoing", ["SAFAV-MB|Société algérienne de fabrication de véhicules Mercedes-Benz|Rheinmetall|Fuchs 2", "Aïn Smara|Constantine"],
          {"company": "SAFAV-MB", "product": "Fuchs 2", "place": "Aïn Smara"},
          "Ces engins sont produits par la Société algérienne de fabrication de véhicules Mercedes-Benz (SAFAV-MB), en partenariat avec Rheinmetall"),
        E("ARMS_TRANSFER", "delivered", ["Fuchs 2", "Gendarmerie nationale"],
          {"system": "Fuchs 2", "recipient": "Gendarmerie nationale", "supplier": "SAFAV-MB"},
          "la livraison, à la fin du mois d'avril, d'un nouveau lot de véhicules blindés Fuchs 2",
          optional=True, note="domestic delivery of a locally built lot"),
        E("VISIT", "done", ["Carmine Masiello|délégation de l'état-major de la Défense italien", "MDN|Alger|ministère de la Défense nationale"],
          {"visitor": "Carmine Masiello", "host": "MDN"},
          "le MDN a accueilli le 20 mai une délégation de l'état-major de la Défense italien conduite par le général Carmine Masiello",
          key=["Carmine Masiello", "MDN|ministère de la Défense nationale"]),
        E("AGREEMENT", "signed", ["Les deux parties|MDN|ministère de la Défense nationale", "Les deux parties|état-major de la Défense italien|Carmine Masiello"],
          {"parties": ["MDN", "état-major de la Défense italien"]},
          "Les deux parties ont signé le programme de coopération militaire bilatérale au titre de l'année 2025-2026",
          key=["MDN|ministère de la Défense nationale", "état-major de la Défense italien"]),
    ],
)

# ---------------------------------------------------------------- b004
page(
    id="b004",
    site="algerie-eco.com (Algérie Eco)",
    noise="en (English 'Algeria Business' partner headlines)",
    furniture="site name;menu;breaking label;rubric label;title;byline;date line;photo credit;Lire aussi teaser;English partner headlines;tags;share prompt;newsletter;footer",
    notes="ECRN / CSSC naval JV at Mers El Kébir (INDUSTRY planned); its first patrol-boat programme (optional); Elit-Leonardo MoU signed; Mercedes-Benz vehicle plants (optional); C28A inventory recall (optional)",
    meta={"date": "2025-09-08", "source": None, "author": "Nadia Belkacem"},
    text="""
ALGÉRIE ECO
Accueil  Actualité  Économie  Entreprises  Énergie  Finance  Tech  Contributions
FLASH : Le dinar se stabilise face à l'euro sur le marché officiel
Industrie
§ Construction navale militaire : l'ECRN et le chinois CSSC créent une société commune à Mers El Kébir
Par Nadia Belkacem | 8 septembre 2025
§ L'Établissement de construction et de réparation navales (ECRN), relevant du ministère de la Défense nationale, et le groupe China State Shipbuilding Corporation (CSSC) ont constitué une société mixte chargée de construire localement des patrouilleurs et des vedettes d'interception.
Crédit photo : Algérie Eco
§ L'accord de pacte d'actionnaires a été signé le 4 septembre à Oran, en présence du général-major Mahfoud Benmeddah, commandant des Forces navales, et de l'ambassadeur de Chine, Li Jian. Baptisée Algerian Naval Shipyards Company (ANSC), la nouvelle entité sera détenue à 51 % par la partie algérienne, conformément à la règle en vigueur pour les investissements dans les secteurs stratégiques.
§ Le premier programme porte sur six patrouilleurs de 62 mètres dérivés du type 056, pour un montant estimé à 38 milliards de dinars. Les deux premières coques seront assemblées à Guangzhou, les quatre suivantes dans les cales de Mers El Kébir, où un nouveau hall de 9 000 m² doit être achevé en juin 2026.
Lire aussi : Les exportations hors hydrocarbures en hausse de 12 %
§ Ce projet s'ajoute aux partenariats noués ces dernières années par la Direction des fabrications militaires (DFM). Outre les véhicules Mercedes-Benz produits à Rouiba et à Tiaret, l'entreprise publique Elit a conclu en juillet un mémorandum d'entente avec l'italien Leonardo pour la maintenance des radars côtiers. La coopération devrait s'étendre aux systèmes de transmission.
§ Sur le plan opérationnel, la marine algérienne aligne déjà trois corvettes C28A acquises en Chine, dont la dernière, l'Ali Ben Abi Tayeb, a été réceptionnée en 2016.
Algeria Business
Algeria and Italy sign gas deal worth $4bn
Sonelgaz plans new solar tenders
Tags : ECRN, CSSC, Forces navales, industrie militaire
Partager : Facebook | LinkedIn | X
Inscrivez-vous à notre newsletter
© Algérie Eco 2025
""",
    ents="""
ECRN|ORG|Établissement de construction et de réparation navales
Établissement de construction et de réparation navales|ORG
CSSC|ORG|China State Shipbuilding Corporation
China State Shipbuilding Corporation|ORG
Mers El Kébir|LOC
ministère de la Défense nationale|ORG
4 septembre|DATE
Oran|LOC
Mahfoud Benmeddah|PERSON
Forces navales|ORG
Li Jian|PERSON
Algerian Naval Shipyards Company|ORG
ANSC|ORG|Algerian Naval Shipyards Company
type 056|WEAPON
38 milliards de dinars|MONEY
Guangzhou|LOC
juin 2026|DATE
Direction des fabrications militaires|ORG
DFM|ORG|Direction des fabrications militaires
Mercedes-Benz|ORG
Rouiba|LOC
Tiaret|LOC
Elit|ORG
juillet|DATE
Leonardo|ORG
C28A|WEAPON
Chine|LOC
Ali Ben Abi Tayeb|WEAPON
2016|DATE
""",
    events=[
        E("INDUSTRY", "planned", ["ECRN|CSSC|Algerian Naval Shipyards Company|ANSC|Établissement de construction et de réparation navales|China State Shipbuilding Corporation", "Mers El Kébir"],
          {"company": ["ECRN", "CSSC"], "place": "Mers El Kébir"},
          "ont constitué une société mixte chargée de construire localement des patrouilleurs et des vedettes d'interception"),
        E("ARMS_TRANSFER", "ordered", ["type 056|patrouilleurs", "ECRN|Forces navales|Établissement de construction et de réparation navales", "CSSC|China State Shipbuilding Corporation"],
          {"system": "type 056", "recipient": "Forces navales", "supplier": "CSSC", "amount": "38 milliards de dinars"},
          "Le premier programme porte sur six patrouilleurs de 62 mètres dérivés du type 056, pour un montant estimé à 38 milliards de dinars",
          key=["type 056", "ECRN|Forces navales|Établissement de construction et de réparation navales", "CSSC|China State Shipbuilding Corporation"],
          optional=True, note="first programme of the JV; buyer not stated outright"),
        E("INDUSTRY", "ongoing", ["Mercedes-Benz", "Rouiba|Tiaret"],
          {"company": "Mercedes-Benz", "place": ["Rouiba", "Tiaret"]},
          "Outre les véhicules Mercedes-Benz produits à Rouiba et à Tiaret",
          optional=True, note="background recall of existing plants"),
        E("AGREEMENT", "signed", ["Elit", "Leonardo"],
          {"parties": ["Elit", "Leonardo"]},
          "l'entreprise publique Elit a conclu en juillet un mémorandum d'entente avec l'italien Leonardo pour la maintenance des radars côtiers"),
        E("ARMS_TRANSFER", "delivered", ["C28A|Ali Ben Abi Tayeb", "marine algérienne", "Chine"],
          {"system": "C28A", "recipient": "marine algérienne", "supplier": "Chine"},
          "la marine algérienne aligne déjà trois corvettes C28A acquises en Chine",
          optional=True, note="inventory recall"),
    ],
)

# ---------------------------------------------------------------- b005
page(
    id="b005",
    site="leaders.com.tn (Leaders)",
    noise="en (English 'Leaders in English' links)",
    furniture="site name;menu;rubric label;title;standfirst;author+date line;photo caption+credit;share prompt;English links;'Lire aussi' list;comment form;footer",
    notes="Crosetto visit to Tunis (done); Tunisia-Italy defence cooperation agreement ratified; two AW139 to be ceded with Italian funding (agreed); Istiklal/Horria 2015 transfer (optional); combat-diver training off Kerkennah (done)",
    meta={"date": "2025-06-12", "source": None, "author": None},
    text="""
LEADERS
Accueil | Actualités | Tunisie | Monde | Economie | Opinions | Dossiers | Les Leaders
Actualités - Tunisie
§ Guido Crosetto à Tunis : deux hélicoptères et une ratification
§ La visite éclair du ministre italien de la Défense a permis de boucler un dossier en suspens depuis 2023 et d'annoncer une nouvelle livraison pour l'Armée de l'air tunisienne.
12.06.2025
Khaled Sehili et Guido Crosetto au Bardo. (Photo MDN)
§ Arrivé mardi soir à Tunis, Guido Crosetto a été reçu le lendemain au palais de Carthage par le président Kaïs Saïed, avant un long tête-à-tête avec son homologue, Khaled Sehili, au siège du ministère, au Bardo. Il a regagné Rome jeudi après-midi.
§ Premier résultat : le décret portant ratification de l'accord de coopération en matière de défense conclu entre les deux pays a été publié le 10 juin au Journal officiel. Le texte, signé à Rome en novembre 2023, couvre la formation, le renseignement maritime et le soutien logistique.
§ Second volet : deux hélicoptères AW139 seront cédés à la Tunisie d'ici la fin de l'année, au titre d'un financement italien de 26 millions d'euros. Ils seront livrés par Leonardo depuis son site de Vergiate et affectés à la base aérienne de Sfax-Thyna, où ils renforceront les moyens de recherche et de sauvetage.
§ « L'Italie restera aux côtés de la Tunisie », a assuré le ministre, qui a aussi évoqué la maintenance des patrouilleurs Istiklal et Horria, remis par la marine italienne en 2015.
§ Dans la foulée, un entraînement conjoint a mobilisé, les 10 et 11 juin, des plongeurs de combat des deux marines au large des îles Kerkennah. Il visait à tester l'interopérabilité des équipes face aux menaces asymétriques.
Partager : Facebook  Twitter  LinkedIn
Leaders in English
Tunisia, Italy step up defence ties
Tunisian Air Force to receive two AW139 helicopters
Lire aussi
Sfax : inauguration d'un nouveau centre de formation professionnelle
Réagir à cet article
Votre nom *  Votre e-mail *  Votre commentaire *  Envoyer
Leaders — Tous droits réservés
""",
    ents="""
Guido Crosetto|PERSON
Tunis|LOC
2023|DATE
Armée de l'air tunisienne|ORG
Carthage|LOC
Kaïs Saïed|PERSON
Khaled Sehili|PERSON
Bardo|LOC
Rome|LOC
10 juin|DATE
novembre 2023|DATE
AW139|WEAPON
Tunisie|LOC
26 millions d'euros|MONEY
Leonardo|ORG
Vergiate|LOC
Sfax-Thyna|LOC
Italie|LOC
Istiklal|WEAPON
Horria|WEAPON
2015|DATE
10 et 11 juin|DATE
îles Kerkennah|LOC
""",
    events=[
        E("VISIT", "done", ["Guido Crosetto", "Tunis|Tunisie|Khaled Sehili|Kaïs Saïed"],
          {"visitor": "Guido Crosetto", "host": "Khaled Sehili", "place": "Tunis"},
          "Arrivé mardi soir à Tunis, Guido Crosetto a été reçu le lendemain au palais de Carthage par le président Kaïs Saïed",
          key=["Guido Crosetto", "Tunis|Khaled Sehili"]),
        E("AGREEMENT", "ratified", ["les deux pays|Tunisie|Italie"],
          {"parties": ["Tunisie", "Italie"]},
          "le décret portant ratification de l'accord de coopération en matière de défense conclu entre les deux pays a été publié le 10 juin",
          note="parties named only as 'les deux pays' in the sentence: one group"),
        E("ARMS_TRANSFER", "agreed", ["AW139", "Tunisie|Armée de l'air tunisienne", "Leonardo|Italie"],
          {"system": "AW139", "recipient": "Tunisie", "supplier": "Leonardo", "amount": "26 millions d'euros"},
          "deux hélicoptères AW139 seront cédés à la Tunisie d'ici la fin de l'année, au titre d'un financement italien de 26 millions d'euros",
          key=["AW139", "Tunisie|Armée de l'air tunisienne", "Leonardo"]),
        E("ARMS_TRANSFER", "delivered", ["Istiklal|Horria", "Tunisie", "marine italienne"],
          {"system": ["Istiklal", "Horria"], "recipient": "Tunisie", "supplier": "marine italienne"},
          "la maintenance des patrouilleurs Istiklal et Horria, remis par la marine italienne en 2015",
          optional=True, note="background recall of a 2015 transfer"),
        E("EXERCISE", "done", ["plongeurs de combat des deux marines|deux marines"],
          {"party": "plongeurs de combat des deux marines", "place": "îles Kerkennah"},
          "un entraînement conjoint a mobilisé, les 10 et 11 juin, des plongeurs de combat des deux marines au large des îles Kerkennah"),
    ],
)

# ---------------------------------------------------------------- b006
page(
    id="b006",
    site="mosaiquefm.net/fr (Mosaïque FM)",
    noise="ar (Arabic headlines 'الأكثر قراءة')",
    furniture="site name;live radio link;menu;rubric label;title;date line;photo credit;Arabic most-read headlines;share prompt;comment count;related list;app download prompt;footer",
    notes="Turkish donation of 40 Kirpi to the Garde nationale (delivered); Turkish delegation's visit (done); US approval of Bell 407 sale (agreed); Wingsfly drone assembly at Menzel Bourguiba (INDUSTRY planned)",
    meta={"date": "2025-03-04", "source": None, "author": None},
    text="""
Mosaïque FM
Écouter le direct ▶
Accueil  National  Régional  International  Économie  Sport  Culture  Vidéos
National
§ La Garde nationale réceptionne 40 véhicules blindés Kirpi
04/03/2025 à 15:20
§ Quarante véhicules blindés de type Kirpi, fabriqués par le turc BMC, ont été remis mardi à la Garde nationale lors d'une cérémonie organisée à la caserne de L'Aouina, en présence du ministre de l'Intérieur Khaled Nouri et de l'ambassadeur de Turquie à Tunis, Ahmet Misbah Demircan.
Photo : Ministère de l'Intérieur
§ Ces engins, offerts dans le cadre de la coopération sécuritaire tuniso-turque, seront déployés dans les gouvernorats de Kasserine et de Médenine, a précisé le directeur général de la Garde nationale, Hassine Gharbi. Leur valeur est estimée à près de 11 millions de dollars.
§ La délégation turque, conduite par le vice-ministre de l'Intérieur Mehmet Aktaş, a par ailleurs visité lundi l'École nationale de la Garde nationale à Bir Bouregba, avant de quitter le pays.
§ Sur un autre plan, le département d'État américain a donné son feu vert à la vente de quatre hélicoptères Bell 407 à l'armée tunisienne, pour un montant de 64,7 millions de dollars. La notification a été transmise au Congrès vendredi par l'Agence de coopération pour la sécurité et la défense (DSCA).
§ Enfin, la jeune pousse tunisienne Wingsfly a annoncé son intention d'assembler des drones de surveillance dans un atelier de Menzel Bourguiba, à proximité de l'arsenal de la marine. Le projet, chiffré à 6,5 millions de dinars, attend encore l'autorisation du ministère de la Défense nationale.
الأكثر قراءة
الحرس الوطني يتسلم 40 مدرعة تركية
أمطار غزيرة منتظرة بعد الظهر
Partager : Facebook  X  WhatsApp
12 commentaires
Articles liés
Kasserine : démantèlement d'une cellule terroriste
Téléchargez l'application Mosaïque FM sur Google Play et App Store
© Mosaïque FM 2025
""",
    ents="""
Garde nationale|ORG
Kirpi|WEAPON
BMC|ORG
L'Aouina|LOC
Khaled Nouri|PERSON
Turquie|LOC
Tunis|LOC
Ahmet Misbah Demircan|PERSON
Kasserine|LOC
Médenine|LOC
Hassine Gharbi|PERSON
11 millions de dollars|MONEY
Mehmet Aktaş|PERSON
École nationale de la Garde nationale|ORG
Bir Bouregba|LOC
département d'État|ORG
Bell 407|WEAPON
64,7 millions de dollars|MONEY
Congrès|ORG
Agence de coopération pour la sécurité et la défense|ORG
DSCA|ORG|Agence de coopération pour la sécurité et la défense
Wingsfly|ORG
Menzel Bourguiba|LOC
6,5 millions de dinars|MONEY
ministère de la Défense nationale|ORG
""",
    events=[
        E("ARMS_TRANSFER", "delivered", ["Kirpi", "Garde nationale", "BMC|Turquie"],
          {"system": "Kirpi", "recipient": "Garde nationale", "supplier": "Turquie", "amount": "11 millions de dollars"},
          "Quarante véhicules blindés de type Kirpi, fabriqués par le turc BMC, ont été remis mardi à la Garde nationale"),
        E("VISIT", "done", ["Mehmet Aktaş|délégation turque", "École nationale de la Garde nationale|Bir Bouregba|Garde nationale"],
          {"visitor": "Mehmet Aktaş", "host": "École nationale de la Garde nationale"},
          "La délégation turque, conduite par le vice-ministre de l'Intérieur Mehmet Aktaş, a par ailleurs visité lundi l'École nationale de la Garde nationale",
          key=["Mehmet Aktaş", "École nationale de la Garde nationale|Bir Bouregba|Garde nationale"]),
        E("ARMS_TRANSFER", "agreed", ["Bell 407", "armée tunisienne", "département d'État"],
          {"system": "Bell 407", "recipient": "armée tunisienne", "supplier": "département d'État", "amount": "64,7 millions de dollars"},
          "le département d'État américain a donné son feu vert à la vente de quatre hélicoptères Bell 407 à l'armée tunisienne"),
        E("INDUSTRY", "planned", ["Wingsfly", "Menzel Bourguiba"],
          {"company": "Wingsfly", "place": "Menzel Bourguiba"},
          "la jeune pousse tunisienne Wingsfly a annoncé son intention d'assembler des drones de surveillance dans un atelier de Menzel Bourguiba"),
    ],
)

# ---------------------------------------------------------------- b007
page(
    id="b007",
    site="lecalame.info (Le Calame)",
    noise="es (Spanish 'Titulares' block)",
    furniture="site name;slogan;menu;Spanish headlines block;rubric label;title;byline;date line;views counter;photo caption;share prompt;comment block;other headlines;footer",
    notes="chief of staff's trip to Spain (done); defence ministries' MoU signed; Guardia Civil patrol boat lent (delivered); Vamtac ST5 tender won by Urovesa (ordered); Flintlock 2026 planned",
    meta={"date": "2025-02", "source": None, "author": "Ahmedou Ould Sidi"},
    text="""
LE CALAME
Le journal de référence depuis 1993
Accueil  Actualités  Politique  Économie  Société  Opinions  Courrier des lecteurs
Titulares: Mauritania y España firman un memorando de defensa | Pesca: nuevo acuerdo con la UE | Nuadibú recibe a la Guardia Civil
Actualités
§ Coopération militaire : Nouakchott et Madrid serrent les rangs
Ahmedou Ould Sidi — février 2025
Lu 1 284 fois
§ Le chef d'état-major général des armées, le général de division Mokhtar Ould Bolla Chaabane, est rentré samedi d'un séjour de quatre jours en Espagne, à l'invitation de son homologue, l'amiral Teodoro López Calderón. Au programme : la base de Rota, l'état-major de la défense à Madrid et le centre d'entraînement de San Gregorio, près de Saragosse.
Le chef d'état-major général des armées à Madrid.
§ Un mémorandum d'entente sur la formation et la surveillance des frontières a été signé à cette occasion par le ministère de la Défense nationale et le ministère espagnol de la Défense. Il prévoit notamment l'accueil d'une cinquantaine d'officiers mauritaniens dans les écoles militaires espagnoles d'ici 2027.
§ Cette coopération s'est déjà traduite par des actes. Le patrouilleur Río Segura, prêté par la Guardia Civil pour une durée de trois ans, est arrivé à Nouadhibou le 2 février. Il sera armé par un équipage mixte et basé dans la baie du Lévrier, à proximité du Parc national du Banc d'Arguin. L'Espagne prend à sa charge l'entretien et le carburant, pour un coût annuel de 1,2 million d'euros.
§ Par ailleurs, l'armée nationale attend la livraison de 35 véhicules tactiques Vamtac ST5, financés à hauteur de 4 milliards d'ouguiyas par le budget de l'État. Le fabricant galicien Urovesa aurait remporté l'appel d'offres lancé l'été dernier.
§ Enfin, la Mauritanie accueillera en 2026 une partie de l'exercice Flintlock, piloté par le commandement américain des opérations spéciales en Afrique. Les préparatifs ont débuté à Atar.
Partager : Facebook  Twitter
Commentaires (3)
Laisser un commentaire — Vous devez être connecté pour publier un commentaire.
Autres titres
Nouakchott : la pluie surprend les habitants du Ksar
Le FMI décaisse une nouvelle tranche
Le Calame © 2025 — Tevragh Zeina, Nouakchott
""",
    ents="""
Nouakchott|LOC
Madrid|LOC
Mokhtar Ould Bolla Chaabane|PERSON
Espagne|LOC
Teodoro López Calderón|PERSON
Rota|LOC
San Gregorio|LOC
Saragosse|LOC
ministère de la Défense nationale|ORG
ministère espagnol de la Défense|ORG
2027|DATE
Río Segura|WEAPON
Guardia Civil|ORG
Nouadhibou|LOC
2 février|DATE
baie du Lévrier|LOC
Parc national du Banc d'Arguin|LOC
1,2 million d'euros|MONEY
Vamtac ST5|WEAPON
4 milliards d'ouguiyas|MONEY
Urovesa|ORG
Mauritanie|LOC
2026|DATE
Afrique|LOC
Atar|LOC
""",
    events=[
        E("VISIT", "done", ["Mokhtar Ould Bolla Chaabane", "Espagne|Teodoro López Calderón|Madrid"],
          {"visitor": "Mokhtar Ould Bolla Chaabane", "host": "Teodoro López Calderón", "place": "Espagne"},
          "est rentré samedi d'un séjour de quatre jours en Espagne, à l'invitation de son homologue"),
        E("AGREEMENT", "signed", ["ministère de la Défense nationale|Nouakchott", "ministère espagnol de la Défense|Madrid"],
          {"parties": ["ministère de la Défense nationale", "ministère espagnol de la Défense"]},
          "Un mémorandum d'entente sur la formation et la surveillance des frontières a été signé à cette occasion par le ministère de la Défense nationale et le ministère espagnol de la Défense",
          key=["ministère de la Défense nationale", "ministère espagnol de la Défense"]),
        E("ARMS_TRANSFER", "delivered", ["Río Segura", "Nouadhibou|Mauritanie", "Guardia Civil|Espagne"],
          {"system": "Río Segura", "recipient": "Mauritanie", "supplier": "Guardia Civil"},
          "Le patrouilleur Río Segura, prêté par la Guardia Civil pour une durée de trois ans, est arrivé à Nouadhibou le 2 février",
          key=["Río Segura", "Nouadhibou|Mauritanie", "Guardia Civil"], note="a lease"),
        E("ARMS_TRANSFER", "ordered", ["Vamtac ST5", "armée nationale|Mauritanie", "Urovesa"],
          {"system": "Vamtac ST5", "recipient": "armée nationale", "supplier": "Urovesa", "amount": "4 milliards d'ouguiyas"},
          "l'armée nationale attend la livraison de 35 véhicules tactiques Vamtac ST5"),
        E("EXERCISE", "planned", ["Flintlock"],
          {"name": "Flintlock", "place": "Mauritanie"},
          "la Mauritanie accueillera en 2026 une partie de l'exercice Flintlock"),
    ],
)
