"""Yearly figures from the database (the annual engine): conventions, days, weeks, FTE."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from consultant_app.domain.enums import (
    Gender,
    InternshipStatus,
    InterruptionKind,
    JointCommittee,
    Language,
    LanguageRole,
)
from consultant_app.domain.figures import Figures
from consultant_app.domain.period import Period
from consultant_app.domain.workdays import add_working_days
from consultant_app.services.figures.annual import annual_figures
from consultant_app.services.figures.language import reporting_language
from consultant_app.store.database import Database
from consultant_app.store.models import (
    Cluster,
    Function,
    Host,
    Intern,
    Internship,
    Interruption,
    utcnow,
)

_counter = iter(range(1, 10_000))


class Builder:
    """Adds interns, hosts and internships to one session."""

    def __init__(self, session: Session) -> None:
        self.session = session
        cluster = Cluster(code="audio", name_nl="Audio", name_fr="Audio", name_en="Audio")
        self.function = Function(
            cluster=cluster, code="sound", name_nl="Geluid", name_fr="Son", name_en="Sound"
        )
        session.add_all([cluster, self.function])
        self.hosts = {
            role: Host(
                name=f"Host {role.value}",
                joint_committee=JointCommittee.CP_227,
                language_role=role,
            )
            for role in LanguageRole
        }
        session.add_all(self.hosts.values())

    def internship(
        self,
        start: date,
        end: date,
        role: LanguageRole = LanguageRole.NL,
        status: InternshipStatus = InternshipStatus.COMPLETED,
        **values: Any,
    ) -> Internship:
        n = next(_counter)
        values.setdefault("convention_language", Language.NL)
        intern = Intern(
            first_name="Intern",
            last_name=f"N{n}",
            birth_date=date(2000, 1, 1),
            gender=Gender.FEMALE,
            language=Language.NL,
        )
        internship = Internship(
            reference=f"SM-{start.year}-{n:03d}",
            intern=intern,
            host=self.hosts[role],
            function=self.function,
            start_date=start,
            planned_end_date=end,
            status=status,
            **values,
        )
        self.session.add_all([intern, internship])
        return internship

    def interruption(self, internship: Internship, start: date, end: date) -> None:
        self.session.add(
            Interruption(
                internship=internship,
                kind=InterruptionKind.SICKNESS,
                start_date=start,
                end_date=end,
            )
        )


def build(db: Database, fill: Any) -> None:
    with db.unit_of_work() as uow:
        fill(Builder(uow.session))
        uow.commit()


def yearly_figures(db: Database, years: list[int]) -> dict[int, dict[str, Figures]]:
    """NL, FR and total figures of each calendar year."""
    result = {}
    for year in years:
        figures = annual_figures(db, Period.year(year))
        result[year] = {**figures.by_language, "total": figures.totals}
    return result


def figures_for_period(db: Database, period: Period) -> Figures:
    return annual_figures(db, period).totals


def test_an_internship_over_new_year_counts_in_both_years(db: Database) -> None:
    build(db, lambda b: b.internship(date(2020, 12, 14), date(2021, 3, 5)))
    figures = yearly_figures(db, [2020, 2021])
    assert figures[2020]["total"] == Figures(conventions=1, days=14)
    assert figures[2021]["total"] == Figures(conventions=0, days=46)
    assert figures[2020]["NL"] == Figures(1, 14)
    assert figures[2020]["FR"] == Figures()


def test_the_actual_end_and_interruptions_count(db: Database) -> None:
    def fill(b: Builder) -> None:
        # Planned to 2021-03-05 but terminated on 2021-01-15: 14 + 11 days.
        terminated = b.internship(
            date(2020, 12, 14),
            date(2021, 3, 5),
            status=InternshipStatus.TERMINATED,
            actual_end_date=date(2021, 1, 15),
        )
        # A sick week astride New Year: Mon 28 Dec 2020 to Fri 8 Jan 2021.
        b.interruption(terminated, date(2020, 12, 28), date(2021, 1, 8))

    build(db, fill)
    figures = yearly_figures(db, [2020, 2021])
    assert figures[2020]["total"].days == 14 - 4
    assert figures[2021]["total"].days == 11 - 6


def test_days_count_from_signed_on_and_conventions_unless_cancelled(db: Database) -> None:
    def fill(b: Builder) -> None:
        start, end = date(2021, 2, 1), date(2021, 2, 26)  # 20 working days
        for status in InternshipStatus:
            b.internship(start, end, status=status)
        b.internship(start, end, deleted_at=utcnow())

    build(db, fill)
    total = yearly_figures(db, [2021])[2021]["total"]
    # Conventions: every status but cancelled (6); days: signed, running, completed, terminated.
    assert total == Figures(conventions=6, days=80)
    assert figures_for_period(db, Period.year(2021)) == total


def test_language_is_the_hosts_role_or_for_bilingual_hosts_the_conventions(
    db: Database,
) -> None:
    def fill(b: Builder) -> None:
        start, end = date(2021, 2, 1), date(2021, 2, 5)  # 5 working days
        b.internship(start, end, LanguageRole.NL, convention_language=Language.FR)
        b.internship(start, end, LanguageRole.FR, convention_language=Language.NL)
        b.internship(start, end, LanguageRole.BILINGUAL, convention_language=Language.NL)
        b.internship(start, end, LanguageRole.BILINGUAL, convention_language=Language.FR)
        b.internship(start, end, LanguageRole.BILINGUAL, convention_language=Language.FR)

    build(db, fill)
    figures = yearly_figures(db, [2021])[2021]
    assert figures["NL"] == Figures(conventions=2, days=10)
    assert figures["FR"] == Figures(conventions=3, days=15)
    assert figures["total"] == figures["NL"] + figures["FR"]
    assert reporting_language("BI", "EN") == "FR"


def test_the_2020_figures_of_the_final_report(db: Database) -> None:
    """376 weeks, 1,880 days, 8.5 FTE: 15 NL internships of 13 weeks, 13 FR and one of 12."""

    def fill(b: Builder) -> None:
        for n in range(29):
            start = date(2020, 1, 6) + timedelta(weeks=n)
            days = 60 if n == 28 else 65
            role = LanguageRole.NL if n < 15 else LanguageRole.FR
            b.internship(start, add_working_days(start, days), role)

    build(db, fill)
    figures = yearly_figures(db, [2020])[2020]
    total = figures["total"]
    assert total.conventions == 29
    assert total.days == 1880
    assert total.weeks == 376.0
    assert total.fte == Decimal("8.5")
    assert figures["NL"] == Figures(conventions=15, days=975)
    assert figures["FR"] == Figures(conventions=14, days=905)
    assert figures["NL"].fte == Decimal("4.4")
    assert figures["FR"].fte == Decimal("4.1")


def test_figures_for_a_period_clip_the_days(db: Database) -> None:
    build(db, lambda b: b.internship(date(2020, 12, 14), date(2021, 3, 5)))
    assert figures_for_period(db, Period(date(2021, 1, 1), date(2021, 1, 31))) == Figures(0, 21)
    assert figures_for_period(db, Period(date(2020, 12, 1), date(2020, 12, 18))) == Figures(1, 5)
    assert figures_for_period(db, Period(date(2021, 4, 1), date(2021, 4, 30))) == Figures()
