"""Validation messages in the interface language, chosen by the error's code.

The services word every error in English too; that text is shown for a code
this table does not know yet.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from consultant_app.services.forms.parsing import FieldError
from consultant_app.ui import locale_format


def _templates() -> dict[str, str]:
    return {
        "required": QCoreApplication.translate("Validation", "This field is required."),
        "date.syntax": QCoreApplication.translate(
            "Validation", "Write the date day first (6/9/2026) or as 2026-09-06."
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


def format_number(value: float) -> str:
    """A number as the locale writes it, with a decimal only when needed (12, 12,2)."""
    rounded = round(float(value), 2)
    if rounded == int(rounded):
        return locale_format.format_number(int(rounded))
    return locale_format.format_number(rounded, 2).rstrip("0")


def message_for(error: FieldError) -> str:
    """The error in the interface language (English text for unknown codes)."""
    params = error.params
    try:
        if error.code == "dates.order":
            return QCoreApplication.translate("Validation", "The planned end is before the start.")
        if error.code == "hours.empty":
            return QCoreApplication.translate("Validation", "Give the hours of at least one day.")
        if error.code == "hours.maximum":
            return QCoreApplication.translate(
                "Validation",
                "The schedule totals {total} hours a week; the maximum is {maximum}.",
            ).format(total=format_number(params["total"]), maximum=params["maximum"])  # type: ignore[arg-type]
        if error.code == "text.control":
            return QCoreApplication.translate(
                "Validation",
                "This text holds a control character ({character}); type it again without it.",
            ).format(character=params["character"])
        if error.code == "text.bidi":
            return QCoreApplication.translate(
                "Validation",
                "This text holds a text-direction override ({character}) that changes how it "
                "reads; type it again without it.",
            ).format(character=params["character"])
        if error.code == "text.zero_width":
            return QCoreApplication.translate(
                "Validation",
                "This text holds an invisible character ({character}); type it again without it.",
            ).format(character=params["character"])
        if error.code == "record.unknown":
            return QCoreApplication.translate(
                "Validation", "This record no longer exists (it may have been deleted)."
            )
        if error.code == "mentor.host":
            return QCoreApplication.translate(
                "Validation", "This mentor works for another host than the one chosen."
            )
    except (KeyError, TypeError, ValueError):
        return error.message
    return _templates().get(error.code) or error.message


def _problems() -> dict[str, str]:
    return {
        "transition.unchanged": QCoreApplication.translate(
            "Problems", "The internship already has this status."
        ),
        "transition.final": QCoreApplication.translate(
            "Problems",
            "A completed, terminated or cancelled internship no longer changes status.",
        ),
        "transition.backward": QCoreApplication.translate(
            "Problems", "This status cannot go back to an earlier one."
        ),
        "transition.forbidden": QCoreApplication.translate(
            "Problems", "This change of status is not allowed."
        ),
        "status.reason": QCoreApplication.translate("Problems", "Write the reason."),
        "termination.date_required": QCoreApplication.translate(
            "Problems", "Give the last day of the internship."
        ),
        "termination.before_start": QCoreApplication.translate(
            "Problems", "The last day lies before the start date."
        ),
        "termination.after_end": QCoreApplication.translate(
            "Problems", "The last day lies after the planned end date."
        ),
        "termination.dates": QCoreApplication.translate(
            "Problems", "The dates of the internship are not in order."
        ),
        "running.before_start": QCoreApplication.translate(
            "Problems", "The internship cannot run before its start date."
        ),
        "completion.before_start": QCoreApplication.translate(
            "Problems", "The end lies before the start date."
        ),
        "signatures.missing": QCoreApplication.translate(
            "Problems",
            "The convention needs the signatures of the fund, the host and the intern first.",
        ),
        "signature.status": QCoreApplication.translate(
            "Problems",
            "Signatures are recorded while the convention awaits them (or for an amendment).",
        ),
        "signature.name": QCoreApplication.translate("Problems", "The signer's name is required."),
        "signature.future": QCoreApplication.translate(
            "Problems", "The signature date lies in the future."
        ),
        "scan.size": QCoreApplication.translate(
            "Problems", "The file is too large (at most 20 MB)."
        ),
        "scan.unreadable": QCoreApplication.translate("Problems", "The file cannot be read."),
        "scan.type": QCoreApplication.translate("Problems", "Attach a PDF, PNG or JPEG file."),
        "interruption.dates": QCoreApplication.translate(
            "Problems", "The interruption ends before it starts."
        ),
        "interruption.cancelled": QCoreApplication.translate(
            "Problems", "A cancelled internship has no interruptions."
        ),
        "interruption.outside": QCoreApplication.translate(
            "Problems", "The interruption lies outside the internship."
        ),
        "interruption.overlap": QCoreApplication.translate(
            "Problems", "The interruption overlaps another one."
        ),
        "override.reason": QCoreApplication.translate(
            "Problems", "Explain the override in at least 10 characters."
        ),
        "override.not_failing": QCoreApplication.translate(
            "Problems", "This rule is met: there is nothing to override."
        ),
        "override.final": QCoreApplication.translate(
            "Problems", "The internship is closed: its rules no longer change."
        ),
        "override.unknown_rule": QCoreApplication.translate("Problems", "Unknown programme rule."),
        "convention.frozen": QCoreApplication.translate(
            "Problems", "The convention is signed: change it with an amendment."
        ),
        "amendment.no_change": QCoreApplication.translate(
            "Problems", "The amendment changes nothing."
        ),
        "rules.unresolved": QCoreApplication.translate(
            "Problems",
            "Some programme rules are not met; override them with "
            "a written reason or correct the internship.",
        ),
    }


def problem_text(code: str, fallback: str) -> str:
    """A refused action in the interface language (*fallback*, in English, if unknown)."""
    return _problems().get(code) or _templates().get(code) or fallback
