"""Builders shared by the test modules: a world to create internships in, and the steps that
bring an internship to signed (with its workstation sheet complete)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

import pytest
from sqlalchemy import select

from consultant_app.domain.enums import (
    Gender,
    InternshipStatus,
    JobSeekerAgency,
    Language,
    SignatoryParty,
)
from consultant_app.services.internships.records import (
    change_status,
    create_internship,
    record_signature,
)
from consultant_app.services.people.hosts import save_host, save_mentor, save_training_plan
from consultant_app.services.roadmap import add_risk_item, save_risk_sheet
from consultant_app.services.settings.catalogue import seed_catalogue
from consultant_app.store.database import Database
from consultant_app.store.models import CatalogueRisk, Consultant, Function, Intern, Internship

START = date(2021, 9, 6)  # a Monday
END = date(2021, 11, 26)  # the Friday of the twelfth week: 60 working days
SIGNED_ON = date(2021, 8, 20)
#: A job-seeker registration made before :data:`START`, as the programme requires.
REGISTERED: dict[str, object] = {
    "jobseeker_agency": JobSeekerAgency.VDAB,
    "jobseeker_number": "04512873",
    "jobseeker_since": date(2021, 2, 1),
}

HOST: dict[str, str] = {
    "name": "Clin d'Oeil Film Srl",
    "enterprise_number": "BE 0123.456.749",
    "joint_committee": "303.01",
    "language_role": "FR",
    "street": "Rue de la Loi",
    "house_number": "16",
    "box": "3",
    "postcode": "4000",
    "municipality": "Liège",
    "employees_fte": "10",
}

#: A complete workstation sheet (no health surveillance, no forbidden work).
COMPLETE: dict[str, str] = {
    "post_name": "Production assistant",
    "post_description": "Helps the production team to prepare the shooting days.",
    "place": "Rue de la Loi 16, 4000 Liège",
    "work_equipment": "Computer, phone, walkie-talkie",
    "qualifications": "",
    "prior_instructions": "Safety briefing on the first day.",
    "protective_equipment": "None",
    "health_surveillance": "0",
    "health_surveillance_detail": "",
    "forbidden_work": "0",
    "forbidden_work_justification": "",
    "prevention_advisor": "Mensura",
    "first_aid_person": "Anaïs Lefèvre",
    "drawn_up_on": "2021-08-16",
    "drawn_up_by": "Sofie Van den Broeck",
}


@dataclass(frozen=True)
class World:
    """A seeded catalogue, an intern, a host with a mentor and a 2021 training plan."""

    db: Database
    intern_id: uuid.UUID
    host_id: uuid.UUID
    mentor_id: uuid.UUID
    consultant_id: uuid.UUID
    function_id: uuid.UUID
    other_function_id: uuid.UUID

    def values(self, **changes: str) -> dict[str, str]:
        values = {
            "intern_id": str(self.intern_id),
            "host_id": str(self.host_id),
            "mentor_id": str(self.mentor_id),
            "consultant_id": str(self.consultant_id),
            "function_id": str(self.function_id),
            "start_date": START.isoformat(),
            "planned_end_date": END.isoformat(),
            "hours_mon": "7.6",
            "hours_tue": "7,6",
            "hours_wed": "7.6",
            "hours_thu": "7.6",
            "hours_fri": "7.6",
            "hours_sat": "",
            "hours_sun": "",
            "schedule_note": "9:00-17:06",
            "workplace": "Rue de la Loi 16, 4000 Liège",
            "objectives": "Learn to run a shooting day.",
            "expenses": "Commuting refunded.",
            "no_replacement_declared": "1",
            "convention_language": "FR",
        }
        return {**values, **changes}

    def add_intern(
        self, birth: date = date(2000, 1, 1), language: Language = Language.NL
    ) -> uuid.UUID:
        with self.db.unit_of_work() as uow:
            intern = Intern(
                first_name="Lena",
                last_name="Peeters",
                birth_date=birth,
                gender=Gender.FEMALE,
                language=language,
                **REGISTERED,  # type: ignore[arg-type]
            )
            uow.session.add(intern)
            uow.commit()
            return intern.id


def make_world(db: Database) -> World:
    """The catalogue, Emre Öztürk (a registered job seeker), the host :data:`HOST` with
    Anaïs Lefèvre as mentor, and Sofie Van den Broeck as consultant."""
    with db.unit_of_work() as uow:
        session = uow.session
        seed_catalogue(session)
        intern = Intern(
            first_name="Emre",
            last_name="Öztürk",
            birth_date=date(2000, 1, 1),
            gender=Gender.MALE,
            language=Language.NL,
            **REGISTERED,  # type: ignore[arg-type]
        )
        consultant = Consultant(first_name="Sofie", last_name="Van den Broeck")
        session.add_all([intern, consultant])
        functions = dict(session.execute(select(Function.code, Function.id)).all())
        uow.commit()
        intern_id, consultant_id = intern.id, consultant.id
    host_id = save_host(db, HOST)
    mentor_id = save_mentor(db, host_id, {"first_name": "Anaïs", "last_name": "Lefèvre"})
    save_training_plan(db, host_id, {"year": "2021", "status": "received"})
    return World(
        db,
        intern_id,
        host_id,
        mentor_id,
        consultant_id,
        functions["production_assistant"],
        functions["editor"],
    )


@pytest.fixture
def world(db: Database) -> World:
    """A :class:`World` in the test's database (a fixture of every folder)."""
    return make_world(db)


def force_status(db: Database, internship_id: uuid.UUID, status: InternshipStatus) -> None:
    """Set the status without the checks of a status change."""
    with db.unit_of_work() as uow:
        internship = uow.session.get(Internship, internship_id)
        assert internship is not None
        internship.status = status
        uow.commit()


def sign_all(db: Database, internship_id: uuid.UUID, day: date = SIGNED_ON) -> None:
    """Record the signature of every party."""
    for party in SignatoryParty:
        record_signature(db, internship_id, party, f"Signer for {party.value}", day, "Liège")


def catalogue_risk(db: Database, code: str) -> CatalogueRisk:
    """The risk of the catalogue with *code*, detached from its session."""
    with db.unit_of_work() as uow:
        risk = uow.session.scalars(select(CatalogueRisk).where(CatalogueRisk.code == code)).one()
        uow.session.expunge(risk)
        return risk


def complete_sheet(db: Database, internship_id: uuid.UUID, **changes: str) -> None:
    """Fill in the whole workstation sheet, which signing needs complete, with one risk allowed
    to young workers (screen work)."""
    save_risk_sheet(db, internship_id, {**COMPLETE, **changes})
    add_risk_item(db, internship_id, catalogue_risk_id=catalogue_risk(db, "screen_work").id)


def signed_internship(world: World, **changes: str) -> uuid.UUID:
    """A new internship of *world* (with *changes* to its values), signed by every party."""
    internship_id = create_internship(world.db, world.values(**changes))
    complete_sheet(world.db, internship_id)
    change_status(world.db, internship_id, InternshipStatus.AWAITING_SIGNATURES)
    sign_all(world.db, internship_id)
    change_status(world.db, internship_id, InternshipStatus.SIGNED)
    return internship_id
