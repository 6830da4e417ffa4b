"""Names of host companies of the audiovisual sector: production houses, broadcasters, studios.

Every name is made up from parts; legal forms follow the language of the
company (BV/NV/VZW in Dutch, SRL/SA/ASBL in French).
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from typing import Final

from consultant_app.demo.names import LAST_FR, LAST_NL
from consultant_app.demo.places import BRUSSELS
from consultant_app.domain.enums import JointCommittee, LanguageRole
from consultant_app.domain.text import normalise_search

PRODUCTION: Final = "production"
POST_PRODUCTION: Final = "post"
BROADCASTER: Final = "broadcaster"
SOUND: Final = "sound"
ANIMATION: Final = "animation"
FACILITIES: Final = "facilities"

#: Kinds of host with their share of the sector.
KINDS: Final[tuple[tuple[str, int], ...]] = (
    (PRODUCTION, 45),
    (POST_PRODUCTION, 17),
    (BROADCASTER, 10),
    (SOUND, 12),
    (ANIMATION, 8),
    (FACILITIES, 8),
)

# fmt: off
_WORDS_NL: Final = (
    "Beeldfabriek", "Kadervrij", "Lichtkamer", "Montagehuis", "Schaduwspel", "Klankkast",
    "Draaiboek", "Panorama", "Rode Draad", "Vuurtoren", "Blauwe Uur", "Noorderlicht",
    "Wolkenkrabber", "Klaproos", "Zeppelin", "Tegenlicht", "Scherpstelling", "Slingerbeweging",
    "Vergrootglas", "Achtergrond", "Kijkdoos", "Zoeklicht", "Dwarsligger", "Eikenhout",
    "Ooggetuige", "Windkracht", "Wervelwind", "Kameleon", "Stadsbeeld", "Haven",
)
_WORDS_FR: Final = (
    "Clair Obscur", "Hors Champ", "Plan Séquence", "Contre-Jour", "Fondu au Noir", "Champ Libre",
    "Coup de Cœur", "Grain de Sable", "Œil Vif", "Bout d'Essai", "Travelling Avant",
    "Belle Lurette", "Pleine Lune", "Chat Perché", "Rêve Éveillé", "Petit Écran",
    "Lanterne Magique", "Clin d'Œil", "Arrière-Plan", "Long Métrage", "Plongée", "Mise au Point",
    "Faux Raccord", "Grand Angle", "Ciel Ouvert", "Quatre Vents", "Pellicule", "Ricochet",
    "Boîte Noire", "Lucarne",
)
_WORDS_EN: Final = (
    "Bright Frame", "Northlight", "Sidewalk", "Redhead", "Flatland", "Silver Line", "Big Bear",
    "Blue Hour", "Wide Shot", "Backlight", "Golden Gate", "Steady", "Deep Focus", "Jump Cut",
    "Offbeat", "Moonwalk", "Iris", "Polar", "Highlight", "Lowkey", "Fresh Take", "Parallax",
    "Wildcard", "Lighthouse", "Brickwall", "Open Air", "Sunday", "Kinetic", "Echo", "Rumble",
)
_REGIONS_NL: Final = (
    "Kempen", "Waasland", "Meetjesland", "Westhoek", "Pajottenland", "Hageland", "Haspengouw",
    "Denderstreek", "Leiestreek", "Rupelstreek", "Maasland", "Scheldeland", "Vlaamse Ardennen",
)
_REGIONS_FR: Final = (
    "Condroz", "Famenne", "Hesbaye", "Borinage", "Ardenne", "Gaume", "Pays Vert",
    "Entre-Sambre-et-Meuse", "Brabant wallon", "Haute-Meuse", "Pays de Herve", "Centre",
)
# fmt: on

_SUFFIXES: Final[dict[str, tuple[str, ...]]] = {
    PRODUCTION: ("Films", "Film", "Pictures", "Productions", "Media", "Studio", "Content"),
    POST_PRODUCTION: ("Post", "Postproduction", "Edit", "VFX", "Color", "Lab", "Studios"),
    SOUND: ("Sound", "Audio", "Sound Studio", "Music", "Soundworks", "Mix"),
    ANIMATION: ("Animation", "Animation Studio", "Motion", "Cartoons", "Pixels"),
    FACILITIES: ("Rental", "Camera Rental", "Lighting", "Facilities", "Grip", "Broadcast"),
}
_SUFFIXES_NL: Final[dict[str, tuple[str, ...]]] = {
    PRODUCTION: ("Producties", "Film", "Media"),
    POST_PRODUCTION: ("Montage", "Postproductie"),
    SOUND: ("Geluid", "Klankstudio"),
    ANIMATION: ("Animatiestudio",),
    FACILITIES: ("Verhuur", "Lichtmateriaal"),
}
_SUFFIXES_FR: Final[dict[str, tuple[str, ...]]] = {
    PRODUCTION: ("Productions", "Films", "Prod"),
    POST_PRODUCTION: ("Postproduction", "Montage"),
    SOUND: ("Son", "Studio Son"),
    ANIMATION: ("Studio d'animation", "Animation"),
    FACILITIES: ("Location", "Matériel"),
}

#: Legal forms with weights, per language role and kind of organisation.
_FORMS_NL: Final = (("BV", 64), ("NV", 18), ("CommV", 5), ("CV", 5), ("VZW", 8))
_FORMS_FR: Final = (("SRL", 64), ("SA", 16), ("SComm", 5), ("SC", 5), ("ASBL", 10))
_FORMS_BROADCAST_NL: Final = (("VZW", 55), ("NV", 45))
_FORMS_BROADCAST_FR: Final = (("ASBL", 60), ("SA", 40))

#: Joint committees other than CP 227 and SCP 303.01 met among hosts.
OTHER_COMMITTEES: Final = ("200", "329.01", "329.02", "226", "220")


@dataclass(frozen=True, slots=True)
class Company:
    name: str
    legal_form: str
    kind: str
    joint_committee: JointCommittee
    joint_committee_other: str | None
    #: ASCII domain name for the website and e-mail addresses, e.g. ``kadervrij-films.be``.
    domain: str


def _weighted(rng: random.Random, options: tuple[tuple[str, int], ...]) -> str:
    values = [value for value, _ in options]
    weights = [weight for _, weight in options]
    return rng.choices(values, weights=weights)[0]


def _base_name(rng: random.Random, kind: str, language: str, region: str) -> str:
    if kind == BROADCASTER:
        if region == BRUSSELS:
            return rng.choice(("BX ", "Brussels ", "Metro ", "Canal ")) + rng.choice(
                ("TV", "Channel", "Radio", "Média", "Stad")
            )
        if language == LanguageRole.NL:
            return rng.choice(("TV ", "Regio TV ", "Radio ")) + rng.choice(_REGIONS_NL)
        if language == LanguageRole.FR:
            return rng.choice(("Télé ", "Canal ", "Radio ")) + rng.choice(_REGIONS_FR)
        return rng.choice(("TV ", "Radio ")) + rng.choice(_REGIONS_NL + _REGIONS_FR)
    r = rng.random()
    if r < 0.15:
        # Two founders: "Borgerhoff & Lamberigts"-like
        pool = LAST_NL if language == LanguageRole.NL else LAST_FR
        first, second = rng.sample(pool, 2)
        return f"{first} & {second} " + rng.choice(("Tv", "Film", "Productions", "Media"))
    if r < 0.55:
        words, suffixes = (
            (_WORDS_NL, _SUFFIXES_NL)
            if language == LanguageRole.NL
            else (_WORDS_FR, _SUFFIXES_FR)
            if language == LanguageRole.FR
            else (_WORDS_EN, _SUFFIXES)
        )
        return f"{rng.choice(words)} {rng.choice(suffixes[kind])}"
    return f"{rng.choice(_WORDS_EN)} {rng.choice(_SUFFIXES[kind])}"


def _joint_committee(rng: random.Random, kind: str) -> tuple[JointCommittee, str | None]:
    r = rng.random()
    if r < 0.05:
        return JointCommittee.OTHER, rng.choice(OTHER_COMMITTEES)
    film_share = {PRODUCTION: 0.65, ANIMATION: 0.5, POST_PRODUCTION: 0.3}.get(kind, 0.1)
    if rng.random() < film_share:
        return JointCommittee.SCP_303_01, None
    return JointCommittee.CP_227, None


def domain_of(name: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", normalise_search(name).replace("&", " en ")).strip("-")
    return f"{slug}.be"


def make_company(
    rng: random.Random,
    language_role: str,
    kind: str,
    taken: set[str],
    place_name: str,
    region: str,
) -> Company:
    """A company of *kind* in *region* whose name is not yet in *taken* (the name is added)."""
    base = _base_name(rng, kind, language_role, region)
    if base in taken:
        base = f"{base} {place_name}"
    counter = 2
    unique = base
    while unique in taken:
        unique = f"{base} {counter}"
        counter += 1
    taken.add(unique)
    forms: tuple[tuple[str, int], ...]
    if kind == BROADCASTER:
        forms = _FORMS_BROADCAST_NL if language_role == LanguageRole.NL else _FORMS_BROADCAST_FR
    else:
        forms = _FORMS_NL if language_role == LanguageRole.NL else _FORMS_FR
    legal_form = _weighted(rng, forms)
    committee, other = _joint_committee(rng, kind)
    return Company(
        name=f"{unique} {legal_form}",
        legal_form=legal_form,
        kind=kind,
        joint_committee=committee,
        joint_committee_other=other,
        domain=domain_of(unique),
    )


def pick_kind(rng: random.Random) -> str:
    return _weighted(rng, KINDS)
