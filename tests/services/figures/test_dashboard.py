"""Dashboard counts and the comparison of two years."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from sqlalchemy.orm import Session

from consultant_app.domain.enums import (
    EvaluationStage,
    Gender,
    InternshipStatus,
    JointCommittee,
    Language,
    LanguageRole,
    VisitKind,
)
from consultant_app.domain.figures import Figures
from consultant_app.services.figures.dashboard import (
    DashboardCounts,
    compare_years,
    dashboard_counts,
)
from consultant_app.store.database import Database
from consultant_app.store.models import (
    Cluster,
    Evaluation,
    Function,
    Host,
    Intern,
    Internship,
    Visit,
    utcnow,
)

TODAY = date(2021, 3, 10)  # a Wednesday: its week runs from Mon 8 to Sun 14 March
S = InternshipStatus


class Builder:
    def __init__(self, session: Session) -> None:
        self.session = session
        self.count = 0
        cluster = Cluster(code="image", name_nl="Beeld", name_fr="Image", name_en="Image")
        self.function = Function(
            cluster=cluster, code="camera", name_nl="Camera", name_fr="Caméra", name_en="Camera"
        )
        self.host = Host(
            name="Studio", joint_committee=JointCommittee.CP_227, language_role=LanguageRole.NL
        )
        session.add_all([cluster, self.function, self.host])

    def internship(
        self,
        status: InternshipStatus,
        start: date = date(2021, 2, 1),
        end: date = date(2021, 4, 30),
        **values: Any,
    ) -> Internship:
        self.count += 1
        intern = Intern(
            first_name="Intern",
            last_name=f"N{self.count}",
            birth_date=date(2000, 1, 1),
            gender=Gender.MALE,
            language=Language.FR,
        )
        internship = Internship(
            reference=f"SM-{start.year}-{self.count:03d}",
            intern=intern,
            host=self.host,
            function=self.function,
            start_date=start,
            planned_end_date=end,
            status=status,
            convention_language=Language.FR,
            **values,
        )
        self.session.add_all([intern, internship])
        self.session.flush()
        return internship

    def visit(self, internship: Internship, planned: date, **values: Any) -> None:
        self.session.add(
            Visit(
                internship_id=internship.id,
                kind=VisitKind.MIDTERM,
                planned_on=planned,
                **values,
            )
        )

    def evaluation(self, internship: Internship, stage: EvaluationStage, **values: Any) -> None:
        self.session.add(Evaluation(internship_id=internship.id, stage=stage, **values))


def build(db: Database, fill: Any) -> None:
    with db.unit_of_work() as uow:
        fill(Builder(uow.session))
        uow.commit()


def test_an_empty_database_needs_nothing(db: Database) -> None:
    assert dashboard_counts(db, TODAY) == DashboardCounts(0, 0, 0, 0, 0, 0)


def test_internships_by_status(db: Database) -> None:
    def fill(b: Builder) -> None:
        for status, n in ((S.RUNNING, 3), (S.AWAITING_SIGNATURES, 2), (S.DRAFT, 4), (S.SIGNED, 1)):
            for _ in range(n):
                # Running ones get their mid-term evaluation, so nothing else is counted.
                internship = b.internship(status)
                b.evaluation(internship, EvaluationStage.MIDTERM)
        b.internship(S.RUNNING, deleted_at=utcnow())
        b.internship(S.DRAFT, deleted_at=utcnow())

    build(db, fill)
    counts = dashboard_counts(db, TODAY)
    assert (counts.running, counts.awaiting_signatures, counts.drafts) == (3, 2, 4)


def test_visits_due_this_week_and_overdue(db: Database) -> None:
    def fill(b: Builder) -> None:
        running = b.internship(S.RUNNING)
        b.evaluation(running, EvaluationStage.MIDTERM)
        monday = TODAY - timedelta(days=2)
        b.visit(running, monday)  # this week but before today: overdue
        b.visit(running, date(2021, 2, 15))  # overdue
        b.visit(running, TODAY)  # due
        b.visit(running, TODAY + timedelta(days=4))  # Sunday: due
        b.visit(running, TODAY + timedelta(days=5))  # next Monday: neither
        b.visit(running, TODAY + timedelta(days=1), done_on=TODAY)  # done early: neither
        b.visit(running, date(2021, 2, 1), done_on=date(2021, 2, 1))  # done: neither
        b.visit(running, TODAY, deleted_at=utcnow())  # deleted: neither
        cancelled = b.internship(S.CANCELLED)
        b.visit(cancelled, date(2021, 2, 15))
        b.visit(cancelled, TODAY)
        removed = b.internship(S.SIGNED, deleted_at=utcnow())
        b.visit(removed, TODAY)
        b.visit(removed, date(2021, 2, 15))

    build(db, fill)
    counts = dashboard_counts(db, TODAY)
    assert counts.visits_due_this_week == 2
    assert counts.visits_overdue == 2
    sunday = dashboard_counts(db, date(2021, 3, 14))
    assert (sunday.visits_due_this_week, sunday.visits_overdue) == (1, 3)
    monday = dashboard_counts(db, date(2021, 3, 15))
    assert (monday.visits_due_this_week, monday.visits_overdue) == (1, 4)


def test_missing_evaluations(db: Database) -> None:
    def fill(b: Builder) -> None:
        b.internship(S.COMPLETED)  # missing final
        b.internship(S.TERMINATED, actual_end_date=date(2021, 2, 19))  # missing final
        with_final = b.internship(S.COMPLETED)
        b.evaluation(with_final, EvaluationStage.FINAL)
        only_midterm = b.internship(S.COMPLETED)  # missing final
        b.evaluation(only_midterm, EvaluationStage.MIDTERM)
        deleted_final = b.internship(S.TERMINATED)  # missing final
        b.evaluation(deleted_final, EvaluationStage.FINAL, deleted_at=utcnow())
        # 2021-02-01 .. 2021-04-30 has 65 working days; the 33rd is Wed 17 March.
        b.internship(S.RUNNING)  # before its mid-point on TODAY: not yet missing
        b.internship(S.RUNNING, start=date(2021, 1, 4), end=date(2021, 4, 2))  # missing midterm
        evaluated = b.internship(S.RUNNING, start=date(2021, 1, 4), end=date(2021, 4, 2))
        b.evaluation(evaluated, EvaluationStage.MIDTERM)
        b.internship(S.SIGNED)
        b.internship(S.CANCELLED)
        b.internship(S.COMPLETED, deleted_at=utcnow())

    build(db, fill)
    assert dashboard_counts(db, TODAY).evaluations_missing == 4 + 1
    assert dashboard_counts(db, date(2021, 3, 17)).evaluations_missing == 4 + 1
    assert dashboard_counts(db, date(2021, 3, 18)).evaluations_missing == 4 + 2

    from consultant_app.services.lists import SOURCES, ListQuery

    source = SOURCES["internships"](db)
    for day, expected in ((TODAY, 5), (date(2021, 3, 18), 6)):
        query = ListQuery(filters={"evaluation": "missing"}, today=day)
        assert source.count(query) == expected


def test_compare_years(db: Database) -> None:
    def fill(b: Builder) -> None:
        b.internship(S.COMPLETED, start=date(2020, 12, 14), end=date(2021, 3, 5))
        b.internship(S.COMPLETED, start=date(2021, 2, 1), end=date(2021, 2, 26))
        b.internship(S.CANCELLED, start=date(2021, 2, 1), end=date(2021, 2, 26))

        b.internship(S.DRAFT, start=date(2021, 3, 1), end=date(2021, 3, 26))

    build(db, fill)
    this, last = compare_years(db, 2021)
    # A draft is a convention of its start year, but only signed internships have days.
    assert (this.year, this.total) == (2021, Figures(2, 46 + 20))
    assert (last.year, last.total) == (2020, Figures(1, 14))
    assert this.nl + this.fr == this.total
    assert [c.total for c in compare_years(db, 2023)] == [Figures(), Figures()]
