"""Blocks of internship references leased from the hub, so that a laptop numbers offline.

References (``SM-2026-014``) must stay unique across the team's laptops. While online, each
laptop leases blocks of numbers per year from the hub (``hub.lease_references``, under the
change log's lock, starting after every block leased and every number already used) and
keeps them in ``sync_state``; a new internship takes the smallest leased number not used
yet. A laptop that is not part of a team, or that has used up its blocks, numbers as
before (the highest reference of the year plus one).
"""

from __future__ import annotations

import json
from datetime import date

from sqlalchemy import Connection

from consultant_app.domain.references import REFERENCE_PREFIX, parse_reference
from consultant_app.store.sync import local

BLOCK = 20
#: A block is leased again when fewer numbers than this are left.
LOW = 5


def _key(year: int) -> str:
    return f"lease:{year}"


def blocks(connection: Connection, year: int) -> list[tuple[int, int]]:
    value = local.get_state(connection, _key(year)) if local.has_sync_tables(connection) else None
    return [tuple(pair) for pair in json.loads(value)] if value else []  # type: ignore[misc]


def used_numbers(connection: Connection, year: int) -> set[int]:
    prefix = f"{REFERENCE_PREFIX}-{year:04d}-"
    rows = connection.exec_driver_sql(
        "SELECT reference FROM internship WHERE reference LIKE ?", (prefix + "%",)
    )
    used = set()
    for (reference,) in rows:
        try:
            found_year, number = parse_reference(reference)
        except ValueError:
            continue
        if found_year == year:
            used.add(number)
    return used


def free_numbers(connection: Connection, year: int) -> list[int]:
    used = used_numbers(connection, year)
    return [
        n
        for first, last in blocks(connection, year)
        for n in range(first, last + 1)
        if n not in used
    ]


def next_leased(connection: Connection, year: int) -> int | None:
    """The smallest leased number of *year* not used yet; None without a lease left."""
    free = free_numbers(connection, year)
    return free[0] if free else None


def top_up(connection: Connection, lease: object, laptop: str, today: date | None = None) -> None:
    """Lease a new block for this year and the next when fewer than LOW numbers are left.

    *lease* is the hub's ``lease_references(year, size, laptop, used)``.
    """
    year = (today or date.today()).year
    for wanted in (year, year + 1):
        if len(free_numbers(connection, wanted)) >= LOW:
            continue
        used = max(used_numbers(connection, wanted), default=0)
        first = lease(wanted, BLOCK, laptop, used)  # type: ignore[operator]
        held = [*blocks(connection, wanted), (first, first + BLOCK - 1)]
        local.set_state(connection, _key(wanted), json.dumps(held))
