"""Printed roadmap sheets: from the stored internship to a PDF kept in the database.

Five sheets are printed from an internship's roadmap (:data:`SHEETS`):

* ``roadmap`` — the whole roadmap, its three parts in one document;
* ``evaluation-sheet`` — the mentor's evaluation of a *stage* (``midterm`` or ``final``),
  blank (a form to fill in by hand) or filled with what was entered;
* ``workplace-sheet`` — the intern's evaluation of the workplace, blank or filled;
* ``scan`` — the competence scan chart (start against end, with the mentor's final scores),
  or blank: the intern's self-assessment to fill in by hand at the *stage* ``start`` or ``end``;
* ``report`` — the end-of-internship report for the intern.

:func:`sheet_data` reads the store (through
:mod:`~consultant_app.services.printing.roadmap_reading`) into the plain data of
:mod:`consultant_app.documents.roadmap_data`; :func:`issue_sheet` renders it and
keeps the PDF as an :class:`~consultant_app.store.models.IssuedDocument`, with the
rule of the conventions: the document date is the day the first document of that
internship, kind and convention version was issued, and a stored document of the
same language that is byte for byte the same is reused instead of stored again.
"""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from consultant_app.documents.roadmap_data import (
    STAGES,
    CompetenceItem,
    EvaluationRow,
    EvaluationSheetData,
    EvaluationSummary,
    ReportData,
    RoadmapData,
    ScanRow,
    ScanSheetData,
    SelfScanSheetData,
    SheetData,
    SheetHeader,
    TaskLine,
    WorkplaceSheetData,
)
from consultant_app.domain.roadmap import NOT_OBSERVED, WORKPLACE_CRITERIA
from consultant_app.domain.workdays import weeks_from_days, working_days
from consultant_app.services.printing.document_data import (
    Identity,
    consultant_of,
    convention_language,
    document_language,
    live_interruptions,
    one_line_address,
    read_identity,
    text_of,
)
from consultant_app.services.printing.issuing import (
    AlreadyIssued,
    IssuedFile,
    Rendered,
    issue_document,
)
from consultant_app.services.printing.roadmap_reading import (
    EvaluationEntry,
    ScanEntry,
    read_competences,
    read_evaluations,
    read_scans,
    read_tasks,
    read_visits,
    read_workplace,
    read_workstation,
)
from consultant_app.services.printing.sheet_options import (
    BLANK_SHEETS,
    SHEETS,
    SheetNotAvailable,
    SheetOptionError,
    check_options,
    document_kind,
    sheet_filename,
)
from consultant_app.store.database import Database
from consultant_app.store.models import Internship, WorkplaceEvaluation

# The command line prints sheets through this module, so it also offers the sheets by
# name, their options and file names (from sheet_options).
__all__ = [
    "BLANK_SHEETS",
    "SHEETS",
    "SheetNotAvailable",
    "SheetOptionError",
    "document_kind",
    "issue_sheet",
    "sheet_data",
    "sheet_filename",
]


# --- the data of each sheet ------------------------------------------------------------------


def _header(
    internship: Internship, language: str, issued_on: date, identity: Identity
) -> SheetHeader:
    mentor = internship.mentor
    return SheetHeader(
        reference=internship.reference,
        language=language,
        issued_on=issued_on,
        fund=identity.fund,
        consultant=consultant_of(internship, identity),
        intern_name=internship.intern.full_name,
        host_name=text_of(internship.host.name),
        host_address=one_line_address(internship.host, language),
        mentor_name=mentor.full_name if mentor is not None else "",
        mentor_job_title=text_of(mentor.job_title) if mentor is not None else "",
        function_name=internship.function.name(language),
        start_date=internship.start_date,
        end_date=internship.end_date,
    )


def _summary(
    stage: str,
    entry: EvaluationEntry | None,
    competence_ids: list[uuid.UUID],
) -> EvaluationSummary:
    if entry is None:
        return EvaluationSummary(stage=stage, entered=False, competences=len(competence_ids))
    evaluation, scores, mentor = entry
    values = [scores.get(key, (None, ""))[0] for key in competence_ids]
    known = [value for value in values if value is not None and value != NOT_OBSERVED]
    return EvaluationSummary(
        stage=stage,
        entered=True,
        is_final=bool(evaluation.is_final),
        evaluated_on=evaluation.evaluated_on,
        mentor_name=mentor,
        scored=len(known),
        not_observed=sum(1 for value in values if value == NOT_OBSERVED),
        competences=len(competence_ids),
        average=sum(known) / len(known) if known else None,
        recommendation=None
        if evaluation.recommendation is None
        else str(evaluation.recommendation.value),
        overall_appreciation=text_of(evaluation.overall_appreciation),
    )


def _scan_rows(
    competences: list[tuple[uuid.UUID, CompetenceItem]],
    scans: dict[str, ScanEntry],
    final: EvaluationEntry | None,
) -> tuple[ScanRow, ...]:
    start = scans.get("start", (None, {}))[1]
    end = scans.get("end", (None, {}))[1]
    mentor = final[1] if final is not None else {}
    rows = []
    for key, item in competences:
        score = mentor.get(key, (None, ""))[0]
        rows.append(
            ScanRow(
                competence=item.text,
                start=start.get(key),
                end=end.get(key),
                mentor=None if score is None or score == NOT_OBSERVED else score,
                target_level=item.target_level,
            )
        )
    return tuple(rows)


def _evaluation_sheet(
    header: SheetHeader,
    stage: str,
    blank: bool,
    competences: list[tuple[uuid.UUID, CompetenceItem]],
    tasks: tuple[TaskLine, ...],
    entry: EvaluationEntry | None,
) -> EvaluationSheetData:
    if blank:
        rows = tuple(EvaluationRow(item) for _, item in competences)
        return EvaluationSheetData(header, stage, True, rows, tasks)
    if entry is None:
        raise SheetNotAvailable(
            f"Internship {header.reference} has no {stage} evaluation yet; "
            "print the blank form with --blank."
        )
    evaluation, scores, mentor = entry
    rows = tuple(EvaluationRow(item, *scores.get(key, (None, ""))) for key, item in competences)
    if mentor:
        header = _with_mentor(header, mentor)
    return EvaluationSheetData(
        header,
        stage,
        False,
        rows,
        tasks,
        evaluated_on=evaluation.evaluated_on,
        overall_appreciation=text_of(evaluation.overall_appreciation),
        comments=text_of(evaluation.comments),
        recommendation=None
        if evaluation.recommendation is None
        else str(evaluation.recommendation.value),
    )


def _with_mentor(header: SheetHeader, name: str) -> SheetHeader:
    """*header* with the mentor who made the evaluation (when another than the current one)."""
    if name == header.mentor_name:
        return header
    return replace(header, mentor_name=name, mentor_job_title="")


def _workplace_sheet(
    header: SheetHeader, blank: bool, workplace: WorkplaceEvaluation | None
) -> WorkplaceSheetData:
    if blank:
        return WorkplaceSheetData(header, True, tuple((name, None) for name in WORKPLACE_CRITERIA))
    if workplace is None:
        raise SheetNotAvailable(
            f"The intern of {header.reference} has not evaluated the workplace yet; "
            "print the blank form with --blank."
        )
    return WorkplaceSheetData(
        header,
        False,
        tuple((name, getattr(workplace, name)) for name in WORKPLACE_CRITERIA),
        would_recommend=workplace.would_recommend,
        comments=text_of(workplace.comments),
        completed_on=workplace.completed_on,
    )


def sheet_data(
    session: Session,
    internship: Internship,
    sheet: str,
    *,
    stage: str | None = None,
    blank: bool = False,
    language: str | None = None,
    issued_on: date | None = None,
) -> SheetData:
    """What *sheet* of *internship* prints, read from the store, in *language*.

    *language* defaults to the convention language; *issued_on* (the PDF's date)
    to today. Raises :class:`SheetOptionError` for a wrong sheet, stage or blank
    option and :class:`SheetNotAvailable` for a filled form nothing was entered on.
    """
    name, stage = check_options(sheet, stage, blank)
    code = document_language(language or convention_language(internship))
    header = _header(internship, code, issued_on or date.today(), read_identity(session))
    key = internship.id
    if name == "workplace-sheet":
        return _workplace_sheet(header, blank, None if blank else read_workplace(session, key))
    competences = read_competences(session, key, code)
    if name == "scan" and blank:
        assert stage is not None
        return SelfScanSheetData(header, stage, tuple(item for _, item in competences))
    tasks = read_tasks(session, key, code)
    if name == "evaluation-sheet":
        assert stage is not None
        entry = None if blank else read_evaluations(session, key).get(stage)
        return _evaluation_sheet(header, stage, blank, competences, tasks, entry)
    evaluations = read_evaluations(session, key)
    scans = read_scans(session, key)
    ids = [competence_id for competence_id, _ in competences]
    if name == "roadmap":
        workplace = read_workplace(session, key)
        return RoadmapData(
            header=header,
            workstation=read_workstation(session, key, code),
            tasks=tasks,
            competences=tuple(item for _, item in competences),
            visits=read_visits(session, key),
            evaluations=tuple(_summary(s, evaluations.get(s), ids) for s in STAGES),
            start_scan_on=scans["start"][0] if "start" in scans else None,
            end_scan_on=scans["end"][0] if "end" in scans else None,
            workplace_evaluated_on=workplace.completed_on if workplace is not None else None,
            workplace_entered=workplace is not None,
        )
    final = evaluations.get("final")
    rows = _scan_rows(competences, scans, final)
    if name == "scan":
        if not scans and final is None:
            raise SheetNotAvailable(
                f"Internship {internship.reference} has no competence scan and no final "
                "evaluation yet: there is nothing to chart."
            )
        return ScanSheetData(
            header=header,
            rows=rows,
            start_on=scans["start"][0] if "start" in scans else None,
            end_on=scans["end"][0] if "end" in scans else None,
            mentor_on=final[0].evaluated_on if final is not None else None,
        )
    days = working_days(internship.start_date, internship.end_date, live_interruptions(internship))
    shown = final or evaluations.get("midterm")
    return ReportData(
        header=header,
        working_days=days,
        weeks=weeks_from_days(days),
        tasks=tasks,
        rows=rows,
        appreciation=text_of(shown[0].overall_appreciation) if shown else "",
        # The recommendation for employment is a question of the final evaluation only.
        recommendation=None
        if final is None or final[0].recommendation is None
        else str(final[0].recommendation.value),
        evaluated_on=shown[0].evaluated_on if shown else None,
        final_evaluation=final is not None,
    )


# --- rendering and storing -----------------------------------------------------------------


def _render(data: SheetData) -> bytes:
    from consultant_app.documents.sheets import render_sheet  # reportlab: load late

    return render_sheet(data)


def issue_sheet(
    database: Database,
    internship_id_or_reference: uuid.UUID | str,
    sheet: str,
    *,
    stage: str | None = None,
    blank: bool = False,
    language: str | None = None,
    actor: str | None = None,
    today: date | None = None,
    output: Path | None = None,
) -> IssuedFile:
    """Print *sheet* of an internship and keep the PDF in the database.

    *language* defaults to the convention language. An identical document already
    stored (same internship, kind, language and convention version) is reused.
    Raises :class:`~consultant_app.services.printing.issuing.InternshipNotFound`,
    :class:`SheetOptionError` or :class:`SheetNotAvailable`.
    """
    kind = document_kind(sheet, stage, blank)

    def render(session: Session, internship: Internship, issued: AlreadyIssued) -> Rendered:
        code = document_language(language or convention_language(internship))
        version = internship.convention_version
        data = sheet_data(
            session,
            internship,
            sheet,
            stage=stage,
            blank=blank,
            language=code,
            issued_on=issued.day(internship.id, version, today),
        )
        return code, version, sheet_filename(internship.reference, kind, code), _render(data)

    return issue_document(
        database, internship_id_or_reference, kind, render, actor=actor, today=today, output=output
    )
