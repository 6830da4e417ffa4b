"""Belgian national register numbers and enterprise numbers."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from consultant_app.domain.errors import InvalidValue
from consultant_app.domain.identifiers import (
    InvalidIdentifier,
    format_enterprise_number,
    format_niss,
    make_enterprise_number,
    make_niss,
    niss_birth_date,
    niss_encodes_gender,
    niss_is_male,
    parse_enterprise_number,
    parse_niss,
)

# --- National register number ----------------------------------------------


@pytest.mark.parametrize(
    "text", ["93051822361", "93.05.18-223.61", " 93 05 18 223 61 ", "930518-223-61"]
)
def test_parse_niss_accepts_usual_spellings(text: str) -> None:
    assert parse_niss(text) == "93051822361"


def test_real_niss_example() -> None:
    assert format_niss("93051822361") == "93.05.18-223.61"
    assert niss_birth_date("93051822361") == date(1993, 5, 18)
    assert niss_is_male("93051822361") is True  # serial 223 is odd


def test_niss_born_in_2000_or_later_needs_prefix_rule() -> None:
    niss = make_niss(date(2003, 7, 14), 124)
    assert niss[:9] == "030714124"
    base = int(niss[:9])
    check = int(niss[9:])
    assert check == 97 - int("2" + niss[:9]) % 97
    assert check != 97 - base % 97  # the old rule alone would reject it
    assert parse_niss(niss) == niss
    assert niss_birth_date(niss) == date(2003, 7, 14)
    assert niss_is_male(niss) is False


def test_wrong_check_digits_name_the_expected_ones() -> None:
    with pytest.raises(InvalidIdentifier) as info:
        parse_niss("93051822360")
    message = str(info.value)
    assert "93051822360" in message
    assert "expected 61" in message
    assert isinstance(info.value, InvalidValue)
    assert info.value.code == "niss.checksum"
    assert info.value.params["expected"] == "61"
    assert info.value.params["got"] == "60"


def test_niss_length_message() -> None:
    with pytest.raises(InvalidIdentifier, match=r"has 11 digits; got 9\.") as info:
        parse_niss("930518223")
    assert info.value.code == "niss.length"
    assert info.value.params == {"expected": 11, "got": 9}


def test_niss_rejects_letters_and_empty() -> None:
    with pytest.raises(InvalidIdentifier, match="only digits") as info:
        parse_niss("93O51822361")
    assert info.value.code == "niss.syntax"
    with pytest.raises(InvalidIdentifier, match="empty") as info:
        parse_niss("  ")
    assert info.value.code == "niss.empty"
    with pytest.raises(InvalidValue) as info:
        parse_niss(93051822361)  # type: ignore[arg-type]
    assert info.value.code == "niss.syntax"
    with pytest.raises(InvalidIdentifier, match="only digits"):
        parse_niss("٩٣٠٥١٨٢٢٣٦١")  # Arabic-Indic digits


def test_niss_birth_date_unknown_or_bis() -> None:
    # Unknown month and day (some foreign-born people).
    unknown = _niss_with_base("930000223")
    assert niss_birth_date(unknown) is None
    # Bis numbers: month + 20 or + 40.
    assert niss_birth_date(_niss_with_base("932518223")) == date(1993, 5, 18)
    assert niss_birth_date(_niss_with_base("934518223")) == date(1993, 5, 18)
    # A day that does not exist.
    assert niss_birth_date(_niss_with_base("930231223")) is None
    assert niss_birth_date(_niss_with_base("931399223")) is None


def _niss_with_base(base: str) -> str:
    return f"{base}{97 - int(base) % 97:02d}"


def test_niss_encodes_gender_except_bis_month_plus_20() -> None:
    assert niss_encodes_gender("93051822361")
    assert niss_encodes_gender(_niss_with_base("934518223"))
    assert not niss_encodes_gender(_niss_with_base("932518223"))
    assert not niss_encodes_gender(_niss_with_base("932000223"))
    assert niss_encodes_gender(_niss_with_base("930000223"))


def test_make_niss_validates_arguments() -> None:
    with pytest.raises(ValueError, match="serial"):
        make_niss(date(1990, 1, 1), 0)
    with pytest.raises(ValueError, match="serial"):
        make_niss(date(1990, 1, 1), 998)
    with pytest.raises(ValueError, match="year"):
        make_niss(date(1899, 12, 31), 1)


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31)), st.integers(1, 997))
def test_make_niss_parses_back(birth: date, serial: int) -> None:
    niss = make_niss(birth, serial)
    assert len(niss) == 11
    assert parse_niss(niss) == niss
    assert parse_niss(format_niss(niss)) == niss
    assert niss_birth_date(niss) == birth
    assert niss_is_male(niss) is (serial % 2 == 1)


@given(st.text())
def test_parse_niss_raises_only_invalid_identifier(text: str) -> None:
    try:
        result = parse_niss(text)
    except InvalidIdentifier as error:
        assert str(error).endswith(".")
        assert error.code in {"niss.empty", "niss.syntax", "niss.length", "niss.checksum"}
    else:
        assert len(result) == 11 and result.isascii() and result.isdigit()


@given(st.text(alphabet="0123456789 .-", max_size=20))
def test_niss_functions_on_digit_like_text(text: str) -> None:
    try:
        digits = parse_niss(text)
    except InvalidIdentifier:
        return
    niss_birth_date(digits)  # never crashes
    assert parse_niss(format_niss(digits)) == digits


def test_huge_input() -> None:
    with pytest.raises(InvalidIdentifier):
        parse_niss("9" * 100_000)
    with pytest.raises(InvalidIdentifier):
        parse_enterprise_number("1" * 100_000)


# --- Enterprise number -----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["0123.456.749", "0123456749", "BE0123456749", "BE 0123.456.749", "be0123456749", "123456749"],
)
def test_parse_enterprise_number_accepts_usual_spellings(text: str) -> None:
    assert parse_enterprise_number(text) == "0123456749"


def test_format_enterprise_number() -> None:
    assert format_enterprise_number("BE0123456749") == "0123.456.749"


def test_enterprise_number_wrong_checksum() -> None:
    with pytest.raises(InvalidIdentifier, match=r"expected 49") as info:
        parse_enterprise_number("0123.456.748")
    assert info.value.code == "enterprise.checksum"
    assert info.value.params == {"number": "0123456748", "got": "48", "expected": "49"}


def test_enterprise_number_first_digit() -> None:
    with pytest.raises(InvalidIdentifier, match="starts with 0 or 1; got 2") as info:
        parse_enterprise_number("2123.456.749")
    assert info.value.code == "enterprise.first_digit"


def test_enterprise_number_length_and_characters() -> None:
    with pytest.raises(InvalidIdentifier, match="10 digits; got 8") as info:
        parse_enterprise_number("01234567")
    assert info.value.code == "enterprise.length"
    with pytest.raises(InvalidIdentifier, match="only digits"):
        parse_enterprise_number("0123.456.7x9")
    with pytest.raises(InvalidIdentifier):
        parse_enterprise_number("BE")
    with pytest.raises(InvalidIdentifier, match="empty"):
        parse_enterprise_number("")


def test_make_enterprise_number_validates() -> None:
    assert make_enterprise_number(1234567) == "0123456749"
    with pytest.raises(ValueError):
        make_enterprise_number(20_000_000)
    with pytest.raises(ValueError):
        make_enterprise_number(-1)


@given(st.integers(0, 19_999_999))
def test_make_enterprise_number_parses_back(base: int) -> None:
    number = make_enterprise_number(base)
    assert parse_enterprise_number(number) == number
    assert parse_enterprise_number(format_enterprise_number(number)) == number
    assert parse_enterprise_number("BE " + format_enterprise_number(number)) == number


@given(st.text())
def test_parse_enterprise_number_raises_only_invalid_identifier(text: str) -> None:
    try:
        result = parse_enterprise_number(text)
    except InvalidIdentifier as error:
        assert str(error).endswith(".")
        assert error.code.startswith("enterprise.")
    else:
        assert len(result) == 10 and result.isascii() and result.isdigit()
