"""The fund's figures: the yearly report's engine and the dashboard's counts."""
