"""The evaluation part of the roadmap: mentor's evaluations, workplace evaluation, scans, curve."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

import pytest
from sqlalchemy import func, select

from consultant_app.domain.enums import (
    EvaluationStage,
    Gender,
    Language,
    Phase,
    Recommendation,
    ScanMoment,
)
from consultant_app.domain.errors import InvalidValue
from consultant_app.domain.roadmap import NOT_OBSERVED, WORKPLACE_CRITERIA
from consultant_app.services.forms.parsing import RecordNotFound, ValidationFailed
from consultant_app.services.internships.records import create_internship
from consultant_app.services.people.hosts import save_host, save_mentor, save_training_plan
from consultant_app.services.roadmap import (
    complete_evaluation,
    learning_curve,
    load_evaluation,
    load_scan,
    load_workplace_evaluation,
    save_evaluation_draft,
    save_scan,
    save_workplace_evaluation,
    validate_workplace_evaluation,
)
from consultant_app.services.settings.catalogue import seed_catalogue
from consultant_app.store.database import Database
from consultant_app.store.models import (
    AuditEntry,
    CompetenceScanScore,
    Consultant,
    Evaluation,
    EvaluationScore,
    Function,
    Intern,
    InternshipCompetence,
)

MID = EvaluationStage.MIDTERM
FINAL = EvaluationStage.FINAL
START = ScanMoment.START
END = ScanMoment.END


@dataclass(frozen=True)
class Setup:
    db: Database
    internship_id: uuid.UUID
    mentor_id: uuid.UUID

    def competences(self) -> list[InternshipCompetence]:
        """The live competences, by position (all are in the start phase after creation)."""
        with self.db.unit_of_work() as uow:
            rows = list(
                uow.session.scalars(
                    select(InternshipCompetence)
                    .where(
                        InternshipCompetence.internship_id == self.internship_id,
                        InternshipCompetence.deleted_at.is_(None),
                    )
                    .order_by(InternshipCompetence.position)
                )
            )
            uow.session.expunge_all()
        return rows

    def ids(self) -> list[uuid.UUID]:
        return [row.id for row in self.competences()]

    def texts(self) -> dict[uuid.UUID, str]:
        return {row.id: row.text for row in self.competences()}


@pytest.fixture
def setup(db: Database) -> Setup:
    with db.unit_of_work() as uow:
        session = uow.session
        seed_catalogue(session)
        intern = Intern(
            first_name="Emre",
            last_name="Öztürk",
            birth_date=date(2000, 1, 1),
            gender=Gender.MALE,
            language=Language.NL,
        )
        consultant = Consultant(first_name="Sofie", last_name="Van den Broeck")
        session.add_all([intern, consultant])
        function_id = session.scalars(
            select(Function.id).where(Function.code == "production_assistant")
        ).one()
        uow.commit()
        intern_id, consultant_id = intern.id, consultant.id
    host_id = save_host(
        db,
        {
            "name": "Clin d'Oeil Film Srl",
            "enterprise_number": "BE 0123.456.749",
            "joint_committee": "303.01",
            "language_role": "FR",
            "employees_fte": "10",
        },
    )
    mentor_id = save_mentor(db, host_id, {"first_name": "Anaïs", "last_name": "Lefèvre"})
    save_training_plan(db, host_id, {"year": "2021", "status": "received"})
    internship_id = create_internship(
        db,
        {
            "intern_id": str(intern_id),
            "host_id": str(host_id),
            "mentor_id": str(mentor_id),
            "consultant_id": str(consultant_id),
            "function_id": str(function_id),
            "start_date": "2021-09-06",
            "planned_end_date": "2021-11-26",
            "hours_mon": "7.6",
            "hours_tue": "7.6",
            "hours_wed": "7.6",
            "hours_thu": "7.6",
            "hours_fri": "7.6",
            "workplace": "Rue de la Loi 16, 4000 Liège",
            "no_replacement_declared": "1",
            "convention_language": "FR",
        },
    )
    result = Setup(db, internship_id, mentor_id)
    assert len(result.ids()) >= 4
    return result


def edit_competence(db: Database, competence_id: uuid.UUID, **values: object) -> None:
    with db.unit_of_work() as uow:
        row = uow.session.get(InternshipCompetence, competence_id)
        assert row is not None
        for name, value in values.items():
            setattr(row, name, value)
        uow.commit()


def delete_competence(db: Database, competence_id: uuid.UUID) -> None:
    with db.unit_of_work() as uow:
        row = uow.session.get(InternshipCompetence, competence_id)
        assert row is not None
        row.soft_delete()
        uow.commit()


def count(db: Database, model: type[object]) -> int:
    with db.unit_of_work() as uow:
        return uow.session.scalar(select(func.count()).select_from(model)) or 0


def scores_of(db: Database, internship_id: uuid.UUID, stage: EvaluationStage) -> dict:
    form = load_evaluation(db, internship_id, stage)
    return {row.competence_id: row.score for row in form.rows}


# --- loading ------------------------------------------------------------------------


def test_new_evaluation_has_a_row_per_competence_in_plan_order(setup: Setup) -> None:
    first, second, third, *_rest = setup.ids()
    # Plan order is the phase, then the position: the first competence moves to the end phase
    # and the third to the mid-term phase with a position before every other one.
    edit_competence(setup.db, first, phase=Phase.END)
    edit_competence(setup.db, third, phase=Phase.MIDTERM, position=0)
    edit_competence(setup.db, second, objective="Plan a shooting day", target_level=3)
    form = load_evaluation(setup.db, setup.internship_id, MID)
    ids = [row.competence_id for row in form.rows]
    expected = [i for i in setup.ids() if i not in (first, third)] + [third, first]
    assert ids == expected
    assert form.id is None
    assert form.stage is MID
    assert form.evaluated_on is None
    assert form.mentor_id == setup.mentor_id
    assert (form.overall_appreciation, form.recommendation, form.comments) == ("", None, "")
    assert form.complete is False
    assert all(row.score is None and row.comment == "" for row in form.rows)
    row = next(row for row in form.rows if row.competence_id == second)
    assert (row.text, row.objective, row.target_level) == (
        setup.texts()[second],
        "Plan a shooting day",
        3,
    )


def test_unknown_internship_is_not_found(setup: Setup) -> None:
    unknown = uuid.uuid4()
    with pytest.raises(RecordNotFound):
        load_evaluation(setup.db, unknown, MID)
    with pytest.raises(RecordNotFound):
        save_evaluation_draft(setup.db, unknown, MID, scores={}, comments={})
    with pytest.raises(RecordNotFound):
        load_scan(setup.db, unknown, START)
    with pytest.raises(RecordNotFound):
        learning_curve(setup.db, unknown)
    with pytest.raises(RecordNotFound):
        load_workplace_evaluation(setup.db, unknown)


# --- drafts -------------------------------------------------------------------------


def test_partial_draft_is_saved_and_reloaded(setup: Setup) -> None:
    a, b, c, *_rest = setup.ids()
    evaluation_id = save_evaluation_draft(
        setup.db,
        setup.internship_id,
        MID,
        scores={a: 3, b: NOT_OBSERVED},
        comments={a: "  Reliable on set. ", c: "Still shy"},
        overall_appreciation="Good start",
        recommendation=Recommendation.WITH_RESERVATIONS,
        general_comments="Seen on site.",
    )
    form = load_evaluation(setup.db, setup.internship_id, MID)
    assert form.id == evaluation_id
    assert form.mentor_id == setup.mentor_id
    assert form.overall_appreciation == "Good start"
    assert form.recommendation is Recommendation.WITH_RESERVATIONS
    assert form.comments == "Seen on site."
    assert not form.complete
    rows = {row.competence_id: row for row in form.rows}
    assert (rows[a].score, rows[a].comment) == (3, "Reliable on set.")
    assert (rows[b].score, rows[b].comment) == (0, "")
    assert (rows[c].score, rows[c].comment) == (None, "Still shy")
    assert all(rows[i].score is None for i in setup.ids()[3:])
    # The other stage is untouched.
    assert load_evaluation(setup.db, setup.internship_id, FINAL).id is None


def test_absent_keys_keep_and_none_clears(setup: Setup) -> None:
    a, b, c, *_rest = setup.ids()
    save_evaluation_draft(
        setup.db,
        setup.internship_id,
        MID,
        scores={a: 1, b: 2, c: 3},
        comments={a: "one", b: "two"},
    )
    # Only b's score changes, a's score is cleared; c is absent and keeps its score.
    save_evaluation_draft(
        setup.db, setup.internship_id, MID, scores={a: None, b: 4}, comments={b: ""}
    )
    form = load_evaluation(setup.db, setup.internship_id, MID)
    rows = {row.competence_id: row for row in form.rows}
    assert (rows[a].score, rows[a].comment) == (None, "one")
    assert (rows[b].score, rows[b].comment) == (4, "")
    assert (rows[c].score, rows[c].comment) == (3, "")
    # Empty mappings change no score.
    save_evaluation_draft(setup.db, setup.internship_id, MID, scores={}, comments={})
    assert scores_of(setup.db, setup.internship_id, MID) == {
        i: {b: 4, c: 3}.get(i) for i in setup.ids()
    }


def test_autosave_is_idempotent_and_keeps_one_evaluation_per_stage(setup: Setup) -> None:
    a, b, *_rest = setup.ids()

    def save() -> uuid.UUID:
        return save_evaluation_draft(
            setup.db,
            setup.internship_id,
            MID,
            scores={a: 2, b: None},
            comments={a: "ok", b: ""},
            overall_appreciation="Fine",
            recommendation="yes",
        )

    first = save()
    audit_rows = count(setup.db, AuditEntry)
    score_rows = count(setup.db, EvaluationScore)
    assert save() == first
    assert save() == first
    assert count(setup.db, AuditEntry) == audit_rows
    assert count(setup.db, EvaluationScore) == score_rows == 1
    assert count(setup.db, Evaluation) == 1
    final = save_evaluation_draft(setup.db, setup.internship_id, FINAL, scores={}, comments={})
    assert final != first
    assert count(setup.db, Evaluation) == 2
    with setup.db.unit_of_work() as uow:
        stored = uow.session.get(Evaluation, final)
        assert stored is not None
        assert stored.is_final is True


@pytest.mark.parametrize("score", [5, -1, 10, True, "3", 2.5])
def test_score_out_of_range_is_refused(setup: Setup, score: object) -> None:
    a, b, *_rest = setup.ids()
    with pytest.raises(ValidationFailed) as caught:
        save_evaluation_draft(
            setup.db,
            setup.internship_id,
            MID,
            scores={a: 3, b: score},  # type: ignore[dict-item]
            comments={},
        )
    (error,) = caught.value.errors
    assert (error.field, error.code) == (str(b), "score.range")
    assert error.params["min"] == 0 and error.params["max"] == 4
    assert setup.texts()[b] in error.message
    assert count(setup.db, Evaluation) == 0


def test_unknown_recommendation_is_refused(setup: Setup) -> None:
    with pytest.raises(ValidationFailed) as caught:
        save_evaluation_draft(
            setup.db, setup.internship_id, MID, scores={}, comments={}, recommendation="maybe"
        )
    assert [(e.field, e.code) for e in caught.value.errors] == [
        ("recommendation", "choice.unknown")
    ]


def test_a_competence_of_another_internship_is_not_found(setup: Setup) -> None:
    with pytest.raises(RecordNotFound) as caught:
        save_evaluation_draft(
            setup.db, setup.internship_id, MID, scores={uuid.uuid4(): 2}, comments={}
        )
    assert caught.value.entity == "competence"
    with pytest.raises(RecordNotFound):
        save_evaluation_draft(
            setup.db, setup.internship_id, MID, scores={}, comments={uuid.uuid4(): "x"}
        )
    assert count(setup.db, Evaluation) == 0


# --- completion ---------------------------------------------------------------------


def test_completion_is_refused_while_incomplete(setup: Setup) -> None:
    ids = setup.ids()
    texts = setup.texts()
    with pytest.raises(InvalidValue) as caught:
        complete_evaluation(setup.db, setup.internship_id, MID, evaluated_on=date(2021, 10, 15))
    assert caught.value.code == "evaluation.incomplete"
    assert caught.value.params["missing"] == tuple(texts[i] for i in ids)
    assert caught.value.params["appreciation_missing"] is True
    save_evaluation_draft(
        setup.db,
        setup.internship_id,
        MID,
        scores={i: 3 for i in ids[1:]} | {ids[2]: None},
        comments={ids[0]: "a comment is not a score"},
        overall_appreciation="Promising",
    )
    with pytest.raises(InvalidValue) as caught:
        complete_evaluation(setup.db, setup.internship_id, MID, evaluated_on=date(2021, 10, 15))
    problem = caught.value
    assert problem.code == "evaluation.incomplete"
    assert problem.params["missing"] == (texts[ids[0]], texts[ids[2]])
    assert problem.params["appreciation_missing"] is False
    assert texts[ids[0]] in problem.message and texts[ids[2]] in problem.message
    assert not load_evaluation(setup.db, setup.internship_id, MID).complete


def test_completion_needs_the_overall_appreciation(setup: Setup) -> None:
    save_evaluation_draft(
        setup.db, setup.internship_id, FINAL, scores=dict.fromkeys(setup.ids(), 4), comments={}
    )
    with pytest.raises(InvalidValue) as caught:
        complete_evaluation(setup.db, setup.internship_id, FINAL, evaluated_on=date(2021, 11, 25))
    assert caught.value.params == {
        "stage": "final",
        "missing": (),
        "appreciation_missing": True,
    }
    assert "appreciation" in caught.value.message


def test_completion_counts_not_observed_as_answered(setup: Setup) -> None:
    ids = setup.ids()
    save_evaluation_draft(
        setup.db,
        setup.internship_id,
        MID,
        scores={i: 2 for i in ids} | {ids[0]: NOT_OBSERVED},
        comments={},
        overall_appreciation="Steady progress",
    )
    complete_evaluation(setup.db, setup.internship_id, MID, evaluated_on=date(2021, 10, 15))
    form = load_evaluation(setup.db, setup.internship_id, MID)
    assert form.complete
    assert form.evaluated_on == date(2021, 10, 15)
    assert form.rows[0].score == 0
    # A comment edit keeps it completed; clearing a score makes it a draft again.
    save_evaluation_draft(
        setup.db,
        setup.internship_id,
        MID,
        scores={},
        comments={ids[1]: "typo fixed"},
        overall_appreciation="Steady progress",
    )
    assert load_evaluation(setup.db, setup.internship_id, MID).evaluated_on == date(2021, 10, 15)
    save_evaluation_draft(
        setup.db,
        setup.internship_id,
        MID,
        scores={ids[1]: None},
        comments={},
        overall_appreciation="Steady progress",
    )
    form = load_evaluation(setup.db, setup.internship_id, MID)
    assert (form.complete, form.evaluated_on) == (False, None)
    # So does an emptied overall appreciation.
    save_evaluation_draft(
        setup.db,
        setup.internship_id,
        MID,
        scores={ids[1]: 3},
        comments={},
        overall_appreciation="Steady progress",
    )
    complete_evaluation(setup.db, setup.internship_id, MID, evaluated_on=date(2021, 10, 16))
    assert load_evaluation(setup.db, setup.internship_id, MID).complete
    save_evaluation_draft(setup.db, setup.internship_id, MID, scores={}, comments={})
    form = load_evaluation(setup.db, setup.internship_id, MID)
    assert (form.complete, form.overall_appreciation) == (False, "")


# --- deleted competences ------------------------------------------------------------


def test_deleted_competences_are_left_out(setup: Setup) -> None:
    ids = setup.ids()
    gone = ids[1]
    save_evaluation_draft(setup.db, setup.internship_id, FINAL, scores={gone: 3}, comments={})
    save_scan(setup.db, setup.internship_id, START, {gone: 1})
    delete_competence(setup.db, gone)
    live = [i for i in ids if i != gone]
    form = load_evaluation(setup.db, setup.internship_id, FINAL)
    assert [row.competence_id for row in form.rows] == live
    assert [row.competence_id for row in load_scan(setup.db, setup.internship_id, START)[1]] == (
        live
    )
    assert [point.competence_id for point in learning_curve(setup.db, setup.internship_id)] == live
    with pytest.raises(RecordNotFound):
        save_evaluation_draft(setup.db, setup.internship_id, FINAL, scores={gone: 2}, comments={})
    # The deleted competence is not needed to complete.
    save_evaluation_draft(
        setup.db,
        setup.internship_id,
        FINAL,
        scores=dict.fromkeys(live, 3),
        comments={},
        overall_appreciation="Ready for the job",
        recommendation=Recommendation.YES,
    )
    complete_evaluation(setup.db, setup.internship_id, FINAL, evaluated_on=date(2021, 11, 25))
    assert load_evaluation(setup.db, setup.internship_id, FINAL).complete


# --- workplace evaluation -----------------------------------------------------------


def test_workplace_evaluation_validation() -> None:
    values = {name: "3" for name in WORKPLACE_CRITERIA} | {
        "onboarding": "5",
        "guidance": "0",
        "task_variety": "three",
        "would_recommend": "perhaps",
        "completed_on": "31/02/2021",
    }
    _cleaned, errors = validate_workplace_evaluation(values)
    assert [(e.field, e.code) for e in errors] == [
        ("onboarding", "number.range"),
        ("guidance", "number.range"),
        ("task_variety", "number.syntax"),
        ("would_recommend", "boolean.syntax"),
        ("completed_on", "date.syntax"),
    ]
    cleaned, errors = validate_workplace_evaluation({})
    assert errors == []
    assert all(value is None for value in cleaned.values())


def test_workplace_evaluation_round_trip(setup: Setup) -> None:
    empty = load_workplace_evaluation(setup.db, setup.internship_id)
    assert set(empty) == {*WORKPLACE_CRITERIA, "would_recommend", "comments", "completed_on"}
    assert all(value == "" for value in empty.values())
    values = {
        "onboarding": "4",
        "guidance": "3",
        "task_variety": "2",
        "atmosphere": "4",
        "safety": "",
        "learning": "1",
        "would_recommend": "yes",
        "comments": "Great team.",
        "completed_on": "28/11/2021",
    }
    save_workplace_evaluation(setup.db, setup.internship_id, values)
    loaded = load_workplace_evaluation(setup.db, setup.internship_id)
    assert loaded == values | {"would_recommend": "1", "completed_on": "2021-11-28"}
    save_workplace_evaluation(setup.db, setup.internship_id, loaded | {"would_recommend": "0"})
    assert load_workplace_evaluation(setup.db, setup.internship_id)["would_recommend"] == "0"
    with pytest.raises(ValidationFailed) as caught:
        save_workplace_evaluation(setup.db, setup.internship_id, {"safety": "9"})
    assert [(e.field, e.code) for e in caught.value.errors] == [("safety", "number.range")]
    assert load_workplace_evaluation(setup.db, setup.internship_id)["safety"] == ""


# --- competence scans ---------------------------------------------------------------


def test_scans_round_trip_and_clearing(setup: Setup) -> None:
    a, b, c, *_rest = setup.ids()
    completed_on, rows = load_scan(setup.db, setup.internship_id, START)
    assert completed_on is None
    assert [row.competence_id for row in rows] == setup.ids()
    assert all(row.score is None for row in rows)
    save_scan(
        setup.db, setup.internship_id, START, {a: 0, b: 2, c: 4}, completed_on=date(2021, 9, 1)
    )
    save_scan(setup.db, setup.internship_id, END, {a: 3})
    completed_on, rows = load_scan(setup.db, setup.internship_id, START)
    assert completed_on == date(2021, 9, 1)
    assert {row.competence_id: row.score for row in rows if row.score is not None} == {
        a: 0,
        b: 2,
        c: 4,
    }
    # None removes a self-score; an absent competence keeps it.
    save_scan(setup.db, setup.internship_id, START, {b: None, c: 3}, completed_on=date(2021, 9, 1))
    _day, rows = load_scan(setup.db, setup.internship_id, START)
    assert {row.competence_id: row.score for row in rows if row.score is not None} == {a: 0, c: 3}
    # A removed self-score can be given again.
    save_scan(setup.db, setup.internship_id, START, {b: 1}, completed_on=date(2021, 9, 1))
    _day, rows = load_scan(setup.db, setup.internship_id, START)
    assert {row.competence_id: row.score for row in rows if row.score is not None} == {
        a: 0,
        b: 1,
        c: 3,
    }
    assert count(setup.db, CompetenceScanScore) == 4  # three at the start, one at the end
    end_day, end_rows = load_scan(setup.db, setup.internship_id, END)
    assert end_day is None
    assert {row.competence_id: row.score for row in end_rows if row.score is not None} == {a: 3}


def test_scan_score_out_of_range_is_refused(setup: Setup) -> None:
    a, b, *_rest = setup.ids()
    with pytest.raises(ValidationFailed) as caught:
        save_scan(setup.db, setup.internship_id, START, {a: 2, b: 5})
    assert [(e.field, e.code) for e in caught.value.errors] == [(str(b), "score.range")]
    assert count(setup.db, CompetenceScanScore) == 0
    with pytest.raises(RecordNotFound):
        save_scan(setup.db, setup.internship_id, START, {uuid.uuid4(): 2})


# --- learning curve -----------------------------------------------------------------


def test_learning_curve_combines_scans_and_final_evaluation(setup: Setup) -> None:
    a, b, c, d, *_rest = setup.ids()
    save_scan(setup.db, setup.internship_id, START, {a: 1, b: 0, c: 2})
    save_scan(setup.db, setup.internship_id, END, {a: 3, c: 3})
    save_evaluation_draft(
        setup.db, setup.internship_id, MID, scores={a: 1, b: 1, d: 1}, comments={}
    )
    save_evaluation_draft(
        setup.db,
        setup.internship_id,
        FINAL,
        scores={a: 4, b: NOT_OBSERVED, d: 2},
        comments={},
    )
    curve = learning_curve(setup.db, setup.internship_id)
    texts = setup.texts()
    assert [point.competence_id for point in curve] == setup.ids()
    points = {point.competence_id: point for point in curve}
    assert points[a].text == texts[a]
    assert (points[a].start, points[a].end, points[a].mentor_final) == (1, 3, 4)
    assert (points[b].start, points[b].end, points[b].mentor_final) == (0, None, None)
    assert (points[c].start, points[c].end, points[c].mentor_final) == (2, 3, None)
    assert (points[d].start, points[d].end, points[d].mentor_final) == (None, None, 2)


def test_learning_curve_is_empty_before_any_assessment(setup: Setup) -> None:
    curve = learning_curve(setup.db, setup.internship_id)
    assert len(curve) == len(setup.ids())
    assert all(
        (point.start, point.end, point.mentor_final) == (None, None, None) for point in curve
    )
