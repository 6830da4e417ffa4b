"""The sections of Settings → Data safety: the key, the backups, the retention of personal data."""
