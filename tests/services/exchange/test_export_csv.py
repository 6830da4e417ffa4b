"""Exporting interns, hosts and internships to CSV, and the round trip through the import."""

from __future__ import annotations

import csv
import os
import re
import stat
import uuid
from collections import Counter
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import distinct, func, select, update

from consultant_app.domain.enums import InternshipStatus
from consultant_app.domain.period import Period
from consultant_app.services.exchange.exports import (
    HOST_COLUMNS,
    INTERN_COLUMNS,
    MENTOR_COLUMNS,
    export_csv,
)
from consultant_app.services.exchange.imports import IMPORT_COLUMNS, apply_import, plan_import
from consultant_app.services.figures.annual import annual_figures
from consultant_app.services.settings.catalogue import seed_catalogue
from consultant_app.store.database import Database, open_database
from consultant_app.store.models import Host, Intern, Internship, Interruption, Mentor, utcnow

TODAY = date(2024, 6, 15)


@pytest.fixture
def demo_seed() -> int:
    return 5


def read(path: Path, delimiter: str = ",") -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as stream:
        return list(csv.DictReader(stream, delimiter=delimiter))


def header(path: Path) -> list[str]:
    with path.open(encoding="utf-8", newline="") as stream:
        return next(csv.reader(stream))


def without_ids(path: Path) -> bytes:
    """The bytes of an export without its first column, the record's id."""
    content = path.read_bytes()
    kept = re.sub(
        rb"(^|\r\n)(id|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}),",
        rb"\1",
        content,
    )
    assert kept.count(b",") == content.count(b",") - content.count(b"\r\n")
    return kept


def live(database: Database, model: type) -> int:
    with database.unit_of_work() as uow:
        return (
            uow.session.scalar(
                select(func.count()).select_from(model).where(model.deleted_at.is_(None))
            )
            or 0
        )


def test_internships_are_written_with_the_import_columns(demo: Database, tmp_path: Path) -> None:
    output = tmp_path / "internships.csv"
    written = export_csv(demo, "internships", output)
    assert written == live(demo, Internship)
    assert tuple(header(output)) == ("id", *IMPORT_COLUMNS)
    rows = read(output)
    assert len(rows) == written
    assert stat.S_IMODE(os.stat(output).st_mode) == 0o600
    assert not [name for name in os.listdir(tmp_path) if name.startswith(".internships.csv")]
    assert [r["start_date"] for r in rows] == sorted(r["start_date"] for r in rows)
    statuses = Counter(r["status"] for r in rows)
    assert statuses["completed"] and statuses["terminated"]
    for r in rows:
        assert (r["terminated_on"] != "") == (r["status"] == "terminated")
        assert r["function_cluster"] and r["function"] and r["convention_language"]
        assert r["host_joint_committee"]


def test_interns_and_hosts_use_the_import_names(demo: Database, tmp_path: Path) -> None:
    interns, hosts = tmp_path / "interns.csv", tmp_path / "hosts.csv"
    assert export_csv(demo, "interns", interns) == live(demo, Intern)
    assert export_csv(demo, "hosts", hosts) == live(demo, Host)
    assert tuple(header(interns)) == INTERN_COLUMNS
    assert tuple(header(hosts)) == HOST_COLUMNS
    assert {"intern_first_name", "intern_birth_date", "intern_national_number"} <= set(
        INTERN_COLUMNS
    )
    assert {"host_name", "host_enterprise_number", "host_language"} <= set(HOST_COLUMNS)
    first = read(interns)[0]
    assert first["intern_national_number"].count(".") == 3  # 93.05.18-223.61
    assert first["intern_gender"] in ("F", "M", "X")
    host_rows = read(hosts)
    assert all(r["host_enterprise_number"].count(".") == 2 for r in host_rows)
    assert {r["host_language"] for r in host_rows} <= {"NL", "FR", "BI"}
    assert stat.S_IMODE(os.stat(hosts).st_mode) == 0o600


def test_deleted_records_are_not_exported(demo: Database, tmp_path: Path) -> None:
    with demo.unit_of_work() as uow:
        reference = uow.session.scalars(select(Internship.reference).limit(1)).one()
        uow.session.execute(
            update(Internship).where(Internship.reference == reference).values(deleted_at=utcnow())
        )
        uow.commit()
    output = tmp_path / "internships.csv"
    export_csv(demo, "internships", output)
    assert reference not in {r["reference"] for r in read(output)}


def test_semicolons_and_unknown_kinds(demo: Database, tmp_path: Path) -> None:
    output = tmp_path / "hosts.csv"
    export_csv(demo, "hosts", output, delimiter=";")
    assert read(output, ";")[0]["host_name"]
    with pytest.raises(ValueError, match="interns, hosts, mentors, internships"):
        export_csv(demo, "consultants", output)


def _years(database: Database) -> range:
    with database.unit_of_work() as uow:
        first, last = uow.session.execute(
            select(func.min(Internship.start_date), func.max(Internship.planned_end_date))
        ).one()
    return range(first.year, last.year + 1)


def _figures(database: Database, year: int) -> tuple[object, ...]:
    """The reported figures of a calendar year (candidates aside: they are not in the file)."""
    figures = annual_figures(database, Period.year(year), years=1)
    return (
        figures.totals,
        figures.by_language,
        figures.by_joint_committee,
        figures.by_gender,
        figures.by_cluster,
        figures.hosts,
    )


def _people_counts(database: Database) -> dict[str, int]:
    live_internships = Internship.deleted_at.is_(None)
    with database.unit_of_work() as uow:
        session = uow.session
        return {
            "internships": session.scalar(select(func.count(Internship.id)).where(live_internships))
            or 0,
            "interns": session.scalar(
                select(func.count(distinct(Internship.intern_id))).where(live_internships)
            )
            or 0,
            "hosts": session.scalar(
                select(func.count(distinct(Internship.host_id))).where(live_internships)
            )
            or 0,
            "mentors": session.scalar(
                select(func.count(distinct(Internship.mentor_id))).where(live_internships)
            )
            or 0,
            **{
                f"status {status}": n
                for status, n in session.execute(
                    select(Internship.status, func.count())
                    .where(live_internships)
                    .group_by(Internship.status)
                )
            },
        }


def test_round_trip_into_an_empty_database_gives_the_same_figures(
    demo: Database, tmp_path: Path
) -> None:
    # Interruptions are not part of the CSV format: without them the figures must match.
    with demo.unit_of_work() as uow:
        uow.session.execute(update(Interruption).values(deleted_at=utcnow()))
        uow.commit()
    output = tmp_path / "internships.csv"
    export_csv(demo, "internships", output)
    target = open_database(tmp_path / "empty.db")
    try:
        with target.unit_of_work() as uow:
            seed_catalogue(uow.session)
            uow.commit()
        plan = plan_import(target, output, today=TODAY)
        assert plan.valid, plan.problems[:5]
        result = apply_import(target, plan)
        assert result.counts["internships"]["create"] == live(demo, Internship)
        for year in _years(demo):
            assert _figures(target, year) == _figures(demo, year), year
        assert _people_counts(target) == _people_counts(demo)
        # Exported again, the new database writes the same file (its records have new ids).
        again = tmp_path / "again.csv"
        export_csv(target, "internships", again)
        assert without_ids(again) == without_ids(output)
    finally:
        target.close()


def test_an_export_imported_into_its_own_database_changes_nothing(
    demo: Database, tmp_path: Path
) -> None:
    output = tmp_path / "internships.csv"
    export_csv(demo, "internships", output)
    plan = plan_import(demo, output)
    assert plan.valid, plan.problems[:5]
    assert {row.action for row in plan.rows} == {"unchanged"}
    for counts in plan.counts.values():
        assert counts["create"] == counts["update"] == 0


def test_terminated_and_completed_ends_are_written_back(db: Database, tmp_path: Path) -> None:
    source = tmp_path / "a.csv"
    base = {
        "intern_first_name": "Lena",
        "intern_last_name": "Peeters",
        "intern_birth_date": "2000-03-14",
        "intern_gender": "F",
        "intern_language": "NL",
        "host_name": "Studio Noord",
        "host_enterprise_number": "0403.170.701",
        "host_joint_committee": "CP 200",
        "host_language": "BI",
        "function": "Runner",
        "start_date": "2021-03-01",
        "end_date": "2021-05-21",
    }
    rows = [
        base | {"reference": "SM-2021-001", "status": "terminated", "terminated_on": "2021-04-02"},
        base | {"reference": "SM-2021-002", "start_date": "2021-09-06", "end_date": "2021-10-29"},
    ]
    with source.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.DictWriter(stream, fieldnames=IMPORT_COLUMNS, restval="")
        writer.writeheader()
        writer.writerows(rows)
    apply_import(db, plan_import(db, source, today=TODAY))
    output = tmp_path / "out.csv"
    export_csv(db, "internships", output)
    first, second = read(output)
    assert (first["status"], first["end_date"], first["terminated_on"]) == (
        InternshipStatus.TERMINATED.value,
        "2021-05-21",
        "2021-04-02",
    )
    assert (second["status"], second["end_date"], second["terminated_on"]) == (
        "completed",
        "2021-10-29",
        "",
    )
    assert first["host_joint_committee"] == "CP 200"
    assert first["function"] == "Runner" and first["function_cluster"] == "production"
    assert first["mentor_name"] == first["consultant"] == ""
    assert first["convention_language"] == "NL"


def test_every_export_starts_with_the_record_ids(demo: Database, tmp_path: Path) -> None:
    models = {"interns": Intern, "hosts": Host, "mentors": Mentor, "internships": Internship}
    for kind, model in models.items():
        output = tmp_path / f"{kind}.csv"
        assert export_csv(demo, kind, output) == live(demo, model)
        assert header(output)[0] == "id"
        with demo.unit_of_work() as uow:
            ids = set(
                map(str, uow.session.scalars(select(model.id).where(model.deleted_at.is_(None))))
            )
        assert [r["id"] for r in read(output)] and {r["id"] for r in read(output)} == ids, kind


def test_mentors_are_written_with_their_host(demo: Database, tmp_path: Path) -> None:
    output = tmp_path / "mentors.csv"
    export_csv(demo, "mentors", output)
    assert tuple(header(output)) == MENTOR_COLUMNS
    rows = read(output)
    with demo.unit_of_work() as uow:
        mentor = uow.session.get(Mentor, uuid.UUID(rows[0]["id"]))
        assert mentor is not None
        row = rows[0]
        assert (row["mentor_first_name"], row["mentor_last_name"]) == (
            mentor.first_name,
            mentor.last_name,
        )
        assert row["host_name"] == mentor.host.name
    assert all(r["host_enterprise_number"].count(".") == 2 for r in rows)
    assert {r["mentor_training"] for r in rows} <= {"0", "1"}
    assert stat.S_IMODE(os.stat(output).st_mode) == 0o600


def test_the_import_reads_an_export_without_a_notice_for_its_ids(
    demo: Database, tmp_path: Path
) -> None:
    output = tmp_path / "internships.csv"
    export_csv(demo, "internships", output)
    plan = plan_import(demo, output)
    assert plan.valid, plan.problems[:5]
    assert not [w for w in plan.warnings if w.code == "column.unknown"]
