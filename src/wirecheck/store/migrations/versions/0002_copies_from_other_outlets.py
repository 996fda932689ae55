"""A syndicated copy from another outlet is stored beside its original: the same cleaned text
is unique per outlet, not across the store (enforced by the store, not by a constraint).

Revision ID: 0002
"""

from alembic import op

revision = "0002"
down_revision = "0001"


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        # SQLite cannot drop a constraint: batch mode copies the table without it, naming the
        # unnamed constraint on the way so that it can be left out.
        with op.batch_alter_table("articles", naming_convention={"uq": "uq_%(table_name)s_%(column_0_name)s"}) as batch:
            batch.drop_constraint("uq_articles_content_hash", type_="unique")
    else:
        op.drop_constraint("articles_content_hash_key", "articles", type_="unique")
    op.create_index("ix_articles_content_hash", "articles", ["content_hash"])


def downgrade() -> None:
    op.drop_index("ix_articles_content_hash", "articles")
    with op.batch_alter_table("articles") as batch:
        batch.create_unique_constraint("uq_articles_content_hash", ["content_hash"])
