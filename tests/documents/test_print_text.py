"""User text in print: what the forms now refuse never reaches a PDF from older data."""

from __future__ import annotations

import pytest

from consultant_app.documents.text import clean, escape


@pytest.mark.parametrize(
    "hidden",
    [
        "\u202e",
        "\u202a",
        "\u2066",
        "\u2069",
        "\u200b",
        "\u200d",
        "\u2060",
        "\ufeff",
        "\x00",
        "\x1b",
    ],
)
def test_hidden_and_direction_characters_are_not_printed(hidden: str) -> None:
    assert clean(f"Dup{hidden}ont") == "Dupont"


def test_markup_and_line_ends_print_literally() -> None:
    assert escape("Studio <b>Noord</b> & Zonen\r\nBrussel") == (
        "Studio &lt;b&gt;Noord&lt;/b&gt; &amp; Zonen<br/>Brussel"
    )
    assert clean("Ann\tMarie") == "Ann Marie"
