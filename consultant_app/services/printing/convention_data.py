"""The data of a printed convention or amendment, read from the stored internship.

:func:`convention_data` turns an internship into the plain
:class:`~consultant_app.documents.data.ConventionData` the renderers lay out,
:func:`amendment_data` an amendment into
:class:`~consultant_app.documents.data.AmendmentData`. For a whole year at
once, :func:`read_roadmaps` reads the tasks and competences of many
internships and :func:`build_convention` makes each convention's data.
"""

from __future__ import annotations

import json
import uuid
from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from sqlalchemy import Select, or_, select
from sqlalchemy.orm import Session

from consultant_app.documents.data import (
    AmendmentData,
    ChangedField,
    CompetenceLine,
    ConventionData,
    HostParty,
    InternParty,
    MentorParty,
)
from consultant_app.domain.contact import display_phone
from consultant_app.domain.enums import InternshipStatus, JointCommittee
from consultant_app.domain.identifiers import display_enterprise_number, display_niss
from consultant_app.domain.workdays import weeks_from_days, working_days
from consultant_app.services.internships.form import read_schedule
from consultant_app.services.printing.document_data import (
    CatalogueNames,
    Identity,
    consultant_of,
    document_language,
    live_catalogue_entry,
    live_interruptions,
    localised,
    one_line_address,
    read_identity,
    text_of,
)
from consultant_app.services.printing.issuing import already_issued
from consultant_app.store.models import (
    Amendment,
    CatalogueCompetence,
    CatalogueTask,
    Function,
    Host,
    Internship,
    InternshipCompetence,
    InternshipTask,
    IssuedDocument,
)

__all__ = [
    "AMENDMENT_KIND",
    "CONVENTION_KIND",
    "ConventionRoadmap",
    "amendment_data",
    "build_convention",
    "convention_data",
    "parse_schedule",
    "read_roadmaps",
]

#: ``IssuedDocument.kind`` of a printed convention and of a printed amendment.
CONVENTION_KIND = "convention"
AMENDMENT_KIND = "amendment"


def _joint_committee(host: Host) -> str:
    if host.joint_committee == JointCommittee.OTHER:
        return text_of(host.joint_committee_other)
    return str(host.joint_committee.value)


def parse_schedule(stored: str | None) -> tuple[tuple[tuple[str, float], ...], str]:
    """The worked days ``((weekday, hours), ...)`` Monday first and the note of a stored schedule.

    Read by :func:`~consultant_app.services.internships.form.read_schedule`; days
    without hours are left out.
    """
    hours, note = read_schedule(text_of(stored) or None)
    return tuple((day, value) for day, value in hours.items() if value > 0), note


# --- tasks and competences, for one internship or many ----------------------------------


@dataclass
class ConventionRoadmap:
    """The live tasks and competences of some internships, in order."""

    tasks: dict[uuid.UUID, list[tuple[str, CatalogueNames | None]]]
    competences: dict[uuid.UUID, list[tuple[str, CatalogueNames | None, str, int | None]]]


def read_roadmaps(session: Session, internships: Select[Any]) -> ConventionRoadmap:
    """Tasks and competences of the internships whose ids *internships* selects."""
    tasks: dict[uuid.UUID, list[tuple[str, CatalogueNames | None]]] = defaultdict(list)
    task_rows = session.execute(
        select(
            InternshipTask.internship_id,
            InternshipTask.text,
            CatalogueTask.id,
            CatalogueTask.name_nl,
            CatalogueTask.name_fr,
            CatalogueTask.name_en,
        )
        .outerjoin(*live_catalogue_entry(CatalogueTask, InternshipTask.catalogue_task_id))
        .where(InternshipTask.deleted_at.is_(None), InternshipTask.internship_id.in_(internships))
        .order_by(InternshipTask.position, InternshipTask.created_at, InternshipTask.id)
    )
    for internship_id, text, catalogue_id, nl, fr, en in task_rows:
        tasks[internship_id].append((text, (nl, fr, en) if catalogue_id else None))
    competences: dict[uuid.UUID, list[tuple[str, CatalogueNames | None, str, int | None]]]
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
            *live_catalogue_entry(CatalogueCompetence, InternshipCompetence.catalogue_competence_id)
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
        competences[internship_id].append((text, names, text_of(objective), level))
    return ConventionRoadmap(tasks, competences)


# --- the convention's data ---------------------------------------------------------------


def build_convention(
    internship: Internship,
    language: str,
    issued_on: date,
    identity: Identity,
    roadmap: ConventionRoadmap,
) -> ConventionData:
    """The convention of *internship* in *language*, dated *issued_on*.

    *identity* and *roadmap* are read beforehand, once for many internships.
    """
    host, intern, mentor = internship.host, internship.intern, internship.mentor
    days = working_days(internship.start_date, internship.end_date, live_interruptions(internship))
    schedule, note = parse_schedule(internship.schedule)
    if internship.hours_per_week is not None:
        hours_per_week: float | None = float(internship.hours_per_week)
    elif schedule:
        hours_per_week = round(sum(hours for _day, hours in schedule), 1)
    else:
        hours_per_week = None
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
        consultant=consultant_of(internship, identity),
        host=HostParty(
            name=text_of(host.name),
            enterprise_number=display_enterprise_number(host.enterprise_number),
            joint_committee=_joint_committee(host),
            address=one_line_address(host, language),
            represented_by=text_of(host.represented_by),
        ),
        mentor=None
        if mentor is None
        else MentorParty(
            name=mentor.full_name,
            job_title=text_of(mentor.job_title),
            email=text_of(mentor.email),
            phone=display_phone(mentor.phone),
        ),
        intern=InternParty(
            name=intern.full_name,
            birth_date=intern.birth_date,
            address=one_line_address(intern, language),
            jobseeker_agency="" if agency is None else str(agency.value),
            jobseeker_number=text_of(intern.jobseeker_number),
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
        workplace=text_of(internship.workplace),
        objectives=text_of(internship.objectives),
        expenses=text_of(internship.expenses),
        no_replacement_declared=bool(internship.no_replacement_declared),
        tasks=tuple(
            localised(text, names, language) for text, names in roadmap.tasks[internship.id]
        ),
        competences=tuple(
            CompetenceLine(localised(text, names, language), objective, level)
            for text, names, objective, level in roadmap.competences[internship.id]
        ),
        signing_place=text_of(host.municipality),
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
    language = document_language(language)
    if issued_on is None:
        issued = already_issued(
            session, CONVENTION_KIND, IssuedDocument.internship_id == internship.id
        )
        issued_on = issued.day(internship.id, internship.convention_version, today)
    roadmap = read_roadmaps(session, _one(internship.id))
    return build_convention(internship, language, issued_on, read_identity(session), roadmap)


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


def _function_names(
    session: Session, changes: tuple[ChangedField, ...], language: str
) -> tuple[ChangedField, ...]:
    """*changes* with a function's name in *language*: the amendment stored the names in
    the convention's language of the time."""
    names = {change.old for change in changes if change.field == "function"}
    names |= {change.new for change in changes if change.field == "function"}
    names.discard("")
    if not names:
        return changes
    worded: dict[str, str] = {}
    rows = session.scalars(
        select(Function).where(
            or_(
                Function.name_nl.in_(names),
                Function.name_fr.in_(names),
                Function.name_en.in_(names),
            )
        )
    )
    for function in rows:
        for text in (function.name_nl, function.name_fr, function.name_en):
            worded.setdefault(text, function.name(language))
    return tuple(
        replace(
            change, old=worded.get(change.old, change.old), new=worded.get(change.new, change.new)
        )
        if change.field == "function"
        else change
        for change in changes
    )


def amendment_data(
    session: Session,
    internship: Internship,
    amendment: Amendment,
    language: str,
    *,
    today: date | None = None,
) -> AmendmentData:
    """The amendment *amendment* of *internship* in *language*; the convention as it reads now."""
    issued = already_issued(session, AMENDMENT_KIND, IssuedDocument.internship_id == internship.id)
    issued_on = issued.day(internship.id, amendment.version, today)
    convention = convention_data(session, internship, language, issued_on=issued_on)
    return AmendmentData(
        convention=convention,
        version=amendment.version,
        decided_on=amendment.decided_on,
        changes=_function_names(session, _changes(amendment.changes), convention.language),
        reason=text_of(amendment.reason),
    )
