"""The frozen text of a convention version, as it was sent for signature."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import ForeignKey, Index, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from consultant_app.store.models.base import Base, utcnow


class ConventionSnapshot(Base):
    """Everything a convention version prints, kept once it is sent for signature.

    One row per internship and convention version. ``content`` is a JSON object of
    plain values (the printed data in each document language); a reprint of the
    version renders from it, so a later change of a party never changes a signed
    text. Not a :class:`~consultant_app.store.models.base.Record`: a snapshot is
    never edited (only anonymisation blanks a person's fields in it) and never
    soft-deleted.
    """

    __tablename__ = "convention_snapshot"
    __table_args__ = (
        Index("ix_convention_snapshot_version", "internship_id", "version", unique=True),
    )

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    internship_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("internship.id"))
    version: Mapped[int]
    #: The convention language of that version (``nl``, ``fr``, ``en``).
    language: Mapped[str] = mapped_column(String(2))
    #: The document date printed on the convention.
    issued_on: Mapped[date]
    #: SHA-256 of the document templates the text was printed with.
    template_revision: Mapped[str] = mapped_column(String(64))
    #: JSON object: ``{"languages": {"nl": {...}, "fr": {...}, "en": {...}}}``.
    content: Mapped[str] = mapped_column(Text)
    taken_at: Mapped[datetime] = mapped_column(default=utcnow)
    #: The first PDF issued from this snapshot in its language: when and its SHA-256.
    issued_at: Mapped[datetime | None]
    issued_sha256: Mapped[str | None] = mapped_column(String(64))
