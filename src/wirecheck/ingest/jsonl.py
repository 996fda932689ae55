"""JSONL dumps: one article per line with any of id, url, outlet, title, published, text, html;
and JSON files holding an array of such articles, or one.

JSONL files are streamed line by line: a dump may hold millions of articles."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path

from wirecheck.errors import InputRejected
from wirecheck.ingest.decode import BINARY, decode, looks_binary
from wirecheck.ingest.records import Hints, RawDocument
from wirecheck.model import Rejected

HINT_FIELDS = ("id", "url", "outlet", "title", "published")
MAX_LINE_BYTES = 20 * 1024 * 1024


def read_jsonl(data: bytes, origin: str) -> Iterator[RawDocument | Rejected]:
    """Yield one raw document per usable line; a bad line is rejected alone as `origin#line`."""
    if looks_binary(data):
        yield Rejected(origin=origin, reason=BINARY)
        return
    yield from _read_lines(data.splitlines(), origin)


def read_jsonl_file(path: Path) -> Iterator[RawDocument | Rejected]:
    """`read_jsonl` over a file of any size, one line in memory at a time."""
    try:
        with path.open("rb") as lines:
            if looks_binary(lines.read(4096)):
                yield Rejected(origin=str(path), reason=BINARY)
                return
            lines.seek(0)
            yield from _read_lines(lines, str(path))
    except OSError as error:
        yield Rejected(origin=str(path), reason=f"unreadable: {error.strerror or error}")


def read_jsonl_line(line: bytes, origin: str) -> RawDocument | Rejected:
    """One line of a dump (its origin being `file#number`), for readers that split files themselves."""
    try:
        if len(line) > MAX_LINE_BYTES:
            raise InputRejected(origin, f"line larger than {MAX_LINE_BYTES // (1024 * 1024)} MB")
        return _parse_line(decode(line, origin), origin)
    except InputRejected as rejection:
        return Rejected(origin=rejection.origin, reason=rejection.reason)


def _read_lines(lines: Iterable[bytes], origin: str) -> Iterator[RawDocument | Rejected]:
    for number, line in enumerate(lines, start=1):
        if line.strip():
            yield read_jsonl_line(line.rstrip(b"\r\n"), f"{origin}#{number}")


def read_json(data: bytes, origin: str) -> Iterator[RawDocument | Rejected]:
    """One raw document per article of a JSON array (`origin#number`), or the one a JSON object is;
    a bad article is rejected alone."""
    try:
        if looks_binary(data):
            raise InputRejected(origin, BINARY)
        records = _loaded(decode(data, origin), origin)
    except InputRejected as rejection:
        yield Rejected(origin=rejection.origin, reason=rejection.reason)
        return
    if isinstance(records, dict):
        yield _article_or_rejection(records, origin)
        return
    if not isinstance(records, list):
        yield Rejected(origin=origin, reason="a JSON file must hold an article object or an array of them")
        return
    for number, record in enumerate(records, start=1):
        yield _article_or_rejection(record, f"{origin}#{number}")


def _article_or_rejection(record: object, origin: str) -> RawDocument | Rejected:
    try:
        if not isinstance(record, dict):
            raise InputRejected(origin, "an article must be a JSON object")
        return _article(record, origin)
    except InputRejected as rejection:
        return Rejected(origin=rejection.origin, reason=rejection.reason)


def _loaded(text: str, origin: str) -> object:
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        where = f"line {error.lineno}, column {error.colno}" if error.lineno > 1 else f"column {error.colno}"
        raise InputRejected(origin, f"invalid JSON: {error.msg} at {where}") from None


def _parse_line(line: str, origin: str) -> RawDocument:
    record = _loaded(line, origin)
    if not isinstance(record, dict):
        raise InputRejected(origin, "a JSONL line must be an object")
    return _article(record, origin)


def _article(record: dict, origin: str) -> RawDocument:
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
