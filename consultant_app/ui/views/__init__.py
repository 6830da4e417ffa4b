"""The views shown in the main window."""
