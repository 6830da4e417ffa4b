"""The roadmap of an internship: risk analysis, tasks & competences, evaluations, scans, visits,
and the follow-up log (conflicts, mediation, notes)."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from consultant_app.domain.enums import (
    EvaluationStage,
    Phase,
    Recommendation,
    ScanMoment,
    VisitKind,
    VisitMode,
)
from consultant_app.store.models.base import Record, enum_column


class RiskAssessment(Record):
    """Workstation sheet and risk analysis (fiche poste de travail / werkpostfiche)."""

    __tablename__ = "risk_assessment"

    internship_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("internship.id"), unique=True)
    post_name: Mapped[str | None] = mapped_column(String(200))
    post_description: Mapped[str | None] = mapped_column(Text)
    place: Mapped[str | None] = mapped_column(Text)
    work_equipment: Mapped[str | None] = mapped_column(Text)
    qualifications: Mapped[str | None] = mapped_column(Text)
    prior_instructions: Mapped[str | None] = mapped_column(Text)
    protective_equipment: Mapped[str | None] = mapped_column(Text)
    health_surveillance: Mapped[bool] = mapped_column(default=False)
    health_surveillance_detail: Mapped[str | None] = mapped_column(Text)
    forbidden_work: Mapped[bool] = mapped_column(default=False)
    forbidden_work_justification: Mapped[str | None] = mapped_column(Text)
    prevention_advisor: Mapped[str | None] = mapped_column(String(200))
    first_aid_person: Mapped[str | None] = mapped_column(String(200))
    drawn_up_on: Mapped[date | None]
    drawn_up_by: Mapped[str | None] = mapped_column(String(200))

    items: Mapped[list[RiskItem]] = relationship(
        back_populates="assessment", order_by="RiskItem.position"
    )


class RiskItem(Record):
    """One risk of the post, chosen from the catalogue or written in, with its measures."""

    __tablename__ = "risk_item"

    risk_assessment_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("risk_assessment.id"), index=True
    )
    catalogue_risk_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("catalogue_risk.id"))
    description: Mapped[str] = mapped_column(Text)
    measures: Mapped[str | None] = mapped_column(Text)
    protective_equipment: Mapped[str | None] = mapped_column(Text)
    position: Mapped[int] = mapped_column(default=0)

    assessment: Mapped[RiskAssessment] = relationship(back_populates="items")


class InternshipTask(Record):
    """A task of this internship, copied from the function and adjusted."""

    __tablename__ = "internship_task"

    internship_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("internship.id"), index=True)
    catalogue_task_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("catalogue_task.id"))
    text: Mapped[str] = mapped_column(Text)
    phase: Mapped[Phase] = mapped_column(enum_column(Phase, 8), default=Phase.START)
    position: Mapped[int] = mapped_column(default=0)


class InternshipCompetence(Record):
    """A competence to learn in this internship, with its objective and target level."""

    __tablename__ = "internship_competence"

    internship_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("internship.id"), index=True)
    catalogue_competence_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("catalogue_competence.id")
    )
    text: Mapped[str] = mapped_column(Text)
    objective: Mapped[str | None] = mapped_column(Text)
    #: Target level on the four-level scale (1-4).
    target_level: Mapped[int | None]
    phase: Mapped[Phase] = mapped_column(enum_column(Phase, 8), default=Phase.START)
    position: Mapped[int] = mapped_column(default=0)


class Evaluation(Record):
    """The mentor's evaluation, mid-term or final."""

    __tablename__ = "evaluation"
    __table_args__ = (UniqueConstraint("internship_id", "stage", name="internship_stage"),)

    internship_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("internship.id"), index=True)
    stage: Mapped[EvaluationStage] = mapped_column(enum_column(EvaluationStage, 8))
    evaluated_on: Mapped[date | None]
    mentor_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("mentor.id"))
    overall_appreciation: Mapped[str | None] = mapped_column(Text)
    recommendation: Mapped[Recommendation | None] = mapped_column(enum_column(Recommendation))
    comments: Mapped[str | None] = mapped_column(Text)
    is_final: Mapped[bool] = mapped_column(default=False)

    scores: Mapped[list[EvaluationScore]] = relationship(back_populates="evaluation")


class EvaluationScore(Record):
    """A competence scored 1-4; 0 is not observed, None not scored yet."""

    __tablename__ = "evaluation_score"

    evaluation_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("evaluation.id"), index=True)
    internship_competence_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("internship_competence.id"), index=True
    )
    score: Mapped[int | None]
    comment: Mapped[str | None] = mapped_column(Text)

    evaluation: Mapped[Evaluation] = relationship(back_populates="scores")


class WorkplaceEvaluation(Record):
    """The intern's evaluation of the workplace (scores 1-4)."""

    __tablename__ = "workplace_evaluation"

    internship_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("internship.id"), unique=True)
    completed_on: Mapped[date | None]
    onboarding: Mapped[int | None]
    guidance: Mapped[int | None]
    task_variety: Mapped[int | None]
    atmosphere: Mapped[int | None]
    safety: Mapped[int | None]
    learning: Mapped[int | None]
    would_recommend: Mapped[bool | None]
    comments: Mapped[str | None] = mapped_column(Text)


class CompetenceScan(Record):
    """The intern's self-assessment, at the start or at the end."""

    __tablename__ = "competence_scan"
    __table_args__ = (UniqueConstraint("internship_id", "moment", name="internship_moment"),)

    internship_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("internship.id"), index=True)
    moment: Mapped[ScanMoment] = mapped_column(enum_column(ScanMoment, 8))
    completed_on: Mapped[date | None]

    scores: Mapped[list[CompetenceScanScore]] = relationship(back_populates="scan")


class CompetenceScanScore(Record):
    """One competence self-scored from 0 to 4."""

    __tablename__ = "competence_scan_score"

    scan_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("competence_scan.id"), index=True)
    internship_competence_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("internship_competence.id"), index=True
    )
    score: Mapped[int]

    scan: Mapped[CompetenceScan] = relationship(back_populates="scores")


class Visit(Record):
    """Kick-off meeting, mid-term visit or final interview."""

    __tablename__ = "visit"

    internship_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("internship.id"), index=True)
    kind: Mapped[VisitKind] = mapped_column(enum_column(VisitKind, 8))
    mode: Mapped[VisitMode] = mapped_column(enum_column(VisitMode, 8), default=VisitMode.ON_SITE)
    planned_on: Mapped[date] = mapped_column(index=True)
    done_on: Mapped[date | None]
    attendees: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)
    action_points: Mapped[str | None] = mapped_column(Text)


class VisitLogEntry(Record):
    """A dated entry of the follow-up log: a conflict, a mediation or a plain note."""

    __tablename__ = "visit_log_entry"

    internship_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("internship.id"), index=True)
    at: Mapped[datetime]
    author: Mapped[str] = mapped_column(String(200))
    #: ``conflict``, ``mediation`` or ``note``.
    kind: Mapped[str] = mapped_column(String(12))
    text: Mapped[str] = mapped_column(Text)
