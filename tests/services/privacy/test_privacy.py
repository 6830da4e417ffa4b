"""Anonymising interns, mentors and host contacts, and the retention rule."""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from consultant_app.cli import main
from consultant_app.demo import generate_demo
from consultant_app.domain.period import Period
from consultant_app.services.figures.annual import annual_figures
from consultant_app.services.forms.parsing import RecordNotFound
from consultant_app.services.people.interns import load_intern, save_intern
from consultant_app.services.privacy.anonymise import (
    ANONYMISED,
    anonymise_host_contact,
    anonymise_intern,
    anonymise_mentor,
    anonymised_name,
    apply_retention,
    retention_candidates,
    retention_cutoff,
)
from consultant_app.store.database import Database, open_database
from consultant_app.store.models import AuditEntry, Host, Intern, Internship, Mentor
from tests.support.db import connect_raw

TODAY = date(2026, 6, 15)
#: Values no demo record holds, to look for after anonymising.
FIRST, LAST = "Zebulonne", "Quaxworthington"
EMAIL = "zebulonne.quaxworthington@example.org"
STREET = "Rue des Xylophones Perdus"


@pytest.fixture
def demo(tmp_path: Path) -> Database:
    database = open_database(tmp_path / "demo.db")
    generate_demo(database, seed=3, size="small")
    return database


def _intern_with_internship(database: Database) -> uuid.UUID:
    with database.session_factory() as session:
        return session.scalars(select(Internship.intern_id).limit(1)).one()


def _rename(database: Database, intern_id: uuid.UUID) -> dict[str, str]:
    """Give *intern_id* unmistakable personal data through the form (audited)."""
    values = load_intern(database, intern_id)
    values.update(first_name=FIRST, last_name=LAST, email=EMAIL, street=STREET)
    save_intern(
        database, values, intern_id=intern_id, actor="tester", today=date.today() + timedelta(800)
    )
    return load_intern(database, intern_id)


def _text_values(path: Path) -> list[str]:
    connection = connect_raw(path)
    try:
        tables = [
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        found: list[str] = []
        for table in tables:
            for row in connection.execute(f'SELECT * FROM "{table}"'):
                found.extend(value for value in row if isinstance(value, str))
        return found
    finally:
        connection.close()


def _raw_bytes(path: Path) -> bytes:
    data = path.read_bytes()
    for side in (path.with_name(path.name + "-wal"),):
        if side.exists():
            data += side.read_bytes()
    return data


def _secrets(values: dict[str, str]) -> list[str]:
    digits = values["national_number"].replace(".", "").replace("-", "").replace(" ", "")
    return [FIRST, LAST, EMAIL, STREET, digits]


def test_no_trace_of_the_intern_remains(demo: Database) -> None:
    intern_id = _intern_with_internship(demo)
    values = _rename(demo, intern_id)
    secrets = _secrets(values)
    assert len(secrets[-1]) == 11
    assert any(FIRST in text for text in _text_values(demo.path))

    anonymise_intern(demo, intern_id, actor="tester")

    texts = _text_values(demo.path)
    for secret in secrets:
        assert not any(secret.lower() in text.lower() for text in texts), secret
    # The raw file (and its log) before any VACUUM: no old bytes in freed space.
    raw = _raw_bytes(demo.path)
    for secret in secrets:
        assert secret.encode() not in raw, secret
    demo.close()
    connection = connect_raw(demo.path)
    connection.execute("VACUUM")
    connection.close()
    raw = _raw_bytes(demo.path)
    for secret in secrets:
        assert secret.encode() not in raw, secret


def test_what_is_kept_and_what_is_emptied(demo: Database) -> None:
    intern_id = _intern_with_internship(demo)
    with demo.session_factory() as session:
        before = session.get(Intern, intern_id)
        assert before is not None
        kept = (before.gender, before.language, before.registered_on, before.birth_date.year)
        internships = len(before.internships)

    anonymise_intern(demo, intern_id)

    with demo.session_factory() as session:
        after = session.get(Intern, intern_id)
        assert after is not None
        assert (after.first_name, after.last_name) == (ANONYMISED, anonymised_name(intern_id))
        assert after.search_text == f"anonymised {anonymised_name(intern_id).lower()}"
        assert after.birth_date == date(kept[3], 1, 1)
        assert (after.gender, after.language, after.registered_on) == kept[:3]
        for name in ("national_number", "email", "phone", "street", "postcode", "municipality"):
            assert getattr(after, name) is None, name
        assert len(after.internships) == internships
        audit = session.scalars(
            select(AuditEntry).where(
                AuditEntry.entity == "intern", AuditEntry.entity_id == intern_id
            )
        ).all()
        assert [entry.new_value for entry in audit if entry.new_value] == ["anonymised"]
        assert all(entry.old_value is None for entry in audit)


def test_anonymising_twice_changes_nothing(demo: Database) -> None:
    intern_id = _intern_with_internship(demo)
    anonymise_intern(demo, intern_id)

    def snapshot() -> tuple[Any, ...]:
        with demo.session_factory() as session:
            intern = session.get(Intern, intern_id)
            assert intern is not None
            audit = session.scalars(select(AuditEntry.id)).all()
            return intern.updated_at, intern.first_name, intern.last_name, len(audit)

    first = snapshot()
    anonymise_intern(demo, intern_id)
    assert snapshot() == first
    assert intern_id not in retention_candidates(demo, today=date(2200, 1, 1))
    assert apply_retention(demo, today=date(2200, 1, 1)) > 0
    assert apply_retention(demo, today=date(2200, 1, 1)) == 0


def test_unknown_ids_are_refused(demo: Database) -> None:
    for anonymise in (anonymise_intern, anonymise_mentor, anonymise_host_contact):
        with pytest.raises(RecordNotFound):
            anonymise(demo, uuid.uuid4())


def test_mentor_and_host_contact(demo: Database) -> None:
    with demo.session_factory() as session:
        mentor = session.scalars(select(Mentor).where(Mentor.email.is_not(None)).limit(1)).one()
        mentor_id, job_title = mentor.id, mentor.job_title
        host = session.scalars(select(Host).where(Host.contact_name.is_not(None)).limit(1)).one()
        host_id, host_name = host.id, host.name
    anonymise_mentor(demo, mentor_id)
    anonymise_host_contact(demo, host_id)
    with demo.session_factory() as session:
        mentor = session.get(Mentor, mentor_id)
        assert mentor is not None
        assert (mentor.first_name, mentor.last_name) == (ANONYMISED, anonymised_name(mentor_id))
        assert (mentor.email, mentor.phone, mentor.job_title) == (None, None, job_title)
        host = session.get(Host, host_id)
        assert host is not None
        assert host.name == host_name
        assert (host.contact_name, host.contact_email, host.contact_phone) == (None, None, None)
        assert host.represented_by is None


def _figures(database: Database, years: list[int]) -> list[tuple[Any, ...]]:
    result = []
    for year in years:
        figures = annual_figures(database, Period.year(year))
        result.append(
            (
                figures.totals,
                figures.by_language,
                figures.by_joint_committee,
                figures.by_gender,
                figures.by_cluster,
                figures.years,
                figures.candidates,
                figures.hosts,
            )
        )
    return result


def test_annual_figures_are_the_same_after_retention(demo: Database) -> None:
    with demo.session_factory() as session:
        starts = session.scalars(select(Internship.start_date)).all()
        total = len(session.scalars(select(Intern.id)).all())
    years = list(range(min(starts).year, max(starts).year + 1))
    before = _figures(demo, years)
    assert any(line[0].conventions for line in before)

    far = date(max(starts).year + 20, 1, 1)
    assert len(retention_candidates(demo, today=far)) == total
    assert apply_retention(demo, today=far) >= total

    with demo.session_factory() as session:
        names = set(session.scalars(select(Intern.first_name)).all())
    assert names == {ANONYMISED}
    assert _figures(demo, years) == before


def _add_intern(database: Database, registered_on: date) -> uuid.UUID:
    values = {
        "first_name": "Test",
        "last_name": f"Person {registered_on}",
        "birth_date": "2001-03-04",
        "gender": "F",
        "language": "NL",
        "registered_on": registered_on.isoformat(),
    }
    return save_intern(database, values, today=registered_on)


def test_retention_boundary_on_registration(db: Database) -> None:
    cutoff = retention_cutoff(TODAY, 5)
    assert cutoff == date(2021, 6, 15)
    exactly = _add_intern(db, cutoff)
    one_day_more = _add_intern(db, cutoff - timedelta(days=1))
    recent = _add_intern(db, cutoff + timedelta(days=1))
    found = set(retention_candidates(db, today=TODAY))
    assert one_day_more in found
    assert exactly not in found
    assert recent not in found


def test_retention_boundary_on_the_last_internship(demo: Database) -> None:
    with demo.session_factory() as session:
        rows = session.execute(
            select(Internship.intern_id, Internship.actual_end_date, Internship.planned_end_date)
        ).all()
    last: dict[uuid.UUID, date] = {}
    for intern_id, actual, planned in rows:
        end = actual or planned
        last[intern_id] = max(end, last.get(intern_id, end))
    intern_id, end = next(iter(last.items()))
    exactly = retention_cutoff(end, -5)  # the day five years after the end
    assert intern_id not in retention_candidates(demo, today=exactly)
    assert intern_id in retention_candidates(demo, today=exactly + timedelta(days=1))


def test_retention_follows_the_programme_rule(db: Database) -> None:
    from consultant_app.store.settings import get_rules, set_rules

    intern_id = _add_intern(db, date(2023, 1, 1))
    assert intern_id not in retention_candidates(db, today=TODAY)
    with db.unit_of_work() as uow:
        rules = get_rules(uow.session).with_values({"retention_years": 2})
        set_rules(uow.session, rules)
        uow.commit()
    assert intern_id in retention_candidates(db, today=TODAY)


def test_command_line(demo: Database, capsys: pytest.CaptureFixture[str]) -> None:
    path = str(demo.path)
    intern_id = _intern_with_internship(demo)
    demo.close()
    assert main(["anonymise", "intern", str(intern_id), "--db", path]) == 0
    assert str(intern_id) in capsys.readouterr().out

    unknown = uuid.uuid4()
    assert main(["anonymise", "intern", str(unknown), "--db", path]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1
    assert str(unknown) in err

    assert main(["anonymise", "--retention", "--dry-run", "--db", path]) == 0
    assert "Would anonymise" in capsys.readouterr().out
    assert main(["anonymise", "--retention", "--db", path]) == 0
    assert "Anonymised" in capsys.readouterr().out
    assert main(["anonymise", "--db", path]) == 2
