"""Markdown and HTML through Jinja templates over the same story views."""

from __future__ import annotations

from functools import lru_cache

from jinja2 import Environment, PackageLoader, select_autoescape

from wirecheck.model import Report
from wirecheck.render.view import story_view


def render_markdown(report: Report) -> str:
    return _environment().get_template("report.md.j2").render(**_context(report))


def render_html(report: Report) -> str:
    return _environment().get_template("report.html.j2").render(**_context(report))


def _context(report: Report) -> dict:
    return {
        "report": report,
        "views": [story_view(story) for story in report.stories],
        "article_count": sum(len(story.articles) for story in report.stories),
    }


def _markdown_cell(value: object) -> str:
    """Text safe inside a Markdown table cell: one line, pipes escaped."""
    return " ".join(str(value).split()).replace("|", "\\|")


@lru_cache(maxsize=1)
def _environment() -> Environment:
    environment = Environment(
        loader=PackageLoader("wirecheck", "render/templates"),
        autoescape=select_autoescape(enabled_extensions=("html.j2",), default_for_string=False),
        trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True,
    )
    environment.filters["cell"] = _markdown_cell
    environment.filters["counted"] = counted
    return environment


def counted(number: int, noun: str, plural: str | None = None) -> str:
    """'1 fact', '3 facts', '2 stories'."""
    return f"{number} {noun if number == 1 else plural or noun + 's'}"
