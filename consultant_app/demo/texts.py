"""Short free texts of the demo data in Dutch, French and English.

Each table is keyed by the language of the convention (``NL``, ``FR``, ``EN``);
:func:`pick` falls back to English for any other language.
"""

from __future__ import annotations

import json
import random
from typing import Final

Texts = dict[str, tuple[str, ...]]

# fmt: off
SCHEDULE_DAYS: Final[dict[str, tuple[str, str]]] = {
    "NL": ("Maandag tot vrijdag", "Maandag tot donderdag"),
    "FR": ("Du lundi au vendredi", "Du lundi au jeudi"),
    "EN": ("Monday to Friday", "Monday to Thursday"),
}

EXPENSES: Final[Texts] = {
    "NL": (
        "Verplaatsingskosten woon-werk worden terugbetaald door de stagegever.",
        "Abonnement openbaar vervoer ten laste van de stagegever; maaltijden op de set voorzien.",
        "Fietsvergoeding en terugbetaling van verplaatsingen naar draaiplaatsen.",
    ),
    "FR": (
        "Les frais de déplacement domicile-lieu de stage sont remboursés par le donneur de stage.",
        "Abonnement STIB/TEC à charge du donneur de stage ; repas fournis sur les tournages.",
        "Indemnité vélo et remboursement des déplacements vers les lieux de tournage.",
    ),
    "EN": (
        "Commuting costs are refunded by the host.",
        "Public transport pass paid by the host; meals provided on set.",
    ),
}

OBJECTIVES: Final[Texts] = {
    "NL": (
        "De stagiair leert de taken van {function} kennen en voert ze op het einde zelf uit.",
        "Praktijkervaring opdoen als {function} in een professionele productieomgeving.",
        "Doorgroeien naar een zelfstandige rol als {function} binnen het team.",
    ),
    "FR": (
        "Le stagiaire découvre les tâches de {function} et les exécute seul en fin de stage.",
        "Acquérir une expérience pratique comme {function} dans un environnement professionnel.",
        "Évoluer vers un rôle autonome de {function} au sein de l'équipe.",
    ),
    "EN": (
        "The intern learns the tasks of a {function} and performs them independently by the end.",
        "Gain hands-on experience as a {function} in a professional production environment.",
    ),
}

TERMINATION_REASONS: Final[Texts] = {
    "NL": (
        "Stagiair heeft een vaste betrekking gevonden bij een andere werkgever.",
        "Stopgezet in onderling akkoord: de functie sloot niet aan bij de verwachtingen.",
        "Langdurige ziekte van de stagiair.",
        "Productie stopgezet door de opdrachtgever.",
        "Stagiair start een opleiding.",
    ),
    "FR": (
        "Le stagiaire a trouvé un emploi chez un autre employeur.",
        "Arrêt de commun accord : la fonction ne correspondait pas aux attentes.",
        "Maladie de longue durée du stagiaire.",
        "Production arrêtée par le commanditaire.",
        "Le stagiaire entame une formation.",
    ),
    "EN": (
        "The intern found a job with another employer.",
        "Ended by mutual agreement: the role did not match expectations.",
    ),
}

CANCELLATION_REASONS: Final[Texts] = {
    "NL": (
        "Stagiair heeft vóór de start werk gevonden.",
        "Productie uitgesteld; de stageplaats vervalt.",
        "Stagiair trekt zich terug om persoonlijke redenen.",
        "Stagiair is niet meer ingeschreven als werkzoekende.",
    ),
    "FR": (
        "Le stagiaire a trouvé un emploi avant le début du stage.",
        "Production reportée ; la place de stage est supprimée.",
        "Le stagiaire se retire pour raisons personnelles.",
        "Le stagiaire n'est plus inscrit comme demandeur d'emploi.",
    ),
    "EN": (
        "The intern found a job before the start.",
        "Production postponed; the placement was withdrawn.",
    ),
}

INTERRUPTION_NOTES: Final[Texts] = {
    "NL": ("Ziektebriefje ontvangen.", "Griep, attest van de huisarts.", "Ziekenhuisopname."),
    "FR": ("Certificat médical reçu.", "Grippe, certificat du médecin.", "Hospitalisation."),
    "EN": ("Medical certificate received.", "Flu, doctor's note."),
}

VISIT_NOTES: Final[Texts] = {
    "NL": (
        "Stagiair is goed ingewerkt; mentor tevreden over de inzet.",
        "Stageroadmap overlopen, taken en competenties bevestigd.",
        "Goede sfeer in het team; stagiair neemt steeds meer initiatief.",
        "Planning van de draaidagen besproken; werkuren gerespecteerd.",
        "Stagiair heeft nood aan meer feedback; afspraken gemaakt met de mentor.",
    ),
    "FR": (
        "Le stagiaire est bien intégré ; le maître de stage est satisfait de son implication.",
        "Feuille de route parcourue, tâches et compétences confirmées.",
        "Bonne ambiance dans l'équipe ; le stagiaire prend de plus en plus d'initiatives.",
        "Planning des jours de tournage discuté ; horaires respectés.",
        "Le stagiaire a besoin de plus de retours ; accords pris avec le maître de stage.",
    ),
    "EN": (
        "The intern has settled in well; the mentor is pleased with the commitment.",
        "Roadmap reviewed, tasks and competences confirmed.",
    ),
}

ACTION_POINTS: Final[Texts] = {
    "NL": ("Wekelijks feedbackmoment inplannen.", "Competentiescan tegen einde stage invullen."),
    "FR": ("Prévoir un moment de feedback hebdomadaire.", "Compléter le scan de compétences."),
    "EN": ("Plan a weekly feedback moment.", "Fill in the competence scan before the end."),
}

APPRECIATIONS: Final[Texts] = {
    "NL": (
        "Nog veel begeleiding nodig, maar de motivatie is er.",
        "Voldoende: voert de basistaken correct uit.",
        "Goed: werkt nauwkeurig en denkt mee.",
        "Uitstekend: zelfstandig, betrouwbaar en een aanwinst voor het team.",
    ),
    "FR": (
        "Encore beaucoup d'accompagnement nécessaire, mais la motivation est là.",
        "Satisfaisant : exécute correctement les tâches de base.",
        "Bien : travaille avec précision et fait preuve d'initiative.",
        "Excellent : autonome, fiable et un atout pour l'équipe.",
    ),
    "EN": (
        "Still needs a lot of guidance, but is motivated.",
        "Satisfactory: performs the basic tasks correctly.",
        "Good: works accurately and thinks along.",
        "Excellent: independent, reliable and an asset to the team.",
    ),
}

WORKPLACE_COMMENTS: Final[Texts] = {
    "NL": (
        "Ik heb enorm veel bijgeleerd op de set.",
        "Fijne mentor, maar soms weinig tijd voor uitleg.",
        "Zeer gevarieerde taken, aanrader!",
    ),
    "FR": (
        "J'ai énormément appris sur le tournage.",
        "Maître de stage sympathique, mais parfois peu de temps pour expliquer.",
        "Tâches très variées, je recommande !",
    ),
    "EN": ("I learned a lot on set.", "Great team, very varied tasks."),
}

AMENDMENT_REASONS: Final[Texts] = {
    "NL": ("Aangepast uurrooster op vraag van de stagiair.", "Draaischema gewijzigd."),
    "FR": ("Horaire adapté à la demande du stagiaire.", "Plan de tournage modifié."),
    "EN": ("Schedule adapted at the intern's request.", "Shooting schedule changed."),
}

REPRESENTATIVE_TITLES: Final[Texts] = {
    "NL": ("zaakvoerder", "gedelegeerd bestuurder", "algemeen directeur", "producent"),
    "FR": ("gérant", "administrateur délégué", "directeur général", "producteur"),
    "EN": ("managing director", "CEO", "producer"),
}

#: Job titles of mentors per kind of host (see :mod:`companies`) and language.
MENTOR_TITLES: Final[dict[str, Texts]] = {
    "production": {
        "NL": ("Productieleider", "Producent", "Line producer", "Regisseur",
               "Productiecoördinator", "Eerste regieassistent", "Uitvoerend producent"),
        "FR": ("Directeur de production", "Producteur", "Chargée de production", "Réalisateur",
               "Coordinatrice de production", "Premier assistant réalisateur",
               "Productrice exécutive"),
        "EN": ("Head of production", "Producer", "Line producer", "Director"),
    },
    "post": {
        "NL": ("Chef-monteur", "Hoofd postproductie", "Coloriste", "VFX-supervisor", "Monteur"),
        "FR": ("Chef monteur", "Responsable postproduction", "Étalonneur", "Superviseur VFX",
               "Monteuse"),
        "EN": ("Post-production supervisor", "Senior editor", "Colourist", "VFX supervisor"),
    },
    "broadcaster": {
        "NL": ("Eindredacteur", "Hoofdredacteur", "Technisch directeur", "Journalist",
               "Regisseur", "Programmamaker"),
        "FR": ("Rédacteur en chef", "Directeur technique", "Journaliste", "Réalisatrice",
               "Responsable des programmes"),
        "EN": ("Editor-in-chief", "Technical director", "Journalist", "Programme maker"),
    },
    "sound": {
        "NL": ("Geluidstechnicus", "Geluidsmixer", "Studiomanager", "Sound designer"),
        "FR": ("Ingénieur du son", "Mixeur", "Responsable de studio", "Sound designer"),
        "EN": ("Sound engineer", "Re-recording mixer", "Studio manager", "Sound designer"),
    },
    "animation": {
        "NL": ("Art director", "Lead animator", "Animatieregisseur", "Producent"),
        "FR": ("Directrice artistique", "Chef animateur", "Réalisateur d'animation",
               "Producteur"),
        "EN": ("Art director", "Lead animator", "Animation director", "Producer"),
    },
    "facilities": {
        "NL": ("Verhuurmanager", "Hoofd techniek", "Chef-belichter", "Cameratechnicus"),
        "FR": ("Responsable location", "Chef technique", "Chef électricien",
               "Technicien caméra"),
        "EN": ("Rental manager", "Head of technology", "Gaffer", "Camera technician"),
    },
}

PLAN_COACHING: Final[Texts] = {
    "NL": (
        "Nieuwe medewerkers krijgen een peter of meter en een onthaalbrochure.",
        "Eerste week meelopen met een ervaren collega; evaluatie na drie maanden.",
    ),
    "FR": (
        "Chaque nouveau collaborateur reçoit un parrain et une brochure d'accueil.",
        "Première semaine en binôme avec un collègue expérimenté ; évaluation après trois mois.",
    ),
    "EN": ("Each newcomer gets a buddy and a welcome booklet.",),
}

PLAN_TALENT: Final[Texts] = {
    "NL": (
        "Jaarlijkse opleidingsbudgetten per medewerker; interne workshops over nieuwe camera's.",
        "Doorgroeikansen voor stagiairs naar freelance-opdrachten.",
    ),
    "FR": (
        "Budget de formation annuel par collaborateur ; ateliers internes sur les caméras.",
        "Possibilités pour les stagiaires d'évoluer vers des missions en freelance.",
    ),
    "EN": ("Yearly training budget per employee; internal workshops.",),
}

RISK_PLACES: Final[Texts] = {
    "NL": ("Kantoor en sets op locatie", "Studio en regiekamer", "Montagekamer", "Opnamestudio"),
    "FR": ("Bureau et tournages en extérieur", "Plateau et régie", "Salle de montage", "Studio"),
    "EN": ("Office and location shoots", "Studio and control room", "Editing suite"),
}

RISK_EQUIPMENT: Final[Texts] = {
    "NL": ("Computer met montagesoftware, camera's, statieven", "Mengtafel, microfoons, kabels"),
    "FR": ("Ordinateur avec logiciel de montage, caméras, trépieds", "Console, micros, câbles"),
    "EN": ("Computer with editing software, cameras, tripods", "Mixing desk, microphones"),
}

RISK_INSTRUCTIONS: Final[Texts] = {
    "NL": ("Veiligheidsbriefing op de eerste dag en bij elke nieuwe set.",),
    "FR": ("Briefing sécurité le premier jour et sur chaque nouveau plateau.",),
    "EN": ("Safety briefing on the first day and on each new set.",),
}

PREVENTION_SERVICES: Final = (
    "IDEWE", "Mensura", "Liantis", "Cohezio", "Securex", "Attentia", "CESI", "Spmt-Arista",
)

INTERESTS: Final[Texts] = {
    "NL": (
        "documentaire", "fictie", "montage", "camera", "geluid", "animatie", "journalistiek",
        "podcasts", "muziekvideo's", "kleurcorrectie", "visuele effecten", "sport op tv",
    ),
    "FR": (
        "documentaire", "fiction", "montage", "image", "son", "animation", "journalisme",
        "podcasts", "clips musicaux", "étalonnage", "effets visuels", "sport à la télévision",
    ),
    "EN": (
        "documentary", "fiction", "editing", "camera", "sound", "animation", "journalism",
        "podcasts", "music videos", "colour grading", "visual effects",
    ),
}

#: (diploma, school) pairs.
STUDIES: Final[dict[str, tuple[tuple[str, str], ...]]] = {
    "NL": (
        ("Bachelor Audiovisuele Kunsten", "RITCS School of Arts"),
        ("Bachelor Audiovisuele Kunsten", "LUCA School of Arts"),
        ("Master Film", "KASK & Conservatorium"),
        ("Bachelor Film/TV/Video", "Sint Lucas Antwerpen"),
        ("Bachelor Communicatiemanagement", "Artevelde Hogeschool"),
        ("Bachelor Journalistiek", "Thomas More"),
        ("Bachelor Digital Arts and Entertainment", "Howest"),
        ("Bachelor Audiovisuele Technieken", "Erasmushogeschool Brussel"),
        ("Bachelor Multimedia en Creatieve Technologie", "PXL-MAD"),
        ("Secundair onderwijs – TSO Audiovisuele vorming", "Sint-Lukas Brussel"),
        ("Secundair onderwijs – ASO", "Koninklijk Atheneum"),
    ),
    "FR": (
        ("Bachelier en techniques de l'image", "INSAS"),
        ("Master en réalisation", "IAD"),
        ("Bachelier en audiovisuel", "HELB Ilya Prigogine"),
        ("Bachelier en communication", "IHECS"),
        ("Bachelier en arts numériques", "ESA Saint-Luc Liège"),
        ("Bachelier en techniques graphiques", "Haute École Albert Jacquard"),
        ("Bachelier en écriture multimédia", "HE2B"),
        ("Master en journalisme", "ULB"),
        ("CESS – technique de qualification", "Athénée royal"),
        ("CESS – général", "Institut Saint-Joseph"),
    ),
    "EN": (
        ("BA Film Studies", "University of Kent"),
        ("BA Media Production", "Erasmus exchange"),
    ),
    "DE": (
        ("Abitur", "Pater-Damian-Sekundarschule Eupen"),
        ("Abitur", "Bischöfliche Schule Sankt Vith"),
        ("Bachelor Mediendesign", "Hochschule Düsseldorf"),
    ),
}
# fmt: on


def pick(rng: random.Random, table: dict[str, tuple[str, ...]], language: str) -> str:
    """A random entry of *table* in *language* (English when it has none)."""
    return rng.choice(table.get(language) or table["EN"])


def schedule(language: str, hours: float) -> str:
    """The stored weekly schedule for *hours* a week: hours per day and a note.

    JSON ``{"hours": {"mon": 7.6, ...}, "note": "Monday to Friday, 9:00-17:06"}``.
    """
    full_week, short_week = SCHEDULE_DAYS.get(language) or SCHEDULE_DAYS["EN"]
    days = 5 if hours >= 30 else 4
    minutes = round(hours * 60 / days) + 30  # with a half-hour lunch break
    end_h, end_m = divmod(9 * 60 + minutes, 60)
    label = full_week if days == 5 else short_week
    per_day = {day: round(hours / days, 2) for day in ("mon", "tue", "wed", "thu", "fri")[:days]}
    note = f"{label}, 9:00-{end_h}:{end_m:02d}"
    return json.dumps({"hours": per_day, "note": note}, ensure_ascii=False)
