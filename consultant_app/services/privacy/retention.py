"""The daily retention run: at most once a calendar day, find who is past the retention period.

:func:`daily_retention` is called when the window shows. By default (mode
:data:`ASK`) it anonymises nobody: it returns a :class:`RetentionReview`
(who, why, the cut-off date) for the window to ask *Anonymise now / Review the
list / Postpone 30 days*; :func:`confirm_retention` anonymises once the user
agreed, :func:`postpone_retention` stores the day until which nothing is asked.
Only when Settings say :data:`AUTOMATIC` does the run anonymise by itself,
through :func:`run_retention_if_due`.

:func:`run_retention_if_due` runs
:func:`~consultant_app.services.privacy.anonymise.anonymise_expired` unless it already
ran that day, and remembers the day in the ``setting`` table
(:data:`LAST_RUN_KEY`, an ISO date). The day is written only once the
anonymisation has been committed, so a run that failed is tried again.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, timedelta

from consultant_app.services.privacy.anonymise import (
    RetentionPlan,
    anonymise_expired,
    retention_plan,
)
from consultant_app.services.privacy.retention_review import RetentionReview, review_plan
from consultant_app.store.backups import remove_copies_taken_before
from consultant_app.store.database import Database
from consultant_app.store.settings import get_value, set_value

__all__ = [
    "ASK",
    "AUTOMATIC",
    "LAST_RUN_KEY",
    "MODE_KEY",
    "POSTPONED_KEY",
    "POSTPONE_DAYS",
    "RetentionChanged",
    "RetentionResult",
    "RetentionReview",
    "confirm_retention",
    "daily_retention",
    "last_retention_run",
    "postpone_retention",
    "postponed_until",
    "retention_mode",
    "run_retention_if_due",
    "set_retention_mode",
]

#: Setting holding the day (ISO date) of the last daily retention run.
LAST_RUN_KEY = "privacy.retention_last_run"
#: Setting holding the mode of the daily run: :data:`ASK` (default) or :data:`AUTOMATIC`.
MODE_KEY = "privacy.retention_mode"
#: Setting holding the day (ISO date) until which the daily run asks nothing.
POSTPONED_KEY = "privacy.retention_postponed_until"
ASK = "ask"
AUTOMATIC = "automatic"
#: How many days "Postpone" leaves the question aside.
POSTPONE_DAYS = 30


class RetentionChanged(Exception):
    """Someone not on the confirmed list is now past the retention period: review again."""


@dataclass(frozen=True)
class RetentionResult:
    """What one run of the retention rule anonymised."""

    ran_on: date
    #: Records whose retention period ended before this day were anonymised.
    cutoff: date
    interns: tuple[uuid.UUID, ...] = ()
    mentors: tuple[uuid.UUID, ...] = ()
    hosts: tuple[uuid.UUID, ...] = ()

    @property
    def total(self) -> int:
        return len(self.interns) + len(self.mentors) + len(self.hosts)


def _stored_day(database: Database, key: str) -> date | None:
    with database.session_factory() as session:
        stored = get_value(session, key)
    if not isinstance(stored, str):
        return None
    try:
        return date.fromisoformat(stored)
    except ValueError:
        return None


def _store(database: Database, key: str, value: str, actor: str | None = None) -> None:
    with database.unit_of_work(actor=actor) as uow:
        set_value(uow.session, key, value)
        uow.commit()


def last_retention_run(database: Database) -> date | None:
    """The day the retention rule last ran, or None if never (or unreadable)."""
    return _stored_day(database, LAST_RUN_KEY)


def postponed_until(database: Database) -> date | None:
    """The day until which the daily run asks nothing (exclusive), or None."""
    return _stored_day(database, POSTPONED_KEY)


def retention_mode(database: Database) -> str:
    """:data:`AUTOMATIC` only when Settings say so; otherwise :data:`ASK`."""
    with database.session_factory() as session:
        stored = get_value(session, MODE_KEY)
    return AUTOMATIC if stored == AUTOMATIC else ASK


def set_retention_mode(database: Database, mode: str, *, actor: str | None = None) -> None:
    """Keep *mode* (:data:`ASK` or :data:`AUTOMATIC`) in the database's settings."""
    if mode not in (ASK, AUTOMATIC):
        raise ValueError(f"unknown retention mode: {mode!r}")
    _store(database, MODE_KEY, mode, actor)


def postpone_retention(
    database: Database, *, today: date | None = None, actor: str | None = None
) -> date:
    """Ask nothing for :data:`POSTPONE_DAYS` days; the day the question comes back."""
    until = (today or date.today()) + timedelta(days=POSTPONE_DAYS)
    _store(database, POSTPONED_KEY, until.isoformat(), actor)
    return until


def daily_retention(
    database: Database, *, today: date | None = None, actor: str | None = None
) -> RetentionResult | RetentionReview | None:
    """The day's retention run: None when there is nothing to do or ask today.

    In :data:`AUTOMATIC` mode, what :func:`run_retention_if_due` anonymised.
    Otherwise nothing is changed: a :class:`RetentionReview` of who would be
    anonymised, when someone is and the question is not postponed.
    """
    day = today or date.today()
    if last_retention_run(database) == day:
        return None
    if retention_mode(database) == AUTOMATIC:
        return run_retention_if_due(database, today=day, actor=actor)
    until = postponed_until(database)
    review = None if until is not None and day < until else review_plan(database, day)
    # Copies taken before the retention period go whatever the answer about the people.
    remove_copies_taken_before(database.path, retention_plan(database, today=day).cutoff)
    _store(database, LAST_RUN_KEY, day.isoformat(), actor)
    return review if review is not None and review.total else None


def confirm_retention(
    database: Database, review: RetentionReview, *, actor: str | None = None
) -> RetentionPlan:
    """Anonymise the people of *review*, which the user confirmed; what was anonymised.

    Raises :class:`RetentionChanged` (and changes nothing) when someone not on
    the list is now past the retention period.
    """
    now = retention_plan(database, today=review.ran_on)
    if not set(now.interns + now.mentors + now.hosts) <= review.ids:
        raise RetentionChanged("the list changed since it was shown")
    return anonymise_expired(database, today=review.ran_on, actor=actor)


def run_retention_if_due(
    database: Database, *, today: date | None = None, actor: str | None = None
) -> RetentionResult | None:
    """Apply the retention rule unless it already ran on *today*; what was anonymised.

    Returns None when it was not due (it already ran that calendar day),
    else a :class:`RetentionResult` (whose ``total`` may be 0). Errors of the
    database are raised, and the day is then not remembered.
    """
    day = today or date.today()
    if last_retention_run(database) == day:
        return None
    plan = anonymise_expired(database, today=day, actor=actor)
    with database.unit_of_work(actor=actor) as uow:
        set_value(uow.session, LAST_RUN_KEY, day.isoformat())
        uow.commit()
    return RetentionResult(
        ran_on=day,
        cutoff=plan.cutoff,
        interns=tuple(plan.interns),
        mentors=tuple(plan.mentors),
        hosts=tuple(plan.hosts),
    )
