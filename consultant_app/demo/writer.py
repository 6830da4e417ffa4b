"""Fast bulk insertion of demo rows: plain tuples, ``executemany`` on the DB-API cursor.

Values are given in the form SQLAlchemy stores them in SQLite: UUIDs as 32 hex
digits, dates as ISO text, timestamps as ``YYYY-MM-DD HH:MM:SS.ffffff``,
enums by value, booleans as 0/1 and decimals as floats.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Iterator, Sequence
from datetime import date
from typing import Any


def _columns(names: str) -> tuple[str, ...]:
    return tuple(names.split())


#: Columns every record has that the writer fills in front of the table's own columns.
RECORD_COLUMNS = ("id", "created_at", "updated_at")

#: Columns written per table, after ``RECORD_COLUMNS``. Order is the order of the tuples.
TABLE_COLUMNS: dict[str, tuple[str, ...]] = {
    "consultant": _columns("first_name last_name email phone language"),
    "intern": _columns(
        "first_name last_name birth_date gender language national_number email phone "
        "jobseeker_agency jobseeker_number jobseeker_since diploma school interests "
        "registered_on consent_on street house_number box postcode municipality search_text"
    ),
    "host": _columns(
        "name enterprise_number legal_form joint_committee joint_committee_other language_role "
        "website employees_fte contact_name contact_email contact_phone represented_by street "
        "house_number box postcode municipality search_text"
    ),
    "mentor": _columns(
        "host_id first_name last_name job_title email phone years_experience mentor_training "
        "search_text"
    ),
    "training_plan": _columns(
        "host_id year status training_budget coaching_new_staff mentors_trained talent_policy "
        "comments received_on"
    ),
    "internship": _columns(
        "reference intern_id host_id mentor_id consultant_id function_id status start_date "
        "planned_end_date actual_end_date termination_reason cancellation_reason "
        "convention_language convention_version hours_per_week schedule workplace objectives "
        "expenses no_replacement_declared signed_on"
    ),
    "interruption": _columns("internship_id kind start_date end_date note"),
    "signature": _columns("internship_id party signer_name signed_on place convention_version"),
    "amendment": _columns("internship_id version decided_on changes reason"),
    "risk_assessment": _columns(
        "internship_id post_name post_description place work_equipment qualifications "
        "prior_instructions protective_equipment health_surveillance health_surveillance_detail "
        "forbidden_work forbidden_work_justification prevention_advisor first_aid_person "
        "drawn_up_on drawn_up_by"
    ),
    "risk_item": _columns(
        "risk_assessment_id catalogue_risk_id description measures protective_equipment position"
    ),
    "internship_task": _columns("internship_id catalogue_task_id text phase position"),
    "internship_competence": _columns(
        "internship_id catalogue_competence_id text objective target_level phase position"
    ),
    "evaluation": _columns(
        "internship_id stage evaluated_on mentor_id overall_appreciation recommendation "
        "comments is_final"
    ),
    "evaluation_score": _columns("evaluation_id internship_competence_id score comment"),
    "workplace_evaluation": _columns(
        "internship_id completed_on onboarding guidance task_variety atmosphere safety learning "
        "would_recommend comments"
    ),
    "competence_scan": _columns("internship_id moment completed_on"),
    "competence_scan_score": _columns("scan_id internship_competence_id score"),
    "visit": _columns("internship_id kind mode planned_on done_on attendees notes action_points"),
}

#: Parents before children, so that every foreign key points to a row already written.
INSERT_ORDER: tuple[str, ...] = tuple(TABLE_COLUMNS)

_UUID_BITS = 128
_UUID_LIMIT = 1 << _UUID_BITS
#: Consecutive ids differ above the version and variant bits, so masking keeps them unique.
_MIN_STEP_BITS = 81
_MIN_STEP = 1 << 80
#: Bits kept from the random number, and the version (4) and variant (RFC 4122) bits set.
_KEEP = ~(0xF000 << 64) & ~(0xC000 << 48)
_SET = (0x4000 << 64) | (0x8000 << 48)


#: A function returning a new id at each call.
IdMaker = Callable[[], str]
#: A function turning a day into the stored text of a timestamp on that day.
Stamps = Callable[[date], str]


def make_ids(
    seed: int | str, expected: int = 1, *, low: int = 0, high: int = _UUID_LIMIT
) -> IdMaker:
    """Reproducible version-4 UUIDs, as the 32 hex digits SQLite stores.

    Each id is ``uuid.UUID(int=n, version=4).hex`` for a random *n* between
    *low* and *high*, but the *n* of one maker increase: each is the previous
    plus a random step of at least 2**80, sized so that *expected* ids spread
    over the range. The ids look as random as any, yet every index on them
    (primary keys, and the foreign keys of child rows written in order) grows
    at its end, which makes the bulk load much faster than with scattered keys.
    """
    bits = random.Random(seed).getrandbits
    span = high - low
    step_bits = max(_MIN_STEP_BITS, span.bit_length() - 2 - max(1, expected).bit_length())

    def ids() -> Iterator[str]:
        value = low
        while True:
            value += _MIN_STEP + bits(step_bits)
            if value >= high:  # more ids than expected: start again from the bottom
                value = low + (value - high) % span
            yield f"{(value & _KEEP) | _SET:032x}"

    return ids().__next__


def id_range(part: int, parts: int) -> tuple[int, int]:
    """Bounds of the *part*-th of *parts* equal slices of all UUID values."""
    size = _UUID_LIMIT // parts
    return part * size, (part + 1) * size


Rows = dict[str, list[tuple[Any, ...]]]
Appenders = dict[str, Callable[[tuple[Any, ...]], None]]


def new_rows() -> tuple[Rows, Appenders]:
    """Empty row lists for every table, with their ``append`` methods."""
    rows: Rows = {t: [] for t in INSERT_ORDER}
    return rows, {t: r.append for t, r in rows.items()}


def make_stamps() -> Stamps:
    """Timestamps as stored text (``2021-03-01 09:30:00.000000``), one per day, cached."""
    cache: dict[date, str] = {}

    def stamp(day: date) -> str:
        text = cache.get(day)
        if text is None:
            text = cache[day] = f"{day.isoformat()} 09:30:00.000000"
        return text

    return stamp


class BulkWriter:
    """Buffers rows per table and writes them with ``executemany`` in parent-first order."""

    def __init__(self, cursor: Any, *, flush_rows: int = 200_000) -> None:
        self._cursor = cursor
        self._flush_rows = flush_rows
        self.buffers, self.appenders = new_rows()
        self.counts: dict[str, int] = dict.fromkeys(INSERT_ORDER, 0)
        #: Time spent in ``executemany``.
        self.seconds = 0.0
        self._sql = {t: _insert_sql(t, (*RECORD_COLUMNS, *c)) for t, c in TABLE_COLUMNS.items()}

    def pending(self) -> int:
        return sum(len(rows) for rows in self.buffers.values())

    def maybe_flush(self) -> None:
        if self.pending() >= self._flush_rows:
            self.flush()

    def flush(self) -> None:
        """Write what is buffered."""
        self.write(self.buffers)

    def write(self, rows: Rows) -> None:
        """Write *rows* (after what is buffered, if they are not the buffers) and clear them."""
        if rows is not self.buffers:
            self.flush()
        started = time.perf_counter()
        for table in INSERT_ORDER:
            table_rows = rows.get(table)
            if table_rows:
                self._cursor.executemany(self._sql[table], table_rows)
                self.counts[table] += len(table_rows)
                table_rows.clear()
        self.seconds += time.perf_counter() - started


def _insert_sql(table: str, columns: Sequence[str]) -> str:
    names = ", ".join(f'"{c}"' for c in columns)
    marks = ", ".join("?" * len(columns))
    return f'INSERT INTO "{table}" ({names}) VALUES ({marks})'
