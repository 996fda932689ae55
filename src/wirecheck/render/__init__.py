"""Render a Report as JSON (the contract), Markdown or a self-contained HTML page."""

from __future__ import annotations

from wirecheck.errors import UsageError
from wirecheck.model import Report
from wirecheck.render.text import render_html, render_markdown

FORMATS = ("json", "md", "html")


def render(report: Report, fmt: str) -> str:
    if fmt == "json":
        return report.to_json() + "\n"
    if fmt == "md":
        return render_markdown(report)
    if fmt == "html":
        return render_html(report)
    raise UsageError(f"unknown format '{fmt}': choose one of {', '.join(FORMATS)}")
