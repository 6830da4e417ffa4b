"""Anonymise the personal data of interns, mentors and host contacts; the retention rule.

Anonymising replaces a person's personal data in place, without deleting the
record, so that every figure the fund reports stays the same:

* **intern**: first name ``Anonymised`` and last name a short token derived
  from the record's id (``Anonymised 7F3A09C2``); national number, email,
  phone, street, house number, box, postcode, municipality, job-seeker number,
  diploma, school and interests emptied (``NULL``); the birth date becomes
  1 January of the same year (the age-based figures keep their year). Gender,
  language, job-seeker agency and date, registration and consent dates and the
  wished functions are kept: the annual figures count on them.
* **mentor**: names as for an intern; email and phone emptied; job title,
  experience and training kept.
* **host contact**: contact name, email and phone and ``represented_by``
  emptied; the company itself is not personal data and is kept.
* **frozen conventions** (the snapshots of conventions sent for signature): the
  same fields of the person are replaced in them, and nothing else.

The new search text is built from the new values. Anonymising is recognised
by the names (an intern or mentor whose first name is :data:`ANONYMISED` and
whose last name is its token; a host without any contact field), so doing it
twice changes nothing: no schema change is needed.

The audit trail keeps that the record was anonymised, by whom and when (one
``update`` row, new value ``anonymised``), but every earlier old and new value
of that record's rows is blanked; the changes are written with plain ``UPDATE``
statements so that the audit listener never copies the old values into new
rows. The connection runs with ``PRAGMA secure_delete`` so that freed space is
zeroed, the trigram index of the interns' search text is merged so that it
drops the old text, and the write-ahead log is truncated after the commit.

Not touched: free texts of internships and their roadmap (objectives,
workplace, termination reasons, interruption notes, visit reports) may name a
person and are left as they are; PDFs already issued (conventions, sheets)
keep the names they were printed with; backups made earlier still hold the old
data. Unsaved form drafts of the record (and of new internships naming it) are
deleted.

**Retention**: an intern's data is kept for
:attr:`~consultant_app.domain.programme.ProgrammeRules.retention_years` after
the end of their last internship (soft-deleted internships do not count), or,
without any internship, after their registration (else the record's
creation). Mentors and host contacts are kept as long as their host had an
internship ending within that period (or the host was created within it).
"""

from __future__ import annotations

import dataclasses
import logging
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from consultant_app.domain.enums import AuditAction
from consultant_app.services.forms.drafts import delete_drafts_of
from consultant_app.services.forms.parsing import RecordNotFound
from consultant_app.services.printing.snapshots import (
    blank_host_contact,
    blank_intern,
    blank_mentor,
)
from consultant_app.services.privacy.redaction import redact_documents
from consultant_app.store.backups import remove_copies_taken_before
from consultant_app.store.database import Database
from consultant_app.store.engine import BUSY_TIMEOUT_MS
from consultant_app.store.models import AuditEntry, Host, Intern, Internship, Mentor
from consultant_app.store.search_index import search_text
from consultant_app.store.settings import get_rules

log = logging.getLogger(__name__)

__all__ = [
    "ANONYMISED",
    "RetentionPlan",
    "anonymise_expired",
    "anonymise_host_contact",
    "anonymise_intern",
    "anonymise_mentor",
    "anonymised_name",
    "apply_retention",
    "clear_log",
    "retention_candidates",
    "retention_cutoff",
    "retention_plan",
]

#: First name given to an anonymised intern or mentor.
ANONYMISED = "Anonymised"
#: ``AuditEntry.new_value`` of the row recording an anonymisation.
AUDIT_MARK = "anonymised"
#: The FTS5 trigram index of ``intern.search_text`` (migration 0005).
_INTERN_SEARCH_INDEX = "intern_search"

_INTERN_CLEARED = (
    "national_number",
    "email",
    "phone",
    "street",
    "house_number",
    "box",
    "postcode",
    "municipality",
    "jobseeker_number",
    "diploma",
    "school",
    "interests",
)
_MENTOR_CLEARED = ("email", "phone")
_HOST_CLEARED = ("contact_name", "contact_email", "contact_phone", "represented_by")


def anonymised_name(record_id: uuid.UUID) -> str:
    """The last name of an anonymised record: 8 upper-case hex digits of its id."""
    return record_id.hex[:8].upper()


# --- one record ---------------------------------------------------------------------


def _prepare(session: Session) -> None:
    """Zero the space freed by this transaction's changes (old values do not linger)."""
    session.connection().exec_driver_sql("PRAGMA secure_delete=ON")


def _audit(session: Session, actor: str, entity: str, record_id: uuid.UUID) -> None:
    """Blank the values of the record's audit rows, then record the anonymisation."""
    session.execute(
        update(AuditEntry)
        .where(AuditEntry.entity == entity, AuditEntry.entity_id == record_id)
        .values(old_value=None, new_value=None)
    )
    _mark(session, actor, entity, record_id)


def _mark(session: Session, actor: str, entity: str, record_id: uuid.UUID) -> None:
    """Record in the audit trail that the record was anonymised."""
    session.add(
        AuditEntry(
            actor=actor,
            action=AuditAction.UPDATE,
            entity=entity,
            entity_id=record_id,
            field=None,
            old_value=None,
            new_value=AUDIT_MARK,
        )
    )


def _blank_host_audit(session: Session, host_id: uuid.UUID) -> None:
    session.execute(
        update(AuditEntry)
        .where(
            AuditEntry.entity == "host",
            AuditEntry.entity_id == host_id,
            AuditEntry.field.in_(_HOST_CLEARED),
        )
        .values(old_value=None, new_value=None)
    )


def _anonymise_person(
    session: Session,
    actor: str,
    entity: str,
    record: Intern | Mentor,
    cleared: tuple[str, ...],
    kept: dict[str, Any],
) -> bool:
    """Clear *cleared*, name the person "Anonymised" and the token, set *kept*; False if done."""
    token = anonymised_name(record.id)
    if record.first_name == ANONYMISED and record.last_name == token:
        return False
    values: dict[str, Any] = dict.fromkeys(cleared)
    values["first_name"] = ANONYMISED
    values["last_name"] = token
    values.update(kept)
    values["search_text"] = search_text(entity, values)
    model = type(record)
    session.execute(
        update(model).where(model.id == record.id).values(**values),
        execution_options={"synchronize_session": False},
    )
    _audit(session, actor, entity, record.id)
    return True


def _anonymise_intern(session: Session, actor: str, intern: Intern) -> bool:
    kept = {"birth_date": date(intern.birth_date.year, 1, 1)}
    done = _anonymise_person(session, actor, "intern", intern, _INTERN_CLEARED, kept)
    if done:  # the frozen conventions name the person too
        name = f"{ANONYMISED} {anonymised_name(intern.id)}"
        blank_intern(session, intern.id, name, kept["birth_date"])
        redact_documents(session, Internship.intern_id == intern.id)
    return done


def _anonymise_mentor(session: Session, actor: str, mentor: Mentor) -> bool:
    kept = {"job_title": mentor.job_title}
    old_name = mentor.full_name
    done = _anonymise_person(session, actor, "mentor", mentor, _MENTOR_CLEARED, kept)
    if done:
        name = f"{ANONYMISED} {anonymised_name(mentor.id)}"
        blank_mentor(session, mentor.host_id, old_name, mentor.id, name)
        redact_documents(session, Internship.mentor_id == mentor.id)
    return done


def _anonymise_host(session: Session, actor: str, host: Host) -> bool:
    if all(getattr(host, name) is None for name in _HOST_CLEARED):
        return False
    values: dict[str, Any] = dict.fromkeys(_HOST_CLEARED)
    kept = {name: getattr(host, name) for name in ("name", "enterprise_number", "municipality")}
    values["search_text"] = search_text("host", kept | values)
    session.execute(
        update(Host).where(Host.id == host.id).values(**values),
        execution_options={"synchronize_session": False},
    )
    _blank_host_audit(session, host.id)
    blank_host_contact(session, host.id)
    redact_documents(session, Internship.host_id == host.id)
    _mark(session, actor, "host", host.id)
    return True


def _finish(session: Session, interns_changed: bool) -> None:
    if interns_changed:
        # FTS5 keeps deleted terms in its segments until they are merged.
        session.connection().exec_driver_sql(
            f"INSERT INTO {_INTERN_SEARCH_INDEX} ({_INTERN_SEARCH_INDEX}) VALUES ('optimize')"
        )


#: How long the erasure waits for another program's reading before it says so.
_CHECKPOINT_WAIT_MS = 1500


def _truncate_log(database: Database) -> bool:
    """Copy the committed pages into the file and empty the write-ahead log, where the old
    values still are; False when another connection's reading prevented it (they stay in
    the log until the database is next closed or checkpointed)."""
    with database.engine.connect() as connection:
        # A reader holding an old snapshot is waited for a moment, not for long.
        connection.exec_driver_sql(f"PRAGMA busy_timeout = {_CHECKPOINT_WAIT_MS}")
        try:
            busy, _log, _moved = connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").one()
        finally:
            connection.exec_driver_sql(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    return not busy


def _one(
    database: Database,
    model: type[Intern] | type[Mentor] | type[Host],
    entity: str,
    record_id: uuid.UUID,
    actor: str | None,
) -> bool:
    with database.unit_of_work(actor=actor) as uow:
        session = uow.session
        record = session.get(model, record_id)
        if record is None:
            raise RecordNotFound(entity, record_id)
        _prepare(session)
        if isinstance(record, Intern):
            changed = _anonymise_intern(session, uow.actor, record)
            if changed:
                _finish(session, True)
        elif isinstance(record, Mentor):
            changed = _anonymise_mentor(session, uow.actor, record)
        else:
            changed = _anonymise_host(session, uow.actor, record)
        if not changed:
            return True
        delete_drafts_of(session, [record_id])
        uow.commit()
    return _truncate_log(database)


def anonymise_intern(database: Database, intern_id: uuid.UUID, *, actor: str | None = None) -> bool:
    """Anonymise one intern (soft-deleted or not); nothing happens when it already is.

    Raises :class:`RecordNotFound` when there is no intern *intern_id*. False when the old
    values could not yet be removed from the write-ahead log (another program was reading).
    """
    return _one(database, Intern, "intern", intern_id, actor)


def anonymise_mentor(database: Database, mentor_id: uuid.UUID, *, actor: str | None = None) -> bool:
    """Anonymise one mentor (see :func:`anonymise_intern`)."""
    return _one(database, Mentor, "mentor", mentor_id, actor)


def anonymise_host_contact(
    database: Database, host_id: uuid.UUID, *, actor: str | None = None
) -> bool:
    """Empty the contact person of one host (see :func:`anonymise_intern`)."""
    return _one(database, Host, "host", host_id, actor)


# --- retention ----------------------------------------------------------------------


def retention_cutoff(today: date, years: int) -> date:
    """The day *years* before *today* (28 February for 29 February in a common year)."""
    try:
        return today.replace(year=today.year - years)
    except ValueError:
        return today.replace(year=today.year - years, day=28)


@dataclass(frozen=True)
class RetentionPlan:
    """The records :func:`apply_retention` anonymises on a given day."""

    cutoff: date
    interns: list[uuid.UUID] = field(default_factory=list)
    mentors: list[uuid.UUID] = field(default_factory=list)
    hosts: list[uuid.UUID] = field(default_factory=list)
    #: False when another program's reading kept the old values in the write-ahead log.
    log_cleared: bool = True

    @property
    def total(self) -> int:
        return len(self.interns) + len(self.mentors) + len(self.hosts)


def _last_ends(session: Session, column: Any) -> dict[uuid.UUID, date]:
    rows = session.execute(
        select(column, Internship.actual_end_date, Internship.planned_end_date).where(
            Internship.deleted_at.is_(None)
        )
    )
    last: dict[uuid.UUID, date] = {}
    for owner, actual, planned in rows:
        end = actual or planned
        if owner not in last or end > last[owner]:
            last[owner] = end
    return last


def _plan(session: Session, today: date) -> RetentionPlan:
    cutoff = retention_cutoff(today, get_rules(session).retention_years)
    cutoff_at = datetime.combine(cutoff, time.min)
    plan = RetentionPlan(cutoff)

    intern_ends = _last_ends(session, Internship.intern_id)
    interns = session.execute(
        select(
            Intern.id, Intern.first_name, Intern.last_name, Intern.registered_on, Intern.created_at
        )
    )
    for intern_id, first_name, last_name, registered_on, created_at in interns:
        if first_name == ANONYMISED and last_name == anonymised_name(intern_id):
            continue
        end = intern_ends.get(intern_id)
        if end is not None:
            expired = end < cutoff
        elif registered_on is not None:
            expired = registered_on < cutoff
        else:
            expired = created_at < cutoff_at
        if expired:
            plan.interns.append(intern_id)

    host_ends = _last_ends(session, Internship.host_id)
    expired_hosts: set[uuid.UUID] = set()
    hosts = session.execute(
        select(Host.id, Host.created_at, *(getattr(Host, name) for name in _HOST_CLEARED))
    )
    for host_id, created_at, *contact in hosts:
        end = host_ends.get(host_id)
        if created_at >= cutoff_at or (end is not None and end >= cutoff):
            continue
        expired_hosts.add(host_id)
        if any(value is not None for value in contact):
            plan.hosts.append(host_id)
    mentors = session.execute(
        select(Mentor.id, Mentor.host_id, Mentor.first_name, Mentor.last_name)
    )
    for mentor_id, host_id, first_name, last_name in mentors:
        if host_id not in expired_hosts:
            continue
        if first_name == ANONYMISED and last_name == anonymised_name(mentor_id):
            continue
        plan.mentors.append(mentor_id)
    return plan


def retention_plan(database: Database, *, today: date | None = None) -> RetentionPlan:
    """Interns, mentors and hosts whose retention period is over on *today* (default: today)."""
    with database.session_factory() as session:
        return _plan(session, today or date.today())


def retention_candidates(database: Database, *, today: date | None = None) -> list[uuid.UUID]:
    """Interns not yet anonymised whose retention period is over on *today*.

    Those whose last internship ended more than ``retention_years`` before
    *today*, or, without any internship, registered (else were created) more
    than that long ago. Exactly ``retention_years`` is not yet over.
    """
    return retention_plan(database, today=today).interns


def _chunks(ids: list[uuid.UUID], size: int = 500) -> Iterable[list[uuid.UUID]]:
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


def apply_retention(
    database: Database, *, today: date | None = None, actor: str | None = None
) -> int:
    """Anonymise everything :func:`retention_plan` names, in one transaction; how many records."""
    return anonymise_expired(database, today=today, actor=actor).total


def anonymise_expired(
    database: Database, *, today: date | None = None, actor: str | None = None
) -> RetentionPlan:
    """:func:`apply_retention`, returning the plan it carried out (what was anonymised)."""
    with database.unit_of_work(actor=actor) as uow:
        session = uow.session
        plan = _plan(session, today or date.today())
        # Copies kept aside before the retention period hold people to be forgotten too.
        removed = remove_copies_taken_before(database.path, plan.cutoff)
        if removed:
            log.info("Retention removed %d old copies of the database", len(removed))
        if not plan.total:
            return plan
        _prepare(session)
        for model, ids, anonymise in (
            (Intern, plan.interns, _anonymise_intern),
            (Mentor, plan.mentors, _anonymise_mentor),
            (Host, plan.hosts, _anonymise_host),
        ):
            for chunk in _chunks(ids):
                for record in session.scalars(select(model).where(model.id.in_(chunk))):
                    anonymise(session, uow.actor, record)  # type: ignore[arg-type]
        delete_drafts_of(session, [*plan.interns, *plan.mentors, *plan.hosts])
        _finish(session, bool(plan.interns))
        uow.commit()
    return dataclasses.replace(plan, log_cleared=_truncate_log(database))


def clear_log(database: Database) -> bool:
    """Try again to empty the write-ahead log after an erasure; True once it is empty."""
    return _truncate_log(database)
