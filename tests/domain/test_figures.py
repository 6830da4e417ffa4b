"""Figures: weeks and FTE as the fund reports them."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, localcontext

from hypothesis import given
from hypothesis import strategies as st

from consultant_app.domain.figures import Figures, fte


def test_report_2020() -> None:
    figures = Figures(conventions=40, days=1880)
    assert figures.weeks == 376.0
    assert figures.fte == Decimal("8.5")
    assert str(figures.fte) == "8.5"


def test_report_2021() -> None:
    figures = Figures(conventions=55, days=2730)
    assert figures.weeks == 546.0
    assert figures.fte == Decimal("12.4")


def test_fte_rounds_half_up_with_one_decimal() -> None:
    assert fte(0) == Decimal("0.0")
    assert str(fte(0)) == "0.0"
    assert str(fte(220)) == "1.0"
    assert fte(11) == Decimal("0.1")  # exactly 0.05
    assert fte(10) == Decimal("0.0")  # 0.045...
    assert fte(33) == Decimal("0.2")  # exactly 0.15
    assert fte(1881) == Decimal("8.6")  # 8.55 exactly
    assert fte(-11) == Decimal("-0.1")


@given(st.integers(min_value=0, max_value=10**9))
def test_fte_matches_decimal_quantize(days: int) -> None:
    with localcontext() as ctx:
        ctx.prec = 50
        expected = (Decimal(days) / Decimal(220)).quantize(Decimal("0.1"), ROUND_HALF_UP)
    assert fte(days) == expected
    assert fte(days).as_tuple().exponent == -1


def test_add_and_sum() -> None:
    a = Figures(2, 100)
    b = Figures(3, 65)
    assert a + b == Figures(5, 165)
    assert sum([a, b, Figures()]) == Figures(5, 165)
    assert sum([], Figures()) == Figures()


def test_as_dict() -> None:
    assert Figures(conventions=40, days=1880).as_dict() == {
        "conventions": 40,
        "days": 1880,
        "weeks": 376.0,
        "fte": 8.5,
    }
    assert isinstance(Figures(1, 5).as_dict()["fte"], float)
