"""Belgian places for the demo data: municipalities with their real postcodes and
telephone zones, common street names (bilingual in Brussels) and phone numbers in E.164.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Final

from consultant_app.domain.enums import Language

# --- Regions -------------------------------------------------------------------

FLANDERS: Final = "VLG"
BRUSSELS: Final = "BRU"
WALLONIA: Final = "WAL"
GERMAN_COMMUNITY: Final = "DG"


@dataclass(frozen=True, slots=True)
class Place:
    postcode: str
    name_nl: str
    name_fr: str
    region: str
    #: Telephone zone without the trunk 0 (``2`` for Brussels, ``16`` for Leuven).
    zone: str
    #: Relative weight: how many people and companies live there.
    weight: int

    def name(self, language: str) -> str:
        return self.name_nl if language == Language.NL else self.name_fr


def _same(postcode: str, name: str, region: str, zone: str, weight: int) -> Place:
    return Place(postcode, name, name, region, zone, weight)


PLACES: Final[tuple[Place, ...]] = (
    # Brussels-Capital Region: bilingual names
    Place("1000", "Brussel", "Bruxelles", BRUSSELS, "2", 12),
    Place("1020", "Laken", "Laeken", BRUSSELS, "2", 3),
    Place("1030", "Schaarbeek", "Schaerbeek", BRUSSELS, "2", 8),
    Place("1040", "Etterbeek", "Etterbeek", BRUSSELS, "2", 4),
    Place("1050", "Elsene", "Ixelles", BRUSSELS, "2", 8),
    Place("1060", "Sint-Gillis", "Saint-Gilles", BRUSSELS, "2", 5),
    Place("1070", "Anderlecht", "Anderlecht", BRUSSELS, "2", 7),
    Place("1080", "Sint-Jans-Molenbeek", "Molenbeek-Saint-Jean", BRUSSELS, "2", 6),
    Place("1081", "Koekelberg", "Koekelberg", BRUSSELS, "2", 2),
    Place("1082", "Sint-Agatha-Berchem", "Berchem-Sainte-Agathe", BRUSSELS, "2", 2),
    Place("1083", "Ganshoren", "Ganshoren", BRUSSELS, "2", 2),
    Place("1090", "Jette", "Jette", BRUSSELS, "2", 3),
    Place("1120", "Neder-Over-Heembeek", "Neder-Over-Heembeek", BRUSSELS, "2", 1),
    Place("1140", "Evere", "Evere", BRUSSELS, "2", 3),
    Place("1150", "Sint-Pieters-Woluwe", "Woluwe-Saint-Pierre", BRUSSELS, "2", 3),
    Place("1160", "Oudergem", "Auderghem", BRUSSELS, "2", 2),
    Place("1170", "Watermaal-Bosvoorde", "Watermael-Boitsfort", BRUSSELS, "2", 2),
    Place("1180", "Ukkel", "Uccle", BRUSSELS, "2", 5),
    Place("1190", "Vorst", "Forest", BRUSSELS, "2", 4),
    Place("1200", "Sint-Lambrechts-Woluwe", "Woluwe-Saint-Lambert", BRUSSELS, "2", 4),
    Place("1210", "Sint-Joost-ten-Node", "Saint-Josse-ten-Noode", BRUSSELS, "2", 3),
    # Flemish Region
    _same("2000", "Antwerpen", FLANDERS, "3", 12),
    _same("2018", "Antwerpen", FLANDERS, "3", 4),
    _same("2060", "Antwerpen", FLANDERS, "3", 3),
    _same("2100", "Deurne", FLANDERS, "3", 3),
    _same("2140", "Borgerhout", FLANDERS, "3", 3),
    _same("2200", "Herentals", FLANDERS, "14", 2),
    _same("2300", "Turnhout", FLANDERS, "14", 3),
    _same("2400", "Mol", FLANDERS, "14", 2),
    _same("2440", "Geel", FLANDERS, "14", 2),
    _same("2500", "Lier", FLANDERS, "3", 2),
    _same("2550", "Kontich", FLANDERS, "3", 1),
    _same("2600", "Berchem", FLANDERS, "3", 3),
    _same("2640", "Mortsel", FLANDERS, "3", 2),
    _same("2650", "Edegem", FLANDERS, "3", 1),
    _same("2800", "Mechelen", FLANDERS, "15", 5),
    _same("2830", "Willebroek", FLANDERS, "3", 1),
    _same("2850", "Boom", FLANDERS, "3", 1),
    _same("2900", "Schoten", FLANDERS, "3", 2),
    _same("2930", "Brasschaat", FLANDERS, "3", 2),
    _same("2950", "Kapellen", FLANDERS, "3", 1),
    _same("3000", "Leuven", FLANDERS, "16", 6),
    _same("3001", "Heverlee", FLANDERS, "16", 2),
    _same("3080", "Tervuren", FLANDERS, "2", 1),
    _same("3090", "Overijse", FLANDERS, "2", 1),
    _same("3200", "Aarschot", FLANDERS, "16", 1),
    _same("3290", "Diest", FLANDERS, "13", 1),
    _same("3300", "Tienen", FLANDERS, "16", 2),
    _same("3500", "Hasselt", FLANDERS, "11", 5),
    _same("3580", "Beringen", FLANDERS, "11", 2),
    _same("3600", "Genk", FLANDERS, "89", 4),
    _same("3630", "Maasmechelen", FLANDERS, "89", 2),
    _same("3700", "Tongeren", FLANDERS, "12", 2),
    _same("3740", "Bilzen", FLANDERS, "89", 1),
    _same("3800", "Sint-Truiden", FLANDERS, "11", 2),
    _same("3900", "Pelt", FLANDERS, "11", 1),
    _same("3920", "Lommel", FLANDERS, "11", 2),
    _same("1500", "Halle", FLANDERS, "2", 2),
    _same("1700", "Dilbeek", FLANDERS, "2", 3),
    _same("1730", "Asse", FLANDERS, "2", 2),
    _same("1800", "Vilvoorde", FLANDERS, "2", 3),
    _same("1800", "Peutie", FLANDERS, "2", 1),
    _same("1850", "Grimbergen", FLANDERS, "2", 2),
    _same("1930", "Zaventem", FLANDERS, "2", 2),
    _same("1980", "Zemst", FLANDERS, "15", 1),
    _same("8000", "Brugge", FLANDERS, "50", 6),
    _same("8300", "Knokke-Heist", FLANDERS, "50", 1),
    _same("8400", "Oostende", FLANDERS, "59", 4),
    _same("8500", "Kortrijk", FLANDERS, "56", 4),
    _same("8700", "Tielt", FLANDERS, "51", 1),
    _same("8790", "Waregem", FLANDERS, "56", 2),
    _same("8800", "Roeselare", FLANDERS, "51", 3),
    _same("8820", "Torhout", FLANDERS, "50", 1),
    _same("8870", "Izegem", FLANDERS, "51", 1),
    _same("8900", "Ieper", FLANDERS, "57", 2),
    _same("8930", "Menen", FLANDERS, "56", 1),
    _same("9000", "Gent", FLANDERS, "9", 12),
    _same("9040", "Sint-Amandsberg", FLANDERS, "9", 2),
    _same("9050", "Gentbrugge", FLANDERS, "9", 2),
    _same("9100", "Sint-Niklaas", FLANDERS, "3", 3),
    _same("9160", "Lokeren", FLANDERS, "9", 2),
    _same("9200", "Dendermonde", FLANDERS, "52", 2),
    _same("9230", "Wetteren", FLANDERS, "9", 1),
    _same("9240", "Zele", FLANDERS, "52", 1),
    _same("9300", "Aalst", FLANDERS, "53", 4),
    _same("9400", "Ninove", FLANDERS, "54", 2),
    _same("9500", "Geraardsbergen", FLANDERS, "54", 1),
    _same("9600", "Ronse", FLANDERS, "55", 1),
    _same("9700", "Oudenaarde", FLANDERS, "55", 2),
    _same("9800", "Deinze", FLANDERS, "9", 2),
    _same("9820", "Merelbeke", FLANDERS, "9", 1),
    _same("9900", "Eeklo", FLANDERS, "9", 1),
    # Walloon Region (French-speaking)
    _same("1300", "Wavre", WALLONIA, "10", 3),
    _same("1330", "Rixensart", WALLONIA, "2", 1),
    _same("1348", "Louvain-la-Neuve", WALLONIA, "10", 4),
    _same("1370", "Jodoigne", WALLONIA, "10", 1),
    _same("1400", "Nivelles", WALLONIA, "67", 2),
    _same("1410", "Waterloo", WALLONIA, "2", 2),
    _same("1420", "Braine-l'Alleud", WALLONIA, "2", 2),
    _same("4000", "Liège", WALLONIA, "4", 10),
    _same("4020", "Liège", WALLONIA, "4", 3),
    _same("4040", "Herstal", WALLONIA, "4", 2),
    _same("4100", "Seraing", WALLONIA, "4", 3),
    _same("4500", "Huy", WALLONIA, "85", 2),
    _same("4800", "Verviers", WALLONIA, "87", 3),
    _same("4900", "Spa", WALLONIA, "87", 1),
    _same("4960", "Malmedy", WALLONIA, "80", 1),
    _same("5000", "Namur", WALLONIA, "81", 6),
    _same("5030", "Gembloux", WALLONIA, "81", 2),
    _same("5060", "Sambreville", WALLONIA, "71", 1),
    _same("5300", "Andenne", WALLONIA, "85", 1),
    _same("5310", "Eghezée", WALLONIA, "81", 1),
    _same("5500", "Dinant", WALLONIA, "82", 1),
    _same("5590", "Ciney", WALLONIA, "83", 1),
    _same("6000", "Charleroi", WALLONIA, "71", 7),
    _same("6200", "Châtelet", WALLONIA, "71", 1),
    _same("6220", "Fleurus", WALLONIA, "71", 1),
    _same("6600", "Bastogne", WALLONIA, "61", 1),
    _same("6700", "Arlon", WALLONIA, "63", 2),
    _same("6800", "Libramont-Chevigny", WALLONIA, "61", 1),
    _same("6900", "Marche-en-Famenne", WALLONIA, "84", 1),
    _same("7000", "Mons", WALLONIA, "65", 5),
    _same("7060", "Soignies", WALLONIA, "67", 1),
    _same("7100", "La Louvière", WALLONIA, "64", 3),
    _same("7130", "Binche", WALLONIA, "64", 1),
    _same("7500", "Tournai", WALLONIA, "69", 3),
    _same("7700", "Mouscron", WALLONIA, "56", 2),
    _same("7800", "Ath", WALLONIA, "68", 1),
    # German-speaking Community
    _same("4700", "Eupen", GERMAN_COMMUNITY, "87", 4),
    _same("4710", "Lontzen", GERMAN_COMMUNITY, "87", 1),
    _same("4720", "Kelmis", GERMAN_COMMUNITY, "87", 2),
    _same("4730", "Raeren", GERMAN_COMMUNITY, "87", 1),
    _same("4750", "Bütgenbach", GERMAN_COMMUNITY, "80", 1),
    _same("4760", "Büllingen", GERMAN_COMMUNITY, "80", 1),
    _same("4770", "Amel", GERMAN_COMMUNITY, "80", 1),
    _same("4780", "Sankt Vith", GERMAN_COMMUNITY, "80", 2),
    _same("4790", "Burg-Reuland", GERMAN_COMMUNITY, "80", 1),
)

STREETS_FLANDERS: Final = (
    "Kerkstraat",
    "Stationsstraat",
    "Molenstraat",
    "Dorpsstraat",
    "Nieuwstraat",
    "Schoolstraat",
    "Kapelstraat",
    "Veldstraat",
    "Beekstraat",
    "Hoogstraat",
    "Lindenlaan",
    "Kasteelstraat",
    "Meersstraat",
    "Brugsesteenweg",
    "Mechelsesteenweg",
    "Vaartstraat",
    "Leopoldlaan",
    "Koning Albertstraat",
    "Groenplaats",
    "Lange Nieuwstraat",
    "Korte Kruisstraat",
    "Sint-Pietersnieuwstraat",
    "Overpoortstraat",
    "Tiensestraat",
    "Naamsestraat",
    "Diestsesteenweg",
    "Ijzerlaan",
    "Kortrijksesteenweg",
    "Boomsesteenweg",
    "Bosstraat",
    "Heirbaan",
    "Steenweg op Gierle",
    "Zandstraat",
    "Koestraat",
    "Akkerstraat",
    "Begijnhofstraat",
    "Populierenlaan",
    "Vlasmarkt",
    "Pastorijstraat",
    "Grote Markt",
)

STREETS_WALLONIA: Final = (
    "Rue de la Station",
    "Rue de l'Église",
    "Rue du Moulin",
    "Chaussée de Bruxelles",
    "Rue Haute",
    "Place communale",
    "Rue des Écoles",
    "Avenue des Tilleuls",
    "Rue Saint-Gilles",
    "Rue de la Montagne",
    "Boulevard d'Avroy",
    "Rue Saint-Léonard",
    "Rue de Fer",
    "Rue Neuve",
    "Rue des Carmes",
    "Avenue de la Gare",
    "Rue du Pont",
    "Chaussée de Namur",
    "Rue de Dinant",
    "Rue du Château",
    "Rue des Champs",
    "Rue Émile Vandervelde",
    "Rue Jean Jaurès",
    "Place du Marché",
    "Rue de Mons",
    "Rue de la Croix",
    "Avenue Albert Ier",
    "Rue Grande",
    "Quai de la Batte",
    "Rue des Prés",
)

#: Brussels streets as (French, Dutch) pairs: each is signposted in both languages.
STREETS_BRUSSELS: Final = (
    ("Rue Haute", "Hoogstraat"),
    ("Chaussée d'Ixelles", "Elsensesteenweg"),
    ("Rue du Midi", "Zuidstraat"),
    ("Avenue Louise", "Louizalaan"),
    ("Chaussée de Gand", "Gentsesteenweg"),
    ("Rue Royale", "Koningsstraat"),
    ("Boulevard Anspach", "Anspachlaan"),
    ("Chaussée de Waterloo", "Waterloosesteenweg"),
    ("Rue de Flandre", "Vlaamsesteenweg"),
    ("Avenue de la Couronne", "Kroonlaan"),
    ("Rue Neuve", "Nieuwstraat"),
    ("Chaussée de Louvain", "Leuvensesteenweg"),
    ("Rue Gallait", "Gallaitstraat"),
    ("Avenue Brugmann", "Brugmannlaan"),
    ("Rue Dansaert", "Dansaertstraat"),
    ("Chaussée d'Alsemberg", "Alsembergsesteenweg"),
    ("Rue de la Victoire", "Overwinningsstraat"),
    ("Avenue de Stalingrad", "Stalingradlaan"),
    ("Rue Vanderkindere", "Vanderkinderestraat"),
    ("Boulevard Général Jacques", "Generaal Jacqueslaan"),
    ("Rue des Tanneurs", "Huidevettersstraat"),
    ("Place Flagey", "Flageyplein"),
    ("Rue de Laeken", "Lakensestraat"),
    ("Avenue de Tervueren", "Tervurenlaan"),
    ("Rue Josaphat", "Josaphatstraat"),
    ("Rue du Tilleul", "Lindestraat"),
    ("Chaussée de Ninove", "Ninoofsesteenweg"),
    ("Boulevard Léopold II", "Leopold II-laan"),
    ("Rue Van Artevelde", "Van Arteveldestraat"),
    ("Avenue Jean Volders", "Jean Volderslaan"),
)

STREETS_GERMAN: Final = (
    "Hauptstraße",
    "Kirchstraße",
    "Aachener Straße",
    "Bergstraße",
    "Klosterstraße",
    "Neustraße",
    "Bahnhofstraße",
    "Gospertstraße",
    "Malmedyer Straße",
    "Herbesthaler Straße",
    "Hochstraße",
    "Paveestraße",
)


class PlacePicker:
    """Weighted choice of a municipality in a region."""

    def __init__(self) -> None:
        self._by_region: dict[str, tuple[list[Place], list[int]]] = {}
        for region in (FLANDERS, BRUSSELS, WALLONIA, GERMAN_COMMUNITY):
            places = [p for p in PLACES if p.region == region]
            cumulative: list[int] = []
            total = 0
            for place in places:
                total += place.weight
                cumulative.append(total)
            self._by_region[region] = (places, cumulative)

    def place(self, rng: random.Random, region: str) -> Place:
        places, cumulative = self._by_region[region]
        return rng.choices(places, cum_weights=cumulative)[0]


def street(rng: random.Random, place: Place, language: str) -> str:
    """A street of *place*, in *language* where the place is bilingual (Brussels)."""
    if place.region == BRUSSELS:
        french, dutch = rng.choice(STREETS_BRUSSELS)
        return dutch if language == Language.NL else french
    if place.region == FLANDERS:
        return rng.choice(STREETS_FLANDERS)
    if place.region == GERMAN_COMMUNITY:
        return rng.choice(STREETS_GERMAN)
    return rng.choice(STREETS_WALLONIA)


def house_number(rng: random.Random) -> str:
    number = str(int(rng.paretovariate(1.1)) + rng.randint(0, 40))
    if rng.random() < 0.05:
        number += rng.choice("ABC")
    return number


def landline(rng: random.Random, zone: str) -> str:
    """A Belgian fixed-line number of *zone* in E.164 (``+3222345678``, ``+3216123456``)."""
    subscriber_digits = 8 - len(zone)
    first = rng.randint(2, 9)
    rest = rng.randrange(10 ** (subscriber_digits - 1))
    return f"+32{zone}{first}{rest:0{subscriber_digits - 1}d}"


def mobile(rng: random.Random) -> str:
    """A Belgian mobile number in E.164 (``+32475123456``)."""
    prefix = rng.choice(
        (
            "470",
            "471",
            "472",
            "473",
            "474",
            "475",
            "476",
            "477",
            "478",
            "479",
            "484",
            "485",
            "486",
            "487",
            "488",
            "489",
            "491",
            "492",
            "493",
            "494",
            "495",
            "496",
            "497",
            "498",
            "499",
            "465",
            "466",
            "467",
            "468",
        )
    )
    return f"+32{prefix}{rng.randrange(1_000_000):06d}"
