"""Issued documents, the audit trail, settings and the drafts of forms being edited."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, Index, LargeBinary, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from consultant_app.domain.enums import AuditAction, Language
from consultant_app.store.models.base import Base, Record, enum_column, utcnow


class IssuedDocument(Record):
    """A PDF the application printed or a scan it received, stored with its SHA-256."""

    __tablename__ = "issued_document"

    internship_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("internship.id"), index=True)
    kind: Mapped[str] = mapped_column(String(40))
    language: Mapped[Language | None] = mapped_column(enum_column(Language, 2))
    version: Mapped[int] = mapped_column(default=1)
    filename: Mapped[str] = mapped_column(String(260))
    media_type: Mapped[str] = mapped_column(String(80), default="application/pdf")
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    content: Mapped[bytes] = mapped_column(LargeBinary)
    issued_at: Mapped[datetime] = mapped_column(default=utcnow)
    issued_by: Mapped[str | None] = mapped_column(String(200))


class AuditEntry(Record):
    """Who changed which field of which record, and when."""

    __tablename__ = "audit_entry"
    __table_args__ = (Index("ix_audit_entry_entity", "entity", "entity_id"),)

    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    actor: Mapped[str] = mapped_column(String(200))
    action: Mapped[AuditAction] = mapped_column(enum_column(AuditAction, 8))
    entity: Mapped[str] = mapped_column(String(60))
    entity_id: Mapped[uuid.UUID]
    field: Mapped[str | None] = mapped_column(String(60))
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)


class Setting(Base):
    """A key/value setting of this database (programme rules, the fund's identity)."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    #: JSON-encoded value.
    value: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class FormDraft(Base):
    """The unsaved values of a form, kept while it is edited so that a crash loses seconds only.

    One draft per form kind and record (``record_id`` is NULL for a record not yet
    saved). Not a :class:`Record`: a draft is never audited, never merged between
    laptops and never soft-deleted; it is deleted for good once the form is saved
    or its changes are discarded.
    """

    __tablename__ = "form_draft"
    __table_args__ = (Index("ix_form_draft_kind_record", "kind", "record_id", unique=True),)

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    #: Which form: ``intern``, ``host``, ``mentor``, ``internship`` (the new-internship wizard).
    kind: Mapped[str] = mapped_column(String(40))
    #: The record edited; NULL for a new one.
    record_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    #: The record it belongs to, when the form needs one (the host of a mentor).
    owner_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    #: What the draft is about, shown when it is offered back (a person's or a company's name).
    title: Mapped[str] = mapped_column(String(200), default="")
    #: JSON object: form field -> the text typed in it.
    payload: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
