"""What a printed convention or amendment shows: plain, already formatted values.

The services fill these from the store; the renderers only lay them out. Every
string here is user text and is printed literally (escaped by the renderer).
Documents are printed in ``"nl"``, ``"fr"`` or ``"en"``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

#: Languages a document can be printed in.
DOCUMENT_LANGUAGES = ("nl", "fr", "en")

#: Weekday keys of a weekly schedule, Monday first.
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


@dataclass(frozen=True)
class FundIdentity:
    """The fund, as its settings describe it."""

    name: str
    street: str = ""
    postcode: str = ""
    municipality: str = ""
    enterprise_number: str = ""  # formatted, e.g. "0123.456.789"
    signatory_name: str = ""
    signatory_title: str = ""
    logo_path: Path | None = None  # PNG or JPEG; ignored when missing or unreadable


@dataclass(frozen=True)
class ConsultantProfile:
    """The consultant who follows the internship."""

    name: str
    email: str = ""
    phone: str = ""


@dataclass(frozen=True)
class HostParty:
    name: str
    enterprise_number: str = ""  # formatted
    joint_committee: str = ""  # "227", "303.01" or the other committee's number as typed
    address: str = ""  # one line: "Street 12 box 3, 1000 Brussel"
    represented_by: str = ""


@dataclass(frozen=True)
class MentorParty:
    name: str
    job_title: str = ""
    email: str = ""
    phone: str = ""


@dataclass(frozen=True)
class InternParty:
    name: str
    birth_date: date
    address: str = ""
    jobseeker_agency: str = ""  # "VDAB", "Actiris", "Forem", "ADG" or ""
    jobseeker_number: str = ""
    jobseeker_since: date | None = None
    #: Formatted national number; ``None`` when the settings say not to print it.
    national_number: str | None = None


@dataclass(frozen=True)
class CompetenceLine:
    text: str
    objective: str = ""
    target_level: int | None = None  # 1..4


@dataclass(frozen=True)
class ConventionData:
    """One version of the three-party convention of an internship."""

    reference: str  # "SM-2026-014"
    version: int
    language: str  # "nl" | "fr" | "en"
    issued_on: date  # printed as the document date (not the wall clock)
    fund: FundIdentity
    consultant: ConsultantProfile
    host: HostParty
    mentor: MentorParty | None
    intern: InternParty
    function_name: str
    start_date: date
    planned_end_date: date
    working_days: int  # Monday-Friday days, minus interruptions (domain.workdays)
    weeks: float  # working_days / 5
    hours_per_week: float | None
    #: ``(weekday key from WEEKDAYS, hours that day)`` for the days worked, Monday first.
    schedule: tuple[tuple[str, float], ...] = ()
    schedule_note: str = ""  # e.g. "9:00-17:00, later on shoot days"
    workplace: str = ""
    objectives: str = ""
    expenses: str = ""
    no_replacement_declared: bool = False
    tasks: tuple[str, ...] = ()
    competences: tuple[CompetenceLine, ...] = ()
    #: Where the parties sign (the host's municipality by default).
    signing_place: str = ""
    #: A draft (not yet sent for signature) is marked as such on every page.
    is_draft: bool = False


@dataclass(frozen=True)
class ChangedField:
    """One change an amendment makes: a field key of the convention and its texts."""

    field: str  # e.g. "planned_end_date", "hours_per_week", "workplace", "mentor"
    old: str
    new: str


@dataclass(frozen=True)
class AmendmentData:
    """An amendment (avenant): a numbered new version of a signed convention."""

    convention: ConventionData  # the convention as it reads after the amendment
    version: int
    decided_on: date
    changes: tuple[ChangedField, ...]
    reason: str = ""
