"""The error of the demo data generator."""

from __future__ import annotations


class DemoError(Exception):
    """The demo data cannot be generated; the message says why and what to do."""
