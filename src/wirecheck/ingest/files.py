"""Paths and folders to raw documents, one reader per file type."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from wirecheck.errors import InputRejected
from wirecheck.ingest.decode import decode
from wirecheck.ingest.jsonl import read_jsonl
from wirecheck.ingest.records import RawDocument
from wirecheck.model import Rejected

MAX_FILE_BYTES = 20 * 1024 * 1024
TEXT_SUFFIXES = {".txt": "text", ".html": "html", ".htm": "html"}
SUPPORTED = ".txt, .html, .htm, .jsonl"


def collect(paths: Iterable[str | Path]) -> Iterator[RawDocument | Rejected]:
    """Yield a raw document, or a rejection with its reason, for every input reachable from `paths`.

    Folders are walked recursively in name order, so runs are repeatable.
    """
    for path in map(Path, paths):
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                yield from _read_file(child)
        elif path.exists():
            yield from _read_file(path)
        else:
            yield Rejected(origin=str(path), reason="no such file or directory")


def _read_file(path: Path) -> Iterator[RawDocument | Rejected]:
    origin = str(path)
    suffix = path.suffix.lower()
    try:
        if suffix not in TEXT_SUFFIXES and suffix != ".jsonl":
            raise InputRejected(origin, f"unsupported file type '{suffix or path.name}' (expected {SUPPORTED})")
        if path.stat().st_size > MAX_FILE_BYTES:
            raise InputRejected(origin, f"file larger than {MAX_FILE_BYTES // (1024 * 1024)} MB")
        data = path.read_bytes()
        if suffix == ".jsonl":
            yield from read_jsonl(data, origin)
            return
        text = decode(data, origin)
    except InputRejected as rejection:
        yield Rejected(origin=rejection.origin, reason=rejection.reason)
        return
    except OSError as error:
        yield Rejected(origin=origin, reason=f"unreadable: {error.strerror or error}")
        return
    yield RawDocument(origin=origin, content=text, kind=TEXT_SUFFIXES[suffix])
