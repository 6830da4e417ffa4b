"""Writing a resolved import: bulk statements, row chunk by row chunk, with the audit trail.

The records are written with Core ``INSERT``/``UPDATE`` statements (one
``executemany`` per table and chunk), so the ORM's flush events do not run:
the search texts and the audit entries they would write are written here, in
the same shape (one ``insert`` entry per new record, one ``update`` entry per
changed column).
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

from sqlalchemy import Table, insert
from sqlalchemy.orm import Session

from consultant_app.domain.enums import AuditAction
from consultant_app.services.exchange.planned import Planned, Resolution
from consultant_app.store.models import (
    AuditEntry,
    Consultant,
    Function,
    Host,
    Intern,
    Internship,
    Mentor,
    utcnow,
)
from consultant_app.store.search_index import FIELDS_BY_TABLE, search_text

#: Rows between two calls of the progress callback.
CHUNK_ROWS = 100
#: Tables in the order their records must be written (a record before those pointing at it).
WRITE_ORDER: tuple[tuple[str, Table], ...] = (
    ("function", Function.__table__),  # type: ignore[arg-type]
    ("consultant", Consultant.__table__),  # type: ignore[arg-type]
    ("host", Host.__table__),  # type: ignore[arg-type]
    ("intern", Intern.__table__),  # type: ignore[arg-type]
    ("mentor", Mentor.__table__),  # type: ignore[arg-type]
    ("internship", Internship.__table__),  # type: ignore[arg-type]
)
_AUDIT: Table = AuditEntry.__table__  # type: ignore[assignment]


class ImportCancelled(Exception):
    """The progress callback asked to stop: the transaction was rolled back, nothing written."""

    def __init__(self) -> None:
        super().__init__("The import was cancelled; nothing was written.")


def _audit_text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, uuid.UUID | Decimal):
        return str(value)
    return str(value)


class Writer:
    """Writes the records of a resolution chunk by chunk in the caller's transaction."""

    def __init__(self, session: Session, resolution: Resolution, actor: str) -> None:
        self.session = session
        self.resolution = resolution
        self.actor = actor
        self.now = utcnow()
        #: Records to write, by table and by the first row that uses them.
        self.by_row: dict[str, dict[int, list[Planned]]] = defaultdict(lambda: defaultdict(list))
        for table, records in resolution.used.items():
            for record in records:
                assert record.first_row is not None
                self.by_row[table][record.first_row].append(record)
        for index, internship in enumerate(resolution.internships):
            self.by_row["internship"][index].append(internship)

    def write(self, progress: Callable[[int, int], bool] | None) -> None:
        total = len(self.resolution.rows)
        if progress is not None and progress(0, total) is False:
            raise ImportCancelled
        for start in range(0, total, CHUNK_ROWS):
            end = min(start + CHUNK_ROWS, total)
            self._write_rows(start, end)
            if progress is not None and progress(end, total) is False:
                raise ImportCancelled

    def _write_rows(self, start: int, end: int) -> None:
        audit: list[dict[str, Any]] = []
        for table_name, table in WRITE_ORDER:
            rows = self.by_row.get(table_name)
            if not rows:
                continue
            records = [record for index in range(start, end) for record in rows.get(index, ())]
            new = [record for record in records if record.is_new]
            if new:
                values = [self._insert_values(record) for record in new]
                self.session.execute(insert(table), values)
                audit.extend(self._audit(record, AuditAction.INSERT) for record in new)
            for record in records:
                changes = record.changes()
                if changes:
                    self._update(table, record, changes)
                    audit.extend(
                        self._audit(record, AuditAction.UPDATE, name, old, new_value)
                        for name, (old, new_value) in changes.items()
                    )
        if audit:
            self.session.execute(insert(_AUDIT), audit)

    def _search_text(self, record: Planned) -> str | None:
        if record.table not in FIELDS_BY_TABLE:
            return None
        return search_text(record.table, record.extra | record.desired)

    def _insert_values(self, record: Planned) -> dict[str, Any]:
        values = {"id": record.id, "created_at": self.now, "updated_at": self.now}
        values.update(record.desired)
        text = self._search_text(record)
        if text is not None:
            values["search_text"] = text
        return values

    def _update(self, table: Table, record: Planned, changes: dict[str, tuple[Any, Any]]) -> None:
        values = {name: new for name, (_, new) in changes.items()}
        values["updated_at"] = self.now
        text = self._search_text(record)
        if text is not None:
            values["search_text"] = text
        self.session.execute(table.update().where(table.c.id == record.id).values(values))

    def _audit(
        self,
        record: Planned,
        action: AuditAction,
        name: str | None = None,
        old: Any = None,
        new: Any = None,
    ) -> dict[str, Any]:
        return {
            "id": uuid.uuid4(),
            "created_at": self.now,
            "updated_at": self.now,
            "at": self.now,
            "actor": self.actor,
            "action": action,
            "entity": record.table,
            "entity_id": record.id,
            "field": name,
            "old_value": _audit_text(old),
            "new_value": _audit_text(new),
        }
