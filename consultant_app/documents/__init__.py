"""Printed documents (reportlab): plain data in, PDF bytes out; no database, no Qt."""
