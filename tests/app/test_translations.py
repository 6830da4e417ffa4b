"""Every string of the interface is translated into Dutch and French."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from consultant_app.paths import PACKAGE_DIR, TRANSLATIONS_DIR

LANGUAGES = ("nl", "fr")


def _messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    tree = ET.parse(path)
    found = {}
    for context in tree.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message
    return found


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated(language: str) -> None:
    messages = _messages(TRANSLATIONS_DIR / f"consultant_app_{language}.ts")
    assert messages
    unfinished = [
        source
        for (_context, source), message in messages.items()
        if (translation := message.find("translation")) is None
        or translation.get("type") in ("unfinished", "vanished", "obsolete")
        or not ("".join(translation.itertext()).strip())
    ]
    assert unfinished == []


def test_translation_files_cover_the_sources(tmp_path: Path) -> None:
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    if not lupdate.exists():
        found = shutil.which("pyside6-lupdate")
        assert found, "pyside6-lupdate comes with PySide6-Essentials"
        lupdate = Path(found)
    fresh = tmp_path / "fresh.ts"
    sources = [str(p) for p in sorted(PACKAGE_DIR.rglob("*.py"))]
    subprocess.run([str(lupdate), *sources, "-ts", str(fresh)], check=True, capture_output=True)
    wanted = set(_messages(fresh))
    for language in LANGUAGES:
        have = set(_messages(TRANSLATIONS_DIR / f"consultant_app_{language}.ts"))
        missing = sorted(wanted - have)
        assert missing == [], f"run 'make lupdate' and translate into {language}: {missing}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_compiled_translations_exist(language: str) -> None:
    assert (TRANSLATIONS_DIR / f"consultant_app_{language}.qm").exists(), "run 'make translations'"


def test_english_has_a_real_plural_for_every_count(tmp_path: Path) -> None:
    """A "%n record(s)" text reads "1 record", "2 records" in English too."""
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    fresh = tmp_path / "fresh.ts"
    sources = [str(p) for p in sorted(PACKAGE_DIR.rglob("*.py"))]
    subprocess.run([str(lupdate), *sources, "-ts", str(fresh)], check=True, capture_output=True)
    counted = {key for key, message in _messages(fresh).items() if message.get("numerus")}
    assert ("_Counts", "%n record(s)") in counted
    english = _messages(TRANSLATIONS_DIR / "consultant_app_en.ts")
    wrong = []
    for key in sorted(counted):
        message = english.get(key)
        forms = [] if message is None else [f.text or "" for f in message.iter("numerusform")]
        if len(forms) != 2 or any("(s)" in form or not form.strip() for form in forms):
            wrong.append(key)
    assert wrong == []
    assert (TRANSLATIONS_DIR / "consultant_app_en.qm").exists(), "run 'make translations'"


def test_french_puts_a_space_before_double_punctuation() -> None:
    """French writes "Statut : Tous" and "Restaurer ?", never "Statut: Tous"."""
    messages = _messages(TRANSLATIONS_DIR / "consultant_app_fr.ts")
    texts = [
        "".join(translation.itertext())
        for message in messages.values()
        if (translation := message.find("translation")) is not None
    ]
    glued = [
        text
        for text in texts
        # a letter or a closing sign glued to : ; ? ! that ends a clause (not "HH:mm", "*.db;;")
        if re.search(r"[\w)»}][:;?!](\s|$)", text)
    ]
    assert glued == []
