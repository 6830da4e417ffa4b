"""The records an import plans to write, each with its stored and wanted values, and the
resolution that gathers them with the rows' problems and notices."""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from consultant_app.services.exchange.parse import ParsedRow, RowProblem

CREATE = "create"
UPDATE = "update"
UNCHANGED = "unchanged"
ACTIONS: tuple[str, ...] = (CREATE, UPDATE, UNCHANGED)
#: Entities of the counts, with the table each one is stored in.
ENTITY_TABLES: dict[str, str] = {
    "interns": "intern",
    "hosts": "host",
    "mentors": "mentor",
    "functions": "function",
    "consultants": "consultant",
    "internships": "internship",
}
ENTITIES: tuple[str, ...] = tuple(ENTITY_TABLES)
#: The file column of the host columns whose name differs.
_COLUMN_OF = {
    "language_role": "host_language",
    "joint_committee_other": "host_joint_committee",
}


@dataclass(eq=False)
class Planned:
    """One record the import touches: its stored values (``None`` when new) and the wanted ones."""

    table: str
    id: uuid.UUID
    current: dict[str, Any] | None
    desired: dict[str, Any]
    #: Stored values the search text also needs (municipality, contact email).
    extra: dict[str, Any] = field(default_factory=dict)
    #: Index of the first resolved row that uses it (``None`` while unused).
    first_row: int | None = None
    #: File line of the last row that gave its values.
    line: int | None = None

    @property
    def is_new(self) -> bool:
        return self.current is None

    def changes(self) -> dict[str, tuple[Any, Any]]:
        """``{column: (stored, wanted)}`` of the stored columns the file changes."""
        if self.current is None:
            return {}
        return {
            name: (self.current[name], value)
            for name, value in self.desired.items()
            if name in self.current and self.current[name] != value
        }

    @property
    def action(self) -> str:
        if self.current is None:
            return CREATE
        return UPDATE if self.changes() else UNCHANGED


@dataclass
class Resolution:
    """The rows that could be matched, each with its internship, and what they touch."""

    rows: list[ParsedRow] = field(default_factory=list)
    internships: list[Planned] = field(default_factory=list)
    #: The records rows use, by table, in the order of first use.
    used: dict[str, list[Planned]] = field(default_factory=lambda: defaultdict(list))
    problems: list[RowProblem] = field(default_factory=list)
    notices: list[RowProblem] = field(default_factory=list)

    def counts(self) -> dict[str, dict[str, int]]:
        counts = {entity: dict.fromkeys(ACTIONS, 0) for entity in ENTITIES}
        for entity, table in ENTITY_TABLES.items():
            records = self.internships if table == "internship" else self.used.get(table, [])
            for record in records:
                counts[entity][record.action] += 1
        return counts

    def use(self, record: Planned, index: int) -> Planned:
        """*record*, noted as used by the resolved row *index* unless an earlier row uses it."""
        if record.first_row is None:
            record.first_row = index
            self.used[record.table].append(record)
        return record

    def note_conflict(self, record: Planned, wanted: dict[str, Any], line: int, what: str) -> None:
        """A notice when an earlier row of the file gave the same record other values."""
        if record.line is not None and record.first_row is not None:
            differing = [name for name, value in wanted.items() if record.desired[name] != value]
            if differing:
                columns = ", ".join(
                    dict.fromkeys(_COLUMN_OF.get(name, f"{what}_{name}") for name in differing)
                )
                self.notices.append(
                    RowProblem(
                        line,
                        "host_enterprise_number" if what == "host" else f"{what}_last_name",
                        f"{what}.conflict",
                        f"Line {record.line} gives this {what} other values ({columns}); "
                        "the values of the later row are kept.",
                    )
                )
        record.line = line
