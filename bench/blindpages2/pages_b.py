"""blindpages2 part B (q007-q012): Tunisia and the Sahel / West Africa. Stories, officials and
most companies are invented; some real, well-known systems, companies and office holders appear."""
from common import page, E

# ---------------------------------------------------------------- q007
page(id="q007", site="kapitalis.com", noise="es (Spanish headlines block)",
     furniture="site name;menu;rubric label;byline;date line;photo caption+credit;share bar;Articles liés list;Spanish 'En español' headlines;comment prompt;footer",
     notes="US donation of four patrol boats to the Garde nationale (delivered); Africom commander's visit (done); Phoenix Express planned",
     meta={"date": "2025-05-08", "source": None, "author": "Yassine Mejri"},
     text="""
Kapitalis
Tunisie   Maghreb   Monde   Economie   Culture   Opinions   Sport
Politique
§ La Garde nationale reçoit quatre vedettes offertes par les États-Unis
Par Yassine Mejri - 8 mai 2025
Les vedettes lors de la cérémonie à La Goulette. (Ph. Ambassade des États-Unis à Tunis)
Partager : Facebook | Twitter | WhatsApp | E-mail
§ Quatre vedettes rapides de surveillance côtière de type Defiant 85, offertes par les États-Unis, ont été remises mercredi 7 mai à la Garde nationale tunisienne lors d'une cérémonie organisée au port de La Goulette.
§ D'une valeur totale de 17,5 millions de dollars, ces embarcations ont été financées par le programme d'assistance du département d'État. Elles seront affectées à la surveillance des côtes de Sfax et des îles Kerkennah, principales zones de départ des embarcations de migrants.
§ Depuis 2011, Washington a fourni à la Tunisie plus de 1,5 milliard de dollars d'assistance sécuritaire, dont des hélicoptères Black Hawk et des avions de surveillance C-208.
§ La cérémonie s'est déroulée en présence du ministre de l'Intérieur, Khaled Nouri, et de l'ambassadeur des États-Unis à Tunis, Joey Hood, qui a salué « un partenariat de sécurité de plus de soixante ans ».
§ La veille, le chef du commandement américain pour l'Afrique (Africom), le général Michael Langley, avait été reçu au siège du ministère de la Défense nationale par le ministre Khaled Sehili. Au cours de cette visite, sa troisième en Tunisie, les deux hommes ont évoqué la lutte antiterroriste et la sécurisation de la frontière avec la Libye.
§ Ils ont aussi confirmé que la Tunisie accueillerait en septembre prochain l'exercice naval multinational Phoenix Express 2025, qui doit réunir une douzaine de marines de la Méditerranée et d'Afrique.
Articles liés
Sfax : démantèlement d'un réseau de passeurs
Tunis : la foire internationale du livre ouvre ses portes
En español
Túnez recibe cuatro lanchas estadounidenses  ·  Argelia y Rusia, maniobras en el Mediterráneo  ·  Marruecos firma un memorando con Emiratos
Laissez un commentaire
Kapitalis © 2025 - Tous droits réservés
""",
     ents="""
Garde nationale|ORG
États-Unis|LOC
Defiant 85|WEAPON
mercredi 7 mai|DATE
La Goulette|LOC
17,5 millions de dollars|MONEY
2011|DATE
Washington|LOC
1,5 milliard de dollars|MONEY
Black Hawk|WEAPON
C-208|WEAPON
département d'État|ORG
Sfax|LOC
Kerkennah|LOC
Khaled Nouri|PERSON
Tunis|LOC
Joey Hood|PERSON
Africom|ORG|Africom
Michael Langley|PERSON
ministère de la Défense nationale|ORG
Khaled Sehili|PERSON
Tunisie|LOC
Libye|LOC
septembre prochain|DATE
Méditerranée|LOC
Afrique|LOC
""",
     events=[
         E("ARMS_TRANSFER", "delivered",
           ["Defiant 85|vedettes", "Garde nationale", "États-Unis|département d'État"],
           {"system": "Defiant 85", "recipient": "Garde nationale", "supplier": "États-Unis", "amount": "17,5 millions de dollars"},
           "Quatre vedettes rapides de surveillance côtière de type Defiant 85, offertes par les États-Unis, ont été remises mercredi 7 mai à la Garde nationale tunisienne",
           key=["Defiant 85", "Garde nationale", "États-Unis|département d'État"]),
         E("VISIT", "done",
           ["Michael Langley|Africom", "Khaled Sehili|ministère de la Défense nationale|Tunisie"],
           {"visitor": "Michael Langley", "host": "Khaled Sehili"},
           "le général Michael Langley, avait été reçu au siège du ministère de la Défense nationale par le ministre Khaled Sehili",
           key=["Michael Langley|Africom", "Khaled Sehili|ministère de la Défense nationale"]),
         E("EXERCISE", "planned",
           ["Phoenix Express 2025"],
           {"name": "Phoenix Express 2025", "place": "Tunisie"},
           "la Tunisie accueillerait en septembre prochain l'exercice naval multinational Phoenix Express 2025"),
         E("ARMS_TRANSFER", "delivered",
           ["Black Hawk|C-208", "Tunisie", "Washington"],
           {"system": ["Black Hawk", "C-208"], "recipient": "Tunisie", "supplier": "Washington", "amount": "1,5 milliard de dollars"},
           "Depuis 2011, Washington a fourni à la Tunisie plus de 1,5 milliard de dollars d'assistance sécuritaire",
           optional=True, note="aggregate of many deliveries"),
     ])

# ---------------------------------------------------------------- q008
page(id="q008", site="businessnews.com.tn", noise="none",
     furniture="site name;ticker of latest news;menu;rubric label;byline;date line;photo credit;reading count;comments with pseudonyms+dates;comment login prompt;same-rubric list;footer",
     notes="helicopter tender (planned); T-6C delivery postponed (ordered); MoU MDN-Dearsan (signed) + patrol boats built at Menzel Bourguiba (ongoing)",
     meta={"date": "2025-09-17", "source": None, "author": "Rym Chouk"},
     text="""
Business News
Dernières news :  La BCT maintient son taux directeur  -  Bourse de Tunis : le Tunindex termine en hausse  -  Météo : des pluies attendues sur le Nord
Economie   Entreprises   Politique   Société   Monde   Tech   Vidéos
Nation
§ Défense : un appel d'offres pour six hélicoptères et des patrouilleurs fabriqués localement
Par Rym Chouk - Publié le 17/09/2025 à 14:32
Crédit photo : MDN
Lu 2315 fois
§ Le ministère de la Défense nationale a lancé, le 15 septembre, un appel d'offres international pour l'acquisition de six hélicoptères de transport moyen destinés à l'Armée de l'air. Les offres sont attendues avant le 31 décembre 2025, selon l'avis publié par la Haute instance de la commande publique (HAICOP).
§ Le cahier des charges prévoit une capacité d'emport d'au moins quinze soldats équipés, une aptitude aux missions d'évacuation sanitaire et un volet de formation des pilotes et des mécaniciens en Tunisie. Le budget alloué n'a pas été communiqué.
§ Ce nouvel achat intervient alors que la livraison des deux derniers avions d'entraînement T-6C Texan II, commandés auprès de l'américain Textron Aviation, a été repoussée à 2026 en raison de retards chez le motoriste. Huit appareils de ce type ont été réceptionnés depuis 2023 sur la base de Sfax-Thyna. L'Armée de l'air exploite par ailleurs des hélicoptères UH-60M Black Hawk et des AB-205, dont une partie doit être retirée du service d'ici 2027.
§ Sur le plan industriel, l'Arsenal naval de Menzel Bourguiba poursuit la construction de trois patrouilleurs de 25 mètres, dont le premier doit être mis à l'eau au printemps. Le programme repose sur un transfert de technologie du chantier turc Dearsan, avec lequel le ministère a signé un protocole d'accord en mars dernier. Le coût du programme est évalué à 54 millions de dinars.
§ « Nous voulons que nos navires soient construits par des mains tunisiennes », a déclaré à Business News le directeur du chantier, le capitaine de vaisseau Fethi Laabidi.
Commentaires (2)
Gnoui — 17/09/2025 15:10
Enfin une bonne nouvelle pour Bizerte.
Zied — 17/09/2025 16:45
Et qui va payer tout cela ?
Vous devez être inscrit pour commenter. Se connecter
Dans la même rubrique
Kaïs Saïed reçoit le chef du gouvernement
Carburants : pas de pénurie, assure le ministère
© Business News 2025
""",
     ents="""
ministère de la Défense nationale|ORG
15 septembre|DATE
Armée de l'air|ORG
31 décembre 2025|DATE
Haute instance de la commande publique|ORG
HAICOP|ORG|Haute instance de la commande publique
Tunisie|LOC
T-6C Texan II|WEAPON|T-6C Texan II
Textron Aviation|ORG
2026|DATE
2023|DATE
Sfax-Thyna|LOC
UH-60M Black Hawk|WEAPON|UH-60M
AB-205|WEAPON
2027|DATE
Arsenal naval de Menzel Bourguiba|ORG
Dearsan|ORG
mars dernier|DATE
54 millions de dinars|MONEY
Business News|ORG
Fethi Laabidi|PERSON
""",
     events=[
         E("ARMS_TRANSFER", "planned",
           ["hélicoptères de transport moyen|hélicoptères", "ministère de la Défense nationale|Armée de l'air"],
           {"system": "hélicoptères de transport moyen", "recipient": "Armée de l'air"},
           "un appel d'offres international pour l'acquisition de six hélicoptères de transport moyen destinés à l'Armée de l'air",
           key=["hélicoptères de transport moyen|hélicoptères", "ministère de la Défense nationale|Armée de l'air"]),
         E("ARMS_TRANSFER", "ordered",
           ["T-6C Texan II", "Textron Aviation"],
           {"system": "T-6C Texan II", "supplier": "Textron Aviation"},
           "la livraison des deux derniers avions d'entraînement T-6C Texan II, commandés auprès de l'américain Textron Aviation, a été repoussée à 2026",
           note="recipient not named in the sentence (Tunisia implied)"),
         E("ARMS_TRANSFER", "reported",
           ["UH-60M Black Hawk|AB-205", "Armée de l'air"],
           {"system": ["UH-60M Black Hawk", "AB-205"], "recipient": "Armée de l'air"},
           "L'Armée de l'air exploite par ailleurs des hélicoptères UH-60M Black Hawk et des AB-205",
           optional=True, note="inventory statement, no transfer verb"),
         E("AGREEMENT", "signed",
           ["ministère|ministère de la Défense nationale", "Dearsan"],
           {"party_a": "ministère de la Défense nationale", "party_b": "Dearsan"},
           "du chantier turc Dearsan, avec lequel le ministère a signé un protocole d'accord en mars dernier",
           key=["ministère de la Défense nationale|ministère", "Dearsan"]),
         E("INDUSTRY", "ongoing",
           ["Arsenal naval de Menzel Bourguiba|Dearsan|patrouilleurs", "Menzel Bourguiba"],
           {"company": "Arsenal naval de Menzel Bourguiba", "partner": "Dearsan", "product": "patrouilleurs de 25 mètres", "place": "Menzel Bourguiba", "amount": "54 millions de dinars"},
           "l'Arsenal naval de Menzel Bourguiba poursuit la construction de trois patrouilleurs de 25 mètres",
           key=["Arsenal naval de Menzel Bourguiba|Dearsan", "Menzel Bourguiba"]),
     ])

# ---------------------------------------------------------------- q009
page(id="q009", site="malijet.com (L'Essor)", noise="none",
     furniture="site name;menu;breadcrumb;'Publié le … | source' line;photo caption;author at end;Facebook comments prompt;keywords;same-rubric list;ads label;footer",
     notes="Chinese armoured vehicles handed over (delivered); Aksungur drones ordered; minister's planned trip to Ankara (visit planned)",
     meta={"date": "2025-03-07", "source": "L'Essor", "author": "Mamadou Sissoko"},
     text="""
Malijet
Actualité du Mali sur Internet
Accueil   Politique   Sécurité   Économie   Société   Culture   Sport   International
Accueil » Actualités du Mali » Sécurité
§ Armée : un nouveau lot de blindés chinois pour les FAMa
Publié le vendredi 7 mars 2025  |  L'Essor
Le ministre Sadio Camara lors de la remise des clés à Kati
§ Le ministre de la Défense et des Anciens combattants, le général de corps d'armée Sadio Camara, a présidé jeudi 6 mars au camp militaire de Kati la cérémonie de réception d'un important lot de matériels roulants destiné aux Forces armées maliennes (FAMa).
§ Le lot comprend des véhicules blindés de transport de troupes VN22, des camions logistiques et des citernes, acquis auprès du constructeur chinois Norinco. Le chef d'état-major général des armées, le général de division Oumar Diarra, et l'ambassadeur de Chine au Mali, Chen Zhihong, ont assisté à la cérémonie.
§ Selon le ministre, ces acquisitions s'inscrivent dans la loi d'orientation et de programmation militaire (LOPM) et visent à « renforcer la mobilité et la protection de nos hommes sur le théâtre ». Le coût de l'ensemble n'a pas été précisé.
§ Le général Camara a par ailleurs indiqué que le Mali avait passé commande de drones Aksungur auprès de Turkish Aerospace, qui viendront compléter la flotte de drones armés déjà en service. Il est attendu à Ankara à la fin du mois pour une visite de travail, selon une source au ministère.
§ Le chef d'état-major de l'Armée de l'air, le général de brigade Alou Boi Diarra, a pour sa part indiqué que les FAMa avaient mené plus de 150 frappes aériennes depuis janvier dans les régions de Tombouctou et de Ménaka.
§ Pour rappel, l'État malien avait consacré en 2024 près de 230 milliards de francs CFA à l'équipement des forces de défense et de sécurité.
Mamadou Sissoko
Commentaires via Facebook :
Mots clés : FAMa, armée, équipements, Chine
Dans la même rubrique
Région de Mopti : les FAMa neutralisent plusieurs terroristes
Sikasso : la gendarmerie démantèle un réseau de trafiquants
PUBLICITÉ
© Malijet 2025
""",
     ents="""
FAMa|ORG|Forces armées maliennes
Sadio Camara|PERSON
Camara|PERSON|Sadio Camara
jeudi 6 mars|DATE
Kati|LOC
Forces armées maliennes|ORG
VN22|WEAPON
Norinco|ORG
Oumar Diarra|PERSON
Chine|LOC
Mali|LOC
Chen Zhihong|PERSON
Aksungur|WEAPON
Turkish Aerospace|ORG
Ankara|LOC
Armée de l'air|ORG
Alou Boi Diarra|PERSON
janvier|DATE
Tombouctou|LOC
Ménaka|LOC
2024|DATE
230 milliards de francs CFA|MONEY
""",
     events=[
         E("ARMS_TRANSFER", "delivered",
           ["VN22|véhicules blindés", "FAMa|Forces armées maliennes", "Norinco|Chine"],
           {"system": "VN22", "recipient": "Forces armées maliennes", "supplier": "Norinco"},
           "la cérémonie de réception d'un important lot de matériels roulants destiné aux Forces armées maliennes (FAMa)",
           key=["VN22", "FAMa|Forces armées maliennes", "Norinco"]),
         E("ARMS_TRANSFER", "ordered",
           ["Aksungur", "Mali", "Turkish Aerospace"],
           {"system": "Aksungur", "recipient": "Mali", "supplier": "Turkish Aerospace"},
           "le Mali avait passé commande de drones Aksungur auprès de Turkish Aerospace"),
         E("VISIT", "planned",
           ["Camara|Sadio Camara", "Ankara"],
           {"visitor": "Sadio Camara", "host": "Ankara"},
           "Il est attendu à Ankara à la fin du mois pour une visite de travail"),
     ])

# ---------------------------------------------------------------- q010
page(id="q010", site="lefaso.net", noise="none",
     furniture="site name+slogan;proverb of the day;'Publié le … à …min' date line;PARTAGER prompts (twice);duplicated title;credit line (site + source);reader comments 'Le … par X En réponse à'; footer",
     notes="Russian deputy minister received by Traoré (visit done) + MoU on training signed + planned ammunition plant at Bobo-Dioulasso",
     meta={"date": "2025-03-20", "source": "Lefaso.net", "author": None},
     text="""
LeFaso.net, l'actualité Burkinabé sur le net
Proverbe du Jour : « Le bois qui pourrit sous l'eau ne craint pas la pluie. » Proverbe mossi
Burkina : Le vice-ministre russe de la Défense reçu par le chef de l'État
Publié le jeudi 20 mars 2025 à 21h45min
PARTAGER :
§ Burkina : Le vice-ministre russe de la Défense reçu par le chef de l'État
§ Le chef de l'État, le capitaine Ibrahim Traoré, a accordé une audience dans l'après-midi du jeudi 20 mars 2025 à une délégation du ministère russe de la Défense conduite par le vice-ministre Iounous-Bek Evkourov, en séjour à Ouagadougou depuis le mardi 18 mars.
§ Au sortir de l'audience, le ministre d'État, ministre de la Défense et des Anciens combattants, le général de brigade Célestin Simporé, a indiqué que les échanges ont porté sur le renforcement des capacités opérationnelles des Forces armées nationales (FAN) et sur la formation des cadres.
§ La veille, les deux parties avaient signé à Ouagadougou un mémorandum d'entente relatif à la formation d'élèves officiers burkinabè dans les écoles militaires de la Fédération de Russie. Une première promotion de 60 cadets est attendue à Moscou dès la rentrée d'octobre.
§ Le ministre Simporé a également annoncé la construction prochaine, à Bobo-Dioulasso, d'une usine de munitions de petit calibre par la Société burkinabè des industries de défense (SOBID), une entreprise publique créée en 2024. Le projet, évalué à 18 milliards de FCFA, doit permettre de « réduire notre dépendance vis-à-vis de l'extérieur », selon lui.
§ Ce séjour intervient quelques semaines après l'arrivée à Ouagadougou d'un nouveau contingent de l'Africa Corps, en février 2025.
§ Le général Evkourov a salué « la détermination du peuple burkinabè » et réaffirmé la disponibilité de Moscou à accompagner le Burkina dans sa lutte contre le terrorisme.
Lefaso.net
Source : DCRP/Ministère de la Défense et des Anciens combattants
PARTAGER :
Vos commentaires
Le 21 mars 2025 à 08:14, par Wendkouni En réponse à : Burkina : Le vice-ministre russe de la Défense reçu par le chef de l'État
La patrie ou la mort, nous vaincrons !
Le 21 mars 2025 à 11:02, par Sidbewendé En réponse à : Burkina : Le vice-ministre russe de la Défense reçu par le chef de l'État
Une usine de munitions chez nous, c'est une très bonne chose.
""",
     ents="""
Burkina|LOC
Ibrahim Traoré|PERSON
jeudi 20 mars 2025|DATE
Iounous-Bek Evkourov|PERSON
Evkourov|PERSON|Iounous-Bek Evkourov
ministère russe de la Défense|ORG
Ouagadougou|LOC
mardi 18 mars|DATE
Célestin Simporé|PERSON
Simporé|PERSON|Célestin Simporé
Forces armées nationales|ORG
FAN|ORG|Forces armées nationales
Fédération de Russie|LOC
Moscou|LOC
octobre|DATE
Bobo-Dioulasso|LOC
Société burkinabè des industries de défense|ORG
SOBID|ORG|Société burkinabè des industries de défense
2024|DATE
18 milliards de FCFA|MONEY
Africa Corps|ORG
février 2025|DATE
""",
     events=[
         E("VISIT", "done",
           ["Iounous-Bek Evkourov|Evkourov|ministère russe de la Défense", "Ibrahim Traoré|Ouagadougou|Burkina"],
           {"visitor": "Iounous-Bek Evkourov", "host": "Ibrahim Traoré", "place": "Ouagadougou"},
           "a accordé une audience dans l'après-midi du jeudi 20 mars 2025 à une délégation du ministère russe de la Défense conduite par le vice-ministre Iounous-Bek Evkourov",
           key=["Iounous-Bek Evkourov|Evkourov", "Ibrahim Traoré"]),
         E("AGREEMENT", "signed",
           ["deux parties|Burkina|Célestin Simporé|Iounous-Bek Evkourov|Fédération de Russie"],
           {"parties": "les deux parties", "place": "Ouagadougou"},
           "les deux parties avaient signé à Ouagadougou un mémorandum d'entente relatif à la formation d'élèves officiers burkinabè",
           key=["Burkina|Célestin Simporé|Iounous-Bek Evkourov|Fédération de Russie"],
           note="only 'les deux parties' in the signing sentence: one group"),
         E("INDUSTRY", "planned",
           ["Société burkinabè des industries de défense|SOBID", "Bobo-Dioulasso"],
           {"company": "Société burkinabè des industries de défense", "product": "munitions de petit calibre", "place": "Bobo-Dioulasso", "amount": "18 milliards de FCFA"},
           "la construction prochaine, à Bobo-Dioulasso, d'une usine de munitions de petit calibre par la Société burkinabè des industries de défense (SOBID)"),
     ])

# ---------------------------------------------------------------- q011
page(id="q011", site="actuniger.com", noise="none",
     furniture="site name;menu;rubric label;date+author line;photo caption+credit;share buttons;tags;related posts (Sur le même sujet);comment form;footer",
     notes="Hürkuş aircraft received (delivered); AES joint exercise done (named); earlier ANKA drones background (optional)",
     meta={"date": "2025-04-03", "source": None, "author": None},
     text="""
ActuNiger
Actualité   Politique   Sécurité   Économie   Société   Sport   Culture
SÉCURITÉ
§ Les FAN réceptionnent deux avions d'attaque Hürkuş de fabrication turque
3 avril 2025 par La Rédaction
Les deux appareils sur le tarmac de la base aérienne 101 de Niamey. Photo : ONEP
Partager :  Facebook  WhatsApp  Twitter
§ Les Forces armées nigériennes (FAN) ont officiellement réceptionné mercredi 2 avril, sur la base aérienne 101 de Niamey, deux avions d'attaque légère Hürkuş-C fabriqués par Turkish Aerospace. La cérémonie était présidée par le ministre d'État, ministre de la Défense nationale, le général Salifou Mody, en présence de l'ambassadeur de Turquie au Niger.
§ Ces appareils biplaces, capables d'emporter roquettes et bombes guidées, sont destinés à l'appui aérien des unités engagées dans la zone des trois frontières. Ils viennent s'ajouter aux drones ANKA reçus en 2023.
§ La réception intervient au lendemain de la clôture de l'exercice conjoint « Yaaru Sahel 2025 », qui a réuni pendant dix jours, entre Tillabéri et Ayorou, des unités nigériennes, maliennes et burkinabè de la Force unifiée de l'Alliance des États du Sahel (AES). L'exercice a permis de tester la coordination des moyens aériens et terrestres des trois armées.
§ Les deux appareils seront déployés à Agadez, d'où ils pourront intervenir jusqu'à la frontière libyenne, puis à Diffa, près du lac Tchad.
§ « Nos forces disposent désormais d'outils adaptés à la menace », a affirmé le général Mody, qui a salué « la solidarité des pays frères ».
Tags : FAN, Turquie, Hürkuş, AES
Sur le même sujet
Niamey : lancement de la campagne de vaccination contre la méningite
Tahoua : les prix des céréales en baisse
Laisser un commentaire
Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *
© 2025 ActuNiger
""",
     ents="""
FAN|ORG|Forces armées nigériennes
Hürkuş|WEAPON
Forces armées nigériennes|ORG
mercredi 2 avril|DATE
Niamey|LOC
Hürkuş-C|WEAPON|Hürkuş
Turkish Aerospace|ORG
Salifou Mody|PERSON
Mody|PERSON|Salifou Mody
Turquie|LOC
Niger|LOC
ANKA|WEAPON
2023|DATE
Tillabéri|LOC
Ayorou|LOC
Agadez|LOC
Diffa|LOC
lac Tchad|LOC
Force unifiée de l'Alliance des États du Sahel|ORG
AES|ORG|Alliance des États du Sahel
""",
     events=[
         E("ARMS_TRANSFER", "delivered",
           ["Hürkuş-C|Hürkuş", "FAN|Forces armées nigériennes", "Turkish Aerospace|Turquie"],
           {"system": "Hürkuş-C", "recipient": "Forces armées nigériennes", "supplier": "Turkish Aerospace"},
           "Les Forces armées nigériennes (FAN) ont officiellement réceptionné mercredi 2 avril, sur la base aérienne 101 de Niamey, deux avions d'attaque légère Hürkuş-C fabriqués par Turkish Aerospace",
           key=["Hürkuş-C|Hürkuş", "FAN|Forces armées nigériennes", "Turkish Aerospace"]),
         E("EXERCISE", "done",
           ["Yaaru Sahel 2025"],
           {"name": "Yaaru Sahel 2025", "participants": "Force unifiée de l'Alliance des États du Sahel", "place": "Tillabéri"},
           "la clôture de l'exercice conjoint « Yaaru Sahel 2025 », qui a réuni pendant dix jours, entre Tillabéri et Ayorou"),
         E("ARMS_TRANSFER", "delivered",
           ["ANKA", "FAN|Forces armées nigériennes"],
           {"system": "ANKA", "recipient": "FAN"},
           "Ils viennent s'ajouter aux drones ANKA reçus en 2023.",
           optional=True, note="background mention of an earlier delivery"),
     ])

# ---------------------------------------------------------------- q012
page(id="q012", site="aps.sn", noise="en (language link)",
     furniture="agency name;language link;menu;rubric label;date line;dateline '(APS) -' in body;photo caption;agency initials credit line;tags;Lire aussi teaser;related dispatches;footer",
     notes="Senegal-Gambia exercise ongoing (named); Mauritanian CHOD visit planned + maritime security agreement planned; two C-295 ordered (amount in FCFA)",
     meta={"date": "2025-06-12", "source": "APS", "author": None},
     text="""
APS - Agence de Presse Sénégalaise
English
Actualités   Politique   Économie   Société   Régions   Sports   Culture   Vidéos
Sécurité
§ Début à Toubacouta de l'exercice « Kankurang 2025 » entre les armées sénégalaise et gambienne
Publié le 12/06/2025 à 17:40
Des militaires lors d'un exercice antérieur. (Archives)
§ Toubacouta, 12 juin (APS) - L'exercice militaire conjoint « Kankurang 2025 », qui réunit jusqu'au 20 juin des unités des Forces armées sénégalaises et des Gambia Armed Forces, a démarré mercredi dans le département de Foundiougne, a appris l'APS du chef de la Direction de l'information et des relations publiques des armées (DIRPA).
§ Quelque 600 soldats participent à ces manœuvres, qui portent sur la sécurisation de la frontière et la lutte contre les trafics dans le delta du Saloum, a précisé le colonel Ibrahima Sow. La précédente édition, en 2023, s'était déroulée à Kédougou, près de la frontière malienne.
§ Par ailleurs, le chef d'état-major général des armées de Mauritanie, le général Mokhtar Ould Bolla Chaabane, est attendu à Dakar la semaine prochaine pour une visite officielle de trois jours, à l'invitation de son homologue sénégalais, le général Mbaye Cissé. Un accord de coopération en matière de sécurité maritime devrait être signé à cette occasion entre les deux pays.
§ La surveillance maritime est également au cœur du programme d'équipement des armées. L'Armée de l'air a commandé en début d'année deux avions de patrouille maritime C-295 auprès d'Airbus, pour un montant de 48 milliards de francs CFA, a rappelé le colonel Sow. Leur livraison est prévue en 2027.
Lire aussi : Sécurité maritime : la Marine nationale intercepte une pirogue au large de Saint-Louis
AKS/OID/ASG
Tags : Armée  Gambie  Mauritanie  Sécurité
Dépêches liées
Kaolack : démarrage de la campagne de commercialisation de l'arachide
Ziguinchor : remise de matériel agricole aux producteurs
© APS 2025
""",
     ents="""
Toubacouta|LOC
12 juin|DATE
20 juin|DATE
Forces armées sénégalaises|ORG
Gambia Armed Forces|ORG
Foundiougne|LOC
APS|ORG|Agence de Presse Sénégalaise
Direction de l'information et des relations publiques des armées|ORG
DIRPA|ORG|Direction de l'information et des relations publiques des armées
Saloum|LOC
Ibrahima Sow|PERSON
Sow|PERSON|Ibrahima Sow
2023|DATE
Kédougou|LOC
Mauritanie|LOC
Mokhtar Ould Bolla Chaabane|PERSON
Dakar|LOC
Mbaye Cissé|PERSON
Armée de l'air|ORG
C-295|WEAPON
Airbus|ORG
48 milliards de francs CFA|MONEY
2027|DATE
""",
     events=[
         E("EXERCISE", "ongoing",
           ["Kankurang 2025"],
           {"name": "Kankurang 2025", "participants": ["Forces armées sénégalaises", "Gambia Armed Forces"], "place": "Toubacouta"},
           "L'exercice militaire conjoint « Kankurang 2025 », qui réunit jusqu'au 20 juin des unités des Forces armées sénégalaises et des Gambia Armed Forces, a démarré mercredi"),
         E("EXERCISE", "done",
           ["précédente édition|Kédougou"],
           {"name": "précédente édition", "place": "Kédougou"},
           "La précédente édition, en 2023, s'était déroulée à Kédougou",
           optional=True, note="earlier edition of the same exercise, mentioned in passing"),
         E("VISIT", "planned",
           ["Mokhtar Ould Bolla Chaabane|Mauritanie", "Dakar|Mbaye Cissé"],
           {"visitor": "Mokhtar Ould Bolla Chaabane", "host": "Mbaye Cissé", "place": "Dakar"},
           "le général Mokhtar Ould Bolla Chaabane, est attendu à Dakar la semaine prochaine pour une visite officielle de trois jours",
           key=["Mokhtar Ould Bolla Chaabane", "Dakar|Mbaye Cissé"]),
         E("AGREEMENT", "planned",
           ["deux pays|Mauritanie|Mokhtar Ould Bolla Chaabane|Mbaye Cissé"],
           {"parties": "les deux pays"},
           "Un accord de coopération en matière de sécurité maritime devrait être signé à cette occasion entre les deux pays.",
           key=["Mauritanie|Mokhtar Ould Bolla Chaabane|Mbaye Cissé"]),
         E("ARMS_TRANSFER", "ordered",
           ["C-295", "Armée de l'air", "Airbus"],
           {"system": "C-295", "recipient": "Armée de l'air", "supplier": "Airbus", "amount": "48 milliards de francs CFA"},
           "L'Armée de l'air a commandé en début d'année deux avions de patrouille maritime C-295 auprès d'Airbus"),
     ])
