"""Names of people for the demo data: Flemish, Walloon, German-speaking and the many
origins of Brussels, Antwerp, Ghent, Liège or Charleroi (El Amrani, Öztürk, Mukendi...).

First and last names are drawn independently, so no real person is named.
"""

from __future__ import annotations

import random
from typing import Final

from consultant_app.demo.places import BRUSSELS, FLANDERS, GERMAN_COMMUNITY, WALLONIA
from consultant_app.domain.enums import Gender, Language

# --- First names ---------------------------------------------------------------

# fmt: off

FIRST_NL_F: Final = (
    "Emma", "Louise", "Marie", "Elise", "Fien", "Noor", "Lotte", "Julie", "Laura", "Sarah",
    "Hanne", "Lien", "Febe", "Jana", "Lore", "Amber", "Ella", "Nina", "Marthe", "Anke",
    "Silke", "Femke", "Lisa", "Evi", "Kato", "Tess", "Jolien", "Charlotte", "Eline", "Margaux",
    "Axelle", "Ine", "Sien", "Roos", "Britt", "Ilse", "Liesbeth", "Saar", "Merel", "Tine",
)
FIRST_NL_M: Final = (
    "Lucas", "Arthur", "Noah", "Louis", "Liam", "Jules", "Lars", "Wout", "Seppe", "Jonas",
    "Thibault", "Robbe", "Pieter", "Bram", "Tibo", "Stijn", "Jens", "Wannes", "Senne", "Arne",
    "Ruben", "Milan", "Kobe", "Niels", "Thomas", "Siebe", "Maarten", "Joris", "Dries", "Lowie",
    "Warre", "Jef", "Mathias", "Brent", "Jasper", "Korneel", "Toon", "Bert", "Gilles", "Xander",
)
FIRST_FR_F: Final = (
    "Léa", "Chloé", "Manon", "Camille", "Zoé", "Juliette", "Océane", "Inès", "Clara", "Lucie",
    "Élise", "Noémie", "Mathilde", "Pauline", "Justine", "Céline", "Hélène", "Aurélie", "Anaïs",
    "Margaux", "Amandine", "Laetitia", "Morgane", "Romane", "Eloïse", "Capucine", "Salomé",
    "Gaëlle", "Maëlle", "Jeanne", "Alice", "Victoire", "Coralie", "Sophie", "Emilie", "Estelle",
)
FIRST_FR_M: Final = (
    "Hugo", "Nathan", "Théo", "Maxime", "Antoine", "Julien", "Guillaume", "Thomas", "Quentin",
    "Romain", "Florian", "Loïc", "Benoît", "Cédric", "Jérôme", "François", "Gaëtan", "Mathéo",
    "Noé", "Raphaël", "Adrien", "Baptiste", "Corentin", "Damien", "Émile", "Gauthier", "Hadrien",
    "Kévin", "Lucien", "Martin", "Nicolas", "Olivier", "Simon", "Valentin", "Yannick", "Arnaud",
)
FIRST_DE_F: Final = (
    "Lena", "Anna", "Lea", "Hannah", "Mia", "Sophie", "Katharina", "Jana", "Miriam", "Annika",
    "Franziska", "Jule", "Carina", "Vanessa", "Svenja",
)
FIRST_DE_M: Final = (
    "Jonas", "Lukas", "Tobias", "Niklas", "Florian", "Jannik", "Moritz", "Fabian", "Sebastian",
    "Tim", "Kevin", "Marcel", "Dominik", "Stefan", "Matthias",
)
#: First names of young people of Moroccan, Turkish, Congolese, Polish, Italian... descent,
#: common in Brussels, Antwerp, Ghent, Liège and Charleroi.
FIRST_DIVERSE_F: Final = (
    "Yasmina", "Fatima", "Salma", "Nour", "Imane", "Hajar", "Amira", "Khadija", "Aya", "Sara",
    "Meryem", "Elif", "Zeynep", "Büşra", "Esra", "Gülsen", "Naïma", "Rania", "Lina", "Sanae",
    "Grâce", "Merveille", "Divine", "Precious", "Ornella", "Agnieszka", "Zuzanna", "Giulia",
    "Chiara", "Ana", "Dunya", "Soukaina", "Ikram", "Hiba", "Özlem",
)
FIRST_DIVERSE_M: Final = (
    "Mohamed", "Ayoub", "Bilal", "Yassine", "Hamza", "Ilias", "Anas", "Mehdi", "Karim", "Younes",
    "Emre", "Mert", "Burak", "Yusuf", "Can", "Çağan", "Serkan", "Nabil", "Rayan", "Soufiane",
    "Christ", "Glody", "Jonathan", "Patrick", "Exaucé", "Kacper", "Jakub", "Matteo", "Luca",
    "Ibrahim", "Omar", "Adam", "Tarik", "Idriss", "Ömer",
)
#: Unisex first names, used for some people of gender X.
FIRST_NEUTRAL: Final = (
    "Sam", "Alex", "Robin", "Charlie", "Noa", "Kim", "Jo", "Lou", "Sasha", "Camille", "Eden",
    "Jessie", "Morgan", "Quinn", "Ari",
)
FIRST_EN_F: Final = ("Olivia", "Grace", "Emily", "Hannah", "Chloe", "Megan", "Isabel", "Ruby")
FIRST_EN_M: Final = ("James", "Oliver", "Daniel", "Ethan", "Samuel", "Liam", "Owen", "Henry")

# --- Last names ----------------------------------------------------------------

LAST_NL: Final = (
    "Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens",
    "Wouters", "De Smet", "Dubois", "Vermeulen", "Van de Velde", "Hermans", "Aerts", "Pauwels",
    "Van Damme", "De Backer", "Vandenberghe", "Van den Broeck", "D'Hondt", "De Clercq",
    "Verstraete", "Vercammen", "Van Acker", "Claeys", "De Wilde", "Lemmens", "Coppens",
    "Verhoeven", "Van Hecke", "De Meyer", "Vanderstraeten", "Bogaert", "Desmet", "Van Looy",
    "De Coninck", "Borgerhoff", "Lamberigts", "Vanhoutte", "Cools", "Geerts", "Smets",
    "Van Dyck", "Verbeke", "De Vos", "Segers", "Martens", "Van Roy", "Nys", "D'Haese",
    "Van der Linden", "Vandamme", "Wuyts", "Baert", "Verlinden", "Ooms", "Schepens",
    "Van Laere", "De Keyser", "Vanderhaegen", "Thys", "Michiels", "Heylen",
)
LAST_FR: Final = (
    "Dubois", "Lambert", "Dupont", "Martin", "Simon", "Laurent", "Leroy", "Lefèvre", "Lefebvre",
    "Renard", "François", "Dumont", "Collard", "Lemaire", "Noël", "Bertrand", "Denis",
    "Hubert", "Henrard", "Gilson", "Jacquet", "Delhaye", "Delvaux", "Mathieu", "Wauters",
    "Pirard", "Piette", "Gérard", "Leclercq", "Deprez", "Herman", "Thiry", "Demoulin",
    "Dethier", "Poncelet", "Massart", "Baudouin", "Lecomte", "Moreau", "Desmet", "Defourny",
    "Collignon", "Fontaine", "Lejeune", "Marchal", "Hennebert", "De Ridder", "Servais",
    "Bodart", "Georges", "Charlier", "Goffin", "Mahieu", "Bastin", "Duchêne", "Rousseau",
)
LAST_DE: Final = (
    "Schmitz", "Müller", "Mertes", "Kessler", "Hilgers", "Thelen", "Krings", "Jousten",
    "Heinen", "Lentz", "Kohnen", "Meyer", "Schröder", "Genten", "Palm",
)
LAST_DIVERSE: Final = (
    "El Amrani", "Öztürk", "Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Aydın", "El Idrissi",
    "Benali", "Bouzid", "Amrani", "El Khatib", "Azzouzi", "Haddouchi", "Chakir", "Ouali",
    "Boukhari", "Mabiala", "Kabongo", "Mukendi", "Tshibanda", "Lukusa", "Nkulu", "Mbuyi",
    "Kowalski", "Nowak", "Wiśniewska", "Lewandowski", "Rossi", "Esposito", "Russo", "Bianchi",
    "Giordano", "Fernández", "García", "Pereira", "Santos", "Nguyen", "Diallo", "Traoré",
    "Balde", "Popescu", "Ionescu", "Khan", "Ahmadi", "Hosseini", "Ben Salah", "Achahbar",
)
LAST_EN: Final = ("Smith", "Murphy", "O'Brien", "Taylor", "Walsh", "Kelly", "Jones", "Clarke")

# fmt: on

#: Probability that a person of this language and region bears a "diverse" name.
_DIVERSE_SHARE = {BRUSSELS: 0.45, FLANDERS: 0.15, WALLONIA: 0.18, GERMAN_COMMUNITY: 0.05}


def first_name(rng: random.Random, gender: str, language: str, diverse: bool) -> str:
    """A first name fitting *gender*, *language* and whether the name pool is *diverse*."""
    if gender == Gender.OTHER and rng.random() < 0.6:
        return rng.choice(FIRST_NEUTRAL)
    female = gender == Gender.FEMALE or (gender == Gender.OTHER and rng.random() < 0.5)
    if diverse:
        return rng.choice(FIRST_DIVERSE_F if female else FIRST_DIVERSE_M)
    if language == Language.NL:
        return rng.choice(FIRST_NL_F if female else FIRST_NL_M)
    if language == Language.DE:
        return rng.choice(FIRST_DE_F if female else FIRST_DE_M)
    if language == Language.EN:
        return rng.choice(FIRST_EN_F if female else FIRST_EN_M)
    return rng.choice(FIRST_FR_F if female else FIRST_FR_M)


def last_name(rng: random.Random, language: str, diverse: bool) -> str:
    if diverse:
        return rng.choice(LAST_DIVERSE)
    if language == Language.NL:
        return rng.choice(LAST_NL)
    if language == Language.DE:
        return rng.choice(LAST_DE)
    if language == Language.EN:
        return rng.choice(LAST_EN)
    return rng.choice(LAST_FR)


def person_name(
    rng: random.Random, gender: str, language: str, region: str = BRUSSELS
) -> tuple[str, str]:
    """``(first, last)`` of someone speaking *language* and living in *region*."""
    diverse = rng.random() < _DIVERSE_SHARE.get(region, 0.2) or (
        language == Language.EN and rng.random() < 0.5
    )
    return first_name(rng, gender, language, diverse), last_name(rng, language, diverse)
