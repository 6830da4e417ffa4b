"""The workstation sheet and its risk analysis: the form, the risks, completeness and signing."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import select

from consultant_app.domain.enums import InternshipStatus
from consultant_app.domain.errors import InvalidValue
from consultant_app.domain.roadmap import REQUIRED_RISK_SHEET_FIELDS, RISK_SHEET_FIELDS
from consultant_app.services.forms.parsing import RecordNotFound, ValidationFailed
from consultant_app.services.internships.records import (
    change_status,
    create_internship,
    load_internship,
)
from consultant_app.services.roadmap import (
    add_risk_item,
    load_risk_sheet,
    remove_risk_item,
    risk_catalogue,
    save_risk_sheet,
    update_risk_item,
    validate_risk_sheet,
)
from consultant_app.services.settings.identity import save_consultant
from consultant_app.store.models import RiskAssessment
from tests.support.builders import (
    COMPLETE,
    World,
    catalogue_risk,
    complete_sheet,
    sign_all,
)

S = InternshipStatus


def codes(values: dict[str, str]) -> list[tuple[str, str]]:
    _cleaned, errors = validate_risk_sheet(values)
    return [(error.field, error.code) for error in errors]


# --- the form -----------------------------------------------------------------------


def test_a_new_sheet_starts_from_the_workplace_and_the_consultant(world: World) -> None:
    save_consultant(world.db, {"name": "Sofie Van den Broeck", "email": "sofie@fund.be"})
    internship_id = create_internship(world.db, world.values())
    sheet = load_risk_sheet(world.db, internship_id)
    assert sheet.values["place"] == "Rue de la Loi 16, 4000 Liège"
    assert sheet.values["drawn_up_by"] == "Sofie Van den Broeck"
    assert (sheet.values["health_surveillance"], sheet.values["forbidden_work"]) == ("0", "0")
    assert all(
        sheet.values[name] == ""
        for name in RISK_SHEET_FIELDS
        if name not in ("place", "drawn_up_by", "health_surveillance", "forbidden_work")
    )
    assert sheet.items == ()
    # Nothing is stored yet: even the proposed place and author are missing.
    assert sheet.missing == (*REQUIRED_RISK_SHEET_FIELDS, "items")
    with pytest.raises(RecordNotFound):
        load_risk_sheet(world.db, uuid.uuid4())


def test_the_sheet_is_saved_half_filled_and_read_back(world: World) -> None:
    internship_id = create_internship(world.db, world.values())
    save_risk_sheet(
        world.db,
        internship_id,
        {"post_name": " Production assistant ", "drawn_up_on": "16/08/2021", "forbidden_work": ""},
    )
    sheet = load_risk_sheet(world.db, internship_id)
    assert sheet.values["post_name"] == "Production assistant"
    assert sheet.values["drawn_up_on"] == "2021-08-16"
    assert sheet.values["place"] == ""  # stored empty: no default any more
    assert sheet.values["forbidden_work"] == "0"
    assert "post_name" not in sheet.missing and "place" in sheet.missing

    complete_sheet(world.db, internship_id)
    sheet = load_risk_sheet(world.db, internship_id)
    assert sheet.values == COMPLETE
    assert sheet.missing == ()
    with world.db.unit_of_work() as uow:
        assert len(uow.session.scalars(select(RiskAssessment)).all()) == 1


def test_invalid_values_are_refused_and_nothing_is_written(world: World) -> None:
    assert codes(COMPLETE) == []
    assert codes(
        {
            "post_name": "x" * 201,
            "drawn_up_on": "31/02/2021",
            "health_surveillance": "maybe",
            "prevention_advisor": "y" * 201,
        }
    ) == [
        ("post_name", "text.length"),
        ("health_surveillance", "boolean.syntax"),
        ("prevention_advisor", "text.length"),
        ("drawn_up_on", "date.syntax"),
    ]
    cleaned, _errors = validate_risk_sheet({"health_surveillance": "1", "drawn_up_on": ""})
    assert cleaned["health_surveillance"] is True and cleaned["forbidden_work"] is False
    assert cleaned["drawn_up_on"] is None and cleaned["post_name"] is None

    internship_id = create_internship(world.db, world.values())
    with pytest.raises(ValidationFailed) as failed:
        save_risk_sheet(world.db, internship_id, {**COMPLETE, "drawn_up_on": "tomorrow"})
    assert [e.code for e in failed.value.errors] == ["date.syntax"]
    assert load_risk_sheet(world.db, internship_id).values["post_name"] == ""
    with pytest.raises(RecordNotFound):
        save_risk_sheet(world.db, uuid.uuid4(), COMPLETE)


# --- completeness -------------------------------------------------------------------


@pytest.mark.parametrize("field", REQUIRED_RISK_SHEET_FIELDS)
def test_each_required_field_keeps_the_sheet_incomplete(world: World, field: str) -> None:
    internship_id = create_internship(world.db, world.values())
    complete_sheet(world.db, internship_id, **{field: ""})
    assert load_risk_sheet(world.db, internship_id).missing == (field,)
    save_risk_sheet(world.db, internship_id, COMPLETE)
    assert load_risk_sheet(world.db, internship_id).missing == ()


def test_a_sheet_without_risks_is_incomplete(world: World) -> None:
    internship_id = create_internship(world.db, world.values())
    complete_sheet(world.db, internship_id)
    (item,) = load_risk_sheet(world.db, internship_id).items
    remove_risk_item(world.db, item.id)
    assert load_risk_sheet(world.db, internship_id).missing == ("items",)


def test_protective_equipment_may_be_none_but_not_blank(world: World) -> None:
    internship_id = create_internship(world.db, world.values())
    complete_sheet(world.db, internship_id, protective_equipment="   ")
    assert load_risk_sheet(world.db, internship_id).missing == ("protective_equipment",)
    save_risk_sheet(world.db, internship_id, {**COMPLETE, "protective_equipment": "none"})
    assert load_risk_sheet(world.db, internship_id).missing == ()


def test_health_surveillance_needs_its_detail(world: World) -> None:
    internship_id = create_internship(world.db, world.values())
    complete_sheet(world.db, internship_id, health_surveillance="1")
    assert load_risk_sheet(world.db, internship_id).missing == ("health_surveillance_detail",)
    save_risk_sheet(
        world.db,
        internship_id,
        {**COMPLETE, "health_surveillance": "1", "health_surveillance_detail": "Hearing test."},
    )
    assert load_risk_sheet(world.db, internship_id).missing == ()


def test_declared_forbidden_work_needs_a_justification(world: World) -> None:
    internship_id = create_internship(world.db, world.values())
    complete_sheet(world.db, internship_id, forbidden_work="1")
    assert load_risk_sheet(world.db, internship_id).missing == ("forbidden_work_justification",)
    save_risk_sheet(
        world.db,
        internship_id,
        {**COMPLETE, "forbidden_work": "1", "forbidden_work_justification": "Under supervision."},
    )
    assert load_risk_sheet(world.db, internship_id).missing == ()


def test_a_listed_risk_forbidden_to_young_workers_needs_a_justification(world: World) -> None:
    internship_id = create_internship(world.db, world.values())
    complete_sheet(world.db, internship_id)
    rigging = catalogue_risk(world.db, "work_at_height_rigging")
    assert rigging.forbidden_for_young_workers
    item_id = add_risk_item(world.db, internship_id, catalogue_risk_id=rigging.id)
    sheet = load_risk_sheet(world.db, internship_id)
    assert [line.forbidden_for_young_workers for line in sheet.items] == [False, True]
    assert sheet.missing == ("forbidden_work_justification",)  # though not declared

    save_risk_sheet(
        world.db,
        internship_id,
        {**COMPLETE, "forbidden_work_justification": "Needed for the training, supervised."},
    )
    assert load_risk_sheet(world.db, internship_id).missing == ()
    remove_risk_item(world.db, item_id)
    save_risk_sheet(world.db, internship_id, COMPLETE)
    assert load_risk_sheet(world.db, internship_id).missing == ()


# --- the risks ----------------------------------------------------------------------


def test_the_catalogue_in_a_language(world: World) -> None:
    french = risk_catalogue(world.db, "fr")
    english = risk_catalogue(world.db, "en")
    assert len(french) == len(english) == 13
    assert sum(forbidden for _id, _name, forbidden in french) == 4
    rigging = catalogue_risk(world.db, "work_at_height_rigging")
    assert (str(rigging.id), rigging.name_fr, True) in french
    names = [name for _id, name, _forbidden in english]
    assert names == sorted(names, key=str.casefold)


@pytest.mark.parametrize("language", ["nl", "fr", "en", "FR"])
def test_a_catalogue_risk_is_copied_in_the_language(world: World, language: str) -> None:
    internship_id = create_internship(world.db, world.values())
    noise = catalogue_risk(world.db, "noise")
    add_risk_item(world.db, internship_id, catalogue_risk_id=noise.id, language=language)
    (line,) = load_risk_sheet(world.db, internship_id).items
    suffix = language.lower()
    assert line.catalogue_risk_id == noise.id
    assert line.description == getattr(noise, f"name_{suffix}")
    assert line.measures == getattr(noise, f"measures_{suffix}")
    assert line.protective_equipment == getattr(noise, f"protective_equipment_{suffix}")
    assert (line.position, line.forbidden_for_young_workers) == (1, False)


def test_given_texts_take_the_place_of_the_catalogues(world: World) -> None:
    internship_id = create_internship(world.db, world.values())
    noise = catalogue_risk(world.db, "noise")
    add_risk_item(
        world.db, internship_id, catalogue_risk_id=noise.id, measures=" Ear plugs in the studio. "
    )
    (line,) = load_risk_sheet(world.db, internship_id).items
    assert (line.description, line.measures) == (noise.name_en, "Ear plugs in the studio.")


def test_a_catalogue_risk_is_listed_once(world: World) -> None:
    internship_id = create_internship(world.db, world.values())
    noise = catalogue_risk(world.db, "noise")
    first = add_risk_item(world.db, internship_id, catalogue_risk_id=noise.id)
    with pytest.raises(InvalidValue) as twice:
        add_risk_item(world.db, internship_id, catalogue_risk_id=noise.id, language="fr")
    assert twice.value.code == "risk.duplicate"
    assert twice.value.params["risk"] == noise.name_fr
    assert str(twice.value) == (
        f"The risk {noise.name_fr!r} is already listed on the workstation sheet."
    )
    assert len(load_risk_sheet(world.db, internship_id).items) == 1
    # Written-in risks may repeat; a removed catalogue risk may come back.
    add_risk_item(world.db, internship_id, description="Noise")
    add_risk_item(world.db, internship_id, description="Noise")
    remove_risk_item(world.db, first)
    again = add_risk_item(world.db, internship_id, catalogue_risk_id=noise.id)
    items = load_risk_sheet(world.db, internship_id).items
    assert [(line.id, line.position) for line in items][-1] == (again, 4)
    # Another internship lists it freely.
    other = create_internship(world.db, world.values())
    add_risk_item(world.db, other, catalogue_risk_id=noise.id)


def test_a_written_in_risk_is_edited_and_removed(world: World) -> None:
    internship_id = create_internship(world.db, world.values())
    with pytest.raises(InvalidValue) as empty:
        add_risk_item(world.db, internship_id, description="  ")
    assert empty.value.code == "required"
    item_id = add_risk_item(
        world.db, internship_id, description=" Cold storage room ", measures="Short stays."
    )
    (line,) = load_risk_sheet(world.db, internship_id).items
    assert (line.catalogue_risk_id, line.description, line.measures) == (
        None,
        "Cold storage room",
        "Short stays.",
    )
    assert line.protective_equipment == ""

    update_risk_item(
        world.db,
        item_id,
        description="Cold room",
        measures="",
        protective_equipment=" Warm gloves ",
    )
    (line,) = load_risk_sheet(world.db, internship_id).items
    assert (line.description, line.measures, line.protective_equipment) == (
        "Cold room",
        "",
        "Warm gloves",
    )
    with pytest.raises(InvalidValue) as blank:
        update_risk_item(world.db, item_id, description=" ", measures="", protective_equipment="")
    assert blank.value.code == "required"

    remove_risk_item(world.db, item_id)
    assert load_risk_sheet(world.db, internship_id).items == ()
    with pytest.raises(RecordNotFound):
        remove_risk_item(world.db, item_id)
    with pytest.raises(RecordNotFound):
        update_risk_item(world.db, item_id, description="x", measures="", protective_equipment="")
    with pytest.raises(RecordNotFound):
        add_risk_item(world.db, internship_id, catalogue_risk_id=uuid.uuid4())
    with pytest.raises(RecordNotFound):
        add_risk_item(world.db, uuid.uuid4(), description="Anything")


# --- signing ------------------------------------------------------------------------


def test_signing_is_refused_while_the_sheet_is_incomplete(world: World) -> None:
    internship_id = create_internship(world.db, world.values())
    save_risk_sheet(world.db, internship_id, {**COMPLETE, "first_aid_person": ""})
    change_status(world.db, internship_id, S.AWAITING_SIGNATURES)
    sign_all(world.db, internship_id)
    with pytest.raises(InvalidValue) as refused:
        change_status(world.db, internship_id, S.SIGNED)
    assert refused.value.code == "risk_sheet.incomplete"
    assert refused.value.params["missing"] == ("first_aid_person", "items")
    assert str(refused.value) == (
        "The workstation sheet is incomplete: it still needs first aid person "
        "and at least one risk."
    )
    assert load_internship(world.db, internship_id).status is S.AWAITING_SIGNATURES

    add_risk_item(world.db, internship_id, catalogue_risk_id=catalogue_risk(world.db, "noise").id)
    with pytest.raises(InvalidValue) as still:
        change_status(world.db, internship_id, S.SIGNED)
    assert still.value.params["missing"] == ("first_aid_person",)

    save_risk_sheet(world.db, internship_id, COMPLETE)
    change_status(world.db, internship_id, S.SIGNED)
    assert load_internship(world.db, internship_id).status is S.SIGNED


def test_a_sheet_incomplete_is_no_obstacle_before_signing(world: World) -> None:
    internship_id = create_internship(world.db, world.values())
    change_status(world.db, internship_id, S.AWAITING_SIGNATURES)
    change_status(world.db, internship_id, S.DRAFT)
    change_status(world.db, internship_id, S.CANCELLED, reason="The host withdrew.")
    assert load_internship(world.db, internship_id).status is S.CANCELLED
