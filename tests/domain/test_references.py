"""Internship references."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from consultant_app.domain.references import REFERENCE_PREFIX, format_reference, parse_reference


def test_format_reference() -> None:
    assert REFERENCE_PREFIX == "SM"
    assert format_reference(2021, 42) == "SM-2021-042"
    assert format_reference(2021, 1) == "SM-2021-001"
    assert format_reference(2022, 1234) == "SM-2022-1234"


def test_format_reference_rejects_bad_numbers() -> None:
    with pytest.raises(ValueError):
        format_reference(2021, 0)
    with pytest.raises(ValueError):
        format_reference(10000, 1)


def test_parse_reference() -> None:
    assert parse_reference("SM-2021-042") == (2021, 42)
    assert parse_reference(" sm-2022-1234 ") == (2022, 1234)


@pytest.mark.parametrize(
    "text",
    ["", "SM-21-042", "SM-2021-42", "XX-2021-042", "SM-2021-04a", "SM2021042", "SM-2021-000"],
)
def test_parse_reference_rejects(text: str) -> None:
    with pytest.raises(ValueError, match="reference"):
        parse_reference(text)


@given(st.integers(1, 9999), st.integers(1, 10**7))
def test_round_trip(year: int, seq: int) -> None:
    assert parse_reference(format_reference(year, seq)) == (year, seq)


@given(st.text())
def test_parse_reference_raises_only_value_error(text: str) -> None:
    try:
        year, seq = parse_reference(text)
    except ValueError as error:
        assert str(error).endswith(".")
    else:
        assert parse_reference(format_reference(year, seq)) == (year, seq)
