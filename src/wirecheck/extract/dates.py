"""Publication dates from metadata strings, normalised to ISO partial dates."""

from __future__ import annotations

import re
from datetime import date, datetime
from email.utils import parsedate_to_datetime

from wirecheck.annotate.timex import parse_absolute_date

_ISO = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def parse_date(value: str | None) -> str | None:
    """Normalise a date string (ISO, RFC 2822, 'Oct. 25, 2024', ...) to YYYY[-MM[-DD]], else None."""
    if not value:
        return None
    value = value.strip()
    match = _ISO.match(value)
    if match:
        return _valid_prefix(*match.groups())
    found = parse_absolute_date(value)
    if found:
        return found
    try:
        return parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return None


def _valid_prefix(year: str, month: str | None, day: str | None) -> str | None:
    try:
        if day:
            return date(int(year), int(month), int(day)).isoformat()
        if month:
            return datetime(int(year), int(month), 1).strftime("%Y-%m")
        return year
    except ValueError:
        return None
