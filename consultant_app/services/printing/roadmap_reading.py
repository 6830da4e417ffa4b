"""The roadmap of one internship read from the store, worded for the printed sheets.

Each ``read_`` function reads one part: the competences and tasks in plan order
(phase, then position) worded in the document language, the workstation sheet
and its risks, the evaluations with their scores, the competence scans, the
intern's workplace evaluation and the visits.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from consultant_app.documents.roadmap_data import (
    CompetenceItem,
    RiskLine,
    TaskLine,
    VisitLine,
    WorkstationSheet,
)
from consultant_app.domain.roadmap import PHASE_ORDER
from consultant_app.services.printing.document_data import (
    CatalogueNames,
    live_catalogue_entry,
    localised,
    text_of,
)
from consultant_app.store.models import (
    CatalogueCompetence,
    CatalogueRisk,
    CatalogueTask,
    CompetenceScan,
    CompetenceScanScore,
    Evaluation,
    EvaluationScore,
    InternshipCompetence,
    InternshipTask,
    Mentor,
    RiskAssessment,
    RiskItem,
    Visit,
    WorkplaceEvaluation,
)

__all__ = [
    "EvaluationEntry",
    "ScanEntry",
    "phase_of",
    "read_competences",
    "read_evaluations",
    "read_scans",
    "read_tasks",
    "read_visits",
    "read_workplace",
    "read_workstation",
]

_VISIT_ORDER = {"kickoff": 0, "midterm": 1, "final": 2}

#: An evaluation, its ``{competence id: (score, comment)}`` and the name of its mentor.
EvaluationEntry = tuple[Evaluation, dict[uuid.UUID, tuple[int | None, str]], str]
#: When a competence scan was completed and its ``{competence id: self-score}``.
ScanEntry = tuple[date | None, dict[uuid.UUID, int]]


def _names(row: Any, prefix: str = "name") -> CatalogueNames | None:
    """The catalogue entry's texts *prefix* in nl, fr and en; ``None`` for no entry."""
    if row is None:
        return None
    return tuple(getattr(row, f"{prefix}_{code}") for code in ("nl", "fr", "en"))  # type: ignore[return-value]


def phase_of(value: object) -> str:
    """The code of a stored roadmap phase; ``start`` when there is none."""
    code = str(getattr(value, "value", value) or "start")
    return code if code in PHASE_ORDER else "start"


def _plan_order(row: Any) -> tuple[Any, ...]:
    """Sort key of a ``(task or competence, catalogue entry)`` row: phase, then position."""
    item = row[0]
    return (PHASE_ORDER[phase_of(item.phase)], item.position, item.created_at, item.id)


def read_competences(
    session: Session, internship_id: uuid.UUID, language: str
) -> list[tuple[uuid.UUID, CompetenceItem]]:
    """The live competences in plan order (phase, then position), worded in *language*."""
    rows = session.execute(
        select(InternshipCompetence, CatalogueCompetence)
        .outerjoin(
            *live_catalogue_entry(CatalogueCompetence, InternshipCompetence.catalogue_competence_id)
        )
        .where(
            InternshipCompetence.internship_id == internship_id,
            InternshipCompetence.deleted_at.is_(None),
        )
    ).all()
    ordered = sorted(rows, key=_plan_order)
    return [
        (
            competence.id,
            CompetenceItem(
                text=localised(competence.text, _names(catalogue), language),
                objective=text_of(competence.objective),
                target_level=competence.target_level,
                phase=phase_of(competence.phase),
            ),
        )
        for competence, catalogue in ordered
    ]


def read_tasks(session: Session, internship_id: uuid.UUID, language: str) -> tuple[TaskLine, ...]:
    """The live tasks in plan order (phase, then position), worded in *language*."""
    rows = session.execute(
        select(InternshipTask, CatalogueTask)
        .outerjoin(*live_catalogue_entry(CatalogueTask, InternshipTask.catalogue_task_id))
        .where(InternshipTask.internship_id == internship_id, InternshipTask.deleted_at.is_(None))
    ).all()
    ordered = sorted(rows, key=_plan_order)
    return tuple(
        TaskLine(localised(task.text, _names(catalogue), language), phase_of(task.phase))
        for task, catalogue in ordered
    )


def read_workstation(
    session: Session, internship_id: uuid.UUID, language: str
) -> WorkstationSheet | None:
    """The workstation sheet and its risks, worded in *language*; ``None`` when there is none."""
    assessment = session.scalars(
        select(RiskAssessment).where(
            RiskAssessment.internship_id == internship_id, RiskAssessment.deleted_at.is_(None)
        )
    ).first()
    if assessment is None:
        return None
    items = session.execute(
        select(RiskItem, CatalogueRisk)
        .outerjoin(*live_catalogue_entry(CatalogueRisk, RiskItem.catalogue_risk_id))
        .where(RiskItem.risk_assessment_id == assessment.id, RiskItem.deleted_at.is_(None))
        .order_by(RiskItem.position, RiskItem.created_at, RiskItem.id)
    ).all()
    risks = tuple(
        RiskLine(
            description=localised(item.description, _names(risk), language),
            measures=localised(text_of(item.measures), _names(risk, "measures"), language),
            protective_equipment=localised(
                text_of(item.protective_equipment), _names(risk, "protective_equipment"), language
            ),
            forbidden_for_young_workers=None
            if risk is None
            else bool(risk.forbidden_for_young_workers),
        )
        for item, risk in items
    )
    return WorkstationSheet(
        post_name=text_of(assessment.post_name),
        post_description=text_of(assessment.post_description),
        place=text_of(assessment.place),
        work_equipment=text_of(assessment.work_equipment),
        qualifications=text_of(assessment.qualifications),
        prior_instructions=text_of(assessment.prior_instructions),
        protective_equipment=text_of(assessment.protective_equipment),
        risks=risks,
        health_surveillance=bool(assessment.health_surveillance),
        health_surveillance_detail=text_of(assessment.health_surveillance_detail),
        forbidden_work=bool(assessment.forbidden_work),
        forbidden_work_justification=text_of(assessment.forbidden_work_justification),
        prevention_advisor=text_of(assessment.prevention_advisor),
        first_aid_person=text_of(assessment.first_aid_person),
        drawn_up_on=assessment.drawn_up_on,
        drawn_up_by=text_of(assessment.drawn_up_by),
    )


def read_evaluations(session: Session, internship_id: uuid.UUID) -> dict[str, EvaluationEntry]:
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
            text_of(score.comment),
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


def read_scans(session: Session, internship_id: uuid.UUID) -> dict[str, ScanEntry]:
    """``moment → (completed on, {competence id: self-score})``."""
    scans = session.scalars(
        select(CompetenceScan).where(
            CompetenceScan.internship_id == internship_id, CompetenceScan.deleted_at.is_(None)
        )
    ).all()
    result: dict[str, ScanEntry] = {}
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


def read_workplace(session: Session, internship_id: uuid.UUID) -> WorkplaceEvaluation | None:
    """The intern's live evaluation of the workplace, if entered."""
    return session.scalars(
        select(WorkplaceEvaluation).where(
            WorkplaceEvaluation.internship_id == internship_id,
            WorkplaceEvaluation.deleted_at.is_(None),
        )
    ).first()


def read_visits(session: Session, internship_id: uuid.UUID) -> tuple[VisitLine, ...]:
    """The live visits by date (kick-off, midterm, final on the same day)."""
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
            attendees=text_of(visit.attendees),
            notes=text_of(visit.notes),
            action_points=text_of(visit.action_points),
        )
        for visit in ordered
    )
