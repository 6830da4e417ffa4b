"""The fund's identity and the consultant's profile: validated, stored, loaded back."""

from __future__ import annotations

from pathlib import Path

import pytest

from consultant_app.services.forms.parsing import ValidationFailed
from consultant_app.services.settings.identity import (
    FUND_FIELDS,
    identity_complete,
    load_consultant,
    load_fund,
    save_consultant,
    save_fund,
    validate_consultant,
    validate_fund,
)
from consultant_app.store.database import Database
from consultant_app.store.settings import PRINT_NATIONAL_NUMBER_KEY, get_value

FUND = {
    "name": "Fonds Audiovisuel & Co",
    "street": "Kunstlaan 12",
    "postcode": "1000",
    "municipality": "Brussel",
    "enterprise_number": "BE 0403.170.701",
    "signatory_name": "Ann De Ridder",
    "signatory_title": "Directeur",
    "logo_path": "",
    "print_national_number": "0",
}
CONSULTANT = {"name": "Marie Dubois", "email": "marie@example.be", "phone": "02 123 45 67"}


def codes(errors: list) -> dict[str, str]:
    return {error.field: error.code for error in errors}


def test_a_new_database_has_no_identity_yet(db: Database) -> None:
    assert not identity_complete(db)
    assert load_fund(db)["name"] == ""


def test_saved_identity_loads_back_formatted_and_completes(db: Database) -> None:
    save_fund(db, FUND)
    save_consultant(db, CONSULTANT)

    fund = load_fund(db)
    assert fund["name"] == "Fonds Audiovisuel & Co"
    assert fund["enterprise_number"] == "0403.170.701"
    assert fund["print_national_number"] == "0"
    assert load_consultant(db)["phone"] == "+32 2 123 45 67"
    assert identity_complete(db)
    with db.unit_of_work() as uow:
        assert get_value(uow.session, "fund.enterprise_number") == "0403170701"
        assert get_value(uow.session, PRINT_NATIONAL_NUMBER_KEY) is False


def test_invalid_fund_is_refused_and_nothing_written(db: Database) -> None:
    bad = {**FUND, "enterprise_number": "0403.170.702", "postcode": "99999", "name": " "}
    assert codes(validate_fund(bad)[1]) == {
        "enterprise_number": "enterprise.checksum",
        "postcode": "postcode.range",
        "name": "required",
    }
    with pytest.raises(ValidationFailed):
        save_fund(db, bad)
    assert load_fund(db)["postcode"] == ""


def test_consultant_needs_a_name_and_a_valid_email() -> None:
    assert codes(validate_consultant({"name": "", "email": "marie@", "phone": ""})[1]) == {
        "name": "required",
        "email": "email.syntax",
    }


def test_logo_must_be_a_readable_png_or_jpeg(tmp_path: Path) -> None:
    text_file = tmp_path / "logo.txt"
    text_file.write_text("not an image")
    png = tmp_path / "logo.png"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 16)

    assert codes(validate_fund({**FUND, "logo_path": str(text_file)})[1]) == {
        "logo_path": "logo.file"
    }
    assert codes(validate_fund({**FUND, "logo_path": str(tmp_path / "gone.png")})[1]) == {
        "logo_path": "logo.file"
    }
    # The folder of a user who does not exist: the same clear rejection, no crash.
    assert codes(validate_fund({**FUND, "logo_path": "~no-such-user-0/logo.png"})[1]) == {
        "logo_path": "logo.file"
    }
    cleaned, errors = validate_fund({**FUND, "logo_path": str(png)})
    assert not errors and cleaned["logo_path"] == str(png)


def test_national_number_switch_is_stored(db: Database) -> None:
    save_fund(db, {**FUND, "print_national_number": "1"})
    assert load_fund(db)["print_national_number"] == "1"
    assert set(load_fund(db)) == set(FUND_FIELDS)


def test_the_first_start_asks_once_per_database(db: Database) -> None:
    from consultant_app.services.settings.identity import mark_identity_asked, should_ask_identity

    assert should_ask_identity(db)
    mark_identity_asked(db)
    assert not should_ask_identity(db)
