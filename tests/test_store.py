"""The store: incremental ingest, idempotent re-ingest, resume after an interruption, search,
and reports from stored stories. Runs on SQLite, and on PostgreSQL when WIRECHECK_TEST_POSTGRES
holds a server URL (.ci/run starts one)."""

import json
import os
import uuid
from pathlib import Path

import pytest

from wirecheck import pipeline
from wirecheck.store import Store, ingest, story_report
from wirecheck.store import incremental
from wirecheck.store import store as store_module
from wirecheck.stories import members_hash

DATA = Path(__file__).resolve().parent / "data"
EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "musk-putin-2024-10"
BRIDGE = DATA / "riverton-bridge"
EXAMPLE_FILES = sorted(str(p) for p in EXAMPLE.iterdir())


def _databases():
    yield "sqlite"
    if os.environ.get("WIRECHECK_TEST_POSTGRES"):
        yield "postgresql"


@pytest.fixture(params=list(_databases()))
def db(request, tmp_path):
    if request.param == "sqlite":
        yield str(tmp_path / "news.db")
        return
    from sqlalchemy import create_engine, text

    url = os.environ["WIRECHECK_TEST_POSTGRES"]
    name = f"wirecheck_{uuid.uuid4().hex[:8]}"
    admin = create_engine(store_module.database_url(url), isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f"CREATE DATABASE {name}"))
    yield url.rsplit("/", 1)[0] + "/" + name
    with admin.connect() as connection:
        connection.execute(text(f"DROP DATABASE {name} WITH (FORCE)"))


def _partition(store: Store) -> set[frozenset[str]]:
    return {frozenset(a.id for a in store.story_articles(row.id)) for row in store.stories()}


@pytest.mark.parametrize("in_list_limit", [store_module.IN_LIST_LIMIT, 2])
def test_two_batches_give_the_same_stories_as_one(db, tmp_path, monkeypatch, in_list_limit):
    together = Store(str(tmp_path / "together.db"))
    ingest([*EXAMPLE_FILES, str(BRIDGE)], together)
    monkeypatch.setattr(store_module, "IN_LIST_LIMIT", in_list_limit)  # lookups split into many IN lists
    store = Store(db)
    first = ingest([*EXAMPLE_FILES[:3], str(BRIDGE)], store)
    ids_before = {row.id for row in store.stories()}
    second = ingest(EXAMPLE_FILES[3:], store)
    assert first.ingested + second.ingested == together.count() == store.count()
    assert _partition(store) == _partition(together) and len(_partition(store)) == 2
    assert {row.id for row in store.stories()} == ids_before  # the grown story kept its id


def test_reingesting_adds_nothing(db):
    store = Store(db)
    first = ingest([str(EXAMPLE), str(BRIDGE)], store)
    stories = store.stories()
    again = ingest([str(EXAMPLE), str(BRIDGE)], store)
    assert first.ingested == 8 and len(first.rejected) == 1  # the JSONL dump holds one broken line
    assert again.ingested == 0 and again.skipped == 8
    assert store.stories() == stories


def test_a_copy_from_another_outlet_is_stored_as_a_duplicate_and_a_repost_is_not(db, tmp_path):
    text = Path(EXAMPLE_FILES[0]).read_text(encoding="utf-8")
    records = [{"outlet": outlet, "title": "Wire story", "published": published, "text": text}
               for outlet, published in [("Wire Service", "2024-10-25"), ("Daily Reprint", "2024-10-26"),
                                         ("Wire Service", "2024-10-25")]]
    dump = tmp_path / "feed.jsonl"
    dump.write_text("\n".join(json.dumps(record) for record in records), encoding="utf-8")
    store = Store(db)
    summary = ingest([str(dump)], store)
    assert summary.ingested == 2 and summary.skipped == 1  # the same outlet's repost is the same article
    [row] = store.stories()
    members = store.story_articles(row.id)
    assert row.outlets == 2 and sorted(a.outlet for a in members) == ["Daily Reprint", "Wire Service"]
    copy = next(a for a in members if a.outlet == "Daily Reprint")
    original = next(a for a in members if a.outlet == "Wire Service")
    assert copy.duplicate_of == original.id and original.duplicate_of is None


def test_an_interrupted_ingest_resumes_without_losses_or_doubles(db, monkeypatch):
    store = Store(db)
    monkeypatch.setattr(incremental, "BATCH_SIZE", 2)
    calls = {"n": 0}
    real_add = Store.add

    def dies_on_the_third_batch(self, batch):
        calls["n"] += 1
        if calls["n"] == 3:
            raise KeyboardInterrupt  # killed inside the transaction
        real_add(self, batch)

    monkeypatch.setattr(Store, "add", dies_on_the_third_batch)
    with pytest.raises(KeyboardInterrupt):
        ingest(EXAMPLE_FILES, store)
    assert store.count() == 4 and store.stories() == []  # two whole batches, nothing grouped yet
    monkeypatch.setattr(Store, "add", real_add)
    resumed = ingest(EXAMPLE_FILES, store)
    assert resumed.ingested == 1 and resumed.skipped == 4
    [story] = store.stories()
    assert story.articles == 5


def test_stories_are_found_by_words_and_date(db):
    store = Store(db)
    ingest([str(EXAMPLE), str(BRIDGE)], store)
    [bridge] = store.stories(search="barge pier")
    assert "Riverton" in bridge.title and bridge.articles == 3
    assert [row.id for row in store.stories(since="2025-01-01")] == [bridge.id]
    assert store.stories(search="zeppelin") == []


def test_a_stored_story_reports_under_its_own_id_and_is_cached(db):
    store = Store(db)
    ingest([str(BRIDGE)], store)
    [row] = store.stories()
    report = story_report(store, row.id)
    [story] = report.stories
    assert story.id == row.id and len(story.articles) == 3 and story.facts
    assert store.cached_story(row.id, members_hash(a.id for a in story.articles)) == story


def test_ingest_with_analysis_caches_every_grown_story_and_report_reads_the_cache(db, monkeypatch):
    store = Store(db)
    summary = ingest([str(BRIDGE), str(EXAMPLE)], store, analyze=True)
    rows = store.stories()
    assert summary.stories == len(rows) >= 2
    monkeypatch.setattr(pipeline, "annotate", lambda *a, **k: pytest.fail("report re-annotated a cached story"))
    for row in rows:
        [story] = story_report(store, row.id).stories
        assert story.id == row.id and {a.id for a in story.articles} == {a.id for a in store.story_articles(row.id)}
