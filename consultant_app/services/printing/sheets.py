"""Printed roadmap sheets: from the stored internship to a PDF kept in the database.

Five sheets are printed from an internship's roadmap (:data:`SHEETS`):

* ``roadmap`` — the whole roadmap, its three parts in one document;
* ``evaluation-sheet`` — the mentor's evaluation of a *stage* (``midterm`` or ``final``),
  blank (a form to fill in by hand) or filled with what was entered;
* ``workplace-sheet`` — the intern's evaluation of the workplace, blank or filled;
* ``scan`` — the competence scan chart (start against end, with the mentor's final scores);
* ``report`` — the end-of-internship report for the intern.

:func:`sheet_data` reads the store into the plain data of
:mod:`consultant_app.documents.roadmap_data`; :func:`issue_sheet` renders it and
keeps the PDF as an :class:`~consultant_app.store.models.IssuedDocument`, with the
rule of the conventions: the document date is the day the first document of that
internship, kind and convention version was issued, and a stored document of the
same language that is byte for byte the same is reused instead of stored again.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import replace
from datetime import date
from typing import Any

from sqlalchemy import and_, select
from sqlalchemy.orm import Session

from consultant_app.documents.data import ConsultantProfile
from consultant_app.documents.roadmap_data import (
    PHASES,
    STAGES,
    CompetenceItem,
    EvaluationRow,
    EvaluationSheetData,
    EvaluationSummary,
    ReportData,
    RiskLine,
    RoadmapData,
    ScanRow,
    ScanSheetData,
    SheetData,
    SheetHeader,
    TaskLine,
    VisitLine,
    WorkplaceSheetData,
    WorkstationSheet,
)
from consultant_app.domain.roadmap import NOT_OBSERVED, WORKPLACE_CRITERIA
from consultant_app.domain.workdays import weeks_from_days, working_days
from consultant_app.services.people.hosts import _display_phone
from consultant_app.services.printing.conventions import (
    IssuedFile,
    Rendered,
    _address,
    _document_language,
    _filename,
    _Identity,
    _identity,
    _Issued,
    _live_interruptions,
    _localised,
    _text,
    convention_language,
    issue_document,
)
from consultant_app.store.database import Database
from consultant_app.store.models import (
    CatalogueCompetence,
    CatalogueRisk,
    CatalogueTask,
    CompetenceScan,
    CompetenceScanScore,
    Evaluation,
    EvaluationScore,
    Internship,
    InternshipCompetence,
    InternshipTask,
    Mentor,
    RiskAssessment,
    RiskItem,
    Visit,
    WorkplaceEvaluation,
)

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

#: The printed sheets, as the command line names them.
SHEETS = ("roadmap", "evaluation-sheet", "workplace-sheet", "scan", "report")
#: The sheets that also print as a blank form.
BLANK_SHEETS = ("evaluation-sheet", "workplace-sheet")

_KINDS = {
    "roadmap": "roadmap",
    "evaluation-sheet": "evaluation_{stage}",
    "workplace-sheet": "workplace_evaluation",
    "scan": "competence_scan",
    "report": "internship_report",
}
_PHASE_ORDER = {phase: index for index, phase in enumerate(PHASES)}
_VISIT_ORDER = {"kickoff": 0, "midterm": 1, "final": 2}


class SheetOptionError(ValueError):
    """The sheet, stage or blank option asked for does not exist; the message says why."""


class SheetNotAvailable(LookupError):
    """There is nothing entered yet to print on the filled form; the message says what to do."""


def _sheet(sheet: str) -> str:
    name = sheet.strip().lower().replace("_", "-")
    if name not in SHEETS:
        raise SheetOptionError(f"Unknown sheet {sheet!r}; choose one of: {', '.join(SHEETS)}.")
    return name


def _options(sheet: str, stage: str | None, blank: bool) -> tuple[str, str | None]:
    """The checked sheet name and stage."""
    name = _sheet(sheet)
    if name == "evaluation-sheet":
        if stage is None:
            raise SheetOptionError(
                "The evaluation sheet is printed for one stage: add --stage midterm or final."
            )
        stage = stage.strip().lower()
        if stage not in STAGES:
            raise SheetOptionError(f"Unknown stage {stage!r}; choose midterm or final.")
    elif stage is not None:
        raise SheetOptionError(f"--stage goes with the evaluation sheet, not the {name}.")
    if blank and name not in BLANK_SHEETS:
        raise SheetOptionError(
            f"The {name} has no blank form; --blank goes with {' or '.join(BLANK_SHEETS)}."
        )
    return name, stage


def document_kind(sheet: str, stage: str | None = None, blank: bool = False) -> str:
    """The ``IssuedDocument.kind`` of a sheet, e.g. ``evaluation_midterm_blank``."""
    name, stage = _options(sheet, stage, blank)
    kind = _KINDS[name].format(stage=stage)
    return f"{kind}_blank" if blank else kind


def sheet_filename(reference: str, kind: str, language: str) -> str:
    """``SM-2026-014_evaluation-midterm-blank_nl.pdf``."""
    return _filename(reference, kind.replace("_", "-"), language)


# --- reading the roadmap -------------------------------------------------------------------


def _header(
    internship: Internship, language: str, issued_on: date, identity: _Identity
) -> SheetHeader:
    consultant = identity.consultant
    if internship.consultant is not None:
        consultant = ConsultantProfile(
            name=internship.consultant.full_name,
            email=_text(internship.consultant.email),
            phone=_display_phone(internship.consultant.phone),
        )
    mentor = internship.mentor
    return SheetHeader(
        reference=internship.reference,
        language=language,
        issued_on=issued_on,
        fund=identity.fund,
        consultant=consultant,
        intern_name=internship.intern.full_name,
        host_name=_text(internship.host.name),
        host_address=_address(internship.host, language),
        mentor_name=mentor.full_name if mentor is not None else "",
        mentor_job_title=_text(mentor.job_title) if mentor is not None else "",
        function_name=internship.function.name(language),
        start_date=internship.start_date,
        end_date=internship.end_date,
    )


def _names(row: Any, prefix: str = "name") -> tuple[str | None, str | None, str | None] | None:
    if row is None:
        return None
    return tuple(getattr(row, f"{prefix}_{code}") for code in ("nl", "fr", "en"))  # type: ignore[return-value]


def _phase(value: object) -> str:
    code = str(getattr(value, "value", value) or "start")
    return code if code in _PHASE_ORDER else "start"


def _competences(
    session: Session, internship_id: uuid.UUID, language: str
) -> list[tuple[uuid.UUID, CompetenceItem]]:
    """The live competences in plan order (phase, then position), worded in *language*."""
    rows = session.execute(
        select(InternshipCompetence, CatalogueCompetence)
        .outerjoin(
            CatalogueCompetence,
            and_(
                CatalogueCompetence.id == InternshipCompetence.catalogue_competence_id,
                CatalogueCompetence.deleted_at.is_(None),
            ),
        )
        .where(
            InternshipCompetence.internship_id == internship_id,
            InternshipCompetence.deleted_at.is_(None),
        )
    ).all()
    ordered = sorted(
        rows,
        key=lambda r: (_PHASE_ORDER[_phase(r[0].phase)], r[0].position, r[0].created_at, r[0].id),
    )
    return [
        (
            competence.id,
            CompetenceItem(
                text=_localised(competence.text, _names(catalogue), language),
                objective=_text(competence.objective),
                target_level=competence.target_level,
                phase=_phase(competence.phase),
            ),
        )
        for competence, catalogue in ordered
    ]


def _tasks(session: Session, internship_id: uuid.UUID, language: str) -> tuple[TaskLine, ...]:
    rows = session.execute(
        select(InternshipTask, CatalogueTask)
        .outerjoin(
            CatalogueTask,
            and_(
                CatalogueTask.id == InternshipTask.catalogue_task_id,
                CatalogueTask.deleted_at.is_(None),
            ),
        )
        .where(InternshipTask.internship_id == internship_id, InternshipTask.deleted_at.is_(None))
    ).all()
    ordered = sorted(
        rows,
        key=lambda r: (_PHASE_ORDER[_phase(r[0].phase)], r[0].position, r[0].created_at, r[0].id),
    )
    return tuple(
        TaskLine(_localised(task.text, _names(catalogue), language), _phase(task.phase))
        for task, catalogue in ordered
    )


def _workstation(
    session: Session, internship_id: uuid.UUID, language: str
) -> WorkstationSheet | None:
    assessment = session.scalars(
        select(RiskAssessment).where(
            RiskAssessment.internship_id == internship_id, RiskAssessment.deleted_at.is_(None)
        )
    ).first()
    if assessment is None:
        return None
    items = session.execute(
        select(RiskItem, CatalogueRisk)
        .outerjoin(
            CatalogueRisk,
            and_(
                CatalogueRisk.id == RiskItem.catalogue_risk_id, CatalogueRisk.deleted_at.is_(None)
            ),
        )
        .where(RiskItem.risk_assessment_id == assessment.id, RiskItem.deleted_at.is_(None))
        .order_by(RiskItem.position, RiskItem.created_at, RiskItem.id)
    ).all()
    risks = tuple(
        RiskLine(
            description=_localised(item.description, _names(risk), language),
            measures=_localised(_text(item.measures), _names(risk, "measures"), language),
            protective_equipment=_localised(
                _text(item.protective_equipment), _names(risk, "protective_equipment"), language
            ),
            forbidden_for_young_workers=None
            if risk is None
            else bool(risk.forbidden_for_young_workers),
        )
        for item, risk in items
    )
    return WorkstationSheet(
        post_name=_text(assessment.post_name),
        post_description=_text(assessment.post_description),
        place=_text(assessment.place),
        work_equipment=_text(assessment.work_equipment),
        qualifications=_text(assessment.qualifications),
        prior_instructions=_text(assessment.prior_instructions),
        protective_equipment=_text(assessment.protective_equipment),
        risks=risks,
        health_surveillance=bool(assessment.health_surveillance),
        health_surveillance_detail=_text(assessment.health_surveillance_detail),
        forbidden_work=bool(assessment.forbidden_work),
        forbidden_work_justification=_text(assessment.forbidden_work_justification),
        prevention_advisor=_text(assessment.prevention_advisor),
        first_aid_person=_text(assessment.first_aid_person),
        drawn_up_on=assessment.drawn_up_on,
        drawn_up_by=_text(assessment.drawn_up_by),
    )


def _evaluations(
    session: Session, internship_id: uuid.UUID
) -> dict[str, tuple[Evaluation, dict[uuid.UUID, tuple[int | None, str]], str]]:
    """``stage → (evaluation, {competence id: (score, comment)}, mentor name)``."""
    evaluations = session.scalars(
        select(Evaluation).where(
            Evaluation.internship_id == internship_id, Evaluation.deleted_at.is_(None)
        )
    ).all()
    if not evaluations:
        return {}
    scores: dict[uuid.UUID, dict[uuid.UUID, tuple[int | None, str]]] = defaultdict(dict)
    for score in session.scalars(
        select(EvaluationScore).where(
            EvaluationScore.evaluation_id.in_([e.id for e in evaluations]),
            EvaluationScore.deleted_at.is_(None),
        )
    ):
        scores[score.evaluation_id][score.internship_competence_id] = (
            score.score,
            _text(score.comment),
        )
    mentor_ids = {e.mentor_id for e in evaluations if e.mentor_id is not None}
    mentors = {
        mentor.id: mentor.full_name
        for mentor in session.scalars(select(Mentor).where(Mentor.id.in_(mentor_ids)))
    }
    return {
        str(e.stage.value): (e, scores[e.id], mentors.get(e.mentor_id, "") if e.mentor_id else "")
        for e in evaluations
    }


def _scans(
    session: Session, internship_id: uuid.UUID
) -> dict[str, tuple[date | None, dict[uuid.UUID, int]]]:
    """``moment → (completed on, {competence id: self-score})``."""
    scans = session.scalars(
        select(CompetenceScan).where(
            CompetenceScan.internship_id == internship_id, CompetenceScan.deleted_at.is_(None)
        )
    ).all()
    result: dict[str, tuple[date | None, dict[uuid.UUID, int]]] = {}
    by_id = {scan.id: str(scan.moment.value) for scan in scans}
    for scan in scans:
        result[by_id[scan.id]] = (scan.completed_on, {})
    if scans:
        for score in session.scalars(
            select(CompetenceScanScore).where(
                CompetenceScanScore.scan_id.in_(list(by_id)),
                CompetenceScanScore.deleted_at.is_(None),
            )
        ):
            result[by_id[score.scan_id]][1][score.internship_competence_id] = score.score
    return result


def _workplace(session: Session, internship_id: uuid.UUID) -> WorkplaceEvaluation | None:
    return session.scalars(
        select(WorkplaceEvaluation).where(
            WorkplaceEvaluation.internship_id == internship_id,
            WorkplaceEvaluation.deleted_at.is_(None),
        )
    ).first()


def _visits(session: Session, internship_id: uuid.UUID) -> tuple[VisitLine, ...]:
    visits = session.scalars(
        select(Visit).where(Visit.internship_id == internship_id, Visit.deleted_at.is_(None))
    ).all()
    ordered = sorted(
        visits, key=lambda v: (v.planned_on, _VISIT_ORDER.get(str(v.kind.value), 9), v.id)
    )
    return tuple(
        VisitLine(
            kind=str(visit.kind.value),
            mode=str(visit.mode.value),
            planned_on=visit.planned_on,
            done_on=visit.done_on,
            attendees=_text(visit.attendees),
            notes=_text(visit.notes),
            action_points=_text(visit.action_points),
        )
        for visit in ordered
    )


def _summary(
    stage: str,
    entry: tuple[Evaluation, dict[uuid.UUID, tuple[int | None, str]], str] | None,
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
        overall_appreciation=_text(evaluation.overall_appreciation),
    )


def _scan_rows(
    competences: list[tuple[uuid.UUID, CompetenceItem]],
    scans: dict[str, tuple[date | None, dict[uuid.UUID, int]]],
    final: tuple[Evaluation, dict[uuid.UUID, tuple[int | None, str]], str] | None,
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
    entry: tuple[Evaluation, dict[uuid.UUID, tuple[int | None, str]], str] | None,
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
        overall_appreciation=_text(evaluation.overall_appreciation),
        comments=_text(evaluation.comments),
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
        comments=_text(workplace.comments),
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
    name, stage = _options(sheet, stage, blank)
    code = _document_language(language or convention_language(internship))
    header = _header(internship, code, issued_on or date.today(), _identity(session))
    key = internship.id
    if name == "workplace-sheet":
        return _workplace_sheet(header, blank, None if blank else _workplace(session, key))
    competences = _competences(session, key, code)
    tasks = _tasks(session, key, code)
    if name == "evaluation-sheet":
        assert stage is not None
        entry = None if blank else _evaluations(session, key).get(stage)
        return _evaluation_sheet(header, stage, blank, competences, tasks, entry)
    evaluations = _evaluations(session, key)
    scans = _scans(session, key)
    ids = [competence_id for competence_id, _ in competences]
    if name == "roadmap":
        workplace = _workplace(session, key)
        return RoadmapData(
            header=header,
            workstation=_workstation(session, key, code),
            tasks=tasks,
            competences=tuple(item for _, item in competences),
            visits=_visits(session, key),
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
    days = working_days(internship.start_date, internship.end_date, _live_interruptions(internship))
    shown = final or evaluations.get("midterm")
    return ReportData(
        header=header,
        working_days=days,
        weeks=weeks_from_days(days),
        tasks=tasks,
        rows=rows,
        appreciation=_text(shown[0].overall_appreciation) if shown else "",
        recommendation=None
        if shown is None or shown[0].recommendation is None
        else str(shown[0].recommendation.value),
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
) -> IssuedFile:
    """Print *sheet* of an internship and keep the PDF in the database.

    *language* defaults to the convention language. An identical document already
    stored (same internship, kind, language and convention version) is reused.
    Raises :class:`~consultant_app.services.printing.conventions.InternshipNotFound`,
    :class:`SheetOptionError` or :class:`SheetNotAvailable`.
    """
    kind = document_kind(sheet, stage, blank)

    def render(session: Session, internship: Internship, issued: _Issued) -> Rendered:
        code = _document_language(language or convention_language(internship))
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
        database, internship_id_or_reference, kind, render, actor=actor, today=today
    )
