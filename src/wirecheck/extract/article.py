"""One raw document to one Article: body text cleaned of chrome, outlet, title, dated."""

from __future__ import annotations

import hashlib
import re
from datetime import date

from wirecheck.errors import InputRejected
from wirecheck.extract.boilerplate import clean_text
from wirecheck.extract.dates import parse_date
from wirecheck.extract.header import split_date_header
from wirecheck.extract.html import extract_page
from wirecheck.extract.outlet import normalize_outlet, outlet_from_text, outlet_from_url
from wirecheck.ingest.records import RawDocument
from wirecheck.model import Article

PARAGRAPH_BREAK = "\n\n"
MIN_ARTICLE_WORDS = 15


def extract(raw: RawDocument) -> Article:
    """Build the Article for `raw`; raises InputRejected when no article text remains."""
    hints = raw.hints
    published, basis = parse_date(hints.published), "metadata"
    url, title, outlet = hints.url, hints.title, hints.outlet
    text = raw.content
    if raw.kind == "html":
        page = extract_page(text, raw.origin, url)
        text, url = page.text, page.url or url
        title = title or page.title
        outlet = outlet or page.sitename
        published = published or parse_date(page.date)
    else:
        header_date, text = split_date_header(text)
        if header_date and not published:
            published, basis = header_date, "header line"
    latest = parse_date(hints.crawled) or date.today().isoformat()
    if published and published > latest:
        published = None  # a page cannot be published after it was fetched (or after today)
    cleaned = clean_text(text, want_title=title is None, extracted=raw.kind == "html")
    paragraphs, removed = cleaned.paragraphs, cleaned.removed
    if paragraphs and title and _same_words(paragraphs[0], title):  # the headline repeated as body
        paragraphs, removed = paragraphs[1:], [paragraphs[0], *removed]
    body = PARAGRAPH_BREAK.join(paragraphs)
    if len(body.split()) < MIN_ARTICLE_WORDS:
        raise InputRejected(raw.origin, "empty article: no prose paragraphs after removing boilerplate")
    outlet = normalize_outlet(outlet) or outlet_from_url(url) or outlet_from_text(text)
    return Article(
        id=hints.id or _article_id(raw),
        origin=raw.origin,
        outlet=outlet,
        title=_without_outlet(title or cleaned.title, outlet),
        published=published,
        published_basis=basis if published else "none",
        text=body,
        removed=removed,
    )


def _without_outlet(title: str | None, outlet: str | None) -> str | None:
    """'Bank of Canada cuts rates - Reuters' is titled 'Bank of Canada cuts rates'."""
    if not title or not outlet:
        return title
    return re.sub(rf"\s+[-–—|:]\s+{re.escape(outlet)}$", "", title, flags=re.IGNORECASE) or title


def _same_words(a: str, b: str) -> bool:
    return re.findall(r"\w+", a.lower()) == re.findall(r"\w+", b.lower())


def _article_id(raw: RawDocument) -> str:
    """Stable across runs: the same input at the same place always gets the same id."""
    digest = hashlib.sha1(f"{raw.origin}\0{raw.content}".encode()).hexdigest()
    return "a" + digest[:10]
