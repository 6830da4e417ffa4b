"""What an import changes in the records it finds: every field as ``old → new``, and the
renames of hosts and people, which the import flags as warnings.

Nothing in an import updates a stored record silently: the preview (the
command line's ``--dry-run`` and the import dialog) lists these changes, and a
real import that updates records asks for a confirmation first.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from enum import Enum
from typing import Any

from consultant_app.services.exchange.parse import RowProblem
from consultant_app.services.exchange.planned import Planned, Resolution

#: The columns whose change renames a record, by table.
RENAMING: dict[str, tuple[str, ...]] = {
    "host": ("name",),
    "intern": ("first_name", "last_name"),
    "mentor": ("first_name", "last_name"),
    "consultant": ("first_name", "last_name"),
}
#: How each table is named in the list of changes.
KINDS: dict[str, str] = {
    "internship": "internship",
    "intern": "intern",
    "host": "host",
    "mentor": "mentor",
    "consultant": "consultant",
    "function": "function",
}
EMPTY = "(empty)"


@dataclass(frozen=True, slots=True)
class RecordChange:
    """A stored record the import would change: its kind, a label, the first file line
    that changes it, and each changed field as ``(field, old, new)`` in words."""

    table: str
    label: str
    line: int
    fields: tuple[tuple[str, str, str], ...]

    @property
    def renamed(self) -> bool:
        return any(name in RENAMING.get(self.table, ()) for name, _, _ in self.fields)

    def describe(self) -> str:
        """``intern Lena Peeters (line 2): first_name 'Lena' → 'Lena-Marie'``"""
        fields = "; ".join(f"{name} {old} → {new}" for name, old, new in self.fields)
        return f"{KINDS.get(self.table, self.table)} {self.label} (line {self.line}): {fields}"


def label(record: Planned, values: Mapping[str, Any] | None = None) -> str:
    """A short name of *record* from *values* (its stored ones by default)."""
    values = values if values is not None else (record.current or record.desired)
    if record.table == "host":
        return f"{values.get('name')} ({values.get('enterprise_number')})"
    if record.table == "function":
        return str(values.get("name_en") or values.get("code"))
    if "first_name" in values:
        return f"{values.get('first_name')} {values.get('last_name')}".strip()
    return str(record.id)


def _shown(value: Any, labels: Mapping[uuid.UUID, str]) -> str:
    if value is None or value == "":
        return EMPTY
    if isinstance(value, uuid.UUID):
        return repr(labels.get(value, str(value)))
    if isinstance(value, Enum):
        return repr(str(value.value))
    if isinstance(value, date):
        return value.isoformat()
    return repr(value)


def record_changes(resolution: Resolution, labels: Mapping[uuid.UUID, str]) -> list[RecordChange]:
    """Every stored record *resolution* would change, in file order, with its fields."""
    lines = [row.line for row in resolution.rows]
    found: list[RecordChange] = []
    records: Iterable[tuple[Planned, str]] = [
        (internship, row.reference)
        for internship, row in zip(resolution.internships, resolution.rows, strict=True)
    ]
    for table_records in resolution.used.values():
        records = [*records, *((record, label(record)) for record in table_records)]
    for record, name in records:
        changes = record.changes()
        if not changes or record.first_row is None:
            continue
        fields = tuple(
            (field, _shown(old, labels), _shown(new, labels))
            for field, (old, new) in changes.items()
        )
        found.append(RecordChange(record.table, name, lines[record.first_row], fields))
    return sorted(found, key=lambda change: change.line)


def rename_warnings(changes: Iterable[RecordChange]) -> list[RowProblem]:
    """A warning for every host or person the import would rename."""
    warnings = []
    for change in changes:
        if not change.renamed:
            continue
        kind = KINDS.get(change.table, change.table)
        names = [f"{name} {old} → {new}" for name, old, new in change.fields]
        column = "host_name" if change.table == "host" else f"{kind}_last_name"
        if change.table in ("mentor", "consultant"):
            column = "mentor_name" if change.table == "mentor" else "consultant"
        warnings.append(
            RowProblem(
                change.line,
                column,
                f"{kind}.renamed",
                f"The import renames the {kind} {change.label}: "
                + "; ".join(n for n in names if n.split()[0] in RENAMING[change.table])
                + ".",
            )
        )
    return warnings
