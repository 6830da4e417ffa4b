"""The forms of the fund's identity and the consultant's profile (Settings, first start)."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QCoreApplication

from consultant_app.services.settings.identity import (
    CONSULTANT_FIELDS,
    FUND_FIELDS,
    load_consultant,
    load_fund,
    save_consultant,
    save_fund,
    validate_consultant,
    validate_fund,
)
from consultant_app.store.database import Database
from consultant_app.ui.forms.record_form import FieldSpec, RecordForm, Section

_FUND_REQUIRED = frozenset({"name", "street", "postcode", "municipality", "enterprise_number"})
_KINDS = {"logo_path": "file", "print_national_number": "bool"}


def _image_filter() -> str:
    return QCoreApplication.translate("IdentityForms", "Images (*.png *.jpg *.jpeg)")


def fund_form(database: Database) -> RecordForm:
    """The fund's identity, printed on every document."""
    form = RecordForm(
        [
            FieldSpec(
                key,
                kind=_KINDS.get(key, "text"),
                required=key in _FUND_REQUIRED,
                file_filter=_image_filter if key == "logo_path" else None,
            )
            for key in FUND_FIELDS
        ],
        [Section(lambda: QCoreApplication.translate("IdentityForms", "The fund"), FUND_FIELDS)],
        lambda values: validate_fund(values)[1],
        lambda values, _id: save_fund(database, values),
    )
    return _show_stored(form, "fundForm", lambda: load_fund(database))


def consultant_form(database: Database) -> RecordForm:
    """The profile of the consultant using this database."""
    form = RecordForm(
        [FieldSpec(key, required=key in ("name", "email")) for key in CONSULTANT_FIELDS],
        [
            Section(
                lambda: QCoreApplication.translate("IdentityForms", "Consultant profile"),
                CONSULTANT_FIELDS,
            )
        ],
        lambda values: validate_consultant(values)[1],
        lambda values, _id: save_consultant(database, values),
    )
    return _show_stored(form, "consultantForm", lambda: load_consultant(database))


def _show_stored(form: RecordForm, name: str, load: Callable[[], Mapping[str, str]]) -> RecordForm:
    """Name *form* and show the stored record in it, again after each save."""
    form.setObjectName(name)
    form.saved.connect(lambda _id: form.load(None, load()))
    form.load(None, load())
    return form
