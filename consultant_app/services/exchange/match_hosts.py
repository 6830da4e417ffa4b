"""Matching the hosts and mentors of an import's rows with the stored ones.

A host is matched by enterprise number; a mentor by full name among the host's
mentors, and created when unknown.
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from consultant_app.services.exchange.keys import name_key, search_key
from consultant_app.services.exchange.parse import ParsedRow, split_name
from consultant_app.services.exchange.planned import Planned, Resolution
from consultant_app.store.models import Host, Mentor

HOST_COLUMNS = (
    "name",
    "enterprise_number",
    "joint_committee",
    "joint_committee_other",
    "language_role",
)


class Hosts:
    """The live hosts by enterprise number, with their staff, and their mentors by name."""

    def __init__(self, session: Session, result: Resolution) -> None:
        self.result = result
        self.by_number: dict[str, Planned] = {}
        #: Full-time equivalents employed, by host (the quota rule needs them).
        self.fte: dict[uuid.UUID, float | None] = {}
        statement = (
            select(Host.id, *(getattr(Host, name) for name in HOST_COLUMNS))
            .add_columns(Host.municipality, Host.contact_email, Host.employees_fte)
            .where(Host.deleted_at.is_(None))
            .order_by(Host.created_at, Host.id)
        )
        for row in session.execute(statement):
            values = dict(zip(HOST_COLUMNS, row[1:-3], strict=True))
            extra = {"municipality": row[-3], "contact_email": row[-2]}
            host = Planned("host", row[0], values, dict(values), extra)
            self.fte[host.id] = None if row[-1] is None else float(row[-1])
            number = values["enterprise_number"]
            if number and number not in self.by_number:
                self.by_number[number] = host

        self.mentors: dict[tuple[uuid.UUID, str], Planned] = {}
        statement = (
            select(
                Mentor.id,
                Mentor.host_id,
                Mentor.first_name,
                Mentor.last_name,
                Mentor.email,
                Mentor.job_title,
            )
            .where(Mentor.deleted_at.is_(None))
            .order_by(Mentor.created_at, Mentor.id)
        )
        for mentor_id, host_id, first, last, email, title in session.execute(statement):
            values = {"host_id": host_id, "first_name": first, "last_name": last}
            key = (host_id, name_key(first, last))
            if key not in self.mentors:
                extra = {"email": email, "job_title": title}
                self.mentors[key] = Planned("mentor", mentor_id, values, dict(values), extra)

    def match(self, row: ParsedRow, index: int) -> Planned:
        """The host of *row*, stored or new, with the row's values."""
        wanted: dict[str, Any] = {
            "name": row.host_name,
            "enterprise_number": row.host_enterprise_number,
            "joint_committee": row.host_joint_committee,
            "joint_committee_other": row.host_joint_committee_other,
            "language_role": row.host_language,
        }
        host = self.by_number.get(row.host_enterprise_number)
        if host is None:
            host = Planned("host", uuid.uuid4(), None, wanted, line=row.line)
            self.by_number[row.host_enterprise_number] = host
        else:
            self.result.note_conflict(host, wanted, row.line, "host")
            host.desired.update(wanted)
        return self.result.use(host, index)

    def mentor(self, row: ParsedRow, host: Planned, index: int) -> Planned | None:
        """The mentor of *row* at *host*, stored or new; ``None`` when the cell is empty."""
        if row.mentor_name is None:
            return None
        key = (host.id, search_key(row.mentor_name))
        mentor = self.mentors.get(key)
        if mentor is None:
            first, last = split_name(row.mentor_name)
            values = {"host_id": host.id, "first_name": first, "last_name": last}
            mentor = Planned("mentor", uuid.uuid4(), None, values)
            self.mentors[key] = mentor
        return self.result.use(mentor, index)
