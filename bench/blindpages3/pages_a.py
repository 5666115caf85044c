"""blindpages3 pages r001–r007 (Morocco, Algeria, Tunisia, Mauritania)."""
from common import page, E

# ---------------------------------------------------------------- r001
page(id="r001", site="leseco.ma (Les Inspirations ÉCO)", noise="es (Spanish 'Última hora' ticker)",
     furniture="site name;slogan;menu;Spanish ticker;breadcrumb;byline+date line;photo caption+credit;Lire aussi teaser;tags;share prompt;newsletter;most-read list;footer",
     notes="CSG / Atlas Défense Systèmes ammunition JV at Nouaceur (planned); ADN–Czech ministry MoU; Czech minister's visit; Dita howitzers delivered",
     meta={"date": "2025-10-14", "source": "LesEco.ma", "author": "Hind Lakhdari"},
     text="""
LesEco.ma
Les Inspirations ÉCO — L'information économique au quotidien
Accueil
Économie
Entreprises
Finances
Politique
Régions
Monde
Culture
Sport
Última hora
Marruecos y Portugal amplían su cooperación portuaria en el Atlántico
Bank Al-Maghrib mantiene su tipo director sin cambios
Tánger Med supera los diez millones de contenedores
Accueil / Entreprises / Industrie
§ Défense : le tchèque CSG s'associe à un industriel casablancais pour produire des munitions à Nouaceur
Par Hind Lakhdari | Le 14/10/2025 à 11h20
Partager :  Facebook  X  LinkedIn  WhatsApp
Une ligne de chargement d'obus dans une usine d'Europe centrale. Ph. DR
§ Le groupe tchèque Czechoslovak Group (CSG) et la société marocaine Atlas Défense Systèmes ont paraphé, lundi 13 octobre à Rabat, un accord de coentreprise portant sur la fabrication d'obus de 155 mm et de munitions de moyen calibre dans la zone industrielle de Nouaceur, aux portes de Casablanca.
§ La future société commune, détenue à 51 % par le partenaire marocain, mobiliserait un investissement initial de 1,2 milliard de dirhams. La première ligne doit entrer en production au second semestre 2027 et employer à terme quelque 400 personnes, indique un communiqué conjoint.
Lire aussi | Zones d'accélération industrielle : la demande des équipementiers s'envole
§ La cérémonie s'est tenue en présence d'Abdellatif Loudiyi, ministre délégué chargé de l'Administration de la Défense nationale, et de Jana Černochová, ministre tchèque de la Défense, en visite de deux jours au Maroc. Michal Strnad, patron de CSG, avait fait le déplacement depuis Prague.
§ Dans la foulée, l'Administration de la Défense nationale et le ministère tchèque de la Défense ont signé un mémorandum d'entente qui prévoit des formations communes et des échanges d'experts sur la certification des munitions.
§ Ce rapprochement n'est pas une surprise. En mars 2024, les Forces armées royales (FAR) avaient commandé 36 obusiers automoteurs Dita auprès d'Excalibur Army, filiale de CSG. Les premières pièces ont été réceptionnées cet été par l'artillerie marocaine, selon nos sources.
§ « Le Maroc dispose aujourd'hui d'un réseau de sous-traitants capable de suivre nos exigences de qualité », a assuré Karim Benjelloun, directeur général d'Atlas Défense Systèmes, qui compte confier l'usinage des corps d'obus à des PME de la région.
§ Depuis l'entrée en vigueur de la loi de 2020 sur les matériels de défense, quatorze autorisations de fabrication ont été délivrées par l'administration, dont trois pour des projets de munitions. La République tchèque devient ainsi le cinquième pays européen à investir dans la filière.
Tags : Défense, Industrie, CSG, Nouaceur, Investissement
Recevez chaque matin l'essentiel de l'actualité économique. Je m'inscris
Les plus lus
Automobile : les exportations en hausse de 9 % à fin septembre
Tourisme : Marrakech retrouve ses niveaux d'avant-crise
Immobilier : les prix reculent à Rabat
© 2025 LesEco.ma — Tous droits réservés | Mentions légales | Contact
""",
     ents="""
Czechoslovak Group|ORG|Czechoslovak Group
CSG|ORG|Czechoslovak Group
Atlas Défense Systèmes|ORG
lundi 13 octobre|DATE
Rabat|LOC
Nouaceur|LOC
Casablanca|LOC
1,2 milliard de dirhams|MONEY
second semestre 2027|DATE
Abdellatif Loudiyi|PERSON
Administration de la Défense nationale|ORG
Jana Černochová|PERSON
Maroc|LOC
Michal Strnad|PERSON
Prague|LOC
ministère tchèque de la Défense|ORG
mars 2024|DATE
Forces armées royales|ORG
FAR|ORG|Forces armées royales
Dita|WEAPON
Excalibur Army|ORG
Karim Benjelloun|PERSON
2020|DATE
République tchèque|LOC
""",
     events=[
         E("INDUSTRY", "planned", ["Czechoslovak Group|CSG|Atlas Défense Systèmes", "Nouaceur"],
           {"company": ["CSG", "Atlas Défense Systèmes"], "product": "obus de 155 mm", "place": "Nouaceur"},
           "un accord de coentreprise portant sur la fabrication d'obus de 155 mm et de munitions de moyen calibre dans la zone industrielle de Nouaceur"),
         E("AGREEMENT", "signed", ["Administration de la Défense nationale", "ministère tchèque de la Défense"],
           {"party_a": "Administration de la Défense nationale", "party_b": "ministère tchèque de la Défense"},
           "l'Administration de la Défense nationale et le ministère tchèque de la Défense ont signé un mémorandum d'entente"),
         E("VISIT", "done", ["Jana Černochová", "Maroc|Rabat|Abdellatif Loudiyi"],
           {"visitor": "Jana Černochová", "host": "Maroc"},
           "Jana Černochová, ministre tchèque de la Défense, en visite de deux jours au Maroc",
           key=["Jana Černochová", "Maroc|Rabat|Abdellatif Loudiyi"]),
         E("ARMS_TRANSFER", "delivered", ["Dita", "Forces armées royales|FAR", "Excalibur Army|CSG"],
           {"system": "Dita", "recipient": "FAR", "supplier": "Excalibur Army"},
           "les Forces armées royales (FAR) avaient commandé 36 obusiers automoteurs Dita auprès d'Excalibur Army",
           note="ordered March 2024, first pieces received this summer"),
     ])

# ---------------------------------------------------------------- r002
page(id="r002", site="lopinion.ma (L'Opinion)", noise="es (Spanish headline block 'En español'), ar (edition link)",
     furniture="site name;edition links;menu;date widget;rubric label;byline;date line;photo caption+credit;Spanish headlines block;share prompt;comment prompt;related articles with teasers;footer",
     notes="Embraer KC-390 order (ordered); Spanish chief of staff's visit; joint air exercise planned; Lire aussi teaser",
     meta={"date": "2026-02-03", "source": "L'Opinion", "author": "Yassine Berrada"},
     text="""
L'Opinion.ma
Le premier quotidien francophone du Maroc
FR | عربي | ES
Mardi 3 février 2026
Nation
Politique
Économie
Monde
Sport
Culture
Défense
Défense
§ Transport stratégique : les FAR misent sur l'Embraer C-390 Millennium
§ Après plusieurs mois de discussions, Rabat a arrêté son choix sur l'avion de transport brésilien. Une première tranche de trois appareils serait déjà commandée.
Yassine Berrada
Publié le 03/02/2026 à 09:45 – Mis à jour à 12:10
Un C-390 Millennium lors d'une présentation en vol. © Embraer
§ Selon plusieurs sources concordantes, les Forces Armées Royales ont passé commande fin janvier de trois avions de transport C-390 Millennium auprès du constructeur brésilien Embraer, pour un montant estimé à 420 millions de dollars, formation et soutien inclus. Les appareils, qui seront basés à Kénitra, viendront épauler une flotte de C-130H Hercules vieillissante.
§ Le contrat comprendrait une option sur trois exemplaires supplémentaires, dont l'exercice dépendra des arbitrages budgétaires de 2027. La livraison du premier avion est attendue pour le printemps 2028.
§ Ce choix intervient alors que le chef d'état-major de la Défense espagnol, l'amiral Teodoro López Calderón, a effectué les 29 et 30 janvier une visite de travail à Rabat, où il a été reçu par le général de corps d'armée Mohammed Berrid, inspecteur général des FAR. Les deux officiers ont passé en revue les programmes de coopération, notamment la surveillance du détroit.
§ À l'issue de ces entretiens, les deux états-majors ont annoncé un exercice aérien conjoint, baptisé « Gazelle 26 », qui réunira en mai prochain des avions de chasse marocains et espagnols au-dessus de la base de Ben Guérir. Des F-16 des Forces royales air et des Eurofighter de l'Ejército del Aire y del Espacio y prendront part.
§ Pour l'analyste Hicham Alaoui Mdaghri, « l'arrivée du C-390 donnera aux FAR une capacité de projection qu'elles n'avaient pas, du Sahel jusqu'aux opérations de maintien de la paix ».
En español
Marruecos elige el avión brasileño C-390 para renovar su flota de transporte
El JEMAD español, de visita oficial en Rabat
Réagissez à cet article
Vous devez être connecté pour commenter.
Articles similaires
Sécurité maritime : les patrouilles renforcées au large de Dakhla — La Marine Royale multiplie les sorties dans l'Atlantique.
Industrie : une nouvelle zone dédiée à l'aéronautique à Nouaceur — Les premiers lots seront attribués au printemps.
Partager sur Facebook | Twitter | WhatsApp
© L'Opinion 2026 – Tous droits réservés
""",
     ents="""
FAR|ORG|Forces Armées Royales
Embraer C-390 Millennium|WEAPON|C-390
C-390 Millennium|WEAPON|C-390
C-390|WEAPON|C-390
Rabat|LOC
Forces Armées Royales|ORG
Embraer|ORG
420 millions de dollars|MONEY
Kénitra|LOC
C-130H Hercules|WEAPON|C-130H
fin janvier|DATE
2027|DATE
printemps 2028|DATE
Teodoro López Calderón|PERSON
29 et 30 janvier|DATE
Mohammed Berrid|PERSON
mai prochain|DATE
Ben Guérir|LOC
F-16|WEAPON
Forces royales air|ORG
Eurofighter|WEAPON
Ejército del Aire y del Espacio|ORG
Hicham Alaoui Mdaghri|PERSON
Sahel|LOC
""",
     events=[
         E("ARMS_TRANSFER", "ordered", ["C-390|Embraer C-390 Millennium", "Forces Armées Royales|FAR|Rabat", "Embraer"],
           {"system": "C-390 Millennium", "recipient": "Forces Armées Royales", "supplier": "Embraer"},
           "les Forces Armées Royales ont passé commande fin janvier de trois avions de transport C-390 Millennium auprès du constructeur brésilien Embraer",
           key=["C-390|Embraer C-390 Millennium", "Forces Armées Royales|FAR", "Embraer"]),
         E("VISIT", "done", ["Teodoro López Calderón", "Rabat|Mohammed Berrid"],
           {"visitor": "Teodoro López Calderón", "host": "Mohammed Berrid", "place": "Rabat"},
           "a effectué les 29 et 30 janvier une visite de travail à Rabat"),
         E("EXERCISE", "planned", ["Gazelle 26"],
           {"name": "Gazelle 26", "parties": ["Forces royales air", "Ejército del Aire y del Espacio"], "place": "Ben Guérir"},
           "un exercice aérien conjoint, baptisé « Gazelle 26 », qui réunira en mai prochain des avions de chasse marocains et espagnols"),
     ])

# ---------------------------------------------------------------- r003
page(id="r003", site="lesoirdalgerie.com (Le Soir d'Algérie)", noise="ar (Arabic partner headlines)",
     furniture="site name;date widget;menu;rubric label;author line with initials;photo credit;Arabic partner headlines;share prompt;comment block;'Sur le même sujet' list;newsletter;footer",
     notes="named naval exercise with the Italian navy (done); Italian navy chief's visit; Leonardo–Ecmen helicopter maintenance centre (INDUSTRY planned); third C28A corvette delivered from China",
     meta={"date": "2025-11-19", "source": "Le Soir d'Algérie", "author": "Karim Aimeur"},
     text="""
Le Soir d'Algérie
Quotidien national d'information
Mercredi 19 novembre 2025 — 28 Joumada El Oula 1447
Actualités | Régions | Économie | Sports | Culture | Monde | Contributions | Périscoop
Actualités
Coopération navale algéro-italienne
§ « Raïs Hamidou 2025 » s'achève au large de Béjaïa
Karim Aimeur
Publié le 19-11-2025
Photo : DR
§ L'exercice naval conjoint « Raïs Hamidou 2025 », qui a mobilisé depuis le 15 novembre des unités des Forces navales et de la Marina Militare italienne, s'est achevé hier au large de Béjaïa. Selon un communiqué du ministère de la Défense nationale (MDN), les manœuvres ont porté sur la lutte contre les menaces asymétriques, la recherche et le sauvetage en mer ainsi que le ravitaillement à la mer.
§ Côté algérien, la frégate El Moudamir 910 et la corvette Adhafer ont été engagées, aux côtés du patrouilleur italien Paolo Thaon di Revel. Un hélicoptère AW101 de la marine italienne a également effectué des appontages croisés.
§ Le général d'armée Saïd Chanegriha, chef d'état-major de l'Armée nationale populaire (ANP), a reçu à cette occasion l'amiral Enrico Credendino, chef d'état-major de la marine italienne, en visite officielle en Algérie du 16 au 18 novembre. Les deux responsables ont évoqué « les perspectives de la coopération bilatérale dans le domaine naval », précise le MDN.
§ Selon nos informations, le constructeur italien Leonardo et l'Entreprise de construction de matériels et d'équipements navals (Ecmen) de Mers El Kébir étudient la création d'un centre de maintenance des hélicoptères AW101 et AW139 en service dans l'ANP. Le projet, estimé à 35 millions d'euros, pourrait voir le jour à Oran d'ici 2027.
§ Par ailleurs, la troisième corvette de type C28A commandée auprès du chantier chinois China Shipbuilding Trading Company (CSTC) a été livrée début novembre à Shanghai, où elle a été réceptionnée par un équipage algérien. Baptisée Ezzadjer, elle devrait rallier la base navale de Mers El Kébir avant la fin de l'année.
K. A.
روابط ذات صلة
اختتام تمرين بحري مشترك بين الجزائر وإيطاليا
قائد القوات البحرية يستقبل وفدا عسكريا أجنبيا
Partager : Facebook | Twitter
Commentaires (2)
Ajouter un commentaire — Les commentaires sont modérés.
Sur le même sujet
ANP : sortie de promotion à l'École supérieure navale de Tamentfoust
Sûreté maritime : les garde-côtes renforcent leur présence à l'Ouest
Abonnez-vous à notre lettre d'information
© Le Soir d'Algérie 2025. Tous droits réservés.
""",
     ents="""
Béjaïa|LOC
15 novembre|DATE
Forces navales|ORG
Marina Militare|ORG
ministère de la Défense nationale|ORG
MDN|ORG|ministère de la Défense nationale
El Moudamir|WEAPON
Adhafer|WEAPON
Paolo Thaon di Revel|WEAPON
AW101|WEAPON
Saïd Chanegriha|PERSON
Armée nationale populaire|ORG
ANP|ORG|Armée nationale populaire
Enrico Credendino|PERSON
Algérie|LOC
16 au 18 novembre|DATE
Leonardo|ORG
Entreprise de construction de matériels et d'équipements navals|ORG
Ecmen|ORG|Entreprise de construction de matériels et d'équipements navals
Mers El Kébir|LOC
AW139|WEAPON
35 millions d'euros|MONEY
Oran|LOC
2027|DATE
C28A|WEAPON
China Shipbuilding Trading Company|ORG
CSTC|ORG|China Shipbuilding Trading Company
début novembre|DATE
Shanghai|LOC
Ezzadjer|WEAPON
""",
     events=[
         E("EXERCISE", "done", ["Raïs Hamidou 2025"],
           {"name": "Raïs Hamidou 2025", "parties": ["Forces navales", "Marina Militare"], "place": "Béjaïa"},
           "L'exercice naval conjoint « Raïs Hamidou 2025 », qui a mobilisé depuis le 15 novembre des unités des Forces navales et de la Marina Militare italienne, s'est achevé hier"),
         E("VISIT", "done", ["Enrico Credendino", "Algérie|Saïd Chanegriha"],
           {"visitor": "Enrico Credendino", "host": "Saïd Chanegriha", "place": "Algérie"},
           "l'amiral Enrico Credendino, chef d'état-major de la marine italienne, en visite officielle en Algérie du 16 au 18 novembre"),
         E("INDUSTRY", "planned", ["Leonardo|Ecmen|Entreprise de construction de matériels et d'équipements navals|AW101|AW139", "Oran|Mers El Kébir"],
           {"company": ["Leonardo", "Ecmen"], "product": ["AW101", "AW139"], "place": "Oran"},
           "le constructeur italien Leonardo et l'Entreprise de construction de matériels et d'équipements navals (Ecmen) de Mers El Kébir étudient la création d'un centre de maintenance des hélicoptères AW101 et AW139"),
         E("ARMS_TRANSFER", "delivered", ["Ezzadjer|C28A", "ANP|équipage algérien|Algérie", "China Shipbuilding Trading Company|CSTC"],
           {"system": "C28A", "recipient": "équipage algérien", "supplier": "CSTC"},
           "la troisième corvette de type C28A commandée auprès du chantier chinois China Shipbuilding Trading Company (CSTC) a été livrée début novembre à Shanghai",
           key=["Ezzadjer|C28A", "ANP|Algérie", "China Shipbuilding Trading Company|CSTC"]),
     ])

# ---------------------------------------------------------------- r004
page(id="r004", site="algeriepatriotique.com (Algérie Patriotique)", noise="es (Spanish partner headlines 'Noticias en español')",
     furniture="site name;menu;rubric label;byline with 'Par';date line;photo caption+credit;Spanish partner block;tags;share counts;comment form;related articles;footer",
     notes="Zetros truck assembly line inaugurated at Tiaret (INDUSTRY done); SSB head's visit; DFM–SSB protocol; Su-57E reportedly received (delivered)",
     meta={"date": "2025-06-10", "source": "Algérie Patriotique", "author": "Mourad Amrani"},
     text="""
ALGÉRIE PATRIOTIQUE
Actualité
Contributions
Monde
Culture
Sport
Vidéos
Dossiers
Actualité
§ Tiaret : une deuxième chaîne de montage de camions militaires entre en service
10 juin 2025 - 14:35
Par Mourad Amrani
§ Le site industriel de Aïn Bouchekif, dans la wilaya de Tiaret, monte en cadence.
Le site de Aïn Bouchekif. D. R.
§ Le ministère de la Défense nationale a mis en service, dimanche 8 juin, une deuxième chaîne de montage de camions tactiques Zetros au sein de la Société algérienne de fabrication de véhicules Mercedes-Benz (SAFAV-MB), à Aïn Bouchekif. La cérémonie a été présidée par le général-major Mohamed Salah Benbicha, directeur des fabrications militaires.
§ Cette nouvelle ligne, réalisée avec l'appui technique de Daimler Truck, porte la capacité du site à 2 500 véhicules par an. L'investissement consenti s'élève à 18 milliards de dinars, selon les chiffres communiqués lors de la visite. Le taux d'intégration locale, de 40 % aujourd'hui, devrait dépasser la moitié en 2028.
§ Le même jour, une délégation turque conduite par Haluk Görgün, président des industries de défense de Turquie (SSB), est arrivée à Alger pour une visite de deux jours. Elle a été reçue lundi par le général d'armée Saïd Chanegriha, ministre délégué auprès du ministre de la Défense nationale.
§ Au terme des entretiens, un protocole de coopération industrielle a été signé entre la Direction des fabrications militaires (DFM) et la SSB. Il porte sur la formation d'ingénieurs et la production sous licence de composants de véhicules blindés.
§ Ces annonces interviennent alors que des médias russes affirment que l'Algérie aurait reçu ses premiers chasseurs Su-57E, commandés en 2019 à Rosoboronexport. Interrogée, une source proche du dossier n'a ni confirmé ni démenti. Le contrat, jamais rendu public, porterait sur quatorze appareils.
§ Pour les observateurs, la montée en puissance de l'industrie militaire nationale répond à un double impératif : réduire la facture des importations, qui dépasse 9 milliards de dollars par an, et sécuriser l'approvisionnement de l'Armée nationale populaire en pièces de rechange.
Noticias en español
Argelia inaugura una nueva línea de montaje de camiones militares
Turquía y Argelia firman un protocolo de cooperación industrial
Tags : ANP, DFM, industrie militaire, Tiaret, Turquie
Partager : 128
Laisser un commentaire
Votre adresse e-mail ne sera pas publiée. Nom * Email * Commentaire
Articles similaires
Sahel : Alger met en garde contre l'ingérence étrangère
Les Forces navales reçoivent un nouveau remorqueur de haute mer
© Algérie Patriotique 2025
""",
     ents="""
Tiaret|LOC
ministère de la Défense nationale|ORG
dimanche 8 juin|DATE
Zetros|WEAPON
Société algérienne de fabrication de véhicules Mercedes-Benz|ORG
SAFAV-MB|ORG|Société algérienne de fabrication de véhicules Mercedes-Benz
Aïn Bouchekif|LOC
Mohamed Salah Benbicha|PERSON
Daimler Truck|ORG
18 milliards de dinars|MONEY
2028|DATE
Haluk Görgün|PERSON
SSB|ORG|SSB
Turquie|LOC
Alger|LOC
Saïd Chanegriha|PERSON
Direction des fabrications militaires|ORG
DFM|ORG|Direction des fabrications militaires
Algérie|LOC
Su-57E|WEAPON|Su-57
2019|DATE
Rosoboronexport|ORG
9 milliards de dollars|MONEY
Armée nationale populaire|ORG
""",
     events=[
         E("INDUSTRY", "done", ["Zetros|Société algérienne de fabrication de véhicules Mercedes-Benz|SAFAV-MB|Daimler Truck", "Aïn Bouchekif|Tiaret"],
           {"company": "SAFAV-MB", "product": "Zetros", "place": "Aïn Bouchekif"},
           "a mis en service, dimanche 8 juin, une deuxième chaîne de montage de camions tactiques Zetros"),
         E("VISIT", "done", ["Haluk Görgün|SSB", "Alger|Saïd Chanegriha"],
           {"visitor": "Haluk Görgün", "host": "Saïd Chanegriha", "place": "Alger"},
           "une délégation turque conduite par Haluk Görgün, président des industries de défense de Turquie (SSB), est arrivée à Alger pour une visite de deux jours"),
         E("AGREEMENT", "signed", ["Direction des fabrications militaires|DFM", "SSB"],
           {"party_a": "DFM", "party_b": "SSB"},
           "un protocole de coopération industrielle a été signé entre la Direction des fabrications militaires (DFM) et la SSB"),
         E("ARMS_TRANSFER", "delivered", ["Su-57E", "Algérie", "Rosoboronexport"],
           {"system": "Su-57E", "recipient": "Algérie", "supplier": "Rosoboronexport"},
           "l'Algérie aurait reçu ses premiers chasseurs Su-57E, commandés en 2019 à Rosoboronexport"),
     ])

# ---------------------------------------------------------------- r005
page(id="r005", site="webdo.tn (Webdo)", noise="en (English 'Trending' partner headlines)",
     furniture="site name;menu;rubric label;title;author+date line;read time;photo caption+credit;share prompt;À lire aussi teaser;English partner headlines;newsletter;cookie banner;footer",
     notes="US donation of patrol boats and vehicles to Tunisian navy/army (delivered); AFRICOM commander's visit; African Lion 2026 in Tunisia planned",
     meta={"date": "2025-11-27", "source": "Webdo", "author": "Sami Ben Younes"},
     text="""
webdo
Actualités
Politique
Économie
Société
Culture
Sport
Monde
Nation
§ Les États-Unis offrent deux patrouilleurs et une trentaine de véhicules à l'armée tunisienne
Par Sami Ben Younes
27 novembre 2025 à 16:02
Lecture : 3 min
La cérémonie de remise s'est déroulée à la base navale de La Goulette. (Photo : ministère de la Défense)
§ Deux vedettes de patrouille côtière de classe Archangel et 32 véhicules tout-terrain Humvee ont été remis, mercredi, aux forces armées tunisiennes lors d'une cérémonie organisée à la base navale de La Goulette. Ce don américain, d'une valeur de 24,5 millions de dollars, a été financé au titre du programme de Financement militaire à l'étranger (FMF).
§ Le ministre de la Défense nationale, Khaled Sehili, a salué « un partenariat ancien et fiable », rappelant que les États-Unis restent le premier fournisseur d'équipements de l'armée tunisienne depuis 2011. Les vedettes iront à la Marine nationale, tandis que les véhicules équiperont des unités de l'Armée de terre déployées le long de la frontière sud.
À lire aussi : Sécurité des frontières : un nouveau système de surveillance électronique à Ben Guerdane
§ La remise coïncidait avec la visite à Tunis du général Dagvin Anderson, commandant du commandement des États-Unis pour l'Afrique (Africom), qui a été reçu mardi 25 novembre par le chef de l'État Kaïs Saïed au palais de Carthage. L'entretien a porté sur la lutte antiterroriste et la sécurisation des frontières avec la Libye.
§ Le responsable américain a par ailleurs confirmé que la Tunisie accueillerait à nouveau une partie de l'exercice multinational African Lion en mai 2026. Des manœuvres sont prévues sur le polygone de Ben Ghilouf, dans le gouvernorat de Gabès, avec la participation de forces marocaines, sénégalaises et américaines.
§ Depuis 2011, l'aide sécuritaire américaine à la Tunisie dépasse 1,5 milliard de dollars, selon l'ambassade des États-Unis à Tunis.
Partagez cet article :
Facebook Twitter LinkedIn
Trending in English
Tunisia receives US patrol boats under FMF programme
AFRICOM chief meets President Saied in Carthage
Inscrivez-vous à notre newsletter
Ce site utilise des cookies pour améliorer votre expérience. Accepter | Paramétrer
© Webdo 2025 - Tous droits réservés
""",
     ents="""
États-Unis|LOC
Archangel|WEAPON
Humvee|WEAPON
La Goulette|LOC
24,5 millions de dollars|MONEY
Khaled Sehili|PERSON
2011|DATE
Marine nationale|ORG
Armée de terre|ORG
Tunis|LOC
Dagvin Anderson|PERSON
Africom|ORG|Africom
Afrique|LOC
mardi 25 novembre|DATE
Kaïs Saïed|PERSON
Carthage|LOC
Libye|LOC
Tunisie|LOC
mai 2026|DATE
Ben Ghilouf|LOC
Gabès|LOC
1,5 milliard de dollars|MONEY
ambassade des États-Unis|ORG
""",
     events=[
         E("ARMS_TRANSFER", "delivered", ["Archangel|Humvee", "forces armées tunisiennes|Marine nationale|Tunisie", "États-Unis"],
           {"system": ["Archangel", "Humvee"], "recipient": "forces armées tunisiennes", "supplier": "États-Unis"},
           "Deux vedettes de patrouille côtière de classe Archangel et 32 véhicules tout-terrain Humvee ont été remis, mercredi, aux forces armées tunisiennes",
           key=["Archangel|Humvee", "Marine nationale|Tunisie", "États-Unis"]),
         E("VISIT", "done", ["Dagvin Anderson", "Tunis|Kaïs Saïed|Tunisie"],
           {"visitor": "Dagvin Anderson", "host": "Kaïs Saïed", "place": "Tunis"},
           "la visite à Tunis du général Dagvin Anderson, commandant du commandement des États-Unis pour l'Afrique (Africom)"),
         E("EXERCISE", "planned", ["African Lion"],
           {"name": "African Lion", "place": "Ben Ghilouf"},
           "la Tunisie accueillerait à nouveau une partie de l'exercice multinational African Lion en mai 2026"),
         E("ARMS_TRANSFER", "delivered", ["aide sécuritaire américaine", "Tunisie", "États-Unis"],
           {"system": "aide sécuritaire", "recipient": "Tunisie", "supplier": "États-Unis"},
           "l'aide sécuritaire américaine à la Tunisie dépasse 1,5 milliard de dollars",
           optional=True, note="aggregate of aid since 2011"),
     ])

# ---------------------------------------------------------------- r006
page(id="r006", site="tunisienumerique.com (Tunisie Numérique)", noise="ar (Arabic edition headlines)",
     furniture="site name;edition links;menu;breaking ticker (French);rubric label;date line;byline;photo credit;Arabic headlines;share prompt;comment count;related list;footer",
     notes="tender for coastal radars (planned); UH-60M Black Hawks delivered; Tunisia–Algeria joint military commission roadmap signed",
     meta={"date": "2026-03-12", "source": "Tunisie Numérique", "author": "Rim Gharbi"},
     text="""
Tunisie Numérique
FR | AR | EN
À la une
Politique
Économie
Société
Régions
International
Sport
Flash info : Trafic perturbé sur l'autoroute A1 — Bac 2026 : le calendrier dévoilé — Météo : pluies sur le Nord
Nationale
§ Tunisie – Défense : appel d'offres international pour des radars côtiers, deux nouveaux Black Hawk livrés
Publié le jeudi, 12 mars 2026 à 10:15
Par Rim Gharbi
Crédit photo : MDN
§ Le ministère de la Défense nationale a lancé un appel d'offres international pour l'acquisition de six radars de surveillance côtière destinés à compléter le réseau de veille maritime entre Tabarka et Zarzis. Les offres doivent être déposées avant le 30 avril 2026, selon l'avis publié sur le portail national des marchés publics.
§ Le cahier des charges exige un transfert de compétences au profit des ingénieurs de l'armée et une garantie de maintenance de dix ans. Le budget prévisionnel n'a pas été dévoilé, mais des sources du secteur l'évaluent à près de 60 millions de dinars.
§ Par ailleurs, l'Armée de l'air a réceptionné le 9 mars à la base aérienne de Sidi Ahmed, à Bizerte, deux hélicoptères UH-60M Black Hawk fabriqués par l'américain Sikorsky. Ils s'ajoutent aux huit appareils du même type déjà en service et seront affectés aux missions d'évacuation sanitaire et de transport de troupes dans le centre-ouest du pays.
§ Sur le plan régional, la commission militaire mixte tuniso-algérienne a clôturé mercredi à Tunis sa 19e session, coprésidée par le chef d'état-major de l'armée de terre tunisienne, le général Mohamed Ghoul, et le général-major Mostefa Smaali, commandant des Forces terrestres algériennes. La Tunisie et l'Algérie ont signé une feuille de route pour 2026-2027 portant sur la sécurité des frontières communes, la formation et l'échange de renseignements.
§ La prochaine session se tiendra à Alger au premier trimestre 2027.
أخبار ذات صلة
وزارة الدفاع تطلق طلب عروض دولي
تسلم مروحيتين جديدتين من نوع بلاك هوك
Partager : Facebook | X | WhatsApp
5 commentaires
À lire également
Kasserine : saisie d'un important lot de munitions
La Garde nationale démantèle un réseau de passeurs à Sfax
Tunisie Numérique © 2026 – Tous droits réservés
""",
     ents="""
Tunisie|LOC
Black Hawk|WEAPON|UH-60 Black Hawk
UH-60M Black Hawk|WEAPON|UH-60 Black Hawk
ministère de la Défense nationale|ORG
Tabarka|LOC
Zarzis|LOC
30 avril 2026|DATE
60 millions de dinars|MONEY
Armée de l'air|ORG
9 mars|DATE
Sidi Ahmed|LOC
Bizerte|LOC
Sikorsky|ORG
Tunis|LOC
Mohamed Ghoul|PERSON
Mostefa Smaali|PERSON
Forces terrestres|ORG
2026-2027|DATE
Algérie|LOC
Alger|LOC
premier trimestre 2027|DATE
""",
     events=[
         E("ARMS_TRANSFER", "planned", ["radars de surveillance côtière", "ministère de la Défense nationale|Tunisie"],
           {"system": "radars de surveillance côtière", "recipient": "ministère de la Défense nationale"},
           "Le ministère de la Défense nationale a lancé un appel d'offres international pour l'acquisition de six radars de surveillance côtière",
           key=["radars de surveillance côtière", "ministère de la Défense nationale"]),
         E("ARMS_TRANSFER", "delivered", ["UH-60M Black Hawk|Black Hawk", "Armée de l'air|Tunisie", "Sikorsky"],
           {"system": "UH-60M Black Hawk", "recipient": "Armée de l'air", "supplier": "Sikorsky"},
           "l'Armée de l'air a réceptionné le 9 mars à la base aérienne de Sidi Ahmed, à Bizerte, deux hélicoptères UH-60M Black Hawk"),
         E("AGREEMENT", "signed", ["Tunisie|Mohamed Ghoul", "Algérie|Mostefa Smaali|Forces terrestres"],
           {"party_a": "Tunisie", "party_b": "Algérie"},
           "La Tunisie et l'Algérie ont signé une feuille de route pour 2026-2027"),
         E("ARMS_TRANSFER", "delivered", ["Black Hawk", "Tunisie"],
           {"system": "Black Hawk", "recipient": "Tunisie"},
           "Ils s'ajoutent aux huit appareils du même type déjà en service",
           optional=True, note="inventory of earlier lots"),
     ])

# ---------------------------------------------------------------- r007
page(id="r007", site="cridem.org (Cridem, AMI dispatch)", noise="es (Spanish 'Titulares' ticker)",
     furniture="site name;slogan;menu;Spanish ticker;source credit line;date line;views counter;share prompt;comment block;other headlines;footer",
     notes="Robles visit to Nouakchott; Vamtac vehicles + Scan Eagle drones donated (delivered); technical arrangement signed; Spanish Guardia Civil patrol boat earlier (optional)",
     meta={"date": "2025-05-21", "source": "AMI", "author": None},
     text="""
CRIDEM
Carrefour de la République Islamique de Mauritanie
Accueil | Actualités | Annonces | Communiqués | Opinions | Vidéos | Archives
Titulares
España entrega vehículos militares a Mauritania
Robles se reúne con su homólogo mauritano en Nuakchot
Récord de llegadas de pirogues a Canarias en abril
§ Mauritanie : l'Espagne remet des véhicules blindés et des drones à l'armée
Source : AMI
Mercredi 21 mai 2025 - 13:40
Lu 1 842 fois
§ Nouakchott, 20 mai (AMI) – Le ministre de la Défense nationale, Hanena Ould Sidi, a reçu mardi à Nouakchott son homologue espagnole, Margarita Robles, en visite de travail en Mauritanie à la tête d'une importante délégation civile et militaire.
§ Au cours de cette visite, l'Espagne a remis à l'Armée nationale un lot de vingt véhicules tactiques blindés Vamtac ST5, fabriqués par le groupe Urovesa, ainsi que deux systèmes de drones de reconnaissance ScanEagle. Le matériel, d'une valeur globale de 11 millions d'euros, est destiné aux unités chargées de la surveillance de la frontière orientale.
§ Les deux ministres ont ensuite signé un arrangement technique relatif à la surveillance maritime et à la lutte contre l'immigration irrégulière, qui prévoit notamment des patrouilles conjointes au large de Nouadhibou et la formation de pilotes mauritaniens en Espagne.
§ Le chef d'état-major général des armées, le général de division Mokhtar Ould Boullah, a salué « une coopération concrète, qui se traduit sur le terrain ». Il a rappelé que la Garde civile espagnole avait déjà cédé en 2023 un patrouilleur côtier à la Garde côtes mauritanienne.
§ Mme Robles, qui était accompagnée du chef d'état-major de la Défense, l'amiral Teodoro López Calderón, a également visité le Collège de défense du G5 Sahel, où elle a rencontré des stagiaires de plusieurs pays de la région.
§ La ministre espagnole a quitté Nouakchott dans la soirée, à destination de Dakar.
Partager : Facebook | Twitter | WhatsApp
Commentaires : 0
Réagir à cet article
Autres articles
Nouadhibou : saisie de 3 tonnes de chira
Le président reçoit l'ambassadeur du Japon
Crédit : AMI — Cridem ne saurait être tenu responsable des contenus publiés.
""",
     ents="""
Mauritanie|LOC
Espagne|LOC
Nouakchott|LOC
20 mai|DATE
AMI|ORG|Agence mauritanienne d'information
Hanena Ould Sidi|PERSON
Margarita Robles|PERSON
Armée nationale|ORG
Vamtac ST5|WEAPON|Vamtac
Urovesa|ORG
ScanEagle|WEAPON
11 millions d'euros|MONEY
Nouadhibou|LOC
Mokhtar Ould Boullah|PERSON
Garde civile|ORG|Garde civile
2023|DATE
Garde côtes mauritanienne|ORG
Robles|PERSON|Margarita Robles
Teodoro López Calderón|PERSON
Collège de défense du G5 Sahel|ORG
Dakar|LOC
""",
     events=[
         E("VISIT", "done", ["Margarita Robles", "Mauritanie|Nouakchott|Hanena Ould Sidi"],
           {"visitor": "Margarita Robles", "host": "Hanena Ould Sidi", "place": "Nouakchott"},
           "a reçu mardi à Nouakchott son homologue espagnole, Margarita Robles, en visite de travail en Mauritanie"),
         E("ARMS_TRANSFER", "delivered", ["Vamtac ST5|ScanEagle", "Armée nationale|Mauritanie", "Espagne|Urovesa"],
           {"system": ["Vamtac ST5", "ScanEagle"], "recipient": "Armée nationale", "supplier": "Espagne"},
           "l'Espagne a remis à l'Armée nationale un lot de vingt véhicules tactiques blindés Vamtac ST5",
           key=["Vamtac ST5|ScanEagle", "Armée nationale|Mauritanie", "Espagne"]),
         E("AGREEMENT", "signed", ["Margarita Robles|Espagne|Les deux ministres", "Hanena Ould Sidi|Mauritanie|Les deux ministres"],
           {"party_a": "Espagne", "party_b": "Mauritanie"},
           "Les deux ministres ont ensuite signé un arrangement technique relatif à la surveillance maritime",
           key=["Margarita Robles|Espagne", "Hanena Ould Sidi|Mauritanie"]),
         E("ARMS_TRANSFER", "delivered", ["patrouilleur côtier", "Garde côtes mauritanienne", "Garde civile"],
           {"system": "patrouilleur côtier", "recipient": "Garde côtes mauritanienne", "supplier": "Garde civile"},
           "la Garde civile espagnole avait déjà cédé en 2023 un patrouilleur côtier à la Garde côtes mauritanienne",
           optional=True, note="background recall of an earlier lot"),
     ])
