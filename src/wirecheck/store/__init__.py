"""Keeping articles and stories between runs: `Store`, and `ingest` into it."""

from wirecheck.store.incremental import IngestSummary, analyze_stories, ingest, story_report
from wirecheck.store.store import Store, StoryRow

__all__ = ["IngestSummary", "Store", "StoryRow", "analyze_stories", "ingest", "story_report"]
