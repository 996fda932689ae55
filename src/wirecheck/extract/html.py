"""Saved web pages: body text and metadata through trafilatura."""

from __future__ import annotations

from dataclasses import dataclass

import trafilatura

from wirecheck.errors import InputRejected

FALLBACK_SHARE = 0.5
SHORT_TEXT_CHARS = 1000  # precision-mode text this short is checked against recall mode


@dataclass(frozen=True)
class PageContent:
    text: str
    title: str | None
    sitename: str | None
    url: str | None
    date: str | None


def extract_page(html: str, origin: str, url: str | None = None) -> PageContent:
    """The main text and metadata of an HTML page; raises InputRejected when there is none.

    trafilatura runs in precision mode. When that keeps little text, its recall mode runs too,
    and if precision kept less than half of what recall keeps, precision has cut into the
    article (a paywall teaser box, inline figures) and the recall-mode text is taken instead.
    Metadata (title, site name, date) is read once, separately.
    """
    text = _text(_bare_extraction(html, origin, url, favor_precision=True))
    if len(text) < SHORT_TEXT_CHARS:
        thorough = _text(_bare_extraction(html, origin, url, favor_recall=True))
        if len(text) < FALLBACK_SHARE * len(thorough):
            text = thorough
    if not text.strip():
        raise InputRejected(origin, "no article text found in the HTML page")
    try:
        metadata = trafilatura.extract_metadata(html, default_url=url)
    except Exception:  # noqa: BLE001 - metadata is a bonus: a page without it still has its text
        metadata = None
    return PageContent(
        text=text,
        title=metadata.title if metadata else None,
        sitename=metadata.sitename if metadata else None,
        url=(metadata.url if metadata else None) or url,
        date=metadata.date if metadata else None,
    )


def _bare_extraction(html: str, origin: str, url: str | None, **options):
    try:
        return trafilatura.bare_extraction(html, url=url, include_comments=False, with_metadata=False, **options)
    except Exception as error:  # trafilatura raises many kinds on hostile markup
        raise InputRejected(origin, f"HTML could not be parsed: {error}") from None


def _text(document) -> str:
    return (document.text or "") if document is not None else ""
