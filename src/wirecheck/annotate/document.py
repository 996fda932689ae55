"""The annotated article: one spaCy Doc plus what wirecheck's components found in it."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from wirecheck.annotate.timex import TimeExpression
from wirecheck.model import Article


@dataclass
class EntityMention:
    text: str
    label: str
    start: int  # character offsets into the article text
    end: int
    sentence: int  # index into AnnotatedArticle.sentences


@dataclass(frozen=True)
class Reference:
    """What a phrase naming a speaker or source points at inside its article.

    A role noun ("the billionaire") stays unresolved here: the story stage resolves it with
    what every article says about who holds that role.
    """

    text: str  # the words in the article
    name: str | None = None  # an entity name from this article
    role: str | None = None  # a role noun when no name is given
    qualifier: str | None = None  # whose role it is, when the words say: 'ukrainian' in 'the Ukrainian president'
    label: str | None = None  # entity label of `name`
    anonymous: bool = False
    span: tuple[int, int] | None = None  # character offsets of `text` in the article


@dataclass
class QuoteRecord:
    kind: str  # direct | indirect | mixed
    start: int  # character offsets of the quoted or reported words
    end: int
    sentence: int
    cue: str | None
    speaker: Reference | None
    cue_span: tuple[int, int] | None = None  # character offsets of the cue words
    nested: bool = False  # its cue lies inside another quote's content: "X said [Y denied ...]"
    statement: bool = True  # a statement reported, not only a stance ("supported the plan")


@dataclass
class Citation:
    """One sentence crediting its information to a source."""

    ref: Reference
    kind: str  # a model.SourceKind
    sentence: int
    via: str  # speaker | channel | citing | hedge
    occasion: bool = False  # a report the sentence gives as the occasion of another's words ("after X reported")
    relayed: bool = False  # words another source of the sentence relays ("According to the affidavit, Reed told ...")


@dataclass
class AnnotatedArticle:
    article: Article
    doc: Doc
    sentences: list[Span] = field(default_factory=list)
    mentions: list[EntityMention] = field(default_factory=list)
    quotes: list[QuoteRecord] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
    times: list[TimeExpression] = field(default_factory=list)
    quoted_mask: bytearray = field(default_factory=bytearray)  # 1 where a character is quoted

    def is_quoted(self, char: int) -> bool:
        return char < len(self.quoted_mask) and bool(self.quoted_mask[char])

    def sentence_id(self, index: int) -> str:
        return self.article.sentences[index].id

    def span_of(self, mention: EntityMention) -> Span | None:
        """The tokens of a mention."""
        return self.doc.char_span(mention.start, mention.end, alignment_mode="expand")

    def mention_at(self, char: int) -> EntityMention | None:
        """The entity mention holding character offset `char` (mentions are sorted and apart)."""
        index = bisect_right(self.mentions, char, key=lambda mention: mention.start) - 1
        mention = self.mentions[index] if index >= 0 else None
        return mention if mention is not None and char < mention.end else None

    def sentence_at(self, char: int) -> int:
        """Index of the sentence containing character offset `char` (the nearest one before it)."""
        return max(0, bisect_right(self.article.sentences, char, key=lambda sentence: sentence.start) - 1)
