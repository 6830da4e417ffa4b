"""People and organisations: consultants, interns, hosts, mentors, training plans."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, Index, Numeric, String, Text, UniqueConstraint, collate
from sqlalchemy.orm import Mapped, mapped_column, relationship

from consultant_app.domain.enums import (
    Gender,
    JobSeekerAgency,
    JointCommittee,
    Language,
    LanguageRole,
    TrainingPlanStatus,
)
from consultant_app.store.models.base import Record, enum_column

if TYPE_CHECKING:
    from consultant_app.store.models.catalogue import Function
    from consultant_app.store.models.internship import Internship


class Consultant(Record):
    """A consultant of the fund: the user of the application."""

    __tablename__ = "consultant"

    first_name: Mapped[str] = mapped_column(String(80))
    last_name: Mapped[str] = mapped_column(String(80))
    email: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(40))
    language: Mapped[Language] = mapped_column(enum_column(Language), default=Language.NL)

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}"


class AddressMixin:
    street: Mapped[str | None] = mapped_column(String(200))
    house_number: Mapped[str | None] = mapped_column(String(20))
    box: Mapped[str | None] = mapped_column(String(20))
    postcode: Mapped[str | None] = mapped_column(String(10))
    municipality: Mapped[str | None] = mapped_column(String(120))


class Intern(AddressMixin, Record):
    """A young job seeker registered with the fund (stagiaire / stagiair)."""

    __tablename__ = "intern"
    __table_args__ = (
        Index("ix_intern_name_birth", "last_name", "first_name", "birth_date"),
        Index("ix_intern_search_text", "search_text"),
    )

    first_name: Mapped[str] = mapped_column(String(120))
    last_name: Mapped[str] = mapped_column(String(120))
    birth_date: Mapped[date]
    gender: Mapped[Gender] = mapped_column(enum_column(Gender, 1))
    language: Mapped[Language] = mapped_column(enum_column(Language, 2))
    national_number: Mapped[str | None] = mapped_column(String(11), index=True)
    email: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(40))
    jobseeker_agency: Mapped[JobSeekerAgency | None] = mapped_column(
        enum_column(JobSeekerAgency, 10)
    )
    jobseeker_number: Mapped[str | None] = mapped_column(String(40))
    jobseeker_since: Mapped[date | None]
    diploma: Mapped[str | None] = mapped_column(String(200))
    school: Mapped[str | None] = mapped_column(String(200))
    interests: Mapped[str | None] = mapped_column(Text)
    registered_on: Mapped[date | None]
    consent_on: Mapped[date | None]
    #: Accent- and case-folded text over name, national number, email and municipality.
    search_text: Mapped[str] = mapped_column(String(600), default="", server_default="")

    internships: Mapped[list[Internship]] = relationship(back_populates="intern")
    wished_functions: Mapped[list[InternWishedFunction]] = relationship(
        back_populates="intern", cascade="all, delete-orphan"
    )

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}"


class InternWishedFunction(Record):
    """A function of the catalogue an intern wishes to do an internship in."""

    __tablename__ = "intern_wished_function"
    __table_args__ = (UniqueConstraint("intern_id", "function_id", name="intern_function"),)

    intern_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("intern.id"), index=True)
    function_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("function.id"), index=True)

    intern: Mapped[Intern] = relationship(back_populates="wished_functions")
    function: Mapped[Function] = relationship()


class Host(AddressMixin, Record):
    """A host company (donneur de stage / stagegever)."""

    __tablename__ = "host"
    __table_args__ = (Index("ix_host_search_text", "search_text"),)

    name: Mapped[str] = mapped_column(String(300))
    enterprise_number: Mapped[str | None] = mapped_column(String(10), index=True)
    legal_form: Mapped[str | None] = mapped_column(String(40))
    joint_committee: Mapped[JointCommittee] = mapped_column(enum_column(JointCommittee, 10))
    joint_committee_other: Mapped[str | None] = mapped_column(String(20))
    language_role: Mapped[LanguageRole] = mapped_column(enum_column(LanguageRole, 2))
    website: Mapped[str | None] = mapped_column(String(200))
    employees_fte: Mapped[Decimal | None] = mapped_column(Numeric(8, 1))
    contact_name: Mapped[str | None] = mapped_column(String(200))
    contact_email: Mapped[str | None] = mapped_column(String(200))
    contact_phone: Mapped[str | None] = mapped_column(String(40))
    represented_by: Mapped[str | None] = mapped_column(String(200))
    search_text: Mapped[str] = mapped_column(String(600), default="", server_default="")

    mentors: Mapped[list[Mentor]] = relationship(back_populates="host")
    training_plans: Mapped[list[TrainingPlan]] = relationship(back_populates="host")
    internships: Mapped[list[Internship]] = relationship(back_populates="host")


class Mentor(Record):
    """The host's employee who guides the intern (maître de stage / stagementor)."""

    __tablename__ = "mentor"
    __table_args__ = (Index("ix_mentor_search_text", "search_text"),)

    host_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("host.id"), index=True)
    first_name: Mapped[str] = mapped_column(String(120))
    last_name: Mapped[str] = mapped_column(String(120))
    job_title: Mapped[str | None] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(40))
    years_experience: Mapped[int | None]
    mentor_training: Mapped[bool] = mapped_column(default=False)
    search_text: Mapped[str] = mapped_column(String(600), default="", server_default="")

    host: Mapped[Host] = relationship(back_populates="mentors")

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}"


class TrainingPlan(Record):
    """The host's yearly training policy plan (plan de politique de formation)."""

    __tablename__ = "training_plan"
    __table_args__ = (UniqueConstraint("host_id", "year", name="host_year"),)

    host_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("host.id"), index=True)
    year: Mapped[int]
    status: Mapped[TrainingPlanStatus] = mapped_column(
        enum_column(TrainingPlanStatus, 10), default=TrainingPlanStatus.REQUESTED
    )
    training_budget: Mapped[Decimal | None] = mapped_column(Numeric(12, 2))
    coaching_new_staff: Mapped[str | None] = mapped_column(Text)
    mentors_trained: Mapped[int | None]
    talent_policy: Mapped[str | None] = mapped_column(Text)
    comments: Mapped[str | None] = mapped_column(Text)
    received_on: Mapped[date | None]

    host: Mapped[Host] = relationship(back_populates="training_plans")


#: Cover the default orders of the Interns and Hosts lists (names, case-insensitive).
Index(
    "ix_intern_list_order",
    collate(Intern.last_name, "NOCASE"),
    collate(Intern.first_name, "NOCASE"),
    Intern.id,
    Intern.deleted_at,
)
Index("ix_host_list_order", collate(Host.name, "NOCASE"), Host.id, Host.deleted_at)
