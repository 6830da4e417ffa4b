"""Settings kept in the database: programme rules, the fund's identity, the consultant's profile."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from consultant_app.domain.programme import DEFAULT_RULES, ProgrammeRules
from consultant_app.store.models import Setting

RULES_PREFIX = "rules."

#: Keys of the fund's identity, printed on every document.
FUND_KEYS = (
    "fund.name",
    "fund.street",
    "fund.postcode",
    "fund.municipality",
    "fund.enterprise_number",
    "fund.signatory_name",
    "fund.signatory_title",
    "fund.logo_path",
)
#: Keys of the profile of the consultant using this database.
CONSULTANT_KEYS = ("consultant.name", "consultant.email", "consultant.phone")
#: Whether printed conventions show the intern's national number (false by default).
PRINT_NATIONAL_NUMBER_KEY = "documents.print_national_number"


def get_value(session: Session, key: str, default: Any = None) -> Any:
    row = session.get(Setting, key)
    return default if row is None else json.loads(row.value)


def set_value(session: Session, key: str, value: Any) -> None:
    encoded = json.dumps(value, ensure_ascii=False)
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=encoded))
    else:
        row.value = encoded


def get_values(session: Session, prefix: str) -> dict[str, Any]:
    rows = session.scalars(select(Setting).where(Setting.key.startswith(prefix)))
    return {row.key: json.loads(row.value) for row in rows}


def get_rules(session: Session) -> ProgrammeRules:
    stored = get_values(session, RULES_PREFIX)
    return DEFAULT_RULES.with_values({k[len(RULES_PREFIX) :]: v for k, v in stored.items()})


def set_rules(session: Session, rules: ProgrammeRules) -> None:
    for key in ProgrammeRules.field_names():
        set_value(session, RULES_PREFIX + key, getattr(rules, key))
