"""The command line: `wirecheck analyze PATH... [--format json|md|html] [-o FILE]`."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from wirecheck import __version__
from wirecheck.errors import WirecheckError
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


@main.command()
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@click.option("-f", "--format", "fmt", type=click.Choice(FORMATS), default="md", show_default=True,
              help="json is the wirecheck.report/1 contract; md and html are for reading.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True, path_type=Path),
              help="Write the report here instead of standard output.")
@click.option("--summary-sentences", type=click.IntRange(min=0), default=DEFAULT_SENTENCES, show_default=True,
              help="How many extracted sentences the summary of each story keeps (denials come on top).")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar.")
def analyze(paths: tuple[str, ...], fmt: str, output: Path | None, summary_sentences: int, quiet: bool) -> None:
    """Analyze the articles in PATH... (files or folders, searched recursively).

    Inputs that cannot be read become entries of the report's rejected list; the rest are
    analyzed. Exit status is 0 whenever a report was written.

    \b
    Examples:
      wirecheck analyze examples/ --format html -o report.html
      wirecheck analyze dump.jsonl --format json > report.json
    """
    from wirecheck.pipeline import analyze as run_analysis

    try:
        report = run_analysis(paths, summary_sentences=summary_sentences, progress=not quiet)
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
