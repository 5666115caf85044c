"""blindpages2 part A (q001-q006): Morocco and Algeria. Stories, officials and most companies
are invented; some real, well-known systems, companies and office holders appear."""
from common import page, E

# ---------------------------------------------------------------- q001
page(id="q001", site="lematin.ma", noise="ar,es (language links)",
     furniture="site name;language links;menu;breadcrumb;byline;date+update line;photo caption+credit;Lire aussi teaser;tags;share;newsletter prompt;similar articles;copyright",
     notes="patrol vessel delivered + third one ordered (separate lot); Spanish navy chief's visit; planned bilateral naval exercise",
     meta={"date": "2025-03-11", "source": None, "author": "Nadia Lahlou"},
     text="""
LE MATIN.ma
العربية | Español
Nation   Économie   Monde   Régions   Sports   Culture   Le Matin TV   Podcasts
Accueil > Nation > Défense
§ La Marine royale réceptionne le patrouilleur « Al Hourria » construit à Cadix
§ Le bâtiment, deuxième unité de type Avante 2200 livrée par le chantier espagnol Navantia, a rejoint la base navale de Casablanca.
Par Nadia Lahlou
Le 11 Mars 2025 à 18:05 - Mis à jour le 11 Mars 2025 à 19:20
Le patrouilleur Al Hourria à son arrivée à Casablanca. Ph. FAR Maroc / DR
§ La Marine royale a pris livraison, mardi 11 mars, du patrouilleur hauturier « Al Hourria », au terme d'une traversée de quatre jours depuis le chantier de San Fernando, près de Cadix. La cérémonie de réception s'est tenue à la base navale de Casablanca en présence de l'inspecteur de la Marine royale, le vice-amiral Mustapha El Alami, et de cadres de Navantia.
§ Long de 87 mètres, le navire dispose d'une plateforme capable d'accueillir un hélicoptère AS565 Panther. Il avait été commandé en 2021 pour un montant estimé à 1,9 milliard de dirhams. Il rejoint son sister-ship « Al Istiqlal », livré à l'automne 2023.
Lire aussi : Les FAR dotées de nouveaux radars de surveillance côtière
§ En marge de cette livraison, le chef d'état-major de l'Armada, l'amiral général Antonio Piñeiro, a été reçu lundi 10 mars à Rabat par le général de corps d'armée Mohammed Berrid, inspecteur général des Forces Armées Royales. Les deux officiers ont passé en revue la coopération navale entre les deux pays.
§ Ils ont aussi arrêté le calendrier de l'exercice bilatéral « Atlántico-Sur 25 », prévu en juin au large de Tanger et d'Algésiras. Des frégates, un sous-marin espagnol de type S-80 et des avions de patrouille maritime doivent y prendre part.
§ « Ce bâtiment renforce notre surveillance de la zone économique exclusive, de Saïdia à Lagouira », a déclaré le vice-amiral El Alami.
§ Le vice-amiral El Alami a rappelé que la Marine royale avait conduit en 2024 plus de 300 opérations de sauvetage en mer, notamment au large de Tarfaya et de Dakhla, où une vedette de la Gendarmerie royale a été déployée en renfort.
§ La Marine royale attend par ailleurs un troisième patrouilleur, commandé en janvier 2024 auprès du même constructeur et dont la livraison est annoncée pour 2026.
Tags : Marine royale   Navantia   Défense   Casablanca
Partager : Facebook | X | WhatsApp | LinkedIn
Newsletter : recevez chaque matin l'essentiel de l'actualité. Je m'inscris
Articles similaires
Gendarmerie royale : 1.200 nouveaux élèves promus à Marrakech
Sécurité routière : un nouveau plan pour 2026
© Le Matin 2025 - Tous droits réservés
""",
     ents="""
Marine royale|ORG
Al Hourria|WEAPON
Cadix|LOC
Avante 2200|WEAPON
Navantia|ORG
Casablanca|LOC
mardi 11 mars|DATE
San Fernando|LOC
Mustapha El Alami|PERSON
El Alami|PERSON|Mustapha El Alami
AS565 Panther|WEAPON
2021|DATE
1,9 milliard de dirhams|MONEY
Al Istiqlal|WEAPON
automne 2023|DATE
Armada|ORG
Antonio Piñeiro|PERSON
lundi 10 mars|DATE
Rabat|LOC
Mohammed Berrid|PERSON
Forces Armées Royales|ORG
juin|DATE
Tanger|LOC
Algésiras|LOC
S-80|WEAPON
Saïdia|LOC
Lagouira|LOC
janvier 2024|DATE
2026|DATE
2024|DATE
Tarfaya|LOC
Dakhla|LOC
Gendarmerie royale|ORG
""",
     events=[
         E("ARMS_TRANSFER", "delivered",
           ["Al Hourria|Avante 2200|patrouilleur", "Marine royale", "Navantia"],
           {"system": "Al Hourria", "recipient": "Marine royale", "supplier": "Navantia", "amount": "1,9 milliard de dirhams"},
           "La Marine royale a pris livraison, mardi 11 mars, du patrouilleur hauturier « Al Hourria »",
           key=["Al Hourria|Avante 2200", "Marine royale", "Navantia"]),
         E("ARMS_TRANSFER", "ordered",
           ["patrouilleur", "Marine royale", "Navantia|même constructeur"],
           {"system": "troisième patrouilleur", "recipient": "Marine royale", "supplier": "même constructeur"},
           "La Marine royale attend par ailleurs un troisième patrouilleur, commandé en janvier 2024 auprès du même constructeur",
           key=["patrouilleur", "Marine royale", "Navantia|même constructeur"]),
         E("ARMS_TRANSFER", "delivered",
           ["Al Istiqlal", "Marine royale"],
           {"system": "Al Istiqlal", "recipient": "Marine royale"},
           "Il rejoint son sister-ship « Al Istiqlal », livré à l'automne 2023.",
           optional=True, note="gold fix after first measurement: earlier hull recalled as background (README policy)"),
         E("VISIT", "done",
           ["Antonio Piñeiro|Armada", "Mohammed Berrid|Forces Armées Royales|Rabat"],
           {"visitor": "Antonio Piñeiro", "host": "Mohammed Berrid", "place": "Rabat"},
           "l'amiral général Antonio Piñeiro, a été reçu lundi 10 mars à Rabat par le général de corps d'armée Mohammed Berrid",
           key=["Antonio Piñeiro", "Mohammed Berrid"]),
         E("EXERCISE", "planned",
           ["Atlántico-Sur 25"],
           {"name": "Atlántico-Sur 25", "participants": ["Marine royale", "Armada"], "place": "Tanger"},
           "l'exercice bilatéral « Atlántico-Sur 25 », prévu en juin au large de Tanger et d'Algésiras"),
     ])

# ---------------------------------------------------------------- q002
page(id="q002", site="barlamane.com", noise="es (Spanish headlines ticker), ar (edition link)",
     furniture="site name;edition links FR/AR/ES;menu;Spanish 'Última hora' ticker;rubric label;date line;byline;photo credit;share prompt;Lire aussi teaser;tags;most-read list;cookie banner",
     notes="UAE trip of Loudiyi (visit) + MoU signed in Abu Dhabi + planned ammunition JV at Benslimane; IDEX attendance is not a separate event",
     meta={"date": "2025-02-19", "source": None, "author": None},
     text="""
Barlamane
Français | عربي | Español
Politique   Économie   Société   Monde   Sport   Opinions   Vidéos
Última hora:  Marruecos y Mauritania refuerzan la vigilancia fronteriza  ·  El Gobierno aprueba el decreto sobre la reserva militar  ·  Rabat acoge un foro africano de ciberseguridad  ·  La Armada española recibe un nuevo buque hidrográfico
POLITIQUE
§ Abou Dhabi : Rabat et les Émirats scellent un mémorandum sur l'industrie de défense
Publié le 19 février 2025 à 09h41
La rédaction
Crédit photo : WAM
Partagez sur Facebook   Partagez sur X
§ Le ministre délégué chargé de l'Administration de la défense nationale, Abdellatif Loudiyi, a signé mardi à Abou Dhabi un mémorandum d'entente avec son homologue émirati, Mohammed bin Mubarak Al Mazrouei, portant sur la coopération dans le domaine des industries de défense.
§ La signature est intervenue au deuxième jour d'une visite de travail de trois jours de M. Loudiyi aux Émirats arabes unis, qui a coïncidé avec l'ouverture du salon IDEX 2025. Le responsable marocain s'est entretenu, en marge du salon, avec plusieurs dirigeants du groupe EDGE.
§ Outre le ministre délégué, la délégation marocaine comprenait le directeur de l'Établissement central de gestion et de stockage des matériels (ECGSM), le colonel-major Rachid Benkirane, ainsi que des représentants de l'Agence marocaine de développement des investissements et des exportations (AMDIE).
§ Selon le texte, les deux parties s'engagent à favoriser les transferts de technologie, la formation d'ingénieurs et la création de coentreprises au Maroc.
Lire aussi : Défense : le Parlement adopte la loi sur les matériels et équipements de défense
§ Une première concrétisation est déjà sur la table. La société Lahbabi Mécanique de Précision, PME installée à Mohammedia, et Lahab Munitions, filiale d'EDGE, projettent de créer une coentreprise baptisée Atlas Munitions Company. L'usine, qui serait implantée à Benslimane, fabriquerait des munitions de petit et moyen calibre pour les Forces Armées Royales à partir de 2027.
§ L'investissement initial est évalué à 620 millions de dirhams, soit environ 58 millions d'euros, selon un document consulté par Barlamane. Une centaine d'emplois directs sont attendus.
§ Le dossier s'inscrit dans le cadre de la loi 10-20 relative aux matériels et équipements de défense et de sécurité, qui encadre depuis 2020 l'activité des industriels privés dans ce secteur.
Lire aussi : Sahara : le Conseil de sécurité prolonge le mandat de la Minurso
Tags : Loudiyi   Émirats   EDGE   industrie de défense
Les plus lus
1. Le roi Mohammed VI adresse un message au président sénégalais
2. Gaz naturel : le gazoduc Afrique Atlantique franchit une étape
3. Enseignement : les nouvelles dates des examens
Ce site utilise des cookies pour améliorer votre expérience. Accepter   Paramétrer
""",
     ents="""
Abou Dhabi|LOC
Rabat|LOC
Émirats|LOC
Administration de la défense nationale|ORG
Abdellatif Loudiyi|PERSON
Loudiyi|PERSON|Abdellatif Loudiyi
Mohammed bin Mubarak Al Mazrouei|PERSON
Émirats arabes unis|LOC
EDGE|ORG
Maroc|LOC
Lahbabi Mécanique de Précision|ORG
Mohammedia|LOC
Lahab Munitions|ORG
Atlas Munitions Company|ORG
Benslimane|LOC
Forces Armées Royales|ORG
2027|DATE
620 millions de dirhams|MONEY
58 millions d'euros|MONEY
Barlamane|ORG
2020|DATE
Établissement central de gestion et de stockage des matériels|ORG
ECGSM|ORG|Établissement central de gestion et de stockage des matériels
Rachid Benkirane|PERSON
Agence marocaine de développement des investissements et des exportations|ORG
AMDIE|ORG|Agence marocaine de développement des investissements et des exportations
""",
     events=[
         E("AGREEMENT", "signed",
           ["Abdellatif Loudiyi|Loudiyi|Administration de la défense nationale|Rabat|Maroc", "Mohammed bin Mubarak Al Mazrouei|Émirats"],
           {"party_a": "Abdellatif Loudiyi", "party_b": "Mohammed bin Mubarak Al Mazrouei", "place": "Abou Dhabi"},
           "Abdellatif Loudiyi, a signé mardi à Abou Dhabi un mémorandum d'entente avec son homologue émirati, Mohammed bin Mubarak Al Mazrouei",
           key=["Abdellatif Loudiyi|Loudiyi|Administration de la défense nationale", "Mohammed bin Mubarak Al Mazrouei"]),
         E("VISIT", "done",
           ["Abdellatif Loudiyi|Loudiyi", "Émirats arabes unis|Abou Dhabi|Émirats"],
           {"visitor": "Abdellatif Loudiyi", "host": "Émirats arabes unis"},
           "une visite de travail de trois jours de M. Loudiyi aux Émirats arabes unis",
           key=["Abdellatif Loudiyi|Loudiyi", "Émirats arabes unis|Abou Dhabi"]),
         E("INDUSTRY", "planned",
           ["Atlas Munitions Company|Lahab Munitions|Lahbabi Mécanique de Précision", "Benslimane"],
           {"company": "Atlas Munitions Company", "partners": ["Lahbabi Mécanique de Précision", "Lahab Munitions"], "place": "Benslimane", "amount": "620 millions de dirhams"},
           "projettent de créer une coentreprise baptisée Atlas Munitions Company. L'usine, qui serait implantée à Benslimane"),
     ])

# ---------------------------------------------------------------- q003
page(id="q003", site="maroc-diplomatique.net", noise="none",
     furniture="site name;date widget;menu;rubric label;byline;date line;photo caption;share counts;À lire aussi block;tags;related posts;comment prompt;footer",
     notes="Franco-Moroccan exercise done (named); AW149 project abandoned (cancelled); CAESAR MkII talks (negotiating)",
     meta={"date": "2025-05-27", "source": None, "author": "Hassan Alaoui"},
     text="""
MAROC DIPLOMATIQUE
Mardi 27 mai 2025
Actualité   Diplomatie   Économie   Dossiers   Opinions   Vidéos
DÉFENSE
§ FAR : fin de l'exercice « Chergui 2025 », Rabat revoit ses achats d'hélicoptères
Par Hassan Alaoui
27 mai 2025
Des parachutistes marocains et français lors de la phase finale de l'exercice. (Photo FAR)
0 partages
§ L'exercice conjoint franco-marocain « Chergui 2025 » s'est achevé le 23 mai dans la région d'Errachidia, après trois semaines de manœuvres interarmes. Quelque 1 800 militaires des Forces Armées Royales et de l'armée de Terre française y ont participé, appuyés par des hélicoptères Tigre et des Gazelle.
§ La phase finale, conduite en présence du général de brigade Driss Amghar et du général Pierre Schill, chef d'état-major de l'armée de Terre, a simulé la reconquête d'une zone tenue par une force ennemie dans le désert. Des Mirage F1 marocains et des Rafale français ont effectué des missions d'appui aérien simulées au-dessus du champ de tir de Boudenib, à 90 km d'Errachidia.
§ Parallèlement, les arbitrages budgétaires de l'état-major se précisent. D'après plusieurs sources industrielles, le projet d'acquisition de douze hélicoptères AW149 auprès de l'italien Leonardo a été abandonné, faute d'accord sur le prix et sur les compensations industrielles. Les discussions, entamées en 2023, portaient sur un montant de près de 700 millions d'euros.
À lire aussi : Diplomatie : Rabat et Paris relancent leur dialogue stratégique
§ À l'inverse, les négociations avec KNDS France sur l'achat de canons automoteurs CAESAR MkII progressent. Une délégation de l'industriel était à Rabat à la mi-mai pour discuter du nombre d'exemplaires, qui pourrait dépasser la trentaine, et du calendrier des livraisons.
§ Les FAR disposent déjà d'une trentaine de CAESAR de première génération, livrés entre 2020 et 2022.
Tags : FAR   Chergui   Leonardo   KNDS
Articles liés
Le Maroc et l'Inde renforcent leur coopération spatiale
Mondial 2030 : les chantiers s'accélèrent
Laisser un commentaire
Votre adresse e-mail ne sera pas publiée.
© 2025 Maroc Diplomatique
""",
     ents="""
Rabat|LOC
Errachidia|LOC
23 mai|DATE
Forces Armées Royales|ORG
armée de Terre|ORG
Tigre|WEAPON
Gazelle|WEAPON
Driss Amghar|PERSON
Pierre Schill|PERSON
Mirage F1|WEAPON
Rafale|WEAPON
Boudenib|LOC
AW149|WEAPON
Leonardo|ORG
2023|DATE
700 millions d'euros|MONEY
KNDS France|ORG
CAESAR MkII|WEAPON|CAESAR Mk II
mi-mai|DATE
FAR|ORG|Forces Armées Royales
CAESAR|WEAPON
2020|DATE
2022|DATE
""",
     events=[
         E("EXERCISE", "done",
           ["Chergui 2025"],
           {"name": "Chergui 2025", "participants": ["Forces Armées Royales", "armée de Terre"], "place": "Errachidia"},
           "L'exercice conjoint franco-marocain « Chergui 2025 » s'est achevé le 23 mai dans la région d'Errachidia"),
         E("ARMS_TRANSFER", "cancelled",
           ["AW149", "Rabat|FAR|Forces Armées Royales", "Leonardo"],
           {"system": "AW149", "recipient": "Rabat", "supplier": "Leonardo", "amount": "700 millions d'euros"},
           "le projet d'acquisition de douze hélicoptères AW149 auprès de l'italien Leonardo a été abandonné",
           key=["AW149", "FAR|Forces Armées Royales", "Leonardo"]),
         E("ARMS_TRANSFER", "negotiating",
           ["CAESAR MkII", "Rabat|FAR|Forces Armées Royales", "KNDS France"],
           {"system": "CAESAR MkII", "recipient": "Rabat", "supplier": "KNDS France"},
           "les négociations avec KNDS France sur l'achat de canons automoteurs CAESAR MkII progressent",
           key=["CAESAR MkII", "FAR|Forces Armées Royales", "KNDS France"]),
         E("ARMS_TRANSFER", "delivered",
           ["CAESAR", "FAR"],
           {"system": "CAESAR", "recipient": "FAR"},
           "Les FAR disposent déjà d'une trentaine de CAESAR de première génération, livrés entre 2020 et 2022.",
           optional=True, note="background inventory with a past delivery"),
     ])

# ---------------------------------------------------------------- q004
page(id="q004", site="aps.dz", noise="ar,en (language links)",
     furniture="site name;language links;menu;rubric label;'Publié le' date line;dateline in body;share bar;latest news list;similar articles;footer",
     notes="Italian CHOD audience in Algiers (visit) + 2025 military cooperation programme signed + helicopter assembly line ongoing at Aïn Arnat",
     meta={"date": "2025-04-15", "source": "APS", "author": None},
     text="""
Algérie Presse Service
عربي | English | Tamazight
Algérie   Monde   Economie   Société   Culture   Sport   Régions   Dossiers
Défense
§ Le Général d'Armée Chanegriha reçoit le Chef d'état-major de la Défense italienne
Publié Le : Mardi, 15 Avril 2025 17:23
Partager :  Facebook  Twitter  LinkedIn  Imprimer
§ ALGER - Le Général d'Armée Saïd Chanegriha, Chef d'Etat-Major de l'Armée Nationale Populaire (ANP), a reçu mardi, au siège de l'Etat-Major de l'ANP, le Chef d'état-major de la Défense de la République italienne, le général Luciano Portolano, qui effectue une visite officielle en Algérie du 14 au 16 avril 2025, indique un communiqué du ministère de la Défense nationale (MDN).
§ "Cette visite s'inscrit dans le cadre du renforcement de la coopération militaire entre l'ANP et les Forces armées italiennes", précise la même source.
§ A cette occasion, les deux parties ont tenu des entretiens ayant porté sur l'état de la coopération militaire bilatérale et sur les moyens de la développer, ainsi que sur les questions d'intérêt commun.
§ Au terme de ces entretiens, le programme de coopération militaire algéro-italien pour l'année 2025 a été signé par le Secrétaire général du MDN, le général-major Mohamed Salah Benbicha, et par le général Portolano.
§ Les deux délégations ont également fait le point sur l'avancement de la chaîne d'assemblage d'hélicoptères AW139 implantée à Aïn Arnat, dans la wilaya de Sétif, par la Société algéro-italienne des hélicoptères (SAIH), une coentreprise associant l'Etablissement de réalisation des hélicoptères de l'ANP et l'italien Leonardo. Huit appareils y ont été assemblés depuis 2022.
§ La délégation italienne comprenait l'attaché de défense près l'ambassade d'Italie à Alger, le colonel Marco Ferretti, ainsi que des représentants de Fincantieri, qui a livré en 2014 le bâtiment de projection « Kalaat Béni Abbès » aux Forces navales.
§ Le général Portolano est attendu mercredi à l'Ecole supérieure de guerre de Tamentfoust, selon le programme de sa visite.
Dernières infos
Tlemcen : réception de 500 logements sociaux
Séisme de magnitude 3,2 dans la wilaya de Médéa
Coupe d'Algérie : le programme des quarts de finale
Articles similaires
Le Général d'Armée Chanegriha en visite de travail en 3e Région militaire
© 2025 APS - Algérie Presse Service
""",
     ents="""
Chanegriha|PERSON|Saïd Chanegriha
Saïd Chanegriha|PERSON
ALGER|LOC
Armée Nationale Populaire|ORG
ANP|ORG|Armée Nationale Populaire
Luciano Portolano|PERSON
Portolano|PERSON|Luciano Portolano
Algérie|LOC
République italienne|LOC
14 au 16 avril 2025|DATE
ministère de la Défense nationale|ORG
MDN|ORG|ministère de la Défense nationale
Forces armées italiennes|ORG
2025|DATE
Mohamed Salah Benbicha|PERSON
AW139|WEAPON
Aïn Arnat|LOC
Sétif|LOC
Société algéro-italienne des hélicoptères|ORG
SAIH|ORG|Société algéro-italienne des hélicoptères
Etablissement de réalisation des hélicoptères|ORG
Leonardo|ORG
2022|DATE
Ecole supérieure de guerre|ORG
ambassade d'Italie|ORG
Alger|LOC
Marco Ferretti|PERSON
Fincantieri|ORG
2014|DATE
Kalaat Béni Abbès|WEAPON
Forces navales|ORG
Tamentfoust|LOC
""",
     events=[
         E("VISIT", "done",
           ["Luciano Portolano|Portolano", "Saïd Chanegriha|Chanegriha|ANP|Armée Nationale Populaire|Algérie"],
           {"visitor": "Luciano Portolano", "host": "Saïd Chanegriha", "place": "ALGER"},
           "a reçu mardi, au siège de l'Etat-Major de l'ANP, le Chef d'état-major de la Défense de la République italienne, le général Luciano Portolano, qui effectue une visite officielle en Algérie",
           key=["Luciano Portolano|Portolano", "Saïd Chanegriha|Chanegriha|ANP|Armée Nationale Populaire"]),
         E("AGREEMENT", "signed",
           ["Mohamed Salah Benbicha|MDN|ministère de la Défense nationale|ANP|algéro-italien", "Portolano|Forces armées italiennes|algéro-italien"],
           {"party_a": "MDN", "party_b": "Portolano", "what": "programme de coopération militaire algéro-italien pour l'année 2025"},
           "le programme de coopération militaire algéro-italien pour l'année 2025 a été signé par le Secrétaire général du MDN",
           key=["Mohamed Salah Benbicha|MDN|ministère de la Défense nationale", "Portolano"]),
         E("INDUSTRY", "ongoing",
           ["Société algéro-italienne des hélicoptères|SAIH|Leonardo|AW139", "Aïn Arnat|Sétif"],
           {"company": "Société algéro-italienne des hélicoptères", "product": "AW139", "place": "Aïn Arnat"},
           "la chaîne d'assemblage d'hélicoptères AW139 implantée à Aïn Arnat, dans la wilaya de Sétif, par la Société algéro-italienne des hélicoptères (SAIH)",
           key=["Société algéro-italienne des hélicoptères|SAIH|Leonardo|AW139", "Aïn Arnat"]),
         E("ARMS_TRANSFER", "delivered",
           ["Kalaat Béni Abbès", "Forces navales", "Fincantieri"],
           {"system": "Kalaat Béni Abbès", "recipient": "Forces navales", "supplier": "Fincantieri"},
           "Fincantieri, qui a livré en 2014 le bâtiment de projection « Kalaat Béni Abbès » aux Forces navales",
           optional=True, note="background delivery in a relative clause"),
     ])

# ---------------------------------------------------------------- q005
page(id="q005", site="menadefense.net", noise="en (category labels)",
     furniture="blog header;category menu;breadcrumb;byline+date+comment count;featured image credit;category/tag line;share buttons;reader comments with pseudonyms+dates+Répondre;comment form prompt;recent posts list;footer",
     notes="Su-57E delivered (reported by blog); Su-35 contract said to be cancelled; Kh-59MK2 said to be acquired (ordered)",
     meta={"date": "2025-02-04", "source": None, "author": "Redouane B."},
     text="""
MENADEFENSE
Defence news from North Africa and the Middle East
Accueil   Algérie   Maroc   Tunisie   Libye   Industrie   Analyses   English
Accueil » Algérie » Forces aériennes
§ Les premiers Su-57E algériens sont arrivés à Oum El Bouaghi
Par Redouane B. | 4 février 2025 | 3 commentaires
Image : capture d'une vidéo amateur / X
§ C'est désormais officiel, ou presque. Deux chasseurs Su-57E ont été livrés à l'Algérie à la fin du mois de janvier et ont été aperçus sur la base aérienne d'Oum El Bouaghi, dans l'est du pays. Les appareils, convoyés par avion-cargo An-124 depuis Komsomolsk-sur-l'Amour, seraient les deux premiers d'une commande de douze exemplaires passée auprès de Rosoboronexport.
§ L'Algérie devient ainsi le premier client export du chasseur de cinquième génération de Soukhoï. Le contrat, jamais rendu public, avoisinerait les 2 milliards de dollars selon nos informations.
§ Ce choix a une conséquence directe : le contrat portant sur quatorze Su-35 signé en 2019 aurait été purement et simplement annulé, Alger ayant préféré reporter l'enveloppe sur le Su-57E. Aucun Su-35 n'a d'ailleurs jamais été aperçu en Algérie.
§ Les Su-57E devraient être accompagnés de munitions modernes. D'après une source proche du dossier, l'ANP aurait acquis un lot de missiles air-sol Kh-59MK2, dont la livraison interviendrait d'ici la fin de l'année.
§ Pour mémoire, l'Algérie exploite déjà une soixantaine de Su-30MKA, basés notamment à Aïn Oussera et à Oum El Bouaghi.
§ Il faudra cependant plusieurs mois avant que les pilotes algériens, formés à Lipetsk depuis 2023, n'atteignent une capacité opérationnelle initiale.
Catégories : Algérie, Forces aériennes, Russie   Tags : Su-57E, Su-35, Kh-59MK2
Partager : Facebook  X  Telegram
3 commentaires
Nassim_DZ dit : 4 février 2025 à 21 h 14 min
Enfin ! Depuis le temps qu'on en parlait... Répondre
Abou Ilyès dit : 5 février 2025 à 8 h 02 min
Deux appareils ce n'est pas encore un escadron, patience. Répondre
Med31 dit : 5 février 2025 à 10 h 47 min
Et les Su-34 alors ? Répondre
Laisser un commentaire
Vous devez être connecté pour publier un commentaire.
Articles récents
La marine libyenne récupère deux vedettes turques
Le Maroc aurait choisi le radar ELM-2084
© Menadefense 2025
""",
     ents="""
Su-57E|WEAPON
Oum El Bouaghi|LOC
Algérie|LOC
fin du mois de janvier|DATE
An-124|WEAPON
Komsomolsk-sur-l'Amour|LOC
Rosoboronexport|ORG
Soukhoï|ORG
2 milliards de dollars|MONEY
Su-35|WEAPON
2019|DATE
Alger|LOC
ANP|ORG|Armée nationale populaire
Kh-59MK2|WEAPON
Lipetsk|LOC
Su-30MKA|WEAPON
Aïn Oussera|LOC
2023|DATE
""",
     events=[
         E("ARMS_TRANSFER", "delivered",
           ["Su-57E", "Algérie|Alger|ANP", "Rosoboronexport|Soukhoï"],
           {"system": "Su-57E", "recipient": "Algérie", "supplier": "Rosoboronexport", "amount": "2 milliards de dollars"},
           "Deux chasseurs Su-57E ont été livrés à l'Algérie à la fin du mois de janvier",
           key=["Su-57E", "Algérie|ANP", "Rosoboronexport|Soukhoï"]),
         E("ARMS_TRANSFER", "cancelled",
           ["Su-35", "Alger|Algérie|ANP"],
           {"system": "Su-35", "recipient": "Alger"},
           "le contrat portant sur quatorze Su-35 signé en 2019 aurait été purement et simplement annulé",
           key=["Su-35", "Algérie|ANP"]),
         E("ARMS_TRANSFER", "ordered",
           ["Kh-59MK2", "ANP|Algérie"],
           {"system": "Kh-59MK2", "recipient": "ANP"},
           "l'ANP aurait acquis un lot de missiles air-sol Kh-59MK2",
           key=["Kh-59MK2", "ANP"]),
         E("ARMS_TRANSFER", "reported",
           ["Su-30MKA", "Algérie"],
           {"system": "Su-30MKA", "recipient": "Algérie"},
           "l'Algérie exploite déjà une soixantaine de Su-30MKA",
           optional=True, note="inventory statement, no transfer verb"),
     ])

# ---------------------------------------------------------------- q006
page(id="q006", site="lexpressiondz.com", noise="es (Spanish ticker)",
     furniture="site name;today date widget;menu;Spanish 'Titulares' ticker;rubric label;byline;date line;photo caption;share prompt;most-read list;newsletter prompt;footer",
     notes="Algerian-Russian naval exercise done (named); Russian vice-admiral's visit to the naval command (done); ships named as WEAPON",
     meta={"date": "2025-06-22", "source": None, "author": "Wahiba Rabia"},
     text="""
L'Expression - Le Quotidien
Dimanche 22 juin 2025
Nationale   Internationale   Economie   Culture   Sports   Contribution   Le Mag
Titulares:  Argelia y Rusia concluyen maniobras navales  |  Túnez recibe lanchas de patrulla  |  Precio del petróleo en alza  |  Nuevo ministro de Energía en Libia
NATIONALE
§ Exercice naval algéro-russe au large d'Alger
§ Les manœuvres ont mobilisé pendant quatre jours des bâtiments des deux marines.
Par Wahiba Rabia - Publié le 22 juin 2025
La corvette algérienne lors de l'exercice. DR
§ Les Forces navales algériennes et la Flotte de la mer Noire ont conclu samedi 21 juin l'exercice naval conjoint « Bahr Essalam 2025 », organisé au large des côtes algéroises et de Béjaïa. Les deux parties ont exécuté des tirs de surface, des manœuvres de ravitaillement à la mer et une simulation de lutte contre le trafic maritime illicite.
§ Selon le ministère de la Défense nationale, les manœuvres ont été supervisées par le commandant de la Façade maritime Centre, le général Kamel Ouali, depuis la frégate « Erradii 910 ».
§ Côté russe, la frégate « Amiral Grigorovitch » et un pétrolier ravitailleur ont pris part aux exercices. La corvette « Rais Hamidou 801 » et le sous-marin « Akram Pacha » représentaient la partie algérienne.
§ En marge des manœuvres, le vice-amiral Oleg Zvonarev, commandant adjoint de la Flotte de la mer Noire, a effectué une visite au siège du Commandement des Forces navales, à l'Amirauté d'Alger, où il a été reçu par le général-major Mahfoud Benmeddah. Les entretiens ont porté sur la formation des équipages et l'échange d'expériences.
§ Ce type d'exercice est devenu régulier entre Alger et Moscou, qui entretiennent une coopération militaire ancienne. La précédente édition s'était tenue en novembre 2024 en Méditerranée orientale.
Partager sur :  Facebook  Twitter
LES PLUS LUS
Baccalauréat 2025 : les résultats attendus le 10 juillet
Eau potable : mise en service d'une station de dessalement à Oran
NEWSLETTER - Inscrivez-vous pour recevoir nos dernières actualités
Copyright © 2025 L'Expression
""",
     ents="""
Alger|LOC
Forces navales|ORG|Forces navales
Flotte de la mer Noire|ORG
samedi 21 juin|DATE
Béjaïa|LOC
ministère de la Défense nationale|ORG
Façade maritime Centre|ORG
Kamel Ouali|PERSON
Erradii 910|WEAPON|Erradii
Amiral Grigorovitch|WEAPON
Rais Hamidou 801|WEAPON|Rais Hamidou
Akram Pacha|WEAPON
Oleg Zvonarev|PERSON
Commandement des Forces navales|ORG
Amirauté d'Alger|LOC
Mahfoud Benmeddah|PERSON
Moscou|LOC
novembre 2024|DATE
Méditerranée orientale|LOC
""",
     events=[
         E("EXERCISE", "done",
           ["Bahr Essalam 2025"],
           {"name": "Bahr Essalam 2025", "participants": ["Forces navales", "Flotte de la mer Noire"], "place": "Béjaïa"},
           "Les Forces navales algériennes et la Flotte de la mer Noire ont conclu samedi 21 juin l'exercice naval conjoint « Bahr Essalam 2025 »"),
         E("VISIT", "done",
           ["Oleg Zvonarev|Flotte de la mer Noire", "Commandement des Forces navales|Mahfoud Benmeddah|Forces navales"],
           {"visitor": "Oleg Zvonarev", "host": "Mahfoud Benmeddah", "place": "Amirauté d'Alger"},
           "le vice-amiral Oleg Zvonarev, commandant adjoint de la Flotte de la mer Noire, a effectué une visite au siège du Commandement des Forces navales",
           key=["Oleg Zvonarev", "Commandement des Forces navales|Mahfoud Benmeddah"]),
         E("EXERCISE", "done",
           ["précédente édition|Méditerranée orientale"],
           {"name": "précédente édition", "place": "Méditerranée orientale"},
           "La précédente édition s'était tenue en novembre 2024 en Méditerranée orientale.",
           optional=True, note="earlier edition of the same exercise, mentioned in passing"),
     ])
