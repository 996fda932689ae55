"""Incremental ingest: new articles are stored in batches, then they and the stored articles
published around them are regrouped into stories; stories keep their ids as they grow.

Each batch is one transaction, and an article joins a story only after it is stored, so an
interrupted ingest loses nothing and doubles nothing: the next run skips what is stored and
groups whatever was left without a story.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from tqdm import tqdm

from wirecheck import __version__
from wirecheck.annotate.pipeline import annotate
from wirecheck.dedup import mark_duplicates
from wirecheck.ingest import collect
from wirecheck.ingest.web import DEFAULT_POLICY, FetchPolicy
from wirecheck.model import Article, Rejected, Report
from wirecheck.pipeline import compare_story, infer_missing_dates, read, shorten
from wirecheck.stories import group_stories, story_id
from wirecheck.store.store import Store, members_hash

BATCH_SIZE = 200
WINDOW_DAYS = 7  # a story's articles appear within about a week of each other


@dataclass
class IngestSummary:
    ingested: int = 0
    skipped: int = 0  # already stored: same id, URL or text
    rejected: list[Rejected] = field(default_factory=list)
    stories: int = 0  # stories that gained articles


def ingest(paths: Iterable[str | Path], store: Store, *, policy: FetchPolicy = DEFAULT_POLICY,
           progress: bool = False) -> IngestSummary:
    summary = IngestSummary()
    batch: list[Article] = []
    bar = tqdm(desc="ingesting", unit="input", disable=None if progress else True)
    for document in collect(paths, policy):
        article = read(document)
        bar.update()
        if isinstance(article, Rejected):
            summary.rejected.append(article)
            continue
        batch.append(article)
        if len(batch) >= BATCH_SIZE:
            _store(batch, store, summary)
            bar.set_postfix(stored=summary.ingested, skipped=summary.skipped, rejected=len(summary.rejected))
            batch = []
    _store(batch, store, summary)
    bar.close()
    summary.stories = regroup(store)
    return summary


def regroup(store: Store) -> int:
    """Group the articles without a story together with the stored articles published around
    them; return how many stories gained articles."""
    pending = store.unassigned()
    if not pending:
        return 0
    dates = sorted(date.fromisoformat(a.published) for a in pending if a.published and len(a.published) == 10)
    window = {a.id: a for a in (store.around(str(dates[0] - timedelta(WINDOW_DAYS)),
                                             str(dates[-1] + timedelta(WINDOW_DAYS))) if dates else [])}
    window.update({a.id: a for a in pending})
    members = sorted(window.values(), key=lambda a: a.id)  # the same set groups the same way in any order
    for article in members:
        article.duplicate_of = None
    mark_duplicates(members)
    previous = store.story_of([a.id for a in members])
    grouped, titles = {}, {}
    for group in sorted(group_stories(members), key=len, reverse=True):
        story = _keep_id(group, previous, grouped)
        grouped[story], titles[story] = group, _title(group)
    store.save_stories(grouped, titles)
    waiting = {a.id for a in pending}
    return sum(1 for group in grouped.values() if any(a.id in waiting for a in group))


def story_report(store: Store, story: str) -> Report:
    """The stored story's report, built once per membership and cached in the store."""
    members = store.story_articles(story)
    digest = members_hash(a.id for a in members)
    analysed = store.cached_story(story, digest)
    if analysed is None:
        infer_missing_dates(members)
        analysed = compare_story(list(annotate(members))).model_copy(update={"id": story})
        store.save_story(analysed, digest)
    return Report(generator=f"wirecheck {__version__}", stories=[analysed], rejected=[])


def _store(batch: list[Article], store: Store, summary: IngestSummary) -> None:
    fresh = store.new_articles(batch)
    store.add(fresh)
    summary.ingested += len(fresh)
    summary.skipped += len(batch) - len(fresh)


def _keep_id(group: list[Article], previous: dict[str, str], taken: dict) -> str:
    """The id most of the group's articles had, unless a larger group kept it; else a new one."""
    for story, _ in Counter(previous[a.id] for a in group if a.id in previous).most_common():
        if story not in taken:
            return story
    return story_id(group)


def _title(group: list[Article]) -> str:
    titled = sorted((a for a in group if a.title and a.duplicate_of is None), key=lambda a: a.published or "")
    if titled:
        return titled[0].title
    return shorten(group[0].text.split("\n", 1)[0])
