"""Privacy: anonymisation, retention, the right of access, the audit trail."""
