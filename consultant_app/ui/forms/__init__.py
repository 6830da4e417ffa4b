"""Editable forms of the records (interns, hosts, mentors, training plans)."""
