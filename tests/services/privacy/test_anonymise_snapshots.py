"""Anonymising a person blanks them in the frozen conventions too, and nothing else."""

from __future__ import annotations

import json
import uuid
from typing import Any

from sqlalchemy import select

from consultant_app.services.people.hosts import save_host
from consultant_app.services.privacy.anonymise import (
    anonymise_host_contact,
    anonymise_intern,
    anonymise_mentor,
)
from consultant_app.store.database import Database
from consultant_app.store.models import ConventionSnapshot, Intern
from tests.support.builders import HOST, World, signed_internship


def _content(db: Database, internship_id: uuid.UUID) -> dict[str, Any]:
    with db.unit_of_work() as uow:
        content = uow.session.scalars(
            select(ConventionSnapshot.content).where(
                ConventionSnapshot.internship_id == internship_id
            )
        ).one()
    return json.loads(content)["languages"]


def _person_free(languages: dict[str, Any], *texts: str) -> bool:
    dumped = json.dumps(languages, ensure_ascii=False)
    return not any(text in dumped for text in texts)


def test_after_anonymising_the_intern_no_trace_of_the_name_is_in_the_snapshot(
    world: World,
) -> None:
    with world.db.unit_of_work() as uow:
        intern = uow.session.get(Intern, world.intern_id)
        assert intern is not None
        intern.street, intern.house_number = "Rue Secrète", "7"
        intern.postcode, intern.municipality = "4020", "Jupille"
        intern.jobseeker_number = "JS-884422"
        uow.commit()
    internship_id = signed_internship(world)
    before = _content(world.db, internship_id)
    assert not _person_free(before, "Emre", "Öztürk", "Rue Secrète", "JS-884422")

    anonymise_intern(world.db, world.intern_id, actor="tester")

    after = _content(world.db, internship_id)
    assert _person_free(after, "Emre", "Öztürk", "Rue Secrète", "Jupille", "JS-884422")
    for code, plain in after.items():
        assert plain["intern"]["name"].startswith("Anonymised "), code
        assert plain["intern"]["birth_date"] == "2000-01-01"
        # Nothing but the person's fields changed.
        assert {k: v for k, v in plain.items() if k != "intern"} == {
            k: v for k, v in before[code].items() if k != "intern"
        }
        assert plain["intern"]["jobseeker_agency"] == before[code]["intern"]["jobseeker_agency"]


def test_anonymising_the_mentor_and_the_host_contact_blanks_them_in_the_snapshot(
    world: World,
) -> None:
    save_host(world.db, {**HOST, "represented_by": "Jean Delvaux"}, host_id=world.host_id)
    internship_id = signed_internship(world)
    before = _content(world.db, internship_id)
    assert not _person_free(before, "Lefèvre", "Jean Delvaux")

    anonymise_mentor(world.db, world.mentor_id, actor="tester")
    anonymise_host_contact(world.db, world.host_id, actor="tester")

    after = _content(world.db, internship_id)
    assert _person_free(after, "Anaïs", "Lefèvre", "Jean Delvaux")
    for code, plain in after.items():
        assert plain["host"]["name"] == "Clin d'Oeil Film Srl"
        assert plain["intern"] == before[code]["intern"]
