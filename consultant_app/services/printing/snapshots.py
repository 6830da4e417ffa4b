"""Frozen conventions: the text of a convention version, kept once it is sent for signature.

When a convention version is sent for signature (or amended, which makes a new
version to sign) :func:`take_snapshot` stores a
:class:`~consultant_app.store.models.ConventionSnapshot`: the printed data of
that version in each document language, as plain JSON values, with the
document date and the revision of the templates. Every later print of that
version renders from the snapshot (:func:`printed_convention`), so renaming the
host or moving the intern never changes a signed text, and the same snapshot
gives the same bytes (the PDFs are written in reportlab's invariant mode).

A convention signed, running or completed without a snapshot (imported
history, or a database from before snapshots) gets one the first time it is
printed, from the data as it then reads. Only anonymisation rewrites a
snapshot, and only the person's fields (:func:`blank_intern`,
:func:`blank_mentor`, :func:`blank_host_contact`).
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, delete, select
from sqlalchemy.orm import Session

from consultant_app.documents.data import (
    DOCUMENT_LANGUAGES,
    CompetenceLine,
    ConsultantProfile,
    ConventionData,
    FundIdentity,
    HostParty,
    InternParty,
    MentorParty,
)
from consultant_app.documents.templates import TEMPLATES_DIR
from consultant_app.domain.enums import InternshipStatus
from consultant_app.services.printing.convention_data import (
    CONVENTION_KIND,
    ConventionRoadmap,
    build_convention,
    convention_data,
    read_roadmaps,
)
from consultant_app.services.printing.document_data import (
    Identity,
    convention_language,
    document_language,
    read_identity,
)
from consultant_app.services.printing.issuing import already_issued
from consultant_app.store.database import Database
from consultant_app.store.models import ConventionSnapshot, Internship, IssuedDocument

__all__ = [
    "DIFFERENCE_KEYS",
    "ConventionSeal",
    "blank_host_contact",
    "blank_intern",
    "blank_mentor",
    "convention_seal",
    "drop_snapshot",
    "find_snapshot",
    "freeze_unfrozen",
    "from_plain",
    "is_frozen",
    "printed_convention",
    "record_issue",
    "snapshot_differences",
    "snapshot_languages",
    "take_snapshot",
    "template_revision",
    "to_plain",
]

#: The templates whose text a convention prints.
_TEMPLATE_DOCUMENTS = ("convention",)

#: What :func:`snapshot_differences` names, in this order, and the printed fields of each.
DIFFERENCE_KEYS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("host", ("host.name", "host.enterprise_number", "host.joint_committee")),
    ("host_address", ("host.address", "signing_place")),
    ("host_representative", ("host.represented_by",)),
    ("mentor", ("mentor",)),
    ("intern", ("intern.name", "intern.birth_date", "intern.national_number")),
    ("intern_address", ("intern.address",)),
    (
        "jobseeker",
        ("intern.jobseeker_agency", "intern.jobseeker_number", "intern.jobseeker_since"),
    ),
    ("function", ("function_name", "tasks", "competences")),
    ("dates", ("start_date", "planned_end_date", "working_days", "weeks")),
    ("hours", ("hours_per_week", "schedule", "schedule_note")),
    ("terms", ("workplace", "objectives", "expenses", "no_replacement_declared")),
    ("fund", ("fund",)),
    ("consultant", ("consultant",)),
)


@lru_cache(maxsize=1)
def template_revision(root: Path | None = None) -> str:
    """SHA-256 of the convention templates (every language), in a stable order."""
    digest = hashlib.sha256()
    base = Path(root or TEMPLATES_DIR)
    for document in _TEMPLATE_DOCUMENTS:
        for path in sorted((base / document).glob("*.toml")):
            digest.update(path.name.encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


# --- plain values ------------------------------------------------------------------------


def _plain_value(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Path):
        return str(value)
    if isinstance(value, dict):
        return {key: _plain_value(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_plain_value(item) for item in value]
    return value


def to_plain(data: ConventionData) -> dict[str, Any]:
    """*data* as JSON values (dates as ISO text); :func:`from_plain` gives it back."""
    return _plain_value(asdict(data))


def _day(text: str | None) -> date | None:
    return None if text is None else date.fromisoformat(text)


def from_plain(plain: Mapping[str, Any]) -> ConventionData:
    """The :class:`ConventionData` of :func:`to_plain`'s *plain*."""
    fund = dict(plain["fund"])
    logo = fund.pop("logo_path", None)
    intern = dict(plain["intern"])
    mentor = plain.get("mentor")
    return ConventionData(
        reference=plain["reference"],
        version=int(plain["version"]),
        language=plain["language"],
        issued_on=date.fromisoformat(plain["issued_on"]),
        fund=FundIdentity(**fund, logo_path=Path(logo) if logo else None),
        consultant=ConsultantProfile(**plain["consultant"]),
        host=HostParty(**plain["host"]),
        mentor=None if mentor is None else MentorParty(**mentor),
        intern=InternParty(
            **{
                **intern,
                "birth_date": date.fromisoformat(intern["birth_date"]),
                "jobseeker_since": _day(intern.get("jobseeker_since")),
            }
        ),
        function_name=plain["function_name"],
        start_date=date.fromisoformat(plain["start_date"]),
        planned_end_date=date.fromisoformat(plain["planned_end_date"]),
        working_days=int(plain["working_days"]),
        weeks=float(plain["weeks"]),
        hours_per_week=plain.get("hours_per_week"),
        schedule=tuple((day, float(hours)) for day, hours in plain.get("schedule", ())),
        schedule_note=plain.get("schedule_note", ""),
        workplace=plain.get("workplace", ""),
        objectives=plain.get("objectives", ""),
        expenses=plain.get("expenses", ""),
        no_replacement_declared=bool(plain.get("no_replacement_declared", False)),
        tasks=tuple(plain.get("tasks", ())),
        competences=tuple(CompetenceLine(*line) for line in _competences(plain)),
        signing_place=plain.get("signing_place", ""),
        is_draft=bool(plain.get("is_draft", False)),
    )


def _competences(plain: Mapping[str, Any]) -> Iterable[tuple[str, str, int | None]]:
    for line in plain.get("competences", ()):
        yield line["text"], line.get("objective", ""), line.get("target_level")


def snapshot_languages(snapshot: ConventionSnapshot) -> dict[str, dict[str, Any]]:
    """``{language: plain convention data}`` of *snapshot*."""
    return dict(json.loads(snapshot.content)["languages"])


def _write_languages(snapshot: ConventionSnapshot, languages: Mapping[str, Any]) -> None:
    snapshot.content = json.dumps(
        {"languages": dict(languages)}, ensure_ascii=False, sort_keys=True
    )


# --- taking and reading ------------------------------------------------------------------


def find_snapshot(
    session: Session, internship_id: uuid.UUID, version: int
) -> ConventionSnapshot | None:
    """The snapshot of that convention version, or ``None``."""
    return session.scalars(
        select(ConventionSnapshot).where(
            ConventionSnapshot.internship_id == internship_id,
            ConventionSnapshot.version == version,
        )
    ).first()


def is_frozen(internship: Internship) -> bool:
    """True when the current version of the convention is sent for signature or signed."""
    return internship.status not in (InternshipStatus.DRAFT, InternshipStatus.CANCELLED)


def take_snapshot(
    session: Session,
    internship: Internship,
    *,
    today: date | None = None,
    identity: Identity | None = None,
    roadmap: ConventionRoadmap | None = None,
    issued_on: date | None = None,
    replace: bool = False,
) -> ConventionSnapshot:
    """The snapshot of the current convention version; taken now when there is none.

    With *replace*, an existing snapshot of the version is taken again (a version
    sent for signature anew after going back to draft). The document date is the
    day the first convention of this version was issued, else *today*.
    *identity* and *roadmap* may be read beforehand, once for many internships.
    """
    version = internship.convention_version
    existing = find_snapshot(session, internship.id, version)
    if existing is not None and not replace:
        return existing
    if issued_on is None:
        issued = already_issued(
            session, CONVENTION_KIND, IssuedDocument.internship_id == internship.id
        )
        issued_on = issued.day(internship.id, version, today)
    if identity is None:
        identity = read_identity(session)
    if roadmap is None:
        roadmap = read_roadmaps(
            session, select(Internship.id).where(Internship.id == internship.id)
        )
    languages = {}
    for code in DOCUMENT_LANGUAGES:
        plain = to_plain(build_convention(internship, code, issued_on, identity, roadmap))
        plain["is_draft"] = False
        languages[code] = plain
    snapshot = existing or ConventionSnapshot(internship_id=internship.id, version=version)
    snapshot.language = convention_language(internship)
    snapshot.issued_on = issued_on
    snapshot.template_revision = template_revision()
    _write_languages(snapshot, languages)
    if existing is None:
        session.add(snapshot)
    else:
        snapshot.issued_at = None
        snapshot.issued_sha256 = None
    session.flush()
    return snapshot


def freeze_unfrozen(
    session: Session, *, today: date | None = None, among: ColumnElement[bool] | None = None
) -> int:
    """Take the missing snapshots of every frozen convention (imported history, an old database).

    For a caller that writes internships already signed, running or completed (an
    import) to call inside its transaction; *among* limits it to some internships (those
    the caller is about to change); how many snapshots were taken.
    """
    frozen = (
        select(Internship)
        .outerjoin(
            ConventionSnapshot,
            (ConventionSnapshot.internship_id == Internship.id)
            & (ConventionSnapshot.version == Internship.convention_version),
        )
        .where(
            Internship.deleted_at.is_(None),
            Internship.status.not_in((InternshipStatus.DRAFT, InternshipStatus.CANCELLED)),
            ConventionSnapshot.id.is_(None),
        )
    )
    if among is not None:
        frozen = frozen.where(among)
    internships = session.scalars(frozen).all()
    if not internships:
        return 0
    ids = select(Internship.id).where(Internship.id.in_([i.id for i in internships]))
    identity, roadmap = read_identity(session), read_roadmaps(session, ids)
    issued = already_issued(session, CONVENTION_KIND, IssuedDocument.internship_id.in_(ids))
    for internship in internships:
        day = issued.day(internship.id, internship.convention_version, today)
        take_snapshot(session, internship, identity=identity, roadmap=roadmap, issued_on=day)
    return len(internships)


def drop_snapshot(session: Session, internship_id: uuid.UUID, version: int) -> None:
    """Forget the snapshot of a version withdrawn before it was signed (back to draft)."""
    session.execute(
        delete(ConventionSnapshot).where(
            ConventionSnapshot.internship_id == internship_id,
            ConventionSnapshot.version == version,
        )
    )


def printed_convention(
    session: Session,
    internship: Internship,
    language: str,
    *,
    today: date | None = None,
    issued_on: date | None = None,
) -> tuple[ConventionData, ConventionSnapshot | None]:
    """The convention to print in *language*: from its snapshot once frozen, else as it reads now.

    A frozen convention without a snapshot gets one now. Also returns the snapshot used.
    """
    language = document_language(language)
    snapshot = find_snapshot(session, internship.id, internship.convention_version)
    if snapshot is None and is_frozen(internship):
        snapshot = take_snapshot(session, internship, today=today, issued_on=issued_on)
    if snapshot is None or internship.status is InternshipStatus.DRAFT:
        live = convention_data(session, internship, language, today=today, issued_on=issued_on)
        return live, None
    return from_plain(snapshot_languages(snapshot)[language]), snapshot


def record_issue(
    snapshot: ConventionSnapshot, language: str, sha256: str, issued_at: datetime
) -> bool:
    """Keep the SHA-256 of the first PDF issued from *snapshot* in its language; True if kept."""
    if snapshot.issued_sha256 is not None or language != snapshot.language:
        return False
    snapshot.issued_sha256 = sha256
    snapshot.issued_at = issued_at
    return True


def _field(plain: Mapping[str, Any], path: str) -> Any:
    value: Any = plain
    for part in path.split("."):
        value = value.get(part) if isinstance(value, Mapping) else None
    return value


def snapshot_differences(session: Session, internship: Internship) -> tuple[str, ...]:
    """What today's data would print differently from the snapshot of the current version.

    Keys of :data:`DIFFERENCE_KEYS` (plus ``template`` when the templates changed);
    empty when the same or when there is no snapshot.
    """
    snapshot = find_snapshot(session, internship.id, internship.convention_version)
    if snapshot is None:
        return ()
    frozen = snapshot_languages(snapshot).get(snapshot.language)
    if frozen is None:
        return ()
    live = to_plain(
        convention_data(session, internship, snapshot.language, issued_on=snapshot.issued_on)
    )
    changed = [
        key
        for key, paths in DIFFERENCE_KEYS
        if any(_field(frozen, path) != _field(live, path) for path in paths)
    ]
    if snapshot.template_revision != template_revision():
        changed.append("template")
    return tuple(changed)


@dataclass(frozen=True)
class ConventionSeal:
    """What the internship panel says of the frozen current convention version."""

    version: int
    #: The document date printed on it.
    issued_on: date
    #: When the first PDF of the snapshot's language was issued, and its SHA-256 (or None).
    issued_at: datetime | None
    sha256: str | None
    #: Keys of :data:`DIFFERENCE_KEYS` (and ``template``) today's data would print differently.
    differences: tuple[str, ...]


def convention_seal(database: Database, internship_id: uuid.UUID) -> ConventionSeal | None:
    """The seal of the current convention version; ``None`` while it is not frozen."""
    with database.unit_of_work() as uow:
        session = uow.session
        internship = session.get(Internship, internship_id)
        if internship is None or internship.status is InternshipStatus.DRAFT:
            return None
        snapshot = find_snapshot(session, internship.id, internship.convention_version)
        if snapshot is None:
            return None
        return ConventionSeal(
            version=snapshot.version,
            issued_on=snapshot.issued_on,
            issued_at=snapshot.issued_at,
            sha256=snapshot.issued_sha256,
            differences=snapshot_differences(session, internship),
        )


# --- anonymisation -----------------------------------------------------------------------


def _rewrite(session: Session, snapshots: Iterable[ConventionSnapshot], change: Any) -> None:
    for snapshot in snapshots:
        languages = snapshot_languages(snapshot)
        if any([change(plain) for plain in languages.values()]):
            _write_languages(snapshot, languages)


def _of_internships(session: Session, condition: Any) -> list[ConventionSnapshot]:
    return list(
        session.scalars(
            select(ConventionSnapshot).where(
                ConventionSnapshot.internship_id.in_(select(Internship.id).where(condition))
            )
        )
    )


def blank_intern(session: Session, intern_id: uuid.UUID, name: str, birth_date: date) -> None:
    """Replace the intern's fields in the snapshots of their conventions (anonymisation)."""

    def change(plain: dict[str, Any]) -> bool:
        intern = plain["intern"]
        intern.update(
            name=name,
            birth_date=birth_date.isoformat(),
            address="",
            jobseeker_number="",
            national_number=None if intern.get("national_number") is None else "",
        )
        return True

    _rewrite(session, _of_internships(session, Internship.intern_id == intern_id), change)


def blank_mentor(
    session: Session, host_id: uuid.UUID, old_name: str, mentor_id: uuid.UUID, name: str
) -> None:
    """Replace the mentor called *old_name* in the snapshots of their host's conventions."""

    def change(plain: dict[str, Any]) -> bool:
        mentor = plain.get("mentor")
        if not mentor or mentor.get("name") != old_name:
            return False
        mentor.update(name=name, email="", phone="")
        return True

    condition = (Internship.host_id == host_id) | (Internship.mentor_id == mentor_id)
    _rewrite(session, _of_internships(session, condition), change)


def blank_host_contact(session: Session, host_id: uuid.UUID) -> None:
    """Empty who represents the host in the snapshots of its conventions (anonymisation)."""

    def change(plain: dict[str, Any]) -> bool:
        plain["host"]["represented_by"] = ""
        return True

    _rewrite(session, _of_internships(session, Internship.host_id == host_id), change)
