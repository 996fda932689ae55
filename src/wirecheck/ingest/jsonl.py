"""JSONL dumps: one article per line with any of id, url, outlet, title, published, text, html."""

from __future__ import annotations

import json
from collections.abc import Iterator

from wirecheck.errors import InputRejected
from wirecheck.ingest.decode import decode
from wirecheck.ingest.records import Hints, RawDocument
from wirecheck.model import Rejected

HINT_FIELDS = ("id", "url", "outlet", "title", "published")


def read_jsonl(data: bytes, origin: str) -> Iterator[RawDocument | Rejected]:
    """Yield one raw document per usable line; a bad line is rejected alone as `origin#line`."""
    text = decode(data, origin)
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        line_origin = f"{origin}#{number}"
        try:
            yield _parse_line(line, line_origin)
        except InputRejected as rejection:
            yield Rejected(origin=rejection.origin, reason=rejection.reason)


def _parse_line(line: str, origin: str) -> RawDocument:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        raise InputRejected(origin, f"invalid JSON: {error.msg} at column {error.colno}") from None
    if not isinstance(record, dict):
        raise InputRejected(origin, "a JSONL line must be an object")
    hints = Hints(**{name: _as_text(record.get(name)) for name in HINT_FIELDS})
    for kind in ("text", "html"):
        content = record.get(kind)
        if isinstance(content, str) and content.strip():
            return RawDocument(origin=origin, content=content, kind=kind, hints=hints)
    raise InputRejected(origin, "no 'text' or 'html' field with content")


def _as_text(value: object) -> str | None:
    if value is None:
        return None
    return str(value).strip() or None
