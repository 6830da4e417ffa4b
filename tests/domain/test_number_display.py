"""Stored numbers shown for reading: spelled when valid, as stored when not."""

from __future__ import annotations

import pytest

from consultant_app.domain.contact import display_phone
from consultant_app.domain.identifiers import (
    display_enterprise_number,
    display_niss,
    make_enterprise_number,
)


@pytest.mark.parametrize(
    ("stored", "shown"),
    [("93051822361", "93.05.18-223.61"), ("93051822362", "93051822362"), (None, ""), ("", "")],
)
def test_display_niss(stored: str | None, shown: str) -> None:
    assert display_niss(stored) == shown


def test_display_enterprise_number() -> None:
    digits = make_enterprise_number(123456)
    assert display_enterprise_number(digits) == f"{digits[:4]}.{digits[4:7]}.{digits[7:]}"
    assert display_enterprise_number("12345") == "12345"
    assert display_enterprise_number(None) == ""


@pytest.mark.parametrize(
    ("stored", "shown"),
    [("+32470123456", "+32 470 12 34 56"), ("call me", "call me"), (None, ""), ("", "")],
)
def test_display_phone(stored: str | None, shown: str) -> None:
    assert display_phone(stored) == shown
