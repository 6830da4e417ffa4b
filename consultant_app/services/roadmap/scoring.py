"""What the mentor's evaluations and the intern's scans share: the competences they score,
in plan order, and the checks of their scores."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from consultant_app.domain.roadmap import PHASE_ORDER
from consultant_app.services.forms.parsing import FieldError, RecordNotFound
from consultant_app.store.models import (
    CompetenceScanScore,
    EvaluationScore,
    InternshipCompetence,
)

ScoreRow = TypeVar("ScoreRow", EvaluationScore, CompetenceScanScore)


def plan_competences(session: Session, internship_id: uuid.UUID) -> list[InternshipCompetence]:
    """The live competences of the internship in plan order (phase, then position)."""
    rows = session.scalars(
        select(InternshipCompetence).where(
            InternshipCompetence.internship_id == internship_id,
            InternshipCompetence.deleted_at.is_(None),
        )
    ).all()
    return sorted(
        rows, key=lambda row: (PHASE_ORDER.get(row.phase, 0), row.position, row.text, str(row.id))
    )


def check_competences(
    keys: Iterable[uuid.UUID], competences: Mapping[uuid.UUID, InternshipCompetence]
) -> None:
    """:class:`RecordNotFound` for a key that is not one of *competences*."""
    for key in keys:
        if key not in competences:
            raise RecordNotFound("competence", key)


def score_errors(
    scores: Mapping[uuid.UUID, int | None],
    competences: Mapping[uuid.UUID, InternshipCompetence],
    minimum: int,
    maximum: int,
) -> list[FieldError]:
    """A ``score.range`` error for each score that is not a whole number in the range."""
    errors: list[FieldError] = []
    for key, score in scores.items():
        if score is None:
            continue
        if isinstance(score, bool) or not isinstance(score, int) or not minimum <= score <= maximum:
            competence = competences.get(key)
            text = competence.text if competence is not None else str(key)
            errors.append(
                FieldError(
                    str(key),
                    "score.range",
                    f"{text}: {score!r} is not a score; it must be between "
                    f"{minimum} and {maximum}.",
                    {
                        "field": str(key),
                        "competence": text,
                        "value": score,
                        "min": minimum,
                        "max": maximum,
                    },
                )
            )
    return errors


def by_competence(rows: Iterable[ScoreRow]) -> dict[uuid.UUID, ScoreRow]:
    """Score rows by competence (a live row wins over a deleted one)."""
    kept: dict[uuid.UUID, ScoreRow] = {}
    for row in rows:
        known = kept.get(row.internship_competence_id)
        if known is None or (known.deleted_at is not None and row.deleted_at is None):
            kept[row.internship_competence_id] = row
    return kept
