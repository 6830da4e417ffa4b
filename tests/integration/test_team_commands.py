"""``team``, ``sync`` and ``conflicts`` on the command line, against a real PostgreSQL hub."""

from __future__ import annotations

from pathlib import Path

import pytest

from consultant_app.cli import main
from consultant_app.store.database import open_database
from consultant_app.store.sync import local
from consultant_app.store.sync.hub import HubAddress
from tests.support.team import Intern, Team, edit, read


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_two_laptops_clash_on_the_command_line_and_a_person_settles_it(
    team: Team, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first, world = team.first()
    second_path = tmp_path / "second.db"
    code, out, _ = run(capsys, "team", "join", team.url, "--db", str(second_path))
    assert code == 0 and "Joined" in out
    assert "password" not in out and "hub-test-secret" not in out
    code, out, _ = run(capsys, "conflicts", "list", "--db", str(second_path))
    assert (code, out) == (0, "")
    edit(first, Intern, world.intern_id, email="first@example.be")
    second = open_database(second_path)
    edit(second, Intern, world.intern_id, email="second@example.be")
    second.close()
    assert run(capsys, "sync", "--db", str(first.path))[0] == 0
    code, out, _ = run(capsys, "sync", "--db", str(second_path))
    assert code == 0 and "1 conflict(s)" in out
    code, out, _ = run(capsys, "conflicts", "list", "--db", str(second_path))
    [line] = out.splitlines()
    conflict_id = line.split("\t")[0]
    assert conflict_id.isdigit()
    assert "email" in line and "second@example.be" in line and "first@example.be" in line
    code, out, _ = run(capsys, "team", "status", "--db", str(second_path))
    assert "open conflicts: 1" in out
    code, _, err = run(capsys, "conflicts", "resolve", "999", "--mine", "--db", str(second_path))
    assert code == 2 and "no open conflict 999" in err
    code, out, _ = run(
        capsys, "conflicts", "resolve", conflict_id, "--theirs", "--db", str(second_path)
    )
    assert code == 0
    assert run(capsys, "conflicts", "list", "--db", str(second_path))[1] == ""
    assert run(capsys, "sync", "--db", str(second_path))[0] == 0
    second = open_database(second_path)
    try:
        assert read(second, Intern, world.intern_id, "email") == "first@example.be"
    finally:
        second.close()


def test_sync_without_the_hub_fails_clearly_and_keeps_the_work(
    team: Team, capsys: pytest.CaptureFixture[str]
) -> None:
    first, world = team.first()
    edit(first, Intern, world.intern_id, email="kept@example.be")
    with first.engine.begin() as connection:
        url = local.get_state(connection, "hub")
        assert url is not None
        port = HubAddress.parse(url).port
        local.set_state(connection, "hub", url.replace(f":{port}/", ":1/"))
    code, out, err = run(capsys, "sync", "--db", str(first.path))
    assert code == 2
    assert "cannot be reached" in err and "kept on this computer" in err
    assert read(first, Intern, world.intern_id, "email") == "kept@example.be"
    code, out, _ = run(capsys, "team", "status", "--db", str(first.path))
    assert "pending changes: 2" in out


def test_sync_of_a_database_outside_any_team_says_how_to_join(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    open_database(db_path).close()
    code, _, err = run(capsys, "sync", "--db", str(db_path))
    assert code == 2 and "team init URL" in err


def test_a_bad_hub_address_is_refused_with_the_expected_form(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "team", "join", "http://example.org/x", "--db", str(db_path))
    assert code == 2 and "postgresql://ROLE@HOST" in err
    assert not db_path.exists()


def test_without_a_keyring_the_password_comes_from_the_environment(
    team: Team, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from consultant_app.store.sync import hub

    team.first()
    monkeypatch.setattr(hub, "keyring_available", lambda: False)
    monkeypatch.delenv(hub.PASSWORD_ENV, raising=False)
    path = tmp_path / "headless.db"
    code, _, err = run(capsys, "team", "join", team.url, "--db", str(path))
    assert code == 0 and f"Set {hub.PASSWORD_ENV}" in err
    code, _, err = run(capsys, "sync", "--db", str(path))
    assert code == 2 and f"no keyring: set {hub.PASSWORD_ENV}" in err
    monkeypatch.setenv(hub.PASSWORD_ENV, HubAddress.parse(team.url).password or "")
    assert run(capsys, "sync", "--db", str(path))[0] == 0
