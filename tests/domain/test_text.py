"""Search normalisation."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from consultant_app.domain.text import normalise_search


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
