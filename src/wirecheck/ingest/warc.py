"""WARC archives (plain or gzipped), streamed record by record: HTML responses become articles."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator

from wirecheck.errors import InputRejected
from wirecheck.ingest.decode import decode
from wirecheck.ingest.records import Hints, RawDocument
from wirecheck.model import Rejected

MAX_RECORD_BYTES = 10 * 1024 * 1024
MAX_REASON_CHARS = 200


def read_warc(path: Path) -> Iterator[RawDocument | Rejected]:
    """HTML response records as raw documents with origin `file.warc.gz#<offset>`; a truncated or
    corrupt archive yields what it holds before the damage, then one rejection."""
    origin = str(path)
    count, end = 0, 0
    try:
        with path.open("rb") as stream:
            records = ArchiveIterator(stream)
            for record in records:
                if not _is_html_response(record):
                    continue
                body = record.content_stream().read(MAX_RECORD_BYTES + 1)
                offset = records.get_record_offset()  # known once the body is read
                end = offset + records.get_record_length()
                count += 1
                yield _document(record, body, f"{origin}#{offset}")
    except Exception as error:  # warcio raises zlib, EOF and parse errors of many kinds on damage
        yield Rejected(origin=origin, reason=f"truncated or corrupt WARC after {count} HTML records: "
                                             f"{type(error).__name__}: {_brief(error)}")
        return
    if count and path.stat().st_size > end and not _only_other_records_after(path, end):
        yield Rejected(origin=origin, reason=f"truncated or corrupt WARC: {path.stat().st_size - end} bytes "
                                             f"after record {count} could not be read")


def _brief(error: Exception) -> str:
    """The error's message without the bytes warcio quotes from a file that is no archive."""
    message = str(error).split(", first line:")[0]
    return message if len(message) <= MAX_REASON_CHARS else message[:MAX_REASON_CHARS] + "…"


def _is_html_response(record) -> bool:
    return record.rec_type == "response" and record.http_headers is not None and \
        "html" in (record.http_headers.get_header("Content-Type") or "").lower()


def _has_status(record) -> bool:
    return record.http_headers is not None and bool(record.http_headers.statusline)


def _document(record, body: bytes, locator: str) -> RawDocument | Rejected:
    if len(body) > MAX_RECORD_BYTES:
        return Rejected(origin=locator, reason=f"record larger than {MAX_RECORD_BYTES // 2**20} MB")
    declared = record.http_headers.get_header("Content-Length")
    if declared and declared.isdigit() and len(body) < int(declared):
        return Rejected(origin=locator, reason=f"truncated record: {len(body)} of {declared} bytes")
    try:
        text = decode(body, locator)
    except InputRejected as rejection:
        return Rejected(origin=rejection.origin, reason=rejection.reason)
    return RawDocument(origin=locator, content=text, kind="html",
                       hints=Hints(url=record.rec_headers.get_header("WARC-Target-URI"),
                                   crawled=record.rec_headers.get_header("WARC-Date")))


def _only_other_records_after(path: Path, end: int) -> bool:
    """True when what follows the last HTML record parses as whole records of other kinds, up to
    the end of the file."""
    size = path.stat().st_size
    with path.open("rb") as stream:
        stream.seek(end)  # record offsets stay positions in the file
        records = ArchiveIterator(stream)
        try:
            for record in records:
                if _is_html_response(record) or (record.rec_type == "response" and not _has_status(record)):
                    return False  # an article the first pass could not read, or a response cut short
                end = max(end, records.get_record_offset() + records.get_record_length())
        except Exception:  # noqa: BLE001 - any parse failure means damage
            return False
    return end >= size
