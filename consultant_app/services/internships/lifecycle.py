"""The life of a stored internship: status changes, signatures, the signed scan, interruptions.

Codes: those of :class:`~consultant_app.domain.lifecycle.TransitionError`,
``rules.unresolved``, ``signatures.missing``, ``running.before_start``,
``completion.before_start``, ``status.reason``, ``termination.date_required``,
``risk_sheet.incomplete``, ``signature.status``, ``signature.name``, ``signature.future``,
``text.length``, ``scan.unreadable``, ``scan.size``, ``scan.type``,
``interruption.cancelled``, ``interruption.dates``, ``interruption.outside``,
``interruption.overlap``.
"""

from __future__ import annotations

import hashlib
import uuid
from datetime import date
from pathlib import Path

from consultant_app.domain.enums import InternshipStatus, InterruptionKind, SignatoryParty
from consultant_app.domain.errors import InvalidValue
from consultant_app.domain.lifecycle import check_termination, check_transition
from consultant_app.services.forms.parsing import E, RecordNotFound, parse_enum
from consultant_app.services.internships.detail import (
    live_interruptions,
    live_signatures,
    missing_parties,
)
from consultant_app.services.internships.form import live_internship, status_words
from consultant_app.services.internships.rules import require_rules
from consultant_app.services.printing.snapshots import drop_snapshot, take_snapshot
from consultant_app.services.roadmap.risks import risk_sheet_incomplete, risk_sheet_missing
from consultant_app.services.roadmap.visits import propose_visits
from consultant_app.store.database import Database
from consultant_app.store.models import Internship, Interruption, IssuedDocument, Signature

_S = InternshipStatus

#: Largest scan accepted, in bytes.
MAX_SCAN_BYTES = 20 * 1024 * 1024
#: Media types of scans, by the bytes their files start with.
_SCAN_TYPES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "application/pdf"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
)
SCAN_KIND = "signed_scan"
_SIGNER_NAME_MAX = 200
_PLACE_MAX = 120
_VERBS = {_S.TERMINATED: "terminate", _S.CANCELLED: "cancel"}


def _member(value: E | str, enum_cls: type[E]) -> E:
    """The member of *enum_cls* for *value*; ``choice.unknown`` otherwise (also when empty)."""
    member = parse_enum(str(value), enum_cls)
    if member is None:
        choices = [m.value for m in enum_cls]
        raise InvalidValue(
            f"A value is required: one of {', '.join(choices)}.",
            "choice.unknown",
            {"value": "", "choices": choices},
        )
    return member


def _words(parties: tuple[SignatoryParty, ...]) -> str:
    names = [f"the {party.value}" for party in parties]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _reason(target: InternshipStatus, reason: str | None) -> str:
    written = (reason or "").strip()
    if not written:
        raise InvalidValue(
            f"A reason is required to {_VERBS[target]} the internship.",
            "status.reason",
            {"target": target.value},
        )
    return written


# --- status -------------------------------------------------------------------------


def change_status(
    database: Database,
    internship_id: uuid.UUID,
    target: InternshipStatus | str,
    *,
    on: date | None = None,
    reason: str | None = None,
    actor: str | None = None,
) -> None:
    """Move the internship to *target*, when the lifecycle and the rules allow it.

    * ``awaiting_signatures`` and ``signed``: every failed rule must be overridden;
      ``signed`` also needs the three parties' signatures of the current version
      and a complete workstation sheet (``risk_sheet.incomplete``), takes the
      latest of the signatures' dates as ``signed_on`` and plans the visits not
      planned yet;
    * ``running``: *on* (default today) is not before the start;
    * ``completed``: the actual end is *on*, else the planned end (not before the start);
    * ``terminated``: a *reason* and the last day *on*, inside the internship;
    * ``cancelled``: a *reason*;
    * ``draft`` (back from awaiting signatures): the signatures of the current
      version are withdrawn.
    """
    with database.unit_of_work(actor=actor) as uow:
        session = uow.session
        internship = live_internship(session, internship_id)
        check_transition(internship.status, target)
        goal = InternshipStatus(target)
        if goal in (_S.AWAITING_SIGNATURES, _S.SIGNED):
            require_rules(session, internship)
        signatures = live_signatures(session, internship.id)
        version = internship.convention_version
        if goal is _S.SIGNED:
            missing = missing_parties(signatures, version)
            if missing:
                raise InvalidValue(
                    f"The convention (version {version}) still needs the signature"
                    f"{'' if len(missing) == 1 else 's'} of {_words(missing)}.",
                    "signatures.missing",
                    {"missing": tuple(p.value for p in missing), "version": version},
                )
            incomplete = risk_sheet_missing(session, internship)
            if incomplete:
                raise risk_sheet_incomplete(incomplete)
            internship.signed_on = max(
                s.signed_on for s in signatures if s.convention_version == version
            )
            propose_visits(session, internship)
        elif goal is _S.DRAFT:
            for signature in signatures:
                if signature.convention_version == version:
                    signature.soft_delete()
        elif goal is _S.RUNNING:
            _not_before_start(internship, on or date.today(), goal)
        elif goal is _S.COMPLETED:
            end = on or internship.planned_end_date
            _not_before_start(internship, end, goal)
            internship.actual_end_date = end
        elif goal is _S.TERMINATED:
            written = _reason(goal, reason)
            if on is None:
                raise InvalidValue(
                    "The last day of the internship is required to terminate it.",
                    "termination.date_required",
                    {},
                )
            check_termination(internship.start_date, internship.planned_end_date, on)
            internship.actual_end_date = on
            internship.termination_reason = written
        elif goal is _S.CANCELLED:
            internship.cancellation_reason = _reason(goal, reason)
        internship.status = goal
        if goal is _S.AWAITING_SIGNATURES:
            take_snapshot(session, internship, replace=True)  # the text sent is frozen
        elif goal is _S.DRAFT:
            drop_snapshot(session, internship.id, version)
        uow.commit()


def _not_before_start(internship: Internship, day: date, goal: InternshipStatus) -> None:
    if day >= internship.start_date:
        return
    start = internship.start_date.isoformat()
    if goal is _S.RUNNING:
        message = f"The internship starts on {start}; it cannot be running on {day.isoformat()}."
        code = "running.before_start"
    else:
        message = f"The end date {day.isoformat()} is before the start of the internship ({start})."
        code = "completion.before_start"
    raise InvalidValue(message, code, {"start": internship.start_date, "on": day})


# --- signatures ---------------------------------------------------------------------


def _signature_version(internship: Internship) -> int:
    """The version a signature may be recorded for now, or a refusal."""
    version = internship.convention_version
    if internship.status is _S.AWAITING_SIGNATURES:
        return version
    if internship.status in (_S.SIGNED, _S.RUNNING) and version > 1:
        return version
    status = status_words(internship.status)
    if internship.status in (_S.SIGNED, _S.RUNNING):
        message = (
            f"The internship is {status} and its convention has no amendment to sign; "
            "signatures are recorded while it awaits signatures."
        )
    else:
        message = (
            f"The internship is {status}: signatures are recorded while it awaits "
            "signatures, or for an amendment of a signed or running internship."
        )
    raise InvalidValue(message, "signature.status", {"status": internship.status.value})


def _checked_text(text: str, label: str, limit: int) -> str:
    if len(text) > limit:
        raise InvalidValue(
            f"{label}: at most {limit} characters; got {len(text)}.",
            "text.length",
            {"max": limit, "got": len(text)},
        )
    return text


def record_signature(
    database: Database,
    internship_id: uuid.UUID,
    party: SignatoryParty | str,
    signer_name: str,
    signed_on: date,
    place: str | None,
    *,
    actor: str | None = None,
) -> None:
    """Record who signed the current version of the convention for *party*, and when.

    Allowed while awaiting signatures, and for the current amendment in a
    signed or running internship. It replaces the party's signature of the same
    version; *signed_on* cannot be in the future.
    """
    who = _member(party, SignatoryParty)
    name = _checked_text(signer_name.strip(), "Signer's name", _SIGNER_NAME_MAX)
    if not name:
        raise InvalidValue("The signer's name is required.", "signature.name", {})
    where = _checked_text((place or "").strip(), "Place", _PLACE_MAX) or None
    today = date.today()
    if signed_on > today:
        raise InvalidValue(
            f"The signature date {signed_on.isoformat()} is in the future "
            f"(today is {today.isoformat()}).",
            "signature.future",
            {"signed_on": signed_on, "today": today},
        )
    with database.unit_of_work(actor=actor) as uow:
        session = uow.session
        internship = live_internship(session, internship_id)
        version = _signature_version(internship)
        for previous in live_signatures(session, internship.id):
            if previous.party is who and previous.convention_version == version:
                previous.soft_delete()
        session.add(
            Signature(
                internship_id=internship.id,
                party=who,
                signer_name=name,
                signed_on=signed_on,
                place=where,
                convention_version=version,
            )
        )
        uow.commit()


# --- the signed scan ----------------------------------------------------------------


def _read_scan(path: Path) -> tuple[bytes, str]:
    try:
        size = path.stat().st_size
        if size > MAX_SCAN_BYTES:
            raise InvalidValue(
                f"{path.name} has {size} bytes; a scan may have at most "
                f"{MAX_SCAN_BYTES // (1024 * 1024)} MB.",
                "scan.size",
                {"filename": path.name, "size": size, "max": MAX_SCAN_BYTES},
            )
        content = path.read_bytes()
    except OSError as error:
        raise InvalidValue(
            f"{path.name} cannot be read ({error.strerror or error}).",
            "scan.unreadable",
            {"filename": path.name},
        ) from error
    for magic, media_type in _SCAN_TYPES:
        if content.startswith(magic):
            return content, media_type
    raise InvalidValue(
        f"{path.name} is not a PDF, PNG or JPEG file.",
        "scan.type",
        {"filename": path.name},
    )


def attach_scan(
    database: Database, internship_id: uuid.UUID, path: Path, *, actor: str | None = None
) -> uuid.UUID:
    """Store the scan of the signed convention (PDF, PNG or JPEG, at most 20 MB); its id.

    The type is found from the file's first bytes, not its name.
    """
    content, media_type = _read_scan(Path(path))
    with database.unit_of_work(actor=actor) as uow:
        session = uow.session
        internship = live_internship(session, internship_id)
        document = IssuedDocument(
            id=uuid.uuid4(),
            internship_id=internship.id,
            kind=SCAN_KIND,
            language=internship.convention_language,
            version=internship.convention_version,
            filename=Path(path).name,
            media_type=media_type,
            sha256=hashlib.sha256(content).hexdigest(),
            content=content,
            issued_by=uow.actor,
        )
        session.add(document)
        session.flush()  # the document row first: the internship refers to it
        internship.scan_document_id = document.id
        uow.commit()
        return document.id


# --- interruptions ------------------------------------------------------------------


def add_interruption(
    database: Database,
    internship_id: uuid.UUID,
    kind: InterruptionKind | str,
    start_date: date,
    end_date: date,
    note: str | None = None,
    *,
    actor: str | None = None,
) -> uuid.UUID:
    """Record a period whose days do not count; its id.

    It lies inside the internship (start to end date), ends on or after its
    start and overlaps no other interruption. Refused for a cancelled internship.
    """
    what = _member(kind, InterruptionKind)
    span = f"{start_date.isoformat()} to {end_date.isoformat()}"
    params: dict[str, object] = {"start": start_date, "end": end_date}
    if end_date < start_date:
        raise InvalidValue(
            f"The interruption ends ({end_date.isoformat()}) before it starts "
            f"({start_date.isoformat()}).",
            "interruption.dates",
            params,
        )
    with database.unit_of_work(actor=actor) as uow:
        session = uow.session
        internship = live_internship(session, internship_id)
        if internship.status is _S.CANCELLED:
            raise InvalidValue(
                "The internship is cancelled: it takes no interruption.",
                "interruption.cancelled",
                params,
            )
        first, last = internship.start_date, internship.end_date
        if start_date < first or end_date > last:
            raise InvalidValue(
                f"The interruption from {span} must lie inside the internship, "
                f"from {first.isoformat()} to {last.isoformat()}.",
                "interruption.outside",
                {**params, "internship_start": first, "internship_end": last},
            )
        for other in live_interruptions(session, internship.id):
            if other.start_date <= end_date and start_date <= other.end_date:
                raise InvalidValue(
                    f"The interruption from {span} overlaps the one from "
                    f"{other.start_date.isoformat()} to {other.end_date.isoformat()}.",
                    "interruption.overlap",
                    {**params, "other_start": other.start_date, "other_end": other.end_date},
                )
        interruption = Interruption(
            id=uuid.uuid4(),
            internship_id=internship.id,
            kind=what,
            start_date=start_date,
            end_date=end_date,
            note=(note or "").strip() or None,
        )
        session.add(interruption)
        uow.commit()
        return interruption.id


def remove_interruption(
    database: Database, interruption_id: uuid.UUID, *, actor: str | None = None
) -> None:
    """Withdraw an interruption (soft delete): its days count again."""
    with database.unit_of_work(actor=actor) as uow:
        interruption = uow.session.get(Interruption, interruption_id)
        if interruption is None or interruption.deleted_at is not None:
            raise RecordNotFound("interruption", interruption_id)
        interruption.soft_delete()
        uow.commit()
