# Main texts of the wider-web fixtures, written for Vigie (not copied from any site).
# Each entry: (slug, language, title, paragraphs, list items or None, list kind)
CONTENTS = [
 ("marche-bamako", "fr", "Le grand marché de Bamako se reconstruit après l'incendie", [
  "Trois mois après l'incendie qui a ravagé une partie du grand marché de Bamako, les commerçants ont commencé à reconstruire leurs étals avec des matériaux moins inflammables.",
  "La mairie du district a promis un plan de relogement provisoire, mais beaucoup de vendeuses de tissus disent n'avoir reçu aucune aide à ce jour.",
  "Aminata Coulibaly vend du bazin depuis vingt ans au même endroit. Elle raconte avoir tout perdu en une nuit, stock et économies compris.",
  "« An bɛ baara kɛ ka taa a fɛ », répète-t-elle en bambara, nous allons travailler et continuer, malgré les dettes contractées auprès des grossistes.",
  "Les pompiers avaient mis plus de quatre heures à maîtriser le feu, faute d'accès pour les camions dans les allées encombrées du marché.",
  "Une commission d'enquête doit rendre ses conclusions avant la fin du mois, selon le ministère de la Sécurité.",
 ], None, None),
 ("pluies-dakar", "fr", "À Dakar, les premières pluies révèlent les failles de l'assainissement", [
  "Il a suffi d'une averse de deux heures pour que plusieurs quartiers de la banlieue de Dakar se retrouvent sous les eaux ce week-end.",
  "À Keur Massar, des familles ont passé la nuit sur les toits en attendant que l'eau se retire, selon des habitants joints par téléphone.",
  "Le gouvernement avait annoncé l'an dernier un programme de drainage de plusieurs dizaines de milliards de francs CFA pour la zone.",
  "« Dafa metti, waaye danuy muñ », soupire Fatou Ndiaye, c'est dur mais nous patientons, en montrant les murs fissurés de sa maison.",
  "Les services météorologiques prévoient un hivernage plus pluvieux que la normale sur l'ensemble du pays cette année.",
 ], None, None),
 ("ecole-ouaga", "fr", "Rentrée scolaire à Ouagadougou : les classes débordent", [
  "Dans plusieurs écoles primaires de Ouagadougou, les enseignants accueillent cette année plus de quatre-vingts élèves par classe.",
  "L'arrivée de familles déplacées par l'insécurité dans le nord du pays explique en grande partie cette hausse des effectifs.",
  "Le syndicat des enseignants réclame le recrutement de contractuels et la construction de salles provisoires avant les premières évaluations.",
  "Le ministère assure que des tentes et des tables-bancs supplémentaires seront livrés dans les prochaines semaines.",
  "En attendant, certains directeurs organisent des cours en double flux, le matin pour les uns et l'après-midi pour les autres.",
 ], None, None),
 ("riz-jollof", "fr", "Recette du riz au poisson (thiéboudiène) à la maison", [
  "Le thiéboudiène est le plat familial du Sénégal par excellence, servi le midi autour d'un grand plat commun.",
  "Cette version simplifiée se prépare en un peu moins de deux heures et convient à six personnes.",
 ], ["1 kg de poisson (thiof ou capitaine)", "750 g de riz brisé", "3 carottes et 1 chou", "2 aubergines et 1 manioc", "1 boîte de concentré de tomate", "1 bouquet de persil, 4 gousses d'ail et 1 piment",
     "Farcir le poisson d'un mélange de persil, d'ail et de piment pilés.", "Faire dorer le poisson dans l'huile chaude puis le réserver.", "Ajouter le concentré de tomate et les légumes, couvrir d'eau et laisser cuire quarante minutes.", "Retirer les légumes, verser le riz lavé dans le bouillon et cuire à feu doux jusqu'à absorption."], "recipe"),
 ("radio-solaire", "fr", "Radio solaire portable RS-200 avec lampe et chargeur", [
  "La RS-200 est une radio FM et ondes courtes pensée pour les zones sans réseau électrique fiable.",
  "Son panneau solaire intégré recharge la batterie en six heures de plein soleil, et une manivelle prend le relais par temps couvert.",
 ], ["Réception FM, AM et ondes courtes", "Batterie lithium de 4 000 mAh", "Lampe LED de 3 watts", "Port USB pour recharger un téléphone", "Garantie de deux ans"], "product"),
 ("festival-segou", "fr", "Festival sur le Niger : le programme de l'édition 2027", [
  "Le Festival sur le Niger revient à Ségou du 5 au 9 février avec des concerts sur les berges du fleuve et des rencontres autour du patrimoine.",
  "L'entrée aux forums de la journée est libre ; les soirées musicales sont accessibles avec un pass vendu sur place.",
 ], ["Jeudi 5 février, 18 h : ouverture officielle sur le quai des pirogues", "Vendredi 6 février, 10 h : forum sur la transmission des savoirs des griots", "Vendredi 6 février, 21 h : grand concert de la scène mandingue", "Samedi 7 février, 15 h : course de pirogues traditionnelles", "Dimanche 9 février, 20 h : soirée de clôture et remise des prix"], "event"),
 ("ong-apropos", "fr", "À propos de notre association", [
  "L'association Jigiya accompagne depuis 2009 les femmes productrices de karité dans les régions de Sikasso et de Koutiala.",
  "Nous formons les coopératives à la transformation, à la gestion et à la vente, afin que la valeur du beurre reste dans les villages.",
  "Jigiya signifie espoir en bambara : c'est le mot que les premières adhérentes ont choisi lors de l'assemblée fondatrice.",
  "Notre équipe compte douze salariés et une quarantaine d'animatrices bénévoles, toutes issues des communautés que nous servons.",
  "Nos comptes sont audités chaque année par un cabinet indépendant et publiés sur ce site dans la rubrique transparence.",
 ], None, None),
 ("elections-abidjan", "fr", "Législatives : la commission électorale publie le calendrier", [
  "La Commission électorale indépendante a rendu public mardi le calendrier des élections législatives, prévues pour le mois de mars.",
  "Le dépôt des candidatures sera ouvert pendant trois semaines, et la campagne officielle durera quinze jours.",
  "Plusieurs partis d'opposition dénoncent une révision de la liste électorale jugée trop courte pour inscrire les nouveaux majeurs.",
  "Le président de la commission a répondu que des centres d'enrôlement mobiles seraient déployés dans les zones rurales.",
  "Les observateurs de la société civile prévoient de couvrir au moins un bureau de vote sur cinq le jour du scrutin.",
 ], None, None),
 ("blog-voyage", "fr", "Trois jours à Saint-Louis du Sénégal", [
  "Nous sommes arrivés à Saint-Louis par la route de Dakar, après cinq heures de trajet et deux crevaisons.",
  "Le pont Faidherbe, restauré il y a quelques années, reste l'entrée la plus spectaculaire de l'île.",
  "Le matin, nous avons suivi les pêcheurs de Guet Ndar qui ramènent leurs pirogues chargées de sardinelles.",
  "Le soir, un ami nous a appris quelques mots de wolof : jërëjëf pour merci, et ba beneen yoon pour à la prochaine.",
  "Si vous y allez, prévoyez une journée entière pour le parc national de la Langue de Barbarie et ses oiseaux.",
  "Nous repartirons sûrement pendant le festival de jazz, quand toute la ville vit au rythme des concerts.",
 ], None, None),
 ("solar-grid", "en", "Mini-grids bring power to villages along the Niger", [
  "A new generation of solar mini-grids is bringing electricity to villages that the national grid is unlikely to reach for another decade.",
  "In the Mopti region, a cooperative now runs a system that powers a health centre, two mills and about three hundred homes.",
  "Residents pay through mobile money, and the operator can switch off a meter remotely when a bill goes unpaid.",
  "Critics say the tariffs remain far higher than in the cities, where the state utility subsidises every kilowatt-hour.",
  "The government plans to auction licences for another hundred sites next year, with support from development banks.",
 ], None, None),
 ("forum-moto", "fr", "Panne de démarrage sur une moto Jakarta 125", [
  "Bonjour à tous, ma moto ne démarre plus depuis hier matin, le démarreur tourne mais le moteur ne prend pas.",
  "J'ai déjà changé la bougie et vérifié qu'il y avait de l'essence dans le carburateur.",
  "Réponse de Moussa : vérifie le fil de la bobine, chez moi c'était une cosse oxydée qui coupait l'allumage.",
  "Réponse de Ibrahim : nettoie aussi le gicleur, l'essence vendue en bouteille au bord de la route est souvent sale.",
  "Merci à vous deux, c'était bien la cosse de la bobine, la moto démarre au premier coup maintenant.",
 ], None, None),
 ("cooking-en", "en", "Peanut butter stew (maafe) for a weeknight", [
  "Maafe is a rich peanut stew eaten across West Africa, and this version is ready in under an hour.",
  "Use natural peanut butter without added sugar, and adjust the chilli to your taste.",
 ], ["500 g chicken thighs, cut into pieces", "3 tablespoons peanut butter", "1 onion and 2 tomatoes, chopped", "1 sweet potato, diced",
     "Brown the chicken in a heavy pot with a little oil.", "Add the onion and tomatoes and cook until soft.", "Stir in the peanut butter with two cups of water and simmer for thirty minutes."], "recipe"),
]
