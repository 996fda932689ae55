import json

import pytest

from wirecheck.datelines import dateline_end
from wirecheck.errors import InputRejected
from wirecheck.extract import extract
from wirecheck.extract.boilerplate import clean_text, is_chrome, is_prose
from wirecheck.extract.header import split_date_header
from wirecheck.extract.outlet import normalize_outlet, outlet_from_text, outlet_from_url
from wirecheck.ingest import Hints, RawDocument

PAGE_TEXT = """Subscribe to our newsletter for the latest updates
City council approves new budget after long debate

Home News Politics Local

The city council approved a $4.2 million budget on Tuesday after a debate that lasted more than six hours.
Council members voted 7 to 2 in favour of the plan, which raises spending on parks and road repairs.

Photo: the council chamber

Mayor Ana Ruiz said the vote showed the council could work together on difficult choices.
Share on Facebook
Read more: Schools brace for cuts
Leave a comment
"""


def test_chrome_lines_are_removed_and_kept_in_removed():
    cleaned = clean_text(PAGE_TEXT)
    assert cleaned.title == "City council approves new budget after long debate"
    assert [p[:20] for p in cleaned.paragraphs] == ["The city council app", "Council members vote", "Mayor Ana Ruiz said "]
    for chrome in ("Subscribe to our newsletter", "Home News Politics Local", "Share on Facebook",
                   "Read more: Schools brace for cuts", "Leave a comment", "Photo: the council chamber"):
        assert any(chrome in line for line in cleaned.removed), chrome


def test_a_line_giving_when_the_page_was_updated_is_chrome_but_prose_opening_so_is_not():
    for stamp in ("Updated December 2, 2026, 7:15 a.m.", "Last updated: 2 Dec 2026", "Posted on 12/02/2026",
                  "Published 12:30 GMT"):
        assert is_chrome(stamp), stamp
    for prose in ("Updated figures released Tuesday show the economy grew.", "Published in 1998, the novel sold well."):
        assert not is_chrome(prose), prose


def test_long_paragraphs_mentioning_sharing_stay():
    line = ("Shareholders were told to sign up for the new voting system before the meeting, the company said "
            "in a statement that also described the merger terms in detail.")
    assert is_prose(line)


def test_a_short_line_introducing_the_quotation_below_it_stays():
    text = ('Trump responded by using the example of Chicago.\n\nHe said:\n\n"We have a situation where our inner '
            'cities are living in hell."\n\nRelated:\n\nRead more about the debate')
    cleaned = clean_text(text, want_title=False)
    assert "He said:" in cleaned.paragraphs and cleaned.removed == ["Related:", "Read more about the debate"]


def test_a_short_sentence_among_prose_stays_but_not_a_question_timestamp_or_credit():
    lead = "Nordline plans to cut 2,000 jobs at its Hamburg terminal, the Financial Times reported on Thursday."
    more = "The union said it would call a strike if the company went ahead with the cuts this spring."
    text = "\n\n".join([lead, "The company declined to comment.", more, "What happens next?",
                        "Mar. 8, 2014 12:41 a.m.", more, "The spokesman called it speculation.",
                        "Reporting by Jane Doe."])
    cleaned = clean_text(text, want_title=False)
    assert cleaned.paragraphs == [lead, "The company declined to comment.", more, more,
                                  "The spokesman called it speculation."]
    assert cleaned.removed == ["What happens next?", "Mar. 8, 2014 12:41 a.m.", "Reporting by Jane Doe."]


def test_hard_wrapped_paragraphs_are_joined():
    text = ("The storm moved across the coast on Monday night and knocked out\n"
            "power to about 40,000 homes, the utility said in a statement on\n"
            "Tuesday morning.")
    cleaned = clean_text(text)
    assert cleaned.paragraphs == [" ".join(text.split("\n"))]


@pytest.mark.parametrize("text, date, rest", [
    (" date 2024-10-25 WASHINGTON — Body", "2024-10-25", "WASHINGTON — Body"),
    ("date: Oct. 24, 2024\nBody", "2024-10-24", "\nBody"),
    ("Date: 2024-10\nBody", "2024-10", "\nBody"),
    ("Dates are hard\nBody", None, "Dates are hard\nBody"),
    ("Minister under pressure\ndate: 2026-03-12\n\nBody", "2026-03-12", "Minister under pressure\n\nBody"),
    ("Loans row\nBy Hannah Cole\nPublished: 12 March 2026\n\nBody", "2026-03-12", "Loans row\nBy Hannah Cole\n\nBody"),
    ("Date night at the cinema was cancelled on March 3, 2024.\nBody", None,
     "Date night at the cinema was cancelled on March 3, 2024.\nBody"),
    ("The council met for six hours on Monday night and voted to fund the new ferry line after a long and heated "
     "hearing.\nPublished: 12 March 2026", None,
     "The council met for six hours on Monday night and voted to fund the new ferry line after a long and heated "
     "hearing.\nPublished: 12 March 2026"),
])
def test_date_header(text, date, rest):
    assert split_date_header(text) == (date, rest)


def test_outlet_from_url_and_text_signals():
    assert outlet_from_url("https://www.wsj.com/articles/x") == "The Wall Street Journal"
    assert outlet_from_url("https://news.example.org/a") == "news.example.org"
    assert outlet_from_text("LONDON (Reuters) - Prices rose.") == "Reuters"
    assert outlet_from_text("The Guardian has contacted the ministry for comment.") == "The Guardian"
    assert outlet_from_text("Copyright 2024 The Associated Press. All rights reserved.") == "The Associated Press"
    assert outlet_from_text("The mayor resigned on Friday, the Riverton Gazette has learned.") == "The Riverton Gazette"
    assert outlet_from_text("Officials told The Wall Street Journal about the plan.") is None


def test_extract_plain_text_article():
    raw = RawDocument(origin="a.txt", content="date: 2024-10-25\n" + PAGE_TEXT, kind="text")
    article = extract(raw)
    assert article.published == "2024-10-25" and article.published_basis == "header line"
    assert article.title.startswith("City council approves")
    assert "Share on Facebook" not in article.text and "Share on Facebook" in article.removed
    assert article.text.count("\n\n") == 2


def test_extract_html_uses_page_metadata():
    html = """<html><head><title>Dam repairs start | Harbor Times</title>
    <meta property="og:site_name" content="Harbor Times">
    <meta property="article:published_time" content="2023-05-02T08:00:00Z"></head>
    <body><nav>Home | News | Sport</nav><article><h1>Dam repairs start</h1>
    <p>Crews began repairing the Harbor dam on Monday after engineers found cracks in its spillway last winter.</p>
    <p>The work will take about two years and cost $30 million, the water authority said on Monday.</p>
    </article><footer>© Harbor Times</footer></body></html>"""
    article = extract(RawDocument(origin="p.html", content=html, kind="html"))
    assert article.outlet == "Harbor Times"
    assert article.published == "2023-05-02"
    assert "Crews began repairing" in article.text and "Home | News" not in article.text


def test_a_page_its_scripts_fill_in_keeps_the_paragraphs_of_its_json_ld_body():
    paragraphs = [
        "A powerful storm swept across the coast overnight, knocking out power to more than 200,000 homes, the "
        "utility said.", "Winds gusted to 80 miles per hour in some areas, the National Weather Service said.",
        '"We have every crew we have out there," said utility spokeswoman Ana Ortiz.',
        "Schools in three counties will stay closed on Monday while crews clear fallen trees from roads."]
    metadata = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Storm knocks out power",
                "articleBody": "\n\n".join(paragraphs)}
    html = (f'<html><head><title>Storm knocks out power</title><script type="application/ld+json">'
            f'{json.dumps(metadata)}</script></head><body><div id="root"></div><script src="/app.js"></script>'
            '<noscript>Please enable JavaScript to read this article.</noscript></body></html>')
    article = extract(RawDocument(origin="p.html", content=html, kind="html"))
    assert article.text.split("\n\n") == paragraphs


def test_hints_win_and_given_id_is_kept():
    raw = RawDocument(origin="d.jsonl#1", kind="text", content="A long enough article body about the vote " * 3,
                      hints=Hints(id="given-1", outlet="Example Daily", published="2024-01-02", title="Vote"))
    article = extract(raw)
    assert (article.id, article.outlet, article.published, article.title) == ("given-1", "Example Daily",
                                                                             "2024-01-02", "Vote")


def test_empty_articles_are_rejected():
    with pytest.raises(InputRejected, match="empty article"):
        extract(RawDocument(origin="e.txt", content="Share\nLogin\n\n", kind="text"))
    with pytest.raises(InputRejected, match="article"):
        extract(RawDocument(origin="e.html", content="<html><body><nav>Home</nav></body></html>", kind="html"))


def test_a_signed_quotation_is_prose_but_a_caption_is_not():
    assert is_prose("“He can’t even answer a question without scaring people.” ― Carla Sanchez")
    assert not is_prose("Starlink terminal placed on land near the front")


def test_site_names_become_outlet_names():
    assert normalize_outlet("NYTimes") == "The New York Times"
    assert normalize_outlet("Wall Street Journal") == "The Wall Street Journal"
    assert normalize_outlet("Autoracing | F1 | Indy | MotoGP") == "Autoracing"
    assert normalize_outlet("Harbor Times - Local news") == "Harbor Times"
    assert normalize_outlet("  ") is None


@pytest.mark.parametrize("line", ["Like this story? Share it with a friend!", "Updated at 1:23 p.m.",
                                  "Also on rt.com Journalists threatened with arrest",
                                  "This report by The Canadian Press was first published Sept. 17, 2025.",
                                  "This article was originally published on The Conversation.",
                                  "This story has been updated with comment from the company.",
                                  "The post Council approves bike lanes appeared first on Riverton Daily.",
                                  "The post Storage units hit by break-ins appeared first on RivertonDaily.com.",
                                  "More: Northwind to delay electric pickups to 2028",
                                  "Contact Eric Lawson: elawson@freepress.com. Follow him on X @ericlawson."])
def test_promotion_timestamp_and_publishing_note_lines_are_chrome(line):
    assert not is_prose(line)


def test_a_report_first_published_elsewhere_is_prose():
    assert is_prose("The report was first published by The Wall Street Journal on Thursday.")
    assert is_prose("More than 2.4 million ballots had been cast by Tuesday evening, officials said.")
    assert is_prose("The post office on Main Street appeared first on a list of closures the postal service released.")


def test_a_headline_repeated_as_the_first_paragraph_is_removed():
    html = """<html><head><title>Dam repairs start</title></head><body><article><p>Dam repairs start</p>
    <p>Crews began repairing the Harbor dam on Monday after engineers found cracks in its spillway last winter.</p>
    <p>The work will take about two years and cost $30 million, the water authority said on Monday.</p>
    </article></body></html>"""
    article = extract(RawDocument(origin="p.html", content=html, kind="html"))
    assert article.text.startswith("Crews began") and article.removed[0] == "Dam repairs start"


@pytest.mark.parametrize("text, dateline", [
    ("WASHINGTON — President Obama nominated", "WASHINGTON — "),
    ("LOS ANGELES (AP) — Hillary Clinton said", "LOS ANGELES (AP) — "),
    ("Washington (AFP) - Democrat Hillary Clinton", "Washington (AFP) - "),
    ("PHILADELPHIA, July 29 (UPI) -- Fans of", "PHILADELPHIA, July 29 (UPI) -- "),
    ("BUENA PARK, Calif. — Hillary Clinton", "BUENA PARK, Calif. — "),
    ("June 12 (Reuters) - MedLine Pharmacies Inc must", "June 12 (Reuters) - "),
    ("Paris (CNN)Authorities in France", "Paris (CNN)"),
    ("Trump — who said it first — won", ""),
    ("The senator - a Democrat - voted", ""),
    ("NATO said on Monday", ""),
    ("COVID-19 cases rose sharply", ""),
    ("HIV-positive patients", ""),
])
def test_a_dateline_is_the_place_and_wire_before_the_dash(text, dateline):
    assert text[:dateline_end(text)] == dateline


def test_a_title_ending_in_its_outlets_name_is_the_title_without_it():
    body = "<p>Crews began repairing the Harbor dam on Monday after engineers found cracks in its spillway.</p>" * 3
    for given, expected in (("Dam repairs start - Harbor Times", "Dam repairs start"),
                            ("Dam repairs start | Harbor Times", "Dam repairs start"),
                            ("Harbor Times - Dam repairs start", "Harbor Times - Dam repairs start")):
        raw = RawDocument(origin="p.html", content=f"<html><body><article>{body}</article></body></html>", kind="html",
                          hints=Hints(title=given, outlet="Harbor Times"))
        assert extract(raw).title == expected
