"""blindpages3 pages r008–r014 (Burkina Faso, Niger, Mali, Senegal, Côte d'Ivoire, Chad, Cameroon)."""
from common import page, E

# ---------------------------------------------------------------- r008
page(id="r008", site="burkina24.com (Burkina 24)", noise="en (English 'Burkina24 in English' links)",
     furniture="site name;menu;breaking label;rubric label;byline;date line;photo caption+credit;Lire aussi teaser;share prompt;English links;comment form;related posts;footer",
     notes="Mi-171Sh helicopters delivered (financed by patriotic fund); Russian deputy minister's visit; AES joint exercise planned",
     meta={"date": "2026-01-18", "source": "Burkina 24", "author": "Alain Zongo"},
     text="""
Burkina 24
Actualité du Burkina Faso 24h/24
Accueil
Actualités
Politique
Économie
Société
Sécurité
Sport
International
Burkina24 in English
Sécurité
§ Burkina : l'armée de l'air réceptionne deux hélicoptères Mi-171Sh
Publié par Alain Zongo le 18 janvier 2026 à 19h05
Les deux appareils ont été présentés sur le tarmac de la base aérienne 511. Ph : Burkina 24
§ Deux hélicoptères de transport d'assaut Mi-171Sh ont été réceptionnés, ce samedi 17 janvier 2026, sur la base aérienne 511 de Ouagadougou. Acquis auprès de la Fédération de Russie, ils ont été financés à hauteur de 14,8 milliards de francs CFA par le Fonds de soutien patriotique (FSP), a indiqué le ministre de la Défense et des Anciens combattants, le général de brigade Célestin Simporé.
§ « Ces machines vont accroître notre capacité à déployer rapidement des troupes et à évacuer nos blessés », a déclaré le ministre devant les équipages. Les appareils seront mis en œuvre par l'Armée de l'Air du Burkina Faso, qui en avait déjà reçu trois exemplaires en 2024.
Lire aussi : Fonds de soutien patriotique : plus de 200 milliards FCFA mobilisés en deux ans
§ La cérémonie s'est tenue en présence du vice-ministre russe de la Défense, Iounous-Bek Evkourov, arrivé la veille à Ouagadougou pour une visite de travail de trois jours. Le responsable russe a été reçu en audience par le président du Faso, le capitaine Ibrahim Traoré, au palais de Koulouba.
§ Les échanges ont porté sur la formation des pilotes et le maintien en condition opérationnelle des aéronefs de fabrication russe. Selon un communiqué de la présidence, une vingtaine de techniciens burkinabè seront formés à Kazan dès le mois de mars.
§ Par ailleurs, le ministre Simporé a annoncé la tenue, en avril prochain, d'un exercice conjoint de la Force unifiée de la Confédération des États du Sahel (AES) dans la région de Dori. Il réunira des unités du Burkina Faso, du Mali et du Niger.
Partagez :
Facebook WhatsApp X Telegram
Burkina24 in English
Burkina Air Force receives two Russian-made helicopters
Laisser un commentaire
Votre nom * Votre email * Publier
Articles similaires
Koudougou : lancement des travaux de la route régionale 14
Éducation : le calendrier des examens scolaires 2026 connu
© Copyright Burkina 24 - Tous droits réservés
""",
     ents="""
Burkina|LOC
Mi-171Sh|WEAPON|Mi-171Sh
samedi 17 janvier 2026|DATE
Ouagadougou|LOC
Fédération de Russie|LOC
14,8 milliards de francs CFA|MONEY
Fonds de soutien patriotique|ORG
FSP|ORG|Fonds de soutien patriotique
Célestin Simporé|PERSON
Armée de l'Air du Burkina Faso|ORG
2024|DATE
Iounous-Bek Evkourov|PERSON
Ibrahim Traoré|PERSON
Koulouba|LOC
Kazan|LOC
mois de mars|DATE
Simporé|PERSON|Célestin Simporé
avril prochain|DATE
Force unifiée de la Confédération des États du Sahel|ORG
AES|ORG|Confédération des États du Sahel
Dori|LOC
Burkina Faso|LOC
Mali|LOC
Niger|LOC
""",
     events=[
         E("ARMS_TRANSFER", "delivered", ["Mi-171Sh", "Armée de l'Air du Burkina Faso|Burkina|Ouagadougou", "Fédération de Russie"],
           {"system": "Mi-171Sh", "recipient": "Armée de l'Air du Burkina Faso", "supplier": "Fédération de Russie"},
           "Deux hélicoptères de transport d'assaut Mi-171Sh ont été réceptionnés, ce samedi 17 janvier 2026, sur la base aérienne 511 de Ouagadougou",
           key=["Mi-171Sh", "Armée de l'Air du Burkina Faso|Burkina", "Fédération de Russie"]),
         E("ARMS_TRANSFER", "delivered", ["Mi-171Sh", "Armée de l'Air du Burkina Faso"],
           {"system": "Mi-171Sh", "recipient": "Armée de l'Air du Burkina Faso"},
           "qui en avait déjà reçu trois exemplaires en 2024", optional=True, note="earlier lot, background"),
         E("VISIT", "done", ["Iounous-Bek Evkourov", "Ouagadougou|Ibrahim Traoré|Burkina"],
           {"visitor": "Iounous-Bek Evkourov", "host": "Ibrahim Traoré", "place": "Ouagadougou"},
           "arrivé la veille à Ouagadougou pour une visite de travail de trois jours"),
         E("EXERCISE", "planned", ["Confédération des États du Sahel|AES|Force unifiée"],
           {"parties": "Force unifiée de la Confédération des États du Sahel", "place": "Dori"},
           "un exercice conjoint de la Force unifiée de la Confédération des États du Sahel (AES) dans la région de Dori",
           key=["Confédération des États du Sahel|AES"]),
     ])

# ---------------------------------------------------------------- r009
page(id="r009", site="lesahel.org (Le Sahel, Niamey)", noise="none (Hausa and Zarma programme labels)",
     furniture="site name;date widget;menu;rubric label;title;byline with function;date line;photo caption+credit;share prompt;other news list;footer",
     notes="Aksungur drones delivered to FAN; Chinese donation of trucks and equipment; planned visit of Tiani to Ankara; Lire aussi",
     meta={"date": "2025-09-04", "source": "Le Sahel", "author": "Aïchatou Hamidou"},
     text="""
LE SAHEL
Quotidien national d'information du Niger
Niamey, le jeudi 4 septembre 2025
Accueil | Politique | Économie | Société | Culture | Sports | Régions | Tamtaal Hausa | Zarma ciine
DÉFENSE ET SÉCURITÉ
§ Renforcement des capacités : les Forces armées nigériennes réceptionnent des drones Aksungur
Par Aïchatou Hamidou, Envoyée spéciale
Publié le 04/09/2025
Les drones Aksungur à leur arrivée à la base aérienne 101 de Niamey (Photo : ONEP)
§ Deux drones de moyenne altitude et longue endurance de type Aksungur ont été officiellement remis, mardi 2 septembre 2025, aux Forces armées nigériennes (FAN) au cours d'une cérémonie organisée à la base aérienne 101 de Niamey. Construits par la société Turkish Aerospace (TUSAŞ), ces appareils bimoteurs peuvent rester en vol plus de quarante heures et emporter des munitions guidées.
§ La cérémonie était présidée par le ministre d'État, ministre de la Défense nationale, le général de corps d'armée Salifou Mody, en présence du chargé d'affaires de l'ambassade de Turquie et de plusieurs responsables des FAN. Le ministre a salué « un saut qualitatif » dans la surveillance des zones des trois frontières et du bassin du lac Tchad.
§ Deux jours plus tôt, la République populaire de Chine avait fait don aux forces de défense et de sécurité d'un lot de 40 camions de transport de troupes et de matériel de transmission, estimé à 2,6 milliards de FCFA. La remise s'est faite à Niamey en présence de l'ambassadeur Jiang Feng.
§ Selon une source officielle, le chef de l'État, le général d'armée Abdourahamane Tiani, devrait se rendre à Ankara avant la fin de l'année, à l'invitation du président Recep Tayyip Erdoğan. Cette visite, la première du genre, doit permettre de « consolider le partenariat stratégique » entre les deux pays, notamment dans les domaines de la défense, de l'énergie et des mines.
§ Le Niger a diversifié ses partenaires depuis juillet 2023, en se tournant vers la Turquie, la Russie et la Chine pour équiper ses forces engagées contre les groupes armés terroristes.
Partager cet article
Autres actualités
Tillabéri : lancement de la campagne de vaccination du bétail
Maradi : la récolte de niébé s'annonce bonne
ONEP — Office national d'édition et de presse © 2025
""",
     ents="""
Forces armées nigériennes|ORG
FAN|ORG|Forces armées nigériennes
Aksungur|WEAPON
mardi 2 septembre 2025|DATE
Niamey|LOC
Turkish Aerospace|ORG
TUSAŞ|ORG|Turkish Aerospace
Salifou Mody|PERSON
ambassade de Turquie|ORG
lac Tchad|LOC
République populaire de Chine|LOC
2,6 milliards de FCFA|MONEY
Jiang Feng|PERSON
Abdourahamane Tiani|PERSON
Ankara|LOC
Recep Tayyip Erdoğan|PERSON
Niger|LOC
juillet 2023|DATE
Turquie|LOC
Russie|LOC
Chine|LOC
""",
     events=[
         E("ARMS_TRANSFER", "delivered", ["Aksungur", "Forces armées nigériennes|FAN", "Turkish Aerospace|TUSAŞ"],
           {"system": "Aksungur", "recipient": "Forces armées nigériennes", "supplier": "Turkish Aerospace"},
           "Deux drones de moyenne altitude et longue endurance de type Aksungur ont été officiellement remis, mardi 2 septembre 2025, aux Forces armées nigériennes (FAN)"),
         E("ARMS_TRANSFER", "delivered", ["camions de transport de troupes|matériel de transmission", "forces de défense et de sécurité|Niamey|Niger", "République populaire de Chine|Jiang Feng"],
           {"system": "camions de transport de troupes", "recipient": "forces de défense et de sécurité", "supplier": "République populaire de Chine"},
           "la République populaire de Chine avait fait don aux forces de défense et de sécurité d'un lot de 40 camions de transport de troupes",
           key=["camions de transport de troupes|matériel de transmission", "forces de défense et de sécurité", "République populaire de Chine"]),
         E("VISIT", "planned", ["Abdourahamane Tiani", "Ankara|Recep Tayyip Erdoğan"],
           {"visitor": "Abdourahamane Tiani", "host": "Recep Tayyip Erdoğan", "place": "Ankara"},
           "le général d'armée Abdourahamane Tiani, devrait se rendre à Ankara avant la fin de l'année"),
     ])

# ---------------------------------------------------------------- r010
page(id="r010", site="studiotamani.org (Studio Tamani)", noise="bm/ff/son (programme names in Bambara, Fulfulde, Songhaï)",
     furniture="site name;menu;audio player labels;programme list in national languages;rubric label;date line;photo credit;share prompt;related news;donor credit line;footer",
     notes="Typhoon-K armoured vehicles delivered to FAMa; ammunition plant project at Kati with Russian partner (INDUSTRY planned); Sadio Camara trip to Moscow (done) with military-technical agreement signed",
     meta={"date": "2025-12-09", "source": "Studio Tamani", "author": None},
     text="""
Studio Tamani
La radio de l'information au Mali
Accueil
Actualités
Émissions
Le Grand Dialogue
Journal en bamanankan
Kibaaru e fulfulde
Alhabar soŋay senni
Podcasts
Écouter le direct ▶
Sécurité
§ Les FAMa reçoivent un nouveau lot de blindés russes
9 décembre 2025
Photo : FAMa
§ Un nouveau lot de véhicules blindés Typhoon-K a été réceptionné, ce lundi, par les Forces armées maliennes (FAMa) au camp militaire de Kati. Selon la Direction de l'information et des relations publiques des armées (Dirpa), ces engins à l'épreuve des mines ont été acquis auprès de la Russie dans le cadre d'un contrat signé en février dernier.
§ Le nombre exact de véhicules n'a pas été communiqué. Des images diffusées par l'armée en montrent au moins une douzaine, alignés sur la place d'armes. Les blindés doivent être déployés dans les régions de Gao, Tombouctou et Ménaka, où les convois militaires sont régulièrement visés par des engins explosifs.
§ Cette livraison intervient quelques jours après le retour de Moscou du ministre de la Défense et des Anciens combattants, le général Sadio Camara. Du 1er au 4 décembre, il y a notamment rencontré son homologue Andreï Belooussov. Les deux ministres ont signé un accord de coopération militaro-technique qui couvre la formation, la fourniture d'équipements et la maintenance.
§ Au cours de ce séjour, le projet d'une usine de munitions d'armes légères à Kati a été évoqué avec le groupe russe Rostec. Selon une source au ministère, l'unité, d'un coût estimé à 30 milliards de francs CFA, pourrait produire des cartouches de 7,62 mm à partir de 2027.
§ « Nous ne voulons plus dépendre entièrement de l'extérieur pour ce qui est de la consommation courante de nos troupes », explique un officier supérieur joint par Studio Tamani.
§ Depuis 2021, le Mali a reçu de la Russie des avions L-39, des hélicoptères Mi-8 et des radars, selon les autorités de la transition.
Partager : Facebook | WhatsApp | X
À écouter aussi
Journal du soir – 8 décembre 2025
Ségou : des agriculteurs inquiets de la baisse des pluies
Studio Tamani est un programme de la Fondation Hirondelle, avec le soutien de ses partenaires.
""",
     ents="""
FAMa|ORG|Forces armées maliennes
Typhoon-K|WEAPON
Forces armées maliennes|ORG
Kati|LOC
Direction de l'information et des relations publiques des armées|ORG
Dirpa|ORG|Direction de l'information et des relations publiques des armées
Russie|LOC
février dernier|DATE
Gao|LOC
Tombouctou|LOC
Ménaka|LOC
Moscou|LOC
Sadio Camara|PERSON
1er au 4 décembre|DATE
Andreï Belooussov|PERSON
Rostec|ORG
30 milliards de francs CFA|MONEY
2027|DATE
Studio Tamani|ORG
2021|DATE
Mali|LOC
L-39|WEAPON
Mi-8|WEAPON
""",
     events=[
         E("ARMS_TRANSFER", "delivered", ["Typhoon-K", "Forces armées maliennes|FAMa", "Russie"],
           {"system": "Typhoon-K", "recipient": "FAMa", "supplier": "Russie"},
           "Un nouveau lot de véhicules blindés Typhoon-K a été réceptionné, ce lundi, par les Forces armées maliennes (FAMa)"),
         E("VISIT", "done", ["Sadio Camara", "Moscou|Andreï Belooussov"],
           {"visitor": "Sadio Camara", "host": "Andreï Belooussov", "place": "Moscou"},
           "le retour de Moscou du ministre de la Défense et des Anciens combattants, le général Sadio Camara"),
         E("AGREEMENT", "signed", ["Sadio Camara|Mali|Les deux ministres", "Andreï Belooussov|Russie|Les deux ministres"],
           {"party_a": "Sadio Camara", "party_b": "Andreï Belooussov"},
           "Les deux ministres ont signé un accord de coopération militaro-technique",
           key=["Sadio Camara|Mali", "Andreï Belooussov|Russie"]),
         E("INDUSTRY", "planned", ["Rostec|usine de munitions", "Kati"],
           {"company": "Rostec", "product": "munitions d'armes légères", "place": "Kati"},
           "le projet d'une usine de munitions d'armes légères à Kati a été évoqué avec le groupe russe Rostec",
           key=["Rostec", "Kati"]),
         E("ARMS_TRANSFER", "delivered", ["L-39|Mi-8", "Mali", "Russie"],
           {"system": ["L-39", "Mi-8"], "recipient": "Mali", "supplier": "Russie"},
           "Depuis 2021, le Mali a reçu de la Russie des avions L-39, des hélicoptères Mi-8 et des radars",
           optional=True, note="aggregate of earlier deliveries"),
     ])

# ---------------------------------------------------------------- r011
page(id="r011", site="dakaractu.com (Dakaractu)", noise="en (English partner headlines 'In English')",
     furniture="site name;menu;flash ticker (French);rubric label;title;author+date line;photo caption;share counters;English partner headlines;comment block with login;'Dans la même rubrique' list;footer",
     notes="Grand African Nemo exercise done; two interceptor boats ordered from Ocea; Senegal–Gambia defence MoU signed; French admiral visit (optional, implied)",
     meta={"date": "2025-10-30", "source": "Dakaractu", "author": "Mamadou Lamine Diatta"},
     text="""
DAKARACTU
L'actualité au quotidien
Accueil
Politique
Économie
Société
Sport
Régions
Diaspora
International
FLASH | Budget 2026 : l'Assemblée démarre l'examen des crédits | Ligue 1 : Jaraaf s'impose à Ziguinchor
Défense
§ Sécurité maritime : la Marine nationale boucle « Grand African Nemo 2025 » et commande deux intercepteurs
Par Mamadou Lamine Diatta | Jeudi 30 Octobre 2025 à 10:48 | Lu 3 412 fois
Un bâtiment de la Marine sénégalaise au large de Dakar.
§ La Marine nationale sénégalaise a participé, du 20 au 27 octobre, à l'exercice international « Grand African Nemo 2025 », conduit dans le golfe de Guinée avec la Marine française et une quinzaine de marines africaines. Au large de Dakar et de la Casamance, les équipages ont simulé l'interception d'un navire transportant de la drogue et le sauvetage d'un chalutier en détresse.
§ Le patrouilleur hauturier Kédougou et la frégate française Commandant Blaison ont conduit la partie sénégalaise des manœuvres. Le contre-amiral Abdou Sène, chef d'état-major de la Marine nationale, s'est dit satisfait d'un exercice « qui éprouve nos procédures de l'action de l'État en mer ».
§ En marge de l'exercice, Dakaractu a appris que le Sénégal a commandé au chantier français Ocea deux intercepteurs rapides de 24 mètres, pour environ 9,4 milliards de FCFA. Les deux unités seront livrées en 2027 et basées à Ziguinchor pour la surveillance des estuaires.
§ Par ailleurs, le ministre des Forces armées, le général Birame Diop, et son homologue gambien, Sering Modou Njie, ont signé lundi à Banjul un mémorandum d'entente sur la coopération en matière de défense. Le texte prévoit des patrouilles coordonnées le long de la frontière et la formation d'officiers gambiens à l'École nationale des officiers d'active (Enoa) de Thiès.
§ Le Sénégal entend ainsi renforcer la sécurité de ses approches maritimes, alors que l'exploitation des champs pétroliers et gaziers offshore a débuté en 2024.
Partager : 45 | 12 | 3
In English
Senegal orders two fast interceptors from French yard Ocea
Senegal and The Gambia sign defence memorandum
Commentaires (1)
Connectez-vous pour commenter.
Dans la même rubrique
Kolda : un réseau de trafic de bois démantelé
Cybersécurité : Dakar accueille un forum régional
Dakaractu © 2025 — Reproduction interdite sans autorisation
""",
     ents="""
Marine nationale|ORG
20 au 27 octobre|DATE
golfe de Guinée|LOC
Marine française|ORG
Dakar|LOC
Casamance|LOC
Kédougou|WEAPON
Commandant Blaison|WEAPON
Abdou Sène|PERSON
Dakaractu|ORG
Sénégal|LOC
Ocea|ORG
9,4 milliards de FCFA|MONEY
2027|DATE
Ziguinchor|LOC
Birame Diop|PERSON
Sering Modou Njie|PERSON
Banjul|LOC
École nationale des officiers d'active|ORG
Enoa|ORG|École nationale des officiers d'active
Thiès|LOC
2024|DATE
""",
     events=[
         E("EXERCISE", "done", ["Grand African Nemo 2025|Grand African Nemo"],
           {"name": "Grand African Nemo 2025", "parties": ["Marine nationale", "Marine française"]},
           "La Marine nationale sénégalaise a participé, du 20 au 27 octobre, à l'exercice international « Grand African Nemo 2025 »"),
         E("ARMS_TRANSFER", "ordered", ["intercepteurs rapides|intercepteurs", "Sénégal|Marine nationale", "Ocea"],
           {"system": "intercepteurs rapides", "recipient": "Sénégal", "supplier": "Ocea"},
           "le Sénégal a commandé au chantier français Ocea deux intercepteurs rapides de 24 mètres",
           key=["intercepteurs rapides|intercepteurs", "Sénégal", "Ocea"]),
         E("AGREEMENT", "signed", ["Birame Diop|Sénégal", "Sering Modou Njie"],
           {"party_a": "Birame Diop", "party_b": "Sering Modou Njie"},
           "ont signé lundi à Banjul un mémorandum d'entente sur la coopération en matière de défense"),
         E("VISIT", "done", ["Birame Diop", "Banjul|Sering Modou Njie"],
           {"visitor": "Birame Diop", "host": "Sering Modou Njie", "place": "Banjul"},
           "ont signé lundi à Banjul un mémorandum d'entente", optional=True, note="implied trip to Banjul"),
     ])

# ---------------------------------------------------------------- r012
page(id="r012", site="koaci.com (KOACI)", noise="en (English edition links)",
     furniture="site name;edition/country selector;menu;rubric label;title;date line;byline initials;photo caption;share prompt;English links;ads label;comment prompt;more news list;footer",
     notes="H145M helicopters delivered to Armée de l'air (Airbus); French chief of defence staff's visit; armoured vehicle assembly plant planned in Abidjan (INDUSTRY)",
     meta={"date": "2026-04-16", "source": "KOACI", "author": "Y.K."},
     text="""
KOACI
Côte d'Ivoire | Burkina Faso | Mali | Sénégal | Togo | Bénin | Cameroun | Gabon
Actualités
Politique
Économie
Sécurité
Société
Sport
People
English edition
Côte d'Ivoire - Sécurité
§ Côte d'Ivoire : Deux hélicoptères H145M livrés aux FACI, visite du chef d'état-major français à Abidjan
Publié le jeudi 16 avril 2026 | © KOACI
Vue d'un H145M lors de sa présentation à la presse. (image d'illustration)
§ Les Forces armées de Côte d'Ivoire (FACI) ont pris livraison, mercredi 15 avril 2026, de deux hélicoptères Airbus H145M sur la base aérienne d'Abidjan. Ces appareils multirôles, commandés en 2024 auprès d'Airbus Helicopters, sont destinés à l'Armée de l'air et seront principalement engagés dans la surveillance des frontières nord.
§ La cérémonie de réception a été présidée par le ministre d'État, ministre de la Défense, Téné Birahima Ouattara, en présence du général de corps aérien Lassina Doumbia, chef d'état-major général des armées. Le coût de la commande, qui comprend la formation de huit pilotes et de seize techniciens, n'a pas été rendu public.
§ Le même jour, le chef d'état-major des armées françaises, le général Fabien Mandon, entamait une visite de deux jours à Abidjan. Reçu par le ministre Ouattara, il a visité l'Académie internationale de lutte contre le terrorisme (AILCT) de Jacqueville et s'est entretenu avec les responsables du 43e bataillon d'infanterie de marine (43e BIMa), désormais réduit à un détachement de liaison.
§ Selon une source proche du ministère, une société ivoirienne, Ivoire Défense Industrie, et le groupe sud-africain Paramount négocient par ailleurs l'implantation d'une ligne d'assemblage de véhicules blindés Mbombe 4 dans la zone industrielle de Yopougon. L'investissement annoncé atteindrait 25 milliards de FCFA.
§ Ce projet s'inscrit dans la loi de programmation militaire 2024-2030, qui prévoit de porter le budget de la défense à 2 % du produit intérieur brut.
Y.K.
Partager sur : Facebook | X | LinkedIn | WhatsApp
English edition
Ivory Coast takes delivery of two H145M helicopters
Publicité
Réagissez à cet article — Connectez-vous
Plus d'actualités
Yamoussoukro : lancement des travaux de l'autoroute du Nord, tronçon 3
Football : les Éléphants affrontent le Ghana en juin
KOACI.COM © 2026 - Tous droits réservés
""",
     ents="""
Côte d'Ivoire|LOC
H145M|WEAPON
Airbus H145M|WEAPON|H145M
FACI|ORG|Forces armées de Côte d'Ivoire
Abidjan|LOC
Forces armées de Côte d'Ivoire|ORG
mercredi 15 avril 2026|DATE
2024|DATE
Airbus Helicopters|ORG
Armée de l'air|ORG
Téné Birahima Ouattara|PERSON
Lassina Doumbia|PERSON
Fabien Mandon|PERSON
Ouattara|PERSON|Téné Birahima Ouattara
Académie internationale de lutte contre le terrorisme|ORG
AILCT|ORG|Académie internationale de lutte contre le terrorisme
Jacqueville|LOC
43e bataillon d'infanterie de marine|ORG
43e BIMa|ORG|43e bataillon d'infanterie de marine
Ivoire Défense Industrie|ORG
Paramount|ORG
Mbombe 4|WEAPON
Yopougon|LOC
25 milliards de FCFA|MONEY
2024-2030|DATE
""",
     events=[
         E("ARMS_TRANSFER", "delivered", ["H145M|Airbus H145M", "Forces armées de Côte d'Ivoire|FACI|Armée de l'air|Côte d'Ivoire", "Airbus Helicopters"],
           {"system": "H145M", "recipient": "FACI", "supplier": "Airbus Helicopters"},
           "Les Forces armées de Côte d'Ivoire (FACI) ont pris livraison, mercredi 15 avril 2026, de deux hélicoptères Airbus H145M"),
         E("VISIT", "done", ["Fabien Mandon", "Abidjan|Téné Birahima Ouattara|Côte d'Ivoire"],
           {"visitor": "Fabien Mandon", "host": "Téné Birahima Ouattara", "place": "Abidjan"},
           "le général Fabien Mandon, entamait une visite de deux jours à Abidjan"),
         E("INDUSTRY", "planned", ["Ivoire Défense Industrie|Paramount|Mbombe 4", "Yopougon|Côte d'Ivoire|Abidjan"],
           {"company": ["Ivoire Défense Industrie", "Paramount"], "product": "Mbombe 4", "place": "Yopougon"},
           "l'implantation d'une ligne d'assemblage de véhicules blindés Mbombe 4 dans la zone industrielle de Yopougon",
           key=["Ivoire Défense Industrie|Paramount|Mbombe 4", "Yopougon"]),
     ])

# ---------------------------------------------------------------- r013
page(id="r013", site="tchadinfos.com (Tchadinfos)", noise="ar (Arabic edition headlines)",
     furniture="site name;menu;AR edition link;rubric label;title;author+date line;photo caption+credit;Arabic headlines;share prompt;tags;related articles;newsletter;footer",
     notes="UAE donation of armoured vehicles (delivered); Hungarian minister's visit; Chad–Hungary defence agreement signed; Hungarian contingent deployment is not an event",
     meta={"date": "2025-07-23", "source": "Tchadinfos", "author": "Abdelkerim Mahamat"},
     text="""
tchadinfos.com
Le Tchad en temps réel
Accueil | Politique | Économie | Société | Sécurité | Sport | Culture | عربي
Sécurité
§ Défense : les Émirats offrent 50 blindés à l'armée tchadienne, la Hongrie signe un accord de coopération
Abdelkerim Mahamat — 23 juillet 2025
Les blindés alignés à la base aérienne Adji Kossei. Crédit : Tchadinfos
§ Un lot de cinquante véhicules blindés Nimr Ajban a été remis, lundi 21 juillet, aux Forces armées tchadiennes (FAT) à la base aérienne Adji Kossei de N'Djamena. Ce don des Émirats arabes unis, fabriqué par le groupe émirien Edge, a été réceptionné par le ministre des Armées, des Anciens combattants et des Victimes de guerre, Issakha Malloua Djamouss, en présence de l'ambassadeur émirien Rashid Saeed Al Shamsi.
§ Le ministre a remercié Abou Dhabi pour « un geste qui vient à point nommé », alors que l'armée fait face à des menaces sur ses frontières est et nord. Les véhicules seront affectés aux unités de la Direction générale des services de sécurité des institutions de l'État (DGSSIE) et aux bataillons déployés dans le Lac.
§ Le lendemain, le ministre hongrois de la Défense, Kristóf Szalay-Bobrovniczky, est arrivé à N'Djamena pour une visite officielle de 48 heures. Il a été reçu mardi par le président de la République, le maréchal Mahamat Idriss Déby Itno, au palais Rose.
§ À l'issue de l'audience, les deux ministres de la Défense ont signé un accord de coopération militaire entre le Tchad et la Hongrie. Il encadre la formation d'officiers tchadiens à l'Université nationale de la fonction publique Ludovika de Budapest et la présence d'une mission de conseil hongroise à N'Djamena.
§ La Hongrie a approuvé en novembre 2023 l'envoi de 200 militaires au Tchad pour appuyer la lutte contre le terrorisme. Un premier contingent est arrivé à N'Djamena au premier semestre 2024.
اقرأ أيضا
الإمارات تهدي الجيش التشادي 50 مدرعة
وزير الدفاع المجري في زيارة رسمية إلى انجامينا
Partager : Facebook | Twitter | WhatsApp
Tags : FAT, Émirats arabes unis, Hongrie, Défense
Articles similaires
Moundou : les enseignants suspendent leur grève
Abonnez-vous à la newsletter de Tchadinfos
© Tchadinfos 2025
""",
     ents="""
Émirats|LOC
Hongrie|LOC
Nimr Ajban|WEAPON
lundi 21 juillet|DATE
Forces armées tchadiennes|ORG
FAT|ORG|Forces armées tchadiennes
Adji Kossei|LOC
N'Djamena|LOC
Émirats arabes unis|LOC
Edge|ORG
Issakha Malloua Djamouss|PERSON
Rashid Saeed Al Shamsi|PERSON
Abou Dhabi|LOC
Direction générale des services de sécurité des institutions de l'État|ORG
DGSSIE|ORG|Direction générale des services de sécurité des institutions de l'État
Lac|LOC
Kristóf Szalay-Bobrovniczky|PERSON
Mahamat Idriss Déby Itno|PERSON
palais Rose|LOC
Tchad|LOC
Université nationale de la fonction publique Ludovika|ORG
Budapest|LOC
novembre 2023|DATE
premier semestre 2024|DATE
""",
     events=[
         E("ARMS_TRANSFER", "delivered", ["Nimr Ajban", "Forces armées tchadiennes|FAT|Tchad", "Émirats arabes unis|Edge|Abou Dhabi|Émirats"],
           {"system": "Nimr Ajban", "recipient": "FAT", "supplier": "Émirats arabes unis"},
           "Un lot de cinquante véhicules blindés Nimr Ajban a été remis, lundi 21 juillet, aux Forces armées tchadiennes (FAT)",
           key=["Nimr Ajban", "Forces armées tchadiennes|FAT", "Émirats arabes unis|Edge|Émirats"]),
         E("VISIT", "done", ["Kristóf Szalay-Bobrovniczky", "N'Djamena|Mahamat Idriss Déby Itno|Tchad"],
           {"visitor": "Kristóf Szalay-Bobrovniczky", "host": "Mahamat Idriss Déby Itno", "place": "N'Djamena"},
           "le ministre hongrois de la Défense, Kristóf Szalay-Bobrovniczky, est arrivé à N'Djamena pour une visite officielle de 48 heures"),
         E("AGREEMENT", "signed", ["Tchad", "Hongrie|Kristóf Szalay-Bobrovniczky"],
           {"party_a": "Tchad", "party_b": "Hongrie"},
           "les deux ministres de la Défense ont signé un accord de coopération militaire entre le Tchad et la Hongrie"),
     ])

# ---------------------------------------------------------------- r014
page(id="r014", site="journalducameroun.com (Journal du Cameroun)", noise="en (English 'JDC English' headlines)",
     furniture="site name;menu;rubric label;title;byline;date+update line;photo caption+credit;Lire aussi teaser;English headlines;share prompt;tags;comment form;footer",
     notes="two patrol boats from China delivered to Marine nationale; Obangame Express planned; Cameroon–Equatorial Guinea border security protocol signed; earlier Chinese boats (optional)",
     meta={"date": "2026-02-25", "source": "Journal du Cameroun", "author": "Paul-Erick Ngono"},
     text="""
Journal du Cameroun
JDC
Politique
Économie
Société
Sécurité
Sport
Culture
Afrique
JDC English
Sécurité
§ Cameroun : la Marine nationale renforcée par deux patrouilleurs chinois
Par Paul-Erick Ngono - 25 février 2026 - Mis à jour le 26 février 2026
Les deux navires amarrés à la base navale de Douala. © JDC
§ La Marine nationale camerounaise a réceptionné, le 23 février à la base navale de Douala, deux patrouilleurs côtiers construits par le chantier chinois Poly Technologies. Baptisés Ntem et Sanaga, les deux bâtiments de 38 mètres sont armés d'un canon de 30 mm et pourront embarquer une équipe d'abordage du Bataillon d'intervention rapide (BIR).
§ La cérémonie a été présidée par le ministre délégué à la présidence chargé de la Défense, Joseph Beti Assomo, en présence de l'ambassadeur de Chine, Wang Dong. Les deux unités ont été acquises dans le cadre d'une ligne de crédit chinoise de 18 milliards de FCFA signée en 2023.
Lire aussi : Golfe de Guinée : la piraterie en recul, selon le Bureau maritime international
§ Ils rejoignent les quatre vedettes livrées par le même constructeur en 2021, déjà engagées dans la surveillance de la presqu'île de Bakassi.
§ La Marine nationale participera par ailleurs, du 10 au 20 mars prochain, à l'exercice multinational Obangame Express, piloté par les États-Unis. Cette édition mobilisera une trentaine de pays du golfe de Guinée et d'Europe, avec des scénarios de lutte contre la piraterie et la pêche illicite.
§ Sur le plan bilatéral, Yaoundé et Malabo ont signé le 20 février un protocole d'accord sur la sécurité transfrontalière, qui prévoit des patrouilles mixtes le long de la frontière terrestre et maritime. Le document a été paraphé par Joseph Beti Assomo et son homologue équato-guinéen, Victoriano Nsue Okomo, à Ebebiyín.
§ Le vice-amiral Jean Mendoua, chef d'état-major de la Marine, a indiqué que la flotte devrait recevoir un troisième patrouilleur d'ici la fin de l'année.
JDC English
Cameroon Navy takes delivery of two Chinese-built patrol boats
Partager : Facebook | X | WhatsApp
Tags : Marine nationale, Douala, Chine, Obangame
Laisser un commentaire
© Journal du Cameroun 2026 – Tous droits réservés
""",
     ents="""
Cameroun|LOC
Marine nationale|ORG
Douala|LOC
23 février|DATE
Poly Technologies|ORG
Ntem|WEAPON
Sanaga|WEAPON
Bataillon d'intervention rapide|ORG
BIR|ORG|Bataillon d'intervention rapide
Joseph Beti Assomo|PERSON
Chine|LOC
Wang Dong|PERSON
18 milliards de FCFA|MONEY
2023|DATE
2021|DATE
Bakassi|LOC
10 au 20 mars prochain|DATE
États-Unis|LOC
golfe de Guinée|LOC
Europe|LOC
Yaoundé|LOC
Malabo|LOC
20 février|DATE
Victoriano Nsue Okomo|PERSON
Ebebiyín|LOC
Jean Mendoua|PERSON
Marine|ORG|Marine nationale
""",
     events=[
         E("ARMS_TRANSFER", "delivered", ["Ntem|Sanaga|patrouilleurs côtiers", "Marine nationale|Cameroun", "Poly Technologies|Chine"],
           {"system": ["Ntem", "Sanaga"], "recipient": "Marine nationale", "supplier": "Poly Technologies"},
           "La Marine nationale camerounaise a réceptionné, le 23 février à la base navale de Douala, deux patrouilleurs côtiers construits par le chantier chinois Poly Technologies",
           key=["Ntem|Sanaga", "Marine nationale", "Poly Technologies"]),
         E("ARMS_TRANSFER", "delivered", ["vedettes", "Marine nationale", "Poly Technologies|même constructeur"],
           {"system": "vedettes", "recipient": "Marine nationale"},
           "Ils rejoignent les quatre vedettes livrées par le même constructeur en 2021", optional=True, note="earlier lot"),
         E("ARMS_TRANSFER", "planned", ["troisième patrouilleur", "Marine"],
           {"system": "patrouilleur", "recipient": "Marine"},
           "la flotte devrait recevoir un troisième patrouilleur d'ici la fin de l'année", optional=True, note="vague announcement"),
         E("EXERCISE", "planned", ["Obangame Express"],
           {"name": "Obangame Express", "parties": ["Marine nationale", "États-Unis"]},
           "La Marine nationale participera par ailleurs, du 10 au 20 mars prochain, à l'exercice multinational Obangame Express"),
         E("AGREEMENT", "signed", ["Yaoundé|Joseph Beti Assomo|Cameroun", "Malabo|Victoriano Nsue Okomo"],
           {"party_a": "Yaoundé", "party_b": "Malabo"},
           "Yaoundé et Malabo ont signé le 20 février un protocole d'accord sur la sécurité transfrontalière",
           key=["Joseph Beti Assomo|Cameroun", "Victoriano Nsue Okomo"]),
     ])
