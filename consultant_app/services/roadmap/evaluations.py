"""The evaluation part of the roadmap: the mentor's mid-term and final evaluations,
the intern's evaluation of the workplace, the intern's competence scans and the
learning curve that compares them.

The mentor scores every live competence of the internship on the four-level
scale :data:`SCORE_LEVELS` (insufficient, to develop, good, excellent), or
:data:`NOT_OBSERVED`; ``None`` means "not scored yet". The evaluation form is
saved as a draft while it is typed (:func:`save_evaluation_draft`, an autosave:
in a score or comment mapping an absent competence keeps what is stored, an
explicit ``None`` clears it) and completed once every competence is answered
(:func:`complete_evaluation`).

The intern scores the same competences from 0 to 4 in the competence scan, at
the start and at the end; a cleared self-score is removed (soft-deleted).

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
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from consultant_app.domain.enums import EvaluationStage, Phase, Recommendation, ScanMoment
from consultant_app.domain.errors import InvalidValue
from consultant_app.services.forms.parsing import (
    FieldError,
    FormReader,
    RecordNotFound,
    ValidationFailed,
    format_value,
    parse_bool,
    parse_date,
    parse_enum,
    parse_int,
)
from consultant_app.services.internships.form import live_internship
from consultant_app.services.roadmap.common import cleaned_values, set_changed
from consultant_app.store.database import Database
from consultant_app.store.models import (
    CompetenceScan,
    CompetenceScanScore,
    Evaluation,
    EvaluationScore,
    InternshipCompetence,
    WorkplaceEvaluation,
)

__all__ = [
    "NOT_OBSERVED",
    "SCAN_LEVELS",
    "SCORE_LEVELS",
    "WORKPLACE_FIELDS",
    "WORKPLACE_LABELS",
    "CurvePoint",
    "EvaluationForm",
    "EvaluationRow",
    "ScanRow",
    "complete_evaluation",
    "learning_curve",
    "load_evaluation",
    "load_scan",
    "load_workplace_evaluation",
    "save_evaluation_draft",
    "save_scan",
    "save_workplace_evaluation",
    "validate_workplace_evaluation",
]

#: The mentor's four-level scale: insufficient, to develop, good, excellent.
SCORE_LEVELS: tuple[int, ...] = (1, 2, 3, 4)
#: The mentor's answer for a competence that could not be observed.
NOT_OBSERVED = 0
#: The intern's self-scores in the competence scan.
SCAN_LEVELS: tuple[int, ...] = (0, 1, 2, 3, 4)
_MIN_SCORE, _MAX_SCORE = NOT_OBSERVED, SCORE_LEVELS[-1]

_PHASE_ORDER = {phase: index for index, phase in enumerate(Phase)}

_ScoreRow = TypeVar("_ScoreRow", EvaluationScore, CompetenceScanScore)


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


# --- shared helpers -----------------------------------------------------------------


def _competences(session: Session, internship_id: uuid.UUID) -> list[InternshipCompetence]:
    """The live competences of the internship in plan order (phase, then position)."""
    rows = session.scalars(
        select(InternshipCompetence).where(
            InternshipCompetence.internship_id == internship_id,
            InternshipCompetence.deleted_at.is_(None),
        )
    ).all()
    return sorted(
        rows, key=lambda row: (_PHASE_ORDER.get(row.phase, 0), row.position, row.text, str(row.id))
    )


def _check_competences(
    keys: Iterable[uuid.UUID], competences: Mapping[uuid.UUID, InternshipCompetence]
) -> None:
    for key in keys:
        if key not in competences:
            raise RecordNotFound("competence", key)


def _score_errors(
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


def _text_or_none(text: str | None) -> str | None:
    text = (text or "").strip()
    return text or None


# --- the mentor's evaluation --------------------------------------------------------


def _evaluation(
    session: Session, internship_id: uuid.UUID, stage: EvaluationStage
) -> Evaluation | None:
    """The evaluation row of the stage, deleted or not (one per internship and stage)."""
    return session.scalars(
        select(Evaluation).where(
            Evaluation.internship_id == internship_id, Evaluation.stage == stage
        )
    ).one_or_none()


def _by_competence(rows: Iterable[_ScoreRow]) -> dict[uuid.UUID, _ScoreRow]:
    """Score rows by competence (a live row wins over a deleted one)."""
    kept: dict[uuid.UUID, _ScoreRow] = {}
    for row in rows:
        known = kept.get(row.internship_competence_id)
        if known is None or (known.deleted_at is not None and row.deleted_at is None):
            kept[row.internship_competence_id] = row
    return kept


def _score_rows(session: Session, evaluation_id: uuid.UUID) -> dict[uuid.UUID, EvaluationScore]:
    """The score rows of the evaluation by competence (a live row wins over a deleted one)."""
    return _by_competence(
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
        competences = _competences(session, internship_id)
        evaluation = _evaluation(session, internship_id, stage)
        if evaluation is not None and evaluation.deleted_at is not None:
            evaluation = None
        scores = _score_rows(session, evaluation.id) if evaluation is not None else {}
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
    with database.unit_of_work(actor=actor) as uow:
        session = uow.session
        internship = live_internship(session, internship_id)
        competences = {row.id: row for row in _competences(session, internship_id)}
        _check_competences([*scores, *comments], competences)
        errors = _score_errors(scores, competences, _MIN_SCORE, _MAX_SCORE)
        if errors:
            raise ValidationFailed(errors)
        evaluation = _evaluation(session, internship_id, stage)
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
            stored = _score_rows(session, evaluation.id)
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
        competences = _competences(session, internship_id)
        evaluation = _evaluation(session, internship_id, stage)
        if evaluation is not None and evaluation.deleted_at is not None:
            evaluation = None
        scores = _score_rows(session, evaluation.id) if evaluation is not None else {}
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


# --- the intern's evaluation of the workplace ---------------------------------------

#: The aspects of the workplace the intern scores from 1 to 4.
WORKPLACE_FIELDS: tuple[str, ...] = (
    "onboarding",
    "guidance",
    "task_variety",
    "atmosphere",
    "safety",
    "learning",
)
_WORKPLACE_ALL: tuple[str, ...] = (*WORKPLACE_FIELDS, "would_recommend", "comments", "completed_on")
WORKPLACE_LABELS: dict[str, str] = {
    "onboarding": "Onboarding",
    "guidance": "Guidance",
    "task_variety": "Variety of tasks",
    "atmosphere": "Atmosphere",
    "safety": "Safety",
    "learning": "Learning",
    "would_recommend": "Would recommend",
    "comments": "Comments",
    "completed_on": "Completed on",
}


def _workplace_score(text: str) -> int | None:
    return parse_int(text, minimum=SCORE_LEVELS[0], maximum=SCORE_LEVELS[-1])


def validate_workplace_evaluation(
    values: Mapping[str, str],
) -> tuple[dict[str, object], list[FieldError]]:
    """Typed values of the workplace evaluation form and its errors (at most one per field).

    Every field may be empty; the scores are whole numbers from 1 to 4.
    """
    form = FormReader(values, WORKPLACE_LABELS)
    for name in WORKPLACE_FIELDS:
        form.read(name, _workplace_score)
    form.read("would_recommend", parse_bool)
    form.text("comments")
    form.read("completed_on", parse_date)
    return {name: form.cleaned.get(name) for name in _WORKPLACE_ALL}, form.errors


def _workplace(session: Session, internship_id: uuid.UUID) -> WorkplaceEvaluation | None:
    return session.scalars(
        select(WorkplaceEvaluation).where(WorkplaceEvaluation.internship_id == internship_id)
    ).one_or_none()


def load_workplace_evaluation(database: Database, internship_id: uuid.UUID) -> dict[str, str]:
    """The texts of the workplace evaluation form (all ``""`` before it is filled in).

    Keys: :data:`WORKPLACE_FIELDS`, ``would_recommend``, ``comments`` and
    ``completed_on``. Raises :class:`RecordNotFound` for no live internship.
    """
    with database.unit_of_work() as uow:
        session = uow.session
        live_internship(session, internship_id)
        record = _workplace(session, internship_id)
        if record is None or record.deleted_at is not None:
            return dict.fromkeys(_WORKPLACE_ALL, "")
        return {name: format_value(getattr(record, name)) for name in _WORKPLACE_ALL}


def save_workplace_evaluation(
    database: Database,
    internship_id: uuid.UUID,
    values: Mapping[str, str],
    *,
    actor: str | None = None,
) -> None:
    """Create or update the intern's evaluation of the workplace (one per internship).

    Raises :class:`ValidationFailed` (nothing written) or :class:`RecordNotFound`.
    """
    cleaned = cleaned_values(validate_workplace_evaluation, values)
    with database.unit_of_work(actor=actor) as uow:
        session = uow.session
        live_internship(session, internship_id)
        record = _workplace(session, internship_id)
        if record is None:
            record = WorkplaceEvaluation(id=uuid.uuid4(), internship_id=internship_id)
            session.add(record)
        elif record.deleted_at is not None:
            record.deleted_at = None
        for name in _WORKPLACE_ALL:
            set_changed(record, name, cleaned[name])
        uow.commit()


# --- the intern's competence scan ---------------------------------------------------


def _scan(session: Session, internship_id: uuid.UUID, moment: ScanMoment) -> CompetenceScan | None:
    """The scan row of the moment, deleted or not (one per internship and moment)."""
    return session.scalars(
        select(CompetenceScan).where(
            CompetenceScan.internship_id == internship_id, CompetenceScan.moment == moment
        )
    ).one_or_none()


def _scan_rows(session: Session, scan_id: uuid.UUID) -> dict[uuid.UUID, CompetenceScanScore]:
    """The self-score rows of the scan by competence (a live row wins over a deleted one)."""
    return _by_competence(
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
        competences = _competences(session, internship_id)
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
        competences = {row.id: row for row in _competences(session, internship_id)}
        _check_competences(scores, competences)
        errors = _score_errors(scores, competences, SCAN_LEVELS[0], SCAN_LEVELS[-1])
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
        competences = _competences(session, internship_id)
        start = _live_scores(session, _scan(session, internship_id, ScanMoment.START))
        end = _live_scores(session, _scan(session, internship_id, ScanMoment.END))
        final: dict[uuid.UUID, int] = {}
        evaluation = _evaluation(session, internship_id, EvaluationStage.FINAL)
        if evaluation is not None and evaluation.deleted_at is None:
            for key, row in _score_rows(session, evaluation.id).items():
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
