"""Normalisation of text for accent- and case-insensitive search."""

from __future__ import annotations

import unicodedata

#: Letters that Unicode decomposition leaves alone (after case folding).
_LETTERS = str.maketrans(
    {
        "ß": "ss",
        "æ": "ae",
        "ø": "o",
        "œ": "oe",
        "ł": "l",
        "đ": "d",
        "ð": "d",
        "ı": "i",
        "þ": "th",
    }
)
_MARK_CATEGORIES = frozenset({"Mn", "Me"})
_MAX_ROUNDS = 4


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_LETTERS))
    return "".join(c for c in decomposed if unicodedata.category(c) not in _MARK_CATEGORIES)


def normalise_search(*parts: str | None) -> str:
    """Search key of *parts*: joined by spaces, case-folded, without accents.

    ``normalise_search("Öztürk")`` is ``"ozturk"``; ``None`` and blank parts are
    skipped and runs of whitespace become one space. Applied both to the indexed
    search columns and to what the user types, so the two always compare.
    """
    text = " ".join(p for p in parts if p and not p.isspace())
    for _ in range(_MAX_ROUNDS):  # one round nearly always reaches a fixed point
        folded = _fold(text)
        if folded == text:
            break
        text = folded
    return " ".join(text.split())
