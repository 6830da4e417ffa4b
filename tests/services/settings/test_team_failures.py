"""The team hub when things go wrong: hub down, batches sent twice, pulls cut short, old apps."""

from __future__ import annotations

import json

import pytest

from consultant_app.services.settings import team as team_service
from consultant_app.services.settings.team import HubError, HubUnreachable, sync, team_status
from consultant_app.store.sync import apply, engine, local
from consultant_app.store.sync.hub import HubAddress, connect
from tests.support.team import Intern, Team, dump, edit, read


def _hub_rows(url: str, sql: str) -> list[tuple[object, ...]]:
    import psycopg

    with psycopg.connect(url) as connection:
        return connection.execute(sql).fetchall()  # type: ignore[arg-type]


def test_hub_down_keeps_the_work_and_the_next_sync_carries_it(team: Team) -> None:
    first, world = team.first()
    second = team.join()
    edit(first, Intern, world.intern_id, email="offline@example.be")
    real = local_hub = engine.state(first.engine, "hub")
    assert real is not None
    address = HubAddress.parse(real)
    with first.engine.begin() as connection:  # the hub's port now answers nothing
        local.set_state(connection, "hub", real.replace(f":{address.port}/", ":1/"))
    with pytest.raises(HubUnreachable, match=r"cannot be reached.*kept on this computer"):
        sync(first)
    assert read(first, Intern, world.intern_id, "email") == "offline@example.be"
    assert team_status(first).pending == 2  # the intern and its audit entry
    with first.engine.begin() as connection:
        local.set_state(connection, "hub", local_hub)
    sync(first)
    sync(second)
    assert read(second, Intern, world.intern_id, "email") == "offline@example.be"
    assert team_status(first).pending == 0


def test_a_batch_sent_again_after_a_crash_is_applied_once(team: Team) -> None:
    first, world = team.first()
    edit(first, Intern, world.intern_id, email="once@example.be")
    hub = connect(team_service.hub_address(first))
    try:
        with first.engine.begin() as connection:
            batch = engine._build_batch(connection, None)
            assert batch is not None
            local.set_state(connection, engine.PENDING, json.dumps(batch))
        # The hub commits the push, then the laptop dies before it records the answer.
        hub.push(batch["id"], engine.laptop_id(first.engine), batch["changes"])
        before = hub.head()
        sync(first)  # sends the kept batch again: the hub answers with its first result
        assert hub.head() == before
    finally:
        hub.close()
    rows = _hub_rows(
        team.url, "SELECT count(*) FROM hub.change WHERE data->>'email' = 'once@example.be'"
    )
    assert rows == [(1,)]
    assert team_status(first).pending == 0


def test_an_interrupted_pull_resumes_without_loss_or_duplicates(
    team: Team, monkeypatch: pytest.MonkeyPatch
) -> None:
    first, world = team.first()
    second = team.join()
    for number in range(6):
        edit(first, Intern, world.intern_id, email=f"v{number}@example.be", phone=str(number))
        sync(first)
    calls = {"n": 0}
    real_apply = apply.apply_change

    def dying(*args, **kwargs):  # type: ignore[no-untyped-def]
        calls["n"] += 1
        if calls["n"] == 7:
            raise ConnectionError("connection to the hub lost")
        return real_apply(*args, **kwargs)

    monkeypatch.setattr(engine, "apply_change", dying)
    hub = connect(team_service.hub_address(second))
    try:
        with pytest.raises(ConnectionError):
            engine.pull(second.engine, hub, page=4)
        cursor = int(engine.state(second.engine, engine.CURSOR) or 0)
        assert cursor > 0  # the first page stayed, with its cursor
        monkeypatch.setattr(engine, "apply_change", real_apply)
        engine.pull(second.engine, hub, page=4)
        assert int(engine.state(second.engine, engine.CURSOR) or 0) == hub.head()
    finally:
        hub.close()
    assert dump(second) == dump(first)
    assert team_status(second).pending == 0


def test_the_hub_refuses_an_application_older_than_its_minimum(team: Team) -> None:
    first, _ = team.first()
    hub = connect(HubAddress.parse(team.url))
    try:
        hub.set_min_app_version("99.0")
    finally:
        hub.close()
    with pytest.raises(HubError, match=r"older than the team hub accepts \(version 99.0"):
        sync(first)


def test_a_consultant_role_cannot_alter_the_hub_nor_rewrite_its_history(
    team: Team, pg_cluster
) -> None:
    import psycopg

    _, world = team.first()
    database = HubAddress.parse(team.url).database
    pg_cluster.admin(f"CREATE ROLE {database}_alice LOGIN PASSWORD 'alice-secret'")
    pg_cluster.admin(f"GRANT {database}_consultant TO {database}_alice")
    alice_url = pg_cluster.url(database, f"{database}_alice", "alice-secret")
    laptop = team.join(alice_url)  # alice pulls and pushes through the functions
    edit(laptop, Intern, world.intern_id, email="alice@example.be")
    sync(laptop)
    authors = _hub_rows(team.url, "SELECT DISTINCT author FROM hub.change WHERE seq > 1")
    assert (f"{database}_alice",) in authors
    refused = (
        "ALTER TABLE hub.change ADD COLUMN note text",
        "UPDATE hub.change SET data = NULL",
        "DELETE FROM hub.change",
        "INSERT INTO hub.meta VALUES ('x', 'y')",
        "UPDATE hub.meta SET value = '0' WHERE key = 'min_app_version'",
        "DROP TABLE hub.row",
        "CREATE TABLE hub.mine (x int)",
    )
    with psycopg.connect(alice_url, autocommit=True) as connection:
        for statement in refused:
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                connection.execute(statement)  # type: ignore[arg-type]
    # A role the administrator revokes can no longer sync; its laptop keeps its copy.
    pg_cluster.admin(f"REVOKE {database}_consultant FROM {database}_alice")
    edit(laptop, Intern, world.intern_id, phone="0470 00 00 00")
    with pytest.raises(HubError, match="refused role"):
        sync(laptop)
    assert read(laptop, Intern, world.intern_id, "phone") == "0470 00 00 00"


def test_a_push_cut_before_the_hub_commits_is_sent_again_whole(
    team: Team, monkeypatch: pytest.MonkeyPatch
) -> None:
    from consultant_app.store.sync.hub import Hub

    first, world = team.first()
    second = team.join()
    edit(first, Intern, world.intern_id, email="retry@example.be")
    real_push = Hub.push

    def cut(self, batch, laptop, changes):  # type: ignore[no-untyped-def]
        raise HubUnreachable("The hub cannot be reached (cut before the commit).")

    monkeypatch.setattr(Hub, "push", cut)
    with pytest.raises(HubUnreachable):
        sync(first)
    kept = engine.state(first.engine, engine.PENDING)
    assert kept is not None  # the batch waits, as it was built
    monkeypatch.setattr(Hub, "push", real_push)
    sync(first)
    assert engine.state(first.engine, engine.PENDING) is None
    sync(second)
    assert read(second, Intern, world.intern_id, "email") == "retry@example.be"
    applied = _hub_rows(
        team.url,
        "SELECT count(*) FROM hub.applied_batch WHERE batch_id = '" + json.loads(kept)["id"] + "'",
    )
    assert applied == [(1,)]


def test_a_first_copy_that_fails_half_way_leaves_no_half_hub(
    team: Team, monkeypatch: pytest.MonkeyPatch
) -> None:
    from consultant_app.store.sync import bulk

    def broken(*_args, **_kwargs):  # type: ignore[no-untyped-def]
        raise HubUnreachable("The hub cannot be reached (lost while sending).")

    monkeypatch.setattr(team_service, "initial_push", broken)
    with pytest.raises(HubUnreachable):
        team.first()
    first = team.laptops[0]
    assert team_status(first).hub is None
    assert _hub_rows(team.url, "SELECT count(*) FROM pg_namespace WHERE nspname = 'hub'") == [(0,)]
    monkeypatch.setattr(team_service, "initial_push", bulk.initial_push)
    team_service.init_hub(first, team.url)  # tried again: works
    assert team.join() is not None


def test_rows_of_a_newer_schema_stop_the_pull_without_touching_the_data(team: Team) -> None:
    import psycopg

    first, world = team.first()
    second = team.join()
    edit(first, Intern, world.intern_id, email="before@example.be")
    sync(first)
    with psycopg.connect(team.url, autocommit=True) as connection:
        connection.execute(
            "INSERT INTO hub.change (seq, entity, row_id, data, author, laptop, batch_id) "
            "SELECT max(seq) + 1, 'future_table', 'x', '{}'::jsonb, 'v2', 'other', "
            "gen_random_uuid() FROM hub.change"
        )
    before = dump(second)
    cursor = engine.state(second.engine, engine.CURSOR)
    with pytest.raises(team_service.SchemaMismatch, match="update the application"):
        sync(second)
    assert dump(second) == before  # the page with the unknown rows was not applied at all
    assert engine.state(second.engine, engine.CURSOR) == cursor
