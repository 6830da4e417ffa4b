"""Everything an internship's screen shows, read in one unit of work."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from consultant_app.domain.enums import InternshipStatus, InterruptionKind, Language, SignatoryParty
from consultant_app.domain.lifecycle import allowed_targets, is_frozen
from consultant_app.domain.period import Period
from consultant_app.domain.workdays import weeks_from_days, working_days
from consultant_app.services.internships.form import live_internship, read_schedule
from consultant_app.services.internships.rules import RuleLine, internship_lines
from consultant_app.store.database import Database
from consultant_app.store.models import (
    Amendment,
    Internship,
    Interruption,
    IssuedDocument,
    Signature,
)


@dataclass(frozen=True)
class SignatureLine:
    id: uuid.UUID
    party: SignatoryParty
    signer_name: str
    signed_on: date
    place: str | None
    version: int


@dataclass(frozen=True)
class InterruptionLine:
    """An interruption; ``days`` are its working days inside the internship."""

    id: uuid.UUID
    kind: InterruptionKind
    start_date: date
    end_date: date
    note: str | None
    days: int


@dataclass(frozen=True)
class AmendmentLine:
    """An amendment; ``changes`` are ``(field, old text, new text)``."""

    version: int
    decided_on: date
    changes: tuple[tuple[str, str, str], ...]
    reason: str | None


@dataclass(frozen=True)
class DocumentLine:
    """A printed document or a received scan of the internship (without its content)."""

    id: uuid.UUID
    kind: str
    language: str | None
    version: int
    filename: str
    media_type: str
    issued_at: datetime
    sha256: str


@dataclass(frozen=True)
class InternshipDetail:
    """One internship as its screen shows it.

    ``working_days`` run from the start to ``end_date`` (the actual end, else the
    planned one) without the interruptions, and ``weeks`` is that / 5.
    ``frozen`` is true from ``signed`` on (a change needs an amendment).
    ``missing_signatures`` are the parties without a signature of the current
    version of the convention.
    """

    id: uuid.UUID
    reference: str
    status: InternshipStatus
    version: int
    intern_id: uuid.UUID
    intern_name: str
    host_id: uuid.UUID
    host_name: str
    mentor_id: uuid.UUID | None
    mentor_name: str | None
    consultant_id: uuid.UUID | None
    consultant_name: str | None
    function_id: uuid.UUID
    function_name: str
    start_date: date
    planned_end_date: date
    actual_end_date: date | None
    end_date: date
    working_days: int
    weeks: float
    hours_per_week: float | None
    schedule: dict[str, float]
    schedule_note: str
    workplace: str
    objectives: str
    expenses: str
    no_replacement_declared: bool
    convention_language: Language
    termination_reason: str | None
    cancellation_reason: str | None
    signed_on: date | None
    allowed_targets: tuple[InternshipStatus, ...]
    frozen: bool
    signatures: tuple[SignatureLine, ...]
    interruptions: tuple[InterruptionLine, ...]
    amendments: tuple[AmendmentLine, ...]
    documents: tuple[DocumentLine, ...]
    rules: tuple[RuleLine, ...]
    missing_signatures: tuple[SignatoryParty, ...]


_PARTY_ORDER = {party: position for position, party in enumerate(SignatoryParty)}


def live_signatures(session: Session, internship_id: uuid.UUID) -> list[Signature]:
    """The internship's live signatures, by version and party."""
    rows = session.scalars(
        select(Signature).where(
            Signature.internship_id == internship_id, Signature.deleted_at.is_(None)
        )
    ).all()
    return sorted(rows, key=lambda s: (s.convention_version, _PARTY_ORDER[s.party]))


def missing_parties(signatures: list[Signature], version: int) -> tuple[SignatoryParty, ...]:
    """The parties without a live signature of *version*."""
    signed = {s.party for s in signatures if s.convention_version == version}
    return tuple(party for party in SignatoryParty if party not in signed)


def live_interruptions(session: Session, internship_id: uuid.UUID) -> list[Interruption]:
    return list(
        session.scalars(
            select(Interruption)
            .where(Interruption.internship_id == internship_id, Interruption.deleted_at.is_(None))
            .order_by(Interruption.start_date)
        )
    )


def _changes(text: str) -> tuple[tuple[str, str, str], ...]:
    try:
        data = json.loads(text)
    except ValueError:
        return ()
    if not isinstance(data, dict):
        return ()
    changes = []
    for field, pair in data.items():
        if isinstance(pair, list) and len(pair) == 2:
            old, new = ("" if value is None else str(value) for value in pair)
            changes.append((str(field), old, new))
    return tuple(changes)


def _amendments(session: Session, internship_id: uuid.UUID) -> tuple[AmendmentLine, ...]:
    rows = session.scalars(
        select(Amendment)
        .where(Amendment.internship_id == internship_id, Amendment.deleted_at.is_(None))
        .order_by(Amendment.version)
    )
    return tuple(
        AmendmentLine(row.version, row.decided_on, _changes(row.changes), row.reason)
        for row in rows
    )


def _documents(session: Session, internship_id: uuid.UUID) -> tuple[DocumentLine, ...]:
    rows = session.execute(
        select(
            IssuedDocument.id,
            IssuedDocument.kind,
            IssuedDocument.language,
            IssuedDocument.version,
            IssuedDocument.filename,
            IssuedDocument.media_type,
            IssuedDocument.issued_at,
            IssuedDocument.sha256,
        )
        .where(IssuedDocument.internship_id == internship_id, IssuedDocument.deleted_at.is_(None))
        .order_by(IssuedDocument.issued_at.desc(), IssuedDocument.id)
    ).all()
    return tuple(
        DocumentLine(
            id=row.id,
            kind=row.kind,
            language=None if row.language is None else row.language.value,
            version=row.version,
            filename=row.filename,
            media_type=row.media_type,
            issued_at=row.issued_at,
            sha256=row.sha256,
        )
        for row in rows
    )


def _signature_line(row: Signature) -> SignatureLine:
    return SignatureLine(
        row.id, row.party, row.signer_name, row.signed_on, row.place, row.convention_version
    )


def _interruption_lines(
    interruptions: list[Interruption], internship: Internship
) -> tuple[InterruptionLine, ...]:
    span = Period(internship.start_date, max(internship.start_date, internship.end_date))
    return tuple(
        InterruptionLine(
            id=row.id,
            kind=row.kind,
            start_date=row.start_date,
            end_date=row.end_date,
            note=row.note,
            days=working_days(row.start_date, row.end_date, within=span),
        )
        for row in interruptions
    )


def load_internship(
    database: Database, internship_id: uuid.UUID, *, language: str = "en"
) -> InternshipDetail:
    """The internship with its parties, days, signatures, interruptions, amendments,
    documents and rule verdicts; the function is named in *language* (nl, fr, en).

    Raises :class:`~consultant_app.services.forms.parsing.RecordNotFound`.
    """
    with database.unit_of_work() as uow:
        session = uow.session
        item = live_internship(session, internship_id)
        interruptions = live_interruptions(session, item.id)
        signatures = live_signatures(session, item.id)
        days = working_days(
            item.start_date, item.end_date, [(i.start_date, i.end_date) for i in interruptions]
        )
        hours, note = read_schedule(item.schedule)
        return InternshipDetail(
            id=item.id,
            reference=item.reference,
            status=item.status,
            version=item.convention_version,
            intern_id=item.intern_id,
            intern_name=item.intern.full_name,
            host_id=item.host_id,
            host_name=item.host.name,
            mentor_id=item.mentor_id,
            mentor_name=item.mentor.full_name if item.mentor else None,
            consultant_id=item.consultant_id,
            consultant_name=item.consultant.full_name if item.consultant else None,
            function_id=item.function_id,
            function_name=item.function.name(language),
            start_date=item.start_date,
            planned_end_date=item.planned_end_date,
            actual_end_date=item.actual_end_date,
            end_date=item.end_date,
            working_days=days,
            weeks=weeks_from_days(days),
            hours_per_week=None if item.hours_per_week is None else float(item.hours_per_week),
            schedule=hours,
            schedule_note=note,
            workplace=item.workplace or "",
            objectives=item.objectives or "",
            expenses=item.expenses or "",
            no_replacement_declared=bool(item.no_replacement_declared),
            convention_language=item.convention_language,
            termination_reason=item.termination_reason,
            cancellation_reason=item.cancellation_reason,
            signed_on=item.signed_on,
            allowed_targets=allowed_targets(item.status),
            frozen=is_frozen(item.status),
            signatures=tuple(_signature_line(s) for s in signatures),
            interruptions=_interruption_lines(interruptions, item),
            amendments=_amendments(session, item.id),
            documents=_documents(session, item.id),
            rules=internship_lines(session, item),
            missing_signatures=missing_parties(signatures, item.convention_version),
        )
