"""The one build step pyproject.toml cannot declare: the wheel carries resources/ and db/.

The repository keeps the catalogue, templates, fonts, translations and the Alembic
migrations at its top (``resources/``, ``db/``); a wheel puts them inside the package
(``consultant_app/resources``, ``consultant_app/db``), where ``consultant_app/paths.py``
finds them through importlib.resources. The translations go in compiled (.qm): compiled
here with ``pyside6-lrelease`` when it is at hand, else taken as ``make dist`` compiled them
(an sdist carries them compiled).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
SHIPPED = ("resources", "db")
LEFT_OUT = shutil.ignore_patterns("__pycache__", "*.pyc", "*.ts")


def lrelease() -> str | None:
    beside = Path(sys.executable).parent / "pyside6-lrelease"
    found = [str(p) for p in (beside, beside.with_suffix(".exe")) if p.exists()]
    return found[0] if found else shutil.which("pyside6-lrelease")


def compile_translations(sources: Path, target: Path) -> None:
    tool = lrelease()
    for ts in sorted(sources.glob("*.ts")):
        qm = target / ts.with_suffix(".qm").name
        if tool:
            subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)], check=True)
        elif not qm.exists():
            raise SystemExit(f"{qm.name} is missing: run 'make translations' or install PySide6")


class BuildWithResources(build_py):
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return  # an editable install reads resources/ and db/ from the checkout
        package = Path(self.build_lib) / "consultant_app"
        for name in SHIPPED:
            shutil.copytree(ROOT / name, package / name, ignore=LEFT_OUT, dirs_exist_ok=True)
        translations = "resources/translations"
        compile_translations(ROOT / translations, package / translations)


setup(cmdclass={"build_py": BuildWithResources})
