"""The team sync: the local sync state, the hub's schema and client, push, pull and merge."""
