"""Dates, numbers, weeks, days and counts as each interface language writes them."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from consultant_app.paths import PACKAGE_DIR
from consultant_app.ui import labels
from consultant_app.ui import locale_format as fmt
from consultant_app.ui.i18n import install_language

NARROW = "\u202f"  # the narrow no-break space French puts between thousands and before %


@pytest.mark.parametrize(
    ("language", "number", "whole", "day"),
    [
        ("nl", "1.234,5", "12.289", "06-09-2026"),
        ("fr", f"1{NARROW}234,5", f"12{NARROW}289", "06/09/2026"),
        ("en", "1,234.5", "12,289", "06/09/2026"),
    ],
)
def test_numbers_and_dates_follow_the_interface_language(
    language: str, number: str, whole: str, day: str
) -> None:
    install_language(language)
    assert fmt.format_number(1234.5) == number
    assert fmt.format_number(12289) == whole
    assert fmt.format_date(date(2026, 9, 6)) == day
    assert fmt.format_date(None) == ""


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("nl", ["1 fiche", "12.289 fiches", "1 week", "12 weken", "25 werkdagen", "1 werkdag"]),
        (
            "fr",
            [
                "1 fiche",
                f"12{NARROW}289 fiches",
                "1 semaine",
                "12 semaines",
                "25 jours ouvrables",
                "1 jour ouvrable",
            ],
        ),
        (
            "en",
            [
                "1 record",
                "12,289 records",
                "1 week",
                "12 weeks",
                "25 working days",
                "1 working day",
            ],
        ),
    ],
)
def test_counts_have_real_plurals(language: str, expected: list[str]) -> None:
    from consultant_app.ui.views import record_list  # the list's "%n record(s)"

    install_language(language)
    shown = [
        record_list._COUNTS.records(1),
        record_list._COUNTS.records(12289),
        fmt.format_weeks(1),
        fmt.format_weeks(12),
        fmt.format_working_days(25),
        fmt.format_working_days(1),
    ]
    assert shown == expected


def test_fractional_weeks_agree_as_each_language_does() -> None:
    install_language("fr")
    assert (fmt.format_weeks(1.5), fmt.format_weeks(2.4)) == ("1,5 semaine", "2,4 semaines")
    assert fmt.format_weeks(5.0) == "5 semaines"  # a whole number of weeks has no decimal
    install_language("en")
    assert (fmt.format_weeks(1.5), fmt.format_weeks(1.0)) == ("1.5 weeks", "1 week")


def test_french_filters_agree_with_their_noun_and_space_the_colon() -> None:
    install_language("fr")
    year = fmt.label_value(labels.field("year"), labels.all_values("year"))
    state = fmt.label_value(labels.field("state"), labels.all_values("state"))
    assert (year, state) == ("Année\u00a0: Toutes", "État\u00a0: Tous")
    assert fmt.format_percent(12.5) == f"12,5{NARROW}%"
    install_language("nl")
    assert fmt.label_value(labels.field("year"), labels.all_values("year")) == "Jaar: Alle"
    install_language("en")
    assert fmt.label_value(labels.field("mode"), labels.all_values("mode")) == "Mode: All"


def test_the_views_format_through_the_one_module() -> None:
    """No view writes a date or number with QLocale or strftime of its own."""
    ui = PACKAGE_DIR / "ui"
    allowed = {ui / "locale_format.py", ui / "i18n.py"}
    offenders = [
        f"{path.relative_to(PACKAGE_DIR)}:{number}"
        for path in sorted(Path(ui).rglob("*.py"))
        if path not in allowed
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if re.search(r"\bQLocale\b|\.strftime\(", line)
    ]
    assert offenders == []


def test_the_weeks_an_intern_used_are_written_in_the_language() -> None:
    from consultant_app.ui.forms.rule_messages import eligibility_reason

    install_language("fr")
    text = eligibility_reason("weeks", {"done": 2.4, "maximum": 12, "left": 9.6}, "")
    assert "2,4" in text and "9,6" in text and "2.4" not in text


def test_the_dashboard_captions_agree_with_their_numbers(window) -> None:  # type: ignore[no-untyped-def]
    dashboard = window.show_view("dashboard")
    for card in dashboard.cards.values():
        noun = card.caption.split()[0]  # "visit" / "visits", "internship" / "internships"
        assert noun.endswith("s") == (card.value != 1), (card.value, card.caption)
        assert "(s)" not in card.caption
    install_language("fr")
    running = dashboard.cards["running"]
    assert running.caption == ("stage en cours" if running.value < 2 else "stages en cours")
