"""RSS and Atom feeds: every item becomes an article, from its full content or its fetched link."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor

import feedparser

from wirecheck.errors import InputRejected
from wirecheck.ingest.records import Hints, RawDocument
from wirecheck.ingest.web import CONCURRENT_FETCHES
from wirecheck.model import Rejected

FULL_CONTENT_WORDS = 150  # below this, a feed's item text is a teaser and the link is fetched
_FEED_START = re.compile(r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:rss|feed|rdf:RDF)\b", re.DOTALL)


def looks_like_feed(text: str) -> bool:
    return bool(_FEED_START.match(text[:2000]))


def read_feed(text: str, origin: str, fetch_page: Callable[[str], RawDocument]) -> Iterator[RawDocument | Rejected]:
    """One raw document per feed item; an item that has neither usable content nor a fetchable
    link is rejected alone as `origin#item<n>`."""
    parsed = feedparser.parse(text)
    if parsed.bozo and not parsed.entries:
        yield Rejected(origin=origin, reason=f"not a readable RSS or Atom feed: {parsed.bozo_exception}")
        return
    items = [(f"{origin}#item{number}", entry) for number, entry in enumerate(parsed.entries, start=1)]
    teasers = [entry.get("link") for _, entry in items if not _has_full_content(entry) and entry.get("link")]
    with ThreadPoolExecutor(max_workers=CONCURRENT_FETCHES) as pool:
        pages = {link: pool.submit(fetch_page, link) for link in dict.fromkeys(teasers)}
        for item, entry in items:
            hints = Hints(url=entry.get("link"), outlet=_outlet(entry) or parsed.feed.get("title"),
                          title=entry.get("title"), published=_date(entry))
            try:
                if _has_full_content(entry):
                    yield RawDocument(origin=item, content=_content(entry), kind="html", hints=hints)
                elif hints.url:
                    yield _fetched(pages[hints.url], item, entry, hints)
                else:
                    raise InputRejected(item, "feed item has neither full content nor a link")
            except InputRejected as rejection:
                yield Rejected(origin=rejection.origin, reason=rejection.reason)


def _fetched(page: Future, item: str, entry, hints: Hints) -> RawDocument:
    """The linked page of a short item; when it cannot be fetched, the item's own body, if the
    feed gives one (a short article, as a wire brief is, rather than a teaser)."""
    try:
        fetched = page.result()
    except InputRejected:
        body = _body(entry)
        if not body:
            raise
        return RawDocument(origin=item, content=body, kind="html", hints=hints)
    return RawDocument(origin=fetched.origin, content=fetched.content, kind="html",
                       hints=Hints(url=fetched.hints.url or hints.url, outlet=hints.outlet, title=hints.title,
                                   published=hints.published, crawled=fetched.hints.crawled))


def _has_full_content(entry) -> bool:
    return len(re.sub(r"<[^>]+>", " ", _content(entry)).split()) >= FULL_CONTENT_WORDS


def _content(entry) -> str:
    summary = entry.get("summary") or ""
    return _body(entry) or (summary if summary.strip() else "")


def _body(entry) -> str:
    """The item's content proper (RSS content:encoded, Atom content), not its summary."""
    return next((c["value"] for c in entry.get("content", []) if (c.get("value") or "").strip()), "")


def _outlet(entry) -> str | None:
    """The item's own outlet, which an aggregator's feed gives per item (<source>Reuters</source>)."""
    return (entry.get("source") or {}).get("title")


def _date(entry) -> str | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    return f"{parsed.tm_year:04d}-{parsed.tm_mon:02d}-{parsed.tm_mday:02d}" if parsed else None
