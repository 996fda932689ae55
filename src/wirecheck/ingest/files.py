"""What the user gives to raw documents: files, folders, URLs, feeds, WARC archives, JSONL, stdin."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

from wirecheck.errors import InputRejected
from wirecheck.ingest.decode import decode
from wirecheck.ingest.feeds import looks_like_feed, read_feed
from wirecheck.ingest.jsonl import read_json, read_jsonl, read_jsonl_file
from wirecheck.ingest.records import Hints, RawDocument
from wirecheck.ingest.warc import read_warc
from wirecheck.ingest.web import CONCURRENT_FETCHES, DEFAULT_POLICY, Fetched, FetchPolicy, fetch, is_url
from wirecheck.model import Rejected

MAX_FILE_BYTES = 20 * 1024 * 1024
TEXT_SUFFIXES = {".txt": "text", ".html": "html", ".htm": "html"}
FEED_SUFFIXES = {".rss", ".atom", ".xml"}
SUPPORTED = ".txt, .html, .htm, .jsonl, .json, .rss, .atom, .xml, .warc, .warc.gz"
STDIN = "-"


def collect(inputs: Iterable[str | Path], policy: FetchPolicy = DEFAULT_POLICY) -> Iterator[RawDocument | Rejected]:
    """Yield a raw document, or a rejection with its reason, for every article reachable from `inputs`.

    Folders are walked recursively in name order, so runs are repeatable; URLs are fetched a few
    at a time, and their results come out in the order given.
    """
    inputs = [str(item) for item in inputs]
    with ThreadPoolExecutor(max_workers=CONCURRENT_FETCHES) as pool:
        pages = {url: pool.submit(fetch, url, policy) for url in dict.fromkeys(filter(is_url, inputs))}
        for item in inputs:
            if item == STDIN:
                yield from _read_bytes(sys.stdin.buffer.read(), "<stdin>", policy)
            elif item in pages:
                yield from _from_page(item, pages[item], policy)
            else:
                yield from _read_path(Path(item), policy)


def _read_path(path: Path, policy: FetchPolicy) -> Iterator[RawDocument | Rejected]:
    if path.is_dir():
        for child in sorted(p for p in path.rglob("*") if p.is_file()):
            yield from _read_file(child, policy)
    elif path.exists():
        yield from _read_file(path, policy)
    else:
        yield Rejected(origin=str(path), reason="no such file or directory")


def _read_file(path: Path, policy: FetchPolicy) -> Iterator[RawDocument | Rejected]:
    origin = str(path)
    name = path.name.lower()
    suffix = path.suffix.lower()
    if name.endswith((".warc", ".warc.gz", ".arc", ".arc.gz")):
        yield from read_warc(path)  # streamed: archives may be far larger than any page
        return
    if suffix == ".jsonl":
        yield from read_jsonl_file(path)  # streamed too: dumps may hold millions of articles
        return
    try:
        if suffix not in TEXT_SUFFIXES and suffix not in FEED_SUFFIXES and suffix != ".json":
            raise InputRejected(origin, f"unsupported file type '{suffix or path.name}' (expected {SUPPORTED})")
        if path.stat().st_size > MAX_FILE_BYTES:
            raise InputRejected(origin, f"file larger than {MAX_FILE_BYTES // (1024 * 1024)} MB")
        data = path.read_bytes()
    except InputRejected as rejection:
        yield Rejected(origin=rejection.origin, reason=rejection.reason)
        return
    except OSError as error:
        yield Rejected(origin=origin, reason=f"unreadable: {error.strerror or error}")
        return
    yield from _read_bytes(data, origin, policy, TEXT_SUFFIXES.get(suffix) or suffix)


def _read_bytes(data: bytes, origin: str, policy: FetchPolicy, kind: str | None = None) -> Iterator[RawDocument | Rejected]:
    """Bytes of one input: JSON, JSONL, a feed, an HTML page or plain text (sniffed when `kind` is None)."""
    try:
        if kind == ".json":
            yield from read_json(data, origin)
            return
        if kind == ".jsonl" or (kind is None and data.lstrip()[:1] == b"{"):
            yield from read_jsonl(data, origin)
            return
        text = decode(data, origin)
    except InputRejected as rejection:
        yield Rejected(origin=rejection.origin, reason=rejection.reason)
        return
    if kind in FEED_SUFFIXES or (kind in {None, "html"} and looks_like_feed(text)):
        yield from read_feed(text, origin, lambda url: _fetched_page(url, policy))
    elif kind in {"text", "html"}:
        yield RawDocument(origin=origin, content=text, kind=kind)
    else:
        yield RawDocument(origin=origin, content=text, kind="html" if "<html" in text[:2000].lower() else "text")


def _from_page(url: str, page: Future, policy: FetchPolicy) -> Iterator[RawDocument | Rejected]:
    try:
        fetched = page.result()
    except InputRejected as rejection:
        yield Rejected(origin=rejection.origin, reason=rejection.reason)
        return
    if looks_like_feed(fetched.text):
        yield from read_feed(fetched.text, url, lambda link: _fetched_page(link, policy))
    else:
        yield _as_document(url, fetched)


def _fetched_page(url: str, policy: FetchPolicy) -> RawDocument:
    return _as_document(url, fetch(url, policy))


def _as_document(url: str, fetched: Fetched) -> RawDocument:
    return RawDocument(origin=url, content=fetched.text, kind="html",
                       hints=Hints(url=fetched.url, crawled=fetched.fetched_at))
