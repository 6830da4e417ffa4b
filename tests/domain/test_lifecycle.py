"""The lifecycle of an internship: allowed transitions, refusals and termination dates."""

from __future__ import annotations

import pickle
from datetime import date, timedelta
from itertools import product

import pytest

from consultant_app.domain.enums import COUNTED_STATUSES, InternshipStatus
from consultant_app.domain.errors import InvalidValue
from consultant_app.domain.lifecycle import (
    TransitionError,
    allowed_targets,
    can_transition,
    check_termination,
    check_transition,
    is_final,
    is_frozen,
    requires_date,
    requires_reason,
)

S = InternshipStatus

ALLOWED = {
    (S.DRAFT, S.AWAITING_SIGNATURES),
    (S.DRAFT, S.CANCELLED),
    (S.AWAITING_SIGNATURES, S.SIGNED),
    (S.AWAITING_SIGNATURES, S.DRAFT),
    (S.AWAITING_SIGNATURES, S.CANCELLED),
    (S.SIGNED, S.RUNNING),
    (S.SIGNED, S.CANCELLED),
    (S.SIGNED, S.TERMINATED),
    (S.RUNNING, S.COMPLETED),
    (S.RUNNING, S.TERMINATED),
}
FORBIDDEN = sorted(set(product(S, S)) - ALLOWED)


@pytest.mark.parametrize(("current", "target"), sorted(ALLOWED))
def test_allowed_transition_passes(current: S, target: S) -> None:
    check_transition(current, target)
    assert can_transition(current, target)
    assert target in allowed_targets(current)


@pytest.mark.parametrize(("current", "target"), FORBIDDEN)
def test_every_other_transition_is_refused(current: S, target: S) -> None:
    with pytest.raises(TransitionError) as caught:
        check_transition(current, target)
    error = caught.value
    assert not can_transition(current, target)
    assert error.params["current"] == current.value
    assert error.params["target"] == target.value
    assert error.params["allowed"] == tuple(s.value for s in allowed_targets(current))
    message = str(error)
    assert message.endswith(".")
    assert current.value.replace("_", " ") in message
    if current is not target:
        assert target.value.replace("_", " ") in message


@pytest.mark.parametrize(
    ("current", "target", "code", "message"),
    [
        (
            S.COMPLETED,
            S.RUNNING,
            "transition.final",
            "A completed internship cannot go back to running.",
        ),
        (
            S.CANCELLED,
            S.DRAFT,
            "transition.final",
            "A cancelled internship cannot go back to draft.",
        ),
        (
            S.COMPLETED,
            S.TERMINATED,
            "transition.final",
            "A completed internship cannot become terminated: completed is a final status.",
        ),
        (
            S.RUNNING,
            S.SIGNED,
            "transition.backward",
            "A running internship cannot go back to signed; "
            "it can only become completed or terminated.",
        ),
        (
            S.SIGNED,
            S.DRAFT,
            "transition.backward",
            "A signed internship cannot go back to draft; "
            "it can only become running, cancelled or terminated.",
        ),
        (
            S.DRAFT,
            S.SIGNED,
            "transition.forbidden",
            "A draft internship cannot become signed; "
            "it can only become awaiting signatures or cancelled.",
        ),
        (
            S.AWAITING_SIGNATURES,
            S.RUNNING,
            "transition.forbidden",
            "An internship awaiting signatures cannot become running; "
            "it can only become signed, draft or cancelled.",
        ),
        (
            S.RUNNING,
            S.CANCELLED,
            "transition.forbidden",
            "A running internship cannot become cancelled; "
            "it can only become completed or terminated.",
        ),
        (S.SIGNED, S.SIGNED, "transition.unchanged", "The internship is already signed."),
    ],
)
def test_refusal_messages(current: S, target: S, code: str, message: str) -> None:
    with pytest.raises(TransitionError) as caught:
        check_transition(current, target)
    assert caught.value.code == code
    assert str(caught.value) == message


def test_allowed_targets_in_menu_order() -> None:
    assert allowed_targets(S.DRAFT) == (S.AWAITING_SIGNATURES, S.CANCELLED)
    assert allowed_targets(S.AWAITING_SIGNATURES) == (S.SIGNED, S.DRAFT, S.CANCELLED)
    assert allowed_targets(S.SIGNED) == (S.RUNNING, S.CANCELLED, S.TERMINATED)
    assert allowed_targets(S.RUNNING) == (S.COMPLETED, S.TERMINATED)
    for final in (S.COMPLETED, S.TERMINATED, S.CANCELLED):
        assert allowed_targets(final) == ()
        assert is_final(final)
    assert not any(is_final(s) for s in (S.DRAFT, S.AWAITING_SIGNATURES, S.SIGNED, S.RUNNING))


def test_every_status_can_reach_an_end() -> None:
    for status in S:
        seen, todo = {status}, [status]
        while todo:
            for nxt in allowed_targets(todo.pop()):
                if nxt not in seen:
                    seen.add(nxt)
                    todo.append(nxt)
        assert any(is_final(s) for s in seen)


def test_statuses_given_as_strings() -> None:
    check_transition("draft", "awaiting_signatures")
    assert allowed_targets("running") == (S.COMPLETED, S.TERMINATED)
    with pytest.raises(TransitionError) as caught:
        check_transition("drafted", "signed")
    assert caught.value.code == "status.unknown"
    assert "'drafted' is not an internship status" in str(caught.value)


def test_transition_error_is_a_value_error_and_survives_pickling() -> None:
    with pytest.raises(ValueError) as caught:
        check_transition(S.COMPLETED, S.RUNNING)
    error = caught.value
    assert isinstance(error, TransitionError)
    assert isinstance(error, InvalidValue)
    copy = pickle.loads(pickle.dumps(error))
    assert isinstance(copy, TransitionError)
    assert copy.code == error.code
    assert copy.params == error.params
    assert str(copy) == str(error)


@pytest.mark.parametrize("status", list(S))
def test_frozen_from_signature_on(status: S) -> None:
    expected = status in {S.SIGNED, S.RUNNING, S.COMPLETED, S.TERMINATED}
    assert is_frozen(status) is expected
    # The frozen statuses are exactly those whose days count in the figures.
    assert is_frozen(status) is (status in COUNTED_STATUSES)


@pytest.mark.parametrize("status", list(S))
def test_reason_and_date_requirements(status: S) -> None:
    assert requires_reason(status) is (status in {S.TERMINATED, S.CANCELLED})
    assert requires_date(status) is (status is S.TERMINATED)


START = date(2026, 9, 7)
END = date(2026, 11, 27)


@pytest.mark.parametrize("day", [START, START + timedelta(days=1), date(2026, 10, 15), END])
def test_termination_within_the_internship(day: date) -> None:
    check_termination(START, END, day)


@pytest.mark.parametrize(
    ("day", "code", "message"),
    [
        (
            START - timedelta(days=1),
            "termination.before_start",
            "The termination date 2026-09-06 is before the start of the internship; "
            "it must lie from 2026-09-07 to 2026-11-27.",
        ),
        (
            END + timedelta(days=1),
            "termination.after_end",
            "The termination date 2026-11-28 is after the planned end of the internship; "
            "it must lie from 2026-09-07 to 2026-11-27.",
        ),
    ],
)
def test_termination_outside_the_internship(day: date, code: str, message: str) -> None:
    with pytest.raises(TransitionError) as caught:
        check_termination(START, END, day)
    assert caught.value.code == code
    assert str(caught.value) == message
    assert caught.value.params == {"start": START, "planned_end": END, "terminated_on": day}


def test_termination_of_an_internship_that_ends_before_it_starts() -> None:
    with pytest.raises(TransitionError) as caught:
        check_termination(END, START, START)
    assert caught.value.code == "termination.dates"
