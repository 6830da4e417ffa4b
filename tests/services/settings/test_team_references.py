"""References stay unique across the team's laptops: each numbers offline from leased blocks."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from consultant_app.services.internships.records import create_internship
from consultant_app.services.settings.team import hub_address, sync
from consultant_app.store.models import Internship
from consultant_app.store.sync import engine, leases
from consultant_app.store.sync.hub import connect
from tests.support.team import Team, dump


def _lease_2021(database) -> None:  # type: ignore[no-untyped-def]
    hub = connect(hub_address(database))
    try:
        with database.engine.begin() as connection:
            laptop = engine.laptop_id(database.engine)
            leases.top_up(connection, hub.lease_references, laptop, date(2021, 3, 1))
    finally:
        hub.close()


def _references(database) -> list[str]:  # type: ignore[no-untyped-def]
    with database.unit_of_work() as uow:
        return sorted(i.reference for i in uow.session.query(Internship))


def test_two_laptops_offline_never_give_the_same_reference(team: Team) -> None:
    first, world = team.first()
    create_internship(first, world.values())  # SM-2021-001, before the team
    sync(first)
    second = team.join()
    _lease_2021(first)
    _lease_2021(second)
    # Both offline now: each creates internships for other interns of 2021.
    made = []
    for laptop in (first, second, first, second):
        laptop_world = replace(world, db=laptop)
        intern_id = laptop_world.add_intern()
        made.append(create_internship(laptop, laptop_world.values(intern_id=str(intern_id))))
    sync(first)
    sync(second)
    sync(first)
    references = _references(first)
    assert len(references) == 5 == len(set(references))
    assert references[0] == "SM-2021-001"
    assert _references(second) == references
    assert dump(first) == dump(second)
