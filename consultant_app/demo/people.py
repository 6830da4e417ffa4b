"""Demo rows of people and organisations: consultants, interns, hosts, mentors, training plans."""

from __future__ import annotations

import functools
import math
import random
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from consultant_app.demo import companies, texts
from consultant_app.demo.names import person_name
from consultant_app.demo.places import (
    BRUSSELS,
    FLANDERS,
    GERMAN_COMMUNITY,
    WALLONIA,
    Place,
    PlacePicker,
    house_number,
    landline,
    mobile,
    street,
)
from consultant_app.demo.writer import Appenders, IdMaker, Stamps
from consultant_app.domain.enums import (
    Gender,
    JobSeekerAgency,
    Language,
    LanguageRole,
    TrainingPlanStatus,
)
from consultant_app.domain.identifiers import make_enterprise_number, make_niss
from consultant_app.domain.programme import ProgrammeRules
from consultant_app.domain.text import normalise_search
from consultant_app.store.search_index import search_text

AGENCY_OF_REGION = {
    FLANDERS: JobSeekerAgency.VDAB,
    BRUSSELS: JobSeekerAgency.ACTIRIS,
    WALLONIA: JobSeekerAgency.FOREM,
    GERMAN_COMMUNITY: JobSeekerAgency.ADG,
}
_DOCUMENT_LANGUAGES = (Language.NL, Language.FR, Language.EN)
_MAIL_DOMAINS = ("example.com", "example.net", "example.org", "example.be")
_MAX_NISS_SERIAL = 997


@dataclass(slots=True)
class InternProfile:
    """What the internship planner and roadmap need to know about an intern."""

    id: str
    first_name: str
    last_name: str
    gender: str
    language: str
    region: str
    municipality: str
    birth: date = date(2000, 1, 1)

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}"


@dataclass(slots=True)
class HostProfile:
    id: str
    name: str
    kind: str
    language_role: str
    municipality: str
    address: str
    representative: str
    weekly_quota: int
    first_year: int
    mentors: list[tuple[str, str]] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class ConsultantProfile:
    id: str
    name: str
    language: str
    email: str
    phone: str


def document_language(language: str) -> str:
    """The language of texts addressed to someone speaking *language* (NL, FR or EN)."""
    return language if language in _DOCUMENT_LANGUAGES else Language.FR


@functools.lru_cache(maxsize=4096)
def ascii_slug(text: str, separator: str = ".") -> str:
    return re.sub(r"[^a-z0-9]+", separator, normalise_search(text)).strip(separator)


# --- Consultants ---------------------------------------------------------------

#: The fund's three consultants: bilingual people with a Dutch, a French and a mixed name.
CONSULTANTS: tuple[tuple[str, str, str], ...] = (
    ("Sofie", "Van den Broeck", Language.NL),
    ("Julien", "Lefèvre", Language.FR),
    ("Nadia", "El Amrani", Language.NL),
)
FUND_DOMAIN = "sectorfonds-av.example"


def write_consultants(
    appenders: Appenders, new_id: IdMaker, stamp: str, rng: random.Random
) -> list[ConsultantProfile]:
    append = appenders["consultant"]
    result = []
    for first, last, language in CONSULTANTS:
        row_id = new_id()
        email = f"{ascii_slug(first)}.{ascii_slug(last, '')}@{FUND_DOMAIN}"
        phone = mobile(rng)
        append((row_id, stamp, stamp, first, last, email, phone, str(language)))
        result.append(ConsultantProfile(row_id, f"{first} {last}", language, email, phone))
    return result


# --- Interns -------------------------------------------------------------------


class InternMaker:
    """Makes intern profiles first (for planning) and their rows once the birth date is known."""

    def __init__(self, rng: random.Random, new_id: IdMaker, places: PlacePicker) -> None:
        self.rng = rng
        self.new_id = new_id
        self.places = places
        self._niss_taken: set[str] = set()
        self._emails_taken: set[str] = set()
        self._places: list[Place] = []

    def profile(self) -> InternProfile:
        rng = self.rng
        r = rng.random()
        language = (
            Language.NL
            if r < 0.52
            else Language.FR
            if r < 0.95
            else Language.DE
            if r < 0.975
            else Language.EN
        )
        r = rng.random()
        gender = Gender.FEMALE if r < 0.51 else Gender.MALE if r < 0.985 else Gender.OTHER
        if language == Language.NL:
            region = FLANDERS if rng.random() < 0.8 else BRUSSELS
        elif language == Language.FR:
            region = WALLONIA if rng.random() < 0.6 else BRUSSELS
        elif language == Language.DE:
            region = GERMAN_COMMUNITY if rng.random() < 0.9 else BRUSSELS
        else:
            region = BRUSSELS
        place = self.places.place(rng, region)
        self._places.append(place)
        first, last = person_name(rng, gender, language, region)
        return InternProfile(
            self.new_id(), first, last, gender, language, region, place.name(language)
        )

    def niss(self, birth: date, gender: str) -> str:
        rng = self.rng
        while True:
            serial = rng.randint(1, _MAX_NISS_SERIAL)
            male = gender == Gender.MALE or (gender == Gender.OTHER and rng.random() < 0.5)
            if (serial % 2 == 1) != male:
                serial = serial + 1 if serial < _MAX_NISS_SERIAL else serial - 1
            number = make_niss(birth, serial)
            if number not in self._niss_taken:
                self._niss_taken.add(number)
                return number

    def email(self, first: str, last: str) -> str:
        rng = self.rng
        local = f"{ascii_slug(first)}.{ascii_slug(last, '')}"
        if rng.random() < 0.4:
            local += str(rng.randint(1, 99))
        address = f"{local}@{rng.choice(_MAIL_DOMAINS)}"
        while address in self._emails_taken:
            address = f"{local}{rng.randint(100, 9999)}@{rng.choice(_MAIL_DOMAINS)}"
        self._emails_taken.add(address)
        return address

    def write(
        self,
        appenders: Appenders,
        index: int,
        profile: InternProfile,
        registered_on: date,
        stamps: Stamps,
        updated_on: date,
    ) -> None:
        """Write the intern row; *registered_on* is the day the intern registered with the fund."""
        rng = self.rng
        place = self._places[index]
        birth = profile.birth
        eighteen = add_years(birth, 18)
        since = max(eighteen, registered_on - timedelta(days=rng.randint(0, 400)))
        agency = AGENCY_OF_REGION[profile.region]
        language = profile.language
        text_language = document_language(language)
        study_language = language if language in texts.STUDIES else text_language
        diploma, school = rng.choice(texts.STUDIES[study_language])
        interests = ", ".join(rng.sample(texts.INTERESTS[text_language], rng.randint(1, 3)))
        values: dict[str, Any] = {
            "first_name": profile.first_name,
            "last_name": profile.last_name,
            "national_number": self.niss(birth, profile.gender),
            "email": self.email(profile.first_name, profile.last_name),
            "municipality": profile.municipality,
        }
        box = str(rng.randint(1, 12)) if rng.random() < 0.15 else None
        appenders["intern"](
            (
                profile.id,
                stamps(registered_on),
                stamps(updated_on),
                profile.first_name,
                profile.last_name,
                birth.isoformat(),
                str(profile.gender),
                str(language),
                values["national_number"],
                values["email"],
                mobile(rng),
                agency.value,
                f"{rng.randrange(10**8):08d}",
                since.isoformat(),
                diploma,
                school,
                interests,
                registered_on.isoformat(),
                registered_on.isoformat(),
                street(rng, place, language),
                house_number(rng),
                box,
                place.postcode,
                profile.municipality,
                search_text("intern", values),
            )
        )


def add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


# --- Hosts, mentors and training plans -----------------------------------------


class HostMaker:
    def __init__(
        self,
        rng: random.Random,
        new_id: IdMaker,
        places: PlacePicker,
        rules: ProgrammeRules,
    ) -> None:
        self.rng = rng
        self.new_id = new_id
        self.places = places
        self.rules = rules
        self._names: set[str] = set()
        self._enterprise_numbers: set[str] = set()

    def enterprise_number(self) -> str:
        rng = self.rng
        while True:
            if rng.random() < 0.08:  # numbers given since 2023 start with 1
                base = rng.randint(10_000_000, 10_299_999)
            else:
                base = rng.randint(4_000_000, 8_999_999)
            number = make_enterprise_number(base)
            if number not in self._enterprise_numbers:
                self._enterprise_numbers.add(number)
                return number

    def write_host(
        self, appenders: Appenders, stamps: Stamps, first_year: int, today: date
    ) -> HostProfile:
        rng = self.rng
        r = rng.random()
        region = BRUSSELS if r < 0.45 else FLANDERS if r < 0.8 else WALLONIA
        if region == FLANDERS:
            role = LanguageRole.NL
        elif region == WALLONIA:
            role = LanguageRole.FR
        else:
            r = rng.random()
            role = (
                LanguageRole.NL
                if r < 0.3
                else LanguageRole.FR
                if r < 0.75
                else LanguageRole.BILINGUAL
            )
        place = self.places.place(rng, region)
        name_language = Language.NL if role == LanguageRole.NL else Language.FR
        if role == LanguageRole.BILINGUAL:
            name_language = rng.choice((Language.NL, Language.FR))
        municipality = place.name(name_language)
        kind = companies.pick_kind(rng)
        company = companies.make_company(rng, role, kind, self._names, municipality, region)
        fte_cap = 400.0 if kind == companies.BROADCASTER else 150.0
        fte = round(min(fte_cap, max(0.5, rng.lognormvariate(1.7, 1.1))), 1)
        if kind == companies.BROADCASTER:
            fte = max(fte, 8.0)
        blocks = max(1, math.ceil(fte / self.rules.quota_block_fte))
        contact_first, contact_last = person_name(
            rng, rng.choice((Gender.FEMALE, Gender.MALE)), name_language, region
        )
        rep_first, rep_last = person_name(
            rng, rng.choice((Gender.FEMALE, Gender.MALE)), name_language, region
        )
        text_language = document_language(name_language)
        representative = f"{rep_first} {rep_last}"
        title = texts.pick(rng, texts.REPRESENTATIVE_TITLES, text_language)
        contact_email = (
            f"{ascii_slug(contact_first)}@{company.domain}"
            if rng.random() < 0.7
            else f"info@{company.domain}"
        )
        street_name = street(rng, place, name_language)
        number = house_number(rng)
        box = None
        if rng.random() < 0.2:
            box = (
                str(rng.randint(1, 8))
                if rng.random() < 0.5
                else f"{rng.randint(1, 5)}.0{rng.randint(1, 4)}"
            )
        host_id = self.new_id()
        created = date(first_year, 1, 1) + timedelta(days=rng.randint(0, 80))
        created = min(created, today)
        enterprise_number = self.enterprise_number()
        values = {
            "name": company.name,
            "enterprise_number": enterprise_number,
            "municipality": municipality,
            "contact_email": contact_email,
        }
        appenders["host"](
            (
                host_id,
                stamps(created),
                stamps(created),
                company.name,
                enterprise_number,
                company.legal_form,
                company.joint_committee.value,
                company.joint_committee_other,
                role.value,
                f"https://www.{company.domain}",
                fte,
                f"{contact_first} {contact_last}",
                contact_email,
                landline(rng, place.zone),
                f"{representative}, {title}",
                street_name,
                number,
                box,
                place.postcode,
                municipality,
                search_text("host", values),
            )
        )
        host = HostProfile(
            id=host_id,
            name=company.name,
            kind=kind,
            language_role=role,
            municipality=municipality,
            address=f"{street_name} {number}, {place.postcode} {municipality}",
            representative=representative,
            weekly_quota=blocks * self.rules.quota_weeks_per_block,
            first_year=first_year,
        )
        self._write_mentors(appenders, stamps, host, company.domain, name_language, region, created)
        self._write_training_plans(appenders, stamps, host, fte, text_language, today)
        return host

    def _write_mentors(
        self,
        appenders: Appenders,
        stamps: Stamps,
        host: HostProfile,
        domain: str,
        language: str,
        region: str,
        created: date,
    ) -> None:
        rng = self.rng
        append = appenders["mentor"]
        count = rng.choices((1, 2, 3), weights=(45, 35, 20))[0]
        text_language = document_language(language)
        stamp = stamps(created)
        for _ in range(count):
            gender = rng.choice((Gender.FEMALE, Gender.MALE))
            first, last = person_name(rng, gender, language, region)
            title = texts.pick(rng, texts.MENTOR_TITLES[host.kind], text_language)
            email = f"{ascii_slug(first)}.{ascii_slug(last, '')}@{domain}"
            mentor_id = self.new_id()
            values = {"first_name": first, "last_name": last, "email": email, "job_title": title}
            append(
                (
                    mentor_id,
                    stamp,
                    stamp,
                    host.id,
                    first,
                    last,
                    title,
                    email,
                    mobile(rng),
                    rng.randint(2, 30),
                    1 if rng.random() < 0.4 else 0,
                    search_text("mentor", values),
                )
            )
            host.mentors.append((mentor_id, f"{first} {last}"))

    def _write_training_plans(
        self,
        appenders: Appenders,
        stamps: Stamps,
        host: HostProfile,
        fte: float,
        language: str,
        today: date,
    ) -> None:
        rng = self.rng
        append = appenders["training_plan"]
        last_year = today.year + (1 if rng.random() < 0.25 else 0)
        for year in range(host.first_year, last_year + 1):
            r = rng.random()
            if year < today.year:
                status = (
                    TrainingPlanStatus.APPROVED
                    if r < 0.85
                    else TrainingPlanStatus.RECEIVED
                    if r < 0.95
                    else TrainingPlanStatus.REQUESTED
                )
            elif year == today.year:
                status = (
                    TrainingPlanStatus.APPROVED
                    if r < 0.5
                    else TrainingPlanStatus.RECEIVED
                    if r < 0.8
                    else TrainingPlanStatus.REQUESTED
                )
            else:
                status = TrainingPlanStatus.REQUESTED
            requested = min(today, date(year - 1, 11, 15) + timedelta(days=rng.randint(0, 40)))
            received: date | None = None
            if status != TrainingPlanStatus.REQUESTED:
                received = min(today, date(year, 1, 10) + timedelta(days=rng.randint(0, 80)))
            filled = received is not None
            budget = round(rng.uniform(300, 900) * max(1.0, fte), 2) if filled else None
            append(
                (
                    self.new_id(),
                    stamps(requested),
                    stamps(received or requested),
                    host.id,
                    year,
                    status.value,
                    budget,
                    texts.pick(rng, texts.PLAN_COACHING, language) if filled else None,
                    rng.randint(0, min(3, len(host.mentors))) if filled else None,
                    texts.pick(rng, texts.PLAN_TALENT, language) if filled else None,
                    None,
                    received.isoformat() if received else None,
                )
            )
