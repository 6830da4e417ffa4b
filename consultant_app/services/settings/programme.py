"""The programme rules a consultant edits in Settings (age limit, weeks, quota...).

:func:`save_rules` takes the raw texts of the rule fields, keyed by the names of
:class:`ProgrammeRules`; every rule is a positive whole number, and the weeks
must keep ``min_weeks_per_internship <= max_weeks_per_internship <=
max_total_weeks_per_intern``.

Codes: those of :mod:`consultant_app.services.forms.parsing` (``required``,
``number.syntax``, ``number.range``), ``rules.min_above_max`` and
``rules.max_above_total`` (on the lower rule of the pair, or on the upper one
when only that one was given).
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import partial

from consultant_app.domain.programme import ProgrammeRules
from consultant_app.services.forms.parsing import (
    FieldError,
    FormReader,
    ValidationFailed,
    parse_int,
)
from consultant_app.store.database import Database
from consultant_app.store.settings import get_rules, set_rules

__all__ = ["RULE_FIELDS", "RULE_LABELS", "load_rules", "rule_texts", "save_rules", "validate_rules"]

RULE_FIELDS: tuple[str, ...] = ProgrammeRules.field_names()
RULE_LABELS: dict[str, str] = {
    "age_limit": "Age limit",
    "min_weeks_per_internship": "Minimum weeks per internship",
    "max_weeks_per_internship": "Maximum weeks per internship",
    "max_total_weeks_per_intern": "Maximum total weeks per intern",
    "max_hours_per_week": "Maximum hours per week",
    "quota_weeks_per_block": "Quota weeks per block of employees",
    "quota_block_fte": "Employees (FTE) per quota block",
    "retention_years": "Years before personal data is anonymised",
}
#: A sanity bound: no rule of the programme needs a number this large.
MAX_RULE_VALUE = 10_000
_positive = partial(parse_int, minimum=1, maximum=MAX_RULE_VALUE)


def load_rules(database: Database) -> ProgrammeRules:
    """The programme rules of the database (defaults for those never set)."""
    with database.unit_of_work() as uow:
        return get_rules(uow.session)


def rule_texts(rules: ProgrammeRules) -> dict[str, str]:
    """The texts of the rule fields for the Settings form."""
    return {name: str(getattr(rules, name)) for name in RULE_FIELDS}


#: Codes of the order checks, by (lower rule, upper rule).
_ORDER_CODES = {
    ("min_weeks_per_internship", "max_weeks_per_internship"): "rules.min_above_max",
    ("max_weeks_per_internship", "max_total_weeks_per_intern"): "rules.max_above_total",
}


def _check_order(
    form: FormReader, values: Mapping[str, str], rules: ProgrammeRules, lower: str, upper: str
) -> None:
    """An error when rule *lower* exceeds rule *upper*.

    It goes on *lower*, unless only *upper* was given (then the edit that broke
    the order is *upper*'s). Nothing is said when either rule is itself invalid.
    """
    if form.has_error(lower) or form.has_error(upper):
        return
    low, high = getattr(rules, lower), getattr(rules, upper)
    if low <= high:
        return
    code = _ORDER_CODES[(lower, upper)]
    params: dict[str, object] = {lower: low, upper: high}
    low_label, high_label = RULE_LABELS[lower], RULE_LABELS[upper]
    if lower in values or upper not in values:
        form.error(
            lower,
            code,
            f"{low_label}: {low} is more than the {high_label.lower()} ({high}).",
            {"value": low, **params},
        )
    else:
        form.error(
            upper,
            code,
            f"{high_label}: {high} is less than the {low_label.lower()} ({low}).",
            {"value": high, **params},
        )


def validate_rules(
    values: Mapping[str, str], current: ProgrammeRules
) -> tuple[ProgrammeRules, list[FieldError]]:
    """*current* with the rules given in *values*, and the errors (keyed by rule name).

    A rule absent from *values* keeps its current value; one given empty is an error.
    """
    form = FormReader(values, RULE_LABELS)
    new: dict[str, int] = {}
    for name in RULE_FIELDS:
        if name not in values:
            continue
        value = form.read(name, _positive, required=True)
        if value is not None:
            new[name] = value
    rules = current.with_values(new)
    _check_order(form, values, rules, "min_weeks_per_internship", "max_weeks_per_internship")
    _check_order(form, values, rules, "max_weeks_per_internship", "max_total_weeks_per_intern")
    return rules, form.errors


def save_rules(
    database: Database, values: Mapping[str, str], *, actor: str | None = None
) -> ProgrammeRules:
    """Store the rules given as texts in *values*; the rules now in force.

    Raises :class:`ValidationFailed` (nothing written) when a rule is not a
    positive whole number or the weeks are out of order.
    """
    with database.unit_of_work(actor=actor) as uow:
        rules, errors = validate_rules(values, get_rules(uow.session))
        if errors:
            raise ValidationFailed(errors)
        set_rules(uow.session, rules)
        uow.commit()
    return rules
