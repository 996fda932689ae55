"""Shared fixtures: real inputs from the bundled example and the test data sets."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "musk-putin-2024-10"
BRIDGE = Path(__file__).resolve().parent / "data" / "riverton-bridge"
CONTRACT = ROOT.parent / "shared" / "contract" / "report.schema.json"


@pytest.fixture(scope="session")
def example_report():
    import wirecheck

    return wirecheck.analyze([EXAMPLE])


@pytest.fixture(scope="session")
def example_story(example_report):
    assert len(example_report.stories) == 1
    return example_report.stories[0]


@pytest.fixture(scope="session")
def bridge_report():
    import wirecheck

    return wirecheck.analyze([BRIDGE])


@pytest.fixture
def annotate_text():
    """Annotate one plain-text article the way the pipeline does."""
    from wirecheck.annotate.pipeline import annotate
    from wirecheck.extract import extract
    from wirecheck.ingest import RawDocument

    def run(text: str, published: str | None = "2024-10-25"):
        header = f"date: {published}\n" if published else ""
        article = extract(RawDocument(origin="test.txt", content=header + text, kind="text"))
        return next(annotate([article]))

    return run


def sentence_ids(story) -> set[str]:
    """Every sentence id of a story's articles: what citations and mentions may point at."""
    return {s.id for a in story.articles for s in a.sentences}
