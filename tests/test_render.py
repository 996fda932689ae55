import re

import pytest

from wirecheck.errors import UsageError
from wirecheck.model import Article, Report, Sentence, Story
from wirecheck.render import render

HOSTILE = '<script>alert("x")</script> & <img src=x onerror=alert(1)>'


def _report():
    text = f"The mayor said {HOSTILE} was fine."
    article = Article(id="a1", origin="evil.html", outlet="Evil | Times", title=HOSTILE, published="2024-01-02",
                      text=text, sentences=[Sentence(id="a1.s1", text=text, start=0, end=len(text))])
    return Report(stories=[Story(id="s1", title=HOSTILE, articles=[article])])


def test_html_escapes_all_article_text_and_loads_nothing_external():
    html = render(_report(), "html")
    assert "<script>alert" not in html and "<img src=x" not in html
    assert "&lt;script&gt;alert" in html
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", html)
    assert html.count("<script>") == 1  # only the report's own inline script


def test_markdown_keeps_tables_intact():
    markdown = render(_report(), "md")
    row = next(line for line in markdown.splitlines() if line.startswith("| 1 |"))
    assert row.count(" | ") == 5 and "Evil \\| Times" in row


def test_json_is_the_contract():
    assert render(_report(), "json").startswith('{\n  "schema": "wirecheck.report/1"')


def test_unknown_format():
    with pytest.raises(UsageError, match="unknown format 'pdf'"):
        render(_report(), "pdf")
