"""wirecheck: many outlets' coverage of one event, turned into one verifiable picture per story.

    >>> import wirecheck
    >>> report = wirecheck.analyze(["examples/"])
    >>> report.stories[0].facts[0].independent_origins
    >>> report.to_json()
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

__version__ = "0.1.0"

from wirecheck.errors import InputRejected, UsageError, WirecheckError  # noqa: E402
from wirecheck.model import Report  # noqa: E402


def analyze(paths: Iterable[str | Path], *, summary_sentences: int = 5, progress: bool = False,
            allow_hosts: Iterable[str] = ()) -> Report:
    """Analyze the articles reachable from `paths` (files, folders, URLs, feeds, WARC archives,
    JSONL, "-" for standard input) and return the Report. `allow_hosts` names private hosts
    (your own archive server) that may be fetched; public addresses need no permission."""
    from wirecheck.ingest.web import policy_allowing
    from wirecheck.pipeline import analyze as run

    return run(paths, summary_sentences=summary_sentences, progress=progress, policy=policy_allowing(allow_hosts))


def load_report(path: str | Path) -> Report:
    """Read a wirecheck.report/1 JSON file back into a Report."""
    return Report.from_json(Path(path).read_bytes())


__all__ = ["InputRejected", "Report", "UsageError", "WirecheckError", "__version__", "analyze", "load_report"]
