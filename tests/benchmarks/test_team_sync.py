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
