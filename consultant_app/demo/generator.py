"""Fill an empty database with a realistic, reproducible demo data set.

The catalogue and the settings go through the ORM; the bulk of the rows comes
from :func:`~consultant_app.demo.producer.produce` as plain tuples and
is written with ``executemany`` on the same connection, in one transaction.
Every random choice comes from generators seeded with *seed*, so the same seed,
size and *today* give the same data.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any, cast

from sqlalchemy import Connection
from sqlalchemy.orm import Session

from consultant_app.demo.catalogue_view import read_catalogue
from consultant_app.demo.errors import DemoError
from consultant_app.demo.parallel import BatchSource
from consultant_app.demo.producer import SETTINGS, DemoPlan, DemoSize
from consultant_app.demo.roadmap import Limits
from consultant_app.demo.writer import INSERT_ORDER, BulkWriter
from consultant_app.domain.identifiers import make_enterprise_number
from consultant_app.services.settings.catalogue import CatalogueError, seed_catalogue
from consultant_app.store import sqlcipher
from consultant_app.store.database import Database
from consultant_app.store.settings import get_rules, set_value

Progress = Callable[[str], None]

SIZES: dict[str, DemoSize] = {
    "small": DemoSize(300, 60, 200, Limits(tasks=None, technical_competences=None, soft=(1, 2))),
    # 3 tasks and 5 competences per internship keep the large set well under a minute.
    "large": DemoSize(
        50_000, 5_000, 100_000, Limits(tasks=3, technical_competences=4, soft=(1, 1))
    ),
}

FUND_SETTINGS: dict[str, Any] = {
    "fund.name": "Fonds sectoriel de l'audiovisuel / Sectorfonds audiovisuele sector",
    "fund.street": "Avenue des Arts 12 / Kunstlaan 12",
    "fund.postcode": "1000",
    "fund.municipality": "Bruxelles / Brussel",
    "fund.enterprise_number": make_enterprise_number(4_512_873),
    "fund.signatory_name": "Ann De Ridder",
    "fund.signatory_title": "Directrice / Directeur",
}

_CATALOGUE_TABLES = (
    "cluster",
    "function",
    "catalogue_task",
    "catalogue_competence",
    "catalogue_risk",
)
#: Page cache of the loading connection in KiB, and SQLite's default.
_LOAD_CACHE_KIB = 262_144
_DEFAULT_CACHE_KIB = 2_000


@dataclass
class DemoSummary:
    """What :func:`generate_demo` wrote: rows per table (catalogue included) and the time taken."""

    counts: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    #: Whether a helper process produced the rows while this one wrote them.
    parallel: bool = False

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def generate_demo(
    db: Database,
    *,
    seed: int = 1,
    size: str = "small",
    today: date | None = None,
    progress: Progress | None = None,
    parallel: bool | None = None,
) -> DemoSummary:
    """Fill *db*, which must hold no interns yet, with demo data of *size* (small or large).

    *today* (by default the real date) decides which internships are past,
    running or still to come. *parallel* forces the helper process on or off;
    by default it makes the rows of large sets where the system can fork.
    Raises :class:`DemoError` for an unknown size or a database with interns.
    """
    spec = SIZES.get(size)
    if spec is None:
        raise DemoError(f"Unknown demo size {size!r}; choose one of: {', '.join(SIZES)}.")
    report: Progress = progress or (lambda _message: None)
    started = time.perf_counter()
    with db.engine.connect() as connection:
        interns = connection.exec_driver_sql("SELECT count(*) FROM intern").scalar() or 0
        connection.rollback()
        if interns:
            raise DemoError(
                f"The database {db.path} ({interns:,} interns) already holds data; "
                "give a new file with --db."
            )
        with _bulk_load_mode(connection), connection.begin():
            session = Session(bind=connection)
            try:
                report("Catalogue and settings")
                plan = _prepare(session, connection, seed, spec, today or date.today())
                raw = _sqlite(connection)
                writer = BulkWriter(raw.cursor())
                source = BatchSource(plan, parallel=parallel)
                try:
                    with _secondary_indexes_dropped(raw, INSERT_ORDER, report):
                        for batch in source:
                            for key, value in batch.get(SETTINGS, ()):
                                set_value(session, key, value)
                            _write(writer, batch, spec, report)
                finally:
                    source.close()
                session.flush()
                report("Committing")
            finally:
                session.close()
        counts = {table: n for table, n in writer.counts.items() if n}
        for table in _CATALOGUE_TABLES:
            counts[table] = (
                connection.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar() or 0
            )
        connection.rollback()
    summary = DemoSummary(counts, time.perf_counter() - started, source.parallel)
    report(f"Wrote {summary.total:,} rows in {summary.seconds:.1f} s")
    return summary


def _prepare(
    session: Session, connection: Connection, seed: int, spec: DemoSize, today: date
) -> DemoPlan:
    """Seed the catalogue, store the fund's identity and read back what the rows build on."""
    try:
        seed_catalogue(session)
    except CatalogueError as error:
        raise DemoError(str(error)) from error
    rules = get_rules(session)
    for key, value in FUND_SETTINGS.items():
        set_value(session, key, value)
    session.flush()
    try:
        catalogue = read_catalogue(connection)
    except ValueError as error:
        raise DemoError(str(error)) from error
    return DemoPlan(seed, spec, today, rules, catalogue, FUND_SETTINGS["fund.signatory_name"])


def _write(writer: BulkWriter, batch: dict[str, Any], spec: DemoSize, report: Progress) -> None:
    hosts, interns, internships = (len(batch.get(t, ())) for t in ("host", "intern", "internship"))
    writer.write(batch)
    if hosts:
        report(f"Hosts: {writer.counts['host']:,}")
    if interns:
        report(f"Interns: {writer.counts['intern']:,}")
    if internships:
        report(f"Internships: {writer.counts['internship']:,} of {spec.internships:,}")


def _sqlite(connection: Connection) -> sqlcipher.Connection:
    """The DB-API connection under *connection*: rows are written on it directly."""
    raw = connection.connection.dbapi_connection
    if raw is None:
        raise DemoError("The database connection is closed.")
    return cast(sqlcipher.Connection, raw)


@contextlib.contextmanager
def _bulk_load_mode(connection: Connection) -> Iterator[None]:
    """A large page cache, no syncing, and, when this is the only connection, a rollback journal.

    With the write-ahead log every page would be written twice (to the log, then
    to the database at the checkpoint); a rollback journal has nearly nothing to
    save for pages that did not exist. The previous modes come back afterwards.
    """
    raw = _sqlite(connection)
    connection.rollback()
    synchronous = int(raw.execute("PRAGMA synchronous").fetchone()[0])
    journal = str(raw.execute("PRAGMA journal_mode").fetchone()[0]).lower()
    raw.execute(f"PRAGMA cache_size=-{_LOAD_CACHE_KIB}")
    raw.execute("PRAGMA synchronous=OFF")
    switched = False
    if journal == "wal":
        try:
            switched = raw.execute("PRAGMA journal_mode=DELETE").fetchone()[0] == "delete"
        except sqlcipher.OperationalError:  # another connection is open: stay in WAL mode
            switched = False
    try:
        yield
    finally:
        connection.rollback()
        if switched:
            raw.execute("PRAGMA journal_mode=WAL")
        raw.execute(f"PRAGMA synchronous={synchronous}")
        raw.execute(f"PRAGMA cache_size=-{_DEFAULT_CACHE_KIB}")


@contextlib.contextmanager
def _secondary_indexes_dropped(
    raw: sqlcipher.Connection, tables: tuple[str, ...], report: Progress
) -> Iterator[None]:
    """Drop the plain indexes of *tables* and build them again at the end, in the transaction.

    Building an index once over sorted keys is faster than updating it row by
    row. Unique and primary-key indexes stay. When the load fails, the rollback
    brings the dropped indexes back with everything else.
    """
    if not raw.in_transaction:
        raw.execute("BEGIN")
    marks = ", ".join("?" * len(tables))
    indexes = raw.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
        f"AND tbl_name IN ({marks}) ORDER BY name",
        tables,
    ).fetchall()
    for name, _sql in indexes:
        raw.execute(f'DROP INDEX "{name}"')
    yield
    report("Building indexes")
    for _name, sql in indexes:
        raw.execute(sql)
