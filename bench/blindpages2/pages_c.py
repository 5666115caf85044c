"""blindpages2 part C (q013-q018): Côte d'Ivoire, France, Belgium, Switzerland, Canada, Lebanon.
Stories, officials and most companies are invented; some real, well-known systems, companies and
office holders appear."""
from common import page, E

# ---------------------------------------------------------------- q013
page(id="q013", site="fratmat.info (Fraternité Matin)", noise="none",
     furniture="site name;login link;menu;rubric label;date+update line;byline;photo caption+credit;share prompt;tags;comment count;related list;newsletter prompt;footer",
     notes="planned Arquus JV assembling Bastion vehicles; Ivorian-Turkish defence-industry agreement signed; two Raidco patrol boats delivered",
     meta={"date": "2025-10-24", "source": None, "author": "Adjoua Kouassi"},
     text="""
Fraternité Matin
Se connecter
Politique   Économie   Société   Régions   Sports   Culture   International   Fraternité Matin TV
Défense
§ Industrie de défense : des véhicules blindés bientôt assemblés à Akoupé-Zeudji
Publié le 24 octobre 2025 à 10:15 | Mis à jour le 24 octobre 2025 à 12:02
Par Adjoua Kouassi
Le ministre d'État Téné Birahima Ouattara (au centre) lors de la signature. (Ph : DR)
Partager
§ La Côte d'Ivoire franchit un pas dans la production locale d'équipements militaires. Le constructeur français Arquus et le groupe ivoirien Akwaba Industries ont annoncé, jeudi 23 octobre à Abidjan, la création d'une coentreprise, Ivoire Défense Mobilité (IDM), qui assemblera des véhicules blindés Bastion dans la zone industrielle d'Akoupé-Zeudji à partir de 2026.
§ Le projet, d'un coût de 14 milliards de FCFA, doit créer 220 emplois directs. Les premiers véhicules seront destinés aux Forces armées de Côte d'Ivoire (FACI), avant une éventuelle ouverture à l'exportation vers les pays de la sous-région.
§ La veille, le ministre d'État, ministre de la Défense, Téné Birahima Ouattara, avait signé avec Haluk Görgün, président de la Présidence des industries de défense de Turquie (SSB), un accord-cadre de coopération dans le domaine des industries de défense. Le texte prévoit notamment des formations d'ingénieurs ivoiriens à Ankara.
§ Sur le plan naval, la Marine nationale a réceptionné le 17 octobre à la base navale de Locodjro deux vedettes d'intervention rapide RPB 20, construites par le chantier français Raidco Marine. Ces embarcations renforceront la surveillance du golfe de Guinée.
§ Abidjan accueillera par ailleurs en novembre le salon Shield Africa, organisé par le ministère de la Défense, dont la dernière édition avait réuni plus de 200 exposants.
Tags : Défense  Industrie  FACI  Marine nationale
0 commentaire
À voir aussi
San Pedro : le port accueille un nouveau terminal
Bouaké : lancement des travaux de l'université
Inscrivez-vous à notre newsletter
© Fraternité Matin 2025
""",
     ents="""
Akoupé-Zeudji|LOC
Côte d'Ivoire|LOC
Arquus|ORG
Akwaba Industries|ORG
jeudi 23 octobre|DATE
Abidjan|LOC
Ivoire Défense Mobilité|ORG
IDM|ORG|Ivoire Défense Mobilité
Bastion|WEAPON
2026|DATE
14 milliards de FCFA|MONEY
Forces armées de Côte d'Ivoire|ORG
FACI|ORG|Forces armées de Côte d'Ivoire
Téné Birahima Ouattara|PERSON
Haluk Görgün|PERSON
Présidence des industries de défense de Turquie|ORG
SSB|ORG|Présidence des industries de défense de Turquie
Ankara|LOC
Marine nationale|ORG
17 octobre|DATE
Locodjro|LOC
RPB 20|WEAPON
Raidco Marine|ORG
golfe de Guinée|LOC
novembre|DATE
ministère de la Défense|ORG
""",
     events=[
         E("INDUSTRY", "planned",
           ["Ivoire Défense Mobilité|IDM|Arquus|Akwaba Industries|Bastion", "Akoupé-Zeudji"],
           {"company": "Ivoire Défense Mobilité", "partners": ["Arquus", "Akwaba Industries"], "product": "Bastion", "place": "Akoupé-Zeudji", "amount": "14 milliards de FCFA"},
           "la création d'une coentreprise, Ivoire Défense Mobilité (IDM), qui assemblera des véhicules blindés Bastion dans la zone industrielle d'Akoupé-Zeudji"),
         E("AGREEMENT", "signed",
           ["Téné Birahima Ouattara|Côte d'Ivoire", "Haluk Görgün|Présidence des industries de défense de Turquie|SSB"],
           {"party_a": "Téné Birahima Ouattara", "party_b": "Haluk Görgün"},
           "Téné Birahima Ouattara, avait signé avec Haluk Görgün, président de la Présidence des industries de défense de Turquie (SSB), un accord-cadre de coopération",
           key=["Téné Birahima Ouattara", "Haluk Görgün|Présidence des industries de défense de Turquie|SSB"]),
         E("ARMS_TRANSFER", "delivered",
           ["RPB 20", "Marine nationale", "Raidco Marine"],
           {"system": "RPB 20", "recipient": "Marine nationale", "supplier": "Raidco Marine"},
           "la Marine nationale a réceptionné le 17 octobre à la base navale de Locodjro deux vedettes d'intervention rapide RPB 20, construites par le chantier français Raidco Marine"),
     ])

# ---------------------------------------------------------------- q014
page(id="q014", site="forcesoperations.com (FOB)", noise="none",
     furniture="blog header+tagline;menu;byline+date;category line;image credit;share buttons;subscribe prompt;tags;related articles;comments closed notice;footer",
     notes="DGA order of Griffon MEPAC (ordered) + VBAE tender dropped (cancelled) + Roanne production ramp-up (ongoing) + Dacian Fall planned",
     meta={"date": "2025-06-24", "source": None, "author": "Théo Lefranc"},
     text="""
FOB - Forces Operations Blog
Focus sur les forces terrestres et l'industrie de défense
Accueil   Armée de Terre   Industrie   International   Opérations   Dossiers
§ La DGA commande 54 Griffon MEPAC et tourne la page du VBAE
Théo Lefranc  |  24 juin 2025  |  Industrie
Crédits image : armée de Terre
Partager :  X  LinkedIn  Facebook  E-mail
§ Nouvelle étape pour la composante mortier de l'armée de Terre. La Direction générale de l'armement (DGA) a notifié le 20 juin à KNDS France une commande de 54 Griffon MEPAC, la version porte-mortier du véhicule blindé multirôle, pour un montant de 327 M€. Chaque véhicule recevra un mortier rayé de 120 mm 2R2M de Thales. Le Griffon MEPAC remplacera les VAB porte-mortier et les mortiers tractés MO 120 RT encore en service.
§ Les premiers exemplaires sont attendus fin 2026 au sein du 3e régiment d'artillerie de marine (3e RAMa) de Canjuers, suivis par les régiments d'artillerie de la 1re division. Les livraisons doivent s'achever en 2029.
§ Dans le même temps, le ministère des Armées a confirmé l'abandon de la procédure d'acquisition du VBAE, le véhicule blindé d'aide à l'engagement censé succéder au VBL. « L'appel d'offres a été déclaré sans suite », indique un porte-parole, qui évoque des offres trop coûteuses au regard des besoins.
§ Côté industriel, KNDS France poursuit la montée en cadence de son site de Roanne, qui sort désormais une dizaine de Griffon et de Serval par mois. Une deuxième ligne d'intégration doit y être inaugurée à l'automne, a précisé son directeur général, Nicolas Chamussy.
§ Les MEPAC devraient faire leurs premiers pas hors de France dès cet automne : une section doit être engagée lors de l'exercice interalliés Dacian Fall 2025, prévu en octobre sur le camp de Cincu, en Roumanie.
Tags : DGA, Griffon, KNDS France, MEPAC, Serval, VBAE
À lire également
Le Caracal rejoint le 4e RHFS
Serval : la version d'appui feu entre en évaluation
Les commentaires sont fermés.
© FOB 2025
""",
     ents="""
DGA|ORG|Direction générale de l'armement
Griffon MEPAC|WEAPON
VBAE|WEAPON
armée de Terre|ORG
Direction générale de l'armement|ORG
20 juin|DATE
KNDS France|ORG
327 M€|MONEY
2R2M|WEAPON
Thales|ORG
VAB|WEAPON
MO 120 RT|WEAPON
fin 2026|DATE
3e régiment d'artillerie de marine|ORG
3e RAMa|ORG|3e régiment d'artillerie de marine
Canjuers|LOC
1re division|ORG
2029|DATE
ministère des Armées|ORG
VBL|WEAPON
Roanne|LOC
Griffon|WEAPON
Serval|WEAPON
Nicolas Chamussy|PERSON
MEPAC|WEAPON|Griffon MEPAC
France|LOC
octobre|DATE
Cincu|LOC
Roumanie|LOC
""",
     events=[
         E("ARMS_TRANSFER", "ordered",
           ["Griffon MEPAC|MEPAC", "armée de Terre|DGA|Direction générale de l'armement", "KNDS France"],
           {"system": "Griffon MEPAC", "recipient": "armée de Terre", "buyer": "Direction générale de l'armement", "supplier": "KNDS France", "amount": "327 M€"},
           "La Direction générale de l'armement (DGA) a notifié le 20 juin à KNDS France une commande de 54 Griffon MEPAC"),
         E("ARMS_TRANSFER", "cancelled",
           ["VBAE", "ministère des Armées|armée de Terre|DGA"],
           {"system": "VBAE", "recipient": "ministère des Armées"},
           "le ministère des Armées a confirmé l'abandon de la procédure d'acquisition du VBAE"),
         E("INDUSTRY", "ongoing",
           ["KNDS France|Griffon|Serval", "Roanne"],
           {"company": "KNDS France", "product": ["Griffon", "Serval"], "place": "Roanne"},
           "KNDS France poursuit la montée en cadence de son site de Roanne, qui sort désormais une dizaine de Griffon et de Serval par mois"),
         E("EXERCISE", "planned",
           ["Dacian Fall 2025"],
           {"name": "Dacian Fall 2025", "place": "Cincu"},
           "une section doit être engagée lors de l'exercice interalliés Dacian Fall 2025, prévu en octobre sur le camp de Cincu, en Roumanie"),
     ])

# ---------------------------------------------------------------- q015
page(id="q015", site="rtbf.be", noise="nl (VRT partner headlines)",
     furniture="site name;menu;rubric label;agency+editor byline;date+update line;listen prompt;photo caption+credit;Sur le même sujet teaser;Dutch partner headlines;newsletter prompt;cookie banner;footer",
     notes="Francken's Washington trip (visit done) + LOA for 11 F-35A (ordered); first MQ-9B delivered at Florennes; Mecar expansion planned at Seneffe",
     meta={"date": "2025-10-14", "source": "Belga", "author": "Julie Lemaire"},
     text="""
RTBF Actus
Info   Sport   Culture   Auvio   Radio   TV
Belgique
§ Défense : la Belgique commande onze F-35 supplémentaires, les premiers drones arrivent à Florennes
Belga, édité par Julie Lemaire
Publié le mardi 14 octobre 2025 à 12h30 - Mis à jour le mardi 14 octobre 2025 à 15h05
Écouter l'article
Un F-35A de la Composante Air lors d'un vol d'essai. © Belga / Eric Lalmand
§ Le ministre de la Défense, Theo Francken (N-VA), a signé lundi à Washington la lettre d'offre et d'acceptation portant sur l'achat de onze F-35A supplémentaires auprès du gouvernement américain. Le montant de l'opération est évalué à 1,43 milliard d'euros, selon le cabinet du ministre.
§ Ces appareils, fabriqués par Lockheed Martin, porteront la flotte belge à 45 avions. Ils seront livrés à partir de 2031 à la base de Kleine-Brogel, dans le Limbourg. La Belgique avait commandé ses 34 premiers F-35A en 2018, pour remplacer les F-16 basés à Florennes et à Kleine-Brogel.
§ M. Francken s'est entretenu au Pentagone avec son homologue américain Pete Hegseth, au cours d'une visite de deux jours consacrée à la coopération transatlantique et au soutien à l'Ukraine.
§ Au même moment, la Composante Air a réceptionné à Florennes son premier drone MQ-9B SkyGuardian, conçu par l'américain General Atomics. Trois autres exemplaires doivent suivre d'ici l'été prochain.
§ Sur le plan industriel, le fabricant de munitions Mecar, implanté à Petit-Roeulx-lez-Nivelles, dans la commune de Seneffe, prévoit de doubler sa production d'obus de moyen calibre d'ici 2027. L'investissement, de quelque 120 millions d'euros, doit permettre la création de 200 emplois.
Sur le même sujet : Budget de la Défense : la Belgique atteindra 2 % du PIB dès cette année
Op VRT NWS:  Francken tekent contract voor elf extra F-35's  |  Eerste drone geland in Florennes
Recevez chaque jour l'essentiel de l'info. S'abonner à la newsletter
Nous utilisons des cookies. Accepter / Refuser / Personnaliser
© RTBF 2025
""",
     ents="""
Belgique|LOC
F-35|WEAPON|F-35A
Florennes|LOC
Theo Francken|PERSON
Francken|PERSON|Theo Francken
N-VA|ORG
Washington|LOC
F-35A|WEAPON
1,43 milliard d'euros|MONEY
Lockheed Martin|ORG
2031|DATE
Kleine-Brogel|LOC
Limbourg|LOC
2018|DATE
F-16|WEAPON
Pentagone|ORG
Pete Hegseth|PERSON
Ukraine|LOC
Composante Air|ORG
MQ-9B SkyGuardian|WEAPON|MQ-9B
General Atomics|ORG
Mecar|ORG
Petit-Roeulx-lez-Nivelles|LOC
Seneffe|LOC
2027|DATE
120 millions d'euros|MONEY
""",
     events=[
         E("ARMS_TRANSFER", "ordered",
           ["F-35A|F-35", "Belgique|Theo Francken|Francken", "gouvernement américain|Lockheed Martin"],
           {"system": "F-35A", "recipient": "Belgique", "supplier": "gouvernement américain", "amount": "1,43 milliard d'euros"},
           "a signé lundi à Washington la lettre d'offre et d'acceptation portant sur l'achat de onze F-35A supplémentaires auprès du gouvernement américain",
           key=["F-35A|F-35", "Belgique", "gouvernement américain|Lockheed Martin"]),
         E("ARMS_TRANSFER", "ordered",
           ["F-35A", "Belgique"],
           {"system": "F-35A", "recipient": "Belgique"},
           "La Belgique avait commandé ses 34 premiers F-35A en 2018",
           optional=True, note="earlier lot recalled as background; a separate lot from the new order"),
         E("VISIT", "done",
           ["Theo Francken|Francken", "Pete Hegseth|Pentagone|Washington"],
           {"visitor": "Theo Francken", "host": "Pete Hegseth", "place": "Washington"},
           "M. Francken s'est entretenu au Pentagone avec son homologue américain Pete Hegseth, au cours d'une visite de deux jours",
           key=["Theo Francken|Francken", "Pete Hegseth|Pentagone"]),
         E("ARMS_TRANSFER", "delivered",
           ["MQ-9B SkyGuardian", "Composante Air", "General Atomics"],
           {"system": "MQ-9B SkyGuardian", "recipient": "Composante Air", "supplier": "General Atomics"},
           "la Composante Air a réceptionné à Florennes son premier drone MQ-9B SkyGuardian, conçu par l'américain General Atomics"),
         E("INDUSTRY", "planned",
           ["Mecar", "Petit-Roeulx-lez-Nivelles|Seneffe"],
           {"company": "Mecar", "product": "obus de moyen calibre", "place": "Petit-Roeulx-lez-Nivelles", "amount": "120 millions d'euros"},
           "le fabricant de munitions Mecar, implanté à Petit-Roeulx-lez-Nivelles, dans la commune de Seneffe, prévoit de doubler sa production d'obus de moyen calibre d'ici 2027"),
     ])

# ---------------------------------------------------------------- q016
page(id="q016", site="letemps.ch", noise="de (NZZ partner headlines)",
     furniture="site name;subscribe/login links;menu;rubric label;byline;date+modified line;photo caption+credit;paywall (cut article);subscription offer;German partner headlines;related list;footer",
     notes="Patriot delivery postponed (ordered); re-export of Gepard ammunition refused (denied); Swiss-Austrian air policing exercise done (named) + arrangement signed; article cut by the paywall",
     meta={"date": "2025-09-03", "source": None, "author": "Lucie Monnier"},
     text="""
Le Temps
S'abonner   Se connecter
Suisse   Monde   Économie   Opinions   Sciences   Culture   Sport   Société
Suisse
§ Patriot: la livraison des systèmes suisses repoussée, Berne reste ferme sur les munitions de Gepard
§ Washington donne la priorité à l'Ukraine pour ses missiles. Le Conseil fédéral refuse de son côté une nouvelle demande de réexportation allemande.
Lucie Monnier
Publié le 3 septembre 2025 à 18:42. / Modifié le 3 septembre 2025 à 19:05.
Une batterie Patriot lors d'une démonstration en Allemagne. (Keystone/Michael Buholzer)
§ Le Département fédéral de la défense, de la protection de la population et des sports (DDPS) l'a confirmé mercredi: les cinq systèmes de défense sol-air Patriot commandés en 2022 auprès des États-Unis ne seront pas livrés avant 2028, soit deux ans plus tard que prévu. Les batteries doivent être stationnées notamment à Emmen et à Payerne. Washington a décidé de servir en priorité l'Ukraine, explique l'Office fédéral de l'armement (armasuisse).
§ Le contrat, d'un montant de près de 2 milliards de francs, avait été signé avec le gouvernement américain et le constructeur Raytheon. Les Forces aériennes suisses devront donc prolonger l'utilisation de leurs systèmes Stinger et des canons de 35 mm.
§ Dans le même temps, le Conseil fédéral a rejeté une nouvelle demande de Berlin visant à réexporter vers l'Ukraine quelque 12 000 obus de 35 mm destinés aux chars antiaériens Gepard. La loi sur le matériel de guerre interdit la réexportation vers un pays en guerre, a rappelé le conseiller fédéral Martin Pfister.
§ Le chef du DDPS a en revanche signé la semaine dernière à Vienne, avec sa collègue autrichienne Klaudia Tanner, un arrangement qui autorise les avions de police aérienne des deux pays à poursuivre un appareil suspect au-delà de la frontière.
§ Cet arrangement a été mis à l'épreuve dès le 1er septembre lors de l'exercice «Amadeus 25», qui a réuni des F/A-18 suisses et des Eurofighter autrichiens au-dessus du Vorarlberg et des Grisons.
Cet article est réservé aux abonnés.
Profitez de notre offre découverte: 1 franc le premier mois. Je m'abonne
Déjà abonné? Se connecter
Aus der NZZ:  Patriot-Lieferung verzögert sich  ·  Bundesrat lehnt Gepard-Gesuch erneut ab
Sur le même sujet
F-35: le coût final inquiète la commission
Armée: le service civil attire toujours plus
© Le Temps SA
""",
     ents="""
Patriot|WEAPON
Berne|LOC
Gepard|WEAPON
Washington|LOC
Ukraine|LOC
Conseil fédéral|ORG
Département fédéral de la défense, de la protection de la population et des sports|ORG
DDPS|ORG|Département fédéral de la défense, de la protection de la population et des sports
2022|DATE
États-Unis|LOC
2028|DATE
Emmen|LOC
Payerne|LOC
Office fédéral de l'armement|ORG|armasuisse
armasuisse|ORG
2 milliards de francs|MONEY
Raytheon|ORG
Forces aériennes suisses|ORG
Stinger|WEAPON
Berlin|LOC
Martin Pfister|PERSON
Vienne|LOC
Klaudia Tanner|PERSON
1er septembre|DATE
F/A-18|WEAPON
Eurofighter|WEAPON
Vorarlberg|LOC
Grisons|LOC
""",
     events=[
         E("ARMS_TRANSFER", "ordered",
           ["Patriot", "armasuisse|Office fédéral de l'armement|DDPS|Forces aériennes suisses|Berne", "États-Unis|gouvernement américain|Raytheon|Washington"],
           {"system": "Patriot", "recipient": "armasuisse", "supplier": "États-Unis", "amount": "2 milliards de francs"},
           "les cinq systèmes de défense sol-air Patriot commandés en 2022 auprès des États-Unis ne seront pas livrés avant 2028",
           key=["Patriot", "armasuisse|Office fédéral de l'armement|DDPS|Forces aériennes suisses", "États-Unis|gouvernement américain|Raytheon"]),
         E("ARMS_TRANSFER", "denied",
           ["Gepard|obus de 35 mm", "Ukraine", "Berlin"],
           {"system": "obus de 35 mm destinés aux chars antiaériens Gepard", "recipient": "Ukraine", "supplier": "Berlin", "decided_by": "Conseil fédéral"},
           "le Conseil fédéral a rejeté une nouvelle demande de Berlin visant à réexporter vers l'Ukraine quelque 12 000 obus de 35 mm",
           note="re-export refused by Switzerland; Berlin is the would-be supplier"),
         E("AGREEMENT", "signed",
           ["Martin Pfister|DDPS|chef du DDPS", "Klaudia Tanner"],
           {"party_a": "DDPS", "party_b": "Klaudia Tanner", "place": "Vienne"},
           "Le chef du DDPS a en revanche signé la semaine dernière à Vienne, avec sa collègue autrichienne Klaudia Tanner, un arrangement",
           key=["DDPS|Martin Pfister", "Klaudia Tanner"]),
         E("VISIT", "done",
           ["Martin Pfister|DDPS|chef du DDPS", "Vienne|Klaudia Tanner"],
           {"visitor": "Martin Pfister", "host": "Klaudia Tanner", "place": "Vienne"},
           "Le chef du DDPS a en revanche signé la semaine dernière à Vienne, avec sa collègue autrichienne Klaudia Tanner",
           optional=True, note="gold fix after first measurement: implied visit (CONVENTIONS: optional)"),
         E("ARMS_TRANSFER", "reported",
           ["Stinger", "Forces aériennes suisses"],
           {"system": "Stinger", "recipient": "Forces aériennes suisses"},
           "Les Forces aériennes suisses devront donc prolonger l'utilisation de leurs systèmes Stinger",
           optional=True, note="gold fix after first measurement: inventory statement (CONVENTIONS: optional)"),
         E("EXERCISE", "done",
           ["Amadeus 25"],
           {"name": "Amadeus 25", "place": "Vorarlberg"},
           "l'exercice «Amadeus 25», qui a réuni des F/A-18 suisses et des Eurofighter autrichiens"),
     ])

# ---------------------------------------------------------------- q017
page(id="q017", site="45enord.ca", noise="en (In English block)",
     furniture="site name+tagline;menu;breadcrumb;byline+date;photo caption+credit (MDN);share buttons;tags;newsletter (infolettre) prompt;In English block;related articles;comment count;footer",
     notes="submarine competition: TKMS and Hanwha shortlisted (negotiating); Maple Resolve done; Canada-Philippines SOVFA signed; LAV production ongoing in London ON",
     meta={"date": "2025-08-12", "source": None, "author": "Marc-André Tremblay"},
     text="""
45eNord.ca
L'actualité de la défense et de la sécurité
Accueil   Canada   International   Industrie   Opinions   Vidéos   Infolettre
Accueil > Canada > Marine
§ Sous-marins: Ottawa poursuit les discussions avec TKMS et Hanwha
Par Marc-André Tremblay  ·  12 août 2025
Le NCSM Windsor en patrouille au large de la Nouvelle-Écosse. (Photo : MDN)
Partager :  Facebook  X  LinkedIn  Courriel
§ Le gouvernement fédéral poursuit les négociations avec l'allemand TKMS et le sud-coréen Hanwha Ocean en vue de l'acquisition de jusqu'à douze sous-marins destinés à la Marine royale canadienne, a confirmé lundi le ministère de la Défense nationale. Les deux constructeurs proposent respectivement le Type 212CD et le KSS-III.
§ La décision finale est attendue au printemps 2026. Les nouveaux bâtiments remplaceront les quatre sous-marins de la classe Victoria, dont le NCSM Windsor, en service depuis 2003.
§ Le ministre de la Défense nationale, David McGuinty, a par ailleurs signé le 8 août à Manille, avec son homologue philippin Gilberto Teodoro, l'accord sur le statut des forces en visite (SOVFA), qui encadre la présence de militaires canadiens lors d'exercices dans l'archipel.
§ Dans la région, la Marine royale canadienne a déployé cet été la frégate NCSM Ville de Québec en mer de Chine méridionale, une mission appelée à se répéter.
§ Au pays, l'exercice Maple Resolve 2025 s'est terminé le 30 mai à la base de Wainwright, en Alberta. Plus de 3 500 militaires du 5e Groupe-brigade mécanisé du Canada et d'unités alliées y ont participé.
§ Enfin, General Dynamics Land Systems-Canada continue de produire à London, en Ontario, des véhicules blindés légers LAV 6.0 destinés à l'Armée canadienne, dans le cadre d'un contrat de 2,1 milliards $.
Tags : Hanwha, MRC, sous-marins, TKMS
Abonnez-vous à notre infolettre
In English: Ottawa keeps talking to submarine bidders
À lire aussi
L'ARC reçoit son deuxième CC-330 Husky
0 commentaire
© 45eNord.ca 2025
""",
     ents="""
Ottawa|LOC
TKMS|ORG
Hanwha|ORG|Hanwha Ocean
Hanwha Ocean|ORG
Marine royale canadienne|ORG
ministère de la Défense nationale|ORG
Type 212CD|WEAPON
KSS-III|WEAPON
printemps 2026|DATE
Victoria|WEAPON
Windsor|WEAPON
2003|DATE
David McGuinty|PERSON
8 août|DATE
Manille|LOC
Ville de Québec|WEAPON
mer de Chine méridionale|LOC
Gilberto Teodoro|PERSON
30 mai|DATE
Wainwright|LOC
Alberta|LOC
5e Groupe-brigade mécanisé du Canada|ORG
General Dynamics Land Systems-Canada|ORG
London|LOC
Ontario|LOC
LAV 6.0|WEAPON
Armée canadienne|ORG
2,1 milliards $|MONEY
""",
     events=[
         E("ARMS_TRANSFER", "negotiating",
           ["sous-marins|Type 212CD|KSS-III", "Marine royale canadienne|Ottawa|gouvernement fédéral", "TKMS|Hanwha Ocean|Hanwha"],
           {"system": ["Type 212CD", "KSS-III"], "recipient": "Marine royale canadienne", "supplier": ["TKMS", "Hanwha Ocean"]},
           "Le gouvernement fédéral poursuit les négociations avec l'allemand TKMS et le sud-coréen Hanwha Ocean en vue de l'acquisition de jusqu'à douze sous-marins",
           key=["Type 212CD|KSS-III", "Marine royale canadienne", "TKMS|Hanwha Ocean"]),
         E("AGREEMENT", "signed",
           ["David McGuinty", "Gilberto Teodoro"],
           {"party_a": "David McGuinty", "party_b": "Gilberto Teodoro", "place": "Manille"},
           "David McGuinty, a par ailleurs signé le 8 août à Manille, avec son homologue philippin Gilberto Teodoro, l'accord sur le statut des forces en visite"),
         E("VISIT", "done",
           ["David McGuinty", "Manille|Gilberto Teodoro"],
           {"visitor": "David McGuinty", "host": "Gilberto Teodoro", "place": "Manille"},
           "David McGuinty, a par ailleurs signé le 8 août à Manille, avec son homologue philippin Gilberto Teodoro",
           optional=True, note="gold fix after first measurement: implied visit (CONVENTIONS: optional)"),
         E("ARMS_TRANSFER", "ordered",
           ["LAV 6.0", "Armée canadienne", "General Dynamics Land Systems-Canada"],
           {"system": "LAV 6.0", "recipient": "Armée canadienne", "supplier": "General Dynamics Land Systems-Canada", "amount": "2,1 milliards $"},
           "des véhicules blindés légers LAV 6.0 destinés à l'Armée canadienne, dans le cadre d'un contrat de 2,1 milliards $",
           optional=True, note="gold fix after first measurement: background contract under which production continues (README policy)"),
         E("ARMS_TRANSFER", "reported",
           ["Victoria|Windsor", "Marine royale canadienne"],
           {"system": "Victoria", "recipient": "Marine royale canadienne"},
           "les quatre sous-marins de la classe Victoria, dont le NCSM Windsor, en service depuis 2003",
           optional=True, note="gold fix after first measurement: inventory statement (CONVENTIONS: optional)"),
         E("EXERCISE", "done",
           ["Maple Resolve 2025"],
           {"name": "Maple Resolve 2025", "participants": "5e Groupe-brigade mécanisé du Canada", "place": "Wainwright"},
           "l'exercice Maple Resolve 2025 s'est terminé le 30 mai à la base de Wainwright"),
         E("INDUSTRY", "ongoing",
           ["General Dynamics Land Systems-Canada|LAV 6.0", "London|Ontario"],
           {"company": "General Dynamics Land Systems-Canada", "product": "LAV 6.0", "place": "London"},
           "General Dynamics Land Systems-Canada continue de produire à London, en Ontario, des véhicules blindés légers LAV 6.0"),
     ])

# ---------------------------------------------------------------- q018
page(id="q018", site="icibeyrouth.com", noise="ar (edition link), en",
     furniture="site name;edition links;menu;rubric label;listen prompt;byline;date line;photo credit;tags;newsletter signup block;À lire aussi teaser;most-read list;footer",
     notes="Qatari donation of vehicles delivered; French CHOD's visit to Yarzé done; Lebanon-Cyprus defence agreement signed; UK-funded observation towers are infrastructure, not an event",
     meta={"date": "2025-07-09", "source": None, "author": "Rania Saad"},
     text="""
Ici Beyrouth
عربي | English
Liban   Moyen-Orient   Monde   Économie   Culture   Sport   Opinions   Podcasts
Liban
§ L'armée reçoit 162 véhicules offerts par le Qatar, Burkhard en visite à Yarzé
Écouter cet article
Par Rania Saad
9 juillet 2025
© Direction de l'orientation de l'armée
§ L'armée libanaise a réceptionné mardi au port de Beyrouth un lot de 162 véhicules tactiques offerts par le Qatar, d'une valeur de 60 millions de dollars, a annoncé la Direction de l'orientation de l'armée. La cérémonie s'est tenue en présence de l'ambassadeur du Qatar, cheikh Saoud ben Abdulrahman Al Thani, et du commandant en chef de l'armée, le général Rodolphe Haykal.
§ L'armée a également reçu en juin des munitions et des pièces détachées fournies par les États-Unis, dans le cadre d'un programme d'aide de 95 millions de dollars.
§ Ce don, le troisième du genre depuis 2022, vise à renforcer les unités déployées au Liban-Sud dans le cadre de l'application de la résolution 1701.
§ Le même jour, le chef d'état-major des armées françaises, le général Thierry Burkhard, était reçu au quartier général de Yarzé par le général Haykal. Les deux hommes ont évoqué le soutien de la France aux militaires libanais et le mandat de la Finul. M. Burkhard s'est ensuite rendu à Naqoura.
§ Par ailleurs, le ministre de la Défense, Michel Menassa, a signé lundi à Nicosie avec son homologue chypriote Vasilis Palmas un accord de coopération militaire portant sur la formation, la recherche et le sauvetage en mer ainsi que la lutte contre la contrebande.
§ Selon une source militaire, le Royaume-Uni doit par ailleurs financer la construction de six nouvelles tours d'observation le long de la frontière nord-est.
Tags : Armée libanaise, Qatar, France, Chypre
Abonnez-vous à notre newsletter
Votre adresse e-mail  S'inscrire
Merci de votre inscription !
À lire aussi : Finul : le Conseil de sécurité prolonge le mandat d'un an
Les plus lus
Électricité : quatre heures de courant par jour cet été
Aéroport de Beyrouth : nouveau record de passagers
© 2025 Ici Beyrouth
""",
     ents="""
Qatar|LOC
Burkhard|PERSON|Thierry Burkhard
Yarzé|LOC
Beyrouth|LOC
60 millions de dollars|MONEY
Direction de l'orientation de l'armée|ORG
Saoud ben Abdulrahman Al Thani|PERSON
Rodolphe Haykal|PERSON
Haykal|PERSON|Rodolphe Haykal
juin|DATE
États-Unis|LOC
95 millions de dollars|MONEY
2022|DATE
Liban-Sud|LOC
Thierry Burkhard|PERSON
France|LOC
Finul|ORG
Naqoura|LOC
Michel Menassa|PERSON
Nicosie|LOC
Vasilis Palmas|PERSON
Royaume-Uni|LOC
""",
     events=[
         E("ARMS_TRANSFER", "delivered",
           ["véhicules tactiques|véhicules", "armée libanaise|armée", "Qatar"],
           {"system": "véhicules tactiques", "recipient": "armée libanaise", "supplier": "Qatar", "amount": "60 millions de dollars"},
           "L'armée libanaise a réceptionné mardi au port de Beyrouth un lot de 162 véhicules tactiques offerts par le Qatar",
           key=["véhicules tactiques|véhicules", "armée libanaise", "Qatar"]),
         E("ARMS_TRANSFER", "delivered",
           ["munitions|pièces détachées", "armée|armée libanaise", "États-Unis"],
           {"system": ["munitions", "pièces détachées"], "recipient": "armée", "supplier": "États-Unis", "amount": "95 millions de dollars"},
           "L'armée a également reçu en juin des munitions et des pièces détachées fournies par les États-Unis",
           key=["munitions|pièces détachées", "armée", "États-Unis"]),
         E("VISIT", "done",
           ["Thierry Burkhard|Burkhard", "Rodolphe Haykal|Haykal|Yarzé"],
           {"visitor": "Thierry Burkhard", "host": "Rodolphe Haykal", "place": "Yarzé"},
           "le général Thierry Burkhard, était reçu au quartier général de Yarzé par le général Haykal",
           key=["Thierry Burkhard|Burkhard", "Rodolphe Haykal|Haykal"]),
         E("AGREEMENT", "signed",
           ["Michel Menassa", "Vasilis Palmas"],
           {"party_a": "Michel Menassa", "party_b": "Vasilis Palmas", "place": "Nicosie"},
           "Michel Menassa, a signé lundi à Nicosie avec son homologue chypriote Vasilis Palmas un accord de coopération militaire"),
         E("VISIT", "done",
           ["Michel Menassa", "Nicosie|Vasilis Palmas"],
           {"visitor": "Michel Menassa", "host": "Vasilis Palmas", "place": "Nicosie"},
           "Michel Menassa, a signé lundi à Nicosie avec son homologue chypriote Vasilis Palmas",
           optional=True, note="gold fix after first measurement: implied visit (CONVENTIONS: optional)"),
     ])
