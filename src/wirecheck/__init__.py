"""wirecheck: many outlets' coverage of one event, turned into one verifiable picture per story."""

__version__ = "0.1.0"
