"""The roadmap sheets by name: which exist, their options, their document kinds and file names.

:data:`SHEETS` are the sheets as the command line names them; :func:`check_options`
checks a sheet with its stage and blank option, :func:`document_kind` gives the
``IssuedDocument.kind`` it is stored under and :func:`sheet_filename` its file name.
"""

from __future__ import annotations

from consultant_app.documents.roadmap_data import SCAN_MOMENTS, STAGES
from consultant_app.services.printing.issuing import document_filename

__all__ = [
    "BLANK_SHEETS",
    "SHEETS",
    "SheetNotAvailable",
    "SheetOptionError",
    "check_options",
    "document_kind",
    "sheet_filename",
]

#: The printed sheets, as the command line names them.
SHEETS = ("roadmap", "evaluation-sheet", "workplace-sheet", "scan", "report")
#: The sheets that also print as a blank form (the scan: the intern's self-assessment).
BLANK_SHEETS = ("evaluation-sheet", "workplace-sheet", "scan")

_KINDS = {
    "roadmap": "roadmap",
    "evaluation-sheet": "evaluation_{stage}",
    "workplace-sheet": "workplace_evaluation",
    "scan": "competence_scan",
    "report": "internship_report",
}


class SheetOptionError(ValueError):
    """The sheet, stage or blank option asked for does not exist; the message says why."""


class SheetNotAvailable(LookupError):
    """There is nothing entered yet to print on the filled form; the message says what to do."""


def _sheet(sheet: str) -> str:
    name = sheet.strip().lower().replace("_", "-")
    if name not in SHEETS:
        raise SheetOptionError(f"Unknown sheet {sheet!r}; choose one of: {', '.join(SHEETS)}.")
    return name


def check_options(sheet: str, stage: str | None, blank: bool) -> tuple[str, str | None]:
    """The checked sheet name and stage; :class:`SheetOptionError` says what is wrong."""
    name = _sheet(sheet)
    if name == "evaluation-sheet":
        if stage is None:
            raise SheetOptionError(
                "The evaluation sheet is printed for one stage: add --stage midterm or final."
            )
        stage = stage.strip().lower()
        if stage not in STAGES:
            raise SheetOptionError(f"Unknown stage {stage!r}; choose midterm or final.")
    elif name == "scan" and blank:
        if stage is None:
            raise SheetOptionError(
                "The blank competence scan is printed for one moment: add --stage start or end."
            )
        stage = stage.strip().lower()
        if stage not in SCAN_MOMENTS:
            raise SheetOptionError(f"Unknown moment {stage!r}; choose start or end.")
    elif stage is not None and name == "scan":
        raise SheetOptionError(
            "--stage goes with the evaluation sheet, or with the blank scan (start or end): "
            "the scan chart shows both moments."
        )
    elif stage is not None:
        raise SheetOptionError(
            f"--stage goes with the evaluation sheet or the blank scan, not the {name}."
        )
    if blank and name not in BLANK_SHEETS:
        raise SheetOptionError(
            f"The {name} has no blank form; --blank goes with {' or '.join(BLANK_SHEETS)}."
        )
    return name, stage


def document_kind(sheet: str, stage: str | None = None, blank: bool = False) -> str:
    """The ``IssuedDocument.kind`` of a sheet, e.g. ``evaluation_midterm_blank`` or
    ``competence_scan_start_blank``."""
    name, stage = check_options(sheet, stage, blank)
    kind = _KINDS[name].format(stage=stage)
    if name == "scan" and blank:
        kind = f"{kind}_{stage}"
    return f"{kind}_blank" if blank else kind


def sheet_filename(reference: str, kind: str, language: str) -> str:
    """``SM-2026-014_evaluation-midterm-blank_nl.pdf``."""
    return document_filename(reference, kind.replace("_", "-"), language)
