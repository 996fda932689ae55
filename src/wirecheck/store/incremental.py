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
from datetime import date
from pathlib import Path

from tqdm import tqdm

from wirecheck import __version__
from wirecheck.dedup import mark_duplicates
from wirecheck.ingest import collect
from wirecheck.ingest.web import DEFAULT_POLICY, FetchPolicy
from wirecheck.errors import WirecheckError
from wirecheck.model import Article, Rejected, Report, Story, day_number
from wirecheck.pipeline import analyze_groups, read, shorten
from wirecheck.stories import group_stories, members_hash, story_id
from wirecheck.store.store import Store

BATCH_SIZE = 200
WINDOW_DAYS = 7  # a story's articles appear within about a week of each other
ANALYSIS_BATCH = 2000  # stored articles loaded and annotated in one pass (parses are freed story by story)


@dataclass
class IngestSummary:
    ingested: int = 0
    skipped: int = 0  # already stored: same id, URL, or text from the same outlet
    rejected: list[Rejected] = field(default_factory=list)
    stories: int = 0  # stories that gained articles


def ingest(paths: Iterable[str | Path], store: Store, *, policy: FetchPolicy = DEFAULT_POLICY,
           progress: bool = False, analyze: bool = False) -> IngestSummary:
    """Store, dedup and group what `paths` holds; with `analyze`, also build and cache the
    report of every story that gained articles (else `story_report` does on first request)."""
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
    grown = regroup(store)
    summary.stories = len(grown)
    if analyze:
        summary.rejected += analyze_stories(store, grown, progress)
    return summary


def regroup(store: Store) -> list[str]:
    """Group the articles without a story together with the stored articles published around
    them; return the stories that gained articles."""
    pending = store.unassigned()
    if not pending:
        return []
    days = sorted(day for day in (day_number(a.published) for a in pending) if day is not None)
    window = {a.id: a for a in (store.around(date.fromordinal(days[0] - WINDOW_DAYS).isoformat(),
                                             date.fromordinal(days[-1] + WINDOW_DAYS).isoformat()) if days else [])}
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
    return [story for story, group in grouped.items() if any(a.id in waiting for a in group)]


def story_report(store: Store, story: str) -> Report:
    """The stored story's report, built once per membership and cached in the store."""
    members = store.story_articles(story)
    analysed = store.cached_story(story, members_hash(a.id for a in members))
    if analysed is None:
        [analysed], failures = _analyze(store, {story: members})
        if analysed is None:
            raise WirecheckError(f"story '{story}' could not be analysed: "
                                 + "; ".join(f"{r.origin}: {r.reason}" for r in failures))
    return Report(generator=f"wirecheck {__version__}", stories=[analysed], rejected=[])


def analyze_stories(store: Store, stories: list[str], progress: bool = False) -> list[Rejected]:
    """Build and cache the reports of these stories, a couple of thousand articles at a time;
    return the articles that could not be analysed."""
    rejected: list[Rejected] = []
    bar = tqdm(total=len(stories), desc="analysing", unit="story", disable=None if progress else True)
    pending: dict[str, list[Article]] = {}
    loaded = 0
    for number, story in enumerate(stories, start=1):
        pending[story] = store.story_articles(story)
        loaded += len(pending[story])
        if loaded >= ANALYSIS_BATCH or number == len(stories):
            rejected += _analyze(store, pending)[1]
            bar.update(len(pending))
            pending, loaded = {}, 0
    bar.close()
    return rejected


def _analyze(store: Store, pending: dict[str, list[Article]]) -> tuple[list[Story | None], list[Rejected]]:
    """Analyse these stored stories together and cache each report under its story's id."""
    analysed, rejected = analyze_groups(list(pending.values()))
    kept = []
    for (story, members), report in zip(pending.items(), analysed):
        if report is not None:
            report = report.model_copy(update={"id": story})
            store.save_story(report, members_hash(a.id for a in members))
        kept.append(report)
    return kept, rejected


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
