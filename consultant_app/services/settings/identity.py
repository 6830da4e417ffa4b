"""The fund's identity and the consultant's profile, printed on every document.

Both are kept as settings of the database (keys ``fund.*`` and
``consultant.*``). The forms use the short field names below; the enterprise
number is stored as its 10 digits and the phone in E.164, like a host's.

Codes: those of :mod:`consultant_app.services.forms.parsing` and of the domain
validators (enterprise number, email, phone, postcode), plus ``logo.file``
when the logo is not a readable PNG or JPEG file.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from consultant_app.domain.contact import (
    display_phone,
    normalise_phone,
    parse_email,
    parse_postcode,
)
from consultant_app.domain.errors import InvalidValue
from consultant_app.domain.identifiers import display_enterprise_number, parse_enterprise_number
from consultant_app.services.forms.parsing import (
    FieldError,
    FormReader,
    ValidationFailed,
    format_value,
    parse_bool,
)
from consultant_app.store.database import Database
from consultant_app.store.settings import (
    CONSULTANT_KEYS,
    FUND_KEYS,
    PRINT_NATIONAL_NUMBER_KEY,
    get_value,
    set_value,
)

__all__ = [
    "CONSULTANT_FIELDS",
    "FUND_FIELDS",
    "identity_complete",
    "load_consultant",
    "load_fund",
    "mark_identity_asked",
    "save_consultant",
    "save_fund",
    "should_ask_identity",
    "validate_consultant",
    "validate_fund",
]

#: Fields of the fund form: the setting keys without ``fund.``, and the national number switch.
FUND_FIELDS: tuple[str, ...] = (
    *(key.removeprefix("fund.") for key in FUND_KEYS),
    "print_national_number",
)
#: Fields of the consultant's profile form.
CONSULTANT_FIELDS: tuple[str, ...] = tuple(
    key.removeprefix("consultant.") for key in CONSULTANT_KEYS
)

_LABELS = {
    "name": "Name",
    "street": "Street and number",
    "postcode": "Postcode",
    "municipality": "Municipality",
    "enterprise_number": "Enterprise number",
    "signatory_name": "Signs for the fund",
    "signatory_title": "Title of the signatory",
    "logo_path": "Logo",
    "print_national_number": "Print the intern's national number",
    "email": "Email",
    "phone": "Phone",
}
_LENGTHS = {"name": 200, "street": 200, "municipality": 120, "signatory_name": 200}
#: The first bytes of the image files a logo may be.
_IMAGE_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff")
#: What the first start asks for before documents can be printed.
_REQUIRED_FUND = ("name", "street", "postcode", "municipality", "enterprise_number")
_REQUIRED_CONSULTANT = ("name", "email")


def _logo(text: str) -> str:
    try:
        # "~name" of a user who does not exist cannot be expanded: the file cannot be read.
        path = Path(text).expanduser()
    except RuntimeError:
        raise InvalidValue(
            f"the file {text} cannot be read (no such user folder).", "logo.file", {"path": text}
        ) from None
    try:
        with path.open("rb") as stream:
            head = stream.read(8)
    except OSError as problem:
        raise InvalidValue(
            f"the file {text} cannot be read ({problem.strerror or problem}).",
            "logo.file",
            {"path": text},
        ) from None
    if not any(head.startswith(magic) for magic in _IMAGE_MAGIC):
        raise InvalidValue(
            f"the file {text} is not a PNG or JPEG image.", "logo.file", {"path": text}
        )
    return str(path)


def validate_fund(values: Mapping[str, str]) -> tuple[dict[str, object], list[FieldError]]:
    """Typed values of the fund form and its errors."""
    form = FormReader(values, _LABELS, _LENGTHS)
    form.text("name", required=True)
    form.text("street", required=True)
    form.read("postcode", parse_postcode, required=True)
    form.text("municipality", required=True)
    form.read("enterprise_number", parse_enterprise_number, required=True)
    form.text("signatory_name")
    form.text("signatory_title")
    form.read("logo_path", _logo)
    form.read("print_national_number", parse_bool)
    return {name: form.cleaned.get(name) for name in FUND_FIELDS}, form.errors


def validate_consultant(values: Mapping[str, str]) -> tuple[dict[str, object], list[FieldError]]:
    """Typed values of the consultant's profile form and its errors."""
    form = FormReader(values, _LABELS, _LENGTHS)
    form.text("name", required=True)
    form.read("email", parse_email, required=True)
    form.read("phone", normalise_phone)
    return {name: form.cleaned.get(name) for name in CONSULTANT_FIELDS}, form.errors


def _setting_key(prefix: str, name: str) -> str:
    return PRINT_NATIONAL_NUMBER_KEY if name == "print_national_number" else f"{prefix}.{name}"


def load_fund(database: Database) -> dict[str, str]:
    """The texts of the fund form."""
    with database.unit_of_work() as uow:
        values = {
            name: format_value(get_value(uow.session, _setting_key("fund", name)))
            for name in FUND_FIELDS
        }
    values["enterprise_number"] = display_enterprise_number(values["enterprise_number"])
    values["print_national_number"] = "1" if values["print_national_number"] == "1" else "0"
    return values


def load_consultant(database: Database) -> dict[str, str]:
    """The texts of the consultant's profile form."""
    with database.unit_of_work() as uow:
        values = {
            name: format_value(get_value(uow.session, f"consultant.{name}"))
            for name in CONSULTANT_FIELDS
        }
    values["phone"] = display_phone(values["phone"])
    return values


def _save(
    database: Database,
    prefix: str,
    cleaned: Mapping[str, object],
    errors: list[FieldError],
    actor: str | None,
) -> None:
    if errors:
        raise ValidationFailed(errors)
    with database.unit_of_work(actor=actor) as uow:
        for name, value in cleaned.items():
            if name == "print_national_number":
                value = bool(value)
            set_value(uow.session, _setting_key(prefix, name), "" if value is None else value)
        uow.commit()


def save_fund(database: Database, values: Mapping[str, str], *, actor: str | None = None) -> None:
    """Store the fund's identity; raises :class:`ValidationFailed` (nothing stored) if invalid."""
    cleaned, errors = validate_fund(values)
    _save(database, "fund", cleaned, errors, actor)


def save_consultant(
    database: Database, values: Mapping[str, str], *, actor: str | None = None
) -> None:
    """Store the consultant's profile; raises :class:`ValidationFailed` when invalid."""
    cleaned, errors = validate_consultant(values)
    _save(database, "consultant", cleaned, errors, actor)


def identity_complete(database: Database) -> bool:
    """Whether the fund's identity and the consultant's profile hold what documents need."""
    fund, consultant = load_fund(database), load_consultant(database)
    return all(fund[name] for name in _REQUIRED_FUND) and all(
        consultant[name] for name in _REQUIRED_CONSULTANT
    )


#: Set once the first start has asked for the identity (asked once per database).
_ASKED_KEY = "app.identity_asked"


def should_ask_identity(database: Database) -> bool:
    """Whether to ask for the identity at start: incomplete and never asked in this database."""
    with database.unit_of_work() as uow:
        asked = bool(get_value(uow.session, _ASKED_KEY, False))
    return not asked and not identity_complete(database)


def mark_identity_asked(database: Database) -> None:
    with database.unit_of_work() as uow:
        set_value(uow.session, _ASKED_KEY, True)
        uow.commit()
