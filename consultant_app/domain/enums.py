"""Enumerations of the domain. Values are stable codes stored in the database."""

from __future__ import annotations

from enum import StrEnum


class Gender(StrEnum):
    FEMALE = "F"
    MALE = "M"
    OTHER = "X"


class Language(StrEnum):
    """A person's language (interns may also speak German or English)."""

    NL = "NL"
    FR = "FR"
    DE = "DE"
    EN = "EN"


class LanguageRole(StrEnum):
    """Language role of a host company."""

    NL = "NL"
    FR = "FR"
    BILINGUAL = "BI"


class JointCommittee(StrEnum):
    """Joint committee (commission paritaire / paritair comité) of a host."""

    CP_227 = "227"
    SCP_303_01 = "303.01"
    OTHER = "other"


class JobSeekerAgency(StrEnum):
    VDAB = "VDAB"
    ACTIRIS = "Actiris"
    FOREM = "Forem"
    ADG = "ADG"


class InternshipStatus(StrEnum):
    DRAFT = "draft"
    AWAITING_SIGNATURES = "awaiting_signatures"
    SIGNED = "signed"
    RUNNING = "running"
    COMPLETED = "completed"
    TERMINATED = "terminated"
    CANCELLED = "cancelled"


#: Statuses whose working days count in the figures (signed or later).
COUNTED_STATUSES: frozenset[InternshipStatus] = frozenset(
    {
        InternshipStatus.SIGNED,
        InternshipStatus.RUNNING,
        InternshipStatus.COMPLETED,
        InternshipStatus.TERMINATED,
    }
)


class InterruptionKind(StrEnum):
    SICKNESS = "sickness"
    SUSPENSION = "suspension"
    OTHER = "other"


class SignatoryParty(StrEnum):
    FUND = "fund"
    HOST = "host"
    INTERN = "intern"


class TrainingPlanStatus(StrEnum):
    REQUESTED = "requested"
    RECEIVED = "received"
    APPROVED = "approved"


class VisitKind(StrEnum):
    KICKOFF = "kickoff"
    MIDTERM = "midterm"
    FINAL = "final"


class VisitMode(StrEnum):
    ON_SITE = "on_site"
    PHONE = "phone"
    VIDEO = "video"


class EvaluationStage(StrEnum):
    MIDTERM = "midterm"
    FINAL = "final"


class ScanMoment(StrEnum):
    START = "start"
    END = "end"


class Phase(StrEnum):
    """Phase of the internship a task or competence belongs to."""

    START = "start"
    MIDTERM = "midterm"
    END = "end"


class CompetenceKind(StrEnum):
    TECHNICAL = "technical"
    SOFT = "soft"


class Recommendation(StrEnum):
    """Mentor's recommendation for employment."""

    YES = "yes"
    WITH_RESERVATIONS = "with_reservations"
    NO = "no"


class AuditAction(StrEnum):
    INSERT = "insert"
    UPDATE = "update"
    DELETE = "delete"
