"""Saved web pages: body text and metadata through trafilatura."""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass

import trafilatura
from htmldate import find_date
from trafilatura.metadata import examine_meta, extract_meta_json, extract_sitename, extract_title, extract_url
from trafilatura.utils import load_html

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

    trafilatura runs in fast precision mode. When that keeps little text, the full precision
    mode and the recall mode run too, and if precision kept less than half of what recall keeps,
    precision has cut into the article (a paywall teaser box, inline figures) and the recall-mode
    text is taken instead. The page is parsed once; metadata (title, site, date) is read apart.
    """
    tree = _parse(html, origin)
    text = _text(_bare_extraction(copy.deepcopy(tree), origin, url, favor_precision=True, fast=True))
    if len(text) < SHORT_TEXT_CHARS:
        text = _text(_bare_extraction(copy.deepcopy(tree), origin, url, favor_precision=True))
        thorough = _text(_bare_extraction(copy.deepcopy(tree), origin, url, favor_recall=True))
        if len(text) < FALLBACK_SHARE * len(thorough):
            text = thorough
    if not text.strip():
        raise InputRejected(origin, "no article text found in the HTML page")
    text = _with_paragraphs(text, tree)
    try:
        return _with_metadata(text, tree, url)
    except Exception:  # noqa: BLE001 - metadata is a bonus: a page without it still has its text
        return PageContent(text=text, title=None, sitename=None, url=url, date=None)


def _with_metadata(text: str, tree, url: str | None) -> PageContent:
    """Title, site name, canonical URL and publication date: the parts of trafilatura's
    extract_metadata wirecheck uses (authors, tags and licence cost as much again)."""
    metadata = examine_meta(tree)
    metadata = extract_meta_json(tree, metadata)
    page_url = metadata.url or extract_url(tree, url) or url
    return PageContent(
        text=text,
        title=metadata.title or extract_title(tree),
        sitename=(metadata.sitename or extract_sitename(tree) or "").lstrip("@") or None,
        url=page_url,
        date=find_date(tree, url=page_url, extensive_search=False, original_date=True),
    )


def _with_paragraphs(text: str, tree) -> str:
    """The text with the paragraphs of the page's JSON-LD articleBody, when trafilatura took the text
    from there (a page its scripts fill in) and ran the paragraphs together."""
    if "\n" in text.strip():
        return text
    words = " ".join(text.split())
    for body in _article_bodies(tree):
        if " ".join(body.split()) == words:
            return "\n\n".join(" ".join(line.split()) for line in body.splitlines() if line.strip())
    return text


def _article_bodies(tree) -> list[str]:
    bodies: list[str] = []

    def walk(node) -> None:
        if isinstance(node, dict):
            if isinstance(node.get("articleBody"), str):
                bodies.append(node["articleBody"])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    for script in tree.iterfind('.//script[@type="application/ld+json"]'):
        try:
            walk(json.loads(script.text or ""))
        except ValueError:
            continue  # a page's broken JSON-LD is no reason to lose its text
    return bodies


def _parse(html: str, origin: str):
    try:
        tree = load_html(html)
    except Exception as error:  # lxml raises many kinds on hostile markup
        raise InputRejected(origin, f"HTML could not be parsed: {error}") from None
    if tree is None:
        raise InputRejected(origin, "HTML could not be parsed")
    return tree


def _bare_extraction(tree, origin: str, url: str | None, **options):
    try:
        return trafilatura.bare_extraction(tree, url=url, include_comments=False, with_metadata=False, **options)
    except Exception as error:  # trafilatura raises many kinds on hostile markup
        raise InputRejected(origin, f"HTML could not be parsed: {error}") from None


def _text(document) -> str:
    return (document.text or "") if document is not None else ""
