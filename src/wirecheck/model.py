"""The report model: the single source of truth for the wirecheck.report/1 JSON contract.

Every class here maps one-to-one onto a `$defs` entry of `shared/contract/report.schema.json`;
`tests/test_model.py` checks a real report against that file.
"""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_ID = "wirecheck.report/1"

PartialDate = str  # ISO 8601 prefix: YYYY, YYYY-MM or YYYY-MM-DD


def day_number(published: PartialDate | None) -> int | None:
    """The day a partial date names, as a day count (None for a year or month alone)."""
    if not published or len(published) < 10:
        return None
    try:
        return date.fromisoformat(published[:10]).toordinal()
    except ValueError:
        return None


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Mention(_Record):
    """A pointer to one sentence of one article."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    article: str
    sentence: str


class Sentence(_Record):
    id: str
    text: str
    start: int = Field(description="character offset into the article text")
    end: int


class Article(_Record):
    id: str
    origin: str = Field(description="file path, URL or record locator the article came from")
    outlet: str | None
    title: str | None
    published: PartialDate | None
    published_basis: str = "none"
    text: str
    removed: list[str] = []
    sentences: list[Sentence] = []
    duplicate_of: str | None = None

    @property
    def label(self) -> str:
        """How reports name the article: its outlet, else its origin's file name (without suffix)."""
        if self.outlet:
            return self.outlet
        name = self.origin.rstrip("/").rsplit("/", 1)[-1]
        stem, dot, suffix = name.rpartition(".")
        return stem if dot and "#" not in suffix and stem else name


class Entity(_Record):
    id: str
    name: str
    type: str
    aliases: list[str] = []
    mentions: list[Mention] = []


QuoteKind = Literal["direct", "indirect", "mixed"]


class Quote(_Record):
    id: str
    article: str
    sentence: str
    text: str
    start: int
    end: int
    kind: QuoteKind
    speaker: str | None
    speaker_entity: str | None = None
    speaker_text: str | None = None
    cue: str | None


SourceKind = Literal[
    "publication", "official", "person", "organization", "document", "anonymous",
    "social_media", "other",
]


class Source(_Record):
    id: str
    name: str
    kind: SourceKind
    aliases: list[str] = []
    cited_in: list[Mention] = []
    own_reporting: bool = Field(
        default=False,
        description="true for an outlet standing as the origin of its own unattributed reporting",
    )


FactStatus = Literal["corroborated", "single_origin", "single_outlet", "disputed"]


class Fact(_Record):
    id: str
    text: str
    mentions: list[Mention]
    outlets: int = Field(description="distinct articles stating it; near-copies count once")
    omitted_by: list[str] = Field(default=[], description="ids of the story's articles that omit it")
    origins: list[str]
    independent_origins: int
    status: FactStatus


class ConflictSide(_Record):
    text: str
    facts: list[str] = []
    mentions: list[Mention]
    origins: list[str] = []


ConflictKind = Literal["denial", "numeric", "date", "attribution", "other"]


class Conflict(_Record):
    id: str
    kind: ConflictKind
    summary: str
    sides: list[ConflictSide] = Field(min_length=2)


class Event(_Record):
    date: PartialDate
    date_expression: str | None = None
    text: str
    mentions: list[Mention]


class SummarySentence(_Record):
    text: str
    citations: list[str] = Field(min_length=1)


class Story(_Record):
    id: str
    title: str
    articles: list[Article]
    entities: list[Entity] = []
    quotes: list[Quote] = []
    sources: list[Source] = []
    facts: list[Fact] = []
    conflicts: list[Conflict] = []
    timeline: list[Event] = []
    summary: list[SummarySentence] = []


class Rejected(_Record):
    origin: str
    reason: str


class Report(_Record):
    schema_: Literal["wirecheck.report/1"] = Field(default=SCHEMA_ID, alias="schema")
    generator: str | None = None
    stories: list[Story] = []
    rejected: list[Rejected] = []

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    def to_json(self, indent: int | None = 2) -> str:
        """The report as wirecheck.report/1 JSON."""
        return self.model_dump_json(by_alias=True, indent=indent)

    @classmethod
    def from_json(cls, data: str | bytes) -> "Report":
        return cls.model_validate_json(data)
