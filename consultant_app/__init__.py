"""Consultant application of the media internships programme."""

__version__ = "0.1.0"
