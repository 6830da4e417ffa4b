"""Email addresses, phone numbers and Belgian postcodes."""

from __future__ import annotations

import pickle

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from consultant_app.domain.contact import (
    EMAIL_MAX_LENGTH,
    EMAIL_REASONS,
    PHONE_REASONS,
    format_phone,
    normalise_phone,
    parse_email,
    parse_postcode,
)
from consultant_app.domain.errors import InvalidValue

# --- Email -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("info@mediarte.be", "info@mediarte.be"),
        ("  An.Peeters@VRT.be \n", "An.Peeters@vrt.be"),
        ("jean-marc.lefevre+stage@rtbf.be", "jean-marc.lefevre+stage@rtbf.be"),
        ("o'brien@studio-l.co.uk", "o'brien@studio-l.co.uk"),
        ("lefèvre@exemple.be", "lefèvre@exemple.be"),
        ("a@b.c", "a@b.c"),
    ],
)
def test_parse_email_accepts_and_normalises(text: str, expected: str) -> None:
    assert parse_email(text) == expected


@pytest.mark.parametrize(
    ("text", "code", "reason"),
    [
        ("", "email.empty", None),
        ("   ", "email.empty", None),
        ("info.mediarte.be", "email.syntax", "at_sign"),
        ("info@@mediarte.be", "email.syntax", "at_sign"),
        ("a@b@mediarte.be", "email.syntax", "at_sign"),
        ("@mediarte.be", "email.syntax", "local_empty"),
        ("info@", "email.syntax", "domain_empty"),
        ("an peeters@vrt.be", "email.syntax", "space"),
        ("an@vrt .be", "email.syntax", "space"),
        ("an\x00@vrt.be", "email.syntax", "invisible"),
        ("<an>@vrt.be", "email.syntax", "local_character"),
        (".an@vrt.be", "email.syntax", "local_dot"),
        ("an.@vrt.be", "email.syntax", "local_dot"),
        ("an..peeters@vrt.be", "email.syntax", "local_dot"),
        ("info@localhost", "email.syntax", "domain_dot"),
        ("info@mediarte..be", "email.syntax", "domain_invalid"),
        ("info@mediarte.be.", "email.syntax", "domain_invalid"),
        ("info@-mediarte.be", "email.syntax", "domain_invalid"),
        ("info@mediarte-.be", "email.syntax", "domain_invalid"),
        ("info@media_rte.be", "email.syntax", "domain_invalid"),
        ("info@192.168.0.1", "email.syntax", "domain_invalid"),
        ("a" * 65 + "@vrt.be", "email.syntax", "local_length"),
        ("info@" + "a" * 64 + ".be", "email.syntax", "domain_invalid"),
    ],
)
def test_parse_email_rejects(text: str, code: str, reason: str | None) -> None:
    with pytest.raises(InvalidValue) as info:
        parse_email(text)
    assert info.value.code == code
    assert info.value.params.get("reason") == reason
    assert str(info.value).endswith(".")


def test_parse_email_length_limit() -> None:
    local = "a" * 60
    domain = ".".join(["b" * 60] * 4)[: EMAIL_MAX_LENGTH - len(local) - 1]
    longest = f"{local}@{domain}"
    assert len(longest) == EMAIL_MAX_LENGTH
    assert parse_email(longest) == longest
    with pytest.raises(InvalidValue) as info:
        parse_email(longest + "b")
    assert info.value.code == "email.syntax"
    assert info.value.params == {
        "reason": "too_long",
        "max": EMAIL_MAX_LENGTH,
        "got": EMAIL_MAX_LENGTH + 1,
    }


def test_parse_email_rejects_non_text() -> None:
    with pytest.raises(InvalidValue) as info:
        parse_email(42)  # type: ignore[arg-type]
    assert info.value.code == "email.syntax"


@given(st.text(max_size=300))
@example("x@y.z")
@example("@")
@example("a@b.c" + "\u0130")
def test_parse_email_raises_only_invalid_value(text: str) -> None:
    try:
        result = parse_email(text)
    except InvalidValue as error:
        assert error.code in {"email.empty", "email.syntax"}
        assert error.code != "email.syntax" or error.params["reason"] in EMAIL_REASONS
        assert str(error).endswith(".")
    else:
        assert result.count("@") == 1
        assert parse_email(result) == result


_LOCAL_CHARS = st.sampled_from("abcxyz019.-+_'")
_LABELS = st.text(alphabet="abcz09-", min_size=1, max_size=10)


@given(st.text(_LOCAL_CHARS, min_size=1, max_size=20), st.lists(_LABELS, min_size=1, max_size=4))
def test_parse_email_on_email_like_text(local: str, labels: list[str]) -> None:
    text = f"{local}@{'.'.join(labels)}"
    try:
        result = parse_email(text)
    except InvalidValue as error:
        assert error.code == "email.syntax"
    else:
        assert result == text.lower()


# --- Phone numbers -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "e164", "shown"),
    [
        # Belgian landlines: one-digit zones (Brussels, Antwerp, Liège, Ghent) ...
        ("02 456 12 34", "+3224561234", "+32 2 456 12 34"),
        ("02/456.12.34", "+3224561234", "+32 2 456 12 34"),
        ("03 231 45 67", "+3232314567", "+32 3 231 45 67"),
        ("04 222 11 11", "+3242221111", "+32 4 222 11 11"),
        ("09 265 41 11", "+3292654111", "+32 9 265 41 11"),
        # ... and two-digit zones (Leuven, Charleroi, Namur).
        ("016 32 40 10", "+3216324010", "+32 16 32 40 10"),
        ("071 86 06 11", "+3271860611", "+32 71 86 06 11"),
        ("081 24 64 11", "+3281246411", "+32 81 24 64 11"),
        # Freephone.
        ("0800 12 345", "+3280012345", "+32 800 12 345"),
        # Belgian mobiles.
        ("0470/12.34.56", "+32470123456", "+32 470 12 34 56"),
        ("0470 12 34 56", "+32470123456", "+32 470 12 34 56"),
        ("0456-12-34-56", "+32456123456", "+32 456 12 34 56"),
        ("0499123456", "+32499123456", "+32 499 12 34 56"),
        ("+32 470 12 34 56", "+32470123456", "+32 470 12 34 56"),
        ("+32470123456", "+32470123456", "+32 470 12 34 56"),
        ("0032 470 12 34 56", "+32470123456", "+32 470 12 34 56"),
        ("+32 (0)470 12 34 56", "+32470123456", "+32 470 12 34 56"),
        ("+32 0470 12 34 56", "+32470123456", "+32 470 12 34 56"),
        ("+32 (0)2 456 12 34", "+3224561234", "+32 2 456 12 34"),
        ("(02) 456 12 34", "+3224561234", "+32 2 456 12 34"),
        # France and the Netherlands.
        ("+33 6 12 34 56 78", "+33612345678", "+33 6 12 34 56 78"),
        ("+33 1 44 55 66 77", "+33144556677", "+33 1 44 55 66 77"),
        ("0033 6 12 34 56 78", "+33612345678", "+33 6 12 34 56 78"),
        ("+33 (0)6 12 34 56 78", "+33612345678", "+33 6 12 34 56 78"),
        ("+31 6 12345678", "+31612345678", "+31 6 1234 5678"),
        ("+31 20 123 4567", "+31201234567", "+31 201 234 567"),
        # Further away.
        ("+352 26 12 34", "+352261234", "+352 261 234"),
        ("+1 (202) 555-0123", "+12025550123", "+1 202 555 0123"),
        ("+44 20 7946 0958", "+442079460958", "+44 207 946 0958"),
    ],
)
def test_normalise_and_format_real_numbers(text: str, e164: str, shown: str) -> None:
    assert normalise_phone(text) == e164
    assert normalise_phone(e164) == e164
    assert format_phone(e164) == shown
    assert normalise_phone(shown) == e164


def test_default_country() -> None:
    assert normalise_phone("06 12 34 56 78", default_country="FR") == "+33612345678"
    assert normalise_phone("06 12345678", default_country="nl") == "+31612345678"
    assert normalise_phone("26 12 34", default_country="LU") == "+352261234"
    assert normalise_phone("0032 2 456 12 34", default_country="FR") == "+3224561234"
    with pytest.raises(InvalidValue) as info:
        normalise_phone("06 12 34 56", default_country="FR")
    assert info.value.code == "phone.length"
    with pytest.raises(ValueError, match="No national numbering"):
        normalise_phone("02 456 12 34", default_country="XX")


@pytest.mark.parametrize(
    ("text", "code", "params"),
    [
        ("02 456 12 3", "phone.length", {"expected": 8, "got": 7}),
        ("02 456 12 345", "phone.length", {"expected": 8, "got": 9}),
        ("0470 12 34 5", "phone.length", {"expected": 9, "got": 8}),
        ("0470 12 34 567", "phone.length", {"expected": 9, "got": 10}),
        ("04 222 11 111", "phone.length", {"expected": 8, "got": 9}),
        ("+32 470 12 34", "phone.length", {"expected": 9, "got": 7}),
        ("+33 6 12 34 56", "phone.length", {"expected": 9, "got": 7}),
        ("+1 234 567 890 123 456", "phone.length", {"expected": 15, "got": 16}),
        ("+49 12", "phone.length", {"expected": 7, "got": 4}),
        ("0", "phone.length", {"expected": 8, "got": 0}),
        ("9" * 100, "phone.length", {"expected": 15, "got": 100}),
    ],
)
def test_normalise_phone_rejects_lengths(text: str, code: str, params: dict[str, object]) -> None:
    with pytest.raises(InvalidValue) as info:
        normalise_phone(text)
    assert info.value.code == code
    assert info.value.params == params


@pytest.mark.parametrize(
    ("text", "code", "reason"),
    [
        ("", "phone.empty", None),
        ("  ", "phone.empty", None),
        ("0470 12 34 5x", "phone.syntax", "characters"),
        ("call me", "phone.syntax", "characters"),
        ("0470 12 34 56 ext. 12", "phone.syntax", "characters"),
        ("+32 470 +12", "phone.syntax", "characters"),
        ("٠٤٧٠١٢٣٤٥٦", "phone.syntax", "characters"),  # Arabic-Indic digits
        ("+", "phone.syntax", "no_digits"),
        ("- / .", "phone.syntax", "no_digits"),
        ("470 12 34 56", "phone.syntax", "national_prefix"),
        ("+0032 470 12 34 56", "phone.syntax", "country_code"),
        ("+32 00 470 12 34", "phone.syntax", "double_zero"),
        ("+33 00 6 12 34 56", "phone.syntax", "double_zero"),
    ],
)
def test_normalise_phone_rejects_syntax(text: str, code: str, reason: str | None) -> None:
    with pytest.raises(InvalidValue) as info:
        normalise_phone(text)
    assert info.value.code == code
    assert info.value.params.get("reason") == reason


def test_format_phone_leaves_invalid_text_alone() -> None:
    assert format_phone("call me") == "call me"
    assert format_phone("") == ""
    assert format_phone("0470 12 34 56") == "+32 470 12 34 56"


def _check_phone_result(text: str) -> None:
    try:
        result = normalise_phone(text)
    except InvalidValue as error:
        assert error.code in {"phone.empty", "phone.syntax", "phone.length"}
        assert error.code != "phone.syntax" or error.params["reason"] in PHONE_REASONS
        assert str(error).endswith(".")
    else:
        assert result.startswith("+") and result[1:].isascii() and result[1:].isdigit()
        assert 7 <= len(result) - 1 <= 15
        assert normalise_phone(result) == result
        shown = format_phone(result)
        assert shown.replace(" ", "") == result
        assert normalise_phone(shown) == result


@given(st.text(max_size=40))
def test_normalise_phone_raises_only_invalid_value(text: str) -> None:
    _check_phone_result(text)


@given(st.text(alphabet="+0123456789 ./-()", max_size=25))
@example("+32 (0)470 12 34 56")
@example("00 33 (0)6 12 34 56 78")
def test_normalised_phone_renormalises_to_itself(text: str) -> None:
    _check_phone_result(text)


@given(st.sampled_from(["0", "+32", "0032", "+32 (0)"]), st.integers(0, 10**9 - 1))
def test_belgian_numbers_by_construction(prefix: str, number: int) -> None:
    national = str(number)
    try:
        result = normalise_phone(prefix + national)
    except InvalidValue as error:
        assert error.code in {"phone.length", "phone.syntax"}
        return
    mobile = national[0] == "4" and national[1:2] in "56789" and len(national) > 1
    assert len(national) == (9 if mobile else 8)
    assert result == "+32" + national


# --- Postcodes -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1000", "1000"),  # Brussels
        (" 9000 ", "9000"),  # Ghent
        ("B-4000", "4000"),  # Liège
        ("BE-2000", "2000"),  # Antwerp
        ("b 1348", "1348"),  # Louvain-la-Neuve
        ("BE3000", "3000"),  # Leuven
        ("9999", "9999"),
    ],
)
def test_parse_postcode_accepts(text: str, expected: str) -> None:
    assert parse_postcode(text) == expected


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", "postcode.empty"),
        ("  ", "postcode.empty"),
        ("0999", "postcode.range"),
        ("999", "postcode.range"),
        ("10000", "postcode.range"),
        ("0000", "postcode.range"),
        ("1" * 5000, "postcode.range"),
        ("B-", "postcode.syntax"),
        ("10 00", "postcode.syntax"),
        ("1OOO", "postcode.syntax"),
        ("F-75001", "postcode.syntax"),
        ("１０００", "postcode.syntax"),  # full-width digits
    ],
)
def test_parse_postcode_rejects(text: str, code: str) -> None:
    with pytest.raises(InvalidValue) as info:
        parse_postcode(text)
    assert info.value.code == code
    if code == "postcode.range":
        assert info.value.params["min"] == 1000
        assert info.value.params["max"] == 9999


@given(st.text(max_size=20))
@example("B1")
def test_parse_postcode_raises_only_invalid_value(text: str) -> None:
    try:
        result = parse_postcode(text)
    except InvalidValue as error:
        assert error.code in {"postcode.empty", "postcode.syntax", "postcode.range"}
        assert str(error).endswith(".")
    else:
        assert 1000 <= int(result) <= 9999 and len(result) == 4
        assert parse_postcode(result) == result


@given(st.integers(-10, 20_000))
def test_parse_postcode_range(number: int) -> None:
    try:
        assert parse_postcode(str(number)) == str(number)
        assert 1000 <= number <= 9999
    except InvalidValue as error:
        assert not 1000 <= number <= 9999
        assert error.code == ("postcode.syntax" if number < 0 else "postcode.range")


# --- The error type --------------------------------------------------------------


def test_invalid_value_keeps_code_and_params() -> None:
    error = InvalidValue("Bad.", "x.y", {"n": 1})
    assert isinstance(error, ValueError)
    assert (str(error), error.code, error.params) == ("Bad.", "x.y", {"n": 1})
    copy = pickle.loads(pickle.dumps(error))
    assert (str(copy), copy.code, copy.params) == ("Bad.", "x.y", {"n": 1})
    assert "x.y" in repr(error)
    assert InvalidValue("Plain.").code == "invalid"
    assert InvalidValue("Plain.").params == {}
