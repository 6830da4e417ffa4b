"""Printed documents: conventions, amendments and roadmap sheets, issued and kept."""
