"""The store: articles, their sentences, stories and cached reports in SQLite (one file, the
default) or PostgreSQL, migrated to the current schema when opened."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import bindparam, create_engine, delete, func, insert, or_, select, text, update
from sqlalchemy.engine import Engine

from wirecheck.errors import UsageError
from wirecheck.model import Article, Story
from wirecheck.store.schema import analyses, articles, sentences, stories

MIGRATIONS = Path(__file__).parent / "migrations"
IN_LIST_LIMIT = 10_000


@dataclass(frozen=True)
class StoryRow:
    id: str
    title: str
    articles: int
    outlets: int
    first_published: str | None
    last_published: str | None


def database_url(db: str) -> str:
    """A PostgreSQL URL as given (psycopg 3 driver), anything else a SQLite file path."""
    if db.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + db.split("://", 1)[1]
    if "://" in db:
        raise UsageError(f"--db {db}: expected a file path or a postgresql:// URL")
    return f"sqlite:///{Path(db).expanduser()}"


def web_address(article: Article) -> str | None:
    return article.origin if article.origin.startswith(("http://", "https://")) else None


def _identities(article_id: str, url: str | None, outlet: str | None, digest: str) -> set:
    """What makes two records the same article: its id, its URL, or its outlet and cleaned text."""
    return {("id", article_id), ("url", url), ("text", outlet or "", digest)} - {("url", None)}


def content_hash(article: Article) -> str:
    return hashlib.sha1(" ".join(article.text.split()).encode()).hexdigest()


class Store:
    def __init__(self, db: str):
        try:
            self.engine: Engine = create_engine(database_url(db))
            with self.engine.begin() as connection:
                config = Config()
                config.set_main_option("script_location", str(MIGRATIONS))
                config.attributes["connection"] = connection
                command.upgrade(config, "head")
        except ModuleNotFoundError as error:
            raise UsageError(f"--db {db}: {error.name} is missing; pip install 'wirecheck[postgres]'") from error
        self.sqlite = self.engine.dialect.name == "sqlite"

    def new_articles(self, batch: list[Article]) -> list[Article]:
        """The articles of `batch` not stored yet: by id, URL, or cleaned text from the same outlet.

        The same text from another outlet is new: a syndicated copy, stored to be marked a
        duplicate of its original and to credit its outlet.
        """
        ids = [a.id for a in batch]
        urls = [url for url in map(web_address, batch) if url]
        hashes = [content_hash(a) for a in batch]
        with self.engine.connect() as connection:
            known = connection.execute(
                select(articles.c.id, articles.c.url, articles.c.outlet, articles.c.content_hash).where(
                    or_(articles.c.id.in_(ids), articles.c.url.in_(urls), articles.c.content_hash.in_(hashes)))).all()
        seen = {key for row in known for key in _identities(row.id, row.url, row.outlet, row.content_hash)}
        fresh = []
        for article, digest in zip(batch, hashes):
            keys = _identities(article.id, web_address(article), article.outlet, digest)
            if not seen & keys:
                fresh.append(article)
                seen |= keys
        return fresh

    def add(self, batch: list[Article]) -> None:
        """Store articles in one transaction (all or none)."""
        if not batch:
            return
        now = datetime.now(UTC)
        with self.engine.begin() as connection:
            connection.execute(insert(articles), [{
                "id": a.id, "content_hash": content_hash(a), "origin": a.origin, "url": web_address(a), "outlet": a.outlet,
                "title": a.title, "published": a.published, "duplicate_of": a.duplicate_of, "story_id": None,
                "ingested_at": now, "record": a.model_dump_json(),
            } for a in batch])
            if self.sqlite:
                connection.execute(text("INSERT INTO articles_fts (article_id, title, text) VALUES (:id, :title, :text)"),
                                   [{"id": a.id, "title": a.title or "", "text": a.text} for a in batch])

    def unassigned(self) -> list[Article]:
        """Articles stored but not yet in a story (new, or left by an interrupted ingest)."""
        return self._articles(articles.c.story_id.is_(None))

    def around(self, first: str, last: str) -> list[Article]:
        """Articles published between two dates, and undated ones."""
        return self._articles(or_(articles.c.published.between(first, last), articles.c.published.is_(None)))

    def story_of(self, ids: list[str]) -> dict[str, str]:
        """The stored story of each of these articles that has one."""
        found = {}
        with self.engine.connect() as connection:
            for chunk in _chunks(ids):
                found.update(connection.execute(select(articles.c.id, articles.c.story_id).where(
                    articles.c.id.in_(chunk), articles.c.story_id.is_not(None))).all())
        return found

    def save_stories(self, grouped: dict[str, list[Article]], titles: dict[str, str]) -> None:
        """Write story membership and each article's duplicate link; drop stories left empty."""
        now = datetime.now(UTC)
        with self.engine.begin() as connection:
            existing = {story for chunk in _chunks(list(grouped))
                        for story in connection.execute(select(stories.c.id).where(stories.c.id.in_(chunk))).scalars()}
            for story, members in grouped.items():
                dates = sorted(a.published for a in members if a.published)
                row = {"title": titles[story], "first_published": dates[0] if dates else None,
                       "last_published": dates[-1] if dates else None, "updated_at": now}
                if story in existing:
                    connection.execute(update(stories).where(stories.c.id == story).values(**row))
                else:
                    connection.execute(insert(stories).values(id=story, **row))
            connection.execute(
                update(articles).where(articles.c.id == bindparam("article")).values(
                    story_id=bindparam("story"), duplicate_of=bindparam("original"), record=bindparam("json")),
                [{"article": a.id, "story": story, "original": a.duplicate_of, "json": a.model_dump_json()}
                 for story, members in grouped.items() for a in members])
            occupied = select(articles.c.story_id).where(articles.c.story_id.is_not(None))
            connection.execute(delete(analyses).where(analyses.c.story_id.not_in(occupied)))
            connection.execute(delete(stories).where(stories.c.id.not_in(occupied)))

    def stories(self, since: str | None = None, search: str | None = None) -> list[StoryRow]:
        query = (select(stories.c.id, stories.c.title, func.count(articles.c.id),
                        func.count(func.distinct(articles.c.outlet)), stories.c.first_published,
                        stories.c.last_published)
                 .join(articles, articles.c.story_id == stories.c.id)
                 .group_by(stories.c.id).order_by(stories.c.last_published.desc(), stories.c.id))
        if since:
            query = query.where(stories.c.last_published >= since)
        if search:
            matching = select(articles.c.story_id).where(articles.c.id.in_(self._matching(search)))
            query = query.where(stories.c.id.in_(matching))
        with self.engine.connect() as connection:
            return [StoryRow(*row) for row in connection.execute(query).all()]

    def story_articles(self, story: str) -> list[Article]:
        found = self._articles(articles.c.story_id == story)
        if not found:
            raise UsageError(f"no story '{story}' in the store (see `wirecheck stories`)")
        return found

    def cached_story(self, story: str, members: str) -> Story | None:
        with self.engine.connect() as connection:
            row = connection.execute(select(analyses.c.report).where(
                analyses.c.story_id == story, analyses.c.members == members)).first()
        return Story.model_validate_json(row[0]) if row else None

    def save_story(self, story: Story, members: str) -> None:
        """Cache a story's analysis, and the sentences its annotation split the articles into."""
        with self.engine.begin() as connection:
            connection.execute(delete(sentences).where(sentences.c.article_id.in_([a.id for a in story.articles])))
            connection.execute(insert(sentences), [
                {"id": s.id, "article_id": a.id, "position": n, "text": s.text}
                for a in story.articles for n, s in enumerate(a.sentences)])
            connection.execute(delete(analyses).where(analyses.c.story_id == story.id))
            connection.execute(insert(analyses).values(story_id=story.id, members=members,
                                                       report=story.model_dump_json(), created_at=datetime.now(UTC)))

    def count(self) -> int:
        with self.engine.connect() as connection:
            return connection.execute(select(func.count()).select_from(articles)).scalar_one()

    def _matching(self, words: str):
        if self.sqlite:
            return text("SELECT article_id FROM articles_fts WHERE articles_fts MATCH :q").bindparams(
                q=" ".join(f'"{w}"' for w in words.replace('"', " ").split()))
        vector = "to_tsvector('english', coalesce(title, '') || ' ' || record)"
        return text(f"SELECT id FROM articles WHERE {vector} @@ plainto_tsquery('english', :q)").bindparams(q=words)

    def _articles(self, condition) -> list[Article]:
        with self.engine.connect() as connection:
            rows = connection.execute(select(articles.c.record).where(condition).order_by(articles.c.id)).scalars()
            return [Article.model_validate_json(record) for record in rows]


def _chunks(values: list[str]) -> list[list[str]]:
    """`values` in slices short enough for one IN (...) list (SQLite allows 32,766 parameters)."""
    return [values[start:start + IN_LIST_LIMIT] for start in range(0, len(values), IN_LIST_LIMIT)]
