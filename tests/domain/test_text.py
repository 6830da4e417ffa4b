"""Search normalisation, the characters a text may hold and CSV cells a spreadsheet opens."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from consultant_app.domain.contact import normalise_phone
from consultant_app.domain.errors import InvalidValue
from consultant_app.domain.text import (
    BIDI_CONTROLS,
    FORMULA_STARTS,
    ZERO_WIDTH,
    clean_text,
    inert_cell,
    inert_phone,
    normalise_search,
    restore_cell,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Öztürk", "ozturk"),
        ("Lefèvre", "lefevre"),
        ("François", "francois"),
        ("Straße", "strasse"),
        ("Ærø", "aero"),
        ("Œuvre", "oeuvre"),
        ("Łukasz Wałęsa", "lukasz walesa"),
        ("Đorđević", "dordevic"),
        ("Yıldız", "yildiz"),
        ("İstanbul", "istanbul"),
        ("  De   Smet\t\n", "de smet"),
        ("ﬁlm", "film"),
        ("Ｖｅｒｈｏｅｖｅｎ", "verhoeven"),
    ],
)
def test_normalise_search(text: str, expected: str) -> None:
    assert normalise_search(text) == expected


def test_parts_are_joined_and_empty_ones_skipped() -> None:
    assert normalise_search("Zoë", None, "", "  ", "Van Damme") == "zoe van damme"
    assert normalise_search() == ""
    assert normalise_search(None) == ""


@given(st.lists(st.one_of(st.none(), st.text())))
def test_normalise_is_idempotent_and_clean(parts: list[str | None]) -> None:
    once = normalise_search(*parts)
    assert normalise_search(once) == once
    assert once == once.strip()
    assert "  " not in once


# --- characters a text may hold ------------------------------------------------------

REFUSED = [
    ("\x00", "text.control"),
    ("\x07", "text.control"),
    ("\x1b", "text.control"),
    ("\x7f", "text.control"),
    ("\x9b", "text.control"),
    *[(chr(c), "text.bidi") for c in range(0x202A, 0x202F)],
    *[(chr(c), "text.bidi") for c in range(0x2066, 0x206A)],
    *[(c, "text.zero_width") for c in "\u200b\u200c\u200d\u2060\ufeff"],
]


@pytest.mark.parametrize(("char", "code"), REFUSED)
def test_refused_characters_name_their_code_point(char: str, code: str) -> None:
    with pytest.raises(InvalidValue) as raised:
        clean_text(f"Jan{char}ssens")
    assert raised.value.code == code
    assert raised.value.params == {"character": f"U+{ord(char):04X}", "position": 4}
    assert f"U+{ord(char):04X}" in raised.value.message


@pytest.mark.parametrize(
    ("text", "multiline", "expected"),
    [
        ("Jan\tPeeters", False, "Jan Peeters"),
        ("Peeters\n", False, "Peeters"),
        ("Peeters\r\n", False, "Peeters"),
        ("Van\nden Broeck", False, "Van den Broeck"),
        ("one\r\ntwo\rthree\u2028four", True, "one\ntwo\nthree\nfour"),
        ("  a note\t \n", True, "a note"),
        ("Öztürk Ærø 山田 محمد", False, "Öztürk Ærø 山田 محمد"),
    ],
)
def test_obvious_normalisations(text: str, multiline: bool, expected: str) -> None:
    assert clean_text(text, multiline=multiline) == expected


@given(st.text(alphabet=st.characters(codec="utf-8")))
def test_clean_text_keeps_no_refused_character(text: str) -> None:
    try:
        kept = clean_text(text)
    except InvalidValue:
        return
    assert not any(
        unicodedata.category(c) == "Cc" or c in BIDI_CONTROLS or c in ZERO_WIDTH for c in kept
    )


# --- CSV cells -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ('=HYPERLINK("http://x","y")', '\'=HYPERLINK("http://x","y")'),
        ("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"),
        ("@SUM(A1:A9)", "'@SUM(A1:A9)"),
        ("-2+3+cmd", "'-2+3+cmd"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("Studio Noord", "Studio Noord"),
        ("-2", "-2"),
        ("-12.5", "-12.5"),
        ("", ""),
    ],
)
def test_inert_cell(text: str, written: str) -> None:
    assert inert_cell(text) == written
    assert restore_cell(written) == text


def test_a_phone_is_written_with_00_for_its_plus() -> None:
    assert inert_phone("+32 2 123 45 67") == "0032 2 123 45 67"
    assert normalise_phone(inert_phone("+32 2 123 45 67")) == normalise_phone("+32 2 123 45 67")
    assert inert_phone("+cmd") == "'+cmd"


@given(st.text())
def test_an_inert_cell_never_starts_a_formula_and_reads_back(text: str) -> None:
    written = inert_cell(text)
    assert not written.startswith(FORMULA_STARTS) or float(written.replace(",", ".")) < 0
    assert restore_cell(written) == text


def test_an_apostrophe_the_user_typed_survives_the_round_trip() -> None:
    assert inert_cell("'=x") == "''=x"
    assert restore_cell("''=x") == "'=x"
    assert restore_cell("'Brien") == "'Brien"
