"""Validation messages in the interface language, chosen by the error's code.

The services word every error in English too; that text is shown for a code
this table does not know yet.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from consultant_app.services.forms import FieldError


def _templates() -> dict[str, str]:
    return {
        "required": QCoreApplication.translate("Validation", "This field is required."),
        "date.syntax": QCoreApplication.translate(
            "Validation", "Write the date as dd/mm/yyyy or yyyy-mm-dd."
        ),
        "date.future": QCoreApplication.translate("Validation", "This date lies in the future."),
        "text.length": QCoreApplication.translate("Validation", "This text is too long."),
        "boolean.syntax": QCoreApplication.translate("Validation", "Answer yes or no."),
        "website.syntax": QCoreApplication.translate(
            "Validation", "This is not a valid web address (for example www.example.be)."
        ),
        "rules.min_above_max": QCoreApplication.translate(
            "Validation", "The minimum must not be above the maximum."
        ),
        "rules.max_above_total": QCoreApplication.translate(
            "Validation", "The weeks per internship must not exceed the weeks per intern."
        ),
        "number.syntax": QCoreApplication.translate("Validation", "Write a number."),
        "number.range": QCoreApplication.translate("Validation", "This number is out of range."),
        "choice.unknown": QCoreApplication.translate("Validation", "Choose one of the list."),
        "email.syntax": QCoreApplication.translate(
            "Validation", "This is not a valid email address."
        ),
        "phone.syntax": QCoreApplication.translate(
            "Validation", "This is not a valid phone number (for example 0470 12 34 56)."
        ),
        "phone.length": QCoreApplication.translate(
            "Validation", "This phone number has too few or too many digits."
        ),
        "postcode.syntax": QCoreApplication.translate(
            "Validation", "A Belgian postcode has four digits."
        ),
        "postcode.range": QCoreApplication.translate(
            "Validation", "A Belgian postcode lies between 1000 and 9999."
        ),
        "birth_date.future": QCoreApplication.translate(
            "Validation", "The birth date lies in the future."
        ),
        "birth_date.too_young": QCoreApplication.translate(
            "Validation", "This birth date makes the person too young for an internship."
        ),
        "birth_date.too_old": QCoreApplication.translate(
            "Validation", "This birth date is not plausible (over 100 years ago)."
        ),
        "niss.length": QCoreApplication.translate(
            "Validation", "A national register number has 11 digits."
        ),
        "niss.syntax": QCoreApplication.translate(
            "Validation", "A national register number contains only digits, dots and a dash."
        ),
        "niss.checksum": QCoreApplication.translate(
            "Validation", "The check digits of this national register number are wrong."
        ),
        "niss.birth_date": QCoreApplication.translate(
            "Validation", "The national register number does not match the birth date."
        ),
        "niss.gender": QCoreApplication.translate(
            "Validation", "The national register number does not match the gender."
        ),
        "enterprise.length": QCoreApplication.translate(
            "Validation", "An enterprise number has 10 digits (0123.456.749)."
        ),
        "enterprise.syntax": QCoreApplication.translate(
            "Validation", "An enterprise number contains only digits, dots and BE."
        ),
        "enterprise.first_digit": QCoreApplication.translate(
            "Validation", "An enterprise number starts with 0 or 1."
        ),
        "enterprise.checksum": QCoreApplication.translate(
            "Validation", "The check digits of this enterprise number are wrong."
        ),
    }


def message_for(error: FieldError) -> str:
    """The error in the interface language (English text for unknown codes)."""
    return _templates().get(error.code) or error.message
