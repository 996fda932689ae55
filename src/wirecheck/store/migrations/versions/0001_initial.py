"""Articles, sentences, stories, analyses and full-text search.

Revision ID: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
STAMP = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "stories",
        sa.Column("id", sa.String(16), primary_key=True),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("first_published", sa.String(10)),
        sa.Column("last_published", sa.String(10), index=True),
        sa.Column("updated_at", STAMP, nullable=False),
    )
    op.create_table(
        "articles",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("content_hash", sa.String(40), nullable=False, unique=True),
        sa.Column("origin", sa.Text, nullable=False),
        sa.Column("url", sa.Text, index=True),
        sa.Column("outlet", sa.Text),
        sa.Column("title", sa.Text),
        sa.Column("published", sa.String(10), index=True),
        sa.Column("duplicate_of", sa.String(64)),
        sa.Column("story_id", sa.String(16), sa.ForeignKey("stories.id"), index=True),
        sa.Column("ingested_at", STAMP, nullable=False),
        sa.Column("record", sa.Text, nullable=False),
    )
    op.create_table(
        "sentences",
        sa.Column("id", sa.String(80), primary_key=True),
        sa.Column("article_id", sa.String(64), sa.ForeignKey("articles.id", ondelete="CASCADE"),
                  nullable=False, index=True),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
    )
    op.create_table(
        "analyses",
        sa.Column("story_id", sa.String(16), sa.ForeignKey("stories.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("members", sa.String(40), nullable=False),
        sa.Column("report", sa.Text, nullable=False),
        sa.Column("created_at", STAMP, nullable=False),
    )
    if op.get_bind().dialect.name == "sqlite":
        op.execute("CREATE VIRTUAL TABLE articles_fts USING fts5(article_id UNINDEXED, title, text)")
    else:
        op.execute("CREATE INDEX articles_search ON articles USING GIN "
                   "(to_tsvector('english', coalesce(title, '') || ' ' || record))")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE articles_fts")
    for table in ("analyses", "sentences", "articles", "stories"):
        op.drop_table(table)
