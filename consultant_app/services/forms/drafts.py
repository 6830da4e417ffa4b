"""Drafts of forms being edited: saved a moment after each change, offered back after a crash.

A draft holds the texts the user typed in one form (a JSON object, field ->
text) and what is needed to show the user what it is about (a short title)
and to open the form again (the form kind, the record edited, the record it
belongs to). There is at most one draft per form kind and record; a new,
not yet saved record has ``record_id`` None. Drafts hold personal data: they
live in the database (never in a plain file), are not written to the audit
trail and are deleted for good (their freed space zeroed) once the form is
saved or its changes discarded, or when their record is anonymised.

Each function is one short transaction.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from consultant_app.store.database import Database
from consultant_app.store.models import FormDraft, Host, Intern, Mentor, utcnow

__all__ = [
    "HOST",
    "INTERN",
    "INTERNSHIP",
    "KINDS",
    "MENTOR",
    "Draft",
    "delete_drafts_of",
    "discard_all_drafts",
    "discard_draft",
    "discard_draft_id",
    "discard_orphaned_drafts",
    "load_draft",
    "pending_drafts",
    "save_draft",
]

#: The intern form (Interns view).
INTERN = "intern"
#: The host's company form (Hosts view).
HOST = "host"
#: A mentor of a host (Hosts view, Mentors tab); ``owner_id`` is the host.
MENTOR = "mentor"
#: The new-internship wizard (Internships view); always a new record.
INTERNSHIP = "internship"
KINDS = (INTERN, HOST, MENTOR, INTERNSHIP)

#: The model of the record each kind edits, and of the record it belongs to.
_RECORD_MODELS: dict[str, type[Intern | Host | Mentor]] = {
    INTERN: Intern,
    HOST: Host,
    MENTOR: Mentor,
}
_OWNER_MODELS: dict[str, type[Host]] = {MENTOR: Host}
TITLE_LENGTH = 200


@dataclass(frozen=True)
class Draft:
    """One draft as the interface shows and restores it."""

    id: uuid.UUID
    kind: str
    record_id: uuid.UUID | None
    owner_id: uuid.UUID | None
    title: str
    values: dict[str, str]
    updated_at: datetime  # UTC


def _aware(moment: datetime) -> datetime:
    """SQLite gives the stored UTC time back without its zone."""
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _draft(row: FormDraft) -> Draft:
    try:
        loaded = json.loads(row.payload)
    except ValueError:
        loaded = {}
    values = (
        {str(key): str(value) for key, value in loaded.items()} if isinstance(loaded, dict) else {}
    )
    return Draft(
        row.id, row.kind, row.record_id, row.owner_id, row.title, values, _aware(row.updated_at)
    )


def _check_kind(kind: str) -> None:
    if kind not in KINDS:
        raise ValueError(f"Unknown form kind {kind!r}; choose one of {', '.join(KINDS)}.")


def _prepare(session: Session) -> None:
    """Zero the space a draft's old text leaves behind (it holds personal data)."""
    session.connection().exec_driver_sql("PRAGMA secure_delete=ON")


def _row(session: Session, kind: str, record_id: uuid.UUID | None) -> FormDraft | None:
    column = FormDraft.record_id
    record = column.is_(None) if record_id is None else column == record_id
    return session.scalars(select(FormDraft).where(FormDraft.kind == kind, record)).first()


def save_draft(
    database: Database,
    kind: str,
    record_id: uuid.UUID | None,
    values: Mapping[str, str],
    *,
    title: str = "",
    owner_id: uuid.UUID | None = None,
) -> uuid.UUID:
    """Keep *values* as the draft of form *kind* for *record_id* (None: a new record); its id.

    Replaces the earlier draft of the same form and record.
    """
    _check_kind(kind)
    payload = json.dumps(
        {str(key): str(value) for key, value in values.items()}, ensure_ascii=False, sort_keys=True
    )
    with database.unit_of_work() as uow:
        session = uow.session
        _prepare(session)
        row = _row(session, kind, record_id)
        if row is None:
            row = FormDraft(id=uuid.uuid4(), kind=kind, record_id=record_id)
            session.add(row)
        row.owner_id = owner_id
        row.title = title.strip()[:TITLE_LENGTH]
        row.payload = payload
        row.updated_at = utcnow()
        uow.commit()
        return row.id


def load_draft(database: Database, kind: str, record_id: uuid.UUID | None) -> Draft | None:
    """The draft of form *kind* for *record_id* (None: a new record), if there is one."""
    with database.unit_of_work() as uow:
        row = _row(uow.session, kind, record_id)
        return None if row is None else _draft(row)


def pending_drafts(database: Database) -> list[Draft]:
    """Every draft, the most recent first."""
    with database.unit_of_work() as uow:
        rows = uow.session.scalars(
            select(FormDraft).order_by(FormDraft.updated_at.desc(), FormDraft.kind)
        ).all()
        return [_draft(row) for row in rows]


def discard_draft(database: Database, kind: str, record_id: uuid.UUID | None) -> bool:
    """Delete the draft of form *kind* for *record_id* (None: a new record); whether there was."""
    with database.unit_of_work() as uow:
        session = uow.session
        row = _row(session, kind, record_id)
        if row is None:
            return False
        _prepare(session)
        session.delete(row)
        uow.commit()
        return True


def discard_draft_id(database: Database, draft_id: uuid.UUID) -> bool:
    """Delete the draft *draft_id*; whether there was one."""
    with database.unit_of_work() as uow:
        session = uow.session
        _prepare(session)
        deleted = session.execute(delete(FormDraft).where(FormDraft.id == draft_id)).rowcount
        uow.commit()
        return bool(deleted)


def discard_all_drafts(database: Database) -> int:
    """Delete every draft; how many there were."""
    with database.unit_of_work() as uow:
        session = uow.session
        _prepare(session)
        deleted = session.execute(delete(FormDraft)).rowcount
        uow.commit()
        return int(deleted or 0)


def _live(session: Session, model: type[Intern | Host | Mentor], record_id: uuid.UUID) -> bool:
    record = session.get(model, record_id)
    return record is not None and record.deleted_at is None


def discard_orphaned_drafts(database: Database) -> list[Draft]:
    """Delete the drafts whose record (or the record it belongs to) was deleted; those drafts.

    A draft of an unknown form kind (written by a newer version) is left alone.
    """
    gone: list[Draft] = []
    with database.unit_of_work() as uow:
        session = uow.session
        for row in session.scalars(select(FormDraft).order_by(FormDraft.updated_at.desc())):
            record_model = _RECORD_MODELS.get(row.kind)
            owner_model = _OWNER_MODELS.get(row.kind)
            orphaned = (
                record_model is not None
                and row.record_id is not None
                and not _live(session, record_model, row.record_id)
            ) or (
                owner_model is not None
                and row.owner_id is not None
                and not _live(session, owner_model, row.owner_id)
            )
            if orphaned:
                gone.append(_draft(row))
        if gone:
            _prepare(session)
            session.execute(delete(FormDraft).where(FormDraft.id.in_([d.id for d in gone])))
            uow.commit()
    return gone


def delete_drafts_of(session: Session, record_ids: Iterable[uuid.UUID]) -> None:
    """In the caller's transaction: delete the drafts naming one of *record_ids*.

    For anonymising: the drafts editing one of those records, and the drafts of
    new internships that name one of them as a party (their title holds its name).
    """
    ids = set(record_ids)
    if not ids:
        return
    doomed = [
        draft_id
        for draft_id, kind, record_id, payload in session.execute(
            select(FormDraft.id, FormDraft.kind, FormDraft.record_id, FormDraft.payload)
        )
        if record_id in ids
        or (kind == INTERNSHIP and any(str(record) in payload for record in ids))
    ]
    if doomed:
        session.execute(
            delete(FormDraft).where(FormDraft.id.in_(doomed)),
            execution_options={"synchronize_session": False},
        )
