"""Printing every convention of a year: ``print convention --all --year YYYY`` (limit 15 s)."""

from __future__ import annotations

import time
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import select

from consultant_app.cli import main
from consultant_app.domain.enums import InternshipStatus
from consultant_app.store.database import open_database
from consultant_app.store.models import Internship, InternshipCompetence, InternshipTask
from tests.support.db import copy_db

from .conftest import report

YEAR = 2031
CONVENTIONS = 220
LIMIT_SECONDS = 15.0
FIRST_MONDAY = date(YEAR, 1, 1) + timedelta(days=-date(YEAR, 1, 1).weekday() % 7)


def _with_a_full_year(source: Path, target: Path) -> None:
    """Copy the demo database and add *CONVENTIONS* internships starting in *YEAR*.

    Each is a copy of a demo internship (parties, function, texts, tasks and
    competences), moved to *YEAR*, so that every convention has realistic content.
    """
    copy_db(source, target)
    db = open_database(target)
    try:
        with db.unit_of_work(actor="benchmark") as uow:
            s = uow.session
            models = s.scalars(
                select(Internship)
                .where(Internship.deleted_at.is_(None))
                .order_by(Internship.reference)
                .limit(CONVENTIONS)
            ).all()
            tasks: dict = {}
            for task in s.scalars(
                select(InternshipTask).where(InternshipTask.deleted_at.is_(None))
            ):
                tasks.setdefault(task.internship_id, []).append(task)
            competences: dict = {}
            for competence in s.scalars(
                select(InternshipCompetence).where(InternshipCompetence.deleted_at.is_(None))
            ):
                competences.setdefault(competence.internship_id, []).append(competence)
            for index in range(CONVENTIONS):
                model = models[index % len(models)]
                start = FIRST_MONDAY + timedelta(weeks=index % 43)  # January to October
                status = model.status
                if status == InternshipStatus.CANCELLED:
                    status = InternshipStatus.SIGNED
                copy = Internship(
                    reference=f"SM-{YEAR}-{index + 1:03d}",
                    intern_id=model.intern_id,
                    host_id=model.host_id,
                    mentor_id=model.mentor_id,
                    consultant_id=model.consultant_id,
                    function_id=model.function_id,
                    status=status,
                    start_date=start,
                    planned_end_date=start + (model.planned_end_date - model.start_date),
                    convention_language=model.convention_language,
                    convention_version=model.convention_version,
                    hours_per_week=model.hours_per_week,
                    schedule=model.schedule,
                    workplace=model.workplace,
                    objectives=model.objectives,
                    expenses=model.expenses,
                    no_replacement_declared=model.no_replacement_declared,
                )
                s.add(copy)
                s.flush()
                for task in tasks.get(model.id, ()):
                    s.add(
                        InternshipTask(
                            internship_id=copy.id,
                            catalogue_task_id=task.catalogue_task_id,
                            text=task.text,
                            phase=task.phase,
                            position=task.position,
                        )
                    )
                for competence in competences.get(model.id, ()):
                    s.add(
                        InternshipCompetence(
                            internship_id=copy.id,
                            catalogue_competence_id=competence.catalogue_competence_id,
                            text=competence.text,
                            objective=competence.objective,
                            target_level=competence.target_level,
                            phase=competence.phase,
                            position=competence.position,
                        )
                    )
            uow.commit()
    finally:
        db.close()


def test_print_the_conventions_of_a_year(small_db: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "year.db"
    _with_a_full_year(small_db, path)
    folder = tmp_path / "conventions"
    started = time.perf_counter()
    code = main(
        ["print", "convention", "--all", "--year", str(YEAR), "-o", str(folder), "--db", str(path)]
    )
    seconds = time.perf_counter() - started
    out = capsys.readouterr().out
    assert code == 0, out
    count = len(list(folder.glob("*.pdf")))
    with capsys.disabled():
        print(f"\n[bench] print convention --all --year {YEAR}: {count} conventions")
        report(f"{count} conventions printed", seconds, LIMIT_SECONDS)
    assert count >= 200
    assert seconds <= LIMIT_SECONDS
