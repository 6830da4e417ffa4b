"""Benchmark: a day's work (~200 changes) is pushed and pulled through the hub in ≤ 1 s each.

Runs on the loopback against the tests' throwaway PostgreSQL (skipped without its server).
"""

from __future__ import annotations

import time

from consultant_app.services.settings.team import sync, team_status
from consultant_app.store.models import Host, Intern, Mentor
from tests.support.team import Team, dump, edit

LIMIT_SECONDS = 1.0


def test_a_days_work_is_pushed_and_pulled_within_a_second_each(team: Team) -> None:
    first, world = team.first()
    second = team.join()
    # 200 edits of three records: 203 rows to send (the records and 200 audit entries).
    for number in range(200):
        model, row_id, field = [
            (Intern, world.intern_id, "phone"),
            (Host, world.host_id, "municipality"),
            (Mentor, world.mentor_id, "job_title"),
        ][number % 3]
        edit(first, model, row_id, **{field: f"value {number}"})
    assert team_status(first).pending == 203
    started = time.perf_counter()
    sync(first)
    pushed = time.perf_counter() - started
    started = time.perf_counter()
    sync(second)
    pulled = time.perf_counter() - started
    print(f"\nteam sync, a day's work: push {pushed:.2f} s, pull {pulled:.2f} s")
    assert dump(first) == dump(second)
    assert pushed <= LIMIT_SECONDS
    assert pulled <= LIMIT_SECONDS


CATCH_UP_SECONDS = 10.0


def test_a_laptop_offline_for_weeks_catches_up_10000_changes_within_10_seconds(
    team: Team,
) -> None:
    from datetime import date

    from consultant_app.domain.enums import Gender, Language

    first, _ = team.first()
    second = team.join()
    with first.unit_of_work() as uow:  # 5,000 interns and their audit entries
        for number in range(5000):
            uow.session.add(
                Intern(
                    first_name=f"Intern {number}",
                    last_name="Catch-up",
                    birth_date=date(2000, 1, 1),
                    gender=Gender.FEMALE,
                    language=Language.FR,
                )
            )
        uow.commit()
    assert team_status(first).pending == 10_000
    started = time.perf_counter()
    sync(first)
    pushed = time.perf_counter() - started
    started = time.perf_counter()
    outcome = sync(second)
    pulled = time.perf_counter() - started
    print(f"\nteam sync, 10,000 changes: push {pushed:.2f} s, catch-up {pulled:.2f} s")
    assert outcome.pulled == 10_000
    assert dump(first) == dump(second)
    assert pulled <= CATCH_UP_SECONDS
