"""Typed records that leave the ingest stage."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal


@dataclass(frozen=True)
class Hints:
    """What the input itself says about the article, before any extraction."""

    id: str | None = None
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    published: str | None = None
    crawled: str | None = None  # when an archive fetched it: no publication date can be later


@dataclass(frozen=True)
class RawDocument:
    """One article's content as given: plain text or an HTML page, with where it came from."""

    origin: str
    content: str
    kind: Literal["text", "html"]
    hints: Hints = field(default_factory=Hints)
