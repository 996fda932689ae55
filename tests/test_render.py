import re

import pytest

from wirecheck.errors import UsageError
from wirecheck.model import Article, Quote, Report, Sentence, Story
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


def test_a_quote_a_near_copy_repeats_is_listed_once_with_the_copy_named():
    text = '"We will rebuild," the mayor said.'
    articles = [Article(id=article_id, origin=f"{article_id}.txt", outlet=outlet, title=None, published="2024-01-02",
                        text=text, sentences=[Sentence(id=f"{article_id}.s1", text=text, start=0, end=len(text))],
                        duplicate_of=original)
                for article_id, outlet, original in (("ap", "AP", None), ("copy", "Harbor Times", "ap"))]
    quotes = [Quote(id=f"{a.id}.q1", article=a.id, sentence=f"{a.id}.s1", text="We will rebuild,", start=1, end=17,
                    kind="direct", speaker="Jane Roe", speaker_text="the mayor", cue="said") for a in articles]
    story = Story(id="s1", title="Rebuilding", articles=articles, quotes=quotes)
    for form in ("md", "html"):
        rendered = render(Report(stories=[story]), form)
        assert rendered.count("We will rebuild,”") == 1 and "AP and its copies in Harbor Times" in rendered


def test_a_denial_pointing_back_at_its_sentences_claim_is_shown_with_that_claim():
    text = "Ukraine accused Russia of shelling the Zaporizhzhia nuclear power plant overnight, which Moscow denies."
    article = Article(id="a1", origin="a1.txt", outlet="Herald", title=None, published="2024-01-02", text=text,
                      sentences=[Sentence(id="a1.s1", text=text, start=0, end=len(text))])
    start = text.index("which")
    denial = Quote(id="a1.q1", article="a1", sentence="a1.s1", text="which", start=start, end=start + 5,
                   kind="indirect", speaker="Moscow", speaker_text="Moscow", cue="denies")
    story = Story(id="s1", title="Shelling", articles=[article], quotes=[denial])
    for form in ("md", "html"):
        assert ("which [“Ukraine accused Russia of shelling the Zaporizhzhia nuclear power plant overnight”]"
                in render(Report(stories=[story]), form))


def test_counts_of_one_are_singular_and_others_plural():
    for form in ("md", "html"):
        rendered = render(_report(), form)
        assert "1 story from 1 article" in rendered and "0 facts" in rendered and "0 conflicts" in rendered
    assert "| 1 sentence |" in render(_report(), "md")
