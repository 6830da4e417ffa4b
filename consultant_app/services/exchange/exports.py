"""Export interns, hosts, mentors or internships to a CSV file.

Every file starts with the record's ``id``, the id ``consultant-app edit`` and
``anonymise`` take. The internships file then has exactly the columns the import
reads (:data:`~consultant_app.services.exchange.parse.IMPORT_COLUMNS`), so that it
can be imported again (the import matches internships by reference and ignores the
``id``): a completed internship's end date is the day it actually
ended, a terminated one's last day is in ``terminated_on``, the function is
named in English and its cluster by code. Interruptions are not part of the
format. The interns and hosts files use the import's ``intern_*`` and
``host_*`` names for their columns; the mentors file names each mentor's host by
``host_name`` and ``host_enterprise_number``, then the mentor's fields.

Only live (not deleted) records are written. Files are UTF-8 without byte
order mark, comma-separated, written atomically and readable by their owner
only: they hold personal data.

No cell is ever read as a formula by a spreadsheet: a text starting with ``=``,
``+``, ``-``, ``@``, a tab or a carriage return (a host named ``=HYPERLINK(...)``,
a function ``-2+3+cmd``) is written with an apostrophe in front, as OWASP
recommends (:func:`~consultant_app.domain.text.inert_cell`; the import takes the
apostrophe away again, so an exported file imports unchanged). Numbers the app
formats are left as they are (a plain number is never a formula) and phone
numbers are written with ``00`` for the ``+`` of the calling code
(``0032 2 123 45 67``, :func:`~consultant_app.domain.text.inert_phone`), which
spreadsheets keep as text and phones dial the same.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import aliased

from consultant_app.domain.enums import InternshipStatus, JointCommittee
from consultant_app.domain.identifiers import display_enterprise_number, display_niss
from consultant_app.domain.text import inert_cell, inert_phone
from consultant_app.services.exchange.parse import IMPORT_COLUMNS
from consultant_app.services.forms.fields import INTERN_FIELDS
from consultant_app.services.forms.parsing import format_value
from consultant_app.services.people.hosts import MENTOR_FIELDS
from consultant_app.services.privacy.private_files import write_private_file
from consultant_app.store.database import Database
from consultant_app.store.models import (
    Cluster,
    Consultant,
    Function,
    Host,
    Intern,
    Internship,
    Mentor,
)

EXPORT_KINDS: tuple[str, ...] = ("interns", "hosts", "mentors", "internships")

#: The intern form's fields, without the two that do not travel in a file.
_INTERN_FIELDS: tuple[str, ...] = tuple(
    name for name in INTERN_FIELDS if name not in ("wished_functions", "interests")
)
INTERN_COLUMNS: tuple[str, ...] = ("id", *(f"intern_{name}" for name in _INTERN_FIELDS))

_HOST_FIELDS: tuple[str, ...] = (
    "name",
    "enterprise_number",
    "joint_committee",
    "language_role",
    "legal_form",
    "street",
    "house_number",
    "box",
    "postcode",
    "municipality",
    "website",
    "employees_fte",
    "contact_name",
    "contact_email",
    "contact_phone",
    "represented_by",
)
#: ``language_role`` is written as ``host_language``, as the import names it.
HOST_COLUMNS: tuple[str, ...] = (
    "id",
    *("host_language" if name == "language_role" else f"host_{name}" for name in _HOST_FIELDS),
)
MENTOR_COLUMNS: tuple[str, ...] = (
    "id",
    "host_name",
    "host_enterprise_number",
    *(name if name.startswith("mentor_") else f"mentor_{name}" for name in MENTOR_FIELDS),
)
INTERNSHIP_COLUMNS: tuple[str, ...] = ("id", *IMPORT_COLUMNS)


def _committee(committee: JointCommittee | None, other: str | None) -> str:
    if committee is JointCommittee.OTHER:
        return other or committee.value
    return format_value(committee)


def _full_name(first: str | None, last: str | None) -> str:
    return " ".join(part for part in (first, last) if part)


def _intern_rows(database: Database) -> Iterable[list[str]]:
    columns = [getattr(Intern, name) for name in _INTERN_FIELDS]
    statement = (
        select(Intern.id, *columns)
        .where(Intern.deleted_at.is_(None))
        .order_by(Intern.last_name, Intern.first_name, Intern.birth_date, Intern.id)
    )
    niss_at = 1 + _INTERN_FIELDS.index("national_number")
    with database.unit_of_work() as uow:
        for row in uow.session.execute(statement):
            cells = [format_value(value) for value in row]
            cells[niss_at] = display_niss(row[niss_at])
            yield cells


def _host_rows(database: Database) -> Iterable[list[str]]:
    fields = list(_HOST_FIELDS)
    statement = (
        select(Host.id, *(getattr(Host, name) for name in fields), Host.joint_committee_other)
        .where(Host.deleted_at.is_(None))
        .order_by(Host.name, Host.id)
    )
    number_at = 1 + fields.index("enterprise_number")
    committee_at = 1 + fields.index("joint_committee")
    with database.unit_of_work() as uow:
        for row in uow.session.execute(statement):
            cells = [format_value(value) for value in row[:-1]]
            cells[number_at] = display_enterprise_number(row[number_at])
            cells[committee_at] = _committee(row[committee_at], row[-1])
            yield cells


def _mentor_rows(database: Database) -> Iterable[list[str]]:
    statement = (
        select(
            Mentor.id,
            Host.name,
            Host.enterprise_number,
            *(getattr(Mentor, name) for name in MENTOR_FIELDS),
        )
        .join(Host, Host.id == Mentor.host_id)
        .where(Mentor.deleted_at.is_(None), Host.deleted_at.is_(None))
        .order_by(Host.name, Mentor.last_name, Mentor.first_name, Mentor.id)
    )
    with database.unit_of_work() as uow:
        for row in uow.session.execute(statement):
            cells = [format_value(value) for value in row]
            cells[2] = display_enterprise_number(row[2])
            yield cells


def _internship_statement() -> Select[Any]:
    consultant = aliased(Consultant)
    mentor = aliased(Mentor)
    return (
        select(
            Internship.id,
            Internship.reference,
            Intern.first_name,
            Intern.last_name,
            Intern.birth_date,
            Intern.gender,
            Intern.language,
            Intern.national_number,
            Intern.email,
            Host.name,
            Host.enterprise_number,
            Host.joint_committee,
            Host.joint_committee_other,
            Host.language_role,
            Function.name_en,
            Cluster.code,
            mentor.first_name,
            mentor.last_name,
            consultant.first_name,
            consultant.last_name,
            Internship.status,
            Internship.start_date,
            Internship.planned_end_date,
            Internship.actual_end_date,
            Internship.convention_language,
        )
        .join(Intern, Intern.id == Internship.intern_id)
        .join(Host, Host.id == Internship.host_id)
        .join(Function, Function.id == Internship.function_id)
        .join(Cluster, Cluster.id == Function.cluster_id)
        .outerjoin(mentor, mentor.id == Internship.mentor_id)
        .outerjoin(consultant, consultant.id == Internship.consultant_id)
        .where(Internship.deleted_at.is_(None))
        .order_by(Internship.start_date, Internship.reference)
    )


def _internship_rows(database: Database) -> Iterable[list[str]]:
    with database.unit_of_work() as uow:
        for (
            internship_id,
            reference,
            first,
            last,
            birth,
            gender,
            language,
            niss,
            email,
            host_name,
            enterprise,
            committee,
            committee_other,
            role,
            function,
            cluster,
            mentor_first,
            mentor_last,
            consultant_first,
            consultant_last,
            status,
            start,
            planned_end,
            actual_end,
            convention_language,
        ) in uow.session.execute(_internship_statement()):
            end = planned_end
            terminated_on = None
            if status is InternshipStatus.COMPLETED and actual_end is not None:
                end = actual_end
            elif status is InternshipStatus.TERMINATED:
                terminated_on = actual_end
            values = {
                "id": internship_id,
                "reference": reference,
                "intern_first_name": first,
                "intern_last_name": last,
                "intern_birth_date": birth,
                "intern_gender": gender,
                "intern_language": language,
                "host_name": host_name,
                "host_enterprise_number": display_enterprise_number(enterprise),
                "host_joint_committee": _committee(committee, committee_other),
                "host_language": role,
                "function": function,
                "start_date": start,
                "end_date": end,
                "function_cluster": cluster,
                "intern_national_number": display_niss(niss),
                "intern_email": email,
                "mentor_name": _full_name(mentor_first, mentor_last),
                "consultant": _full_name(consultant_first, consultant_last),
                "status": status,
                "terminated_on": terminated_on,
                "convention_language": convention_language,
            }
            yield [format_value(values[name]) for name in INTERNSHIP_COLUMNS]


def _csv_bytes(
    header: Sequence[str], rows: Iterable[Sequence[str]], delimiter: str
) -> tuple[bytes, int]:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(header)
    inert = [inert_phone if name.endswith("phone") else inert_cell for name in header]
    count = 0
    for row in rows:
        writer.writerow([write(cell) for write, cell in zip(inert, row, strict=True)])
        count += 1
    return buffer.getvalue().encode("utf-8"), count


def export_csv(database: Database, kind: str, path: Path, *, delimiter: str = ",") -> int:
    """Write the live records of *kind* (:data:`EXPORT_KINDS`) to *path*;
    the number of rows written (the header not counted).

    Raises :class:`ValueError` for another *kind* or delimiter.
    """
    if delimiter not in (",", ";"):
        raise ValueError(f"The delimiter is a comma or a semicolon; got {delimiter!r}.")
    sources = {
        "interns": (INTERN_COLUMNS, _intern_rows),
        "hosts": (HOST_COLUMNS, _host_rows),
        "mentors": (MENTOR_COLUMNS, _mentor_rows),
        "internships": (INTERNSHIP_COLUMNS, _internship_rows),
    }
    if kind not in sources:
        raise ValueError(f"Export {', '.join(EXPORT_KINDS)}; not {kind!r}.")
    header, rows = sources[kind]
    content, count = _csv_bytes(header, rows(database), delimiter)
    write_private_file(Path(path), content)
    return count
