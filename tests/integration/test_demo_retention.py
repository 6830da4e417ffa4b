"""A fresh demo holds only the few candidates meant to show the retention rule."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from consultant_app.demo import generate_demo
from consultant_app.demo.producer import PAST_RETENTION
from consultant_app.services.privacy.retention import RetentionReview, daily_retention
from consultant_app.services.privacy.retention_review import Kind, Reason
from consultant_app.store.database import open_database


@pytest.mark.parametrize("today", [date.today(), date(2026, 12, 6), date(2031, 2, 28)])
def test_a_fresh_demo_is_within_retention_but_for_a_handful(tmp_path: Path, today: date) -> None:
    database = open_database(tmp_path / "demo.db")
    try:
        generate_demo(database, seed=1, size="small", today=today)
        review = daily_retention(database, today=today)
    finally:
        database.close()
    assert isinstance(review, RetentionReview)
    assert 0 < review.total == PAST_RETENTION <= 5
    assert {person.kind for person in review.people} == {Kind.INTERN}
    assert {person.reason for person in review.people} == {Reason.REGISTERED}
    assert all(person.since < review.cutoff for person in review.people)
