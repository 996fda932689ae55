"""Batch runs on Apache Spark: the same stage functions as `analyze`, spread over partitions.

    inputs ──▶ files/URLs, JSONL lines (driver lists) ──▶ extract (map) ──▶ key by publication window
           ──▶ dedup, stories, annotate, compare per window (one task each) ──▶ stories/ + rejected/

A window is WINDOW_DAYS of publication dates: stories are events, and an event's coverage falls
within days, so clustering never compares articles across windows (an event that straddles a
window's edge is split there). Undated articles share one window of their own, so they never
join a dated story: give crawls their dates (page metadata, JSONL `published`). Each window is
analysed in one task, so a window must fit one executor's memory; for dense crawls choose
shorter windows. Every record that fails is written to rejected/ with its reason; the job goes on.

PySpark is an optional extra (`pip install 'wirecheck[spark]'`); nothing else imports it.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from wirecheck.errors import WirecheckError
from wirecheck.ingest.decode import looks_binary
from wirecheck.ingest.files import STDIN
from wirecheck.ingest.web import DEFAULT_POLICY, FetchPolicy, is_url
from wirecheck.model import Article, Rejected, Story, day_number
from wirecheck.summarize import DEFAULT_SENTENCES

WINDOW_DAYS = 7
OUTPUT_FORMATS = ("jsonl", "parquet")
UNDATED = -1
SPARK_SUBMIT_GATEWAY = "PYSPARK_GATEWAY_PORT"
# Python workers forked from a daemon that has loaded the models share their memory.
SPARK_CONFIG = {"spark.python.daemon.module": "wirecheck.spark_daemon"}
# A JVM we start ourselves only passes records between Python workers and persists them on disk:
# a small heap and the serial collector keep it to a few hundred MB beside them.
LOCAL_JVM_CONFIG = {"spark.driver.memory": "512m", "spark.driver.extraJavaOptions": "-XX:+UseSerialGC"}
STORY_SCHEMA = ("id string, title string, articles int, outlets int, first_published string, "
                "last_published string, story string")  # story: the wirecheck.report/1 story object, as JSON
REJECTED_SCHEMA = "origin string, reason string"


@dataclass
class BatchSummary:
    articles: int
    rejected: int
    stories: int
    output: Path


def run_batch(inputs: Iterable[str | Path], output: str | Path, *, output_format: str = "jsonl",
              master: str | None = None, window_days: int = WINDOW_DAYS,
              summary_sentences: int = DEFAULT_SENTENCES, policy: FetchPolicy = DEFAULT_POLICY,
              spark=None) -> BatchSummary:
    """Analyse everything reachable from `inputs` on Spark and write `output`/stories and
    `output`/rejected (JSONL part files or Parquet). Uses `spark` if given, else starts a
    session on `master` (default: what spark-submit set, else local[*])."""
    if output_format not in OUTPUT_FORMATS:
        raise WirecheckError(f"unknown batch output format '{output_format}': use one of {', '.join(OUTPUT_FORMATS)}")
    output = Path(output)
    if output.exists():
        raise WirecheckError(f"{output}: the output folder exists already; give a new one")
    units = list(_units(inputs))
    if not units:
        raise WirecheckError("batch: no input files found")
    session = spark or spark_session(master)
    from pyspark import StorageLevel

    records = _records(session.sparkContext, units, policy)
    # Kept on the executors' disks rather than in the JVM's heap: each is read only a few times.
    records.persist(StorageLevel.DISK_ONLY)
    # Each article keyed by its window; an input rejected already by None.
    keyed = records.map(lambda item: (_window(item.published, window_days) if isinstance(item, Article) else None,
                                      item))
    windows = keyed.filter(lambda pair: pair[0] is not None)
    sizes = keyed.keys().countByValue()  # articles per window, and the rejected inputs, in one pass
    unreadable = sizes.pop(None, 0)
    # One task per window, the largest first, so that no long window runs alone at the end.
    rank = {window: order for order, window in enumerate(sorted(sizes, key=lambda window: (-sizes[window], window)))}
    # Kept as output rows (plain strings), which later passes read back far faster than Story objects.
    results = (windows.groupByKey(numPartitions=max(1, len(rank)), partitionFunc=rank.__getitem__)
               .flatMap(lambda window: _analyze_window(list(window[1]), summary_sentences))
               .map(lambda item: (True, _story_row(item)) if isinstance(item, Story) else (False, _rejected_row(item))))
    results.persist(StorageLevel.DISK_ONLY)
    stories = results.filter(lambda result: result[0]).values()
    rejected = (records.filter(lambda item: isinstance(item, Rejected)).map(_rejected_row)
                .union(results.filter(lambda result: not result[0]).values()))
    _save(session, stories, STORY_SCHEMA, output / "stories", output_format)
    _save(session, rejected, REJECTED_SCHEMA, output / "rejected", output_format)
    written = results.keys().countByValue()  # True: stories, False: articles rejected in their window
    summary = BatchSummary(articles=sum(sizes.values()), rejected=unreadable + written[False], stories=written[True],
                           output=output)
    records.unpersist()
    results.unpersist()
    return summary


def _units(inputs: Iterable[str | Path]) -> Iterator[str]:
    """What the executors read: folders become their files; files, URLs and missing paths
    pass through (a missing one becomes a rejection where it is read)."""
    for item in map(str, inputs):
        if item == STDIN:
            raise WirecheckError("batch cannot read standard input: give files, folders or URLs")
        path = Path(item)
        if not is_url(item) and path.is_dir():
            yield from (str(child) for child in sorted(path.rglob("*")) if child.is_file())
        else:
            yield item


def _records(context, units: list[str], policy: FetchPolicy):
    """Every input's articles and rejections. A JSONL dump is split by Spark into line ranges,
    so one large dump is read by every core; other files and URLs are one task item each."""
    dumps = {unit for unit in units if unit.lower().endswith(".jsonl") and _text_file(Path(unit))}
    others = [unit for unit in units if unit not in dumps]
    parts = [context.textFile(dump, use_unicode=False).zipWithIndex()
             .filter(lambda pair: pair[0].strip())
             .map(lambda pair, dump=dump: _extract_line(pair[0], f"{dump}#{pair[1] + 1}"))
             for dump in sorted(dumps)]
    if others:
        slices = max(1, min(len(others), context.defaultParallelism * 4))
        parts.append(context.parallelize(others, slices).flatMap(lambda unit: _extract(unit, policy)))
    return context.union(parts)


def _text_file(path: Path) -> bool:
    """A readable file whose start is text; anything else is left to the plain reader, which
    rejects it whole."""
    try:
        with path.open("rb") as start:
            return not looks_binary(start.read(4096))
    except OSError:
        return False


def spark_session(master: str | None):
    """A Spark session set up for wirecheck: `master`, else spark-submit's, else local[*]."""
    try:
        from pyspark.sql import SparkSession
    except ImportError:
        raise WirecheckError("batch needs PySpark: pip install 'wirecheck[spark]' (and a Java 17+ runtime)") from None
    # Executors must run the same Python, with wirecheck importable, as the driver.
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    builder = SparkSession.builder.appName("wirecheck batch")
    if not master and SPARK_SUBMIT_GATEWAY not in os.environ:  # under spark-submit, its --master rules
        master = "local[*]"
    config = SPARK_CONFIG | (LOCAL_JVM_CONFIG if master and master.startswith("local") else {})
    for key, value in config.items():
        builder = builder.config(key, value)
    if master:
        builder = builder.master(master)
    try:
        session = builder.getOrCreate()
    except Exception as error:  # noqa: BLE001 - PySpark raises its own error types for a failed start
        raise WirecheckError(f"could not start Spark ({type(error).__name__}: {error}); "
                             "is a Java 17+ runtime installed (java on PATH or JAVA_HOME)?") from None
    session.sparkContext.setLogLevel("ERROR")
    return session


def _extract(unit: str, policy: FetchPolicy) -> Iterator[Article | Rejected]:
    from wirecheck.ingest import collect
    from wirecheck.pipeline import describe, read

    try:
        for document in collect([unit], policy):
            yield read(document)
    except Exception as error:  # noqa: BLE001 - one unreadable input must not fail the job
        yield Rejected(origin=unit, reason=f"could not be read: {describe(error)}")


def _extract_line(line: bytes, origin: str) -> Article | Rejected:
    from wirecheck.ingest.jsonl import read_jsonl_line
    from wirecheck.pipeline import read

    return read(read_jsonl_line(line, origin))


def _window(published: str | None, days: int) -> int:
    day = day_number(published)
    return UNDATED if day is None else day // days


def _analyze_window(articles: list[Article], summary_sentences: int) -> Iterator[Story | Rejected]:
    from wirecheck.pipeline import analyze_articles

    # Reading the same record twice (e.g. a file given twice) must not make two articles.
    unique = list({article.id: article for article in sorted(articles, key=lambda a: a.origin)}.values())
    stories, rejected = analyze_articles(unique, summary_sentences=summary_sentences, processes=1)
    yield from stories
    yield from rejected


def _rejected_row(rejected: Rejected) -> tuple:
    return rejected.origin, rejected.reason


def _story_row(story: Story) -> tuple:
    dates = sorted(a.published for a in story.articles if a.published)
    outlets = len({a.outlet for a in story.articles if a.outlet})
    return (story.id, story.title, len(story.articles), outlets, dates[0] if dates else None,
            dates[-1] if dates else None, story.model_dump_json(by_alias=True))


def _save(session, rows, schema: str, folder: Path, output_format: str) -> None:
    if output_format == "jsonl":
        names = [column.split()[0] for column in schema.split(",")]
        rows.map(lambda row: json.dumps(dict(zip(names, row)), ensure_ascii=False)).saveAsTextFile(str(folder))
    else:
        session.createDataFrame(rows, schema).write.parquet(str(folder))
