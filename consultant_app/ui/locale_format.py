"""How the interface writes dates, numbers, weeks and days: one place, in the interface language.

Every view formats through these functions, which follow the default QLocale that
:func:`consultant_app.ui.i18n.install_language` sets: ``06/09/2026`` and ``1.234,5`` in
Dutch, ``06/09/2026`` and ``1 234,5`` in French, ``06/09/2026`` and ``1,234.5`` in
English (as written in Belgium: day first, 24-hour clock). Counts of things go through
Qt's plural forms (``%Ln`` in the translations), so that "1 week" and "2 weeks" read right
in every language.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime


def date_format(locale: QLocale | None = None) -> str:
    """The locale's short date format with a four-digit year (``dd/MM/yyyy``, ``M/d/yyyy``)."""
    pattern = (locale or QLocale()).dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in pattern:
        pattern = pattern.replace("yy", "yyyy")
    return pattern


def format_date(value: date | None) -> str:
    """A day as the interface language writes it (``06/09/2026``); "" for no day."""
    if value is None:
        return ""
    return QLocale().toString(QDate(value.year, value.month, value.day), date_format())


def format_datetime(value: datetime) -> str:
    """A moment in local time: the date as :func:`format_date`, then ``HH:mm``.

    An aware moment is turned into local time; a naive one is taken as local time already
    (a backup's time stamp).
    """
    local = value.astimezone() if value.tzinfo else value
    shown = QDateTime(
        QDate(local.year, local.month, local.day), QTime(local.hour, local.minute, local.second)
    )
    return QLocale().toString(shown, f"{date_format()} HH:mm")


def format_number(value: int | float | Decimal, decimals: int | None = None) -> str:
    """A number with the language's thousands and decimal separators.

    Whole numbers (``int``) are written without decimals unless *decimals* is given; other
    numbers with *decimals* (one by default): ``1.234,5``, ``1 234,5``, ``1,234.5``.
    """
    locale = QLocale()
    if isinstance(value, int) and not isinstance(value, bool) and decimals is None:
        return locale.toString(value)
    return locale.toString(float(value), "f", 1 if decimals is None else decimals)


def format_size(size: int) -> str:
    """A file's size in bytes as the language writes it: ``1,2 MB``."""
    return QLocale().formattedDataSize(size)


def format_percent(value: float) -> str:
    """A share in percent with one decimal: ``12,5%``, in French ``12,5 %`` (a narrow space)."""
    return QCoreApplication.translate("LocaleFormat", "{number}%").format(
        number=format_number(value, 1)
    )


def label_value(label: str, value: str) -> str:
    """``State: All``; French puts a no-break space before the colon (``État : Tous``)."""
    return QCoreApplication.translate("LocaleFormat", "{label}: {value}").format(
        label=label, value=value
    )


def format_days(days: int) -> str:
    """``1 day``, ``1.234 days``: a number of days with its plural."""
    return QCoreApplication.translate("LocaleFormat", "%n day(s)", "", days)


def format_working_days(days: int) -> str:
    """``25 working days``: working days (Monday to Friday, without interruptions)."""
    return QCoreApplication.translate("LocaleFormat", "%n working day(s)", "", days)


def format_weeks(weeks: int | float | Decimal) -> str:
    """Internship weeks, whole (``12 weeks``) or with one decimal (``2,4 weeks``).

    A fraction of a week is written with one decimal; its plural is the language's (French
    says "1,5 semaine", English "1.5 weeks").
    """
    value = float(weeks)
    if value.is_integer():
        return QCoreApplication.translate("LocaleFormat", "%n week(s)", "", int(value))
    language = QLocale().language()
    singular = value == 1 or (language == QLocale.Language.French and abs(value) < 2)
    text = QCoreApplication.translate("LocaleFormat", "{weeks} week(s)", "", 1 if singular else 2)
    return text.format(weeks=format_number(value, 1))
