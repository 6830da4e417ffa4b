"""The audit trail: every change made through a session is written as AuditEntry rows."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session, sessionmaker

from consultant_app.domain.enums import AuditAction
from consultant_app.store.models import AuditEntry, Record

#: Columns whose change is bookkeeping, not a user's edit.
IGNORED_FIELDS = frozenset({"id", "created_at", "updated_at", "search_text"})


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, uuid.UUID | Decimal):
        return str(value)
    if isinstance(value, bytes):
        return f"<{len(value)} bytes>"
    return str(value)


def _entry(obj: Record, actor: str, action: AuditAction, **values: Any) -> AuditEntry:
    if obj.id is None:
        obj.id = uuid.uuid4()
    return AuditEntry(
        actor=actor, action=action, entity=obj.__tablename__, entity_id=obj.id, **values
    )


def _changes(obj: Record) -> list[tuple[str, str | None, str | None]]:
    state = inspect(obj)
    changes = []
    for attr in state.mapper.column_attrs:
        if attr.key in IGNORED_FIELDS:
            continue
        history = state.attrs[attr.key].history
        if not history.has_changes():
            continue
        old = history.deleted[0] if history.deleted else None
        new = history.added[0] if history.added else None
        if old != new:
            changes.append((attr.key, _text(old), _text(new)))
    return changes


def record_changes(session: Session, _context: Any, _instances: Any) -> None:
    actor = str(session.info.get("actor", "unknown"))
    entries: list[AuditEntry] = []
    for obj in session.new:
        if isinstance(obj, Record) and not isinstance(obj, AuditEntry):
            entries.append(_entry(obj, actor, AuditAction.INSERT))
    for obj in session.dirty:
        if not isinstance(obj, Record) or isinstance(obj, AuditEntry):
            continue
        for field, old, new in _changes(obj):
            action = AuditAction.UPDATE
            if field == "deleted_at" and new is not None:
                action = AuditAction.DELETE
            entries.append(_entry(obj, actor, action, field=field, old_value=old, new_value=new))
    for obj in session.deleted:
        if isinstance(obj, Record) and not isinstance(obj, AuditEntry):
            entries.append(_entry(obj, actor, AuditAction.DELETE))
    session.add_all(entries)


def install(factory: sessionmaker[Session]) -> None:
    """Write the audit trail for every session made by *factory*."""
    event.listen(factory, "before_flush", record_changes)
