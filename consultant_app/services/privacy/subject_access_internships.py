"""The right of access to one internship: it and every row under it, as plain JSON values.

:func:`internship_export` gives the internship with its host, mentor,
consultant, function, dates, status and convention data, and its
interruptions, signatures, amendments, rule overrides, workstation sheet and
risks, tasks, competences, visits, follow-up log, evaluations with their
scores, workplace evaluation, competence scans with their scores, and the list
of issued documents (name, kind, language, version, date, size, SHA-256; never
the file itself). Deleted rows are included, with their ``deleted_at``.
"""

from __future__ import annotations

import json
import uuid
from typing import Any

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from consultant_app.domain.enums import EvaluationStage
from consultant_app.services.internships.form import read_schedule
from consultant_app.services.privacy.plain_json import (
    catalogue_name,
    other_person,
    plain_value,
    record_values,
)
from consultant_app.store.models import (
    Amendment,
    Cluster,
    CompetenceScan,
    CompetenceScanScore,
    Evaluation,
    EvaluationScore,
    Internship,
    InternshipCompetence,
    InternshipTask,
    Interruption,
    IssuedDocument,
    Mentor,
    RiskAssessment,
    RiskItem,
    RuleOverride,
    Signature,
    Visit,
    VisitLogEntry,
    WorkplaceEvaluation,
)

__all__ = ["internship_export"]


def _children(session: Session, model: Any, internship_id: uuid.UUID, *order: Any) -> list[Any]:
    return list(
        session.scalars(
            select(model).where(model.internship_id == internship_id).order_by(*order, model.id)
        )
    )


def _competence_texts(session: Session, internship_id: uuid.UUID) -> dict[uuid.UUID, str]:
    rows = session.execute(
        select(InternshipCompetence.id, InternshipCompetence.text).where(
            InternshipCompetence.internship_id == internship_id
        )
    )
    return {competence_id: text for competence_id, text in rows}


def _risk_assessment(session: Session, internship_id: uuid.UUID) -> dict[str, Any] | None:
    sheet = session.scalars(
        select(RiskAssessment).where(RiskAssessment.internship_id == internship_id)
    ).first()
    if sheet is None:
        return None
    row = record_values(
        sheet,
        """post_name post_description place work_equipment qualifications prior_instructions
        protective_equipment health_surveillance health_surveillance_detail forbidden_work
        forbidden_work_justification prevention_advisor first_aid_person drawn_up_on
        drawn_up_by""",
    )
    items = session.scalars(
        select(RiskItem)
        .where(RiskItem.risk_assessment_id == sheet.id)
        .order_by(RiskItem.position, RiskItem.id)
    )
    row["risks"] = [
        record_values(item, "description measures protective_equipment position") for item in items
    ]
    return row


#: Evaluations in the order they happen.
_STAGES = (EvaluationStage.MIDTERM, EvaluationStage.FINAL)


def _evaluations(
    session: Session, internship_id: uuid.UUID, competences: dict[uuid.UUID, str]
) -> list[dict[str, Any]]:
    result = []
    evaluations = _children(session, Evaluation, internship_id, Evaluation.evaluated_on)
    evaluations.sort(key=lambda row: _STAGES.index(row.stage) if row.stage in _STAGES else 9)
    for evaluation in evaluations:
        row = record_values(
            evaluation,
            "stage evaluated_on overall_appreciation recommendation comments is_final",
        )
        mentor = session.get(Mentor, evaluation.mentor_id) if evaluation.mentor_id else None
        row["mentor"] = other_person(mentor)
        of_evaluation = EvaluationScore.evaluation_id == evaluation.id
        row["scores"] = _scores(
            session, EvaluationScore, of_evaluation, competences, "score comment"
        )
        result.append(row)
    return result


def _scores(
    session: Session,
    model: Any,
    condition: ColumnElement[bool],
    competences: dict[uuid.UUID, str],
    names: str,
) -> list[dict[str, Any]]:
    """The scores of *model* matching *condition*, in id order, each named by its competence."""
    scores = select(model).where(condition).order_by(model.id)
    return [
        {
            "competence": competences.get(score.internship_competence_id, ""),
            **record_values(score, names),
        }
        for score in session.scalars(scores)
    ]


def _scans(
    session: Session, internship_id: uuid.UUID, competences: dict[uuid.UUID, str]
) -> list[dict[str, Any]]:
    result = []
    for scan in _children(session, CompetenceScan, internship_id, CompetenceScan.moment.desc()):
        row = record_values(scan, "moment completed_on")
        of_scan = CompetenceScanScore.scan_id == scan.id
        row["scores"] = _scores(session, CompetenceScanScore, of_scan, competences, "score")
        result.append(row)
    return result


def _documents(session: Session, internship_id: uuid.UUID) -> list[dict[str, Any]]:
    rows = session.execute(
        select(
            IssuedDocument.kind,
            IssuedDocument.language,
            IssuedDocument.version,
            IssuedDocument.filename,
            IssuedDocument.media_type,
            func.length(IssuedDocument.content),
            IssuedDocument.sha256,
            IssuedDocument.issued_at,
            IssuedDocument.issued_by,
            IssuedDocument.deleted_at,
        )
        .where(IssuedDocument.internship_id == internship_id)
        .order_by(IssuedDocument.issued_at, IssuedDocument.id)
    )
    names = [
        "kind",
        "language",
        "version",
        "filename",
        "media_type",
        "size",
        "sha256",
        "issued_at",
        "issued_by",
        "deleted_at",
    ]
    return [
        {name: plain_value(value) for name, value in zip(names, row, strict=True)} for row in rows
    ]


def _amendment(amendment: Amendment) -> dict[str, Any]:
    row = record_values(amendment, "version decided_on reason")
    try:
        changes = json.loads(amendment.changes)
    except ValueError:
        changes = amendment.changes
    row["changes"] = changes
    return row


def internship_export(session: Session, internship: Internship, language: str) -> dict[str, Any]:
    internship_id = internship.id
    hours, note = read_schedule(internship.schedule)
    function = internship.function
    cluster = session.get(Cluster, function.cluster_id) if function is not None else None
    host = internship.host
    row = {
        "id": str(internship_id),
        "reference": internship.reference,
        "status": plain_value(internship.status),
        "function": {
            "code": function.code if function else "",
            "name": catalogue_name(function, language),
            "cluster": catalogue_name(cluster, language),
        },
        "host": {
            "name": host.name,
            "enterprise_number": host.enterprise_number,
            "municipality": host.municipality,
            "joint_committee": plain_value(host.joint_committee),
            "language_role": plain_value(host.language_role),
        },
        "mentor": other_person(internship.mentor, "job_title"),
        "consultant": other_person(internship.consultant),
        **{
            name: plain_value(getattr(internship, name))
            for name in (
                "start_date",
                "planned_end_date",
                "actual_end_date",
                "termination_reason",
                "cancellation_reason",
                "convention_language",
                "convention_version",
                "hours_per_week",
            )
        },
        "schedule": {"hours": hours, "note": note},
        **{
            name: plain_value(getattr(internship, name))
            for name in (
                "workplace",
                "objectives",
                "expenses",
                "no_replacement_declared",
                "signed_on",
                "created_at",
                "updated_at",
                "deleted_at",
            )
        },
    }
    competences = _competence_texts(session, internship_id)
    row["interruptions"] = [
        record_values(item, "kind start_date end_date note")
        for item in _children(session, Interruption, internship_id, Interruption.start_date)
    ]
    row["signatures"] = [
        record_values(item, "party signer_name signed_on place convention_version")
        for item in _children(
            session, Signature, internship_id, Signature.convention_version, Signature.signed_on
        )
    ]
    row["amendments"] = [
        _amendment(item) for item in _children(session, Amendment, internship_id, Amendment.version)
    ]
    row["rule_overrides"] = [
        record_values(item, "rule message reason overridden_by overridden_at")
        for item in _children(session, RuleOverride, internship_id, RuleOverride.overridden_at)
    ]
    row["roadmap"] = {
        "risk_assessment": _risk_assessment(session, internship_id),
        "tasks": [
            record_values(item, "phase position text")
            for item in _children(session, InternshipTask, internship_id, InternshipTask.position)
        ],
        "competences": [
            record_values(item, "phase position text objective target_level")
            for item in _children(
                session, InternshipCompetence, internship_id, InternshipCompetence.position
            )
        ],
    }
    row["visits"] = [
        record_values(item, "kind mode planned_on done_on attendees notes action_points")
        for item in _children(session, Visit, internship_id, Visit.planned_on)
    ]
    row["follow_up_log"] = [
        record_values(item, "at author kind text")
        for item in _children(session, VisitLogEntry, internship_id, VisitLogEntry.at)
    ]
    row["evaluations"] = _evaluations(session, internship_id, competences)
    workplace = session.scalars(
        select(WorkplaceEvaluation).where(WorkplaceEvaluation.internship_id == internship_id)
    ).first()
    row["workplace_evaluation"] = (
        record_values(
            workplace,
            """completed_on onboarding guidance task_variety atmosphere safety learning
            would_recommend comments""",
        )
        if workplace is not None
        else None
    )
    row["competence_scans"] = _scans(session, internship_id, competences)
    row["documents"] = _documents(session, internship_id)
    return row
