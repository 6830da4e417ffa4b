"""Tasks and competences of the roadmap: load, add, edit, remove and move, phase by phase."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import select

from consultant_app.domain.enums import CompetenceKind, Phase
from consultant_app.domain.errors import InvalidValue
from consultant_app.services.forms.parsing import RecordNotFound
from consultant_app.services.internships.records import create_internship
from consultant_app.services.roadmap import (
    CompetenceLine,
    TaskLine,
    add_competence,
    add_task,
    load_plan,
    move_competence,
    move_task,
    remove_competence,
    remove_task,
    update_competence,
    update_task,
)
from consultant_app.store.database import Database
from consultant_app.store.models import AuditEntry, CatalogueCompetence, Function
from tests.support.builders import World


@pytest.fixture
def internship_id(world: World) -> uuid.UUID:
    return create_internship(world.db, world.values())


def tasks(db: Database, internship_id: uuid.UUID) -> tuple[TaskLine, ...]:
    return load_plan(db, internship_id)[0]


def competences(db: Database, internship_id: uuid.UUID) -> tuple[CompetenceLine, ...]:
    return load_plan(db, internship_id)[1]


def texts(lines: tuple[TaskLine, ...] | tuple[CompetenceLine, ...]) -> list[tuple[str, str]]:
    return [(line.phase.value, line.text) for line in lines]


def test_the_plan_starts_with_the_functions_catalogue(
    world: World, internship_id: uuid.UUID
) -> None:
    task_lines, competence_lines = load_plan(world.db, internship_id)
    with world.db.unit_of_work() as uow:
        function = uow.session.get(Function, world.function_id)
        assert function is not None
        assert [t.text for t in task_lines] == [t.name_fr for t in function.tasks]
        technical = [c.name_fr for c in function.competences]
        soft = uow.session.scalars(
            select(CatalogueCompetence.name_fr)
            .where(CatalogueCompetence.kind == CompetenceKind.SOFT)
            .order_by(CatalogueCompetence.position)
        ).all()
    assert [c.text for c in competence_lines] == [*technical, *soft]
    assert [c.kind for c in competence_lines] == ["technical"] * len(technical) + ["soft"] * len(
        soft
    )
    assert {line.phase for line in (*task_lines, *competence_lines)} == {Phase.START}
    assert all(c.objective == "" and c.target_level is None for c in competence_lines)
    with pytest.raises(RecordNotFound):
        load_plan(world.db, uuid.uuid4())


def test_tasks_are_added_last_of_their_phase_and_ordered_by_phase(
    world: World, internship_id: uuid.UUID
) -> None:
    copied = len(tasks(world.db, internship_id))
    final = add_task(world.db, internship_id, " Write the wrap report ", Phase.END, actor="anna")
    add_task(world.db, internship_id, "Plan the mid-term shoot", "midterm")
    add_task(world.db, internship_id, "Read the scripts")
    lines = tasks(world.db, internship_id)
    assert texts(lines)[copied:] == [
        ("start", "Read the scripts"),
        ("midterm", "Plan the mid-term shoot"),
        ("end", "Write the wrap report"),
    ]
    assert lines[copied - 1].position < lines[copied].position
    with world.db.unit_of_work() as uow:
        actor = uow.session.scalar(select(AuditEntry.actor).where(AuditEntry.entity_id == final))
    assert actor == "anna"

    with pytest.raises(InvalidValue) as empty:
        add_task(world.db, internship_id, "   ")
    assert (empty.value.code, str(empty.value)) == ("required", "The text of the task is required.")
    with pytest.raises(InvalidValue) as phase:
        add_task(world.db, internship_id, "Anything", "someday")
    assert phase.value.code == "choice.unknown"
    with pytest.raises(RecordNotFound):
        add_task(world.db, uuid.uuid4(), "Anything")


def test_a_task_is_edited_and_goes_last_in_its_new_phase(
    world: World, internship_id: uuid.UUID
) -> None:
    add_task(world.db, internship_id, "Review", Phase.END)
    first = tasks(world.db, internship_id)[0]
    update_task(world.db, first.id, text=" Log the rushes ", phase=first.phase)
    assert tasks(world.db, internship_id)[0].text == "Log the rushes"

    update_task(world.db, first.id, text="Log the rushes", phase="end")
    assert texts(tasks(world.db, internship_id))[-2:] == [
        ("end", "Review"),
        ("end", "Log the rushes"),
    ]
    with pytest.raises(InvalidValue) as empty:
        update_task(world.db, first.id, text="", phase=Phase.END)
    assert empty.value.code == "required"
    with pytest.raises(RecordNotFound):
        update_task(world.db, uuid.uuid4(), text="x", phase=Phase.END)


def test_a_task_is_removed(world: World, internship_id: uuid.UUID) -> None:
    before = tasks(world.db, internship_id)
    remove_task(world.db, before[1].id)
    after = tasks(world.db, internship_id)
    assert [t.id for t in after] == [before[0].id, *(t.id for t in before[2:])]
    with pytest.raises(RecordNotFound):
        remove_task(world.db, before[1].id)
    with pytest.raises(RecordNotFound):
        move_task(world.db, before[1].id, -1)


def test_tasks_move_inside_their_phase(world: World, internship_id: uuid.UUID) -> None:
    other = add_task(world.db, internship_id, "Other phase", Phase.MIDTERM)
    start = [t.id for t in tasks(world.db, internship_id) if t.phase is Phase.START]
    assert len(start) >= 3

    move_task(world.db, start[2], -1)
    moved = [t.id for t in tasks(world.db, internship_id) if t.phase is Phase.START]
    assert moved == [start[0], start[2], start[1], *start[3:]]

    move_task(world.db, start[0], 1)
    move_task(world.db, start[0], -5)  # stops at the top
    assert [t.id for t in tasks(world.db, internship_id) if t.phase is Phase.START][:3] == [
        start[0],
        start[2],
        start[1],
    ]
    move_task(world.db, start[1], 99)  # to the bottom of the start phase only
    lines = tasks(world.db, internship_id)
    assert [t.id for t in lines if t.phase is Phase.START][-1] == start[1]
    assert lines[-1].id == other
    positions = [t.position for t in lines if t.phase is Phase.START]
    assert positions == sorted(set(positions))

    before = tasks(world.db, internship_id)
    move_task(world.db, other, -1)  # alone in its phase: nothing changes
    move_task(world.db, start[0], 0)
    assert tasks(world.db, internship_id) == before


def test_competences_are_added_edited_moved_and_removed(
    world: World, internship_id: uuid.UUID
) -> None:
    copied = len(competences(world.db, internship_id))
    first = add_competence(
        world.db,
        internship_id,
        " Budget a short film ",
        objective=" Draw up a budget alone. ",
        target_level=3,
        phase=Phase.END,
    )
    second = add_competence(world.db, internship_id, "Negotiate", target_level="2", phase="end")
    lines = competences(world.db, internship_id)
    assert lines[copied:] == (
        CompetenceLine(
            first, "Budget a short film", "Draw up a budget alone.", 3, Phase.END, 1, "custom"
        ),
        CompetenceLine(second, "Negotiate", "", 2, Phase.END, 2, "custom"),
    )

    move_competence(world.db, second, -1)
    assert [c.id for c in competences(world.db, internship_id)][copied:] == [second, first]

    update_competence(
        world.db, first, text="Budget", objective="", target_level=None, phase=Phase.MIDTERM
    )
    line = next(c for c in competences(world.db, internship_id) if c.id == first)
    assert (line.text, line.objective, line.target_level, line.phase) == (
        "Budget",
        "",
        None,
        Phase.MIDTERM,
    )
    copied_line = competences(world.db, internship_id)[0]
    update_competence(
        world.db,
        copied_line.id,
        text=copied_line.text,
        objective="Level 4",
        target_level=4,
        phase=Phase.START,
    )
    edited = competences(world.db, internship_id)[0]
    assert (edited.kind, edited.target_level, edited.objective) == ("technical", 4, "Level 4")

    remove_competence(world.db, second)
    assert second not in [c.id for c in competences(world.db, internship_id)]
    with pytest.raises(RecordNotFound):
        update_competence(
            world.db, second, text="x", objective="", target_level=None, phase=Phase.END
        )
    with pytest.raises(RecordNotFound):
        remove_competence(world.db, second)


BAD_LEVELS = [(0, "number.range"), (5, "number.range"), (-1, "number.range")]
BAD_LEVELS += [("9", "number.range"), ("high", "number.syntax")]


@pytest.mark.parametrize(("level", "code"), BAD_LEVELS)
def test_the_target_level_is_1_to_4(
    world: World, internship_id: uuid.UUID, level: int | str, code: str
) -> None:
    with pytest.raises(InvalidValue) as refused:
        add_competence(world.db, internship_id, "Lighting", target_level=level)
    assert refused.value.code == code
    competence_id = competences(world.db, internship_id)[0].id
    with pytest.raises(InvalidValue) as again:
        update_competence(
            world.db,
            competence_id,
            text="Lighting",
            objective="",
            target_level=level,
            phase=Phase.START,
        )
    assert again.value.code == code


def test_target_level_message(world: World, internship_id: uuid.UUID) -> None:
    with pytest.raises(InvalidValue) as refused:
        add_competence(world.db, internship_id, "Lighting", target_level=5)
    assert str(refused.value) == (
        "The target level 5 is out of range: the number must be between 1 and 4."
    )
    assert refused.value.params == {"value": 5, "min": 1, "max": 4}
    for level in (1, 4, None, ""):
        add_competence(world.db, internship_id, f"Lighting {level}", target_level=level)
    with pytest.raises(InvalidValue) as empty:
        add_competence(world.db, internship_id, " ")
    assert (empty.value.code, str(empty.value)) == (
        "required",
        "The text of the competence is required.",
    )
