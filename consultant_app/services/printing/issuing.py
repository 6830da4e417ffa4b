"""The one issuing path: the internship printed for, the documents issued before, storing the PDF.

Every printed document of an internship (convention, amendment, roadmap
sheet) is kept as an :class:`~consultant_app.store.models.IssuedDocument`.
:func:`issue_document` finds the internship, lets a render function make the
PDF and stores it with :func:`store_issued`. The rule they share: the document
date is the day the first document of that internship, kind and version was
issued (in any language), and a stored document of the same language that is
byte for byte the same is reused instead of stored again.
"""

from __future__ import annotations

import contextlib
import hashlib
import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session, selectinload

from consultant_app.domain.enums import Language
from consultant_app.services.forms.parsing import RecordNotFound
from consultant_app.services.privacy.private_files import write_private_file
from consultant_app.store.database import Database
from consultant_app.store.models import Internship, IssuedDocument, utcnow

__all__ = [
    "PDF_MEDIA_TYPE",
    "AlreadyIssued",
    "InternshipNotFound",
    "IssuedFile",
    "Rendered",
    "already_issued",
    "document_content",
    "document_filename",
    "find_internship",
    "internship_loads",
    "issue_document",
    "issued_moment",
    "page_count",
    "store_issued",
]

PDF_MEDIA_TYPE = "application/pdf"

#: Characters kept as they are in a file name; anything else becomes "-".
_UNSAFE_FILENAME = re.compile(r"[^A-Za-z0-9._-]+")
#: A page object of a PDF (not the ``/Pages`` tree nodes).
_PDF_PAGE = re.compile(rb"/Type\s*/Page(?![A-Za-z])")


class InternshipNotFound(LookupError):
    """No live internship has the given reference or id."""

    def __init__(self, key: object) -> None:
        what = "id" if isinstance(key, uuid.UUID) else "reference"
        super().__init__(f"No internship with {what} {key}.")
        self.key = key


@dataclass(frozen=True)
class IssuedFile:
    """A printed document, as stored in the database."""

    document_id: uuid.UUID
    filename: str
    content: bytes
    sha256: str
    version: int
    language: str

    @property
    def pages(self) -> int:
        return page_count(self.content)


def page_count(content: bytes) -> int:
    """The number of pages of the PDF *content*."""
    return len(_PDF_PAGE.findall(content))


def document_filename(reference: str, middle: str, language: str) -> str:
    """``REFERENCE_MIDDLE_LANG.pdf``, the reference made safe for a file name."""
    safe = _UNSAFE_FILENAME.sub("-", reference).strip("-.") or "internship"
    return f"{safe}_{middle}_{language}.pdf"


def _local_date(moment: datetime) -> date:
    """The local calendar day of a stored moment (naive moments are UTC)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone().date()


def issued_moment(today: date | None) -> datetime:
    """The moment to store for a document issued *today* (the wall clock when not given)."""
    if today is None:
        return utcnow()
    return datetime.combine(today, time(12), tzinfo=UTC)


# --- what is issued already --------------------------------------------------------------


@dataclass
class AlreadyIssued:
    """What is already stored of one kind of document, for some internships."""

    #: ``(internship id, version)`` → the day the first such document was issued.
    first_day: dict[tuple[uuid.UUID, int], date]
    #: ``(internship id, language, version, sha256)`` → the stored document's id.
    same: dict[tuple[uuid.UUID, str, int, str], uuid.UUID]

    def day(self, internship_id: uuid.UUID, version: int, today: date | None) -> date:
        return self.first_day.get((internship_id, version)) or today or date.today()


def already_issued(session: Session, kind: str, condition: ColumnElement[bool]) -> AlreadyIssued:
    """The live documents of *kind* whose rows match *condition*."""
    rows = session.execute(
        select(
            IssuedDocument.id,
            IssuedDocument.internship_id,
            IssuedDocument.language,
            IssuedDocument.version,
            IssuedDocument.sha256,
            IssuedDocument.issued_at,
        ).where(IssuedDocument.deleted_at.is_(None), IssuedDocument.kind == kind, condition)
    )
    first: dict[tuple[uuid.UUID, int], datetime] = {}
    same: dict[tuple[uuid.UUID, str, int, str], uuid.UUID] = {}
    for document_id, internship_id, language, version, sha256, issued_at in rows:
        key = (internship_id, version)
        if key not in first or _aware(issued_at) < _aware(first[key]):
            first[key] = issued_at
        code = str(language.value).lower() if language is not None else ""
        same.setdefault((internship_id, code, version, sha256), document_id)
    return AlreadyIssued({key: _local_date(moment) for key, moment in first.items()}, same)


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


# --- storing -----------------------------------------------------------------------------


def store_issued(
    session: Session,
    issued: AlreadyIssued,
    *,
    internship_id: uuid.UUID,
    kind: str,
    language: str,
    version: int,
    filename: str,
    content: bytes,
    actor: str,
    issued_at: datetime,
) -> tuple[IssuedFile, bool]:
    """The issued file, stored unless the same document is stored already; and whether it is new."""
    sha256 = hashlib.sha256(content).hexdigest()
    key = (internship_id, language, version, sha256)
    existing = issued.same.get(key)
    if existing is not None:
        return IssuedFile(existing, filename, content, sha256, version, language), False
    document = IssuedDocument(
        id=uuid.uuid4(),
        internship_id=internship_id,
        kind=kind,
        language=Language(language.upper()),
        version=version,
        filename=filename,
        media_type=PDF_MEDIA_TYPE,
        sha256=sha256,
        content=content,
        issued_at=issued_at,
        issued_by=actor,
    )
    session.add(document)
    issued.same[key] = document.id
    issued.first_day.setdefault((internship_id, version), _local_date(issued_at))
    return IssuedFile(document.id, filename, content, sha256, version, language), True


def find_internship(session: Session, internship_id_or_reference: uuid.UUID | str) -> Internship:
    """The live internship with this id or reference (case-insensitive); else
    :class:`InternshipNotFound`."""
    key = internship_id_or_reference
    if isinstance(key, str):
        key = key.strip()
        with contextlib.suppress(ValueError):
            key = uuid.UUID(key)
    condition = (
        Internship.id == key
        if isinstance(key, uuid.UUID)
        else func.upper(Internship.reference) == key.upper()
    )
    internship = session.scalars(
        select(Internship)
        .where(Internship.deleted_at.is_(None), condition)
        .options(*internship_loads())
    ).first()
    if internship is None:
        raise InternshipNotFound(internship_id_or_reference)
    return internship


def internship_loads() -> tuple[Any, ...]:
    """The loader options for what a printed document reads of an internship."""
    return (
        selectinload(Internship.intern),
        selectinload(Internship.host),
        selectinload(Internship.mentor),
        selectinload(Internship.consultant),
        selectinload(Internship.function),
        selectinload(Internship.interruptions),
    )


#: What a document render gives: its language, version, file name and PDF content.
Rendered = tuple[str, int, str, bytes]


def issue_document(
    database: Database,
    internship_id_or_reference: uuid.UUID | str,
    kind: str,
    render: Callable[[Session, Internship, AlreadyIssued], Rendered],
    *,
    actor: str | None = None,
    today: date | None = None,
    output: Path | None = None,
) -> IssuedFile:
    """Render a document of *kind* for one internship and keep the PDF in the database.

    *render* gets the session, the internship and the documents of *kind* already
    issued for it. An identical document already stored (same internship,
    language and version) is reused. With *output*, the PDF is also written
    there, completely, before the document is recorded as issued: when the file
    cannot be written nothing is recorded (and nothing is left at *output*).
    Raises :class:`InternshipNotFound` for an unknown reference,
    :class:`~consultant_app.services.privacy.private_files.FileNotWritten` and
    whatever *render* raises.
    """
    with database.unit_of_work(actor=actor) as uow:
        session = uow.session
        internship = find_internship(session, internship_id_or_reference)
        issued = already_issued(session, kind, IssuedDocument.internship_id == internship.id)
        language, version, filename, content = render(session, internship, issued)
        result, new = store_issued(
            session,
            issued,
            internship_id=internship.id,
            kind=kind,
            language=language,
            version=version,
            filename=filename,
            content=content,
            actor=uow.actor,
            issued_at=issued_moment(today),
        )
        if output is not None:
            write_private_file(output, result.content)
        if new:
            uow.commit()
    return result


def document_content(database: Database, document_id: uuid.UUID) -> tuple[str, str, bytes]:
    """``(filename, media type, content)`` of a stored document; :class:`RecordNotFound` if none."""
    with database.unit_of_work() as uow:
        columns = (IssuedDocument.filename, IssuedDocument.media_type, IssuedDocument.content)
        row = uow.session.execute(
            select(*columns).where(
                IssuedDocument.id == document_id, IssuedDocument.deleted_at.is_(None)
            )
        ).first()
    if row is None:
        raise RecordNotFound("issued document", document_id)
    return row[0], row[1], row[2]
