"""Printed conventions and amendments: rendered and kept in the database, one or a year at once.

:func:`issue_convention` and :func:`issue_amendment` render one document and
store it as an :class:`~consultant_app.store.models.IssuedDocument` through
the issuing path of :mod:`consultant_app.services.printing.issuing`;
:func:`issue_conventions_of_year` does a whole year in one transaction. The
data they print comes from :mod:`consultant_app.services.printing.convention_data`.

Printing the same version twice gives the same text: the document date is the
day the first document of that internship, kind and version was issued (in any
language). When the stored document of that language is byte for byte the
same, it is reused instead of stored again.
"""

from __future__ import annotations

import multiprocessing
import os
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, select
from sqlalchemy.orm import Session

from consultant_app.documents.data import AmendmentData, ConventionData
from consultant_app.domain.enums import InternshipStatus
from consultant_app.services.printing.convention_data import (
    AMENDMENT_KIND,
    CONVENTION_KIND,
    amendment_data,
    build_convention,
    convention_data,
    read_roadmaps,
)
from consultant_app.services.printing.document_data import (
    convention_language,
    document_language,
    read_identity,
)
from consultant_app.services.printing.issuing import (
    AlreadyIssued,
    InternshipNotFound,
    IssuedFile,
    Rendered,
    already_issued,
    document_content,
    document_filename,
    find_internship,
    internship_loads,
    issue_document,
    issued_moment,
    page_count,
    store_issued,
)
from consultant_app.services.printing.snapshots import (
    find_snapshot,
    from_plain,
    is_frozen,
    printed_convention,
    record_issue,
    snapshot_languages,
    take_snapshot,
)
from consultant_app.services.privacy.private_files import write_private_file, write_private_files
from consultant_app.store.database import Database
from consultant_app.store.models import ConventionSnapshot, Internship, IssuedDocument

# The command line and the window print through this module, so it also offers what
# they use of the issuing path, the convention's data and the private files.
__all__ = [
    "AmendmentNotFound",
    "InternshipNotFound",
    "IssuedFile",
    "amendment_filename",
    "convention_data",
    "convention_filename",
    "document_content",
    "issue_amendment",
    "issue_convention",
    "issue_conventions_of_year",
    "page_count",
    "write_private_file",
]

#: A batch is rendered by helper processes when each would have at least this many documents.
_DOCUMENTS_PER_HELPER = 8
_MAX_HELPERS = 8


class AmendmentNotFound(LookupError):
    """The internship has no (live) amendment with the given version."""

    def __init__(self, reference: str, version: int, existing: Iterable[int]) -> None:
        known = ", ".join(str(v) for v in existing)
        detail = f"its amendments: {known}" if known else "it has none"
        super().__init__(f"Internship {reference} has no amendment {version} ({detail}).")
        self.reference = reference
        self.version = version


def convention_filename(reference: str, version: int, language: str) -> str:
    """``SM-2026-014_v1_nl.pdf``."""
    return document_filename(reference, f"v{version}", language)


def amendment_filename(reference: str, version: int, language: str) -> str:
    """``SM-2026-014_amendment2_fr.pdf``."""
    return document_filename(reference, f"amendment{version}", language)


# --- rendering ---------------------------------------------------------------------------


def _render_convention(data: ConventionData) -> bytes:
    from consultant_app.documents.convention import render_convention  # reportlab: load late

    return render_convention(data)


def _render_conventions(documents: Sequence[ConventionData]) -> Iterator[bytes]:
    """The PDF of each of *documents*, in order; rendered by helper processes when worth it.

    Rendering is pure computation, so a batch is spread over the processors of
    the machine. The helpers are forked (they never touch the database); where
    forking is not safe (see :func:`can_fork`) or the batch is small, the
    documents are rendered here. The bytes are the same either way.
    """
    from consultant_app.documents.convention import render_convention  # reportlab: load late

    workers = min(len(documents) // _DOCUMENTS_PER_HELPER, _processors(), _MAX_HELPERS)
    from consultant_app.processes import can_fork

    if workers < 2 or not can_fork():
        for data in documents:
            yield render_convention(data)
        return
    done = 0
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("fork"))
    try:
        chunk = max(1, len(documents) // (workers * 4))
        for content in pool.map(render_convention, documents, chunksize=chunk):
            yield content
            done += 1
    except BrokenProcessPool:
        pass  # a helper died (killed, out of memory): render the rest here
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
    for data in documents[done:]:
        yield render_convention(data)


def _processors() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def _render_amendment(data: AmendmentData) -> bytes:
    from consultant_app.documents.amendment import render_amendment  # reportlab: load late

    return render_amendment(data)


# --- issuing -----------------------------------------------------------------------------


def issue_convention(
    database: Database,
    internship_id_or_reference: uuid.UUID | str,
    *,
    language: str | None = None,
    actor: str | None = None,
    today: date | None = None,
    output: Path | None = None,
) -> IssuedFile:
    """Print the current version of the convention and keep the PDF in the database.

    *language* defaults to the convention language. An identical document
    already stored (same internship, language and version) is reused.
    Raises :class:`InternshipNotFound` for an unknown reference.
    """

    _freeze(database, internship_id_or_reference, actor=actor, today=today)
    printed: list[uuid.UUID] = []

    def render(session: Session, internship: Internship, issued: AlreadyIssued) -> Rendered:
        code = document_language(language or convention_language(internship))
        version = internship.convention_version
        data, _snapshot = printed_convention(
            session, internship, code, issued_on=issued.day(internship.id, version, today)
        )
        printed.append(internship.id)
        filename = convention_filename(internship.reference, version, code)
        return code, version, filename, _render_convention(data)

    result = issue_document(
        database,
        internship_id_or_reference,
        CONVENTION_KIND,
        render,
        actor=actor,
        today=today,
        output=output,
    )
    _record_issue(database, printed[0], result, issued_moment(today), actor)
    return result


def _freeze(
    database: Database, key: uuid.UUID | str, *, actor: str | None, today: date | None
) -> None:
    """Take the snapshot of a frozen convention that has none yet (signed before snapshots)."""
    with database.unit_of_work(actor=actor) as uow:
        session = uow.session
        internship = find_internship(session, key)
        if not is_frozen(internship):
            return
        if find_snapshot(session, internship.id, internship.convention_version) is None:
            take_snapshot(session, internship, today=today)
            uow.commit()


def _record_issue(
    database: Database,
    internship_id: uuid.UUID,
    result: IssuedFile,
    issued_at: datetime,
    actor: str | None,
) -> None:
    """Keep the SHA-256 of the first PDF issued from the version's snapshot."""
    with database.unit_of_work(actor=actor) as uow:
        snapshot = find_snapshot(uow.session, internship_id, result.version)
        if snapshot is not None and record_issue(
            snapshot, result.language, result.sha256, issued_at
        ):
            uow.commit()


def issue_amendment(
    database: Database,
    internship_id_or_reference: uuid.UUID | str,
    version: int,
    *,
    language: str | None = None,
    actor: str | None = None,
    today: date | None = None,
    output: Path | None = None,
) -> IssuedFile:
    """Print amendment *version* of an internship and keep the PDF in the database.

    Raises :class:`InternshipNotFound` or :class:`AmendmentNotFound`.
    """

    def render(session: Session, internship: Internship, _issued: AlreadyIssued) -> Rendered:
        live = [a for a in internship.amendments if a.deleted_at is None]
        amendment = next((a for a in live if a.version == version), None)
        if amendment is None:
            raise AmendmentNotFound(internship.reference, version, (a.version for a in live))
        code = document_language(language or convention_language(internship))
        data = amendment_data(session, internship, amendment, code, today=today)
        snapshot = find_snapshot(session, internship.id, version)
        if snapshot is not None:  # the convention as this version froze it
            frozen = from_plain(snapshot_languages(snapshot)[code])
            data = replace(data, convention=replace(frozen, issued_on=data.convention.issued_on))
        filename = amendment_filename(internship.reference, version, code)
        return code, version, filename, _render_amendment(data)

    _freeze(database, internship_id_or_reference, actor=actor, today=today)
    return issue_document(
        database,
        internship_id_or_reference,
        AMENDMENT_KIND,
        render,
        actor=actor,
        today=today,
        output=output,
    )


def _of_year(year: int) -> ColumnElement[bool]:
    return and_(
        Internship.deleted_at.is_(None),
        Internship.status != InternshipStatus.CANCELLED,
        Internship.start_date >= date(year, 1, 1),
        Internship.start_date <= date(year, 12, 31),
    )


def issue_conventions_of_year(
    database: Database,
    year: int,
    directory: Path,
    *,
    language: str | None = None,
    actor: str | None = None,
    today: date | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> list[Path]:
    """Print the convention of every live, non-cancelled internship starting in *year*.

    Each PDF is written into *directory* (created when missing) as
    ``REFERENCE_vN_LANG.pdf`` and kept in the database, all in one transaction.
    *language* defaults to each convention's language. Returns the files written,
    in the order of the references. When a file cannot be written, none is
    written or recorded (:class:`~consultant_app.services.privacy.private_files.FileNotWritten`).
    *progress* is called with (done, total) after each convention is printed.
    """
    if language is not None:
        language = document_language(language)
    directory = Path(directory)
    written: list[Path] = []
    contents: list[tuple[Path, bytes]] = []
    with database.unit_of_work(actor=actor) as uow:
        session = uow.session
        condition = _of_year(year)
        internships = session.scalars(
            select(Internship)
            .where(condition)
            .options(*internship_loads())
            .order_by(Internship.reference)
        ).all()
        if not internships:
            return written
        directory.mkdir(parents=True, exist_ok=True)
        ids = select(Internship.id).where(condition)
        roadmap = read_roadmaps(session, ids)
        issued = already_issued(session, CONVENTION_KIND, IssuedDocument.internship_id.in_(ids))
        identity = read_identity(session)
        issued_at = issued_moment(today)
        snapshots = _snapshots(session, ids)
        documents = []
        for internship in internships:
            code = language or convention_language(internship)
            day = issued.day(internship.id, internship.convention_version, today)
            key = (internship.id, internship.convention_version)
            if key not in snapshots and is_frozen(internship):
                snapshots[key] = take_snapshot(
                    session, internship, identity=identity, roadmap=roadmap, issued_on=day
                )
            snapshot = snapshots.get(key)
            if snapshot is None or internship.status is InternshipStatus.DRAFT:
                documents.append(build_convention(internship, code, day, identity, roadmap))
            else:
                documents.append(from_plain(snapshot_languages(snapshot)[code]))
        for internship, data, content in zip(
            internships, documents, _render_conventions(documents), strict=True
        ):
            result, _new = store_issued(
                session,
                issued,
                internship_id=internship.id,
                kind=CONVENTION_KIND,
                language=data.language,
                version=data.version,
                filename=convention_filename(internship.reference, data.version, data.language),
                content=content,
                actor=uow.actor,
                issued_at=issued_at,
            )
            snapshot = snapshots.get((internship.id, data.version))
            if snapshot is not None:
                record_issue(snapshot, result.language, result.sha256, issued_at)
            path = directory / result.filename
            contents.append((path, result.content))
            written.append(path)
            if progress is not None:
                progress(len(written), len(internships))
        write_private_files(contents)  # every file complete before any is recorded
        uow.commit()
    return written


def _snapshots(
    session: Session, ids: Select[Any]
) -> dict[tuple[uuid.UUID, int], ConventionSnapshot]:
    """The snapshots of the current convention versions of the internships *ids* selects."""
    rows = session.scalars(
        select(ConventionSnapshot)
        .join(Internship, Internship.id == ConventionSnapshot.internship_id)
        .where(
            ConventionSnapshot.internship_id.in_(ids),
            ConventionSnapshot.version == Internship.convention_version,
        )
    )
    return {(row.internship_id, row.version): row for row in rows}
