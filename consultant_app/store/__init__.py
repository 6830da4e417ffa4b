"""Persistence: SQLAlchemy models, the engine, the unit of work, queries and migrations."""
