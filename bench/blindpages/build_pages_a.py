"""Blind page set, part A (b001-b006). Each page is a template: lines starting with '§ ' are
article content (the marker is removed; the line is one content span), all other lines are
furniture. Written without reading frdefnlp's code, resources or tests."""

PAGES = []

def page(**kw):
    PAGES.append(kw)

# ---------------------------------------------------------------- b001
page(id="b001", site="fr.le360.ma", noise="ar,es (language switch, related list)",
     furniture="site name;language switch;menu;breadcrumb;byline+date;photo caption+credit;Lire aussi teaser;tags;share;newsletter prompt;related list ES/AR;copyright",
     notes="delivery of first Barak MX battery (contract 2022) + planned maintenance centre; Sky Dragon 50 inventory optional; demonstration without firing is not an event",
     meta={"date": "2026-02-14", "source": "Le360", "author": "Youssef Ait Lahcen",
           "title": "Défense antiaérienne: les FAR réceptionnent leur première batterie Barak MX"},
     text="""le360
FR | عربية | ES
Politique   Économie   Société   Monde   Sport   Culture   Vidéos
Accueil › Politique › Défense

§ Défense antiaérienne: les FAR réceptionnent leur première batterie Barak MX
§ La première batterie du système de défense sol-air Barak MX commandé auprès d'Israel Aerospace Industries a été livrée aux Forces armées royales. Un centre de maintenance doit suivre près de Benslimane.
Par Youssef Ait Lahcen
Le 14/02/2026 à 11h32
Une batterie Barak MX lors de sa présentation à Kénitra. © DR

§ Selon des sources concordantes, les Forces armées royales (FAR) ont pris livraison, au cours de la première semaine de février, d'une première batterie complète du système Barak MX, comprenant des lanceurs verticaux, un radar ELM-2084 et un centre de commandement. La batterie a été acheminée par voie maritime jusqu'au port de Kénitra avant d'être transférée vers une base du nord du pays.

§ Le contrat, estimé à près de 500 millions de dollars, avait été conclu en 2022 avec Israel Aerospace Industries (IAI). Il prévoit la livraison de plusieurs batteries d'ici 2028, destinées à couvrir les sites sensibles et les grandes agglomérations du Royaume.

Lire aussi : Brouillage: l'armée teste un nouveau dispositif anti-drones dans le Sud

§ Le volet industriel n'est pas en reste. D'après les mêmes sources, IAI et la société marocaine Atlas Defence Systems, fondée en 2024, prévoient d'ouvrir un centre de maintenance et de réparation des radars dans la zone industrielle de Benslimane. Le site, dont les travaux doivent débuter à l'été, emploierait à terme 150 techniciens marocains.

§ Le général de division Abdelkrim Tazi, qui commande les unités sol-air, a assisté vendredi à Kénitra à une démonstration de mise en batterie. Aucun tir n'a été effectué à cette occasion, a précisé un officier présent.

§ Le Barak MX, capable d'intercepter des menaces aériennes jusqu'à 150 kilomètres, complète les systèmes Sky Dragon 50 acquis auprès de la Chine et déjà opérationnels au sein de l'armée marocaine.

Tags: FAR  Défense  Israël  Barak MX
Partager  Facebook  X  WhatsApp  Copier le lien
Newsletter : recevez chaque matin l'essentiel de l'actualité. Votre e-mail  S'inscrire
Dans la même rubrique
El Ejército marroquí incorpora nuevos vehículos blindados de fabricación local
الدرك الملكي يتسلم دفعة جديدة من المروحيات
Sahara: la Minurso renouvelée pour un an
© 2026 Le360. Tous droits réservés.
""",
     ents=[("Barak MX", "WEAPON", "Barak MX"), ("FAR", "ORG", "Forces armées royales"),
           ("Forces armées royales", "ORG", "Forces armées royales"),
           ("Israel Aerospace Industries", "ORG", "Israel Aerospace Industries"),
           ("IAI", "ORG", "Israel Aerospace Industries"), ("Benslimane", "LOC", None),
           ("première semaine de février", "DATE", None), ("ELM-2084", "WEAPON", "ELM-2084"),
           ("Kénitra", "LOC", None), ("500 millions de dollars", "MONEY", None),
           ("2022", "DATE", None), ("2028", "DATE", None), ("2024", "DATE", None),
           ("Atlas Defence Systems", "ORG", "Atlas Defence Systems"),
           ("Abdelkrim Tazi", "PERSON", "Abdelkrim Tazi"),
           ("Sky Dragon 50", "WEAPON", "Sky Dragon 50"), ("Chine", "LOC", None)],
     events=[
        dict(type="ARMS_TRANSFER", must=["Barak MX", "Forces armées royales|FAR", "Israel Aerospace Industries|IAI"],
             key=["Barak MX", "Forces armées royales|FAR", "Israel Aerospace Industries|IAI"], status="delivered",
             slots={"system": "Barak MX", "recipient": "Forces armées royales", "supplier": "Israel Aerospace Industries"},
             evidence="les Forces armées royales (FAR) ont pris livraison, au cours de la première semaine de février, d'une première batterie complète du système Barak MX",
             note="contract of 2022 followed by first delivery: one transfer, latest stage"),
        dict(type="INDUSTRY", must=["Atlas Defence Systems|IAI", "Benslimane"], key=["Atlas Defence Systems|IAI", "Benslimane"],
             status="planned", slots={"company": "Atlas Defence Systems", "place": "Benslimane"},
             evidence="IAI et la société marocaine Atlas Defence Systems, fondée en 2024, prévoient d'ouvrir un centre de maintenance et de réparation des radars dans la zone industrielle de Benslimane"),
        dict(type="ARMS_TRANSFER", must=["Sky Dragon 50", "armée marocaine", "Chine"], key=["Sky Dragon 50", "Chine"],
             status="delivered", slots={"system": "Sky Dragon 50", "recipient": "armée marocaine", "supplier": "Chine"},
             evidence="les systèmes Sky Dragon 50 acquis auprès de la Chine et déjà opérationnels au sein de l'armée marocaine",
             optional=True, note="inventory statement"),
     ])

# ---------------------------------------------------------------- b002
page(id="b002", site="tsa-algerie.com", noise="en (English headlines block)",
     furniture="site name;search widget;menu;breadcrumb;byline+date line;image file name;photo caption+credit;share bar;Lire aussi teaser;tags;English headlines block;most-read list;footer",
     notes="exercise ongoing + visit done; 'Aucun accord' and cooperation talk are non-events; Fincantieri landing ship delivered 2014 (background transfer); Leonardo helicopters aggregate optional; named ships WEAPON",
     meta={"date": "2026-03-03", "source": "TSA", "author": "Nadir Belkacem",
           "title": "Exercice naval algéro-italien au large d'Oran"},
     text="""TSA Tout sur l'Algérie
Rechercher...
Actualité   Économie   Politique   Monde   Sport   Culture   TSA English
Accueil > Actualité > Défense > Exercice naval algéro-italien au large d'Oran

§ Exercice naval algéro-italien au large d'Oran
Par Nadir Belkacem | 03 Mars 2026 à 18:05
exercice-naval-oran-sirocco-2026.jpg
Des bâtiments de surface au large d'Oran. Crédit : MDN
§ Les marines algérienne et italienne mènent depuis lundi l'exercice « Sirocco Bleu 2026 », au lendemain d'une visite de deux jours à Alger du chef d'état-major de la Marina Militare.

§ ORAN – Les forces navales algériennes et la Marina Militare italienne conduisent depuis lundi, au large d'Oran, l'exercice conjoint « Sirocco Bleu 2026 », qui doit s'achever jeudi. Quatre bâtiments algériens, dont la frégate Erradii, et deux navires italiens, parmi lesquels la frégate Carlo Bergamini, y participent, selon un communiqué du ministère de la Défense nationale (MDN).

§ Au programme figurent des manœuvres de lutte anti-sous-marine, des tirs contre des cibles de surface et une simulation d'assistance à un navire en détresse. Des hélicoptères AW101 des Forces navales prennent également part aux séances de recherche et de sauvetage.

Lire aussi : Ports : le trafic conteneurs en hausse de 9 % à Béjaïa

§ Cet exercice intervient au lendemain de la visite à Alger de l'amiral Enrico Castellani, chef d'état-major de la Marina Militare, reçu samedi et dimanche par le général d'armée Saïd Chanegriha, chef d'état-major de l'Armée nationale populaire (ANP), puis par le commandant des Forces navales, le général-major Mahfoud Benmeddah.

§ Les deux parties ont passé en revue l'état de la coopération militaire bilatérale et évoqué les moyens de la développer, notamment dans le domaine de la formation des officiers de marine, indique le MDN. Aucun accord n'a été signé à l'issue de la visite.

§ L'Algérie et l'Italie entretiennent des relations étroites dans le domaine naval. Le chantier italien Fincantieri a construit le navire de débarquement Kalaat Beni Abbes, livré en 2014, et l'Algérie exploite une importante flotte d'hélicoptères fournis par Leonardo. La précédente édition de l'exercice s'était tenue au large de La Spezia.

Partager : Facebook | X | LinkedIn | Telegram
Tags : ANP  Italie  Marine  Exercice
TSA English
Algeria and Italy hold joint naval drill off Oran
Algerian dinar slips against the euro on the parallel market
Les plus lus
1. Baccalauréat 2026 : les dates des épreuves dévoilées
2. Prix de la pomme de terre : le ministère intervient
3. Visa Schengen : nouvelles règles pour les Algériens
© TSA 2026 - Tous droits réservés | Contact | Publicité
""",
     ents=[("Oran", "LOC", None), ("ORAN", "LOC", None), ("Alger", "LOC", None),
           ("Marina Militare", "ORG", "Marina Militare"), ("Erradii", "WEAPON", "Erradii"),
           ("Carlo Bergamini", "WEAPON", "Carlo Bergamini"),
           ("ministère de la Défense nationale", "ORG", "ministère de la Défense nationale"),
           ("MDN", "ORG", "ministère de la Défense nationale"), ("AW101", "WEAPON", "AW101"),
           ("Forces navales", "ORG", "Forces navales"), ("Enrico Castellani", "PERSON", "Enrico Castellani"),
           ("Saïd Chanegriha", "PERSON", "Saïd Chanegriha"),
           ("Armée nationale populaire", "ORG", "Armée nationale populaire"),
           ("ANP", "ORG", "Armée nationale populaire"), ("Mahfoud Benmeddah", "PERSON", "Mahfoud Benmeddah"),
           ("Algérie", "LOC", None), ("Italie", "LOC", None), ("Fincantieri", "ORG", "Fincantieri"),
           ("Kalaat Beni Abbes", "WEAPON", "Kalaat Beni Abbes"), ("2014", "DATE", None),
           ("Leonardo", "ORG", "Leonardo"), ("La Spezia", "LOC", None)],
     events=[
        dict(type="EXERCISE", must=["Sirocco Bleu 2026"], key=["Sirocco Bleu 2026"], status="ongoing",
             slots={"name": "Sirocco Bleu 2026", "party1": "Marina Militare"},
             evidence="Les forces navales algériennes et la Marina Militare italienne conduisent depuis lundi, au large d'Oran, l'exercice conjoint « Sirocco Bleu 2026 »"),
        dict(type="VISIT", must=["Enrico Castellani|Marina Militare", "Alger|Saïd Chanegriha|Armée nationale populaire|ANP"],
             key=["Enrico Castellani", "Alger|Saïd Chanegriha"], status="done",
             slots={"visitor": "Enrico Castellani", "host": "Saïd Chanegriha", "place": "Alger"},
             evidence="la visite à Alger de l'amiral Enrico Castellani, chef d'état-major de la Marina Militare, reçu samedi et dimanche par le général d'armée Saïd Chanegriha"),
        dict(type="ARMS_TRANSFER", must=["Kalaat Beni Abbes|navire de débarquement", "Algérie", "Fincantieri"],
             key=["Kalaat Beni Abbes", "Algérie", "Fincantieri"], status="delivered",
             slots={"system": "Kalaat Beni Abbes", "recipient": "Algérie", "supplier": "Fincantieri"},
             evidence="Le chantier italien Fincantieri a construit le navire de débarquement Kalaat Beni Abbes, livré en 2014"),
        dict(type="ARMS_TRANSFER", must=["hélicoptères", "Algérie", "Leonardo"], key=["Algérie", "Leonardo"],
             status="delivered", slots={"system": "hélicoptères", "recipient": "Algérie", "supplier": "Leonardo"},
             evidence="l'Algérie exploite une importante flotte d'hélicoptères fournis par Leonardo",
             optional=True, note="inventory / aggregate of several sales"),
     ])

# ---------------------------------------------------------------- b003
page(id="b003", site="lapresse.tn", noise="ar (ticker)",
     furniture="site name;today date widget;menu;rubric label;duplicated title+lede block;byline;date line;photo caption+credit;comment count+login prompt;similar-articles list;Arabic ticker;footer",
     notes="US State Dept/DSCA approval = ARMS_TRANSFER agreed (decision C); earlier Black Hawk delivery; Africom commander meeting in Tunis = VISIT done; top title/lede copy is furniture",
     meta={"date": "2026-04-20", "source": "La Presse de Tunisie", "author": "Sami Ben Yedder",
           "title": "Washington approuve la vente de deux avions de surveillance à la Tunisie"},
     text="""La Presse de Tunisie
Lundi 20 avril 2026
National   Économie   Monde   Culture   Sport   Régions   Opinions
NATIONAL
Washington approuve la vente de deux avions de surveillance à la Tunisie
Le département d'État a donné son feu vert à la cession de deux appareils King Air 350ER configurés pour le renseignement.
Par Sami Ben Yedder
Publié le 20/04/2026
Un King Air 350ER en configuration de surveillance. (Photo d'archives - US Air Force)

§ Washington approuve la vente de deux avions de surveillance à la Tunisie
§ Le département d'État a donné son feu vert à la cession de deux appareils King Air 350ER configurés pour le renseignement, pour un montant estimé à 112 millions de dollars.
§ Le département d'État a approuvé une éventuelle vente à la Tunisie de deux avions de surveillance Beechcraft King Air 350ER, ainsi que des équipements de mission et de la formation associée, a annoncé vendredi l'Agence de coopération en matière de sécurité de défense (DSCA), qui a notifié le Congrès. Le contrat pourrait atteindre 112 millions de dollars.
§ Les appareils, dont le maître d'œuvre serait Sierra Nevada Corporation, seraient dotés de capteurs électro-optiques et de radars de surveillance maritime. Ils doivent permettre à l'Armée de l'air tunisienne de mieux contrôler les frontières avec la Libye et les approches maritimes du pays, selon la notification.
§ Selon le ministère de la Défense nationale, cette acquisition s'inscrit dans la modernisation des moyens de renseignement engagée depuis 2015. La Tunisie avait déjà reçu en 2024 quatre hélicoptères UH-60M Black Hawk, livrés à la base aérienne de Bizerte-Sidi Ahmed dans le cadre d'un financement américain.
§ Le ministre de la Défense, Khaled Mejri, avait évoqué ce besoin lors de sa rencontre à Tunis, en février, avec le général Mark Tillman, commandant de l'Africom. L'approbation américaine ne vaut toutefois pas contrat : il reviendra aux autorités tunisiennes de signer une lettre d'offre et d'acceptation.
§ À Tunis, on se félicite d'un signal politique fort, dans un contexte où les financements américains destinés à la sécurité de la région ont été revus à la baisse ces deux dernières années.

Commentaires (0)
Connectez-vous pour commenter cet article
Articles similaires
Sfax : lancement des travaux du nouveau port de pêche
Enseignement supérieur : le calendrier des inscriptions fixé
وزارة الدفاع الوطني: حملة تطوع جديدة للشباب
الرابطة الأولى: الترجي يفوز على النادي الصفاقسي
© La Presse de Tunisie 2026 — Conditions d'utilisation
""",
     ents=[("Washington", "LOC", None), ("Tunisie", "LOC", None),
           ("département d'État", "ORG", "département d'État"), ("King Air 350ER", "WEAPON", "King Air 350ER"),
           ("Beechcraft King Air 350ER", "WEAPON", "King Air 350ER"), ("112 millions de dollars", "MONEY", None),
           ("Agence de coopération en matière de sécurité de défense", "ORG", "Agence de coopération en matière de sécurité de défense"),
           ("DSCA", "ORG", "Agence de coopération en matière de sécurité de défense"),
           ("Congrès", "ORG", "Congrès"), ("Sierra Nevada Corporation", "ORG", "Sierra Nevada Corporation"),
           ("Armée de l'air", "ORG", "Armée de l'air"), ("Libye", "LOC", None),
           ("ministère de la Défense nationale", "ORG", "ministère de la Défense nationale"),
           ("2015", "DATE", None), ("2024", "DATE", None), ("UH-60M Black Hawk", "WEAPON", "Black Hawk"),
           ("Bizerte-Sidi Ahmed", "LOC", None), ("Khaled Mejri", "PERSON", "Khaled Mejri"),
           ("Tunis", "LOC", None), ("février", "DATE", None), ("Mark Tillman", "PERSON", "Mark Tillman"),
           ("Africom", "ORG", "Africom")],
     events=[
        dict(type="ARMS_TRANSFER", must=["King Air 350ER|Beechcraft King Air 350ER|avions de surveillance", "Tunisie",
                                         "Washington|département d'État|Sierra Nevada Corporation"],
             key=["King Air 350ER", "Tunisie", "Washington|département d'État"], status="agreed",
             slots={"system": "King Air 350ER", "recipient": "Tunisie", "supplier": "département d'État"},
             evidence="Le département d'État a approuvé une éventuelle vente à la Tunisie de deux avions de surveillance Beechcraft King Air 350ER"),
        dict(type="ARMS_TRANSFER", must=["UH-60M Black Hawk|hélicoptères", "Tunisie"], key=["UH-60M Black Hawk", "Tunisie"],
             status="delivered", slots={"system": "UH-60M Black Hawk", "recipient": "Tunisie"},
             evidence="La Tunisie avait déjà reçu en 2024 quatre hélicoptères UH-60M Black Hawk"),
        dict(type="VISIT", must=["Mark Tillman|Africom", "Tunis|Khaled Mejri"], key=["Mark Tillman", "Tunis|Khaled Mejri"],
             status="done", slots={"visitor": "Mark Tillman", "host": "Khaled Mejri", "place": "Tunis"},
             evidence="lors de sa rencontre à Tunis, en février, avec le général Mark Tillman, commandant de l'Africom"),
     ])

# ---------------------------------------------------------------- b004
page(id="b004", site="hebdo.ahram.org.eg", noise="en,ar (edition links, Arabic most-read)",
     furniture="site name;issue line;edition links;menu;breadcrumb;byline+date;photo caption+credit;short link;keywords;Lire aussi list;most-read list (AR);subscription prompt;copyright",
     notes="local production of K9A1EGY under 2022 contract (transfer delivered + industry ongoing); minister's visit to Seoul ongoing; 155 mm ToT talks optional; Rafale inventory optional",
     meta={"date": "2026-04-08", "source": "Al-Ahram Hebdo", "author": "Amira Samir",
           "title": "Obusiers K9 : la production locale monte en cadence à Helwan"},
     text="""Al-Ahram Hebdo
Semaine du 8 au 14 avril 2026, numéro 1612
English | العربية
Égypte   Monde Arabe   Économie   Monde   Culture   Sports   Opinion   Dossier
Égypte > Défense
§ Obusiers K9 : la production locale monte en cadence à Helwan
Amira Samir, Mercredi, 08 avril 2026
§ L'Organisation arabe pour l'industrialisation et le sud-coréen Hanwha Aerospace ont lancé la deuxième phase d'assemblage des obusiers automoteurs K9A1EGY en Égypte.
Un obusier K9A1EGY lors d'un défilé. (Photo : Porte-parole militaire)
§ La deuxième phase du programme de production locale des obusiers automoteurs K9A1EGY a démarré la semaine dernière à l'usine 200, dans la banlieue industrielle de Helwan, au sud du Caire. Lancée par l'Organisation arabe pour l'industrialisation (OAI) et Hanwha Aerospace, elle porte le taux d'intégration locale à près de 45 %, selon un responsable de l'usine.
§ Le contrat, signé en février 2022 pour un montant de 1,6 milliard de dollars, prévoyait la fabrication sous licence de 200 obusiers K9 et de leurs véhicules de ravitaillement K10. Les premiers exemplaires assemblés en Égypte ont été remis aux forces armées égyptiennes en 2024.
§ Cette montée en cadence coïncide avec la visite à Séoul du ministre de la Défense et de la Production militaire, le général Ahmed Fathi Zaki, qui s'est entretenu mardi avec son homologue sud-coréen, Park Sung-hoon, et a visité la ligne d'assemblage de Hanwha Aerospace à Changwon. La visite se poursuit jusqu'à vendredi.
§ Selon un communiqué du porte-parole militaire, les deux parties ont discuté d'un possible transfert de technologie pour la fabrication de munitions de 155 mm en Égypte. Aucun calendrier n'a été avancé.
§ L'Égypte, qui diversifie ses fournisseurs depuis une décennie, exploite également des chars M1A1 Abrams assemblés localement et des avions de combat Rafale acquis auprès de Dassault Aviation.
§ Pour les analystes, la montée en puissance de l'usine 200 doit aussi permettre à l'industrie locale de proposer à terme des obusiers à d'autres armées africaines, un objectif affiché depuis plusieurs années par les autorités.
Lien court: hebdo.ahram.org.eg/k/61204
Mots clés: Défense  Corée du Sud  Industrie militaire
Lire aussi
Canal de Suez : les recettes repartent à la hausse
Nouvelle capitale : inauguration de la cathédrale rénovée
الأكثر قراءة
السيسي يستقبل رئيس وزراء اليونان
ارتفاع أسعار الذهب في السوق المحلية
Abonnez-vous à l'édition numérique
© Al-Ahram Hebdo 2026. Tous droits réservés.
""",
     ents=[("K9", "WEAPON", "K9"), ("Helwan", "LOC", None),
           ("Organisation arabe pour l'industrialisation", "ORG", "Organisation arabe pour l'industrialisation"),
           ("OAI", "ORG", "Organisation arabe pour l'industrialisation"),
           ("Hanwha Aerospace", "ORG", "Hanwha Aerospace"), ("K9A1EGY", "WEAPON", "K9A1EGY"),
           ("Égypte", "LOC", None), ("Caire", "LOC", None), ("février 2022", "DATE", None),
           ("1,6 milliard de dollars", "MONEY", None), ("K10", "WEAPON", "K10"), ("2024", "DATE", None),
           ("Séoul", "LOC", None), ("Ahmed Fathi Zaki", "PERSON", "Ahmed Fathi Zaki"),
           ("Park Sung-hoon", "PERSON", "Park Sung-hoon"), ("Changwon", "LOC", None),
           ("M1A1 Abrams", "WEAPON", "M1A1 Abrams"), ("Rafale", "WEAPON", "Rafale"),
           ("Dassault Aviation", "ORG", "Dassault Aviation")],
     events=[
        dict(type="INDUSTRY", must=["K9A1EGY|K9|Organisation arabe pour l'industrialisation|OAI|Hanwha Aerospace", "Helwan|usine 200|Égypte"],
             key=["K9A1EGY|Hanwha Aerospace|Organisation arabe pour l'industrialisation|OAI", "Helwan"], status="ongoing",
             slots={"company": "Hanwha Aerospace", "product": "K9A1EGY", "place": "Helwan"},
             evidence="La deuxième phase du programme de production locale des obusiers automoteurs K9A1EGY a démarré la semaine dernière à l'usine 200, dans la banlieue industrielle de Helwan"),
        dict(type="ARMS_TRANSFER", must=["K9A1EGY|K9|K10", "Égypte|forces armées égyptiennes", "Hanwha Aerospace"],
             key=["K9A1EGY|K9", "Égypte", "Hanwha Aerospace"], status="delivered",
             slots={"system": "K9", "recipient": "forces armées égyptiennes", "supplier": "Hanwha Aerospace"},
             evidence="Les premiers exemplaires assemblés en Égypte ont été remis aux forces armées égyptiennes en 2024"),
        dict(type="VISIT", must=["Ahmed Fathi Zaki", "Séoul|Park Sung-hoon"], key=["Ahmed Fathi Zaki", "Séoul|Park Sung-hoon"],
             status="ongoing", slots={"visitor": "Ahmed Fathi Zaki", "host": "Park Sung-hoon", "place": "Séoul"},
             evidence="la visite à Séoul du ministre de la Défense et de la Production militaire, le général Ahmed Fathi Zaki, qui s'est entretenu mardi avec son homologue sud-coréen, Park Sung-hoon"),
        dict(type="INDUSTRY", must=["munitions de 155 mm", "Égypte"], key=["munitions de 155 mm", "Égypte"], status="planned",
             slots={"product": "munitions de 155 mm", "place": "Égypte"},
             evidence="les deux parties ont discuté d'un possible transfert de technologie pour la fabrication de munitions de 155 mm en Égypte",
             optional=True, note="talks only"),
        dict(type="ARMS_TRANSFER", must=["Rafale", "Égypte", "Dassault Aviation"], key=["Rafale", "Égypte", "Dassault Aviation"],
             status="delivered", slots={"system": "Rafale", "recipient": "Égypte", "supplier": "Dassault Aviation"},
             evidence="des avions de combat Rafale acquis auprès de Dassault Aviation", optional=True, note="inventory statement"),
     ])
