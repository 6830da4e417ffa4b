"""The eligibility filter of the Interns list says what ``intern_eligibility`` says, in SQL."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from consultant_app.demo import generate_demo
from consultant_app.domain.enums import InternshipStatus, InterruptionKind, JobSeekerAgency
from consultant_app.domain.workdays import working_days
from consultant_app.services.lists import InternsSource, ListQuery
from consultant_app.services.people.interns import intern_eligibility
from consultant_app.services.settings.programme import save_rules
from consultant_app.store.database import Database
from consultant_app.store.models import Intern, Interruption, utcnow
from consultant_app.store.sql_functions import parse_breaks, sql_working_days

DEMO_TODAY = date(2024, 5, 15)
#: A day of the demo's programme and one three years on, when many interns are older.
DAYS = (DEMO_TODAY, date(2027, 6, 1))


def _listed(source: InternsSource, day: date, value: str = "") -> set[uuid.UUID]:
    query = ListQuery(today=day, filters={"eligibility": value} if value else {})
    count = source.count(query)
    rows = source.fetch(query, 0, count + 10)
    assert len(rows) == count
    return {row.id for row in rows}


def _check_against_the_service(db: Database, day: date) -> tuple[set[uuid.UUID], set[uuid.UUID]]:
    """The eligible and the other interns on *day*, after checking both filter values."""
    source = InternsSource(db)
    everyone = _listed(source, day)
    eligible = {i for i in everyone if intern_eligibility(db, i, day).eligible}
    assert _listed(source, day, "eligible") == eligible
    assert _listed(source, day, "not_eligible") == everyone - eligible
    return eligible, everyone - eligible


@pytest.fixture
def demo(db: Database) -> Database:
    generate_demo(db, size="small", seed=3, today=DEMO_TODAY)
    return db


def test_the_filter_agrees_with_intern_eligibility_on_a_demo(demo: Database) -> None:
    verdicts = [_check_against_the_service(demo, day) for day in DAYS]
    for eligible, other in verdicts:
        assert eligible and other
    assert verdicts[0][0] != verdicts[1][0]  # the day of the query counts


def test_the_filter_follows_the_stored_rules_and_the_edge_cases(demo: Database) -> None:
    """Rules from the settings, no job-seeker agency, birthdays and weeks on the limits."""
    save_rules(
        demo,
        {
            "age_limit": "25",
            "min_weeks_per_internship": "2",
            "max_weeks_per_internship": "10",
            "max_total_weeks_per_intern": "10",
        },
    )
    day = DAYS[0]
    with demo.unit_of_work() as uow:
        s = uow.session
        live = select(Intern).where(Intern.deleted_at.is_(None)).order_by(Intern.id)
        interns = [i for i in s.scalars(live) if i.internships][:9]
        interns[0].jobseeker_agency = None
        interns[1].birth_date = date(day.year - 25, day.month, day.day)  # 25 that day: too old
        interns[2].birth_date = interns[1].birth_date + timedelta(days=1)  # 24 that day
        interns[3].birth_date = date(2000, 2, 29)
        interns[4].birth_date = day + timedelta(days=1)  # born after the day
        # Weeks done against 8 (10 - 2): 40 days is on the limit, 41 past it; 45 days
        # less overlapping interruptions (Mon-Wed and Tue-Thu: four days, not six) is
        # 41, less a week and a half-weekend interruption is 40. Deleted ones count not.
        monday = date(2022, 1, 3)
        for intern in interns[5:9]:
            intern.jobseeker_agency = JobSeekerAgency.VDAB
            intern.birth_date = date(2001, 1, 1)
            for internship in intern.internships:
                internship.status = InternshipStatus.DRAFT
            first = intern.internships[0]
            first.status = InternshipStatus.COMPLETED
            first.start_date = monday
            first.planned_end_date = monday + timedelta(weeks=9, days=-3)  # 45 days
            first.actual_end_date = None
        interns[5].internships[0].planned_end_date = monday + timedelta(weeks=8, days=-3)
        interns[6].internships[0].planned_end_date = monday + timedelta(weeks=8)
        breaks = {
            interns[7]: [(7, 9, False), (8, 10, False), (14, 18, True)],
            interns[8]: [(7, 11, False), (5, 8, False), (19, 20, False), (14, 18, True)],
        }
        for intern, periods in breaks.items():
            for first_day, last_day, deleted in periods:
                s.add(
                    Interruption(
                        internship=intern.internships[0], kind=InterruptionKind.SICKNESS,
                        start_date=monday + timedelta(days=first_day),
                        end_date=monday + timedelta(days=last_day),
                        deleted_at=utcnow() if deleted else None,
                    )
                )  # fmt: skip
        uow.commit()
        ids = [intern.id for intern in interns]

    _check_against_the_service(demo, DAYS[1])
    eligible, other = _check_against_the_service(demo, day)
    assert {ids[0], ids[1], ids[4], ids[6], ids[7]} <= other
    assert {ids[5], ids[8]} <= eligible
    assert intern_eligibility(demo, ids[2], day).reason("age").ok


def test_sql_working_days_is_the_domain_formula() -> None:
    assert sql_working_days("2021-01-04", "2021-01-15") == 10
    assert sql_working_days("2021-01-15", "2021-01-04") == 0
    assert sql_working_days(None, "2021-01-04") is None
    breaks = "2021-01-05/2021-01-07,2021-01-06/2021-01-11,2020-12-01/2020-12-02"
    assert parse_breaks(breaks)[1] == (date(2021, 1, 6), date(2021, 1, 11))
    assert sql_working_days("2021-01-04", "2021-01-15", breaks) == working_days(
        date(2021, 1, 4), date(2021, 1, 15), parse_breaks(breaks)
    )
    assert sql_working_days("2021-01-04", "2021-01-15", breaks) == 5
    assert sql_working_days("2021-01-04", "2021-01-15", "") == 10


def test_the_sql_function_is_on_every_connection(db: Database) -> None:
    with db.engine.connect() as connection:
        days = connection.exec_driver_sql("SELECT working_days('2021-01-04', '2021-01-15')")
        assert days.scalar_one() == 10
