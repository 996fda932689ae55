"""RSS and Atom feeds: every item becomes an article, from its full content or its fetched link."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

import feedparser

from wirecheck.errors import InputRejected
from wirecheck.ingest.records import Hints, RawDocument
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
    for number, entry in enumerate(parsed.entries, start=1):
        item = f"{origin}#item{number}"
        hints = Hints(id=None, url=entry.get("link"), outlet=parsed.feed.get("title"),
                      title=entry.get("title"), published=_date(entry))
        content = _content(entry)
        try:
            if len(re.sub(r"<[^>]+>", " ", content).split()) >= FULL_CONTENT_WORDS:
                yield RawDocument(origin=item, content=content, kind="html", hints=hints)
            elif hints.url:
                page = fetch_page(hints.url)
                yield RawDocument(origin=page.origin, content=page.content, kind="html",
                                  hints=Hints(url=page.hints.url or hints.url, outlet=hints.outlet,
                                              title=hints.title, published=hints.published))
            else:
                raise InputRejected(item, "feed item has neither full content nor a link")
        except InputRejected as rejection:
            yield Rejected(origin=rejection.origin, reason=rejection.reason)


def _content(entry) -> str:
    for value in [c.get("value", "") for c in entry.get("content", [])] + [entry.get("summary", "")]:
        if value and value.strip():
            return value
    return ""


def _date(entry) -> str | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    return f"{parsed.tm_year:04d}-{parsed.tm_mon:02d}-{parsed.tm_mday:02d}" if parsed else None
