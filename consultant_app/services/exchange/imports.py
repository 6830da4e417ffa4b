"""Import historical internships from a CSV file: check everything first, then write at once.

:func:`plan_import` reads the file and the database and writes nothing: it
returns an :class:`ImportPlan` with the valid rows and what each would do, the
rows' problems (errors) and warnings (programme rules not met, notices), and
the counts per entity and action. :func:`apply_import` then writes the plan in
one transaction, reporting progress and letting the caller cancel; rows with
errors are refused unless ``skip_invalid``, and :func:`write_rejects` writes
them to ``<stem>.rejects.csv`` for correction.

The file format, matching rules and codes are described in
:mod:`consultant_app.services.exchange.csv_file`,
:mod:`consultant_app.services.exchange.parse` and
:mod:`consultant_app.services.exchange.resolve`. Row problem codes: those of the
domain parsers (``date.syntax``, ``niss.checksum``, ``enterprise.checksum``,
``email.syntax``, ``birth_date.future``, ``choice.unknown``...), and
``required``, ``text.length``, ``gender.unknown``, ``reference.syntax``,
``reference.duplicate``, ``reference.deleted``, ``reference.other_intern`` (the
reference names an internship of another intern: never reassigned), ``dates.order``,
``terminated_on.status``, ``terminated_on.required``,
``termination.before_start``, ``termination.after_end``, ``row.cells``,
``function.ambiguous``, ``function_cluster.required``,
``function_cluster.unknown``. Warnings: ``rule.<rule>`` (see
:data:`~consultant_app.services.exchange.rule_checks.CHECKED_RULES`),
``column.unknown``, ``niss.birth_date``, ``niss.gender``, ``intern.ambiguous``,
``catalogue.seeded``, ``host.renamed``, ``intern.renamed``, ``mentor.renamed``,
``consultant.renamed``.

Every stored record the import would change is listed in
:attr:`ImportPlan.changes`, field by field (``old → new``), so that the caller
can show it and ask before a real import updates anything. The write runs in a
transaction that holds the database's write lock from its start; the rows are
matched again in it, and when that finds what the plan did not show (a
conflict, or updates, written meanwhile by someone else) nothing is written
and :class:`ImportConflict` says so in one line.

If the database has no catalogue at all, the standard catalogue is added by
the import (functions are matched against it), since no row could be imported
without one.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import or_
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from consultant_app.services.exchange.changes import RecordChange, record_changes, rename_warnings
from consultant_app.services.exchange.csv_file import (
    ImportFileError,
    RawRow,
    extra_cells_problem,
    read_csv,
    row_cells,
)
from consultant_app.services.exchange.match_functions import (
    has_catalogue,
    shipped_catalogue,
    stored_catalogue,
)
from consultant_app.services.exchange.parse import (
    IMPORT_COLUMNS,
    OPTIONAL_COLUMNS,
    REJECT_COLUMNS,
    REQUIRED_COLUMNS,
    ParsedRow,
    RowProblem,
    parse_row,
)
from consultant_app.services.exchange.planned import (
    ACTIONS,
    CREATE,
    ENTITIES,
    UNCHANGED,
    UPDATE,
    Resolution,
)
from consultant_app.services.exchange.resolve import Resolver
from consultant_app.services.exchange.write import ImportCancelled, Writer
from consultant_app.services.privacy.private_files import write_private_file
from consultant_app.store.backups import backup_database
from consultant_app.store.database import Database
from consultant_app.store.models import Internship
from consultant_app.store.settings import get_rules

__all__ = [
    "ACTIONS",
    "CREATE",
    "ENTITIES",
    "IMPORT_COLUMNS",
    "OPTIONAL_COLUMNS",
    "REQUIRED_COLUMNS",
    "UNCHANGED",
    "UPDATE",
    "ImportCancelled",
    "ImportConflict",
    "ImportFileError",
    "ImportPlan",
    "ImportRefused",
    "ImportResult",
    "ImportRow",
    "ParsedRow",
    "RowProblem",
    "apply_import",
    "plan_import",
    "rejects_path",
    "write_rejects",
]


class ImportRefused(ValueError):
    """Rows have errors and ``skip_invalid`` was not asked: nothing was written."""

    def __init__(self, problems: list[RowProblem]) -> None:
        self.problems = list(problems)
        lines = len({problem.line for problem in self.problems})
        super().__init__(
            f"Nothing was imported: {lines} row{'s' if lines != 1 else ''} "
            f"{'have' if lines != 1 else 'has'} errors. Correct them, or import the "
            "valid rows only and write the others to a rejects file."
        )


class ImportConflict(ValueError):
    """The database changed between the check and the write: nothing was written.

    The message is one line and names no person (it is shown as it is).
    """


@dataclass(frozen=True, slots=True)
class ImportRow:
    """A valid row: its file line, reference, what the import does with its internship
    (:data:`CREATE`, :data:`UPDATE` or :data:`UNCHANGED`), its typed values and its cells."""

    line: int
    reference: str
    action: str
    parsed: ParsedRow
    cells: dict[str, str]


@dataclass(frozen=True, slots=True)
class RejectedRow:
    """A row with errors, as written in the file."""

    line: int
    cells: tuple[str, ...]


@dataclass
class ImportPlan:
    """What importing a file would do; nothing is written to make it."""

    path: Path
    delimiter: str
    #: The header as written in the file.
    header: tuple[str, ...]
    rows: list[ImportRow]
    problems: list[RowProblem]
    warnings: list[RowProblem]
    counts: dict[str, dict[str, int]]
    today: date
    rejected: list[RejectedRow] = field(default_factory=list)
    #: Whether the standard catalogue will be added (the database has none).
    seeds_catalogue: bool = False
    #: Every stored record the import would change, field by field.
    changes: list[RecordChange] = field(default_factory=list)

    @property
    def valid(self) -> bool:
        """No row has an error."""
        return not self.problems

    @property
    def total_rows(self) -> int:
        return len(self.rows) + len(self.rejected)

    @property
    def updates(self) -> int:
        """How many stored records the import would change (to be confirmed first)."""
        return sum(actions[UPDATE] for actions in self.counts.values())


@dataclass
class ImportResult:
    """What an import wrote: counts per entity and action, and the warnings of its rows."""

    counts: dict[str, dict[str, int]]
    warnings: list[RowProblem]
    #: Rows left out because of their errors (with ``skip_invalid``).
    skipped: int = 0
    seeded_catalogue: bool = False


def _by_line(problems: list[RowProblem]) -> list[RowProblem]:
    return sorted(problems, key=lambda p: p.line)


def plan_import(database: Database, path: Path, *, today: date | None = None) -> ImportPlan:
    """Read and check *path* against *database*; write nothing.

    Raises :class:`ImportFileError` when the file cannot be read, is not UTF-8,
    is empty or lacks a required column.
    """
    today = today or date.today()
    csv_file = read_csv(Path(path))
    problems: list[RowProblem] = []
    warnings: list[RowProblem] = list(csv_file.notices)
    parsed: list[tuple[ParsedRow, RawRow, dict[str, str]]] = []
    failed_lines: set[int] = set()
    seen: dict[str, int] = {}
    raw_by_line: dict[int, RawRow] = {}
    with database.unit_of_work() as uow:
        rules = get_rules(uow.session)
    for raw in csv_file.rows:
        raw_by_line[raw.line] = raw
        cells = row_cells(csv_file, raw)
        row, row_problems, notices = parse_row(raw.line, cells, today, rules)
        extra = extra_cells_problem(csv_file, raw)
        if extra is not None:
            row_problems.append(extra)
        warnings.extend(notices)
        if row is not None and row.reference in seen:
            row_problems.append(
                RowProblem(
                    raw.line,
                    "reference",
                    "reference.duplicate",
                    f"The reference {row.reference} is already on line {seen[row.reference]}; "
                    "each internship is one row.",
                )
            )
        if row is not None and row.reference not in seen:
            seen[row.reference] = raw.line
        if row_problems or row is None:
            problems.extend(row_problems)
            failed_lines.add(raw.line)
        else:
            parsed.append((row, raw, cells))

    with database.unit_of_work() as uow:
        session = uow.session
        seeds = not has_catalogue(session)
        catalogue = shipped_catalogue() if seeds else stored_catalogue(session)
        resolver = Resolver(session, today, catalogue)
        resolution = resolver.resolve(row for row, _, _ in parsed)
        warnings.extend(resolver.rule_warnings(get_rules(session)))
        changes = record_changes(resolution, resolver.labels())
    warnings.extend(rename_warnings(changes))
    if seeds:
        warnings.insert(
            0,
            RowProblem(
                1,
                "",
                "catalogue.seeded",
                "The database has no catalogue of functions yet: "
                "the standard catalogue is added with the import.",
            ),
        )
    problems.extend(resolution.problems)
    warnings.extend(resolution.notices)
    failed_lines.update(problem.line for problem in resolution.problems)

    cells_by_line = {row.line: cells for row, _, cells in parsed}
    rows = [
        ImportRow(row.line, row.reference, internship.action, row, cells_by_line[row.line])
        for row, internship in zip(resolution.rows, resolution.internships, strict=True)
    ]
    rejected = [RejectedRow(line, raw_by_line[line].cells) for line in sorted(failed_lines)]
    return ImportPlan(
        path=csv_file.path,
        delimiter=csv_file.delimiter,
        header=csv_file.header,
        rows=rows,
        problems=_by_line(problems),
        warnings=_by_line(warnings),
        counts=resolution.counts(),
        today=today,
        rejected=rejected,
        seeds_catalogue=seeds,
        changes=changes,
    )


def _freeze_before_changing(session: Session, resolution: Resolution, today: date) -> None:
    """Freeze, as they read before this import, the signed conventions it is about to change
    (through the internship itself or through a party, mentor, function or consultant it
    updates): their printed text never follows a later import."""
    from consultant_app.services.printing.snapshots import freeze_unfrozen

    changed = {
        table: [record.id for record in records if record.action == UPDATE]
        for table, records in resolution.used.items()
    }
    columns = {
        "intern": Internship.intern_id,
        "host": Internship.host_id,
        "mentor": Internship.mentor_id,
        "function": Internship.function_id,
        "consultant": Internship.consultant_id,
    }
    conditions = [
        columns[table].in_(ids) for table, ids in changed.items() if ids and table in columns
    ]
    internships = [record.id for record in resolution.internships if record.action == UPDATE]
    if internships:
        conditions.append(Internship.id.in_(internships))
    if conditions:
        freeze_unfrozen(session, today=today, among=or_(*conditions))


def apply_import(
    database: Database,
    plan: ImportPlan,
    *,
    skip_invalid: bool = False,
    progress: Callable[[int, int], bool] | None = None,
    actor: str | None = None,
) -> ImportResult:
    """Write the valid rows of *plan* in one transaction.

    The transaction takes the write lock before it reads, and the rows are
    matched again in it, so that what was written meanwhile is taken into
    account and no other import can write before the commit (two imports of
    one new mentor create one). *progress* is called with ``(rows done, rows
    in all)`` before the first row, every 100 rows and at the end; returning
    ``False`` stops: the transaction is rolled back and
    :class:`ImportCancelled` raised. Raises :class:`ImportRefused` (nothing
    written) when the plan has errors and *skip_invalid* is false, and
    :class:`ImportConflict` (nothing written, one line) when the matching done
    again finds conflicts or updates the plan did not show, or the database
    refuses the write.
    """
    if plan.problems and not skip_invalid:
        raise ImportRefused(plan.problems)
    backup_database(database, label="import")  # an import can always be undone by a restore
    try:
        with database.unit_of_work(actor=actor) as uow:
            session = uow.session
            # The write lock from the first read: no other import writes between the
            # matching below and the commit, so none can duplicate what this one creates.
            session.connection().exec_driver_sql("BEGIN IMMEDIATE")
            seeded = False
            if not has_catalogue(session):
                from consultant_app.services.settings.catalogue import seed_catalogue

                seed_catalogue(session)
                seeded = True
            resolver = Resolver(session, plan.today, stored_catalogue(session))
            resolution: Resolution = resolver.resolve(row.parsed for row in plan.rows)
            _check_unchanged(plan, resolution)
            _freeze_before_changing(session, resolution, plan.today)
            Writer(session, resolution, uow.actor).write(progress)
            uow.commit()
    except DBAPIError as error:
        raise ImportConflict(_write_failure(error)) from None
    applied_lines = {row.line for row in resolution.rows}
    return ImportResult(
        counts=resolution.counts(),
        warnings=[w for w in plan.warnings if w.line in applied_lines or w.line == 1],
        skipped=plan.total_rows - len(resolution.rows),
        seeded_catalogue=seeded,
    )


def _check_unchanged(plan: ImportPlan, resolution: Resolution) -> None:
    """Raise :class:`ImportConflict` when the matching done in the write transaction finds
    what the plan did not show: rows that now conflict, or more records to update."""
    planned_lines = {problem.line for problem in plan.problems}
    new_lines = sorted({p.line for p in resolution.problems} - planned_lines)
    if new_lines:
        shown_lines = ", ".join(str(line) for line in new_lines[:10])
        more = ", …" if len(new_lines) > 10 else ""
        raise ImportConflict(
            f"Nothing was imported: the database changed since the file was checked and "
            f"{len(new_lines)} row{'s' if len(new_lines) != 1 else ''} (line "
            f"{shown_lines}{more}) now conflict with what was written meanwhile; "
            "check the file again."
        )
    counts = resolution.counts()
    grown = [
        entity
        for entity, actions in counts.items()
        if actions[UPDATE] > plan.counts.get(entity, {}).get(UPDATE, 0)
    ]
    if grown:
        raise ImportConflict(
            "Nothing was imported: the database changed since the file was checked and the "
            f"import would now update {', '.join(grown)} the check did not show; "
            "check the file again."
        )


def _write_failure(error: DBAPIError) -> str:
    """One line for a write the database refused (another import, a lock held too long)."""
    text = str(error.orig).lower()
    if "locked" in text or "busy" in text:
        return (
            "Nothing was imported: the database stayed busy with another write; "
            "try again in a moment."
        )
    return (
        "Nothing was imported: the database refused the write because another import "
        "changed the same records meanwhile; check the file again."
    )


def rejects_path(plan: ImportPlan) -> Path:
    """``<input stem>.rejects.csv`` beside the input file."""
    return plan.path.with_name(f"{plan.path.stem}.rejects.csv")


def write_rejects(plan: ImportPlan, path: Path | None = None) -> Path:
    """Write the rows with errors, as they were written, plus ``line``, ``column`` and
    ``reason`` (every problem of the row, separated by ``; ``); returns the file written.

    The file uses the input's delimiter, is written atomically and is readable
    by its owner only (it holds personal data).
    """
    target = Path(path) if path is not None else rejects_path(plan)
    by_line: dict[int, list[RowProblem]] = {}
    for problem in plan.problems:
        by_line.setdefault(problem.line, []).append(problem)
    width = len(plan.header)
    kept = [
        index
        for index, name in enumerate(plan.header)
        if name.strip().lower() not in REJECT_COLUMNS
    ]
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=plan.delimiter, lineterminator="\r\n")
    writer.writerow([plan.header[index] for index in kept] + list(REJECT_COLUMNS))
    for rejected in plan.rejected:
        cells = list(rejected.cells[:width]) + [""] * (width - len(rejected.cells))
        problems = by_line.get(rejected.line, [])
        writer.writerow(
            [cells[index] for index in kept]
            + [
                str(rejected.line),
                "; ".join(p.column for p in problems if p.column),
                "; ".join(f"{p.message} [{p.code}]" for p in problems),
            ]
        )
    write_private_file(target, buffer.getvalue().encode("utf-8"))
    return target
