"""Every form refuses control characters, bidirectional overrides and zero-width characters,
with a message that names the field and the character; tabs become spaces."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from datetime import date

import pytest

from consultant_app.domain.enums import EvaluationStage, Phase
from consultant_app.domain.errors import InvalidValue
from consultant_app.services.forms.parsing import FieldError, ValidationFailed
from consultant_app.services.internships.form import validate_internship
from consultant_app.services.internships.records import create_internship
from consultant_app.services.people.hosts import save_host, validate_host, validate_mentor
from consultant_app.services.people.interns import validate_intern
from consultant_app.services.roadmap import add_risk_item, add_task, save_evaluation_draft
from consultant_app.services.settings.identity import validate_consultant, validate_fund
from consultant_app.store.database import Database
from tests.support.builders import World

TODAY = date(2024, 6, 15)

CHARACTERS = [
    ("\x00", "text.control"),
    ("\x08", "text.control"),
    ("\x9f", "text.control"),
    ("\u202a", "text.bidi"),
    ("\u202e", "text.bidi"),
    ("\u2067", "text.bidi"),
    ("\u2069", "text.bidi"),
    ("\u200b", "text.zero_width"),
    ("\u200d", "text.zero_width"),
    ("\u2060", "text.zero_width"),
    ("\ufeff", "text.zero_width"),
]

Validator = Callable[[Mapping[str, str]], tuple[dict[str, object], list[FieldError]]]
FORMS: list[tuple[str, Validator, str]] = [
    ("host", validate_host, "name"),
    ("host", validate_host, "contact_name"),
    ("mentor", validate_mentor, "last_name"),
    ("intern", lambda values: validate_intern(values, TODAY), "first_name"),
    ("intern", lambda values: validate_intern(values, TODAY), "interests"),
    ("internship", validate_internship, "objectives"),
    ("fund", validate_fund, "signatory_name"),
    ("consultant", validate_consultant, "name"),
]


def error_of(validate: Validator, field: str, text: str) -> FieldError | None:
    _cleaned, errors = validate({field: text})
    return next((error for error in errors if error.field == field), None)


@pytest.mark.parametrize(("char", "code"), CHARACTERS)
@pytest.mark.parametrize(("form", "validate", "field"), FORMS)
def test_a_form_refuses_the_character_naming_the_field(
    form: str, validate: Validator, field: str, char: str, code: str
) -> None:
    error = error_of(validate, field, f"Ann{char}a Maes")
    assert error is not None, (form, field)
    assert error.code == code
    assert error.params["character"] == f"U+{ord(char):04X}"
    label, _, sentence = error.message.partition(": ")
    assert label and f"U+{ord(char):04X}" in sentence


def test_the_message_starts_with_the_fields_label() -> None:
    error = error_of(validate_mentor, "last_name", "Ma\u202eseam")
    assert error is not None
    assert error.message.startswith("Last name: ")
    assert "U+202E" in error.message


def test_a_tab_in_a_name_becomes_a_space_and_a_trailing_newline_goes() -> None:
    cleaned, errors = validate_mentor({"first_name": "Ann\tSofie", "last_name": "Maes\n"})
    assert errors == []
    assert (cleaned["first_name"], cleaned["last_name"]) == ("Ann Sofie", "Maes")


def test_line_breaks_stay_in_free_text(world: World) -> None:
    cleaned, errors = validate_internship(world.values(objectives="Learn.\r\nThen\tdo."))
    assert errors == []
    assert cleaned["objectives"] == "Learn.\nThen do."


def test_a_refused_name_writes_nothing(db: Database) -> None:
    with pytest.raises(ValidationFailed) as raised:
        save_host(db, {"name": "Studio\u200bNoord"})
    assert ("name", "text.zero_width") in {(e.field, e.code) for e in raised.value.errors}


@pytest.fixture
def internship_id(world: World) -> uuid.UUID:
    return create_internship(world.db, world.values())


@pytest.mark.parametrize(("char", "code"), CHARACTERS[:1] + CHARACTERS[4:5] + CHARACTERS[7:8])
def test_the_roadmap_refuses_the_character(
    world: World, internship_id: uuid.UUID, char: str, code: str
) -> None:
    with pytest.raises(InvalidValue) as raised:
        add_task(world.db, internship_id, f"Read{char} the scripts", Phase.START)
    assert raised.value.code == code and "task" in raised.value.message
    with pytest.raises(ValidationFailed) as failed:
        save_evaluation_draft(
            world.db,
            internship_id,
            EvaluationStage.MIDTERM,
            scores={},
            comments={},
            general_comments=f"Good{char} work",
        )
    assert [(e.field, e.code) for e in failed.value.errors] == [("general_comments", code)]
    with pytest.raises(InvalidValue) as raised:
        add_risk_item(world.db, internship_id, description="Noise", measures=f"Ear{char}plugs")
    assert raised.value.code == code and raised.value.message.startswith("Measures ")
