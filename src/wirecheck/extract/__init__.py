"""Extract: a raw document becomes an Article with clean body text, outlet, title and date."""

from wirecheck.extract.article import extract

__all__ = ["extract"]
