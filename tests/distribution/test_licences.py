"""Every library the application installs is named, with its licence, in the licences text."""

from __future__ import annotations

import re
from importlib.metadata import PackageNotFoundError, distribution

import pytest
from packaging.requirements import Requirement

from consultant_app import __version__
from consultant_app.cli import main
from consultant_app.paths import LICENCES_FILE


def _name(text: str) -> str:
    return re.sub(r"[-_.]+", "-", text).lower()


def _runtime_closure(root: str) -> set[str]:
    """The distributions installed because *root* needs them (extras left out)."""
    seen: set[str] = set()
    waiting = [root]
    while waiting:
        try:
            found = distribution(waiting.pop())
        except PackageNotFoundError:
            continue
        name = _name(found.metadata["Name"])
        if name in seen:
            continue
        seen.add(name)
        for line in found.requires or []:
            requirement = Requirement(line)
            if requirement.marker is None or requirement.marker.evaluate({"extra": ""}):
                waiting.append(requirement.name)
    return seen - {_name(root)}


def test_every_installed_dependency_has_its_licence_listed() -> None:
    listed = _name(LICENCES_FILE.read_text(encoding="utf-8"))
    closure = _runtime_closure("consultant-app")
    assert {"pyside6-essentials", "sqlalchemy", "reportlab"} <= closure
    missing = sorted(name for name in closure if name not in listed)
    assert missing == [], f"add their licences to {LICENCES_FILE}"


def test_version_is_printed(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["--version"])
    assert stopped.value.code == 0
    assert capsys.readouterr().out.strip() == f"consultant-app {__version__}"
