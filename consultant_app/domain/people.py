"""Facts about people that follow from their data, and checks of that data."""

from __future__ import annotations

from datetime import date

from consultant_app.domain.enums import Gender
from consultant_app.domain.errors import InvalidValue
from consultant_app.domain.identifiers import (
    niss_birth_date,
    niss_encodes_gender,
    niss_is_male,
)

#: Default bounds of a plausible age for a person registered by the fund.
MIN_PLAUSIBLE_AGE = 15
MAX_PLAUSIBLE_AGE = 100


def age_on(birth: date, day: date) -> int:
    """Completed years of age on *day*.

    Someone born on 29 February turns one year older on 1 March in non-leap years.
    """
    if day < birth:
        raise ValueError(
            f"Cannot compute an age on {day.isoformat()}, before the birth on {birth.isoformat()}."
        )
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def check_birth_date(
    birth: date,
    today: date,
    *,
    min_age: int = MIN_PLAUSIBLE_AGE,
    max_age: int = MAX_PLAUSIBLE_AGE,
) -> None:
    """Raise :class:`InvalidValue` unless *birth* gives an age of *min_age* to *max_age* today.

    Codes: ``birth_date.future``, ``birth_date.too_young``, ``birth_date.too_old``.
    """
    if birth > today:
        raise InvalidValue(
            f"The birth date {birth.isoformat()} is in the future (today is {today.isoformat()}).",
            "birth_date.future",
            {"birth_date": birth, "today": today},
        )
    age = age_on(birth, today)
    if age < min_age:
        raise InvalidValue(
            f"Born on {birth.isoformat()}, this person is {age} years old; "
            f"the youngest age accepted is {min_age}.",
            "birth_date.too_young",
            {"birth_date": birth, "age": age, "min_age": min_age},
        )
    if age > max_age:
        raise InvalidValue(
            f"Born on {birth.isoformat()}, this person would be {age} years old; "
            f"the oldest age accepted is {max_age}.",
            "birth_date.too_old",
            {"birth_date": birth, "age": age, "max_age": max_age},
        )


def check_niss_consistency(niss: str, birth: date | None, gender: str | None) -> list[InvalidValue]:
    """What in a valid national register number contradicts the birth date and gender.

    Returns ``niss.birth_date`` when the number encodes another birth date, and
    ``niss.gender`` when the parity of its serial (odd for men, even for women)
    contradicts gender ``M`` or ``F``. Gender ``X``, an unknown birth date or
    gender, a number that encodes no date and a bis number given while the
    gender was unknown (month + 20) are never inconsistent. These are warnings:
    the register keeps a person's number when their legal gender changes.

    Raises :class:`~consultant_app.domain.identifiers.InvalidIdentifier` when
    *niss* itself is not a valid number.
    """
    problems: list[InvalidValue] = []
    encoded = niss_birth_date(niss)
    if birth is not None and encoded is not None and encoded != birth:
        problems.append(
            InvalidValue(
                f"The national register number encodes the birth date {encoded.isoformat()}, "
                f"not {birth.isoformat()}.",
                "niss.birth_date",
                {"niss_birth_date": encoded, "birth_date": birth},
            )
        )
    given = gender.strip().upper() if gender else ""
    if given in (Gender.MALE, Gender.FEMALE) and niss_encodes_gender(niss):
        male = niss_is_male(niss)
        if male != (given == Gender.MALE):
            kind = "a man's number (odd serial)" if male else "a woman's number (even serial)"
            problems.append(
                InvalidValue(
                    f"The national register number is {kind}, but the gender given is {given}.",
                    "niss.gender",
                    {
                        "niss_gender": (Gender.MALE if male else Gender.FEMALE).value,
                        "gender": given,
                    },
                )
            )
    return problems
