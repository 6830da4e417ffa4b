"""The automatic retention rule runs at most once a calendar day."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

import pytest

from consultant_app.services.people.interns import save_intern
from consultant_app.services.privacy import retention
from consultant_app.services.privacy.anonymise import ANONYMISED, anonymised_name
from consultant_app.services.privacy.retention import (
    LAST_RUN_KEY,
    last_retention_run,
    run_retention_if_due,
)
from consultant_app.store.database import Database
from consultant_app.store.models import Intern
from consultant_app.store.settings import get_value

TODAY = date(2026, 6, 15)


def _add_intern(database: Database, registered_on: date, name: str = "Person") -> uuid.UUID:
    values = {
        "first_name": "Test",
        "last_name": f"{name} {registered_on}",
        "birth_date": "1995-03-04",
        "gender": "F",
        "language": "NL",
        "registered_on": registered_on.isoformat(),
    }
    return save_intern(database, values, today=registered_on)


def _names(database: Database, intern_id: uuid.UUID) -> tuple[str, str]:
    with database.session_factory() as session:
        intern = session.get(Intern, intern_id)
        assert intern is not None
        return intern.first_name, intern.last_name


def test_it_is_due_once_a_day(db: Database) -> None:
    assert last_retention_run(db) is None
    first = run_retention_if_due(db, today=TODAY)
    assert first is not None
    assert (first.ran_on, first.total) == (TODAY, 0)
    assert last_retention_run(db) == TODAY
    with db.session_factory() as session:
        assert get_value(session, LAST_RUN_KEY) == TODAY.isoformat()
    assert run_retention_if_due(db, today=TODAY) is None
    tomorrow = run_retention_if_due(db, today=TODAY + timedelta(days=1))
    assert tomorrow is not None and tomorrow.ran_on == TODAY + timedelta(days=1)
    assert last_retention_run(db) == TODAY + timedelta(days=1)


def test_an_old_intern_is_anonymised(db: Database) -> None:
    old = _add_intern(db, date(2015, 1, 10), "Old")
    recent = _add_intern(db, date(2025, 1, 10), "Recent")

    result = run_retention_if_due(db, today=TODAY, actor="tester")

    assert result is not None
    assert result.interns == (old,)
    assert result.total == 1
    assert result.cutoff == date(2021, 6, 15)
    assert _names(db, old) == (ANONYMISED, anonymised_name(old))
    assert _names(db, recent)[0] == "Test"


def test_a_second_call_the_same_day_does_nothing(db: Database) -> None:
    assert run_retention_if_due(db, today=TODAY) is not None
    late = _add_intern(db, date(2015, 1, 10), "Late")

    assert run_retention_if_due(db, today=TODAY) is None
    assert _names(db, late)[0] == "Test"

    next_day = run_retention_if_due(db, today=TODAY + timedelta(days=1))
    assert next_day is not None and next_day.interns == (late,)
    assert _names(db, late)[0] == ANONYMISED


def test_a_failed_run_is_tried_again(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    old = _add_intern(db, date(2015, 1, 10), "Old")

    def broken(*_args: object, **_kwargs: object) -> None:
        raise OSError("disk full")

    with monkeypatch.context() as patch:
        patch.setattr(retention, "anonymise_expired", broken)
        with pytest.raises(OSError):
            run_retention_if_due(db, today=TODAY)
    assert last_retention_run(db) is None
    result = run_retention_if_due(db, today=TODAY)
    assert result is not None and result.interns == (old,)
