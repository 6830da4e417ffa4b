"""Random values fed to every form's validator: no crash, only clear rejections."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from consultant_app.domain.programme import ProgrammeRules
from consultant_app.services.forms.fields import HOST_FIELDS, INTERN_FIELDS
from consultant_app.services.forms.parsing import FieldError
from consultant_app.services.internships.form import FORM_LABELS, validate_internship
from consultant_app.services.people.hosts import (
    MENTOR_FIELDS,
    TRAINING_PLAN_FIELDS,
    validate_host,
    validate_mentor,
    validate_training_plan,
)
from consultant_app.services.people.interns import validate_intern
from consultant_app.services.settings.identity import (
    CONSULTANT_FIELDS,
    FUND_FIELDS,
    validate_consultant,
    validate_fund,
)
from consultant_app.services.settings.programme import RULE_FIELDS, validate_rules

# Texts a person (or a paste) may put in a field: digits and dates, separators,
# accents, control characters, very long runs, numbers in odd notations.
_TEXT = st.one_of(
    st.text(max_size=40),
    st.text(alphabet="0123456789.-/ +,:eE", max_size=24),
    st.sampled_from(
        [
            "",
            " ",
            "0",
            "-1",
            "1e309",
            "nan",
            "inf",
            "31/02/2024",
            "2024-13-45",
            "９９",
            "\x00",
            "\u202e",
            "x" * 5000,
            "12:30",
            "FR",
            "nl",
            "M",
            "X",
            "true",
            "1,5",
            "227",
        ]
    ),
)
TODAY = date(2026, 11, 23)


def _values(fields: Sequence[str]) -> st.SearchStrategy[dict[str, str]]:
    return st.fixed_dictionaries({}, optional={name: _TEXT for name in fields})


def _check(errors: Sequence[FieldError], fields: Sequence[str]) -> None:
    seen = set()
    for error in errors:
        assert error.field in fields, error
        assert error.message.strip(), error
        assert error.field not in seen, f"two errors for {error.field}"
        seen.add(error.field)


FORMS: list[tuple[str, Sequence[str], Callable[[Mapping[str, str]], object]]] = [
    ("intern", INTERN_FIELDS, lambda values: validate_intern(values, TODAY)),
    ("host", HOST_FIELDS, validate_host),
    ("mentor", MENTOR_FIELDS, validate_mentor),
    ("training plan", TRAINING_PLAN_FIELDS, validate_training_plan),
    ("fund", FUND_FIELDS, validate_fund),
    ("consultant", CONSULTANT_FIELDS, validate_consultant),
    ("internship", tuple(FORM_LABELS), validate_internship),
    ("rules", RULE_FIELDS, lambda values: validate_rules(values, ProgrammeRules())),
]


@pytest.mark.parametrize(("name", "fields", "validate"), FORMS, ids=[form[0] for form in FORMS])
def test_random_values_give_clear_rejections(name, fields, validate) -> None:  # type: ignore[no-untyped-def]
    @settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
    @given(_values(fields))
    def run(values: dict[str, str]) -> None:
        _cleaned, errors = validate(values)  # type: ignore[misc]
        _check(errors, fields)

    run()
