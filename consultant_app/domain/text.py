"""Text rules in one place: the search key, the characters a text may hold, and CSV cells.

* :func:`normalise_search`: accent- and case-insensitive search key.
* :func:`clean_text`: what every form and the import apply to names and free text.
* :func:`inert_cell`, :func:`inert_phone`, :func:`restore_cell`: cells of the CSV
  files the app writes, which a spreadsheet must never evaluate as formulas.
"""

from __future__ import annotations

import re
import unicodedata

from consultant_app.domain.errors import InvalidValue

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


# --- text the user or a file gives: refused characters ---------------------------------

#: Bidirectional embeddings, overrides (U+202A-U+202E) and isolates (U+2066-U+2069):
#: they make a name read differently from what it holds.
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
#: Characters that print as nothing: zero-width space, non-joiner, joiner, word joiner
#: and the zero-width no-break space (a byte order mark inside a text).
ZERO_WIDTH = frozenset("\u200b\u200c\u200d\u2060\ufeff")
#: Line breaks read as such (then kept as ``\n`` or made a space).
_LINE_BREAKS = str.maketrans({"\r": "\n", "\x85": "\n", "\u2028": "\n", "\u2029": "\n"})


def _refused(char: str, position: int) -> InvalidValue | None:
    code = f"U+{ord(char):04X}"
    params: dict[str, object] = {"character": code, "position": position}
    if char in BIDI_CONTROLS:
        return InvalidValue(
            f"holds a right-to-left or left-to-right override ({code}) at character "
            f"{position}; it changes how the text reads. Type the text again without it.",
            "text.bidi",
            params,
        )
    if char in ZERO_WIDTH:
        return InvalidValue(
            f"holds an invisible zero-width character ({code}) at character {position}. "
            "Type the text again without it.",
            "text.zero_width",
            params,
        )
    if unicodedata.category(char) == "Cc":
        return InvalidValue(
            f"holds a control character ({code}) at character {position}. "
            "Type the text again without it.",
            "text.control",
            params,
        )
    return None


def clean_text(text: str, *, multiline: bool = False) -> str:
    """*text* as it may be stored, or :class:`InvalidValue` naming the refused character.

    The obvious normalisations are made silently: a tab becomes a space, line breaks
    (``\\r\\n``, ``\\r``, U+2028, ...) become ``\\n`` in *multiline* text and a space
    elsewhere, and white space around the text is removed. Any other control character
    (NUL included), a bidirectional override or isolate and a zero-width character
    are refused: codes ``text.control``, ``text.bidi`` and ``text.zero_width``, with
    the ``character`` (``"U+202E"``) and its ``position`` (from 1) as params. The
    message starts in lower case so that the caller puts the field's name before it.
    """
    text = text.replace("\r\n", "\n").translate(_LINE_BREAKS).replace("\t", " ")
    if not multiline:
        text = text.replace("\n", " ")
    for position, char in enumerate(text, start=1):
        if char == "\n":
            continue
        problem = _refused(char, position)
        if problem is not None:
            raise problem
    return text.strip()


# --- cells of a CSV file that a spreadsheet opens ------------------------------------

#: First characters that make a spreadsheet read a cell as a formula (OWASP).
FORMULA_STARTS: tuple[str, ...] = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"-?\d+(?:[.,]\d+)?")


def inert_cell(text: str) -> str:
    """*text* written so that a spreadsheet shows it and never evaluates it.

    A text that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return
    gets an apostrophe in front (as OWASP recommends for CSV files); a plain
    number (``-2``, ``3.5``) is left alone: a spreadsheet reads it as the number.
    :func:`restore_cell` takes the apostrophe away again when the file is read back;
    a text that already starts with apostrophes before such a character gets one
    more, so that the round trip gives back exactly the text.
    """
    if text.lstrip("'").startswith(FORMULA_STARTS) and not _NUMBER.fullmatch(text):
        return "'" + text
    return text


def restore_cell(text: str) -> str:
    """The text :func:`inert_cell` wrote as *text*: without the apostrophe it added."""
    if text.startswith("'") and text.lstrip("'").startswith(FORMULA_STARTS):
        return text[1:]
    return text


def inert_phone(text: str) -> str:
    """A phone number as the app shows it (``+32 2 123 45 67``) written for a spreadsheet:
    the ``+`` of the calling code becomes ``00`` (``0032 2 123 45 67``), which a
    spreadsheet keeps as text and every phone (and the app's import) dials the same."""
    if text.startswith("+") and text[1:2].isdigit():
        return "00" + text[1:]
    return inert_cell(text)
