"""People: interns, hosts with their mentors and training plans."""
