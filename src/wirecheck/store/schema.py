"""The store's tables (SQLAlchemy Core), the same on SQLite and PostgreSQL.

Articles keep their whole record as JSON (what `Article` validates) beside the columns that
are queried; a story's report is cached in `analyses` with the membership it was built from.
Full-text search is FTS5 on SQLite and a GIN-indexed tsvector on PostgreSQL (migrations).
"""

from __future__ import annotations

from sqlalchemy import Column, DateTime, ForeignKey, Integer, MetaData, String, Table, Text

metadata = MetaData()

articles = Table(
    "articles", metadata,
    Column("id", String(64), primary_key=True),
    Column("content_hash", String(40), nullable=False, index=True),  # unique per outlet (Store.new_articles)
    Column("origin", Text, nullable=False),  # where it was read from: path, URL or archive#offset
    Column("url", Text, index=True),
    Column("outlet", Text),
    Column("title", Text),
    Column("published", String(10), index=True),
    Column("duplicate_of", String(64)),
    Column("story_id", String(16), ForeignKey("stories.id"), index=True),
    Column("ingested_at", DateTime(timezone=True), nullable=False),
    Column("record", Text, nullable=False),  # the Article as JSON
)

sentences = Table(
    "sentences", metadata,
    Column("id", String(80), primary_key=True),
    Column("article_id", String(64), ForeignKey("articles.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("position", Integer, nullable=False),
    Column("text", Text, nullable=False),
)

stories = Table(
    "stories", metadata,
    Column("id", String(16), primary_key=True),
    Column("title", Text, nullable=False),
    Column("first_published", String(10)),
    Column("last_published", String(10), index=True),
    Column("updated_at", DateTime(timezone=True), nullable=False),
)

analyses = Table(
    "analyses", metadata,
    Column("story_id", String(16), ForeignKey("stories.id", ondelete="CASCADE"), primary_key=True),
    Column("members", String(40), nullable=False),  # hash of the article ids the report covers
    Column("report", Text, nullable=False),  # the Story as JSON
    Column("created_at", DateTime(timezone=True), nullable=False),
)
