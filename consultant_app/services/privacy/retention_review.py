"""Who the retention rule would anonymise on a day, and why: what the window asks about."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from enum import Enum

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from consultant_app.services.privacy.anonymise import retention_plan
from consultant_app.store.database import Database
from consultant_app.store.models import Host, Intern, Internship, Mentor

__all__ = ["Kind", "Reason", "RetentionCandidate", "RetentionReview", "review_plan"]


class Kind(Enum):
    INTERN = "intern"
    MENTOR = "mentor"
    HOST = "host"


class Reason(Enum):
    """Why someone is past the retention period (the day it refers to is ``since``)."""

    #: Their (or their host's) last internship ended on ``since``.
    LAST_INTERNSHIP = "last_internship"
    #: No internship; registered on ``since``.
    REGISTERED = "registered"
    #: No internship and no registration date; entered on ``since``.
    CREATED = "created"


@dataclass(frozen=True)
class RetentionCandidate:
    kind: Kind
    id: uuid.UUID
    #: The person's name (a host contact: the contact's name, else the host's).
    name: str
    #: For a mentor or a host contact: the host's name; else "".
    host: str
    reason: Reason
    since: date


@dataclass(frozen=True)
class RetentionReview:
    """Who would be anonymised on ``ran_on``: retention ended before ``cutoff``."""

    ran_on: date
    cutoff: date
    people: tuple[RetentionCandidate, ...] = ()

    @property
    def total(self) -> int:
        return len(self.people)

    def of(self, kind: Kind) -> tuple[RetentionCandidate, ...]:
        return tuple(person for person in self.people if person.kind is kind)

    @property
    def ids(self) -> frozenset[uuid.UUID]:
        return frozenset(person.id for person in self.people)


def _last_end(session: Session, column: object, ids: list[uuid.UUID]) -> dict[uuid.UUID, date]:
    end = func.coalesce(Internship.actual_end_date, Internship.planned_end_date)
    rows = session.execute(
        select(column, func.max(end))
        .where(Internship.deleted_at.is_(None), column.in_(ids))  # type: ignore[attr-defined]
        .group_by(column)
    )
    return {owner: _as_date(last) for owner, last in rows if last is not None}


def _as_date(value: date | str) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


def _reason(last: date | None, registered: date | None, created: date) -> tuple[Reason, date]:
    if last is not None:
        return Reason.LAST_INTERNSHIP, last
    if registered is not None:
        return Reason.REGISTERED, registered
    return Reason.CREATED, created


def _interns(session: Session, ids: list[uuid.UUID]) -> list[RetentionCandidate]:
    ends = _last_end(session, Internship.intern_id, ids)
    people = []
    for intern in session.scalars(select(Intern).where(Intern.id.in_(ids))):
        reason, since = _reason(ends.get(intern.id), intern.registered_on, intern.created_at.date())
        name = f"{intern.last_name} {intern.first_name}"
        people.append(RetentionCandidate(Kind.INTERN, intern.id, name, "", reason, since))
    return people


def _of_hosts(
    session: Session, mentor_ids: list[uuid.UUID], host_ids: list[uuid.UUID]
) -> list[RetentionCandidate]:
    mentors = list(session.scalars(select(Mentor).where(Mentor.id.in_(mentor_ids))))
    all_hosts = {*host_ids, *(mentor.host_id for mentor in mentors)}
    hosts = {host.id: host for host in session.scalars(select(Host).where(Host.id.in_(all_hosts)))}
    ends = _last_end(session, Internship.host_id, list(all_hosts))

    def why(host_id: uuid.UUID) -> tuple[Reason, date]:
        return _reason(ends.get(host_id), None, hosts[host_id].created_at.date())

    people = []
    for mentor in mentors:
        name = f"{mentor.last_name} {mentor.first_name}"
        host = hosts[mentor.host_id].name
        people.append(RetentionCandidate(Kind.MENTOR, mentor.id, name, host, *why(mentor.host_id)))
    for host_id in host_ids:
        host = hosts[host_id]
        name = host.contact_name or host.represented_by or host.name
        people.append(RetentionCandidate(Kind.HOST, host_id, name, host.name, *why(host_id)))
    return people


def review_plan(database: Database, today: date) -> RetentionReview:
    """Who :func:`~consultant_app.services.privacy.anonymise.apply_retention` would
    anonymise on *today*, with the reason; changes nothing."""
    plan = retention_plan(database, today=today)
    with database.session_factory() as session:
        people = _interns(session, plan.interns) + _of_hosts(session, plan.mentors, plan.hosts)
    people.sort(key=lambda person: (person.kind is not Kind.INTERN, person.since, person.name))
    return RetentionReview(today, plan.cutoff, tuple(people))
