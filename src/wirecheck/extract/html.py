"""Saved web pages: body text and metadata through trafilatura."""

from __future__ import annotations

from dataclasses import dataclass

import trafilatura

from wirecheck.errors import InputRejected

FALLBACK_SHARE = 0.5


@dataclass(frozen=True)
class PageContent:
    text: str
    title: str | None
    sitename: str | None
    url: str | None
    date: str | None


def extract_page(html: str, origin: str, url: str | None = None) -> PageContent:
    """The main text and metadata of an HTML page; raises InputRejected when there is none.

    trafilatura runs in precision mode; when that keeps less than half of what its recall mode
    keeps, precision has cut into the article (long pages with inline figures, say), and the
    recall-mode text is taken instead. Metadata always comes from the first pass.
    """
    precise = _bare_extraction(html, origin, url, with_metadata=True, favor_precision=True)
    text = _text(precise)
    thorough = _text(_bare_extraction(html, origin, url, with_metadata=False, favor_recall=True))
    if len(text) < FALLBACK_SHARE * len(thorough):
        text = thorough
    if not text.strip():
        raise InputRejected(origin, "no article text found in the HTML page")
    return PageContent(
        text=text,
        title=precise.title if precise else None,
        sitename=precise.sitename if precise else None,
        url=(precise.url if precise else None) or url,
        date=precise.date if precise else None,
    )


def _bare_extraction(html: str, origin: str, url: str | None, **options):
    try:
        return trafilatura.bare_extraction(html, url=url, include_comments=False, **options)
    except Exception as error:  # trafilatura raises many kinds on hostile markup
        raise InputRejected(origin, f"HTML could not be parsed: {error}") from None


def _text(document) -> str:
    return (document.text or "") if document is not None else ""
