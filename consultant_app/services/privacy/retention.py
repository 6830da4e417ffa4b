"""The automatic retention rule: anonymise, at most once a calendar day, what is past it.

:func:`run_retention_if_due` is meant to be called when the application
starts (and may be called as often as wanted): the first call of a day runs
:func:`~consultant_app.services.privacy.anonymise.anonymise_expired` and remembers the
day in the ``setting`` table (:data:`LAST_RUN_KEY`, an ISO date); later calls
of the same day do nothing. The day is written only once the anonymisation
has been committed, so a run that failed is tried again at the next call.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from consultant_app.services.privacy.anonymise import anonymise_expired
from consultant_app.store.database import Database
from consultant_app.store.settings import get_value, set_value

__all__ = ["LAST_RUN_KEY", "RetentionResult", "last_retention_run", "run_retention_if_due"]

#: Setting holding the day (ISO date) of the last automatic retention run.
LAST_RUN_KEY = "privacy.retention_last_run"


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


def last_retention_run(database: Database) -> date | None:
    """The day the retention rule last ran automatically, or None if never (or unreadable)."""
    with database.session_factory() as session:
        stored = get_value(session, LAST_RUN_KEY)
    if not isinstance(stored, str):
        return None
    try:
        return date.fromisoformat(stored)
    except ValueError:
        return None


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
