"""Form drafts: one per form and record, kept in the database, never audited, deleted for good."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select

from consultant_app.services.forms import drafts
from consultant_app.services.people.hosts import save_host, save_mentor
from consultant_app.services.people.interns import save_intern
from consultant_app.services.privacy.anonymise import anonymise_intern
from consultant_app.store.database import Database
from consultant_app.store.models import AuditEntry, FormDraft, Host, Intern, utcnow
from tests.support.db import connect_raw

INTERN = {
    "first_name": "Lotte",
    "last_name": "Vermeulen",
    "birth_date": "2003-03-14",
    "gender": "F",
    "language": "NL",
}
HOST = {
    "name": "Clin d'Oeil Film Srl",
    "enterprise_number": "BE 0123.456.749",
    "joint_committee": "303.01",
    "language_role": "FR",
}
MENTOR = {"first_name": "Anaïs", "last_name": "Lefèvre"}


def _audit_count(db: Database) -> int:
    with db.unit_of_work() as uow:
        return uow.session.scalar(select(func.count()).select_from(AuditEntry)) or 0


def _draft_count(db: Database) -> int:
    with db.unit_of_work() as uow:
        return uow.session.scalar(select(func.count()).select_from(FormDraft)) or 0


def _soft_delete(db: Database, model: type[Intern | Host], record_id: uuid.UUID) -> None:
    with db.unit_of_work() as uow:
        uow.session.get(model, record_id).soft_delete()  # type: ignore[union-attr]
        uow.commit()


def test_a_draft_is_kept_and_replaced_per_form_and_record(db: Database) -> None:
    intern_id = save_intern(db, INTERN)
    first = drafts.save_draft(
        db, drafts.INTERN, intern_id, {"municipality": "Gent"}, title="Lotte Vermeulen"
    )
    again = drafts.save_draft(
        db, drafts.INTERN, intern_id, {"municipality": "Mechelen", "box": "3"}, title="Lotte V."
    )
    assert again == first
    found = drafts.load_draft(db, drafts.INTERN, intern_id)
    assert found is not None
    assert found.values == {"municipality": "Mechelen", "box": "3"}
    assert found.title == "Lotte V."
    assert found.record_id == intern_id and found.kind == drafts.INTERN
    assert found.updated_at.tzinfo is not None
    assert abs(found.updated_at - datetime.now(UTC)) < timedelta(minutes=1)
    assert _draft_count(db) == 1


def test_new_records_have_one_draft_per_kind(db: Database) -> None:
    drafts.save_draft(db, drafts.INTERN, None, {"first_name": "A"})
    drafts.save_draft(db, drafts.INTERN, None, {"first_name": "B"})
    drafts.save_draft(db, drafts.HOST, None, {"name": "Studio"})
    assert _draft_count(db) == 2
    new_intern = drafts.load_draft(db, drafts.INTERN, None)
    assert new_intern is not None and new_intern.values == {"first_name": "B"}
    assert drafts.discard_draft(db, drafts.INTERN, None)
    assert not drafts.discard_draft(db, drafts.INTERN, None)
    assert drafts.load_draft(db, drafts.INTERN, None) is None
    assert drafts.load_draft(db, drafts.HOST, None) is not None


def test_pending_drafts_newest_first_and_discarded_by_id_or_all(db: Database) -> None:
    older = drafts.save_draft(db, drafts.HOST, None, {"name": "Older"}, title="Older")
    with db.unit_of_work() as uow:
        uow.session.get(FormDraft, older).updated_at = utcnow() - timedelta(hours=1)  # type: ignore[union-attr]
        uow.commit()
    newer = drafts.save_draft(db, drafts.INTERNSHIP, None, {"objectives": "Learn"}, title="New")
    assert [d.id for d in drafts.pending_drafts(db)] == [newer, older]
    assert drafts.discard_draft_id(db, older)
    assert not drafts.discard_draft_id(db, older)
    assert [d.id for d in drafts.pending_drafts(db)] == [newer]
    drafts.save_draft(db, drafts.INTERN, None, {"first_name": "X"})
    assert drafts.discard_all_drafts(db) == 2
    assert drafts.pending_drafts(db) == []


def test_drafts_are_not_audited(db: Database) -> None:
    intern_id = save_intern(db, INTERN)
    before = _audit_count(db)
    drafts.save_draft(db, drafts.INTERN, intern_id, {"street": "Kerkstraat"}, title="Lotte")
    drafts.save_draft(db, drafts.INTERN, intern_id, {"street": "Dorpstraat"}, title="Lotte")
    drafts.discard_draft(db, drafts.INTERN, intern_id)
    assert _audit_count(db) == before


def test_unknown_form_kind_is_refused(db: Database) -> None:
    with pytest.raises(ValueError, match="Unknown form kind"):
        drafts.save_draft(db, "invoice", None, {})


def test_long_title_is_cut_and_values_kept_as_text(db: Database) -> None:
    drafts.save_draft(
        db, drafts.HOST, None, {"name": "É" * 300, "employees_fte": 12}, title="x" * 300
    )  # type: ignore[dict-item]
    found = drafts.load_draft(db, drafts.HOST, None)
    assert found is not None
    assert len(found.title) == drafts.TITLE_LENGTH
    assert found.values == {"name": "É" * 300, "employees_fte": "12"}


def test_drafts_of_deleted_records_are_discarded(db: Database) -> None:
    intern_id = save_intern(db, INTERN)
    kept_intern = save_intern(db, {**INTERN, "first_name": "Ruben"})
    host_id = save_host(db, HOST)
    mentor_id = save_mentor(db, host_id, MENTOR)
    drafts.save_draft(db, drafts.INTERN, intern_id, {"box": "1"}, title="Lotte Vermeulen")
    drafts.save_draft(db, drafts.INTERN, kept_intern, {"box": "2"}, title="Ruben Vermeulen")
    drafts.save_draft(db, drafts.MENTOR, None, {"first_name": "Jo"}, title="Jo", owner_id=host_id)
    drafts.save_draft(
        db, drafts.MENTOR, mentor_id, {"phone": "0470"}, title="Anaïs", owner_id=host_id
    )
    drafts.save_draft(db, drafts.INTERN, uuid.uuid4(), {"box": "3"}, title="Never existed")
    drafts.save_draft(db, drafts.INTERNSHIP, None, {"objectives": "Learn"})
    _soft_delete(db, Intern, intern_id)
    _soft_delete(db, Host, host_id)

    gone = drafts.discard_orphaned_drafts(db)

    assert sorted(d.title for d in gone) == ["Anaïs", "Jo", "Lotte Vermeulen", "Never existed"]
    left = {(d.kind, d.record_id) for d in drafts.pending_drafts(db)}
    assert left == {(drafts.INTERN, kept_intern), (drafts.INTERNSHIP, None)}
    assert drafts.discard_orphaned_drafts(db) == []


def test_anonymising_deletes_the_drafts_naming_the_person(db: Database) -> None:
    intern_id = save_intern(db, INTERN)
    other_id = save_intern(db, {**INTERN, "first_name": "Ruben"})
    drafts.save_draft(db, drafts.INTERN, intern_id, {"street": "Geheimstraat"}, title="Lotte")
    drafts.save_draft(db, drafts.INTERN, other_id, {"street": "Kerkstraat"}, title="Ruben")
    drafts.save_draft(
        db, drafts.INTERNSHIP, None, {"intern_id": str(intern_id)}, title="Lotte Vermeulen — X"
    )

    anonymise_intern(db, intern_id, actor="tester")

    assert [(d.kind, d.record_id) for d in drafts.pending_drafts(db)] == [(drafts.INTERN, other_id)]
    db.close()
    connection = connect_raw(db.path)
    try:
        texts = [row[0] for row in connection.execute("SELECT payload || title FROM form_draft")]
    finally:
        connection.close()
    assert not any("Geheimstraat" in text for text in texts)
