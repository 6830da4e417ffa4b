"""Two laptops share their internships through the team hub (a real PostgreSQL)."""

from __future__ import annotations

from consultant_app.services.lists import InternsSource, ListQuery
from consultant_app.services.settings.team import (
    list_conflicts,
    resolve_conflict,
    sync,
    team_status,
)
from consultant_app.store.database import Database
from consultant_app.store.sync import local
from tests.support.team import Host, Intern, Team, dump, edit, read


def test_a_joined_laptop_holds_the_first_laptops_data(team: Team) -> None:
    first, _ = team.first()
    second = team.join()
    assert dump(second) == dump(first)
    assert team_status(second).pending == 0


def test_edits_of_different_fields_on_two_laptops_merge_silently(team: Team) -> None:
    first, world = team.first()
    second = team.join()
    edit(first, Intern, world.intern_id, email="emre@example.be")
    edit(second, Intern, world.intern_id, phone="0470 12 34 56")
    edit(second, Host, world.host_id, name="Studio Nord")
    sync(first)
    assert sync(second).conflicts == 0
    sync(first)
    for laptop in (first, second):
        assert read(laptop, Intern, world.intern_id, "email") == "emre@example.be"
        assert read(laptop, Intern, world.intern_id, "phone") == "0470 12 34 56"
        assert read(laptop, Host, world.host_id, "name") == "Studio Nord"
        assert list_conflicts(laptop) == []
    assert dump(first) == dump(second)


def test_the_same_field_edited_twice_is_one_conflict_resolved_by_a_person(team: Team) -> None:
    first, world = team.first()
    second = team.join()
    edit(first, Intern, world.intern_id, email="first@example.be")
    edit(second, Intern, world.intern_id, email="second@example.be")
    sync(first)
    outcome = sync(second)
    assert outcome.conflicts == 1
    [conflict] = list_conflicts(second)
    assert conflict.fields == ("email",)
    assert conflict.mine and conflict.mine["email"] == "second@example.be"
    assert conflict.theirs and conflict.theirs["email"] == "first@example.be"
    # Nothing is overwritten silently: each laptop keeps its value until a person decides.
    assert read(second, Intern, world.intern_id, "email") == "second@example.be"
    sync(first)
    assert read(first, Intern, world.intern_id, "email") == "first@example.be"
    resolve_conflict(second, conflict.id, "mine")
    sync(second)
    sync(first)
    assert list_conflicts(second) == []
    for laptop in (first, second):
        assert read(laptop, Intern, world.intern_id, "email") == "second@example.be"
    assert dump(first) == dump(second)


def test_two_laptops_working_apart_end_with_identical_data_and_annual_figures(
    team: Team,
) -> None:
    from consultant_app.domain.period import Period
    from consultant_app.services.figures.annual import annual_figures
    from consultant_app.services.privacy.anonymise import anonymise_intern
    from consultant_app.store.models import Internship
    from tests.support.builders import signed_internship

    first, world = team.first()
    internship_id = signed_internship(world)
    sync(first)
    second = team.join()
    edit(first, Host, world.host_id, municipality="Namur")  # different fields...
    edit(second, Intern, world.intern_id, phone="0470 99 88 77")
    edit(first, Internship, internship_id, objectives="Run the shooting day.")  # ...one clash
    edit(second, Internship, internship_id, objectives="Edit the evening news.")
    sync(first)
    assert sync(second).conflicts == 1
    [conflict] = list_conflicts(second)
    resolve_conflict(second, conflict.id, "theirs")
    anonymise_intern(second, world.intern_id)  # offline, then synced
    sync(second)
    sync(first)
    assert dump(first) == dump(second)
    assert read(first, Internship, internship_id, "objectives") == "Run the shooting day."
    assert read(first, Intern, world.intern_id, "first_name") == "Anonymised"
    year = Period.year(2021)
    assert annual_figures(first, year) == annual_figures(second, year)
    assert annual_figures(first, year).totals.conventions == 1


def test_a_deletion_against_an_edit_is_a_conflict_not_a_silent_loss(team: Team) -> None:
    from datetime import UTC, datetime

    first, world = team.first()
    second = team.join()
    edit(first, Host, world.host_id, deleted_at=datetime.now(UTC))
    edit(second, Host, world.host_id, name="Studio Sud")
    sync(first)
    assert sync(second).conflicts == 1
    [conflict] = list_conflicts(second)
    assert "deleted_at" in conflict.fields
    assert read(second, Host, world.host_id, "deleted_at") is None  # mine kept meanwhile
    resolve_conflict(second, conflict.id, "mine")  # the edited host stays
    sync(second)
    sync(first)
    for laptop in (first, second):
        assert read(laptop, Host, world.host_id, "deleted_at") is None
        assert read(laptop, Host, world.host_id, "name") == "Studio Sud"
    assert dump(first) == dump(second)


def _schema_objects(database: Database) -> list[tuple[str, str, str]]:
    with database.engine.connect() as connection:
        rows = connection.exec_driver_sql(
            "SELECT type, name, sql FROM sqlite_master WHERE type IN ('index', 'trigger') "
            "ORDER BY name"
        )
        return [(r[0], r[1], r[2]) for r in rows]


def test_a_joined_laptop_searches_its_interns_and_captures_its_own_edits(team: Team) -> None:
    first, world = team.first()
    second = team.join()
    for laptop in (first, second):
        found = InternsSource(laptop).fetch(ListQuery(search="oztur"), 0, 10)
        assert [row.values[0] for row in found] == ["Öztürk"]
    # The join builds the indexes and triggers after the load: all of them are back.
    assert _schema_objects(second) == _schema_objects(first)
    edit(second, Intern, world.intern_id, last_name="Yilmaz")
    with second.engine.connect() as connection:
        pending = {(entity, row_id) for _seq, entity, row_id in local.outbox(connection)}
    assert ("intern", world.intern_id.hex) in pending  # and its audit entry
    assert [r.values[0] for r in InternsSource(second).fetch(ListQuery(search="yilm"), 0, 10)] == [
        "Yilmaz"
    ]
