"""The daily retention run asks before anonymising, unless Settings say "automatic"."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

import pytest

from consultant_app.services.people.interns import save_intern
from consultant_app.services.privacy.anonymise import ANONYMISED
from consultant_app.services.privacy.retention import (
    ASK,
    AUTOMATIC,
    RetentionChanged,
    RetentionResult,
    RetentionReview,
    confirm_retention,
    daily_retention,
    postpone_retention,
    postponed_until,
    retention_mode,
    set_retention_mode,
)
from consultant_app.services.privacy.retention_review import Kind, Reason
from consultant_app.store.database import Database
from consultant_app.store.models import Intern

TODAY = date(2026, 6, 15)


def _add_intern(database: Database, registered_on: date, name: str) -> uuid.UUID:
    values = {
        "first_name": "Test",
        "last_name": name,
        "birth_date": "1995-03-04",
        "gender": "F",
        "language": "NL",
        "registered_on": registered_on.isoformat(),
    }
    return save_intern(database, values, today=registered_on)


def _first_name(database: Database, intern_id: uuid.UUID) -> str:
    with database.session_factory() as session:
        intern = session.get(Intern, intern_id)
        assert intern is not None
        return intern.first_name


def test_the_daily_run_lists_who_and_why_and_changes_nothing(db: Database) -> None:
    old = _add_intern(db, date(2015, 1, 10), "Old")
    recent = _add_intern(db, date(2025, 1, 10), "Recent")

    review = daily_retention(db, today=TODAY)

    assert isinstance(review, RetentionReview)
    assert review.cutoff == date(2021, 6, 15)
    assert review.total == 1
    (person,) = review.of(Kind.INTERN)
    assert (person.id, person.name) == (old, "Old Test")
    assert (person.reason, person.since) == (Reason.REGISTERED, date(2015, 1, 10))
    assert _first_name(db, old) == "Test"
    assert _first_name(db, recent) == "Test"
    # Asked once a day.
    assert daily_retention(db, today=TODAY) is None


def test_nothing_to_ask_when_nobody_is_past_retention(db: Database) -> None:
    _add_intern(db, date(2025, 1, 10), "Recent")
    assert daily_retention(db, today=TODAY) is None


def test_anonymise_now_anonymises_the_confirmed_list(db: Database) -> None:
    old = _add_intern(db, date(2015, 1, 10), "Old")
    review = daily_retention(db, today=TODAY)
    assert isinstance(review, RetentionReview)

    done = confirm_retention(db, review, actor="tester")

    assert done.interns == [old]
    assert _first_name(db, old) == ANONYMISED


def test_a_changed_list_is_not_anonymised_without_a_new_look(db: Database) -> None:
    old = _add_intern(db, date(2015, 1, 10), "Old")
    review = daily_retention(db, today=TODAY)
    assert isinstance(review, RetentionReview)
    other = _add_intern(db, date(2014, 1, 10), "Other")

    with pytest.raises(RetentionChanged):
        confirm_retention(db, review)

    assert _first_name(db, old) == "Test"
    assert _first_name(db, other) == "Test"


def test_postpone_asks_nothing_for_thirty_days(db: Database) -> None:
    old = _add_intern(db, date(2015, 1, 10), "Old")
    assert isinstance(daily_retention(db, today=TODAY), RetentionReview)

    until = postpone_retention(db, today=TODAY)

    assert until == TODAY + timedelta(days=30) == postponed_until(db)
    for days in (1, 15, 29):
        assert daily_retention(db, today=TODAY + timedelta(days=days)) is None
    back = daily_retention(db, today=TODAY + timedelta(days=30))
    assert isinstance(back, RetentionReview) and back.ids == {old}
    assert _first_name(db, old) == "Test"


def test_automatic_mode_anonymises_without_asking(db: Database) -> None:
    old = _add_intern(db, date(2015, 1, 10), "Old")
    assert retention_mode(db) == ASK

    set_retention_mode(db, AUTOMATIC)

    assert retention_mode(db) == AUTOMATIC
    result = daily_retention(db, today=TODAY)
    assert isinstance(result, RetentionResult) and result.interns == (old,)
    assert _first_name(db, old) == ANONYMISED


def test_an_unknown_mode_is_refused(db: Database) -> None:
    with pytest.raises(ValueError):
        set_retention_mode(db, "sometimes")
    assert retention_mode(db) == ASK
