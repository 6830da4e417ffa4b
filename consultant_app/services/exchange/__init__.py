"""Exchange with other files: import of historical internships, CSV exports."""
