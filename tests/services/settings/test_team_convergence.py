"""Property: laptops editing at random, syncing at random, end with identical data."""

from __future__ import annotations

import itertools
import tempfile
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from consultant_app.services.settings.team import (
    list_conflicts,
    resolve_conflict,
    sync,
    team_status,
)
from consultant_app.store.models import Host, Intern, Mentor
from tests.support.postgres import Cluster
from tests.support.team import Team, dump, edit, read

FIELDS = {
    Intern: ("email", "phone", "municipality"),
    Host: ("name", "contact_phone", "municipality"),
    Mentor: ("email", "job_title"),
}
_hubs = itertools.count(1)
GONE = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)

edits = st.tuples(
    st.sampled_from(sorted(FIELDS, key=lambda m: m.__name__)),
    st.integers(0, 3),  # 3: delete the record (soft), or bring it back when deleted
    st.sampled_from(["a", "b", "c"]),
)
steps = st.lists(
    st.tuples(st.integers(0, 2), st.one_of(st.just("sync"), edits)), min_size=1, max_size=14
)


def _settle(team: Team) -> None:
    """Sync every laptop, settling every conflict (the first laptop keeps its own)."""
    for _round in range(6):
        for index, laptop in enumerate(team.laptops):
            for conflict in list_conflicts(laptop):
                resolve_conflict(laptop, conflict.id, "mine" if index == 0 else "theirs")
            sync(laptop)
        if all(
            team_status(laptop).pending == team_status(laptop).conflicts == 0
            for laptop in team.laptops
        ):
            break
    for laptop in team.laptops:
        sync(laptop)


@pytest.mark.slow
@settings(max_examples=6, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(laptops=st.integers(2, 3), script=steps)
def test_laptops_that_edit_and_sync_at_random_converge(
    pg_cluster: Cluster, laptops: int, script: list[tuple[int, object]]
) -> None:
    name = f"hub_convergence_{next(_hubs)}"
    pg_cluster.admin(f"CREATE DATABASE {name}")
    team = Team(pg_cluster.url(name), Path(tempfile.mkdtemp(prefix="team-")))
    try:
        _, world = team.first()
        for _ in range(laptops - 1):
            team.join()
        ids = {Intern: world.intern_id, Host: world.host_id, Mentor: world.mentor_id}
        for laptop_index, step in script:
            laptop = team.laptops[laptop_index % laptops]
            if step == "sync":
                sync(laptop)
                continue
            model, field_index, value = step  # type: ignore[misc]
            fields = FIELDS[model]
            if field_index == 3:
                deleted = read(laptop, model, ids[model], "deleted_at")
                edit(laptop, model, ids[model], deleted_at=None if deleted else GONE)
                continue
            field = fields[field_index % len(fields)]
            edit(laptop, model, ids[model], **{field: value})
        _settle(team)
        dumps = [dump(laptop) for laptop in team.laptops]
        assert all(d == dumps[0] for d in dumps[1:])
        assert all(list_conflicts(laptop) == [] for laptop in team.laptops)
    finally:
        team.close()
        pg_cluster.admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
