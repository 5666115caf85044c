"""Blind page set, part B (b005-b008)."""
from build_pages_a import PAGES, page  # noqa: F401

# ---------------------------------------------------------------- b005
page(id="b005", site="lorientlejour.com", noise="ar (rubric list), en (live ticker label)",
     furniture="site name;login/subscribe links;menu;live ticker;rubric label;byline+date;photo caption+credit;comments reserved to subscribers;same-rubric list;Arabic headlines;footer",
     notes="French donation of VAB Mk3 delivered + second lot planned (separate lot); French CEMA visit planned; ceasefire, Qatari salary aid and US funding are non-events",
     meta={"date": "2026-01-12", "source": "L'Orient-Le Jour", "author": "Rania Haddad",
           "title": "La France livre 25 blindés VAB Mk3 à l'armée libanaise"},
     text="""L'Orient-Le Jour
Se connecter | S'abonner
Liban   Moyen-Orient   Monde   Économie   Culture   Sport   Podcasts   Idées
EN DIRECT  Sud : un drone frappe une voiture près de Bint Jbeil ● Bourse de Beyrouth : séance sans changement ● Municipales : la liste du Courant patriotique dévoilée
LIBAN
§ La France livre 25 blindés VAB Mk3 à l'armée libanaise
§ Les véhicules, financés par Paris, doivent équiper les unités déployées au Liban-Sud.
OLJ / Par Rania Haddad, le 12 janvier 2026 à 15h20
Des blindés VAB au port de Beyrouth. Photo d'illustration Armée libanaise/X
§ L'armée libanaise a réceptionné lundi au port de Beyrouth un lot de 25 véhicules blindés de transport de troupes VAB Mk3, fabriqués par Arquus et offerts par la France, a annoncé le commandement de l'armée dans un communiqué. La cérémonie s'est déroulée en présence de l'ambassadeur de France, Hervé Mathelin, et du général Joseph Nakhlé, chef de la logistique.
§ Ces véhicules sont destinés aux brigades déployées au sud du Litani, où l'armée doit renforcer sa présence dans le cadre du cessez-le-feu de novembre 2024. Un second lot de 20 VAB doit suivre d'ici à l'été, selon une source militaire.
§ Par ailleurs, le chef d'état-major des armées françaises, le général Thierry Brossard, est attendu à Beyrouth la semaine prochaine pour une visite de deux jours, au cours de laquelle il doit rencontrer le commandant en chef de l'armée, le général Rodolphe Haykal, ainsi que le commandant de la Finul.
§ Le Qatar continue pour sa part de verser une aide mensuelle destinée aux salaires des militaires, tandis que les États-Unis ont annoncé en décembre une enveloppe de 117 millions de dollars pour soutenir les forces de sécurité libanaises.
§ « Ces blindés amélioreront notre mobilité et la protection de nos soldats sur le terrain », a déclaré le général Nakhlé lors de la cérémonie, soulignant que les équipes de maintenance avaient été formées en France au cours de l'automne.
§ Les soldats libanais, dont les soldes ont fortement chuté depuis la crise financière, dépendent largement de l'aide internationale pour le fonctionnement quotidien des casernes et l'entretien des véhicules.
Commentaires (3)
Les commentaires sont réservés aux abonnés. Abonnez-vous dès 1 $ le premier mois.
Dans la même rubrique
Électricité : EDL annonce une hausse de l'alimentation
Rentrée scolaire : les écoles publiques rouvrent leurs portes
أخبار لبنان: جلسة لمجلس الوزراء الأسبوع المقبل
© 2026 L'Orient-Le Jour. Tous droits réservés.
""",
     ents=[("France", "LOC", None), ("Paris", "LOC", None), ("Liban-Sud", "LOC", None),
           ("Beyrouth", "LOC", None), ("VAB Mk3", "WEAPON", "VAB Mk3"), ("VAB", "WEAPON", "VAB"),
           ("Arquus", "ORG", "Arquus"), ("Hervé Mathelin", "PERSON", "Hervé Mathelin"),
           ("Joseph Nakhlé", "PERSON", "Joseph Nakhlé"), ("Nakhlé", "PERSON", "Joseph Nakhlé"),
           ("Litani", "LOC", None), ("novembre 2024", "DATE", None),
           ("Thierry Brossard", "PERSON", "Thierry Brossard"), ("Rodolphe Haykal", "PERSON", "Rodolphe Haykal"),
           ("Finul", "ORG", "Finul"), ("Qatar", "LOC", None), ("États-Unis", "LOC", None),
           ("décembre", "DATE", None), ("117 millions de dollars", "MONEY", None)],
     events=[
        dict(type="ARMS_TRANSFER", must=["VAB Mk3|VAB", "armée libanaise", "France|Arquus|Paris"],
             key=["VAB Mk3", "armée libanaise", "France|Arquus"], status="delivered",
             slots={"system": "VAB Mk3", "recipient": "armée libanaise", "supplier": "France"},
             evidence="L'armée libanaise a réceptionné lundi au port de Beyrouth un lot de 25 véhicules blindés de transport de troupes VAB Mk3, fabriqués par Arquus et offerts par la France"),
        dict(type="ARMS_TRANSFER", must=["VAB", "armée|armée libanaise"], key=["VAB", "armée libanaise"], status="planned",
             slots={"system": "VAB", "recipient": "armée libanaise"},
             evidence="Un second lot de 20 VAB doit suivre d'ici à l'été", note="separate lot"),
        dict(type="VISIT", must=["Thierry Brossard", "Beyrouth|Rodolphe Haykal"], key=["Thierry Brossard", "Beyrouth|Rodolphe Haykal"],
             status="planned", slots={"visitor": "Thierry Brossard", "host": "Rodolphe Haykal", "place": "Beyrouth"},
             evidence="le général Thierry Brossard, est attendu à Beyrouth la semaine prochaine pour une visite de deux jours"),
     ])

# ---------------------------------------------------------------- b006
page(id="b006", site="maliweb.net (L'Essor feed)", noise="en (ticker items)",
     furniture="site name;menu;inline ticker (bullet separators, FR/EN);'Publié le … par' source line;photo caption;Lire aussi teaser;comment form prompt;most-read list;source line",
     notes="Akinci delivered; Mali-Turkey framework agreement signed; Hürkuş delivered; TB2 inventory optional; drone strikes non-event",
     meta={"date": "2026-03-05", "source": "L'Essor", "author": None,
           "title": "Défense : de nouveaux drones Akinci pour les FAMa"},
     text="""maliweb.net
Accueil   Actualité   Politique   Société   Sécurité   Économie   Sport   Culture
À LA UNE • CAN 2027 : les Aigles en stage à Bamako • Gold prices hit a new record in Bamako • Coupures d'électricité : EDM promet un retour à la normale • Mali: new school year postponed in northern regions •
Défense : de nouveaux drones Akinci pour les FAMa
Publié le 5 mars 2026 par L'Essor
§ Défense : de nouveaux drones Akinci pour les FAMa
Un drone Akinci sur le tarmac de Sénou
§ Bamako, 4 mars 2026 – Un nouveau lot de drones de combat Bayraktar Akinci est arrivé mardi soir sur la base aérienne de Sénou, à Bamako. L'appareil, fabriqué par l'entreprise turque Baykar, rejoint la flotte des Forces armées maliennes (FAMa), qui exploitent déjà des TB2 depuis 2022.
§ La réception s'est déroulée en présence du ministre de la Défense et des Anciens combattants, le général Sadio Camara, et du chef d'état-major général des armées, le général Oumar Diarra. Le nombre d'appareils livrés n'a pas été précisé ; des sources sécuritaires évoquent deux Akinci.
§ Cette livraison intervient quelques semaines après la signature à Ankara, le 9 février, d'un accord-cadre de coopération militaire entre le Mali et la Turquie, portant sur la formation, la maintenance des aéronefs et l'échange de renseignements. Le texte a été paraphé par le général Camara et par le ministre turc de la Défense nationale, Yaşar Güler.
Lire aussi : Kayes : la route nationale 1 réhabilitée sur 80 kilomètres
§ Selon l'état-major, les drones ont conduit ces derniers jours plusieurs frappes contre des positions terroristes dans la région de Tombouctou et près de la frontière mauritanienne, neutralisant « plusieurs dizaines » d'assaillants.
§ Depuis le départ des forces françaises en 2022, Bamako s'est tourné vers la Russie et la Turquie pour équiper son armée. Outre les drones, le Mali a reçu des avions d'entraînement et d'attaque légère Hürkuş, dont les premiers exemplaires ont été livrés par Turkish Aerospace en 2025, selon des images diffusées par l'armée.
§ Pour les autorités de la transition, ces acquisitions traduisent la volonté de « doter l'armée des moyens de sa montée en puissance », une formule répétée lors de chaque cérémonie de réception.
Source : L'Essor
Laisser un commentaire
Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *
Les plus lus
Sikasso : un camion-citerne se renverse sur la RN7
Examens : le DEF fixé au mois de juin
""",
     ents=[("Akinci", "WEAPON", "Bayraktar Akinci"), ("Bayraktar Akinci", "WEAPON", "Bayraktar Akinci"),
           ("FAMa", "ORG", "Forces armées maliennes"), ("Forces armées maliennes", "ORG", "Forces armées maliennes"),
           ("Bamako", "LOC", None), ("4 mars 2026", "DATE", None), ("Sénou", "LOC", None),
           ("Baykar", "ORG", "Baykar"), ("TB2", "WEAPON", "Bayraktar TB2"), ("2022", "DATE", None),
           ("Sadio Camara", "PERSON", "Sadio Camara"), ("Camara", "PERSON", "Sadio Camara"),
           ("Oumar Diarra", "PERSON", "Oumar Diarra"), ("Ankara", "LOC", None), ("9 février", "DATE", None),
           ("Mali", "LOC", None), ("Turquie", "LOC", None),
           ("Yaşar Güler", "PERSON", "Yaşar Güler"), ("Tombouctou", "LOC", None), ("Russie", "LOC", None),
           ("Hürkuş", "WEAPON", "Hürkuş"), ("Turkish Aerospace", "ORG", "Turkish Aerospace"), ("2025", "DATE", None)],
     events=[
        dict(type="ARMS_TRANSFER", must=["Akinci|Bayraktar Akinci", "Forces armées maliennes|FAMa|Mali|Bamako", "Baykar"],
             key=["Akinci|Bayraktar Akinci", "Forces armées maliennes|FAMa", "Baykar"], status="delivered",
             slots={"system": "Bayraktar Akinci", "recipient": "FAMa", "supplier": "Baykar"},
             evidence="Un nouveau lot de drones de combat Bayraktar Akinci est arrivé mardi soir sur la base aérienne de Sénou"),
        dict(type="AGREEMENT", must=["Mali|Sadio Camara|Camara", "Turquie|Yaşar Güler"], key=["Mali|Camara", "Turquie|Yaşar Güler"],
             status="signed", slots={"party1": "Mali", "party2": "Turquie"},
             evidence="la signature à Ankara, le 9 février, d'un accord-cadre de coopération militaire entre le Mali et la Turquie"),
        dict(type="ARMS_TRANSFER", must=["Hürkuş", "Mali", "Turkish Aerospace"], key=["Hürkuş", "Mali", "Turkish Aerospace"],
             status="delivered", slots={"system": "Hürkuş", "recipient": "Mali", "supplier": "Turkish Aerospace"},
             evidence="le Mali a reçu des avions d'entraînement et d'attaque légère Hürkuş, dont les premiers exemplaires ont été livrés par Turkish Aerospace en 2025"),
        dict(type="ARMS_TRANSFER", must=["TB2", "Forces armées maliennes|FAMa"], key=["TB2", "FAMa"], status="delivered",
             slots={"system": "TB2", "recipient": "FAMa"}, evidence="qui exploitent déjà des TB2 depuis 2022",
             optional=True, note="inventory statement"),
     ])

# ---------------------------------------------------------------- b007
page(id="b007", site="seneweb.com (APS dispatch)", noise="en (ticker)",
     furniture="site name;menu;rubric label;byline (agency)+date line;share prompt;photo caption+credit;tags;comment count+react prompt;same-category list;English ticker;footer",
     notes="third OPV 58 S 'Ndiadiane' from Piriou delivered (3-ship contract = one transfer); Senegal-Spain maritime MoU signed; Grand African Nemo planned; Ndiadiane ship name WEAPON (not used as place in this content)",
     meta={"date": "2026-06-17", "source": "APS", "author": None,
           "title": "La Marine nationale réceptionne son troisième patrouilleur OPV 58 S"},
     text="""Seneweb
Actualités   Politique   Économie   Sport   People   Vidéos   Sécurité
Sécurité
§ La Marine nationale réceptionne son troisième patrouilleur OPV 58 S
Par APS | Publié le 17 juin 2026 à 10h15
Partager sur Facebook | Partager sur X | Envoyer par WhatsApp
Le patrouilleur Ndiadiane à son arrivée à Dakar (Photo : DIRPA)
§ Dakar, 16 juin (APS) – Le patrouilleur de haute mer Ndiadiane, troisième et dernier bâtiment de type OPV 58 S commandé au chantier français Piriou, est arrivé lundi à la base navale Amiral Faye Gassama de Dakar, a constaté l'APS. Il a été accueilli par le chef d'état-major de la Marine nationale, le contre-amiral Abdou Sène, et par plusieurs officiers supérieurs.
§ Selon la Direction de l'information et des relations publiques des armées, l'équipage du Ndiadiane, composé de 45 marins, a suivi plusieurs mois de formation à Concarneau avant d'entreprendre la traversée vers Dakar, avec une escale technique aux Canaries.
§ Long de 62 mètres, le Ndiadiane est armé d'un canon de 76 mm et peut embarquer des missiles antinavires Marte Mk2/N de MBDA. Les deux premiers patrouilleurs de la série avaient été livrés en 2023 et 2024. Le contrat, signé en 2019, avait été estimé à plus de 150 millions d'euros.
§ Le Sénégal entend ainsi renforcer la surveillance de sa zone économique exclusive, où doivent bientôt entrer en production des gisements pétroliers et gaziers offshore, et lutter contre la pêche illicite.
§ En marge de la cérémonie, le ministre des Forces armées, Birame Diop, a signé avec l'ambassadeur d'Espagne, Ramón Ortega Lázaro, un mémorandum d'entente sur la sécurité maritime prévoyant des patrouilles conjointes et la formation de marins sénégalais en Espagne.
§ Le Ndiadiane devrait participer dès octobre à l'exercice naval multinational Grand African Nemo, organisé chaque année par la France dans le golfe de Guinée avec les marines des pays riverains.
Tags : Marine  Défense  Piriou
0 commentaire  Réagissez à cet article
Dans la même catégorie
Kolda : saisie de 300 kg de chanvre indien
Thiès : la gendarmerie démantèle un réseau de passeurs
TRENDING: Senegal's first offshore gas cargo leaves Saint-Louis
© Seneweb 2026
""",
     ents=[("Marine nationale", "ORG", "Marine nationale"), ("OPV 58 S", "WEAPON", "OPV 58 S"),
           ("Dakar", "LOC", None), ("16 juin", "DATE", None), ("APS", "ORG", "APS"), ("Ndiadiane", "WEAPON", "Ndiadiane"),
           ("Piriou", "ORG", "Piriou"), ("Amiral Faye Gassama", "LOC", None), ("Abdou Sène", "PERSON", "Abdou Sène"),
           ("Marte Mk2/N", "WEAPON", "Marte Mk2/N"), ("MBDA", "ORG", "MBDA"), ("2023", "DATE", None),
           ("2024", "DATE", None), ("2019", "DATE", None), ("150 millions d'euros", "MONEY", None),
           ("Sénégal", "LOC", None), ("Direction de l'information et des relations publiques des armées", "ORG", "Direction de l'information et des relations publiques des armées"), ("Concarneau", "LOC", None), ("Canaries", "LOC", None), ("Birame Diop", "PERSON", "Birame Diop"), ("Espagne", "LOC", None),
           ("Ramón Ortega Lázaro", "PERSON", "Ramón Ortega Lázaro"), ("octobre", "DATE", None),
           ("France", "LOC", None), ("golfe de Guinée", "LOC", None)],
     events=[
        dict(type="ARMS_TRANSFER", must=["Ndiadiane|OPV 58 S|patrouilleur", "Marine nationale|Sénégal", "Piriou"],
             key=["Ndiadiane|OPV 58 S", "Marine nationale", "Piriou"], status="delivered",
             slots={"system": "OPV 58 S", "recipient": "Marine nationale", "supplier": "Piriou"},
             evidence="Le patrouilleur de haute mer Ndiadiane, troisième et dernier bâtiment de type OPV 58 S commandé au chantier français Piriou, est arrivé lundi",
             note="three-ship contract of 2019, earlier ships delivered 2023/2024: one transfer"),
        dict(type="AGREEMENT", must=["Birame Diop|Sénégal", "Ramón Ortega Lázaro|Espagne"],
             key=["Birame Diop", "Ramón Ortega Lázaro|Espagne"], status="signed",
             slots={"party1": "Birame Diop", "party2": "Ramón Ortega Lázaro"},
             evidence="Birame Diop, a signé avec l'ambassadeur d'Espagne, Ramón Ortega Lázaro, un mémorandum d'entente sur la sécurité maritime"),
        dict(type="EXERCISE", must=["Grand African Nemo"], key=["Grand African Nemo"], status="planned",
             slots={"name": "Grand African Nemo"},
             evidence="Le Ndiadiane devrait participer dès octobre à l'exercice naval multinational Grand African Nemo"),
     ])

# ---------------------------------------------------------------- b008
page(id="b008", site="news.abidjan.net (Fraternité Matin)", noise="none",
     furniture="site name;login link;menu;breadcrumb;source+date line;photo caption+credit;share counts;keywords;related list;newsletter prompt;footer",
     notes="minister's visit to Turkey done; Cobra II under negotiation; TB2 interest optional; Arma delivered 2023; 2021 framework accord background (one party group)",
     meta={"date": "2026-11-20", "source": "Fraternité Matin", "author": "Koffi N'Guessan",
           "title": "Coopération militaire : le ministre de la Défense en visite de travail en Turquie"},
     text="""Abidjan.net
Connexion | Créer un compte
Actualités   Politique   Économie   Société   Sport   Culture   Annonces
Accueil > News > Politique
§ Coopération militaire : le ministre de la Défense en visite de travail en Turquie
Publié le vendredi 20 novembre 2026 | Fraternité Matin
Par Koffi N'Guessan
La délégation ivoirienne reçue à Ankara © Ministère de la Défense
§ Le ministre d'État, ministre de la Défense, Adama Koné-Traoré, a achevé jeudi une visite de travail de quatre jours en Turquie, à l'invitation de son homologue Yaşar Güler. La délégation ivoirienne, qui comprenait le chef d'état-major général des armées, le général Lassina Doumbia, a été reçue au ministère turc de la Défense nationale, à Ankara.
§ Au cœur des échanges figurait l'acquisition par les Forces armées de Côte d'Ivoire (FACI) d'une cinquantaine de véhicules blindés Cobra II du constructeur Otokar, destinés aux unités déployées dans le nord du pays. Les négociations, entamées à l'automne, se poursuivent sur le financement et le calendrier de livraison, a indiqué une source proche du dossier.
§ La délégation a également visité les installations de Baykar à Istanbul et de Turkish Aerospace à Ankara. Selon nos informations, Abidjan s'intéresse aux drones Bayraktar TB2, sans qu'aucune demande formelle n'ait été transmise à ce stade.
§ La Côte d'Ivoire a déjà acquis ces dernières années plusieurs équipements turcs, dont des véhicules Otokar Arma livrés en 2023 aux forces terrestres. Les deux pays ont par ailleurs signé en 2021 un accord-cadre de coopération militaire, dont le comité de suivi s'est réuni pour la première fois à l'occasion de cette visite.
§ « La Turquie est un partenaire fiable, qui offre des équipements éprouvés à des conditions compétitives », a déclaré le ministre à l'issue de son séjour, en promettant des annonces « dans les prochains mois ».
§ Aucune information n'a filtré sur le coût des blindés ni sur le nombre exact de véhicules concernés, les deux parties invoquant la confidentialité des discussions.
Partager : 12   Tweeter : 4
Mots-clés : Défense  Turquie  FACI
Articles liés
Yamoussoukro : les travaux du nouveau stade avancent
Bouaké : remise de kits scolaires aux élèves
Recevez notre newsletter quotidienne
© Abidjan.net 2026 - Tous droits réservés
""",
     ents=[("Adama Koné-Traoré", "PERSON", "Adama Koné-Traoré"), ("Turquie", "LOC", None),
           ("Yaşar Güler", "PERSON", "Yaşar Güler"), ("Lassina Doumbia", "PERSON", "Lassina Doumbia"),
           ("ministère turc de la Défense nationale", "ORG", "ministère turc de la Défense nationale"),
           ("Ankara", "LOC", None), ("Forces armées de Côte d'Ivoire", "ORG", "Forces armées de Côte d'Ivoire"),
           ("FACI", "ORG", "Forces armées de Côte d'Ivoire"), ("Cobra II", "WEAPON", "Cobra II"),
           ("Otokar", "ORG", "Otokar"), ("Baykar", "ORG", "Baykar"),
           ("Istanbul", "LOC", None), ("Turkish Aerospace", "ORG", "Turkish Aerospace"), ("Abidjan", "LOC", None),
           ("Bayraktar TB2", "WEAPON", "Bayraktar TB2"), ("Côte d'Ivoire", "LOC", None),
           ("Otokar Arma", "WEAPON", "Arma"), ("2023", "DATE", None), ("2021", "DATE", None)],
     events=[
        dict(type="VISIT", must=["Adama Koné-Traoré|délégation ivoirienne", "Turquie|Ankara|Yaşar Güler"],
             key=["Adama Koné-Traoré", "Turquie|Ankara|Yaşar Güler"], status="done",
             slots={"visitor": "Adama Koné-Traoré", "host": "Yaşar Güler", "place": "Turquie"},
             evidence="Adama Koné-Traoré, a achevé jeudi une visite de travail de quatre jours en Turquie, à l'invitation de son homologue Yaşar Güler"),
        dict(type="ARMS_TRANSFER", must=["Cobra II", "Forces armées de Côte d'Ivoire|FACI", "Otokar"],
             key=["Cobra II", "Forces armées de Côte d'Ivoire|FACI", "Otokar"], status="negotiating",
             slots={"system": "Cobra II", "recipient": "FACI", "supplier": "Otokar"},
             evidence="l'acquisition par les Forces armées de Côte d'Ivoire (FACI) d'une cinquantaine de véhicules blindés Cobra II du constructeur Otokar, destinés aux unités déployées dans le nord du pays. Les négociations [...] se poursuivent"),
        dict(type="ARMS_TRANSFER", must=["Bayraktar TB2", "Abidjan"], key=["Bayraktar TB2", "Abidjan"], status="planned",
             slots={"system": "Bayraktar TB2", "recipient": "Abidjan"},
             evidence="Abidjan s'intéresse aux drones Bayraktar TB2, sans qu'aucune demande formelle n'ait été transmise",
             optional=True, note="interest only"),
        dict(type="ARMS_TRANSFER", must=["Otokar Arma|Arma", "Côte d'Ivoire|forces terrestres"], key=["Otokar Arma", "Côte d'Ivoire"],
             status="delivered", slots={"system": "Otokar Arma", "recipient": "Côte d'Ivoire", "supplier": "Otokar"},
             evidence="des véhicules Otokar Arma livrés en 2023 aux forces terrestres"),
        dict(type="AGREEMENT", must=["deux pays|Côte d'Ivoire|Turquie"], key=["deux pays"], status="signed",
             slots={"parties": "Les deux pays"},
             evidence="Les deux pays ont par ailleurs signé en 2021 un accord-cadre de coopération militaire"),
     ])
