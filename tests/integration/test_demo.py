"""The demo data generator: a small set that is complete, valid, consistent and reproducible."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from consultant_app.demo import DemoError, DemoSummary, generate_demo
from consultant_app.demo.schedule import first_year
from consultant_app.domain.enums import InternshipStatus, VisitKind
from consultant_app.domain.identifiers import (
    niss_birth_date,
    niss_is_male,
    parse_enterprise_number,
    parse_niss,
)
from consultant_app.domain.people import age_on
from consultant_app.domain.programme import DEFAULT_RULES
from consultant_app.domain.references import parse_reference
from consultant_app.domain.workdays import count_weekdays
from consultant_app.processes import can_fork
from consultant_app.store.database import Database, open_database
from consultant_app.store.models import Internship
from consultant_app.store.search_index import search_text
from consultant_app.store.settings import get_value
from tests.support.db import Connection, Row, connect_raw

TODAY = date(2026, 11, 23)
SEED = 11
EXPECTED = {"intern": 300, "host": 60, "internship": 200}
S = InternshipStatus


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, DemoSummary]]:
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    database = open_database(path)
    summary = generate_demo(database, seed=SEED, size="small", today=TODAY)
    database.close()
    yield path, summary


@pytest.fixture
def sql(demo: tuple[Path, DemoSummary]) -> Iterator[Connection]:
    connection = connect_raw(demo[0])
    connection.row_factory = Row
    yield connection
    connection.close()


def _rows(sql: Connection, query: str, *params: Any) -> list[Row]:
    return sql.execute(query, params).fetchall()


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _on(text: str) -> date:
    return date.fromisoformat(text)


def test_counts_are_about_the_expected_and_match_the_summary(
    demo: tuple[Path, DemoSummary], sql: Connection
) -> None:
    _, summary = demo
    for table, expected in EXPECTED.items():
        assert expected * 0.9 <= summary.counts[table] <= expected * 1.1
    assert summary.counts["consultant"] == 3
    assert 60 <= summary.counts["mentor"] <= 180
    for table, count in summary.counts.items():
        assert sql.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == count, table
    assert summary.total > 8_000
    assert summary.seconds < 10


def test_every_status_is_present_and_fits_the_dates(sql: Connection) -> None:
    seen = set()
    for row in _rows(sql, "SELECT * FROM internship"):
        status = S(row["status"])
        seen.add(status)
        start, planned_end = _day(row["start_date"]), _day(row["planned_end_date"])
        actual_end = _day(row["actual_end_date"])
        assert start is not None and planned_end is not None
        weeks = count_weekdays(start, planned_end) / 5
        assert DEFAULT_RULES.min_weeks_per_internship <= weeks
        assert weeks <= DEFAULT_RULES.max_weeks_per_internship
        assert 0 < float(row["hours_per_week"]) <= DEFAULT_RULES.max_hours_per_week
        assert parse_reference(row["reference"])[0] == start.year
        if status == S.COMPLETED:
            assert planned_end < TODAY and actual_end is None
        elif status == S.RUNNING:
            assert start <= TODAY <= planned_end
        elif status in (S.DRAFT, S.AWAITING_SIGNATURES, S.SIGNED):
            assert start > TODAY
        elif status == S.TERMINATED:
            assert actual_end is not None and start <= actual_end < planned_end
            assert actual_end < TODAY and row["termination_reason"]
        else:
            assert row["cancellation_reason"]
        if status in (S.SIGNED, S.RUNNING, S.COMPLETED, S.TERMINATED):
            assert _on(row["signed_on"]) <= TODAY
    assert seen == set(InternshipStatus)
    years = {row[0] for row in _rows(sql, "SELECT substr(start_date, 1, 4) FROM internship")}
    assert {str(y) for y in range(first_year(TODAY), TODAY.year + 2)} <= years
    spanning = _rows(
        sql,
        "SELECT count(*) FROM internship"
        " WHERE substr(start_date, 1, 4) <> substr(planned_end_date, 1, 4)",
    )
    assert spanning[0][0] > 0


def test_national_numbers_are_valid_and_match_birth_and_gender(sql: Connection) -> None:
    rows = _rows(sql, "SELECT national_number, birth_date, gender FROM intern")
    assert len({r["national_number"] for r in rows}) == len(rows)
    for row in rows:
        number = parse_niss(row["national_number"])
        assert niss_birth_date(number) == _day(row["birth_date"])
        if row["gender"] != "X":
            assert niss_is_male(number) == (row["gender"] == "M")
    assert {r["gender"] for r in rows} == {"F", "M", "X"}


def test_hosts_have_valid_enterprise_numbers_and_mostly_the_sector_committees(
    sql: Connection,
) -> None:
    rows = _rows(sql, "SELECT * FROM host")
    numbers = [parse_enterprise_number(r["enterprise_number"]) for r in rows]
    assert len(set(numbers)) == len(rows)
    committees = [r["joint_committee"] for r in rows]
    assert committees.count("other") < len(rows) * 0.2
    assert {"227", "303.01"} <= set(committees)
    for row in rows:
        assert row["language_role"] in ("NL", "FR", "BI")
        assert row["contact_phone"].startswith("+32")
        if row["joint_committee"] == "other":
            assert row["joint_committee_other"]
    mentors = _rows(sql, "SELECT host_id, count(*) AS n FROM mentor GROUP BY host_id")
    assert len(mentors) == len(rows) and all(1 <= m["n"] <= 3 for m in mentors)


def test_interns_are_young_job_seekers_without_overlapping_internships(
    sql: Connection,
) -> None:
    interns = {r["id"]: r for r in _rows(sql, "SELECT * FROM intern")}
    by_intern: dict[str, list[Row]] = defaultdict(list)
    for row in _rows(sql, "SELECT * FROM internship ORDER BY start_date"):
        by_intern[row["intern_id"]].append(row)
    for intern_id, internships in by_intern.items():
        intern = interns[intern_id]
        birth = _on(intern["birth_date"])
        first = _on(internships[0]["start_date"])
        assert 18 <= age_on(birth, first) <= 25
        assert _on(intern["registered_on"]) < first
        weeks = 0.0
        previous_end: date | None = None
        for row in internships:
            start = _on(row["start_date"])
            assert age_on(birth, start) < DEFAULT_RULES.age_limit
            if previous_end is not None:
                assert start > previous_end, intern_id
            previous_end = _day(row["actual_end_date"]) or _day(row["planned_end_date"])
            if row["status"] != S.CANCELLED:
                weeks += count_weekdays(start, _on(row["planned_end_date"])) / 5
        assert weeks <= DEFAULT_RULES.max_total_weeks_per_intern
    agencies = {(r["language"], r["jobseeker_agency"]) for r in interns.values()}
    assert ("NL", "VDAB") in agencies and ("FR", "Forem") in agencies
    assert {a for _, a in agencies} <= {"VDAB", "Actiris", "Forem", "ADG"}
    for row in interns.values():
        assert row["phone"].startswith("+32") and "@" in row["email"]


def test_foreign_keys_ids_and_search_text(sql: Connection) -> None:
    assert _rows(sql, "PRAGMA foreign_key_check") == []
    assert _rows(sql, "PRAGMA quick_check")[0][0] == "ok"
    for table in ("intern", "internship", "evaluation_score", "competence_scan_score"):
        for row in _rows(sql, f"SELECT id FROM {table} LIMIT 50"):
            value = uuid.UUID(hex=row["id"])
            assert value.version == 4 and value.variant == uuid.RFC_4122
            assert value.hex == row["id"]
    for table in ("intern", "host", "mentor"):
        for row in _rows(sql, f"SELECT * FROM {table}"):
            assert row["search_text"]
            assert row["search_text"] == search_text(table, dict(row))


def test_the_schema_is_left_as_migrations_made_it(sql: Connection, tmp_path: Path) -> None:
    """The load drops plain indexes and switches the journal mode: both come back."""
    open_database(tmp_path / "fresh.db").close()
    fresh = connect_raw(tmp_path / "fresh.db")
    query = "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"
    try:
        assert [tuple(r) for r in _rows(sql, query)] == fresh.execute(query).fetchall()
    finally:
        fresh.close()
    assert _rows(sql, "PRAGMA journal_mode")[0][0] == "wal"


def test_roadmap_is_consistent_with_the_internships(sql: Connection) -> None:
    statuses = {r["id"]: S(r["status"]) for r in _rows(sql, "SELECT id, status FROM internship")}
    started = {S.RUNNING, S.COMPLETED, S.TERMINATED}
    signed = started | {S.SIGNED}
    with_competences = {r[0] for r in _rows(sql, "SELECT internship_id FROM internship_competence")}
    assert with_competences == {i for i, s in statuses.items() if s != S.DRAFT}
    signatures = _rows(sql, "SELECT internship_id, count(*) AS n FROM signature GROUP BY 1")
    for row in signatures:
        if statuses[row["internship_id"]] in signed:
            assert row["n"] in (3, 6)  # 6: an amendment signed again
    assessed = {r[0] for r in _rows(sql, "SELECT internship_id FROM risk_assessment")}
    assert assessed == {i for i, s in statuses.items() if s in signed}
    items = _rows(sql, "SELECT risk_assessment_id, count(*) AS n FROM risk_item GROUP BY 1")
    assert all(1 <= r["n"] <= 3 for r in items)
    for row in _rows(sql, "SELECT * FROM visit"):
        assert statuses[row["internship_id"]] in signed
        if row["done_on"]:
            assert _on(row["done_on"]) <= TODAY
            assert _on(row["planned_on"]) <= TODAY
    overdue = _rows(
        sql, "SELECT count(*) FROM visit WHERE done_on IS NULL AND planned_on < ?", str(TODAY)
    )
    assert overdue[0][0] > 0
    kinds = {r[0] for r in _rows(sql, "SELECT DISTINCT kind FROM visit")}
    assert kinds == {k.value for k in VisitKind}
    finals = {
        r[0] for r in _rows(sql, "SELECT internship_id FROM evaluation WHERE stage = 'final'")
    }
    assert finals == {i for i, s in statuses.items() if s == S.COMPLETED}
    workplace = {r[0] for r in _rows(sql, "SELECT internship_id FROM workplace_evaluation")}
    assert workplace == finals
    scores = [r[0] for r in _rows(sql, "SELECT score FROM evaluation_score")]
    assert 0 in scores and set(scores) <= {0, 1, 2, 3, 4}  # 0: not observed
    scan = _rows(
        sql,
        "SELECT s.moment, avg(c.score) AS mean, min(c.score) AS low, max(c.score) AS high"
        " FROM competence_scan_score c JOIN competence_scan s ON s.id = c.scan_id"
        " GROUP BY s.moment",
    )
    means = {r["moment"]: r["mean"] for r in scan}
    assert all(r["low"] >= 0 and r["high"] <= 4 for r in scan)
    assert means["end"] > means["start"]  # the learning curve
    assert _rows(sql, "SELECT count(*) FROM interruption")[0][0] > 0
    for row in _rows(sql, "SELECT * FROM internship WHERE status = 'completed' LIMIT 20"):
        tasks = _rows(
            sql, "SELECT count(*) FROM internship_task WHERE internship_id = ?", row["id"]
        )
        assert tasks[0][0] > 0
        assert statuses[row["id"]] in started


def test_orm_reads_the_rows_and_the_settings(demo: tuple[Path, DemoSummary]) -> None:
    database = open_database(demo[0])
    try:
        with database.unit_of_work() as uow:
            internships = uow.session.scalars(select(Internship).limit(30)).all()
            for internship in internships:
                assert isinstance(internship.start_date, date)
                assert isinstance(internship.status, InternshipStatus)
                assert isinstance(internship.hours_per_week, Decimal)
                assert internship.intern.birth_date < internship.start_date
                assert internship.function.code
                assert internship.mentor is not None
                assert internship.mentor.host_id == internship.host_id
            assert "audiovisuel" in get_value(uow.session, "fund.name")
            assert get_value(uow.session, "consultant.name")
            parse_enterprise_number(get_value(uow.session, "fund.enterprise_number"))
    finally:
        database.close()


def _content(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Interns, hosts and internships, with the function by its code (catalogue ids differ)."""
    connection = connect_raw(path)
    try:
        return {
            "intern": connection.execute("SELECT * FROM intern ORDER BY id").fetchall(),
            "host": connection.execute("SELECT * FROM host ORDER BY id").fetchall(),
            "internship": connection.execute(
                "SELECT i.id, i.reference, i.intern_id, i.host_id, i.mentor_id, i.status,"
                " i.start_date, i.planned_end_date, i.actual_end_date, i.hours_per_week,"
                " i.convention_language, i.signed_on, i.created_at, f.code"
                " FROM internship i JOIN function f ON f.id = i.function_id ORDER BY i.id"
            ).fetchall(),
            "scores": connection.execute(
                "SELECT id, internship_competence_id, score FROM evaluation_score ORDER BY id"
            ).fetchall(),
        }
    finally:
        connection.close()


def test_the_same_seed_gives_the_same_data(demo: tuple[Path, DemoSummary], tmp_path: Path) -> None:
    again = tmp_path / "again.db"
    database = open_database(again)
    try:
        # The helper process, where the system can fork, must make the very same rows.
        generate_demo(database, seed=SEED, size="small", today=TODAY, parallel=can_fork())
    finally:
        database.close()
    assert _content(again) == _content(demo[0])

    other = tmp_path / "other.db"
    database = open_database(other)
    try:
        generate_demo(database, seed=SEED + 1, size="small", today=TODAY)
    finally:
        database.close()
    assert _content(other)["intern"] != _content(demo[0])["intern"]


def test_a_second_run_on_a_filled_database_is_refused(db: Database) -> None:
    generate_demo(db, seed=1, size="small", today=TODAY)
    with db.engine.connect() as connection:
        before = connection.exec_driver_sql("SELECT count(*) FROM internship").scalar()
    with pytest.raises(DemoError, match="already holds data; give a new file with --db"):
        generate_demo(db, seed=2, size="small", today=TODAY)
    with db.engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT count(*) FROM internship").scalar() == before


def test_an_unknown_size_is_refused(db: Database) -> None:
    with pytest.raises(DemoError, match="Unknown demo size 'huge'"):
        generate_demo(db, size="huge")


def test_progress_is_reported(db: Database) -> None:
    messages: list[str] = []
    generate_demo(db, seed=3, size="small", today=TODAY, progress=messages.append)
    assert any(m.startswith("Interns: 300") for m in messages)
    assert any(m.startswith("Internships: 200 of 200") for m in messages)
    assert messages[-1].startswith("Wrote ")
