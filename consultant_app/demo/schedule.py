"""When each intern does internships, and in which status each one is on a given day.

An intern's internships follow each other with a gap, never overlap, and their
weeks together stay within the programme's maximum. Statuses follow from the
dates relative to *today*: past internships are completed, terminated or
cancelled; one spanning today is running; future ones are signed, awaiting
signatures or still a draft.
"""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta

from consultant_app.domain.enums import InternshipStatus
from consultant_app.domain.programme import DAYS_PER_WEEK, ProgrammeRules
from consultant_app.domain.workdays import add_working_days

#: The demo's history starts on 1 January this many years before today's year: within the
#: default retention period of personal data, so that only the few candidates meant to
#: show the retention rule (see ``producer._registered_long_ago``) are past it.
HISTORY_YEARS = 4


def first_year(today: date) -> int:
    """The first year of the demo's history for *today*."""
    return today.year - HISTORY_YEARS


#: Share of interns whose first internship spans today, and whose first one is still to come.
_SHARE_NOW = 0.07
_SHARE_FUTURE = 0.12
_MAX_GAP_WEEKS = 26
#: Durations (weeks) of a single internship, the longer ones more common.
_SINGLE_WEEKS = (4, 5, 6, 8, 8, 10, 10, 12, 12, 12)
_FIRST_OF_TWO_WEEKS = (4, 4, 5, 6, 8)


@dataclass(slots=True)
class Slot:
    """One planned internship of one intern."""

    intern: int
    start: date
    weeks: int
    planned_end: date
    status: InternshipStatus = InternshipStatus.DRAFT
    actual_end: date | None = None

    @property
    def end(self) -> date:
        return self.actual_end or self.planned_end


def counts_per_intern(rng: random.Random, interns: int, internships: int) -> list[int]:
    """How many internships each intern does (0 to 3), adding up to *internships*."""
    mean = internships / interns if interns else 0.0
    if mean > 3:
        raise ValueError(f"At most 3 internships per intern; asked {internships} for {interns}.")
    if mean <= 1:
        weights = (1 - 0.88 * mean, 0.76 * mean, 0.12 * mean, 0.0)
    else:
        weights = (0.02, 0.3, 0.48, 0.2)
    counts = rng.choices((0, 1, 2, 3), weights=weights, k=interns)
    total = sum(counts)
    while total != internships:
        i = rng.randrange(interns)
        if total < internships and counts[i] < 3:
            counts[i] += 1
            total += 1
        elif total > internships and counts[i] > 0:
            counts[i] -= 1
            total -= 1
    return counts


def _split_weeks(rng: random.Random, count: int, rules: ProgrammeRules) -> list[int]:
    low = rules.min_weeks_per_internship
    budget = rules.max_total_weeks_per_intern
    if count == 1:
        return [min(rng.choice(_SINGLE_WEEKS), budget, rules.max_weeks_per_internship)]
    weeks: list[int] = []
    for remaining in range(count, 0, -1):
        high = budget - sum(weeks) - low * (remaining - 1)
        if remaining == 1:
            weeks.append(rng.randint(low, min(high, rules.max_weeks_per_internship)))
        else:
            wish = rng.choice(_FIRST_OF_TWO_WEEKS)
            weeks.append(max(low, min(wish, high)))
    return weeks


def _weekday_offset(rng: random.Random) -> int:
    """Internships mostly start on a Monday, sometimes later in the week."""
    return 0 if rng.random() < 0.8 else rng.randint(1, 4)


def _monday(day: date) -> date:
    """The first Monday on or after *day*."""
    return day + timedelta(days=(7 - day.weekday()) % 7)


def plan_intern(
    rng: random.Random, intern: int, count: int, today: date, rules: ProgrammeRules
) -> list[Slot]:
    """The *count* internships of one intern, as slots in time order."""
    weeks = _split_weeks(rng, count, rules)
    # Lay the chain out from a Monday, then move it by whole weeks (weekdays stay the same).
    anchor = _monday(date(first_year(today), 1, 1))
    slots: list[Slot] = []
    monday = anchor
    for w in weeks:
        start = monday + timedelta(days=_weekday_offset(rng))
        end = add_working_days(start, w * DAYS_PER_WEEK)
        slots.append(Slot(intern, start, w, end))
        gap = rng.randint(1, _MAX_GAP_WEEKS)
        monday = end - timedelta(days=end.weekday()) + timedelta(weeks=gap)
    span_weeks = (slots[-1].planned_end - anchor).days // 7 + 1
    last_day = date(today.year + 1, 12, 31)
    max_shift = (last_day - anchor).days // 7 - span_weeks
    today_week = (today - anchor).days // 7
    r = rng.random()
    # Past internships somewhat more often in recent years (the programme grows);
    # future ones mostly in the coming months.
    skew = 0.8
    if r < _SHARE_NOW:
        low, high = today_week - weeks[0] + 1, today_week
    elif r < _SHARE_NOW + _SHARE_FUTURE:
        low, high, skew = today_week + 1, max_shift, 2.5
    else:
        low, high = 0, today_week - span_weeks - 1
    low, high = max(0, low), min(max_shift, high)
    if low > high:
        low, high = 0, max(0, max_shift)
    shift = min(high, low + int((high - low + 1) * rng.random() ** skew))
    moved = timedelta(weeks=shift)
    for slot in slots:
        slot.start += moved
        slot.planned_end += moved
    return slots


def assign_status(rng: random.Random, slot: Slot, today: date) -> None:
    """Set the status (and early end) of *slot* from its dates relative to *today*."""
    r = rng.random()
    if slot.planned_end < today:
        if r < 0.06:
            slot.status = InternshipStatus.CANCELLED
        elif r < 0.15:
            slot.status = InternshipStatus.TERMINATED
            slot.actual_end = _early_end(rng, slot.start, slot.planned_end - timedelta(days=1))
        else:
            slot.status = InternshipStatus.COMPLETED
    elif slot.start <= today:
        if r < 0.05 and slot.start < today - timedelta(days=7):
            slot.status = InternshipStatus.TERMINATED
            slot.actual_end = _early_end(rng, slot.start, today - timedelta(days=1))
        else:
            slot.status = InternshipStatus.RUNNING
    else:
        days_ahead = (slot.start - today).days
        if r < 0.05:
            slot.status = InternshipStatus.CANCELLED
            return
        r = rng.random()
        if days_ahead <= 21:
            signed, awaiting = 0.7, 0.95
        elif days_ahead <= 60:
            signed, awaiting = 0.35, 0.75
        else:
            signed, awaiting = 0.1, 0.4
        slot.status = (
            InternshipStatus.SIGNED
            if r < signed
            else InternshipStatus.AWAITING_SIGNATURES
            if r < awaiting
            else InternshipStatus.DRAFT
        )


def _early_end(rng: random.Random, start: date, latest: date) -> date:
    """A working day after the first week and no later than *latest*."""
    earliest = start + timedelta(days=7)
    if latest <= earliest:
        day = latest
    else:
        day = earliest + timedelta(days=rng.randint(0, (latest - earliest).days))
    while day.weekday() >= DAYS_PER_WEEK and day > start:
        day -= timedelta(days=1)
    return max(day, start)


def ensure_every_status(rng: random.Random, slots: list[Slot], today: date) -> None:
    """Turn a few slots into any status that is still missing, where the dates allow it."""
    counts = Counter(s.status for s in slots)
    for status in InternshipStatus:
        if counts[status]:
            continue
        candidates = [s for s in slots if _dates_allow(s, status, today) and counts[s.status] > 1]
        if not candidates:
            continue
        slot = rng.choice(candidates)
        counts[slot.status] -= 1
        counts[status] += 1
        slot.status = status
        slot.actual_end = None
        if status == InternshipStatus.TERMINATED:
            slot.actual_end = _early_end(rng, slot.start, slot.planned_end - timedelta(days=1))


def _dates_allow(slot: Slot, status: InternshipStatus, today: date) -> bool:
    if status in (InternshipStatus.COMPLETED, InternshipStatus.TERMINATED):
        return slot.planned_end < today
    if status == InternshipStatus.RUNNING:
        return slot.start <= today <= slot.planned_end
    if status == InternshipStatus.CANCELLED:
        return not slot.start <= today <= slot.planned_end
    return slot.start > today
