"""Amendments (avenants): a signed or running convention changed as a new numbered version.

Codes: ``amendment.final``, ``amendment.not_signed``, ``amendment.reason``,
``amendment.no_change``, ``convention.parties``, ``rules.unresolved`` and those
of the form (:mod:`consultant_app.services.internships.form`).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping
from datetime import date
from decimal import Decimal

from sqlalchemy.orm import Session

from consultant_app.domain.enums import InternshipStatus
from consultant_app.domain.errors import InvalidValue
from consultant_app.domain.lifecycle import is_final
from consultant_app.services.internships.form import (
    FORM_KEYS,
    FORM_LABELS,
    HOUR_KEYS,
    apply_values,
    cleaned_values,
    hours_text,
    live_internship,
    record_values,
    schedule_text,
    status_words,
    validated_values,
)
from consultant_app.services.internships.rules import RulesNotMet, live_overrides, unresolved_of
from consultant_app.services.printing.snapshots import take_snapshot
from consultant_app.store.database import Database
from consultant_app.store.models import Amendment, Consultant, Function, Internship, Mentor

_S = InternshipStatus

# --- amendments ---------------------------------------------------------------------

#: Fields an amendment names, by the form keys that make them; ids are shown by name.
_NAMED = {"mentor_id": "mentor", "consultant_id": "consultant", "function_id": "function"}


def _name(session: Session, key: str, text: str, language: str) -> str:
    if not text:
        return ""
    record_id = uuid.UUID(text)
    if key == "mentor_id":
        mentor = session.get(Mentor, record_id)
        return mentor.full_name if mentor else text
    if key == "consultant_id":
        consultant = session.get(Consultant, record_id)
        return consultant.full_name if consultant else text
    function = session.get(Function, record_id)
    return function.name(language) if function else text


def _amendment_changes(
    session: Session, old: Mapping[str, str], new: Mapping[str, str]
) -> dict[str, list[str]]:
    """``{field: [old text, new text]}`` of what differs; the schedule is one field."""
    changes: dict[str, list[str]] = {}
    for key in FORM_KEYS:
        if key in HOUR_KEYS or old[key] == new[key]:
            continue
        if key in _NAMED:
            changes[_NAMED[key]] = [
                _name(session, key, old[key], old["convention_language"]),
                _name(session, key, new[key], new["convention_language"]),
            ]
        else:
            changes[key] = [old[key], new[key]]
    if any(old[key] != new[key] for key in HOUR_KEYS):
        changes["schedule"] = [schedule_text(old), schedule_text(new)]
        old_total = sum((Decimal(old[k] or 0) for k in HOUR_KEYS), Decimal(0))
        new_total = sum((Decimal(new[k] or 0) for k in HOUR_KEYS), Decimal(0))
        if old_total != new_total:
            changes["hours_per_week"] = [hours_text(old_total), hours_text(new_total)]
    return changes


def _check_amendable(internship: Internship, reason: str) -> None:
    status = internship.status
    params: dict[str, object] = {"status": status.value}
    if is_final(status):
        raise InvalidValue(
            f"The internship is {status_words(status)}: its convention can no longer be amended.",
            "amendment.final",
            params,
        )
    if status not in (_S.SIGNED, _S.RUNNING):
        raise InvalidValue(
            f"The convention is still {status_words(status)}: edit it instead of amending it.",
            "amendment.not_signed",
            params,
        )
    if not reason:
        raise InvalidValue("An amendment needs a reason.", "amendment.reason", params)


def amend_internship(
    database: Database,
    internship_id: uuid.UUID,
    values: Mapping[str, str],
    *,
    reason: str,
    decided_on: date,
    actor: str | None = None,
) -> int:
    """Change a signed or running convention as a new version; the new version number.

    The intern and the host cannot change. The amendment stores what changed
    (``{field: [old text, new text]}``) and its reason; the new version then
    needs the three parties' signatures. Refused when nothing changed, and with
    :class:`RulesNotMet` when the change makes a rule fail that no override covers.
    """
    written = reason.strip()
    with database.unit_of_work(actor=actor) as uow:
        session = uow.session
        internship = live_internship(session, internship_id)
        _check_amendable(internship, written)
        cleaned = validated_values(session, values)
        old, new = record_values(internship), cleaned_values(cleaned)
        moved = [key for key in ("intern_id", "host_id") if old[key] != new[key]]
        if moved:
            parties = " and ".join(FORM_LABELS[key].lower() for key in moved)
            raise InvalidValue(
                f"An amendment cannot change the {parties} of a convention; "
                "cancel or terminate this internship and draft a new one.",
                "convention.parties",
                {"fields": tuple(moved)},
            )
        changes = _amendment_changes(session, old, new)
        if not changes:
            raise InvalidValue(
                "The amendment changes nothing in the convention.", "amendment.no_change", {}
            )
        overrides = live_overrides(session, internship.id)
        before = {line.rule for line in unresolved_of(session, internship, overrides)}
        apply_values(internship, cleaned)
        after = unresolved_of(session, internship, overrides)
        new_failures = [line for line in after if line.rule not in before]
        if new_failures:
            raise RulesNotMet(new_failures)
        version = internship.convention_version + 1
        internship.convention_version = version
        session.add(
            Amendment(
                internship_id=internship.id,
                version=version,
                decided_on=decided_on,
                changes=json.dumps(changes, ensure_ascii=False),
                reason=written,
            )
        )
        take_snapshot(session, internship)  # the amended text, to be signed, is frozen
        uow.commit()
        return version
