"""Stored values as plain JSON values, for the right of access.

Enums by their code, dates in ISO 8601, times in ISO 8601 in UTC, decimals as
numbers; other people by their name only.
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

from consultant_app.store.models import Consultant, Mentor, Record

__all__ = ["catalogue_name", "other_person", "plain_value", "record_values"]


def plain_value(value: Any) -> Any:
    """*value* as JSON: enums by their code, dates ISO, times ISO in UTC, decimals as numbers."""
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime):
        moment = value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
        return moment.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, uuid.UUID):
        return str(value)
    return str(value)


def record_values(record: Record, names: str) -> dict[str, Any]:
    """The columns *names* (space separated) of *record*, and its ``deleted_at``."""
    row = {name: plain_value(getattr(record, name)) for name in names.split()}
    row["deleted_at"] = plain_value(record.deleted_at)
    return row


def catalogue_name(model: Any, language: str) -> str:
    """The name in *language* of a catalogue entry (function, cluster); ``""`` for none."""
    return str(model.name(language)) if model is not None else ""


def other_person(person: Mentor | Consultant | None, *extra: str) -> dict[str, Any] | None:
    """Another person as the intern's records show them: the name, and the columns *extra*."""
    if person is None:
        return None
    shown = {"name": person.full_name}
    shown.update({name: plain_value(getattr(person, name)) for name in extra})
    return shown
