"""Printed conventions and amendments: from the stored internship to a PDF kept in the database.

:func:`convention_data` turns an internship into the plain
:class:`~consultant_app.documents.data.ConventionData` the renderers lay out.
:func:`issue_convention` and :func:`issue_amendment` render one document and
store it as an :class:`~consultant_app.store.models.IssuedDocument`;
:func:`issue_conventions_of_year` does a whole year in one transaction.

Printing the same version twice gives the same text: the document date is the
day the first document of that internship, kind and version was issued (in any
language). When the stored document of that language is byte for byte the
same, it is reused instead of stored again.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import multiprocessing
import os
import re
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, func, select
from sqlalchemy.orm import Session, selectinload

from consultant_app.documents.data import (
    DOCUMENT_LANGUAGES,
    AmendmentData,
    ChangedField,
    CompetenceLine,
    ConsultantProfile,
    ConventionData,
    FundIdentity,
    HostParty,
    InternParty,
    MentorParty,
)
from consultant_app.domain.contact import display_phone
from consultant_app.domain.enums import InternshipStatus, JointCommittee, Language, LanguageRole
from consultant_app.domain.identifiers import display_enterprise_number, display_niss
from consultant_app.domain.workdays import weeks_from_days, working_days
from consultant_app.services.forms.parsing import RecordNotFound
from consultant_app.services.internships.form import read_schedule
from consultant_app.services.privacy.private_files import write_private_file
from consultant_app.store.database import Database
from consultant_app.store.models import (
    Amendment,
    CatalogueCompetence,
    CatalogueTask,
    Host,
    Intern,
    Internship,
    InternshipCompetence,
    InternshipTask,
    IssuedDocument,
    utcnow,
)
from consultant_app.store.settings import (
    CONSULTANT_KEYS,
    FUND_KEYS,
    PRINT_NATIONAL_NUMBER_KEY,
    get_value,
)

__all__ = [
    "AMENDMENT_KIND",
    "CONVENTION_KIND",
    "PDF_MEDIA_TYPE",
    "AmendmentNotFound",
    "InternshipNotFound",
    "IssuedFile",
    "amendment_data",
    "convention_data",
    "convention_language",
    "document_content",
    "find_internship",
    "issue_amendment",
    "issue_convention",
    "issue_conventions_of_year",
    "page_count",
    "parse_schedule",
]

#: ``IssuedDocument.kind`` of a printed convention and of a printed amendment.
CONVENTION_KIND = "convention"
AMENDMENT_KIND = "amendment"
PDF_MEDIA_TYPE = "application/pdf"

#: The word before a box number in a one-line address, per document language.
_BOX_WORD = {"nl": "bus", "fr": "bte", "en": "box"}
#: Characters kept as they are in a file name; anything else becomes "-".
_UNSAFE_FILENAME = re.compile(r"[^A-Za-z0-9._-]+")
#: A batch is rendered by helper processes when each would have at least this many documents.
_DOCUMENTS_PER_HELPER = 8
_MAX_HELPERS = 8
#: A page object of a PDF (not the ``/Pages`` tree nodes).
_PDF_PAGE = re.compile(rb"/Type\s*/Page(?![A-Za-z])")


class InternshipNotFound(LookupError):
    """No live internship has the given reference or id."""

    def __init__(self, key: object) -> None:
        what = "id" if isinstance(key, uuid.UUID) else "reference"
        super().__init__(f"No internship with {what} {key}.")
        self.key = key


class AmendmentNotFound(LookupError):
    """The internship has no (live) amendment with the given version."""

    def __init__(self, reference: str, version: int, existing: Iterable[int]) -> None:
        known = ", ".join(str(v) for v in existing)
        detail = f"its amendments: {known}" if known else "it has none"
        super().__init__(f"Internship {reference} has no amendment {version} ({detail}).")
        self.reference = reference
        self.version = version


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


# --- small helpers -----------------------------------------------------------------------


def page_count(content: bytes) -> int:
    """The number of pages of the PDF *content*."""
    return len(_PDF_PAGE.findall(content))


def _text(value: object) -> str:
    return "" if value is None else str(value).strip()


def _document_language(language: str) -> str:
    code = language.lower()
    if code not in DOCUMENT_LANGUAGES:
        raise ValueError(
            f"Documents are printed in {', '.join(DOCUMENT_LANGUAGES)}; got {language!r}."
        )
    return code


def convention_language(internship: Internship) -> str:
    """The language the convention of *internship* is printed in by default.

    Its convention language when a document can be printed in it; else the
    host's language role (NL or FR); else English.
    """
    code = str(internship.convention_language.value).lower()
    if code in DOCUMENT_LANGUAGES:
        return code
    role = internship.host.language_role
    if role in (LanguageRole.NL, LanguageRole.FR):
        return str(role.value).lower()
    return "en"


def _filename(reference: str, middle: str, language: str) -> str:
    safe = _UNSAFE_FILENAME.sub("-", reference).strip("-.") or "internship"
    return f"{safe}_{middle}_{language}.pdf"


def convention_filename(reference: str, version: int, language: str) -> str:
    """``SM-2026-014_v1_nl.pdf``."""
    return _filename(reference, f"v{version}", language)


def amendment_filename(reference: str, version: int, language: str) -> str:
    """``SM-2026-014_amendment2_fr.pdf``."""
    return _filename(reference, f"amendment{version}", language)


def _local_date(moment: datetime) -> date:
    """The local calendar day of a stored moment (naive moments are UTC)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone().date()


def _issued_at(today: date | None) -> datetime:
    """The moment to store for a document issued *today* (the wall clock when not given)."""
    if today is None:
        return utcnow()
    return datetime.combine(today, time(12), tzinfo=UTC)


def _address(record: Host | Intern, language: str) -> str:
    """One line: ``Street 12 box 3, 1000 Brussel``."""
    street = " ".join(part for part in (_text(record.street), _text(record.house_number)) if part)
    box = _text(record.box)
    if box:
        street = f"{street} {_BOX_WORD[language]} {box}".strip()
    place = " ".join(part for part in (_text(record.postcode), _text(record.municipality)) if part)
    return ", ".join(part for part in (street, place) if part)


def _joint_committee(host: Host) -> str:
    if host.joint_committee == JointCommittee.OTHER:
        return _text(host.joint_committee_other)
    return str(host.joint_committee.value)


def parse_schedule(stored: str | None) -> tuple[tuple[tuple[str, float], ...], str]:
    """The worked days ``((weekday, hours), ...)`` Monday first and the note of a stored schedule.

    Read by :func:`~consultant_app.services.internships.form.read_schedule`; days
    without hours are left out.
    """
    hours, note = read_schedule(_text(stored) or None)
    return tuple((day, value) for day, value in hours.items() if value > 0), note


def _localised(text: str, names: tuple[str | None, ...] | None, language: str) -> str:
    """The catalogue's wording in *language* when *text* is the catalogue's text unchanged.

    *names* are the catalogue entry's names in nl, fr and en (``None`` for a
    task or competence written in). An adjusted text is printed as stored.
    """
    if names is None or text.strip() not in {_text(name) for name in names if name}:
        return text
    chosen = names[DOCUMENT_LANGUAGES.index(language)] or names[2]
    return _text(chosen) or text


# --- what every document of the database shares ------------------------------------------


@dataclass(frozen=True)
class _Identity:
    fund: FundIdentity
    consultant: ConsultantProfile
    print_national_number: bool


def _identity(session: Session) -> _Identity:
    fund = {key.removeprefix("fund."): get_value(session, key) for key in FUND_KEYS}
    profile = {key.removeprefix("consultant."): get_value(session, key) for key in CONSULTANT_KEYS}
    logo = _text(fund.get("logo_path"))
    return _Identity(
        fund=FundIdentity(
            name=_text(fund.get("name")),
            street=_text(fund.get("street")),
            postcode=_text(fund.get("postcode")),
            municipality=_text(fund.get("municipality")),
            enterprise_number=display_enterprise_number(_text(fund.get("enterprise_number"))),
            signatory_name=_text(fund.get("signatory_name")),
            signatory_title=_text(fund.get("signatory_title")),
            logo_path=Path(logo).expanduser() if logo else None,
        ),
        consultant=ConsultantProfile(
            name=_text(profile.get("name")),
            email=_text(profile.get("email")),
            phone=display_phone(_text(profile.get("phone"))),
        ),
        print_national_number=bool(get_value(session, PRINT_NATIONAL_NUMBER_KEY, False)),
    )


# --- tasks, competences and earlier documents, for one internship or many ----------------

_Names = tuple[str | None, str | None, str | None]


@dataclass
class _Roadmap:
    """The live tasks and competences of some internships, in order."""

    tasks: dict[uuid.UUID, list[tuple[str, _Names | None]]]
    competences: dict[uuid.UUID, list[tuple[str, _Names | None, str, int | None]]]


def _roadmap(session: Session, internships: Select[Any]) -> _Roadmap:
    """Tasks and competences of the internships whose ids *internships* selects."""
    tasks: dict[uuid.UUID, list[tuple[str, _Names | None]]] = defaultdict(list)
    task_rows = session.execute(
        select(
            InternshipTask.internship_id,
            InternshipTask.text,
            CatalogueTask.id,
            CatalogueTask.name_nl,
            CatalogueTask.name_fr,
            CatalogueTask.name_en,
        )
        .outerjoin(
            CatalogueTask,
            and_(
                CatalogueTask.id == InternshipTask.catalogue_task_id,
                CatalogueTask.deleted_at.is_(None),
            ),
        )
        .where(InternshipTask.deleted_at.is_(None), InternshipTask.internship_id.in_(internships))
        .order_by(InternshipTask.position, InternshipTask.created_at, InternshipTask.id)
    )
    for internship_id, text, catalogue_id, nl, fr, en in task_rows:
        tasks[internship_id].append((text, (nl, fr, en) if catalogue_id else None))
    competences: dict[uuid.UUID, list[tuple[str, _Names | None, str, int | None]]]
    competences = defaultdict(list)
    competence_rows = session.execute(
        select(
            InternshipCompetence.internship_id,
            InternshipCompetence.text,
            InternshipCompetence.objective,
            InternshipCompetence.target_level,
            CatalogueCompetence.id,
            CatalogueCompetence.name_nl,
            CatalogueCompetence.name_fr,
            CatalogueCompetence.name_en,
        )
        .outerjoin(
            CatalogueCompetence,
            and_(
                CatalogueCompetence.id == InternshipCompetence.catalogue_competence_id,
                CatalogueCompetence.deleted_at.is_(None),
            ),
        )
        .where(
            InternshipCompetence.deleted_at.is_(None),
            InternshipCompetence.internship_id.in_(internships),
        )
        .order_by(
            InternshipCompetence.position, InternshipCompetence.created_at, InternshipCompetence.id
        )
    )
    for internship_id, text, objective, level, catalogue_id, nl, fr, en in competence_rows:
        names = (nl, fr, en) if catalogue_id else None
        competences[internship_id].append((text, names, _text(objective), level))
    return _Roadmap(tasks, competences)


@dataclass
class _Issued:
    """What is already stored of one kind of document, for some internships."""

    #: ``(internship id, version)`` → the day the first such document was issued.
    first_day: dict[tuple[uuid.UUID, int], date]
    #: ``(internship id, language, version, sha256)`` → the stored document's id.
    same: dict[tuple[uuid.UUID, str, int, str], uuid.UUID]

    def day(self, internship_id: uuid.UUID, version: int, today: date | None) -> date:
        return self.first_day.get((internship_id, version)) or today or date.today()


def _issued(session: Session, kind: str, condition: ColumnElement[bool]) -> _Issued:
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
    return _Issued({key: _local_date(moment) for key, moment in first.items()}, same)


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


# --- the convention's data ---------------------------------------------------------------


def _live_interruptions(internship: Internship) -> list[tuple[date, date]]:
    return [(i.start_date, i.end_date) for i in internship.interruptions if i.deleted_at is None]


def _build(
    internship: Internship,
    language: str,
    issued_on: date,
    identity: _Identity,
    roadmap: _Roadmap,
) -> ConventionData:
    host, intern, mentor = internship.host, internship.intern, internship.mentor
    days = working_days(internship.start_date, internship.end_date, _live_interruptions(internship))
    schedule, note = parse_schedule(internship.schedule)
    if internship.hours_per_week is not None:
        hours_per_week: float | None = float(internship.hours_per_week)
    elif schedule:
        hours_per_week = round(sum(hours for _day, hours in schedule), 1)
    else:
        hours_per_week = None
    consultant = identity.consultant
    if internship.consultant is not None:
        consultant = ConsultantProfile(
            name=internship.consultant.full_name,
            email=_text(internship.consultant.email),
            phone=display_phone(internship.consultant.phone),
        )
    national_number = None
    if identity.print_national_number:
        national_number = display_niss(intern.national_number)
    agency = intern.jobseeker_agency
    return ConventionData(
        reference=internship.reference,
        version=internship.convention_version,
        language=language,
        issued_on=issued_on,
        fund=identity.fund,
        consultant=consultant,
        host=HostParty(
            name=_text(host.name),
            enterprise_number=display_enterprise_number(host.enterprise_number),
            joint_committee=_joint_committee(host),
            address=_address(host, language),
            represented_by=_text(host.represented_by),
        ),
        mentor=None
        if mentor is None
        else MentorParty(
            name=mentor.full_name,
            job_title=_text(mentor.job_title),
            email=_text(mentor.email),
            phone=display_phone(mentor.phone),
        ),
        intern=InternParty(
            name=intern.full_name,
            birth_date=intern.birth_date,
            address=_address(intern, language),
            jobseeker_agency="" if agency is None else str(agency.value),
            jobseeker_number=_text(intern.jobseeker_number),
            jobseeker_since=intern.jobseeker_since,
            national_number=national_number,
        ),
        function_name=internship.function.name(language),
        start_date=internship.start_date,
        planned_end_date=internship.planned_end_date,
        working_days=days,
        weeks=weeks_from_days(days),
        hours_per_week=hours_per_week,
        schedule=schedule,
        schedule_note=note,
        workplace=_text(internship.workplace),
        objectives=_text(internship.objectives),
        expenses=_text(internship.expenses),
        no_replacement_declared=bool(internship.no_replacement_declared),
        tasks=tuple(
            _localised(text, names, language) for text, names in roadmap.tasks[internship.id]
        ),
        competences=tuple(
            CompetenceLine(_localised(text, names, language), objective, level)
            for text, names, objective, level in roadmap.competences[internship.id]
        ),
        signing_place=_text(host.municipality),
        is_draft=internship.status == InternshipStatus.DRAFT,
    )


def _one(internship_id: uuid.UUID) -> Select[Any]:
    return select(Internship.id).where(Internship.id == internship_id)


def convention_data(
    session: Session,
    internship: Internship,
    language: str,
    *,
    today: date | None = None,
    issued_on: date | None = None,
) -> ConventionData:
    """The convention of *internship* as it reads now, in *language* (``nl``, ``fr`` or ``en``).

    The document date is *issued_on* when given; else the day the first
    convention of this version was issued; else *today* (by default the real date).
    """
    language = _document_language(language)
    if issued_on is None:
        issued = _issued(session, CONVENTION_KIND, IssuedDocument.internship_id == internship.id)
        issued_on = issued.day(internship.id, internship.convention_version, today)
    roadmap = _roadmap(session, _one(internship.id))
    return _build(internship, language, issued_on, _identity(session), roadmap)


def _changes(stored: str | None) -> tuple[ChangedField, ...]:
    """``{field: [old, new]}`` as changed fields, in the stored order."""
    try:
        parsed = json.loads(stored or "{}")
    except ValueError:
        return ()
    if not isinstance(parsed, dict):
        return ()
    changes = []
    for field, values in parsed.items():
        if isinstance(values, list | tuple) and len(values) == 2:
            old, new = values
        else:
            old, new = None, values
        changes.append(ChangedField(str(field), _value_text(old), _value_text(new)))
    return tuple(changes)


def _value_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def amendment_data(
    session: Session,
    internship: Internship,
    amendment: Amendment,
    language: str,
    *,
    today: date | None = None,
) -> AmendmentData:
    """The amendment *amendment* of *internship* in *language*; the convention as it reads now."""
    issued = _issued(session, AMENDMENT_KIND, IssuedDocument.internship_id == internship.id)
    issued_on = issued.day(internship.id, amendment.version, today)
    convention = convention_data(session, internship, language, issued_on=issued_on)
    return AmendmentData(
        convention=convention,
        version=amendment.version,
        decided_on=amendment.decided_on,
        changes=_changes(amendment.changes),
        reason=_text(amendment.reason),
    )


# --- rendering and storing ---------------------------------------------------------------


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


def _store(
    session: Session,
    issued: _Issued,
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
        select(Internship).where(Internship.deleted_at.is_(None), condition).options(*_loads())
    ).first()
    if internship is None:
        raise InternshipNotFound(internship_id_or_reference)
    return internship


def _loads() -> tuple[Any, ...]:
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
    render: Callable[[Session, Internship, _Issued], Rendered],
    *,
    actor: str | None = None,
    today: date | None = None,
) -> IssuedFile:
    """Render a document of *kind* for one internship and keep the PDF in the database.

    *render* gets the session, the internship and the documents of *kind* already
    issued for it. An identical document already stored (same internship,
    language and version) is reused. Raises :class:`InternshipNotFound` for an
    unknown reference, and whatever *render* raises.
    """
    with database.unit_of_work(actor=actor) as uow:
        session = uow.session
        internship = find_internship(session, internship_id_or_reference)
        issued = _issued(session, kind, IssuedDocument.internship_id == internship.id)
        language, version, filename, content = render(session, internship, issued)
        result, new = _store(
            session,
            issued,
            internship_id=internship.id,
            kind=kind,
            language=language,
            version=version,
            filename=filename,
            content=content,
            actor=uow.actor,
            issued_at=_issued_at(today),
        )
        if new:
            uow.commit()
    return result


def issue_convention(
    database: Database,
    internship_id_or_reference: uuid.UUID | str,
    *,
    language: str | None = None,
    actor: str | None = None,
    today: date | None = None,
) -> IssuedFile:
    """Print the current version of the convention and keep the PDF in the database.

    *language* defaults to the convention language. An identical document
    already stored (same internship, language and version) is reused.
    Raises :class:`InternshipNotFound` for an unknown reference.
    """

    def render(session: Session, internship: Internship, issued: _Issued) -> Rendered:
        code = _document_language(language or convention_language(internship))
        version = internship.convention_version
        data = convention_data(
            session, internship, code, issued_on=issued.day(internship.id, version, today)
        )
        filename = convention_filename(internship.reference, version, code)
        return code, version, filename, _render_convention(data)

    return issue_document(
        database, internship_id_or_reference, CONVENTION_KIND, render, actor=actor, today=today
    )


def issue_amendment(
    database: Database,
    internship_id_or_reference: uuid.UUID | str,
    version: int,
    *,
    language: str | None = None,
    actor: str | None = None,
    today: date | None = None,
) -> IssuedFile:
    """Print amendment *version* of an internship and keep the PDF in the database.

    Raises :class:`InternshipNotFound` or :class:`AmendmentNotFound`.
    """

    def render(session: Session, internship: Internship, _issued: _Issued) -> Rendered:
        live = [a for a in internship.amendments if a.deleted_at is None]
        amendment = next((a for a in live if a.version == version), None)
        if amendment is None:
            raise AmendmentNotFound(internship.reference, version, (a.version for a in live))
        code = _document_language(language or convention_language(internship))
        data = amendment_data(session, internship, amendment, code, today=today)
        filename = amendment_filename(internship.reference, version, code)
        return code, version, filename, _render_amendment(data)

    return issue_document(
        database, internship_id_or_reference, AMENDMENT_KIND, render, actor=actor, today=today
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
) -> list[Path]:
    """Print the convention of every live, non-cancelled internship starting in *year*.

    Each PDF is written into *directory* (created when missing) as
    ``REFERENCE_vN_LANG.pdf`` and kept in the database, all in one transaction.
    *language* defaults to each convention's language. Returns the files written,
    in the order of the references.
    """
    if language is not None:
        language = _document_language(language)
    directory = Path(directory)
    written: list[Path] = []
    with database.unit_of_work(actor=actor) as uow:
        session = uow.session
        condition = _of_year(year)
        internships = session.scalars(
            select(Internship).where(condition).options(*_loads()).order_by(Internship.reference)
        ).all()
        if not internships:
            return written
        directory.mkdir(parents=True, exist_ok=True)
        ids = select(Internship.id).where(condition)
        roadmap = _roadmap(session, ids)
        issued = _issued(session, CONVENTION_KIND, IssuedDocument.internship_id.in_(ids))
        identity = _identity(session)
        issued_at = _issued_at(today)
        documents = [
            _build(
                internship,
                language or convention_language(internship),
                issued.day(internship.id, internship.convention_version, today),
                identity,
                roadmap,
            )
            for internship in internships
        ]
        for internship, data, content in zip(
            internships, documents, _render_conventions(documents), strict=True
        ):
            result, _new = _store(
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
            path = directory / result.filename
            write_private_file(path, result.content)
            written.append(path)
        uow.commit()
    return written


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
