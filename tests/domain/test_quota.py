"""Internship weeks per host and year."""

from __future__ import annotations

import math
from dataclasses import replace
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from consultant_app.domain.programme import DEFAULT_RULES
from consultant_app.domain.quota import HostQuota, host_quota, quota_blocks, weeks_available


@pytest.mark.parametrize(
    ("fte", "weeks"),
    [
        (None, 26),
        (0, 26),
        (Decimal("0"), 26),
        (0.5, 26),
        (1, 26),
        (Decimal("29.9"), 26),
        (30, 26),
        (30.0, 26),
        (Decimal("30.00"), 26),
        (30.5, 52),
        (Decimal("30.01"), 52),
        (60, 52),
        (61, 78),
        (Decimal("150"), 130),
        (151, 156),
    ],
)
def test_weeks_per_started_block(fte: Decimal | float | None, weeks: int) -> None:
    assert weeks_available(fte, DEFAULT_RULES) == weeks


def test_numbers_come_from_the_rules() -> None:
    rules = replace(DEFAULT_RULES, quota_weeks_per_block=10, quota_block_fte=5)
    assert weeks_available(None, rules) == 10
    assert weeks_available(5, rules) == 10
    assert weeks_available(5.1, rules) == 20
    assert weeks_available(Decimal("12"), rules) == 30
    with pytest.raises(ValueError, match="at least one employee"):
        weeks_available(3, replace(DEFAULT_RULES, quota_block_fte=0))


@pytest.mark.parametrize("fte", [-1, -0.1, Decimal("-5"), float("nan"), float("inf")])
def test_impossible_headcounts(fte: Decimal | float) -> None:
    with pytest.raises(ValueError):
        weeks_available(fte, DEFAULT_RULES)


def test_host_quota() -> None:
    assert host_quota(2026, 12, 10, DEFAULT_RULES) == HostQuota(
        year=2026, available=26, used=10, left=16, exceeded=False
    )
    assert host_quota(2026, 12, 26, DEFAULT_RULES) == HostQuota(2026, 26, 26, 0, False)
    assert host_quota(2026, Decimal("45"), 60.4, DEFAULT_RULES) == HostQuota(
        2026, 52, 60.4, -8.4, True
    )
    assert host_quota(2025, None, 0, DEFAULT_RULES) == HostQuota(2025, 26, 0, 26, False)
    # Fifths of a week add up without float error.
    assert host_quota(2026, 10, sum([0.2] * 130), DEFAULT_RULES).left == 0
    with pytest.raises(ValueError, match="negative"):
        host_quota(2026, 10, -1, DEFAULT_RULES)


@given(st.decimals(min_value=0, max_value=100_000, places=2), st.integers(1, 100))
def test_weeks_are_a_whole_number_of_blocks(fte: Decimal, block: int) -> None:
    rules = replace(DEFAULT_RULES, quota_block_fte=block)
    weeks = weeks_available(fte, rules)
    blocks = quota_blocks(fte, rules)
    assert weeks == blocks * rules.quota_weeks_per_block
    assert blocks >= 1
    assert blocks == max(1, math.ceil(fte / block))
    # The employees fit in the started blocks, and one block fewer would not hold them.
    assert fte <= blocks * block
    assert blocks == 1 or fte > (blocks - 1) * block
    assert weeks_available(float(fte), rules) == weeks


@given(st.integers(0, 500), st.floats(0, 1000, allow_nan=False))
def test_host_quota_arithmetic(fte: int, used: float) -> None:
    quota = host_quota(2026, fte, used, DEFAULT_RULES)
    assert quota.available == weeks_available(fte, DEFAULT_RULES)
    assert quota.left == pytest.approx(quota.available - quota.used)
    assert quota.exceeded is (quota.used > quota.available)
