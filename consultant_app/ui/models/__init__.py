"""Qt item models over the services' list sources."""
