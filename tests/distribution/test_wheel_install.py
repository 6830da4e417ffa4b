"""The wheel installs and runs away from the checkout: demo, print, screenshot, annual report.

The wheel is built from a copy of the sources (as ``make dist`` builds it) and installed
with its dependencies taken from the test's own environment, so nothing is downloaded.
The commands then run in a folder outside the checkout, with no ``PYTHONPATH``: the
catalogue, templates, fonts, translations and migrations must come from the wheel.
"""

from __future__ import annotations

import csv
import os
import shutil
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest
from alembic import command

from consultant_app.cli import main
from consultant_app.store.engine import create_sqlite_engine
from consultant_app.store.keys import PASSPHRASE_ENV, existing_key
from consultant_app.store.migrate import alembic_config
from consultant_app.store.schema import HEAD, REVISIONS

pytestmark = pytest.mark.dist

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ("consultant_app", "resources", "db", "pyproject.toml", "setup.py", "MANIFEST.in")
SKIP = shutil.ignore_patterns("__pycache__", "*.pyc", "*.db", "build", "*.egg-info")


def _pip(*args: str) -> None:
    """pip of this environment, blind to the checkout the tests put on ``PYTHONPATH``."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    subprocess.run([sys.executable, "-m", "pip", *args], check=True, capture_output=True, env=env)


def _build_wheel(folder: Path) -> Path:
    source = folder / "source"
    source.mkdir()
    for name in SOURCES:
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, source / name, ignore=SKIP)
        else:
            shutil.copy2(ROOT / name, source / name)
    (source / "README.md").write_text("Consultant application\n", encoding="utf-8")
    wheels = folder / "wheels"
    _pip("wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(wheels), str(source))
    (wheel,) = wheels.glob("consultant_app-*.whl")
    return wheel


def _install(wheel: Path, folder: Path) -> Path:
    """A new virtual environment holding the wheel; the rest comes from this environment."""
    target = folder / "venv"
    venv.EnvBuilder(with_pip=False).create(target)
    python = target / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    _pip("--python", str(python), "install", "--no-deps", "--no-index", "-q", str(wheel))
    site = subprocess.run(
        [python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    # A plain path line: the checkout's editable install (a .pth of this environment) stays out.
    (Path(site) / "test-dependencies.pth").write_text(
        sysconfig.get_path("purelib") + "\n", encoding="utf-8"
    )
    return python


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("wheel")
    return _install(_build_wheel(folder), folder)


def _environment(home: Path) -> dict[str, str]:
    keep = ("PATH", "HOME", "LANG", "TMPDIR", "SYSTEMROOT", "TEMP", "TMP")
    env = {name: os.environ[name] for name in keep if name in os.environ}
    env.update(
        QT_QPA_PLATFORM="offscreen",
        QT_LOGGING_RULES="qt.qpa.*=false",
        CONSULTANT_APP_HOME=str(home),
        CONSULTANT_APP_PASSPHRASE="demo-passphrase",
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
    )
    return env


def test_the_installed_wheel_runs_outside_the_checkout(installed: Path, tmp_path: Path) -> None:
    work = tmp_path / "elsewhere"
    work.mkdir()
    env = _environment(tmp_path / "home")

    def run(*args: str) -> str:
        return _run(installed, work, env, *args)

    where = run_python(installed, work, env)
    assert all(Path(p).is_relative_to(installed.parents[1]) for p in where), where
    run("--db", "demo.db", "demo", "--size", "small")
    run("--db", "demo.db", "export", "internships", "-o", "internships.csv")
    with (work / "internships.csv").open(encoding="utf-8-sig", newline="") as rows:
        reference = next(csv.DictReader(rows))["reference"]
    run("--db", "demo.db", "print", "convention", reference, "--lang", "nl", "-o", "c.pdf")
    run("--db", "demo.db", "screenshot", "--lang", "fr", "-o", "window.png")
    run("--db", "demo.db", "report", "annual", "--format", "pdf", "-o", "annual.pdf")
    assert (work / "c.pdf").read_bytes().startswith(b"%PDF")
    assert (work / "annual.pdf").read_bytes().startswith(b"%PDF")
    assert (work / "window.png").read_bytes().startswith(b"\x89PNG")


def _run(python: Path, cwd: Path, env: dict[str, str], *args: str) -> str:
    done = subprocess.run(
        [str(python), "-m", "consultant_app", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def _counts(info: str) -> list[str]:
    return [line.split() for line in info.splitlines() if line.startswith("  ")]


def test_a_database_of_the_previous_release_opens_after_the_upgrade(
    installed: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:  # type: ignore[no-untyped-def]
    """The data folder is not the program's: the new version finds it and migrates it."""
    home = tmp_path / "home"
    database = home / "data" / "consultant.db"
    database.parent.mkdir(parents=True)
    monkeypatch.setenv(PASSPHRASE_ENV, "demo-passphrase")
    assert main(["--db", str(database), "demo", "--size", "small"]) == 0
    capsys.readouterr()
    assert main(["--db", str(database), "info"]) == 0
    before = _counts(capsys.readouterr().out)
    # As the previous release left it: the same rows, at the schema before the latest.
    engine = create_sqlite_engine(database, key=existing_key(database))
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, REVISIONS[-2])
    engine.dispose()

    # The first opening by the new version (the window, or any command that writes)
    # migrates the default database; read commands such as info leave it as it is.
    migrated = _run(installed, tmp_path, _environment(home), "migrate")
    assert f"Migrated to {HEAD}" in migrated
    info = _run(installed, tmp_path, _environment(home), "info")  # the default database

    assert f"Schema:   {HEAD}" in info
    assert _counts(info) == before
    assert list(database.parent.rglob(f"*before-{HEAD}*")), "a copy is taken before migrating"


def run_python(python: Path, cwd: Path, env: dict[str, str]) -> list[str]:
    """Where the installed package takes its code, catalogue, translations and migrations."""
    code = (
        "import consultant_app, consultant_app.paths as p;"
        "print(consultant_app.__file__, p.CATALOGUE_FILE, p.MIGRATIONS_DIR / 'env.py',"
        " p.TRANSLATIONS_DIR / 'consultant_app_nl.qm', p.TRANSLATIONS_DIR / 'consultant_app_fr.qm',"
        " p.FONTS_DIR / 'DejaVuSans.ttf', sep='\\n')"
    )
    out = subprocess.run(
        [str(python), "-c", code], cwd=cwd, env=env, capture_output=True, text=True, check=True
    ).stdout.split("\n")
    found = [line for line in out if line]
    assert all(Path(line).is_file() for line in found), found
    return found
