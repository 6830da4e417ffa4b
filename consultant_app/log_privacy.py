"""Logging that never carries personal data or secrets.

The application logs what happened, not the values: a filter on every
handler removes the parameters SQLAlchemy appends to its errors (which hold
the values of a row: names, national numbers), and masks what looks like a
national number, an e-mail address, a key or a recovery key in any message.
"""

from __future__ import annotations

import logging
import re

MASK = "[hidden]"

_PATTERNS = (
    # SQLAlchemy's "[parameters: (...)]" and "[SQL: ...]" parts of an error message.
    re.compile(r"\[parameters: .*?\](?=\s*(?:\(Background|\[SQL|$))", re.DOTALL),
    re.compile(r"\[SQL: .*?\](?=\s*(?:\(Background|\[parameters|$))", re.DOTALL),
    # Belgian national numbers, with or without their dots and dash.
    re.compile(r"\b\d{2}\.?\d{2}\.?\d{2}[-. ]?\d{3}\.?\d{2}\b"),
    # E-mail addresses.
    re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"),
    # Raw keys (hex) and recovery keys (groups of four base32 characters).
    re.compile(r"\b[0-9a-fA-F]{32,}\b"),
    re.compile(r"\b(?:[A-Z2-7]{4}-){6,}[A-Z2-7]{1,4}\b"),
)


def redact(text: str) -> str:
    """*text* with every personal value and secret replaced by ``[hidden]``."""
    for pattern in _PATTERNS:
        text = pattern.sub(MASK, text)
    return text


class PrivacyFilter(logging.Filter):
    """Rewrites each record's message (and exception text) through :func:`redact`."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = redact(record.getMessage())
        record.msg, record.args = message, None
        if record.exc_info:
            formatted = logging.Formatter().formatException(record.exc_info)
            record.exc_info = None
            record.exc_text = redact(formatted)
        return True


def configure_logging(level: int = logging.WARNING) -> None:
    """Log to stderr through :class:`PrivacyFilter` (idempotent)."""
    root = logging.getLogger()
    if any(getattr(handler, "_privacy", False) for handler in root.handlers):
        return
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("consultant-app: %(levelname)s: %(message)s"))
    handler.addFilter(PrivacyFilter())
    handler._privacy = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(level)
