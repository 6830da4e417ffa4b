"""Every demo row, produced in batches that can be written in order.

:func:`produce` does not touch the database: it yields batches of plain row
tuples per table, parents before children, then the consultant settings. It
depends only on its :class:`DemoPlan`, so it gives the same rows whether it
runs in this process or in a helper process.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from consultant_app.demo.catalogue_view import CatalogueView
from consultant_app.demo.internships import ChunkContext, assign, chunk_rows
from consultant_app.demo.people import (
    HostMaker,
    HostProfile,
    InternMaker,
    InternProfile,
    add_years,
    write_consultants,
)
from consultant_app.demo.places import PlacePicker
from consultant_app.demo.roadmap import Limits
from consultant_app.demo.schedule import (
    Slot,
    assign_status,
    counts_per_intern,
    ensure_every_status,
    first_year,
    plan_intern,
)
from consultant_app.demo.writer import IdMaker, Rows, make_ids, make_stamps, new_rows
from consultant_app.domain.people import age_on
from consultant_app.domain.programme import ProgrammeRules

#: Key of the last batch: ``(setting key, value)`` pairs to store with the settings.
SETTINGS = "__settings__"
#: Rows gathered before a batch of people is handed over.
_BATCH_ROWS = 100_000
#: Upper estimate of the rows per host (host, mentors, training plans), to spread their ids.
_ROWS_PER_HOST = 12


@dataclass(frozen=True, slots=True)
class DemoSize:
    interns: int
    hosts: int
    internships: int
    limits: Limits


@dataclass(frozen=True, slots=True)
class DemoPlan:
    """Everything the rows follow from."""

    seed: int
    size: DemoSize
    today: date
    rules: ProgrammeRules
    catalogue: CatalogueView
    fund_signatory: str


@dataclass(slots=True)
class _InternDates:
    registered: date
    updated: date


def produce(plan: DemoPlan) -> Iterator[Rows]:
    """Batches of rows: consultants and hosts, interns, internships in chunks, then settings."""
    seed, size, today = plan.seed, plan.size, plan.today

    def rng(stream: str) -> random.Random:
        return random.Random(f"demo:{seed}:{stream}")

    def ids(stream: str, expected: int) -> IdMaker:
        return make_ids(f"demo:{seed}:ids:{stream}", expected)

    stamps = make_stamps()
    places = PlacePicker()
    rows, appenders = new_rows()
    consultants = write_consultants(
        appenders, ids("consultants", 3), stamps(date(first_year(today), 1, 2)), rng("consultants")
    )

    host_rng = rng("hosts")
    host_maker = HostMaker(host_rng, ids("hosts", size.hosts * _ROWS_PER_HOST), places, plan.rules)
    hosts: list[HostProfile] = []
    for _ in range(size.hosts):
        start = first_year(today)
        joined = start if host_rng.random() < 0.4 else host_rng.randint(start, today.year)
        hosts.append(host_maker.write_host(appenders, stamps, joined, today))
        if _count(rows) >= _BATCH_ROWS:
            yield rows
            rows, appenders = new_rows()
    yield rows
    rows, appenders = new_rows()

    intern_maker = InternMaker(rng("interns"), ids("interns", size.interns), places)
    profiles = [intern_maker.profile() for _ in range(size.interns)]
    dates, slots = _plan(rng("plan"), profiles, size.internships, today, plan.rules)
    for index, (profile, known) in enumerate(zip(profiles, dates, strict=True)):
        intern_maker.write(appenders, index, profile, known.registered, stamps, known.updated)
        if _count(rows) >= _BATCH_ROWS:
            yield rows
            rows, appenders = new_rows()
    yield rows

    context = ChunkContext(
        seed=seed,
        today=today,
        limits=size.limits,
        max_hours_per_week=plan.rules.max_hours_per_week,
        fund_signatory=plan.fund_signatory,
        catalogue=plan.catalogue,
        interns=profiles,
        hosts=hosts,
        consultants=consultants,
        assignments=assign(rng("internships"), slots, profiles, hosts, consultants, plan.catalogue),
    )
    for index in range(context.chunks):
        yield chunk_rows(context, index)

    first = consultants[0]
    settings: list[tuple[Any, ...]] = [
        ("consultant.name", first.name),
        ("consultant.email", first.email),
        ("consultant.phone", first.phone),
    ]
    yield {SETTINGS: settings}


def _count(rows: Rows) -> int:
    return sum(len(table_rows) for table_rows in rows.values())


#: How many candidates of the demo are past the retention period of personal data.
PAST_RETENTION = 4


def _registered_long_ago(rng: random.Random, today: date, rules: ProgrammeRules) -> list[date]:
    """Registration days of :data:`PAST_RETENTION` candidates who never had an internship,
    a few weeks before the retention cut-off (so the daily run asks about them)."""
    cutoff = add_years(today, -rules.retention_years)
    return [cutoff - timedelta(days=rng.randint(3, 90)) for _ in range(PAST_RETENTION)]


def _plan(
    rng: random.Random,
    profiles: list[InternProfile],
    internships: int,
    today: date,
    rules: ProgrammeRules,
) -> tuple[list[_InternDates], list[Slot]]:
    """Birth and registration of every intern, and all internships in time order."""
    counts = counts_per_intern(rng, len(profiles), internships)
    start = date(first_year(today), 1, 1)
    earliest_registration = date(start.year - 1, 9, 1)
    long_ago = _registered_long_ago(rng, today, rules)
    dates: list[_InternDates] = []
    slots: list[Slot] = []
    for index, (profile, count) in enumerate(zip(profiles, counts, strict=True)):
        if count:
            chain = plan_intern(rng, index, count, today, rules)
            first, last = chain[0].start, chain[-1].start
            birth = first - timedelta(days=rng.randint(18 * 365 + 40, int(24.6 * 365)))
            while age_on(birth, last) >= rules.age_limit:  # not with chains this short
                birth += timedelta(days=30)
            registered = first - timedelta(days=rng.randint(14, 180))
            registered = min(registered, today - timedelta(days=rng.randint(0, 20)))
            registered = max(registered, add_years(birth, 18), earliest_registration)
            registered = min(registered, first - timedelta(days=7))
            updated = min(today, max(registered, last))
            slots.extend(chain)
        else:
            # A candidate who registered but has had no internship (yet).
            span = (today - start).days
            registered = start + timedelta(days=rng.randint(0, span))
            if long_ago:  # the few past the retention period, to show the retention rule
                registered = long_ago.pop()
            birth = registered - timedelta(days=rng.randint(18 * 365 + 10, int(25.7 * 365)))
            updated = registered
        profile.birth = birth
        dates.append(_InternDates(registered, updated))
    for slot in slots:
        assign_status(rng, slot, today)
    ensure_every_status(rng, slots, today)
    slots.sort(key=lambda s: (s.start, s.intern))
    return dates, slots
