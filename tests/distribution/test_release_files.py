"""The installer scripts point at what the build makes: icons, licences, executables, menus."""

from __future__ import annotations

import configparser
import re
import shutil
import struct
import subprocess
from pathlib import Path

import pytest

from consultant_app.paths import ICON_FILE, LICENCES_FILE

pytestmark = pytest.mark.dist

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
ICONS = ICON_FILE.parent


def test_the_windows_installer_takes_existing_files_and_the_bundles_programs() -> None:
    script = (PACKAGING / "windows" / "consultant-app.iss").read_text(encoding="utf-8")
    here = PACKAGING / "windows"
    for key in ("SetupIconFile", "LicenseFile"):
        (value,) = re.findall(rf"^{key}=(.+)$", script, flags=re.M)
        assert (here / value.replace("\\", "/")).is_file(), key
    assert "PrivilegesRequired=lowest" in script
    spec = (PACKAGING / "pyinstaller" / "consultant-app.spec").read_text(encoding="utf-8")
    assert 'NAME = "consultant-app"' in spec and 'f"{NAME}-cli"' in spec
    assert "{app}\\consultant-app.exe" in script


def test_the_linux_menu_entry_names_the_icon() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(PACKAGING / "linux" / "consultant-app.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application"
    assert desktop["Exec"].startswith("consultant-app")
    assert (ICONS / f"{desktop['Icon']}.png").is_file()


def test_the_icons_hold_every_size_the_systems_ask_for() -> None:
    png = ICON_FILE.read_bytes()
    assert png.startswith(b"\x89PNG") and struct.unpack(">II", png[16:24]) == (256, 256)
    ico = (ICONS / "consultant-app.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    sides = {ico[6 + 16 * i] or 256 for i in range(count)}
    assert (reserved, kind) == (0, 1) and {16, 32, 48, 256} <= sides
    icns = (ICONS / "consultant-app.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)
    assert b"ic10" in icns and b"ic07" in icns  # 1024 and 128 pixels


def test_the_licences_ship_their_full_texts() -> None:
    listed = LICENCES_FILE.read_text(encoding="utf-8")
    for text in re.findall(r"[\w.-]+-\d\.\d\.txt", listed):
        assert (LICENCES_FILE.parent / text).is_file(), text
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in (LICENCES_FILE.parent / "LGPL-3.0.txt").read_text(
        encoding="utf-8"
    )


@pytest.mark.skipif(shutil.which("bash") is None, reason="the scripts are bash scripts")
@pytest.mark.parametrize(
    "script",
    ["smoke-test.sh", "linux/build-tarball.sh", "linux/install.sh", "macos/build-dmg.sh"],
)
def test_the_packaging_scripts_parse_and_refuse_a_call_without_arguments(script: str) -> None:
    path = PACKAGING / script
    assert subprocess.run(["bash", "-n", str(path)], capture_output=True).returncode == 0
    if script != "linux/install.sh":  # that one installs: not run here
        done = subprocess.run(["bash", str(path)], capture_output=True, text=True)
        assert done.returncode != 0 and "usage" in done.stderr
