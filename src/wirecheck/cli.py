"""The command line: `wirecheck analyze PATH... [--format json|md|html] [-o FILE]`."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from wirecheck import __version__
from wirecheck.errors import WirecheckError
from wirecheck.ingest.web import FetchPolicy, policy_allowing
from wirecheck.render import FORMATS, render
from wirecheck.summarize import DEFAULT_SENTENCES


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="wirecheck")
def main() -> None:
    """wirecheck: many outlets' coverage of one event, turned into one verifiable picture per story.

    Give it articles (.txt, .html, .jsonl files or folders of them) and get, per story: the
    articles cleaned of site chrome, quotes with their speakers, cited sources, facts aligned
    across outlets with their independent origins, conflicts, a timeline and a cited summary.
    """


def input_options(command):
    """Options every command that reads inputs shares."""
    command = click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")(command)
    command = click.option("--allow-host", "allow_hosts", multiple=True, metavar="HOST",
                           help="A private host (your own archive) that may be fetched; repeatable.")(command)
    command = click.option("--timeout", type=click.FloatRange(min=1), default=FetchPolicy.timeout,
                           show_default=True, help="Seconds allowed for fetching one URL.")(command)
    return click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True, path_type=Path),
                        help="Write here instead of standard output.")(command)


@main.command()
@input_options
@click.option("-f", "--format", "fmt", type=click.Choice(FORMATS), default="md", show_default=True,
              help="json is the wirecheck.report/1 contract; md and html are for reading.")
@click.option("--summary-sentences", type=click.IntRange(min=0), default=DEFAULT_SENTENCES, show_default=True,
              help="How many extracted sentences the summary of each story keeps (denials come on top).")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar.")
def analyze(inputs: tuple[str, ...], allow_hosts: tuple[str, ...], timeout: float, output: Path | None,
            fmt: str, summary_sentences: int, quiet: bool) -> None:
    """Analyze the articles in INPUT...: files or folders (searched recursively) of .txt, .html,
    .jsonl, RSS/Atom feeds and WARC archives; http(s) URLs of pages or feeds; "-" for standard input.

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
        text = render(report, fmt)
        if output is None:
            sys.stdout.write(text)
        else:
            output.write_text(text, encoding="utf-8")
    except WirecheckError as error:
        raise click.ClickException(str(error)) from None
    except OSError as error:
        raise click.ClickException(f"cannot write {output}: {error.strerror or error}") from None
    if output is not None and not quiet:
        stories, rejected = len(report.stories), len(report.rejected)
        click.echo(f"wrote {output}: {stories} {'story' if stories == 1 else 'stories'}, "
                   f"{sum(len(s.articles) for s in report.stories)} articles, {rejected} rejected", err=True)


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
    lines = "".join(a.model_dump_json(exclude={"sentences"}) + "\n" for a in articles)
    try:
        if output is None:
            sys.stdout.write(lines)
        else:
            output.write_text(lines, encoding="utf-8")
    except OSError as error:
        raise click.ClickException(f"cannot write {output}: {error.strerror or error}") from None
    for item in rejected:
        click.echo(f"rejected {item.origin}: {item.reason}", err=True)
