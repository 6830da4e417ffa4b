"""The command line as a user types it."""

from __future__ import annotations

from pathlib import Path

import pytest

from consultant_app.cli import main
from consultant_app.store.database import open_database
from consultant_app.store.schema import HEAD
from tests.support.db import connect_raw


def test_help_lists_the_commands(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--help"])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    for command in ("run", "demo", "screenshot", "info", "migrate"):
        assert command in out


def test_info_on_a_new_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "new.db"
    open_database(path).close()
    assert main(["info", "--db", str(path)]) == 0
    out = capsys.readouterr().out
    assert str(path) in out
    assert HEAD in out
    assert "internships" in out
    assert "encrypted; key in the keyring (test keyring)" in out


def test_the_command_line_takes_the_passphrase_from_the_environment(tmp_path: Path) -> None:
    """Without a keyring: a clear refusal, then CONSULTANT_APP_PASSPHRASE opens the file."""
    import os
    import subprocess
    import sys

    path = tmp_path / "headless.db"
    env = dict(os.environ, PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    env.pop("CONSULTANT_APP_PASSPHRASE", None)
    command = [sys.executable, "-m", "consultant_app", "--db", str(path), "info"]
    demo = [sys.executable, "-m", "consultant_app", "--db", str(path), "demo", "--size", "small"]
    refused = subprocess.run(demo, env=env, capture_output=True, text=True, timeout=60)
    assert refused.returncode == 2
    assert "no keyring" in refused.stderr and "CONSULTANT_APP_PASSPHRASE" in refused.stderr
    assert not path.exists()
    env["CONSULTANT_APP_PASSPHRASE"] = "a passphrase for the train"
    subprocess.run(demo, env=env, check=True, capture_output=True, timeout=300)
    opened = subprocess.run(command, env=env, capture_output=True, text=True, timeout=60)
    assert opened.returncode == 0, opened.stderr
    assert "passphrase from CONSULTANT_APP_PASSPHRASE" in opened.stdout
    env["CONSULTANT_APP_PASSPHRASE"] = "not the passphrase"
    before = path.read_bytes()
    wrong = subprocess.run(command, env=env, capture_output=True, text=True, timeout=60)
    assert wrong.returncode == 2
    assert "does not open" in wrong.stderr and "ERROR" not in wrong.stderr
    assert path.read_bytes() == before


def test_db_option_before_or_after_the_command(tmp_path: Path) -> None:
    path = tmp_path / "x.db"
    open_database(path).close()
    assert main(["--db", str(path), "info"]) == 0
    assert main(["info", "--db", str(path)]) == 0


def test_default_database_lives_in_the_data_folder(app_home: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["info"]) == 2
    assert "There is no database" in capsys.readouterr().err
    assert main(["demo"]) == 0
    assert main(["info"]) == 0
    assert (app_home / "data" / "consultant.db").exists()


def test_not_a_database_gives_a_clear_message(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "letter.db"
    path.write_text("Dear consultant,")
    assert main(["info", "--db", str(path)]) == 2
    err = capsys.readouterr().err
    assert "not a database" in err
    assert "Traceback" not in err
    assert path.read_text() == "Dear consultant,"


def test_newer_schema_gives_a_clear_message(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "future.db"
    open_database(path).close()
    assert main(["migrate", "--db", str(path)]) == 0
    connection = connect_raw(path)
    connection.execute("UPDATE alembic_version SET version_num='0099_future'")
    connection.commit()
    connection.close()
    assert main(["screenshot", "--db", str(path), "-o", str(tmp_path / "x.png")]) == 2
    assert "newer version" in capsys.readouterr().err
    assert not (tmp_path / "x.png").exists()


def test_demo_then_demo_again_is_refused(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "demo.db"
    assert main(["demo", "--db", str(path), "--seed", "3"]) == 0
    out = capsys.readouterr().out
    assert "internship" in out
    assert main(["demo", "--db", str(path)]) == 2
    assert "already" in capsys.readouterr().err


def test_screenshot_writes_a_1280x800_png(tmp_path: Path, qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QImage

    path = tmp_path / "demo.db"
    assert main(["demo", "--db", str(path)]) == 0
    output = tmp_path / "hosts.png"
    assert (
        main(
            ["screenshot", "--db", str(path), "--view", "hosts", "--lang", "fr", "-o", str(output)]
        )
        == 0
    )
    image = QImage(str(output))
    assert (image.width(), image.height()) == (1280, 800)


def test_screenshot_refuses_other_formats(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["screenshot", "--db", str(tmp_path / "a.db"), "-o", str(tmp_path / "a.jpg")]) == 2
    assert ".png" in capsys.readouterr().err


def test_a_mistyped_path_creates_nothing(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "consultnat.db"
    for command in (["info"], ["migrate"], ["screenshot", "-o", str(tmp_path / "x.png")]):
        assert main([*command, "--db", str(path)]) == 2
        assert "There is no database" in capsys.readouterr().err
    assert not path.exists()
    assert not (tmp_path / "x.png").exists()


def test_screenshot_into_a_folder_is_refused(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "a.db"
    open_database(path).close()
    folder = tmp_path / "shots.png"
    folder.mkdir()
    assert main(["screenshot", "--db", str(path), "-o", str(folder)]) == 2
    assert "is a folder" in capsys.readouterr().err


def test_screenshot_leaves_the_preferences_alone(tmp_path: Path, qapp) -> None:  # type: ignore[no-untyped-def]
    from consultant_app.preferences import Preferences

    Preferences(language="nl", last_view="visits").save()
    path = tmp_path / "a.db"
    open_database(path).close()
    output = tmp_path / "s.png"
    assert (
        main(
            ["screenshot", "--db", str(path), "--lang", "fr", "--view", "hosts", "-o", str(output)]
        )
        == 0
    )
    again = Preferences.load()
    assert (again.language, again.last_view) == ("nl", "visits")


def test_screenshot_is_exactly_the_size_asked_for(tmp_path: Path, qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QImage

    path = tmp_path / "demo.db"
    assert main(["demo", "--db", str(path)]) == 0
    output = tmp_path / "visits.png"
    command = ["screenshot", "--db", str(path), "--view", "visits", "--lang", "nl"]
    assert main([*command, "--size", "1366x768", "-o", str(output)]) == 0
    image = QImage(str(output))
    assert (image.width(), image.height()) == (1366, 768)


def test_a_window_that_cannot_shrink_to_the_size_is_an_error(tmp_path: Path, qapp, capsys) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "demo.db"
    assert main(["demo", "--db", str(path)]) == 0
    capsys.readouterr()
    output = tmp_path / "small.png"
    command = ["screenshot", "--db", str(path), "--view", "visits", "--size", "640x400"]
    assert main([*command, "-o", str(output)]) == 2
    error = capsys.readouterr().err
    assert "cannot shrink to 640x400" in error
    needed = error.split("needs ")[1].split(".")[0]
    width, height = (int(n) for n in needed.split("x"))
    assert width > 640 and height >= 400
    assert not output.exists()


def test_a_size_that_is_not_width_x_height_is_refused(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "a.db"
    open_database(path).close()
    for size in ("1280", "1280x", "big", "0x800"):
        with pytest.raises(SystemExit) as stop:
            main(["screenshot", "--db", str(path), "--size", size, "-o", str(tmp_path / "a.png")])
        assert stop.value.code == 2
        assert "WIDTHxHEIGHT" in capsys.readouterr().err
