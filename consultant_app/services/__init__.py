"""Use cases. Each service function takes a unit of work and owns the transaction."""
