"""The mentor's mid-term and final evaluations of the roadmap.

The mentor scores every live competence of the internship on the four-level
scale :data:`~consultant_app.domain.roadmap.SCORE_LEVELS` (insufficient, to
develop, good, excellent), or :data:`~consultant_app.domain.roadmap.NOT_OBSERVED`;
``None`` means "not scored yet". The evaluation form is saved as a draft while
it is typed (:func:`save_evaluation_draft`, an autosave: in a score or comment
mapping an absent competence keeps what is stored, an explicit ``None`` clears
it) and completed once every competence is answered (:func:`complete_evaluation`).

The intern's evaluation of the workplace is in :mod:`.workplace`, the competence
scans and the learning curve in :mod:`.scans`.

Codes of this module (besides those of :mod:`consultant_app.services.forms.parsing`):
``score.range`` (a score out of its scale, in a :class:`ValidationFailed` whose
field is the competence id) and ``evaluation.incomplete`` (an
:class:`InvalidValue` whose ``missing`` param lists the texts of the
competences without a score, and ``appreciation_missing`` tells whether the
overall appreciation is empty). A competence id that is not a live competence
of the internship raises :class:`RecordNotFound` (entity ``"competence"``).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from consultant_app.domain.enums import EvaluationStage, Recommendation
from consultant_app.domain.errors import InvalidValue
from consultant_app.domain.roadmap import NOT_OBSERVED, SCORE_LEVELS
from consultant_app.domain.text import clean_text
from consultant_app.services.forms.parsing import (
    FieldError,
    ValidationFailed,
    parse_enum,
)
from consultant_app.services.internships.form import live_internship
from consultant_app.services.roadmap.common import set_changed, single_record
from consultant_app.services.roadmap.scoring import (
    by_competence,
    check_competences,
    plan_competences,
    score_errors,
)
from consultant_app.store.database import Database
from consultant_app.store.models import (
    Evaluation,
    EvaluationScore,
    InternshipCompetence,
)

__all__ = [
    "EvaluationForm",
    "EvaluationRow",
    "complete_evaluation",
    "load_evaluation",
    "save_evaluation_draft",
    "stored_evaluation",
    "stored_scores",
]

#: The mentor's answers: not observed, or a level of the scale.
_MIN_SCORE, _MAX_SCORE = NOT_OBSERVED, SCORE_LEVELS[-1]


# --- shapes -------------------------------------------------------------------------


@dataclass(frozen=True)
class EvaluationRow:
    """One competence of the mentor's evaluation form, with its score and comment."""

    competence_id: uuid.UUID
    text: str
    objective: str
    target_level: int | None
    score: int | None
    comment: str


@dataclass(frozen=True)
class EvaluationForm:
    """The mentor's evaluation of one stage; ``id`` is ``None`` before anything is saved."""

    id: uuid.UUID | None
    stage: EvaluationStage
    evaluated_on: date | None
    mentor_id: uuid.UUID | None
    overall_appreciation: str
    recommendation: Recommendation | None
    comments: str
    rows: tuple[EvaluationRow, ...]
    complete: bool


# --- reading ------------------------------------------------------------------------


def stored_evaluation(
    session: Session, internship_id: uuid.UUID, stage: EvaluationStage
) -> Evaluation | None:
    """The evaluation row of the stage, deleted or not (one per internship and stage)."""
    return single_record(session, Evaluation, internship_id, Evaluation.stage == stage)


def stored_scores(session: Session, evaluation_id: uuid.UUID) -> dict[uuid.UUID, EvaluationScore]:
    """The score rows of the evaluation by competence (a live row wins over a deleted one)."""
    return by_competence(
        session.scalars(
            select(EvaluationScore).where(EvaluationScore.evaluation_id == evaluation_id)
        )
    )


def _missing(
    competences: Iterable[InternshipCompetence], scores: Mapping[uuid.UUID, EvaluationScore]
) -> list[str]:
    """Texts of the competences without an answer (0, not observed, is an answer)."""
    missing = []
    for competence in competences:
        row = scores.get(competence.id)
        if row is None or row.deleted_at is not None or row.score is None:
            missing.append(competence.text)
    return missing


def load_evaluation(
    database: Database, internship_id: uuid.UUID, stage: EvaluationStage
) -> EvaluationForm:
    """The mentor's evaluation of *stage*, with a row for every live competence in plan order.

    Before anything is saved the form is empty, with the internship's mentor.
    Raises :class:`RecordNotFound` for no live internship.
    """
    stage = EvaluationStage(stage)
    with database.unit_of_work() as uow:
        session = uow.session
        internship = live_internship(session, internship_id)
        competences = plan_competences(session, internship_id)
        evaluation = stored_evaluation(session, internship_id, stage)
        if evaluation is not None and evaluation.deleted_at is not None:
            evaluation = None
        scores = stored_scores(session, evaluation.id) if evaluation is not None else {}
        rows = []
        for competence in competences:
            row = scores.get(competence.id)
            if row is not None and row.deleted_at is not None:
                row = None
            rows.append(
                EvaluationRow(
                    competence.id,
                    competence.text,
                    competence.objective or "",
                    competence.target_level,
                    row.score if row is not None else None,
                    (row.comment or "") if row is not None else "",
                )
            )
        if evaluation is None:
            return EvaluationForm(
                None, stage, None, internship.mentor_id, "", None, "", tuple(rows), False
            )
        return EvaluationForm(
            evaluation.id,
            stage,
            evaluation.evaluated_on,
            evaluation.mentor_id,
            evaluation.overall_appreciation or "",
            evaluation.recommendation,
            evaluation.comments or "",
            tuple(rows),
            evaluation.evaluated_on is not None,
        )


# --- writing ------------------------------------------------------------------------


def _text_or_none(text: str | None) -> str | None:
    text = clean_text(text or "", multiline=True)
    return text or None


def _check_texts(texts: Mapping[str, str | None]) -> None:
    """Refuse (nothing written) a text that holds a character :func:`clean_text` refuses."""
    errors: list[FieldError] = []
    for name, text in texts.items():
        try:
            clean_text(text or "", multiline=True)
        except InvalidValue as problem:
            label = name.replace("_", " ").capitalize()
            params = {"field": name, **problem.params}
            errors.append(FieldError(name, problem.code, f"{label}: {problem.message}", params))
    if errors:
        raise ValidationFailed(errors)


def _recommendation(value: Recommendation | str | None) -> Recommendation | None:
    if value is None or isinstance(value, Recommendation):
        return value
    try:
        return parse_enum(str(value), Recommendation)
    except InvalidValue as problem:
        raise ValidationFailed(
            [
                FieldError(
                    "recommendation",
                    problem.code,
                    f"Recommendation: {problem.message}",
                    {"field": "recommendation", **problem.params},
                )
            ]
        ) from None


def save_evaluation_draft(
    database: Database,
    internship_id: uuid.UUID,
    stage: EvaluationStage,
    *,
    scores: Mapping[uuid.UUID, int | None],
    comments: Mapping[uuid.UUID, str],
    overall_appreciation: str = "",
    recommendation: Recommendation | str | None = None,
    general_comments: str = "",
    actor: str | None = None,
) -> uuid.UUID:
    """Save the mentor's evaluation of *stage* as it is being typed; the evaluation's id.

    Partial forms are allowed and saving the same values twice changes nothing.
    In *scores* and *comments* a competence left out keeps its stored value and
    ``None`` (or ``""`` for a comment) clears it. The appreciation, the
    recommendation and the general comments are set as given. A completed
    evaluation stays completed unless a score or the overall appreciation is
    cleared (it is then a draft again, without an evaluation date).

    Raises :class:`ValidationFailed` (code ``score.range``, nothing written) or
    :class:`RecordNotFound` (no live internship, or a key that is not one of
    its live competences).
    """
    stage = EvaluationStage(stage)
    chosen = _recommendation(recommendation)
    _check_texts(
        {
            "overall_appreciation": overall_appreciation,
            "general_comments": general_comments,
            **{f"comment:{key}": text for key, text in comments.items()},
        }
    )
    with database.unit_of_work(actor=actor) as uow:
        session = uow.session
        internship = live_internship(session, internship_id)
        competences = {row.id: row for row in plan_competences(session, internship_id)}
        check_competences([*scores, *comments], competences)
        errors = score_errors(scores, competences, _MIN_SCORE, _MAX_SCORE)
        if errors:
            raise ValidationFailed(errors)
        evaluation = stored_evaluation(session, internship_id, stage)
        stored: dict[uuid.UUID, EvaluationScore] = {}
        if evaluation is None:
            evaluation = Evaluation(
                id=uuid.uuid4(),
                internship_id=internship_id,
                stage=stage,
                mentor_id=internship.mentor_id,
                is_final=stage is EvaluationStage.FINAL,
            )
            session.add(evaluation)
        else:
            stored = stored_scores(session, evaluation.id)
            if evaluation.deleted_at is not None:
                _revive(evaluation, stored.values(), internship.mentor_id)
        set_changed(evaluation, "overall_appreciation", _text_or_none(overall_appreciation))
        set_changed(evaluation, "recommendation", chosen)
        set_changed(evaluation, "comments", _text_or_none(general_comments))
        for key in dict.fromkeys([*scores, *comments]):
            row = stored.get(key)
            wanted_score = scores.get(key)
            wanted_comment = _text_or_none(comments[key]) if key in comments else None
            if row is None:
                if wanted_score is None and wanted_comment is None:
                    continue
                row = EvaluationScore(
                    id=uuid.uuid4(), evaluation_id=evaluation.id, internship_competence_id=key
                )
                session.add(row)
                stored[key] = row
            elif row.deleted_at is not None:
                if wanted_score is None and wanted_comment is None:
                    continue
                row.deleted_at = None
                row.score = None
                row.comment = None
            if key in scores:
                set_changed(row, "score", wanted_score)
            if key in comments:
                set_changed(row, "comment", wanted_comment)
        if evaluation.evaluated_on is not None and (
            _missing(competences.values(), stored) or not evaluation.overall_appreciation
        ):
            evaluation.evaluated_on = None
        uow.commit()
        return evaluation.id


def _revive(
    evaluation: Evaluation, scores: Iterable[EvaluationScore], mentor_id: uuid.UUID | None
) -> None:
    """Bring a deleted evaluation back as an empty draft."""
    evaluation.deleted_at = None
    evaluation.evaluated_on = None
    evaluation.mentor_id = mentor_id
    for row in scores:
        if row.deleted_at is None:
            row.soft_delete()


def complete_evaluation(
    database: Database,
    internship_id: uuid.UUID,
    stage: EvaluationStage,
    *,
    evaluated_on: date,
    actor: str | None = None,
) -> None:
    """Complete the mentor's evaluation of *stage* on *evaluated_on*.

    Refuses with :class:`InvalidValue` code ``evaluation.incomplete`` while a
    live competence has no score (0, not observed, counts as answered) or the
    overall appreciation is empty. Raises :class:`RecordNotFound` for no live
    internship.
    """
    stage = EvaluationStage(stage)
    with database.unit_of_work(actor=actor) as uow:
        session = uow.session
        live_internship(session, internship_id)
        competences = plan_competences(session, internship_id)
        evaluation = stored_evaluation(session, internship_id, stage)
        if evaluation is not None and evaluation.deleted_at is not None:
            evaluation = None
        scores = stored_scores(session, evaluation.id) if evaluation is not None else {}
        missing = _missing(competences, scores)
        appreciation_missing = evaluation is None or not (evaluation.overall_appreciation or "")
        if missing or appreciation_missing or evaluation is None:
            problems = []
            if missing:
                problems.append(f"no score yet for {', '.join(missing)}")
            if appreciation_missing:
                problems.append("the overall appreciation is empty")
            raise InvalidValue(
                f"The {stage.value} evaluation cannot be completed: {'; '.join(problems)}.",
                "evaluation.incomplete",
                {
                    "stage": stage.value,
                    "missing": tuple(missing),
                    "appreciation_missing": appreciation_missing,
                },
            )
        set_changed(evaluation, "evaluated_on", evaluated_on)
        uow.commit()
