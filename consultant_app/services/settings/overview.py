"""Counts of what a database holds, for ``consultant-app info`` and the Settings view."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from consultant_app.domain.programme import ProgrammeRules
from consultant_app.store.database import Database
from consultant_app.store.models import (
    Evaluation,
    Host,
    Intern,
    Internship,
    Mentor,
    Visit,
)
from consultant_app.store.settings import CONSULTANT_KEYS, FUND_KEYS, get_rules, get_value

COUNTED = {
    "interns": Intern,
    "hosts": Host,
    "mentors": Mentor,
    "internships": Internship,
    "visits": Visit,
    "evaluations": Evaluation,
}


def table_counts(database: Database) -> dict[str, int]:
    """Number of live (not soft-deleted) records per kind."""
    with database.unit_of_work() as uow:
        return {
            name: uow.session.scalar(
                select(func.count()).select_from(model).where(model.deleted_at.is_(None))
            )
            or 0
            for name, model in COUNTED.items()
        }


@dataclass(frozen=True)
class SettingsOverview:
    rules: ProgrammeRules
    fund: dict[str, str]
    consultant: dict[str, str]


def settings_overview(database: Database) -> SettingsOverview:
    """Programme rules, the fund's identity and the consultant's profile of this database."""
    with database.unit_of_work() as uow:
        fund = {key: str(get_value(uow.session, key, "") or "") for key in FUND_KEYS}
        consultant = {key: str(get_value(uow.session, key, "") or "") for key in CONSULTANT_KEYS}
        return SettingsOverview(get_rules(uow.session), fund, consultant)
