"""Settings: programme rules, catalogue, consultants, the fund's identity."""
