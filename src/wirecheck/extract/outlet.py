"""The outlet an article belongs to: from its URL, page metadata, or the text's own signals."""

from __future__ import annotations

import re
from urllib.parse import urlparse

from wirecheck.publications import known_outlet, looks_like_publication, outlet_for_domain

_WIRE_CODES = {"AP": "The Associated Press", "Reuters": "Reuters", "AFP": "Agence France-Presse",
               "UPI": "United Press International", "dpa": "dpa", "Bloomberg": "Bloomberg"}
_NAME = r"(?P<name>(?:The |the )?[A-Z][\w&'-]*(?: [A-Z][\w&'-]*){0,4})"
_SIGNALS = (
    # dateline: "WASHINGTON (AP) —", "LONDON, Oct 25 (Reuters) -"
    re.compile(r"^.{0,80}?\((?P<code>AP|Reuters|AFP|UPI|dpa|Bloomberg)\)\s*[—–-]", re.MULTILINE),
    # newsroom's own request for comment: "The Independent has contacted Musk for comment."
    re.compile(_NAME + r" (?:has|have|had) (?:contacted|approached|reached out to|asked)\b.{0,80}\bcomment"),
    # newsroom's own finding: "..., the Riverton Gazette has learned."
    re.compile(_NAME + r" (?:has|have) learned\b"),
    # legal footer: "Copyright 2024 The Associated Press. All rights reserved."
    re.compile(r"(?:Copyright|©)\s*(?:\d{4}\s+)?" + _NAME),
    # byline: "By Jane Doe, Reuters" / "By Jane Doe | The Guardian"
    re.compile(r"^By [A-Z][\w.'-]+(?: [A-Z][\w.'-]+){0,3}\s*(?:,|\||—|-)\s*" + _NAME, re.MULTILINE),
)


def normalize_outlet(name: str | None) -> str | None:
    """A site name as an outlet: 'NYTimes' is The New York Times, 'Autoracing | F1 | Indy' is Autoracing."""
    if not name or not name.strip():
        return None
    name = re.split(r"\s+[|–—]\s+|\s+-\s+", name.strip())[0].strip()
    outlet = known_outlet(name)
    return outlet.name if outlet else name


def outlet_from_url(url: str | None) -> str | None:
    """The outlet a URL belongs to: a known outlet's name, else the registered host name."""
    if not url:
        return None
    host = (urlparse(url).hostname or "").lower()
    if not host:
        return None
    return outlet_for_domain(host) or host.removeprefix("www.")


def outlet_from_text(text: str) -> str | None:
    """The outlet a text names as its own through a dateline, comment request, copyright or byline."""
    for signal in _SIGNALS:
        for match in signal.finditer(text):
            groups = match.groupdict()
            if groups.get("code"):
                return _WIRE_CODES[groups["code"]]
            name = re.sub(r"^the ", "The ", groups["name"].strip().rstrip("."))
            if looks_like_publication(name):
                outlet = known_outlet(name)
                return outlet.name if outlet else name
    return None
