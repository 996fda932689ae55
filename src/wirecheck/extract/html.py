"""Saved web pages: body text and metadata through trafilatura."""

from __future__ import annotations

from dataclasses import dataclass

import trafilatura

from wirecheck.errors import InputRejected


@dataclass(frozen=True)
class PageContent:
    text: str
    title: str | None
    sitename: str | None
    url: str | None
    date: str | None


def extract_page(html: str, origin: str, url: str | None = None) -> PageContent:
    """The main text and metadata of an HTML page; raises InputRejected when there is none."""
    try:
        document = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, include_tables=False,
        )
    except Exception as error:  # trafilatura raises many kinds on hostile markup
        raise InputRejected(origin, f"HTML could not be parsed: {error}") from None
    if document is None or not (document.text or "").strip():
        raise InputRejected(origin, "no article text found in the HTML page")
    return PageContent(
        text=document.text,
        title=document.title,
        sitename=document.sitename,
        url=document.url or url,
        date=document.date,
    )
