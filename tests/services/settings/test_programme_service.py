"""The programme rules edited in Settings: loaded, validated and saved in the database."""

from __future__ import annotations

from dataclasses import replace

import pytest

from consultant_app.domain.programme import DEFAULT_RULES, ProgrammeRules
from consultant_app.services.forms.parsing import ValidationFailed
from consultant_app.services.settings.programme import (
    RULE_FIELDS,
    RULE_LABELS,
    load_rules,
    rule_texts,
    save_rules,
    validate_rules,
)
from consultant_app.store.database import Database, open_database


def codes(values: dict[str, str], current: ProgrammeRules = DEFAULT_RULES) -> dict[str, str]:
    _rules, errors = validate_rules(values, current)
    return {error.field: error.code for error in errors}


def test_every_rule_has_a_label() -> None:
    assert set(RULE_LABELS) == set(RULE_FIELDS) == set(ProgrammeRules.field_names())


def test_defaults_until_saved_then_the_saved_rules(db: Database) -> None:
    assert load_rules(db) == DEFAULT_RULES

    saved = save_rules(db, {"age_limit": " 30 ", "max_total_weeks_per_intern": "16"})

    assert saved == replace(DEFAULT_RULES, age_limit=30, max_total_weeks_per_intern=16)
    assert load_rules(db) == saved
    path = db.path
    db.close()
    reopened = open_database(path)
    try:
        assert load_rules(reopened) == saved
    finally:
        reopened.close()


def test_the_form_texts_round_trip(db: Database) -> None:
    texts = rule_texts(load_rules(db))
    assert texts["min_weeks_per_internship"] == "4"
    assert save_rules(db, texts) == DEFAULT_RULES


@pytest.mark.parametrize(
    ("text", "code"),
    [("", "required"), ("0", "number.range"), ("-3", "number.range"), ("four", "number.syntax")],
)
def test_rules_are_positive_whole_numbers(text: str, code: str) -> None:
    assert codes({"age_limit": text, "quota_block_fte": "2.5"}) == {
        "age_limit": code,
        "quota_block_fte": "number.syntax",
    }


def test_error_messages_name_the_rule_and_the_value() -> None:
    _rules, errors = validate_rules({"retention_years": "0"}, DEFAULT_RULES)
    assert errors[0].message.startswith("Years before personal data is anonymised: '0'")
    assert errors[0].params["value"] == "0" and errors[0].params["field"] == "retention_years"


def test_weeks_must_be_in_order() -> None:
    assert codes({"min_weeks_per_internship": "13"}) == {
        "min_weeks_per_internship": "rules.min_above_max"
    }
    # Only the maximum was edited: the error is on the maximum.
    assert codes({"max_weeks_per_internship": "3"}) == {
        "max_weeks_per_internship": "rules.min_above_max"
    }
    assert codes({"max_weeks_per_internship": "13"}) == {
        "max_weeks_per_internship": "rules.max_above_total"
    }
    assert codes({"max_total_weeks_per_intern": "10"}) == {
        "max_total_weeks_per_intern": "rules.max_above_total"
    }
    assert codes({"max_weeks_per_internship": "13", "max_total_weeks_per_intern": "13"}) == {}
    assert codes({"min_weeks_per_internship": "12", "max_weeks_per_internship": "12"}) == {}
    # A rule that is itself invalid is not compared.
    assert codes({"min_weeks_per_internship": "x", "max_weeks_per_internship": "2"}) == {
        "min_weeks_per_internship": "number.syntax"
    }


def test_invalid_rules_are_not_saved(db: Database) -> None:
    with pytest.raises(ValidationFailed) as failed:
        save_rules(db, {"age_limit": "27", "min_weeks_per_internship": "20"})

    assert [(e.field, e.code) for e in failed.value.errors] == [
        ("min_weeks_per_internship", "rules.min_above_max")
    ]
    assert "20" in str(failed.value) and "12" in str(failed.value)
    assert load_rules(db) == DEFAULT_RULES
