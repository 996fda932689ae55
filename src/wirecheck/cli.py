"""The command line: `wirecheck analyze`, `extract`; with a store `ingest`, `stories`, `report`;
on Spark `batch` (whose output `stories` and `report` read with --from)."""

from __future__ import annotations

import resource
import sys
import time
from pathlib import Path

import click

from wirecheck import __version__
from wirecheck.batch import OUTPUT_FORMATS, WINDOW_DAYS
from wirecheck.errors import WirecheckError
from wirecheck.ingest.web import FetchPolicy, policy_allowing
from wirecheck.render import FORMATS, render
from wirecheck.render.text import counted
from wirecheck.summarize import DEFAULT_SENTENCES


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="wirecheck")
def main() -> None:
    """wirecheck: many outlets' coverage of one event, turned into one verifiable picture per story.

    Give it articles (.txt, .html, .jsonl, .json files or folders of them) and get, per story: the
    articles cleaned of site chrome, quotes with their speakers, cited sources, facts aligned
    across outlets with their independent origins, conflicts, a timeline and a cited summary.
    """


allow_host_option = click.option("--allow-host", "allow_hosts", multiple=True, metavar="HOST",
                                 help="A private host (your own archive) that may be fetched; repeatable.")
DB_HELP = "A SQLite file (created if missing) or a postgresql:// URL."


def input_options(command):
    """Options every command that reads inputs shares."""
    command = click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")(command)
    command = allow_host_option(command)
    command = click.option("--timeout", type=click.FloatRange(min=1), default=FetchPolicy.timeout,
                           show_default=True, help="Seconds allowed for fetching one URL.")(command)
    return click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True, path_type=Path),
                        help="Write here instead of standard output.")(command)


@main.command()
@input_options
@click.option("-f", "--format", "fmt", type=click.Choice(FORMATS),
              help="json is the wirecheck.report/1 contract; md and html are for reading. "
                   "Default: the output file's extension (.json, .html, .md), else md.")
@click.option("--summary-sentences", type=click.IntRange(min=0), default=DEFAULT_SENTENCES, show_default=True,
              help="How many extracted sentences the summary of each story keeps (denials come on top).")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar.")
def analyze(inputs: tuple[str, ...], allow_hosts: tuple[str, ...], timeout: float, output: Path | None,
            fmt: str, summary_sentences: int, quiet: bool) -> None:
    """Analyze the articles in INPUT...: files or folders (searched recursively) of .txt, .html,
    .jsonl, .json, RSS/Atom feeds and WARC archives; http(s) URLs of pages or feeds; "-" for standard input.

    Inputs that cannot be read become entries of the report's rejected list; the rest are
    analyzed. Exit status is 0 whenever a report was written.

    \b
    Examples:
      wirecheck analyze examples/ --format html -o report.html
      wirecheck analyze dump.jsonl crawl.warc.gz --format json > report.json
      wirecheck analyze https://example.org/news/feed.xml
    """
    from wirecheck.pipeline import analyze as run_analysis

    try:
        report = run_analysis(inputs, summary_sentences=summary_sentences, progress=not quiet,
                              policy=policy_allowing(allow_hosts, timeout))
    except WirecheckError as error:
        raise click.ClickException(str(error)) from None
    _write(render(report, _format_for(fmt, output)), output)
    if output is not None and not quiet:
        stories, rejected = len(report.stories), len(report.rejected)
        click.echo(f"wrote {output}: {counted(stories, 'story', 'stories')}, "
                   f"{counted(sum(len(s.articles) for s in report.stories), 'article')}, {rejected} rejected", err=True)


@main.command()
@input_options
@click.option("-f", "--format", "fmt", type=click.Choice(["jsonl"]), default="jsonl", show_default=True,
              help="One JSON object per article: the contract's article fields.")
def extract(inputs: tuple[str, ...], allow_hosts: tuple[str, ...], timeout: float, output: Path | None,
            fmt: str) -> None:
    """Extract articles from INPUT... without analyzing them: one line per article with its
    outlet, title, date and its basis, cleaned text, removed boilerplate and duplicate_of.
    Rejected inputs are listed on standard error.
    """
    from wirecheck.dedup import mark_duplicates
    from wirecheck.ingest import collect
    from wirecheck.pipeline import extract_all

    articles, rejected = extract_all(collect(inputs, policy_allowing(allow_hosts, timeout)), progress=False)
    mark_duplicates(articles)
    _write("".join(a.model_dump_json(exclude={"sentences"}) + "\n" for a in articles), output)
    for item in rejected:
        click.echo(f"rejected {item.origin}: {item.reason}", err=True)


def source_options(command):
    """Where `stories` and `report` read: a store (--db) or a batch output folder (--from)."""
    command = click.option("--from", "batch_dir", type=click.Path(file_okay=False, path_type=Path),
                           help="A `wirecheck batch` output folder instead of a store.")(command)
    return click.option("--db", metavar="PATH|URL", help=DB_HELP)(command)


def _one_source(db: str | None, batch_dir: Path | None) -> None:
    if (db is None) == (batch_dir is None):
        raise click.UsageError("give either --db (a store) or --from (a batch output folder)")


@main.command()
@click.option("--db", required=True, metavar="PATH|URL", help=DB_HELP)
@input_options
@click.option("--analyze", is_flag=True, help="Also build the report of every story that gained articles "
              "now (else `report` builds it on first request).")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar.")
def ingest(db: str, inputs: tuple[str, ...], allow_hosts: tuple[str, ...], timeout: float, output: Path | None,
           analyze: bool, quiet: bool) -> None:
    """Add the articles in INPUT... to the store and group them into stories, joining stories
    already stored. Re-ingesting the same URL, or the same text from the same outlet, adds
    nothing; an interrupted ingest can simply be run again. Rejected inputs are listed on standard error (or written to -o).

    \b
    Example:
      wirecheck ingest https://example.org/feed.xml crawl.warc.gz --db news.db
    """
    from wirecheck.store import Store
    from wirecheck.store import ingest as run_ingest

    started = time.perf_counter()
    try:
        summary = run_ingest(inputs, Store(db), policy=policy_allowing(allow_hosts, timeout), progress=not quiet,
                             analyze=analyze)
    except WirecheckError as error:
        raise click.ClickException(str(error)) from None
    lines = "".join(f"rejected {item.origin}: {item.reason}\n" for item in summary.rejected)
    if output is not None:
        _write(lines, output)
    else:
        click.echo(lines, err=True, nl=False)
    click.echo(f"{counted(summary.ingested, 'article')} stored, {summary.skipped} already there, "
               f"{len(summary.rejected)} rejected; {counted(summary.stories, 'story', 'stories')} updated "
               f"({time.perf_counter() - started:.1f} s, peak memory {_peak_memory_mb():.0f} MB)", err=True)


@main.command()
@source_options
@click.option("--since", metavar="YYYY-MM-DD", help="Only stories with an article published on or after this day.")
@click.option("--search", metavar="TEXT", help="Only stories with an article containing these words.")
def stories(db: str | None, batch_dir: Path | None, since: str | None, search: str | None) -> None:
    """List the stories of a store or batch output, latest first: id, articles, outlets, dates and title."""
    from wirecheck.batch_output import story_rows
    from wirecheck.store import Store

    _one_source(db, batch_dir)
    try:
        rows = Store(db).stories(since=since, search=search) if db else story_rows(batch_dir, since, search)
    except WirecheckError as error:
        raise click.ClickException(str(error)) from None
    for row in rows:
        dates = row.first_published if row.first_published == row.last_published else \
            f"{row.first_published or '?'}..{row.last_published or '?'}"
        click.echo(f"{row.id}\t{row.articles} articles\t{row.outlets} outlets\t{dates}\t{row.title}")


@main.command()
@source_options
@click.argument("story")
@click.option("-f", "--format", "fmt", type=click.Choice(FORMATS),
              help="Default: the output file's extension (.json, .html, .md), else md.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True, path_type=Path),
              help="Write here instead of standard output.")
def report(db: str | None, batch_dir: Path | None, story: str, fmt: str, output: Path | None) -> None:
    """The report of one STORY (an id from `wirecheck stories`). From a store it is analysed on
    first request and cached until the story gains articles; a batch output has it ready."""
    from wirecheck import batch_output
    from wirecheck.store import Store, story_report

    _one_source(db, batch_dir)
    try:
        result = story_report(Store(db), story) if db else batch_output.story_report(batch_dir, story)
    except WirecheckError as error:
        raise click.ClickException(str(error)) from None
    _write(render(result, _format_for(fmt, output)), output)


@main.command()
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@click.option("-o", "--output", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="A new folder for stories/ and rejected/.")
@click.option("-f", "--format", "fmt", type=click.Choice(OUTPUT_FORMATS), default="jsonl", show_default=True)
@click.option("--master", metavar="URL", help="Spark master, e.g. local[2] or spark://host:7077 "
              "(default: spark-submit's, else local[*]).")
@click.option("--window-days", type=click.IntRange(min=1), default=WINDOW_DAYS, show_default=True,
              help="Publication days clustered together; each window is analysed in one task.")
@allow_host_option
@click.option("--summary-sentences", type=click.IntRange(min=0), default=DEFAULT_SENTENCES, show_default=True)
def batch(inputs: tuple[str, ...], output: Path, fmt: str, master: str | None, window_days: int,
          allow_hosts: tuple[str, ...], summary_sentences: int) -> None:
    """Analyse INPUT... (files, folders, URLs, WARC archives, JSONL dumps) on Apache Spark and
    write every story's report to OUTPUT/stories and every rejected record to OUTPUT/rejected.
    Needs the spark extra: pip install 'wirecheck[spark]'. On a cluster, inputs and OUTPUT must
    be paths every executor sees (a shared filesystem) or URLs.

    \b
    Examples:
      wirecheck batch crawl/*.warc.gz -o out/ --master local[2]
      spark-submit --master spark://head:7077 "$(which wirecheck)" batch /shared/crawl/ -o /shared/out/
      wirecheck stories --from out/
    """
    from wirecheck.batch import run_batch

    try:
        summary = run_batch(inputs, output, output_format=fmt, master=master, window_days=window_days,
                            summary_sentences=summary_sentences, policy=policy_allowing(allow_hosts))
    except WirecheckError as error:
        raise click.ClickException(str(error)) from None
    click.echo(f"wrote {summary.output}: {counted(summary.stories, 'story', 'stories')} from "
               f"{counted(summary.articles, 'article')}, "
               f"{summary.rejected} rejected", err=True)


def _peak_memory_mb() -> float:
    """Largest resident size of this process or of any worker process it waited for."""
    return max(resource.getrusage(who).ru_maxrss for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)) / 1024


def _format_for(fmt: str | None, output: Path | None) -> str:
    """The format asked for, else the one the output file's extension names ('report.json'), else md."""
    by_extension = {".json": "json", ".html": "html", ".htm": "html", ".md": "md"}
    return fmt or (by_extension.get(output.suffix.lower(), "md") if output is not None else "md")


def _write(text: str, output: Path | None) -> None:
    try:
        if output is None:
            sys.stdout.write(text)
        else:
            output.write_text(text, encoding="utf-8")
    except OSError as error:
        raise click.ClickException(f"cannot write {output}: {error.strerror or error}") from None
