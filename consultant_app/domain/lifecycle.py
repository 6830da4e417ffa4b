"""The life of an internship: which status may follow which, and what a change needs.

* ``draft`` -> ``awaiting_signatures`` or ``cancelled``;
* ``awaiting_signatures`` -> ``signed``, ``draft`` or ``cancelled``;
* ``signed`` -> ``running``, ``cancelled`` or ``terminated``;
* ``running`` -> ``completed`` or ``terminated``.

* ``awaiting_signatures`` may go back to ``draft`` (the text needs a change
  before anyone signs); no other status goes back.
* ``completed``, ``terminated`` and ``cancelled`` are final.
* From ``signed`` on, the convention is frozen: a change makes an amendment.
* ``terminated`` needs a reason and a date inside the internship (its days stop
  there); ``cancelled`` needs a reason (its days never count).

Refusals raise :class:`TransitionError`, an
:class:`~consultant_app.domain.errors.InvalidValue` (so a ``ValueError``) with
a stable ``code`` and the ``params`` its English sentence names.
"""

from __future__ import annotations

from datetime import date
from types import MappingProxyType
from typing import Final

from consultant_app.domain.enums import InternshipStatus
from consultant_app.domain.errors import InvalidValue

_S = InternshipStatus

#: Allowed next statuses of each status, in the order a menu shows them.
TRANSITIONS: Final[MappingProxyType[InternshipStatus, tuple[InternshipStatus, ...]]] = (
    MappingProxyType(
        {
            _S.DRAFT: (_S.AWAITING_SIGNATURES, _S.CANCELLED),
            _S.AWAITING_SIGNATURES: (_S.SIGNED, _S.DRAFT, _S.CANCELLED),
            _S.SIGNED: (_S.RUNNING, _S.CANCELLED, _S.TERMINATED),
            _S.RUNNING: (_S.COMPLETED, _S.TERMINATED),
            _S.COMPLETED: (),
            _S.TERMINATED: (),
            _S.CANCELLED: (),
        }
    )
)

#: Statuses no transition leaves.
FINAL_STATUSES: Final[frozenset[InternshipStatus]] = frozenset(
    status for status, targets in TRANSITIONS.items() if not targets
)

#: Statuses of a signed convention: it can only change through an amendment.
FROZEN_STATUSES: Final[frozenset[InternshipStatus]] = frozenset(
    {_S.SIGNED, _S.RUNNING, _S.COMPLETED, _S.TERMINATED}
)

#: Target statuses that need a written reason.
REASON_REQUIRED: Final[frozenset[InternshipStatus]] = frozenset({_S.TERMINATED, _S.CANCELLED})

#: Target statuses that need a date (the last day of the internship).
DATE_REQUIRED: Final[frozenset[InternshipStatus]] = frozenset({_S.TERMINATED})

#: Position along the normal course; a lower target than the current one goes back.
_STAGE: Final[dict[InternshipStatus, int]] = {
    _S.DRAFT: 0,
    _S.AWAITING_SIGNATURES: 1,
    _S.SIGNED: 2,
    _S.RUNNING: 3,
    _S.COMPLETED: 4,
    _S.TERMINATED: 4,
    _S.CANCELLED: 4,
}

#: How a sentence names a status ("awaiting signatures", not "awaiting_signatures").
_WORDS: Final[dict[InternshipStatus, str]] = {
    status: status.value.replace("_", " ") for status in InternshipStatus
}

#: The subject of a sentence about an internship in a status.
_SUBJECT: Final[dict[InternshipStatus, str]] = {
    _S.DRAFT: "A draft internship",
    _S.AWAITING_SIGNATURES: "An internship awaiting signatures",
    _S.SIGNED: "A signed internship",
    _S.RUNNING: "A running internship",
    _S.COMPLETED: "A completed internship",
    _S.TERMINATED: "A terminated internship",
    _S.CANCELLED: "A cancelled internship",
}


class TransitionError(InvalidValue):
    """A status change or termination the lifecycle refuses.

    Codes: ``status.unknown``, ``transition.unchanged``, ``transition.final``,
    ``transition.backward``, ``transition.forbidden``,
    ``termination.dates``, ``termination.before_start``,
    ``termination.after_end``. Transition params: ``current``, ``target``
    (status values) and ``allowed`` (tuple of status values).
    """


def _status(value: InternshipStatus | str) -> InternshipStatus:
    try:
        return InternshipStatus(value)
    except ValueError:
        known = ", ".join(s.value for s in InternshipStatus)
        raise TransitionError(
            f"{value!r} is not an internship status; the statuses are {known}.",
            "status.unknown",
            {"value": str(value)},
        ) from None


def _words(statuses: tuple[InternshipStatus, ...]) -> str:
    names = [_WORDS[s] for s in statuses]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " or " + names[-1]


def allowed_targets(current: InternshipStatus | str) -> tuple[InternshipStatus, ...]:
    """The statuses an internship in *current* may move to (empty when final)."""
    return TRANSITIONS[_status(current)]


def can_transition(current: InternshipStatus | str, target: InternshipStatus | str) -> bool:
    """Whether moving from *current* to *target* is allowed (never raises for known statuses)."""
    return _status(target) in allowed_targets(current)


def check_transition(current: InternshipStatus | str, target: InternshipStatus | str) -> None:
    """Raise :class:`TransitionError` unless an internship may go from *current* to *target*."""
    now, then = _status(current), _status(target)
    allowed = TRANSITIONS[now]
    if then in allowed:
        return
    params: dict[str, object] = {
        "current": now.value,
        "target": then.value,
        "allowed": tuple(s.value for s in allowed),
    }
    subject = _SUBJECT[now]
    if then is now:
        raise TransitionError(
            f"The internship is already {_WORDS[now]}.", "transition.unchanged", params
        )
    backward = _STAGE[then] < _STAGE[now]
    if now in FINAL_STATUSES:
        if backward:
            message = f"{subject} cannot go back to {_WORDS[then]}."
        else:
            message = f"{subject} cannot become {_WORDS[then]}: {_WORDS[now]} is a final status."
        raise TransitionError(message, "transition.final", params)
    if backward:
        raise TransitionError(
            f"{subject} cannot go back to {_WORDS[then]}; it can only become {_words(allowed)}.",
            "transition.backward",
            params,
        )
    raise TransitionError(
        f"{subject} cannot become {_WORDS[then]}; it can only become {_words(allowed)}.",
        "transition.forbidden",
        params,
    )


def is_final(status: InternshipStatus | str) -> bool:
    """Whether no status can follow *status* (completed, terminated, cancelled)."""
    return _status(status) in FINAL_STATUSES


def is_frozen(status: InternshipStatus | str) -> bool:
    """Whether the convention is signed (signed or later): a change needs an amendment.

    A cancelled internship is not frozen but final: it takes no change at all
    (see :func:`is_final`).
    """
    return _status(status) in FROZEN_STATUSES


def requires_reason(target: InternshipStatus | str) -> bool:
    """Whether moving to *target* needs a written reason (terminated, cancelled)."""
    return _status(target) in REASON_REQUIRED


def requires_date(target: InternshipStatus | str) -> bool:
    """Whether moving to *target* needs a date (terminated: the internship's last day)."""
    return _status(target) in DATE_REQUIRED


def check_termination(start: date, planned_end: date, terminated_on: date) -> None:
    """Raise :class:`TransitionError` unless *terminated_on* lies within the internship.

    The termination date is the last day of the internship: any day from
    *start* to *planned_end*, both included.
    """
    params: dict[str, object] = {
        "start": start,
        "planned_end": planned_end,
        "terminated_on": terminated_on,
    }
    if planned_end < start:
        raise TransitionError(
            f"The internship ends ({planned_end.isoformat()}) "
            f"before it starts ({start.isoformat()}).",
            "termination.dates",
            params,
        )
    span = f"it must lie from {start.isoformat()} to {planned_end.isoformat()}"
    if terminated_on < start:
        raise TransitionError(
            f"The termination date {terminated_on.isoformat()} is before the start "
            f"of the internship; {span}.",
            "termination.before_start",
            params,
        )
    if terminated_on > planned_end:
        raise TransitionError(
            f"The termination date {terminated_on.isoformat()} is after the planned end "
            f"of the internship; {span}.",
            "termination.after_end",
            params,
        )
