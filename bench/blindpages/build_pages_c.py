"""Blind page set, part C (b009-b012)."""
from build_pages_a import PAGES, page  # noqa: F401

# ---------------------------------------------------------------- b009
page(id="b009", site="opex360.com (Zone Militaire)", noise="none",
     furniture="site header;category menu;byline+date+category+comment count line;photo credit;categories/tags;share buttons;related-articles list;reader comments with pseudonyms and dates;comment login prompt",
     notes="Serval tranche ordered; ministry denies CAESAR talks with Uzbekistan (denied); first Akeron MP firing from Serval is a non-event; local assembly at Roanne/Limoges optional INDUSTRY",
     meta={"date": "2026-10-04", "source": "Zone Militaire", "author": "Marc Duvernoy",
           "title": "La DGA commande 42 véhicules blindés Serval supplémentaires à KNDS France et Texelis"},
     text="""Zone Militaire
opex360.com
Accueil
Forces terrestres
Forces aériennes
Forces navales
Industrie
Rechercher…

§ La DGA commande 42 véhicules blindés Serval supplémentaires à KNDS France et Texelis

Marc Duvernoy 4 octobre 2026 Forces terrestres 41 commentaires

§ Alors que l'armée de Terre attend toujours ses premiers Serval dans leur version de lutte anti-drones, la Direction générale de l'armement [DGA] a notifié, le 2 octobre, une nouvelle commande de 42 véhicules blindés multi-rôles légers Serval au groupement momentané d'entreprises formé par KNDS France et Texelis.

Photo : armée de Terre

§ Cette tranche, dont le montant n'a pas été précisé, porte à 1 100 le nombre de Serval commandés depuis le lancement du programme, en 2018. Les véhicules seront assemblés à Roanne et à Limoges, et leur livraison doit s'échelonner jusqu'en 2028, selon le ministère des Armées.

§ Par ailleurs, le ministère des Armées a démenti, le 3 octobre, les informations de presse selon lesquelles la France aurait engagé des discussions avec l'Ouzbékistan pour lui céder une douzaine de canons CAESAR prélevés sur les stocks de l'armée de Terre. « Aucune négociation n'est en cours », a affirmé son porte-parole, le colonel Guillaume Vernet.

§ Enfin, le 1er Régiment d'Infanterie a procédé, au camp de Canjuers, au premier tir réel d'un missile Akeron MP depuis un Serval, une étape importante avant la qualification de cette version. Un essai qui, selon l'état-major, s'est déroulé de manière « nominale ».

§ Pour rappel, le Serval, un 4×4 de 15 à 17 tonnes, doit remplacer les VAB et une partie des VBL au sein des unités de l'armée de Terre et de la Gendarmerie nationale.

§ Le Serval existe également en versions de reconnaissance, de commandement et de lutte contre les engins explosifs improvisés. Une version équipée du système Mistral 3 est par ailleurs à l'étude pour la défense sol-air à très courte portée.

Catégories : Forces terrestres  Industrie
Mots-clés : DGA, KNDS France, Serval, Texelis
Partager : Facebook  X  LinkedIn  E-mail
Articles similaires
Le premier Jaguar équipé du tourelleau téléopéré livré au 1er RIMa
L'Aviation légère de l'armée de Terre perçoit ses derniers Caïman
41 commentaires
Pierre_du_77 dit : 4 octobre 2026 à 9 h 12 min
Toujours des commandes au compte-gouttes… À ce rythme, les VAB seront encore là en 2035.
Sheldrake dit : 4 octobre 2026 à 10 h 03 min
Et le Serval anti-drones, on le voit quand ?
Vous devez être connecté pour publier un commentaire.
""",
     ents=[("DGA", "ORG", "Direction générale de l'armement"),
           ("Direction générale de l'armement", "ORG", "Direction générale de l'armement"),
           ("Serval", "WEAPON", "Serval"), ("KNDS France", "ORG", "KNDS France"), ("Texelis", "ORG", "Texelis"),
           ("armée de Terre", "ORG", "armée de Terre"), ("2 octobre", "DATE", None), ("2018", "DATE", None),
           ("Roanne", "LOC", None), ("Limoges", "LOC", None), ("2028", "DATE", None),
           ("ministère des Armées", "ORG", "ministère des Armées"), ("3 octobre", "DATE", None),
           ("France", "LOC", None), ("Ouzbékistan", "LOC", None), ("CAESAR", "WEAPON", "CAESAR"),
           ("Guillaume Vernet", "PERSON", "Guillaume Vernet"),
           ("1er Régiment d'Infanterie", "ORG", "1er Régiment d'Infanterie"), ("Canjuers", "LOC", None),
           ("Akeron MP", "WEAPON", "Akeron MP"), ("VAB", "WEAPON", "VAB"), ("VBL", "WEAPON", "VBL"),
           ("Gendarmerie nationale", "ORG", "Gendarmerie nationale"), ("Mistral 3", "WEAPON", "Mistral 3")],
     events=[
        dict(type="ARMS_TRANSFER", must=["Serval", "armée de Terre|Direction générale de l'armement|DGA", "KNDS France|Texelis"],
             key=["Serval", "armée de Terre|Direction générale de l'armement|DGA", "KNDS France|Texelis"], status="ordered",
             slots={"system": "Serval", "recipient": "DGA", "supplier": "KNDS France"},
             evidence="la Direction générale de l'armement [DGA] a notifié, le 2 octobre, une nouvelle commande de 42 véhicules blindés multi-rôles légers Serval"),
        dict(type="ARMS_TRANSFER", must=["CAESAR", "Ouzbékistan", "France"], key=["CAESAR", "Ouzbékistan", "France"],
             status="denied", slots={"system": "CAESAR", "recipient": "Ouzbékistan", "supplier": "France"},
             evidence="le ministère des Armées a démenti [...] les informations de presse selon lesquelles la France aurait engagé des discussions avec l'Ouzbékistan pour lui céder une douzaine de canons CAESAR"),
        dict(type="INDUSTRY", must=["Serval|KNDS France|Texelis", "Roanne|Limoges"], key=["Serval", "Roanne|Limoges"],
             status="ongoing", slots={"product": "Serval", "place": "Roanne"},
             evidence="Les véhicules seront assemblés à Roanne et à Limoges", optional=True,
             note="domestic assembly for a domestic order: borderline"),
     ])

# ---------------------------------------------------------------- b010
page(id="b010", site="lalibre.be", noise="nl (partner headlines)",
     furniture="site name;subscribe/login links;menu;breadcrumb;agency+byline+date line;update line;reading time;photo caption+credit;paywall (cut article);subscription offer;same-subject list;Dutch partner headlines;footer",
     notes="MQ-9B extra purchase cancelled; NASAMS ordered; BE-NL protocol on mine-countermeasure programme signed; four MQ-9B delivered optional; cut by paywall mid-sentence (partial paragraph kept)",
     meta={"date": "2026-05-28", "source": "La Libre Belgique", "author": "Pierre Vandamme",
           "title": "Défense : le ministre renonce aux drones MQ-9B supplémentaires et mise sur le NASAMS"},
     text="""La Libre Belgique
S'abonner | Se connecter
Belgique   International   Économie   Sports   Culture   Débats   Regions
Accueil > Belgique > Politique belge
§ Défense : le ministre renonce aux drones MQ-9B supplémentaires et mise sur le NASAMS
§ Le gouvernement fédéral abandonne l'achat de deux drones supplémentaires et commande quatre batteries de défense sol-air auprès du norvégien Kongsberg.
Belga / Pierre Vandamme
Publié le 28-05-2026 à 17h41 - Mis à jour le 28-05-2026 à 19h02
Lecture : 3 min.
Un drone MQ-9B de la Composante Air à Florennes. ©BELGA
§ Le Conseil des ministres a validé jeudi la proposition du ministre de la Défense, Jan Verstraeten, de renoncer à l'acquisition de deux drones MQ-9B SkyGuardian supplémentaires, qui devaient compléter les quatre appareils déjà livrés à la Composante Air. La commande, évaluée à 180 millions d'euros, avait été approuvée en 2023 mais jamais signée avec General Atomics.
§ Les crédits ainsi libérés seront réaffectés à la défense antiaérienne. Le ministère de la Défense a signé vendredi avec Kongsberg Defence & Aerospace un contrat portant sur quatre batteries NASAMS, pour un montant d'environ 1,1 milliard d'euros. Les premières unités doivent être livrées à la Belgique en 2028.
§ Parallèlement, la Belgique et les Pays-Bas ont signé mercredi à La Haye un protocole additionnel au programme de remplacement des chasseurs de mines, qui précise le partage de la maintenance des douze navires entre Zeebrugge et Den Helder. Le texte a été paraphé par Jan Verstraeten et son homologue néerlandais, Ruben Brekelmans.
§ Le NASAMS, déjà en service en Norvège, aux Pays-Bas et en Lituanie, associe des missiles AMRAAM à des radars Sentinel. Les batteries seront rattachées au 13e Wing de Lombardsijde, qui met actuellement en œuvre des missiles Mistral.
§ Dans l'opposition, le député Samuel Dehaene a dénoncé « un pilotage à vue » des investissements de défense et réclamé que les députés soient consultés avant toute nouvelle dépense. Pour le ministre, au contraire, l'abandon des drones permet de
Cet article est réservé aux abonnés
Déjà abonné ? Se connecter
Découvrez nos offres : 1 € le premier mois, sans engagement
Sur le même sujet
F-35 : la base de Florennes prête à accueillir ses premiers appareils
Recrutement : la Défense cherche 4 000 nouveaux militaires
Bij onze partners
Defensie bestelt nieuwe luchtverdedigingssystemen
© La Libre Belgique 2026
""",
     ents=[("MQ-9B", "WEAPON", "MQ-9B"), ("NASAMS", "WEAPON", "NASAMS"), ("Kongsberg", "ORG", "Kongsberg"),
           ("Conseil des ministres", "ORG", "Conseil des ministres"),
           ("Jan Verstraeten", "PERSON", "Jan Verstraeten"), ("MQ-9B SkyGuardian", "WEAPON", "MQ-9B"),
           ("Composante Air", "ORG", "Composante Air"), ("180 millions d'euros", "MONEY", None),
           ("2023", "DATE", None), ("General Atomics", "ORG", "General Atomics"),
           ("ministère de la Défense", "ORG", "ministère de la Défense"),
           ("Kongsberg Defence & Aerospace", "ORG", "Kongsberg"), ("1,1 milliard d'euros", "MONEY", None),
           ("Belgique", "LOC", None), ("2028", "DATE", None), ("Pays-Bas", "LOC", None), ("La Haye", "LOC", None),
           ("Zeebrugge", "LOC", None), ("Den Helder", "LOC", None),
           ("Ruben Brekelmans", "PERSON", "Ruben Brekelmans"), ("Samuel Dehaene", "PERSON", "Samuel Dehaene"), ("Norvège", "LOC", None), ("Lituanie", "LOC", None), ("AMRAAM", "WEAPON", "AMRAAM"), ("Sentinel", "WEAPON", "Sentinel"), ("13e Wing", "ORG", "13e Wing"), ("Lombardsijde", "LOC", None), ("Mistral", "WEAPON", "Mistral")],
     events=[
        dict(type="ARMS_TRANSFER", must=["MQ-9B SkyGuardian|MQ-9B|drones", "Composante Air", "General Atomics"],
             key=["MQ-9B SkyGuardian|MQ-9B", "Composante Air", "General Atomics"], status="cancelled",
             slots={"system": "MQ-9B", "recipient": "Composante Air", "supplier": "General Atomics"},
             evidence="renoncer à l'acquisition de deux drones MQ-9B SkyGuardian supplémentaires"),
        dict(type="ARMS_TRANSFER", must=["NASAMS", "Belgique|ministère de la Défense", "Kongsberg Defence & Aerospace|Kongsberg"],
             key=["NASAMS", "Belgique|ministère de la Défense", "Kongsberg Defence & Aerospace|Kongsberg"], status="ordered",
             slots={"system": "NASAMS", "recipient": "Belgique", "supplier": "Kongsberg Defence & Aerospace"},
             evidence="Le ministère de la Défense a signé vendredi avec Kongsberg Defence & Aerospace un contrat portant sur quatre batteries NASAMS"),
        dict(type="AGREEMENT", must=["Belgique|Jan Verstraeten", "Pays-Bas|Ruben Brekelmans"],
             key=["Belgique|Jan Verstraeten", "Pays-Bas|Ruben Brekelmans"], status="signed",
             slots={"party1": "Belgique", "party2": "Pays-Bas"},
             evidence="la Belgique et les Pays-Bas ont signé mercredi à La Haye un protocole additionnel au programme de remplacement des chasseurs de mines"),
        dict(type="ARMS_TRANSFER", must=["MQ-9B", "Composante Air"], key=["MQ-9B", "Composante Air"], status="delivered",
             slots={"system": "MQ-9B", "recipient": "Composante Air"},
             evidence="les quatre appareils déjà livrés à la Composante Air", optional=True, note="inventory / earlier lot"),
     ])

# ---------------------------------------------------------------- b011
page(id="b011", site="rts.ch", noise="de (SRF partner headlines), it",
     furniture="site name;menu;rubric label;date+update line;audio player prompt;photo caption+credit (bracketed);credit initials line (ats/xx);related topics;partner headlines DE/IT;footer",
     notes="armasuisse Skyranger 30 contract ordered; Federal Council refuses German re-export request (denied); F-35A purchase mention optional; referendum talk is a non-event",
     meta={"date": "2026-09-10", "source": "ats", "author": None,
           "title": "Défense sol-air: armasuisse commande des systèmes Skyranger 30 à Rheinmetall"},
     text="""RTS Info
Suisse   Monde   Économie   Culture   Sport   Sciences   Vidéos
Suisse
Publié le 10 septembre 2026 à 14:31  Modifié le 10 septembre 2026 à 16:02
§ Défense sol-air: armasuisse commande des systèmes Skyranger 30 à Rheinmetall
Écouter l'article  ▶ 3:12
Un système Skyranger lors d'une démonstration en Allemagne. [Keystone - Martin Ruetschi]
§ L'Office fédéral de l'armement (armasuisse) a signé mardi avec Rheinmetall Air Defence, à Zurich-Oerlikon, un contrat pour la livraison de douze systèmes de défense antiaérienne de courte portée Skyranger 30 montés sur des véhicules Piranha IV. Le montant s'élève à 640 millions de francs, a indiqué l'office dans un communiqué.
§ Le Skyranger 30 combine un canon revolver de 30 mm et des missiles sol-air à très courte portée ; sa tourelle peut suivre simultanément plusieurs cibles grâce à un radar à antenne active intégré. Selon armasuisse, la mise en service opérationnelle complète est attendue d'ici à 2032.
§ Les premiers systèmes doivent être remis aux Forces aériennes suisses en 2029. Ils protégeront notamment les bases de Payerne, Emmen et Meiringen contre les drones et les missiles de croisière. Le crédit avait été approuvé par les Chambres fédérales dans le cadre du dernier programme d'armement.
§ Le Conseil fédéral a par ailleurs refusé mercredi une nouvelle demande de l'Allemagne visant à réexporter vers l'Ukraine quelque 12 000 munitions de 35 mm fabriquées en Suisse et destinées aux chars antiaériens Gepard. Berne invoque la loi sur le matériel de guerre, qui interdit la réexportation vers un pays impliqué dans un conflit armé international.
§ La conseillère fédérale chargée de la défense, Martine Aebischer, a défendu ces deux décisions devant la presse. « La neutralité n'empêche pas de renforcer notre défense, mais elle fixe des limites claires à nos exportations », a-t-elle déclaré.
§ Le Groupe pour une Suisse sans armée (GSsA) a d'ores et déjà annoncé qu'il examinerait l'opportunité d'un référendum contre les prochaines acquisitions, après avoir combattu en vain l'achat du F-35A.
ats/mre
Sujets liés
Armée suisse
Neutralité
SRF News: Bundesrat lehnt Wiederausfuhr von Munition erneut ab
RSI News: Difesa aerea, firmato il contratto con Rheinmetall
© RTS - Radio Télévision Suisse 2026
""",
     ents=[("armasuisse", "ORG", "Office fédéral de l'armement"),
           ("Office fédéral de l'armement", "ORG", "Office fédéral de l'armement"),
           ("Skyranger 30", "WEAPON", "Skyranger 30"), ("Rheinmetall", "ORG", "Rheinmetall"),
           ("Rheinmetall Air Defence", "ORG", "Rheinmetall Air Defence"), ("Zurich-Oerlikon", "LOC", None),
           ("Piranha IV", "WEAPON", "Piranha IV"), ("640 millions de francs", "MONEY", None),
           ("Forces aériennes suisses", "ORG", "Forces aériennes suisses"), ("2029", "DATE", None), ("2032", "DATE", None),
           ("Payerne", "LOC", None), ("Emmen", "LOC", None), ("Meiringen", "LOC", None),
           ("Chambres fédérales", "ORG", "Chambres fédérales"), ("Conseil fédéral", "ORG", "Conseil fédéral"),
           ("Allemagne", "LOC", None), ("Ukraine", "LOC", None), ("Suisse", "LOC", None), ("Gepard", "WEAPON", "Gepard"),
           ("Berne", "LOC", None), ("Martine Aebischer", "PERSON", "Martine Aebischer"),
           ("Groupe pour une Suisse sans armée", "ORG", "Groupe pour une Suisse sans armée"),
           ("GSsA", "ORG", "Groupe pour une Suisse sans armée"), ("F-35A", "WEAPON", "F-35A")],
     events=[
        dict(type="ARMS_TRANSFER", must=["Skyranger 30|Piranha IV", "armasuisse|Office fédéral de l'armement|Forces aériennes suisses", "Rheinmetall Air Defence|Rheinmetall"],
             key=["Skyranger 30", "armasuisse|Office fédéral de l'armement", "Rheinmetall Air Defence|Rheinmetall"], status="ordered",
             slots={"system": "Skyranger 30", "recipient": "armasuisse", "supplier": "Rheinmetall Air Defence"},
             evidence="L'Office fédéral de l'armement (armasuisse) a signé mardi avec Rheinmetall Air Defence, à Zurich-Oerlikon, un contrat pour la livraison de douze systèmes [...] Skyranger 30"),
        dict(type="ARMS_TRANSFER", must=["munitions de 35 mm|munitions", "Ukraine", "Allemagne|Suisse"],
             key=["munitions de 35 mm", "Ukraine", "Allemagne"], status="denied",
             slots={"system": "munitions de 35 mm", "recipient": "Ukraine", "supplier": "Allemagne"},
             evidence="Le Conseil fédéral a par ailleurs refusé mercredi une nouvelle demande de l'Allemagne visant à réexporter vers l'Ukraine quelque 12 000 munitions de 35 mm"),
        dict(type="ARMS_TRANSFER", must=["F-35A", "Suisse"], key=["F-35A"], status="ordered",
             slots={"system": "F-35A"}, evidence="l'achat du F-35A", optional=True, note="background mention"),
     ])

# ---------------------------------------------------------------- b012
page(id="b012", site="lapresse.ca", noise="en (In English block)",
     furniture="site name;menu;rubric label;byline with outlet;date+update line;audio reading prompt;photo caption+credit (PHOTO … ARCHIVES);À lire aussi teaser;English headlines block;newsletter prompt;footer",
     notes="P-8A order ordered; CAE simulators built in Montreal (INDUSTRY planned); exercise Boréal Vigilant done; Bombardier's rejected offer optional",
     meta={"date": "2025-12-08", "source": "La Presse", "author": "Hélène Tremblay",
           "title": "Ottawa confirme l'achat de 14 avions P-8A Poseidon, CAE formera les équipages"},
     text="""La Presse
Actualités   Affaires   International   Débats   Sports   Auto   Arts   Société
Politique fédérale
§ Ottawa confirme l'achat de 14 avions P-8A Poseidon, CAE formera les équipages
Hélène Tremblay
La Presse
Publié le 8 décembre 2025 à 11 h 30 · Mis à jour à 14 h 05
Écouter l'article
Un avion P-8A Poseidon en vol d'essai.
PHOTO TIRÉE DES ARCHIVES REUTERS
§ Le gouvernement fédéral a officialisé lundi l'achat de 14 avions de patrouille maritime P-8A Poseidon auprès de Boeing, pour remplacer la flotte vieillissante de CP-140 Aurora de l'Aviation royale canadienne. Le contrat, conclu par l'intermédiaire du gouvernement américain, est évalué à 10,4 milliards de dollars, maintien en service compris.
§ La ministre de la Défense nationale, Chantal Bérubé, a fait l'annonce à Montréal, dans les installations de CAE, qui a obtenu un contrat de sous-traitance pour concevoir les simulateurs de vol et le centre de formation des équipages. Le centre doit être construit à Greenwood, en Nouvelle-Écosse, mais les simulateurs seront fabriqués à l'usine montréalaise de l'entreprise, dans l'arrondissement de Saint-Laurent.
À lire aussi
Chantier Davie : Ottawa accorde une nouvelle avance de fonds
§ « Ce sont des emplois de haute technologie qui resteront au Québec », a souligné la ministre, qui évoque quelque 300 postes. Le syndicat Unifor a salué l'annonce, tout en réclamant des garanties sur les retombées pour les sous-traitants de la région.
§ Les premiers appareils doivent être livrés en 2026 à la 14e Escadre de Greenwood et à la 19e Escadre de Comox, en Colombie-Britannique. D'ici là, les équipages des Aurora poursuivent leurs missions, notamment dans l'Arctique, où ils ont participé le mois dernier à l'exercice Boréal Vigilant aux côtés de la Marine royale canadienne et de la garde côtière américaine.
§ Le choix du P-8A, fait sans appel d'offres, avait été critiqué par Bombardier, qui proposait une solution fondée sur son avion d'affaires Global 6500.
§ Ottawa n'a pas précisé si une partie de la maintenance des appareils serait confiée à des entreprises canadiennes, une question que l'opposition entend soulever en comité parlementaire.
In English
Canada's housing starts fall for a third month
Montreal metro: Blue Line extension delayed again
Recevez l'infolettre Politique
© La Presse Inc. Tous droits réservés.
""",
     ents=[("Ottawa", "LOC", None), ("P-8A Poseidon", "WEAPON", "P-8A Poseidon"), ("P-8A", "WEAPON", "P-8A Poseidon"),
           ("CAE", "ORG", "CAE"), ("Boeing", "ORG", "Boeing"), ("CP-140 Aurora", "WEAPON", "CP-140 Aurora"),
           ("Aurora", "WEAPON", "CP-140 Aurora"), ("Aviation royale canadienne", "ORG", "Aviation royale canadienne"),
           ("10,4 milliards de dollars", "MONEY", None), ("Chantal Bérubé", "PERSON", "Chantal Bérubé"),
           ("Montréal", "LOC", None), ("Greenwood", "LOC", None), ("Nouvelle-Écosse", "LOC", None),
           ("Saint-Laurent", "LOC", None), ("Québec", "LOC", None), ("Unifor", "ORG", "Unifor"),
           ("2026", "DATE", None), ("14e Escadre", "ORG", "14e Escadre"), ("19e Escadre", "ORG", "19e Escadre"),
           ("Comox", "LOC", None), ("Colombie-Britannique", "LOC", None), ("Arctique", "LOC", None),
           ("Marine royale canadienne", "ORG", "Marine royale canadienne"), ("Bombardier", "ORG", "Bombardier"),
           ("Global 6500", "WEAPON", "Global 6500")],
     events=[
        dict(type="ARMS_TRANSFER", must=["P-8A Poseidon|P-8A", "Aviation royale canadienne|Ottawa|gouvernement fédéral", "Boeing"],
             key=["P-8A Poseidon|P-8A", "Aviation royale canadienne|Ottawa", "Boeing"], status="ordered",
             slots={"system": "P-8A Poseidon", "recipient": "Ottawa", "supplier": "Boeing"},
             evidence="Le gouvernement fédéral a officialisé lundi l'achat de 14 avions de patrouille maritime P-8A Poseidon auprès de Boeing"),
        dict(type="INDUSTRY", must=["CAE|simulateurs", "Montréal|Saint-Laurent|Greenwood"], key=["CAE", "Montréal|Saint-Laurent"],
             status="planned", slots={"company": "CAE", "product": "simulateurs de vol", "place": "Saint-Laurent"},
             evidence="les simulateurs seront fabriqués à l'usine montréalaise de l'entreprise, dans l'arrondissement de Saint-Laurent"),
        dict(type="EXERCISE", must=["Boréal Vigilant"], key=["Boréal Vigilant"], status="done",
             slots={"name": "Boréal Vigilant"},
             evidence="ils ont participé le mois dernier à l'exercice Boréal Vigilant aux côtés de la Marine royale canadienne"),
        dict(type="ARMS_TRANSFER", must=["Global 6500", "Bombardier"], key=["Global 6500", "Bombardier"], status="planned",
             slots={"system": "Global 6500", "supplier": "Bombardier"},
             evidence="Bombardier, qui proposait une solution fondée sur son avion d'affaires Global 6500", optional=True,
             note="rejected offer"),
     ])
