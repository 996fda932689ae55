"""The optional date line of plain-text articles: ` date 2024-10-25 ...` opening the text, or a
short `date: Oct 25, 2024` / `Published: ...` line among the short lines that open it (a title,
a byline)."""

from __future__ import annotations

import re

from wirecheck.extract.dates import parse_date

_HEADER = re.compile(r"\A\s*date\s*[:=]?\s*(?P<value>[^\n]*)", re.IGNORECASE)
_DATE_LINE = re.compile(r"\s*(?:date|published(?:\s+on)?|posted(?:\s+on)?)\s*[:=]?\s*(?P<value>.+)", re.IGNORECASE)
_ISO_PREFIX = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?(?=\s|$)")
HEADER_LINES = 4  # a title, a byline, a standfirst: the date line comes before the body
HEADER_LINE_MAX_WORDS = 20  # a longer line is the body
DATE_MAX_WORDS = 8  # 'Published: 12 March 2026, 14:05 GMT'; 'Date night at the cinema ...' is prose


def split_date_header(text: str) -> tuple[str | None, str]:
    """Return (partial ISO date or None, the text without the date line).

    An ISO date opening the text may be followed by body text on the same line (` date
    2024-10-25 WASHINGTON — ...`); any other date takes its whole line.
    """
    match = _HEADER.match(text)
    if match:
        value = match.group("value").strip()
        iso = _ISO_PREFIX.match(value)
        if iso:
            date, rest = parse_date(iso.group()), value[iso.end():].strip()
        else:
            date, rest = _short_date(value), ""
        if date is not None:
            return date, rest + text[match.end():]
    return _date_line(text)


def _date_line(text: str) -> tuple[str | None, str]:
    lines = text.split("\n")
    opening = [i for i, line in enumerate(lines) if line.strip()][:HEADER_LINES]
    for i in opening:
        if len(lines[i].split()) > HEADER_LINE_MAX_WORDS:
            break
        match = _DATE_LINE.fullmatch(lines[i])
        date = _short_date(match.group("value")) if match else None
        if date is not None:
            return date, "\n".join(lines[:i] + lines[i + 1:])
    return None, text


def _short_date(value: str) -> str | None:
    return parse_date(value) if len(value.split()) <= DATE_MAX_WORDS else None
