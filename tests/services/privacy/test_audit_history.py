"""The audit trail of one record: changes with their values, dependent rows, paging."""

from __future__ import annotations

import uuid
from datetime import UTC, timedelta

import pytest
from sqlalchemy import select

from consultant_app.domain.enums import EvaluationStage, InternshipStatus, InterruptionKind
from consultant_app.services.internships.lifecycle import add_interruption, remove_interruption
from consultant_app.services.people.hosts import load_host, load_mentor, save_host, save_mentor
from consultant_app.services.people.interns import load_intern, save_intern
from consultant_app.services.privacy.audit_history import (
    DELETE,
    INSERT,
    MAX_LIMIT,
    UPDATE,
    HistoryEntry,
    record_history,
)
from consultant_app.services.roadmap.evaluations import save_evaluation_draft
from consultant_app.store.database import Database
from consultant_app.store.models import Consultant, Evaluation, Internship, Mentor


def _running(database: Database) -> Internship:
    """A running internship with a mentor's evaluation."""
    with database.session_factory() as session:
        internship = session.scalars(
            select(Internship)
            .join(Evaluation, Evaluation.internship_id == Internship.id)
            .where(Internship.status == InternshipStatus.RUNNING)
            .order_by(Internship.reference)
        ).first()
        assert internship is not None
        session.expunge(internship)
        return internship


def test_a_changed_field_is_listed_with_its_old_and_new_value(demo: Database) -> None:
    intern_id = _running(demo).intern_id
    values = load_intern(demo, intern_id)
    old_email = values["email"]
    values.update(email="new.address@example.org", postcode="1000")
    save_intern(demo, values, intern_id=intern_id, actor="anne")

    page = record_history(demo, "intern", intern_id)

    assert page.total == 2 and not page.has_more
    changes = {entry.field: entry for entry in page.entries}
    email = changes["email"]
    assert (email.old_value, email.new_value) == (old_email, "new.address@example.org")
    assert email.actor == "anne" and email.action == UPDATE
    assert email.entity == "intern" and email.entity_id == intern_id and email.item == ()
    assert email.at.tzinfo is not None and email.at.utcoffset() == timedelta(0)


def test_newest_first_and_paging(demo: Database) -> None:
    intern_id = _running(demo).intern_id
    for number in range(5):
        values = load_intern(demo, intern_id)
        values["school"] = f"School {number}"
        save_intern(demo, values, intern_id=intern_id, actor="anne")

    first = record_history(demo, "intern", intern_id, limit=2)
    second = record_history(demo, "intern", intern_id, limit=2, offset=2)
    rest = record_history(demo, "intern", intern_id, limit=2, offset=4)

    assert first.total == 5 and first.has_more and second.has_more and not rest.has_more
    news = [entry.new_value for page in (first, second, rest) for entry in page.entries]
    assert news == [f"School {number}" for number in (4, 3, 2, 1, 0)]
    times = [entry.at for page in (first, second, rest) for entry in page.entries]
    assert times == sorted(times, reverse=True)
    with pytest.raises(ValueError):
        record_history(demo, "intern", intern_id, limit=0)
    with pytest.raises(ValueError):
        record_history(demo, "intern", intern_id, limit=MAX_LIMIT + 1)


def test_an_internship_lists_its_dependent_rows_by_entity(demo: Database) -> None:
    internship = _running(demo)
    start = internship.start_date
    interruption_id = add_interruption(
        demo,
        internship.id,
        InterruptionKind.SICKNESS,
        start + timedelta(days=7),
        start + timedelta(days=8),
        "Flu",
        actor="anne",
    )
    remove_interruption(demo, interruption_id, actor="bert")
    with demo.session_factory() as session:
        stage = session.scalars(
            select(Evaluation.stage).where(Evaluation.internship_id == internship.id)
        ).first()
    assert stage is not None
    save_evaluation_draft(
        demo,
        internship.id,
        stage,
        scores={},
        comments={},
        overall_appreciation="Works carefully & <well>",
        actor="anne",
    )

    page = record_history(demo, "internship", internship.id)
    breaks = [entry for entry in page.entries if entry.entity == "interruption"]
    assert [entry.action for entry in breaks] == [DELETE, INSERT]
    assert breaks[0].field is None and breaks[0].actor == "bert"
    assert breaks[0].item[0] == "sickness"
    assert breaks[0].item[1] == (start + timedelta(days=7)).isoformat()
    appreciation = next(e for e in page.entries if e.field == "overall_appreciation")
    assert appreciation.entity == "evaluation"
    assert appreciation.new_value == "Works carefully & <well>"
    assert appreciation.item == (EvaluationStage(stage).value,)

    alone = record_history(demo, "internship", internship.id, dependents=False)
    assert alone.total == 0
    assert record_history(demo, "internship", uuid.uuid4()).total == 0


def test_host_plans_and_mentor_with_names_for_ids(demo: Database) -> None:
    internship = _running(demo)
    host_values = load_host(demo, internship.host_id)
    host_values["website"] = "https://example.org"
    save_host(demo, host_values, host_id=internship.host_id, actor="anne")
    with demo.session_factory() as session:
        mentor = session.scalars(select(Mentor).where(Mentor.host_id == internship.host_id)).first()
        assert mentor is not None
        mentor_id = mentor.id
    mentor_values = load_mentor(demo, mentor_id)
    mentor_values["job_title"] = "Head of production"
    save_mentor(demo, internship.host_id, mentor_values, mentor_id=mentor_id, actor="anne")

    host = record_history(demo, "host", internship.host_id)
    assert [(e.field, e.new_value) for e in host.entries] == [("website", "https://example.org")]
    mentor_page = record_history(demo, "mentor", mentor_id)
    assert [(e.field, e.new_value) for e in mentor_page.entries] == [
        ("job_title", "Head of production")
    ]


def test_as_dict_is_plain(demo: Database) -> None:
    entry = HistoryEntry(
        at=_running(demo).created_at.replace(tzinfo=UTC),
        actor="anne",
        action=UPDATE,
        entity="intern",
        entity_id=uuid.UUID(int=1),
        field="email",
        old_value=None,
        new_value="x@example.org",
        item=("a",),
    )
    plain = entry.as_dict()
    assert plain["entity_id"] == str(uuid.UUID(int=1))
    assert plain["item"] == ["a"] and plain["at"].endswith("+00:00")


def test_ids_of_related_records_are_shown_by_name(demo: Database) -> None:
    internship = _running(demo)
    with demo.unit_of_work(actor="anne") as uow:
        session = uow.session
        consultants = session.scalars(
            select(Consultant).order_by(Consultant.last_name, Consultant.first_name)
        ).all()
        record = session.get(Internship, internship.id)
        assert record is not None
        old = next(c for c in consultants if c.id == record.consultant_id)
        new = next(c for c in consultants if c.id != record.consultant_id)
        names = (old.full_name, new.full_name)
        record.consultant_id = new.id
        uow.commit()

    (entry,) = record_history(demo, "internship", internship.id).entries
    assert entry.field == "consultant_id"
    assert (entry.old_value, entry.new_value) == names
