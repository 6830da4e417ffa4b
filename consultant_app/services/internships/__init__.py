"""Internships: their records, form, rules, life cycle and amendments."""
