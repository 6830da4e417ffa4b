"""Right of access: everything the database holds about one intern, as JSON and as a PDF.

:func:`collect_subject_access` gathers, in one read, into plain JSON values
(text, numbers, booleans, ``None``; dates and times in ISO 8601, times in UTC):

* ``intern``: identity, contact data, job-seeker registration, education, the
  wished functions, the registration and consent dates, when the record was
  made, changed and (soft) deleted;
* ``eligibility``: the weeks of internship done and the verdict of the
  programme rules on the export day, with the reasons;
* ``internships``: every internship of the intern (deleted ones too, with their
  ``deleted_at``) with its host, mentor, consultant, function, dates, status and
  convention data, and its interruptions, signatures, amendments, rule
  overrides, workstation sheet and risks, tasks, competences, visits, follow-up
  log, evaluations with their scores, workplace evaluation, competence scans
  with their scores, and the list of issued documents (name, kind, language,
  version, date, size, SHA-256; never the file itself); read by
  :mod:`~consultant_app.services.privacy.subject_access_internships`;
* ``audit_trail``: every audit entry of the intern, its wished functions, its
  internships and their rows, newest first.

Of other people, only what the intern's own records show is included: the
names of the host, mentor, consultant and signatories, never their contact data.
The dict carries ``format``, ``version`` (:data:`FORMAT_VERSION`) and the export
date. :func:`export_subject_access` writes it as ``subject-access-<id>.json``
and as an A4 PDF in Dutch, French or English (``subject-access-<id>.pdf``),
both readable by their owner only.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from consultant_app.documents.data import DOCUMENT_LANGUAGES
from consultant_app.domain.eligibility import assess_eligibility
from consultant_app.domain.errors import InvalidValue
from consultant_app.domain.identifiers import parse_niss
from consultant_app.domain.workdays import weeks_from_days
from consultant_app.services.people.interns import counted_working_days
from consultant_app.services.printing.document_data import document_language, read_identity
from consultant_app.services.privacy.audit_history import internship_targets, read_entries
from consultant_app.services.privacy.plain_json import catalogue_name, plain_value
from consultant_app.services.privacy.private_files import write_private_file
from consultant_app.services.privacy.subject_access_internships import internship_export
from consultant_app.store.database import Database
from consultant_app.store.models import (
    Function,
    Intern,
    Internship,
    InternWishedFunction,
)
from consultant_app.store.settings import get_rules

__all__ = [
    "FORMAT",
    "FORMAT_VERSION",
    "InternNotFound",
    "SubjectAccessFiles",
    "collect_subject_access",
    "default_language",
    "export_subject_access",
    "find_intern",
    "render_subject_access_pdf",
    "subject_access_json",
    "subject_access_paths",
]

#: ``format`` of the exported dict, and its ``version`` (raised when its shape changes).
FORMAT = "consultant-app/subject-access"
FORMAT_VERSION = 1


class InternNotFound(LookupError):
    """No intern has the id or national register number given."""

    def __init__(self, key: str, detail: str = "") -> None:
        super().__init__(
            detail or f"There is no intern with the id or national register number {key!r}."
        )
        self.key = key


# --- finding the intern --------------------------------------------------------------


def find_intern(database: Database, key: str) -> uuid.UUID:
    """The id of the intern whose id (a UUID) or national register number is *key*.

    Deleted and anonymised interns are found by their id too. Raises
    :class:`InternNotFound` when there is none, or when several interns share
    the national number (give the id then).
    """
    text = key.strip()
    with database.session_factory() as session:
        try:
            record_id = uuid.UUID(text)
        except ValueError:
            record_id = None
        if record_id is not None:
            if session.get(Intern, record_id) is None:
                raise InternNotFound(key)
            return record_id
        try:
            digits = parse_niss(text)
        except InvalidValue:
            raise InternNotFound(
                key,
                f"{key!r} is neither an intern's id nor a national register number.",
            ) from None
        found = session.scalars(
            select(Intern.id).where(Intern.national_number == digits).order_by(Intern.created_at)
        ).all()
    if not found:
        raise InternNotFound(key)
    if len(found) > 1:
        ids = ", ".join(str(intern_id) for intern_id in found)
        raise InternNotFound(
            key, f"Several interns have the national register number {key!r}: give the id ({ids})."
        )
    return found[0]


# --- the intern ----------------------------------------------------------------------


def _intern(session: Session, intern: Intern, language: str) -> dict[str, Any]:
    wished = session.execute(
        select(Function, InternWishedFunction.deleted_at)
        .join(InternWishedFunction, InternWishedFunction.function_id == Function.id)
        .where(InternWishedFunction.intern_id == intern.id)
        .order_by(Function.code)
    ).all()
    return {
        "id": str(intern.id),
        "identity": {
            name: plain_value(getattr(intern, name))
            for name in (
                "first_name",
                "last_name",
                "birth_date",
                "gender",
                "language",
                "national_number",
            )
        },
        "contact": {
            name: plain_value(getattr(intern, name))
            for name in (
                "email",
                "phone",
                "street",
                "house_number",
                "box",
                "postcode",
                "municipality",
            )
        },
        "job_seeker": {
            "agency": plain_value(intern.jobseeker_agency),
            "number": intern.jobseeker_number,
            "since": plain_value(intern.jobseeker_since),
        },
        "education": {"diploma": intern.diploma, "school": intern.school},
        "with_the_fund": {
            "wished_functions": [
                {
                    "code": function.code,
                    "name": catalogue_name(function, language),
                    "deleted_at": plain_value(deleted_at),
                }
                for function, deleted_at in wished
            ],
            "interests": intern.interests,
            "registered_on": plain_value(intern.registered_on),
            "consent_on": plain_value(intern.consent_on),
        },
        "record": {
            "created_at": plain_value(intern.created_at),
            "updated_at": plain_value(intern.updated_at),
            "deleted_at": plain_value(intern.deleted_at),
        },
    }


def _eligibility(session: Session, intern: Intern, on: date) -> dict[str, Any]:
    days = counted_working_days(session, Internship.intern_id == intern.id)
    weeks = weeks_from_days(days)
    verdict = assess_eligibility(
        birth_date=intern.birth_date,
        on=on,
        jobseeker_agency=intern.jobseeker_agency.value if intern.jobseeker_agency else None,
        weeks_done=weeks,
        rules=get_rules(session),
    )
    return {
        "on": on.isoformat(),
        "working_days_done": days,
        "weeks_done": weeks,
        "eligible": verdict.eligible,
        "reasons": [
            {
                "rule": reason.code,
                "ok": reason.ok,
                "message": reason.message,
                "params": {key: plain_value(value) for key, value in reason.params.items()},
            }
            for reason in verdict.reasons
        ],
    }


# --- the whole export ----------------------------------------------------------------


def default_language(database: Database, intern_id: uuid.UUID) -> str:
    """The intern's own language when a document can be printed in it, else English."""
    with database.session_factory() as session:
        intern = session.get(Intern, intern_id)
        if intern is None:
            raise InternNotFound(str(intern_id))
        code = str(intern.language.value).lower()
    return code if code in DOCUMENT_LANGUAGES else "en"


def _language(language: str) -> str:
    return document_language(language, what="Exports are written")


def _collect(
    session: Session, intern_id: uuid.UUID, language: str, today: date, now: datetime
) -> dict[str, Any]:
    intern = session.get(Intern, intern_id)
    if intern is None:
        raise InternNotFound(str(intern_id))
    internships = session.scalars(
        select(Internship)
        .where(Internship.intern_id == intern_id)
        .order_by(Internship.start_date, Internship.reference)
    ).all()
    targets = [
        ("intern", [intern_id]),
        (
            "intern_wished_function",
            select(InternWishedFunction.id).where(InternWishedFunction.intern_id == intern_id),
        ),
        *internship_targets(select(Internship.id).where(Internship.intern_id == intern_id)),
    ]
    audit, _total = read_entries(
        session, targets, limit=None, root=("intern", intern_id), language=language
    )
    return {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "export_date": today.isoformat(),
        "exported_at": plain_value(now),
        "language": language,
        "intern": _intern(session, intern, language),
        "eligibility": _eligibility(session, intern, today),
        "internships": [internship_export(session, item, language) for item in internships],
        "audit_trail": [entry.as_dict() for entry in audit],
    }


def collect_subject_access(
    database: Database,
    intern_id: uuid.UUID,
    *,
    language: str = "en",
    today: date | None = None,
    now: datetime | None = None,
) -> dict[str, Any]:
    """Everything held about the intern *intern_id*, as a JSON-serialisable dict.

    Catalogue names (functions, clusters) are given in *language*. *today* is
    the export date (the day the eligibility is judged on) and *now* the
    export time; both default to the clock. Raises :class:`InternNotFound`.
    """
    code = _language(language)
    now = now or datetime.now(UTC)
    with database.session_factory() as session:
        return _collect(session, intern_id, code, today or now.date(), now)


def subject_access_json(data: dict[str, Any]) -> bytes:
    """The export as UTF-8 JSON text, indented, ending with a new line."""
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def subject_access_paths(folder: Path, intern_id: uuid.UUID) -> tuple[Path, Path]:
    """``FOLDER/subject-access-<first 8 hex digits of the id>.json`` and ``.pdf``."""
    stem = f"subject-access-{intern_id.hex[:8]}"
    return folder / f"{stem}.json", folder / f"{stem}.pdf"


def render_subject_access_pdf(database: Database, data: dict[str, Any]) -> bytes:
    """The PDF of an export made by :func:`collect_subject_access`, in its language."""
    from consultant_app.documents.subject_access import render_subject_access

    with database.session_factory() as session:
        fund = read_identity(session).fund
    return render_subject_access(data, fund)


@dataclass(frozen=True)
class SubjectAccessFiles:
    """The two files :func:`export_subject_access` wrote."""

    json_path: Path
    pdf_path: Path


def export_subject_access(
    database: Database,
    intern_id: uuid.UUID,
    folder: Path | str,
    *,
    language: str | None = None,
    today: date | None = None,
    now: datetime | None = None,
) -> SubjectAccessFiles:
    """Write everything held about *intern_id* into *folder* as JSON and as a PDF.

    The PDF is in *language* (``nl``, ``fr``, ``en``; by default the intern's
    own language, else English). Both files are made before either is
    written; each is written atomically, readable by its owner only, and
    replaces an earlier export of the same intern. Raises
    :class:`InternNotFound`, and :class:`OSError` when the folder cannot be
    written.
    """
    folder = Path(folder)
    code = _language(language) if language else default_language(database, intern_id)
    data = collect_subject_access(database, intern_id, language=code, today=today, now=now)
    content_json = subject_access_json(data)
    content_pdf = render_subject_access_pdf(database, data)
    json_path, pdf_path = subject_access_paths(folder, intern_id)
    write_private_file(json_path, content_json)
    write_private_file(pdf_path, content_pdf)
    return SubjectAccessFiles(json_path, pdf_path)
