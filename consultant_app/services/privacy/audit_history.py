"""The audit trail of one record, newest first, for the History dialog and the access export.

The store writes an :class:`~consultant_app.store.models.AuditEntry` for every
change (see :mod:`consultant_app.store.audit`). :func:`record_history` reads the
entries of one record and, with ``dependents=True``, of the rows that belong to
it and are edited on its screen:

* an intern: its wished functions;
* a host: its training policy plans (its mentors have their own history);
* an internship: its interruptions, signatures, amendments, rule overrides,
  issued documents, workstation sheet and risks, tasks, competences, visits,
  follow-up log, evaluations and their scores, workplace evaluation, and
  competence scans and their scores.

Each entry says which record it belongs to (``entity``, a table name) and, for a
dependent row, a few words telling which one (``item``: the function's name, the
file name, the visit's kind and day...). A soft delete is shown as the action
``delete`` and undoing it as ``restore``, without the ``deleted_at`` column.
The ids of a function, mentor, consultant, host or scanned document in
``old_value`` and ``new_value`` are replaced by their names.

Records with many entries are read a page at a time (``limit`` and ``offset``);
:attr:`HistoryPage.total` tells how many there are in all.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import Enum
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, func, or_, select
from sqlalchemy.orm import Session

from consultant_app.store.database import Database
from consultant_app.store.models import (
    Amendment,
    AuditEntry,
    CompetenceScan,
    CompetenceScanScore,
    Consultant,
    Evaluation,
    EvaluationScore,
    Function,
    Host,
    Internship,
    InternshipCompetence,
    InternshipTask,
    InternWishedFunction,
    Interruption,
    IssuedDocument,
    Mentor,
    RiskAssessment,
    RiskItem,
    RuleOverride,
    Signature,
    TrainingPlan,
    Visit,
    VisitLogEntry,
    WorkplaceEvaluation,
)

__all__ = [
    "DEFAULT_LIMIT",
    "DELETE",
    "HISTORY_ENTITIES",
    "INSERT",
    "MAX_LIMIT",
    "RESTORE",
    "UPDATE",
    "HistoryEntry",
    "HistoryPage",
    "internship_targets",
    "read_entries",
    "record_history",
]

#: Entries read at once when no limit is given, and the most one page may hold.
DEFAULT_LIMIT = 200
MAX_LIMIT = 2000

#: The actions of a :class:`HistoryEntry`.
INSERT, UPDATE, DELETE, RESTORE = "insert", "update", "delete", "restore"

#: The records that have a history screen (any table name is accepted all the same).
HISTORY_ENTITIES = ("intern", "host", "mentor", "internship")

#: Longest text of an :attr:`HistoryEntry.item` part.
_ITEM_LENGTH = 60


@dataclass(frozen=True)
class HistoryEntry:
    """One change: when (UTC), who, what (``insert``, ``update``, ``delete``, ``restore``),
    to which record and field, and the value before and after (stored text, ``None`` for
    empty; ids of related records replaced by their names)."""

    at: datetime
    actor: str
    action: str
    entity: str
    entity_id: uuid.UUID
    field: str | None
    old_value: str | None
    new_value: str | None
    #: For a dependent row: a few words naming it (codes, ISO dates or short texts).
    item: tuple[str, ...] = ()

    def as_dict(self) -> dict[str, Any]:
        """The entry as JSON-serialisable values (the time in ISO 8601, UTC)."""
        return {
            "at": self.at.isoformat(),
            "actor": self.actor,
            "action": self.action,
            "entity": self.entity,
            "entity_id": str(self.entity_id),
            "item": list(self.item),
            "field": self.field,
            "old_value": self.old_value,
            "new_value": self.new_value,
        }


@dataclass(frozen=True)
class HistoryPage:
    """Entries ``offset`` to ``offset + len(entries)`` of ``total``, newest first."""

    entity: str
    record_id: uuid.UUID
    entries: tuple[HistoryEntry, ...]
    total: int
    offset: int = 0

    @property
    def has_more(self) -> bool:
        """Whether older entries follow this page."""
        return self.offset + len(self.entries) < self.total


#: ``(entity, ids)``: the entries of the records of table *entity* whose ids *ids* selects
#: (a statement selecting one column of ids, or a list of ids).
Target = tuple[str, "Select[Any] | Sequence[uuid.UUID]"]


def _ids(model: Any, condition: ColumnElement[bool]) -> Select[Any]:
    return select(model.id).where(condition)


def internship_targets(internships: Select[Any]) -> list[Target]:
    """The internships whose ids *internships* selects, and every row that belongs to them."""
    assessments = _ids(RiskAssessment, RiskAssessment.internship_id.in_(internships))
    evaluations = _ids(Evaluation, Evaluation.internship_id.in_(internships))
    scans = _ids(CompetenceScan, CompetenceScan.internship_id.in_(internships))
    targets: list[Target] = [("internship", internships)]
    for model in (
        Interruption,
        Signature,
        Amendment,
        RuleOverride,
        IssuedDocument,
        RiskAssessment,
        InternshipTask,
        InternshipCompetence,
        Evaluation,
        WorkplaceEvaluation,
        CompetenceScan,
        Visit,
        VisitLogEntry,
    ):
        targets.append((model.__tablename__, _ids(model, model.internship_id.in_(internships))))
    targets += [
        ("risk_item", _ids(RiskItem, RiskItem.risk_assessment_id.in_(assessments))),
        ("evaluation_score", _ids(EvaluationScore, EvaluationScore.evaluation_id.in_(evaluations))),
        (
            "competence_scan_score",
            _ids(CompetenceScanScore, CompetenceScanScore.scan_id.in_(scans)),
        ),
    ]
    return targets


def _targets(entity: str, record_id: uuid.UUID, dependents: bool) -> list[Target]:
    if not dependents:
        return [(entity, [record_id])]
    if entity == "internship":
        return internship_targets(_ids(Internship, Internship.id == record_id))
    targets: list[Target] = [(entity, [record_id])]
    if entity == "intern":
        targets.append(
            (
                "intern_wished_function",
                _ids(InternWishedFunction, InternWishedFunction.intern_id == record_id),
            )
        )
    elif entity == "host":
        targets.append(("training_plan", _ids(TrainingPlan, TrainingPlan.host_id == record_id)))
    return targets


def _condition(targets: Iterable[Target]) -> ColumnElement[bool]:
    parts = []
    for entity, ids in targets:
        if isinstance(ids, Select):
            parts.append(and_(AuditEntry.entity == entity, AuditEntry.entity_id.in_(ids)))
        elif len(ids) == 1:
            parts.append(and_(AuditEntry.entity == entity, AuditEntry.entity_id == ids[0]))
        else:
            parts.append(and_(AuditEntry.entity == entity, AuditEntry.entity_id.in_(list(ids))))
    return or_(*parts)


# --- names of related records and of dependent rows ------------------------------------


def _short(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, Enum):
        value = value.value
    elif isinstance(value, date | datetime):
        value = value.isoformat()
    text = " ".join(str(value).split())
    return text if len(text) <= _ITEM_LENGTH else text[: _ITEM_LENGTH - 1].rstrip() + "…"


def _function_name(language: str) -> Any:
    column = {"nl": Function.name_nl, "fr": Function.name_fr}.get(language, Function.name_en)
    return func.coalesce(func.nullif(column, ""), Function.name_en)


def _person(model: Any) -> Any:
    return model.first_name + " " + model.last_name


def _item_queries(language: str) -> dict[str, Callable[[Sequence[uuid.UUID]], Select[Any]]]:
    """Per dependent table: the statement giving ``(id, part, part...)`` of some rows."""

    def columns(model: Any, *parts: Any) -> Callable[[Sequence[uuid.UUID]], Select[Any]]:
        return lambda ids: select(model.id, *parts).where(model.id.in_(ids))

    def competence(model: Any) -> Callable[[Sequence[uuid.UUID]], Select[Any]]:
        return lambda ids: (
            select(model.id, InternshipCompetence.text)
            .join(
                InternshipCompetence,
                InternshipCompetence.id == model.internship_competence_id,
            )
            .where(model.id.in_(ids))
        )

    return {
        "intern_wished_function": lambda ids: (
            select(InternWishedFunction.id, _function_name(language))
            .join(Function, Function.id == InternWishedFunction.function_id)
            .where(InternWishedFunction.id.in_(ids))
        ),
        "internship": columns(Internship, Internship.reference),
        "training_plan": columns(TrainingPlan, TrainingPlan.year),
        "interruption": columns(
            Interruption, Interruption.kind, Interruption.start_date, Interruption.end_date
        ),
        "signature": columns(Signature, Signature.party, Signature.convention_version),
        "amendment": columns(Amendment, Amendment.version, Amendment.decided_on),
        "rule_override": columns(RuleOverride, RuleOverride.rule),
        "issued_document": columns(IssuedDocument, IssuedDocument.filename),
        "risk_item": columns(RiskItem, RiskItem.description),
        "internship_task": columns(InternshipTask, InternshipTask.text),
        "internship_competence": columns(InternshipCompetence, InternshipCompetence.text),
        "evaluation": columns(Evaluation, Evaluation.stage),
        "evaluation_score": competence(EvaluationScore),
        "competence_scan": columns(CompetenceScan, CompetenceScan.moment),
        "competence_scan_score": competence(CompetenceScanScore),
        "visit": columns(Visit, Visit.kind, Visit.planned_on),
        "visit_log_entry": columns(VisitLogEntry, VisitLogEntry.kind, VisitLogEntry.at),
    }


def _items(
    session: Session, rows: Sequence[AuditEntry], root: tuple[str, uuid.UUID] | None, language: str
) -> dict[tuple[str, uuid.UUID], tuple[str, ...]]:
    wanted: dict[str, set[uuid.UUID]] = defaultdict(set)
    for row in rows:
        if (row.entity, row.entity_id) != root:
            wanted[row.entity].add(row.entity_id)
    queries = _item_queries(language)
    found: dict[tuple[str, uuid.UUID], tuple[str, ...]] = {}
    for entity, ids in wanted.items():
        query = queries.get(entity)
        if query is None:
            continue
        for row_id, *parts in session.execute(query(sorted(ids))):
            found[(entity, row_id)] = tuple(_short(part) for part in parts if part is not None)
    return found


#: Columns holding the id of another record, with how to name that record.
_REFERENCES: dict[str, tuple[Any, Callable[[str], Any]]] = {
    "function_id": (Function, _function_name),
    "mentor_id": (Mentor, lambda _language: _person(Mentor)),
    "consultant_id": (Consultant, lambda _language: _person(Consultant)),
    "host_id": (Host, lambda _language: Host.name),
    "scan_document_id": (IssuedDocument, lambda _language: IssuedDocument.filename),
}


def _as_uuid(text: str | None) -> uuid.UUID | None:
    if not text:
        return None
    try:
        return uuid.UUID(text)
    except ValueError:
        return None


def _names(session: Session, rows: Sequence[AuditEntry], language: str) -> dict[uuid.UUID, str]:
    wanted: dict[str, set[uuid.UUID]] = defaultdict(set)
    for row in rows:
        if row.field in _REFERENCES:
            for text in (row.old_value, row.new_value):
                value = _as_uuid(text)
                if value is not None:
                    wanted[row.field].add(value)
    names: dict[uuid.UUID, str] = {}
    for field, ids in wanted.items():
        model, name = _REFERENCES[field]
        for row_id, text in session.execute(
            select(model.id, name(language)).where(model.id.in_(sorted(ids)))
        ):
            names[row_id] = str(text)
    return names


def _named(text: str | None, names: dict[uuid.UUID, str]) -> str | None:
    value = _as_uuid(text)
    return names.get(value, text) if value is not None else text


def _utc(moment: datetime) -> datetime:
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _entry(row: AuditEntry, item: tuple[str, ...], names: dict[uuid.UUID, str]) -> HistoryEntry:
    action, field = str(row.action.value), row.field
    old, new = row.old_value, row.new_value
    if field == "deleted_at":
        action = DELETE if new is not None else RESTORE
        field, old, new = None, None, None
    elif field in _REFERENCES:
        old, new = _named(old, names), _named(new, names)
    return HistoryEntry(
        at=_utc(row.at),
        actor=row.actor,
        action=action,
        entity=row.entity,
        entity_id=row.entity_id,
        field=field,
        old_value=old,
        new_value=new,
        item=item,
    )


def read_entries(
    session: Session,
    targets: Sequence[Target],
    *,
    limit: int | None = DEFAULT_LIMIT,
    offset: int = 0,
    root: tuple[str, uuid.UUID] | None = None,
    language: str = "en",
) -> tuple[list[HistoryEntry], int]:
    """The entries of *targets*, newest first (``limit=None``: all), and how many there are.

    Rows other than *root* get their :attr:`HistoryEntry.item`.
    """
    condition = _condition(targets)
    total = session.scalar(select(func.count()).select_from(AuditEntry).where(condition)) or 0
    query = (
        select(AuditEntry)
        .where(condition)
        .order_by(AuditEntry.at.desc(), AuditEntry.entity, AuditEntry.field, AuditEntry.id)
        .offset(offset)
    )
    if limit is not None:
        query = query.limit(limit)
    rows = list(session.scalars(query))
    items = _items(session, rows, root, language)
    names = _names(session, rows, language)
    entries = [_entry(row, items.get((row.entity, row.entity_id), ()), names) for row in rows]
    return entries, total


def record_history(
    database: Database,
    entity: str,
    record_id: uuid.UUID,
    *,
    limit: int = DEFAULT_LIMIT,
    offset: int = 0,
    dependents: bool = True,
    language: str = "en",
) -> HistoryPage:
    """The audit trail of the record *record_id* of table *entity*, newest first.

    At most *limit* entries (1 to :data:`MAX_LIMIT`) from *offset*; with
    *dependents*, those of the rows that belong to it too (see the module's
    documentation). Function names are given in *language* (``nl``, ``fr``,
    ``en``). A record without entries (or an unknown id) has an empty history.
    """
    if not 1 <= limit <= MAX_LIMIT:
        raise ValueError(f"The limit must be between 1 and {MAX_LIMIT}; got {limit}.")
    if offset < 0:
        raise ValueError(f"The offset cannot be negative; got {offset}.")
    with database.session_factory() as session:
        entries, total = read_entries(
            session,
            _targets(entity, record_id, dependents),
            limit=limit,
            offset=offset,
            root=(entity, record_id),
            language=language,
        )
    return HistoryPage(entity, record_id, tuple(entries), total, offset)
