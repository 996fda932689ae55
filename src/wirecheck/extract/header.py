"""The optional header line of plain-text articles: ` date 2024-10-25 ...` or `date: Oct 25, 2024`."""

from __future__ import annotations

import re

from wirecheck.extract.dates import parse_date

_HEADER = re.compile(r"\A\s*date\s*[:=]?\s*(?P<value>[^\n]*)", re.IGNORECASE)
_ISO_PREFIX = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?(?=\s|$)")


def split_date_header(text: str) -> tuple[str | None, str]:
    """Return (partial ISO date or None, the text without the header).

    An ISO date may be followed by body text on the same line (` date 2024-10-25 WASHINGTON — ...`);
    any other value takes the whole line.
    """
    match = _HEADER.match(text)
    if not match:
        return None, text
    value = match.group("value").strip()
    iso = _ISO_PREFIX.match(value)
    if iso:
        date, rest = parse_date(iso.group()), value[iso.end():].strip()
    else:
        date, rest = parse_date(value), ""
    if date is None:
        return None, text
    return date, rest + text[match.end():]
