"""Time does not decide: wrong clocks, long absences and a hub that drops the connection."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from consultant_app.services.settings import team as team_service
from consultant_app.services.settings.team import HubUnreachable, list_conflicts, sync
from consultant_app.store.models import Host
from consultant_app.store.sync import apply, engine
from tests.support.postgres import Cluster
from tests.support.team import Intern, Team, dump, edit, read


def test_a_laptop_whose_clock_is_hours_ahead_does_not_win_by_its_clock(team: Team) -> None:
    first, world = team.first()
    second = team.join()
    ahead = datetime.now(UTC) + timedelta(hours=7)
    edit(second, Intern, world.intern_id, email="ahead@example.be", updated_at=ahead)
    edit(first, Intern, world.intern_id, email="right@example.be")
    sync(second)
    assert sync(first).conflicts == 1  # a person decides, not the later timestamp
    assert read(first, Intern, world.intern_id, "email") == "right@example.be"
    [conflict] = list_conflicts(first)
    team_service.resolve_conflict(first, conflict.id, "theirs")
    sync(first)
    sync(second)
    assert read(second, Intern, world.intern_id, "email") == "ahead@example.be"
    assert dump(first) == dump(second)


def test_a_laptop_offline_for_a_month_catches_up_and_keeps_its_own_work(team: Team) -> None:
    first, world = team.first()
    second = team.join()
    edit(second, Host, world.host_id, municipality="Mons")  # offline all month
    for day in range(30):
        edit(first, Intern, world.intern_id, phone=f"0470 00 00 {day:02d}")
        sync(first)
    outcome = sync(second)
    assert outcome.conflicts == 0 and outcome.pushed >= 1
    sync(first)
    assert read(second, Intern, world.intern_id, "phone") == "0470 00 00 29"
    assert read(first, Host, world.host_id, "municipality") == "Mons"
    assert dump(first) == dump(second)


def test_the_hub_dropping_the_connection_mid_pull_loses_nothing(
    team: Team, pg_cluster: Cluster, monkeypatch: pytest.MonkeyPatch
) -> None:
    first, world = team.first()
    second = team.join()
    for number in range(12):
        edit(first, Intern, world.intern_id, phone=str(number))
        sync(first)
    real_apply = apply.apply_change
    calls = {"n": 0}

    def terminated(connection, change, known, fetch):  # type: ignore[no-untyped-def]
        calls["n"] += 1
        if calls["n"] == 5:  # the server ends every consultant connection now
            pg_cluster.admin(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE application_name LIKE 'consultant-app%'"
            )
        return real_apply(connection, change, known, fetch)

    monkeypatch.setattr(engine, "apply_change", terminated)
    monkeypatch.setattr(engine, "PAGE", 4)
    with pytest.raises(HubUnreachable, match="kept on this computer"):
        sync(second)
    cursor = int(engine.state(second.engine, engine.CURSOR) or 0)
    assert cursor > 0  # the pages applied before the drop stayed, with their cursor
    assert read(second, Intern, world.intern_id, "phone") != "11"
    monkeypatch.setattr(engine, "apply_change", real_apply)
    sync(second)
    assert dump(first) == dump(second)
    assert read(second, Intern, world.intern_id, "phone") == "11"
