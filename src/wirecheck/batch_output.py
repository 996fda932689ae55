"""Reading a `wirecheck batch` output folder back, JSONL or Parquet, one row at a time.

The folder holds stories/ (one row per story: listing columns plus the story as JSON) and
rejected/ (origin, reason), as part files written by Spark. Parquet needs pyarrow (in the
spark extra); JSONL needs nothing.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from wirecheck import __version__
from wirecheck.errors import UsageError, WirecheckError
from wirecheck.model import Rejected, Report, Story
from wirecheck.store.store import StoryRow


def story_rows(folder: str | Path, since: str | None = None, search: str | None = None) -> list[StoryRow]:
    """The output's stories, latest first, like `Store.stories` (search: every word in the story's text)."""
    words = search.lower().split() if search else []
    rows = []
    for row in _rows(Path(folder) / "stories"):
        if since and (row["last_published"] or "") < since:
            continue
        if words and not _mentions_all(row["story"], words):
            continue
        rows.append(StoryRow(*(row[name] for name in StoryRow.__dataclass_fields__)))
    rows.sort(key=lambda r: r.id)
    rows.sort(key=lambda r: r.last_published or "", reverse=True)
    return rows


def story_report(folder: str | Path, story: str) -> Report:
    """The report of one story of the output (like a stored story's, without the run's rejected
    records: those are in `rejected(folder)`)."""
    for row in _rows(Path(folder) / "stories"):
        if row["id"] == story:
            return Report(generator=f"wirecheck {__version__}", stories=[Story.model_validate_json(row["story"])])
    raise UsageError(f"no story '{story}' in {folder} (see `wirecheck stories --from {folder}`)")


def rejected(folder: str | Path) -> list[Rejected]:
    """Every record the batch could not use, with its reason."""
    return [Rejected(**row) for row in _rows(Path(folder) / "rejected")]


def _rows(folder: Path) -> Iterator[dict]:
    if not folder.is_dir():
        raise UsageError(f"{folder.parent}: not a wirecheck batch output (no {folder.name}/ folder)")
    parts = sorted(p for p in folder.iterdir() if p.is_file() and not p.name.startswith(("_", ".")))
    for part in parts:
        yield from _parquet_rows(part) if part.suffix == ".parquet" else _jsonl_rows(part)


def _jsonl_rows(part: Path) -> Iterator[dict]:
    with part.open(encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                yield json.loads(line)


def _parquet_rows(part: Path) -> Iterator[dict]:
    try:
        import pyarrow.parquet
    except ImportError:
        raise WirecheckError("reading Parquet output needs pyarrow: pip install 'wirecheck[spark]'") from None
    for batch in pyarrow.parquet.ParquetFile(part).iter_batches():
        yield from batch.to_pylist()


def _mentions_all(story_json: str, words: list[str]) -> bool:
    story = Story.model_validate_json(story_json)
    text = " ".join(f"{a.title or ''} {a.text}" for a in story.articles).lower()
    return all(word in text for word in words)

