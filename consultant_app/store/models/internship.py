"""The internship with its convention data, interruptions, signatures and amendments."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, Index, Numeric, String, Text, collate
from sqlalchemy.orm import Mapped, mapped_column, relationship

from consultant_app.domain.enums import (
    InternshipStatus,
    InterruptionKind,
    Language,
    SignatoryParty,
)
from consultant_app.store.models.base import Record, enum_column

if TYPE_CHECKING:
    from consultant_app.store.models.catalogue import Function
    from consultant_app.store.models.people import Consultant, Host, Intern, Mentor


class Internship(Record):
    """One internship and its three-party convention."""

    __tablename__ = "internship"
    __table_args__ = (
        Index("ix_internship_status_start", "status", "start_date"),
        Index("ix_internship_start_date", "start_date"),
    )

    #: Human reference such as ``SM-2021-042``.
    reference: Mapped[str] = mapped_column(String(20), unique=True)
    intern_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("intern.id"), index=True)
    host_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("host.id"), index=True)
    mentor_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("mentor.id"), index=True)
    consultant_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("consultant.id"), index=True)
    function_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("function.id"), index=True)
    status: Mapped[InternshipStatus] = mapped_column(
        enum_column(InternshipStatus), default=InternshipStatus.DRAFT
    )
    start_date: Mapped[date]
    planned_end_date: Mapped[date]
    #: Set when the internship ended early (terminated) or on another day than planned.
    actual_end_date: Mapped[date | None]
    termination_reason: Mapped[str | None] = mapped_column(Text)
    cancellation_reason: Mapped[str | None] = mapped_column(Text)
    # Convention data
    convention_language: Mapped[Language] = mapped_column(enum_column(Language, 2))
    convention_version: Mapped[int] = mapped_column(default=1)
    hours_per_week: Mapped[Decimal | None] = mapped_column(Numeric(4, 1))
    #: Weekly schedule as text, e.g. ``Mon-Fri 9:00-17:00``.
    schedule: Mapped[str | None] = mapped_column(Text)
    workplace: Mapped[str | None] = mapped_column(Text)
    objectives: Mapped[str | None] = mapped_column(Text)
    expenses: Mapped[str | None] = mapped_column(Text)
    no_replacement_declared: Mapped[bool] = mapped_column(default=False)
    signed_on: Mapped[date | None]
    scan_document_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("issued_document.id", use_alter=True)
    )

    intern: Mapped[Intern] = relationship(back_populates="internships")
    host: Mapped[Host] = relationship(back_populates="internships")
    mentor: Mapped[Mentor | None] = relationship()
    consultant: Mapped[Consultant | None] = relationship()
    function: Mapped[Function] = relationship()
    interruptions: Mapped[list[Interruption]] = relationship(
        back_populates="internship", order_by="Interruption.start_date"
    )
    signatures: Mapped[list[Signature]] = relationship(back_populates="internship")
    amendments: Mapped[list[Amendment]] = relationship(
        back_populates="internship", order_by="Amendment.version"
    )

    @property
    def end_date(self) -> date:
        """The day the internship ends: the actual end when known, else the planned end."""
        return self.actual_end_date or self.planned_end_date


class Interruption(Record):
    """A period (sickness, suspension) whose days do not count."""

    __tablename__ = "interruption"

    internship_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("internship.id"), index=True)
    kind: Mapped[InterruptionKind] = mapped_column(enum_column(InterruptionKind, 12))
    start_date: Mapped[date]
    end_date: Mapped[date]
    note: Mapped[str | None] = mapped_column(Text)

    internship: Mapped[Internship] = relationship(back_populates="interruptions")


class Signature(Record):
    """Who signed the paper convention for one party, and when."""

    __tablename__ = "signature"

    internship_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("internship.id"), index=True)
    party: Mapped[SignatoryParty] = mapped_column(enum_column(SignatoryParty, 8))
    signer_name: Mapped[str] = mapped_column(String(200))
    signed_on: Mapped[date]
    place: Mapped[str | None] = mapped_column(String(120))
    convention_version: Mapped[int] = mapped_column(default=1)

    internship: Mapped[Internship] = relationship(back_populates="signatures")


class Amendment(Record):
    """An amendment (avenant) to a signed convention: a new numbered version."""

    __tablename__ = "amendment"

    internship_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("internship.id"), index=True)
    version: Mapped[int]
    decided_on: Mapped[date]
    #: What changed, as a JSON object ``{field: [old, new]}``.
    changes: Mapped[str] = mapped_column(Text)
    reason: Mapped[str | None] = mapped_column(Text)

    internship: Mapped[Internship] = relationship(back_populates="amendments")


class RuleOverride(Record):
    """A programme rule a consultant overrode for one internship, with the written reason."""

    __tablename__ = "rule_override"

    internship_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("internship.id"), index=True)
    rule: Mapped[str] = mapped_column(String(60))
    message: Mapped[str] = mapped_column(Text)
    reason: Mapped[str] = mapped_column(Text)
    overridden_by: Mapped[str] = mapped_column(String(200))
    overridden_at: Mapped[datetime]


#: Covers the Internships list's default order, so that paging walks this index only.
Index(
    "ix_internship_list_order",
    Internship.start_date.desc(),
    collate(Internship.reference, "NOCASE"),
    Internship.id,
    Internship.deleted_at,
)
