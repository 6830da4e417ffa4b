"""The text of a PDF as poppler's pdftotext reads it (what a user copying from it gets)."""

from __future__ import annotations

import shutil
import subprocess


def pdftotext(content: bytes, *, layout: bool = False) -> str:
    """The text of the PDF *content*; pdftotext is installed by ``make test`` (system-deps)."""
    command = shutil.which("pdftotext")
    assert command, "pdftotext is missing: run packaging/linux/system-deps.sh"
    options = ["-layout"] if layout else []
    result = subprocess.run(
        [command, *options, "-enc", "UTF-8", "-", "-"],
        input=content,
        capture_output=True,
        check=True,
    )
    return result.stdout.decode("utf-8")


def words(text: str) -> str:
    """*text* with every run of white space made one space."""
    return " ".join(text.split())
