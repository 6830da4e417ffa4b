"""The intern's competence scans and the learning curve that compares them.

The intern scores the live competences of the internship on
:data:`~consultant_app.domain.roadmap.SCAN_LEVELS` (0 to 4) in the competence
scan, at the start and at the end; a cleared self-score is removed
(soft-deleted). The learning curve sets both scans beside the mentor's final
evaluation.

Codes: ``score.range`` (a self-score out of the scale, in a
:class:`ValidationFailed` whose field is the competence id). A competence id
that is not a live competence of the internship raises :class:`RecordNotFound`
(entity ``"competence"``).
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from consultant_app.domain.enums import EvaluationStage, ScanMoment
from consultant_app.domain.roadmap import NOT_OBSERVED, SCAN_LEVELS
from consultant_app.services.forms.parsing import ValidationFailed
from consultant_app.services.internships.form import live_internship
from consultant_app.services.roadmap.common import set_changed, single_record
from consultant_app.services.roadmap.evaluations import stored_evaluation, stored_scores
from consultant_app.services.roadmap.scoring import (
    by_competence,
    check_competences,
    plan_competences,
    score_errors,
)
from consultant_app.store.database import Database
from consultant_app.store.models import CompetenceScan, CompetenceScanScore

__all__ = [
    "CurvePoint",
    "ScanRow",
    "learning_curve",
    "load_scan",
    "save_scan",
]


@dataclass(frozen=True)
class ScanRow:
    """One competence of the intern's competence scan and its self-score (0-4)."""

    competence_id: uuid.UUID
    text: str
    score: int | None


@dataclass(frozen=True)
class CurvePoint:
    """The learning curve of one competence: start and end self-scores, mentor's final score.

    ``mentor_final`` is ``None`` when the mentor has not scored the competence
    or could not observe it.
    """

    competence_id: uuid.UUID
    text: str
    start: int | None
    end: int | None
    mentor_final: int | None


# --- the intern's competence scan ---------------------------------------------------


def _scan(session: Session, internship_id: uuid.UUID, moment: ScanMoment) -> CompetenceScan | None:
    """The scan row of the moment, deleted or not (one per internship and moment)."""
    return single_record(session, CompetenceScan, internship_id, CompetenceScan.moment == moment)


def _scan_rows(session: Session, scan_id: uuid.UUID) -> dict[uuid.UUID, CompetenceScanScore]:
    """The self-score rows of the scan by competence (a live row wins over a deleted one)."""
    return by_competence(
        session.scalars(select(CompetenceScanScore).where(CompetenceScanScore.scan_id == scan_id))
    )


def _live_scores(session: Session, scan: CompetenceScan | None) -> dict[uuid.UUID, int]:
    if scan is None or scan.deleted_at is not None:
        return {}
    return {
        key: row.score
        for key, row in _scan_rows(session, scan.id).items()
        if row.deleted_at is None
    }


def load_scan(
    database: Database, internship_id: uuid.UUID, moment: ScanMoment
) -> tuple[date | None, tuple[ScanRow, ...]]:
    """The date the scan of *moment* was completed and a row per live competence in plan order.

    Raises :class:`RecordNotFound` for no live internship.
    """
    moment = ScanMoment(moment)
    with database.unit_of_work() as uow:
        session = uow.session
        live_internship(session, internship_id)
        competences = plan_competences(session, internship_id)
        scan = _scan(session, internship_id, moment)
        scores = _live_scores(session, scan)
        completed_on = scan.completed_on if scan is not None and scan.deleted_at is None else None
        rows = tuple(
            ScanRow(competence.id, competence.text, scores.get(competence.id))
            for competence in competences
        )
    return completed_on, rows


def save_scan(
    database: Database,
    internship_id: uuid.UUID,
    moment: ScanMoment,
    scores: Mapping[uuid.UUID, int | None],
    *,
    completed_on: date | None = None,
    actor: str | None = None,
) -> None:
    """Save the intern's self-scores (0-4) of the scan of *moment* and its completion date.

    A competence left out of *scores* keeps its stored score; ``None`` removes
    it. Raises :class:`ValidationFailed` (code ``score.range``, nothing written)
    or :class:`RecordNotFound` (no live internship, or a key that is not one of
    its live competences).
    """
    moment = ScanMoment(moment)
    with database.unit_of_work(actor=actor) as uow:
        session = uow.session
        live_internship(session, internship_id)
        competences = {row.id: row for row in plan_competences(session, internship_id)}
        check_competences(scores, competences)
        errors = score_errors(scores, competences, SCAN_LEVELS[0], SCAN_LEVELS[-1])
        if errors:
            raise ValidationFailed(errors)
        scan = _scan(session, internship_id, moment)
        stored: dict[uuid.UUID, CompetenceScanScore] = {}
        if scan is None:
            scan = CompetenceScan(id=uuid.uuid4(), internship_id=internship_id, moment=moment)
            session.add(scan)
        else:
            stored = _scan_rows(session, scan.id)
            if scan.deleted_at is not None:
                scan.deleted_at = None
                for row in stored.values():
                    if row.deleted_at is None:
                        row.soft_delete()
        set_changed(scan, "completed_on", completed_on)
        for key, score in scores.items():
            row = stored.get(key)
            if score is None:
                if row is not None and row.deleted_at is None:
                    row.soft_delete()
            elif row is None:
                session.add(
                    CompetenceScanScore(
                        id=uuid.uuid4(), scan_id=scan.id, internship_competence_id=key, score=score
                    )
                )
            else:
                if row.deleted_at is not None:
                    row.deleted_at = None
                set_changed(row, "score", score)
        uow.commit()


# --- the learning curve -------------------------------------------------------------


def learning_curve(database: Database, internship_id: uuid.UUID) -> tuple[CurvePoint, ...]:
    """Start and end self-scores and the mentor's final score of every live competence.

    In plan order; ``None`` where a scan or the final evaluation has no score
    (the mentor's "not observed" is ``None`` too, as it is no level). Raises
    :class:`RecordNotFound` for no live internship.
    """
    with database.unit_of_work() as uow:
        session = uow.session
        live_internship(session, internship_id)
        competences = plan_competences(session, internship_id)
        start = _live_scores(session, _scan(session, internship_id, ScanMoment.START))
        end = _live_scores(session, _scan(session, internship_id, ScanMoment.END))
        final: dict[uuid.UUID, int] = {}
        evaluation = stored_evaluation(session, internship_id, EvaluationStage.FINAL)
        if evaluation is not None and evaluation.deleted_at is None:
            for key, row in stored_scores(session, evaluation.id).items():
                if row.deleted_at is None and row.score is not None and row.score != NOT_OBSERVED:
                    final[key] = row.score
        return tuple(
            CurvePoint(
                competence.id,
                competence.text,
                start.get(competence.id),
                end.get(competence.id),
                final.get(competence.id),
            )
            for competence in competences
        )
