"""The whole pipeline on the bundled example and on two unrelated stories given together."""

import shutil
from collections import Counter

import pytest

import wirecheck
from conftest import BRIDGE, EXAMPLE, sentence_ids

pytestmark = pytest.mark.slow


def _by_file(story):
    return {a.origin.rsplit("/", 1)[-1][:3]: a for a in story.articles}


def test_one_story_of_five_dated_articles(example_report, example_story):
    assert len(example_report.stories) == 1 and example_report.rejected == []
    articles = _by_file(example_story)
    assert sorted(articles) == ["000", "001", "002", "003", "004"]
    assert all(a.published == "2024-10-25" for a in articles.values())
    assert {articles["003"].published_basis, articles["004"].published_basis} == {"header line"}
    assert articles["000"].published_basis == "story"
    assert articles["000"].outlet == "The Independent"
    assert articles["003"].outlet == "The Associated Press"


def test_site_chrome_is_removed_but_kept(example_story):
    page = _by_file(example_story)["001"]
    for chrome in ("Join the conversation!", "Next Article", "31 Comments - Add comment",
                   "Login or Sign Up to read and post a comment."):
        assert chrome in page.removed and chrome not in page.text
    assert page.title.startswith("Government dilemma")
    assert "Elon Musk commented on the report" in page.text


def _speaker_of(story, words):
    return {q.speaker for q in story.quotes if words in q.text}


def test_quotes_have_the_right_speakers(example_story):
    assert _speaker_of(example_story, "I do have a top-secret clearance") == {"Elon Musk"}
    assert _speaker_of(example_story, "Our support for Russia is $0") == {"Elon Musk"}
    assert _speaker_of(example_story, "After that, Musk had no contacts with Putin") == {"Dmitry Peskov"}
    assert _speaker_of(example_story, "only one candidate in the race") == {"Karoline Leavitt"}
    assert _speaker_of(example_story, "Aside from the national security implications") == {"Ben Friedman"}
    assert _speaker_of(example_story, "I knew Putin very well") == {"Donald Trump"}


def test_the_journal_is_the_origin_most_facts_trace_back_to(example_story):
    names = {s.id: s for s in example_story.sources}
    shared = [f for f in example_story.facts if f.outlets >= 2]
    counts = Counter(o for f in shared for o in f.origins if not names[o].own_reporting)
    top, _ = counts.most_common(1)[0]
    assert names[top].name == "The Wall Street Journal" and names[top].kind == "publication"
    assert "the Journal" in names[top].aliases


def test_the_kremlin_denial_is_a_conflict_with_the_journal_report(example_story):
    names = {s.id: s.name for s in example_story.sources}
    denials = [c for c in example_story.conflicts if c.kind == "denial"]
    peskov = [c for c in denials if "Dmitry Peskov" in {names[o] for o in c.sides[1].origins}]
    assert peskov
    assert any("The Wall Street Journal" in {names[o] for o in c.sides[0].origins} for c in peskov)
    # each of Peskov's denials is set against the Journal's report itself, the story's most reported fact
    most_reported = max(example_story.facts, key=lambda f: f.outlets)
    assert all(c.sides[0].facts == [most_reported.id] for c in peskov)


def test_timeline_is_dated_and_ordered(example_story):
    dates = [e.date for e in example_story.timeline]
    assert dates == sorted(dates) and len(dates) >= 10
    resolved = {(e.date_expression, e.date) for e in example_story.timeline}
    assert ("Thursday", "2024-10-24") in resolved
    assert ("late last year", "2023") in resolved
    assert any(date == "2022" and "2022" in expression for expression, date in resolved)


def test_summary_sentences_cite_sentences_of_the_story(example_story):
    ids = sentence_ids(example_story)
    assert 3 <= len(example_story.summary) <= 8
    for sentence in example_story.summary:
        assert sentence.citations and set(sentence.citations) <= ids
    assert any("Wall Street Journal" in s.text or "the Journal" in s.text for s in example_story.summary)


def test_two_unrelated_sets_in_one_folder_are_two_stories(tmp_path):
    shutil.copytree(EXAMPLE, tmp_path / "musk")
    shutil.copytree(BRIDGE, tmp_path / "bridge")
    report = wirecheck.analyze([tmp_path])
    groups = sorted(sorted(a.origin.split("/")[-2] for a in story.articles) for story in report.stories)
    assert groups == [["bridge"] * 3, ["musk"] * 5]
    assert [r.origin.endswith("#2") for r in report.rejected] == [True]


@pytest.mark.parametrize("fixture", ["example_report", "bridge_report"])
def test_every_reference_in_the_report_resolves(fixture, request):
    report = request.getfixturevalue(fixture)
    for story in report.stories:
        articles = {a.id: a for a in story.articles}
        sentences = {s.id: (a.id, s) for a in story.articles for s in a.sentences}
        sources = {s.id for s in story.sources}
        entities = {e.id for e in story.entities}
        facts = {f.id for f in story.facts}
        mentions = [m for e in story.entities for m in e.mentions] + \
                   [m for s in story.sources for m in s.cited_in] + \
                   [m for f in story.facts for m in f.mentions] + \
                   [m for c in story.conflicts for side in c.sides for m in side.mentions] + \
                   [m for e in story.timeline for m in e.mentions]
        for mention in mentions:
            assert sentences[mention.sentence][0] == mention.article
        for fact in story.facts:
            assert set(fact.origins) <= sources and set(fact.omitted_by) <= set(articles)
        for conflict in story.conflicts:
            for side in conflict.sides:
                assert set(side.origins) <= sources and set(side.facts) <= facts
        for quote in story.quotes:
            article, sentence = articles[quote.article], sentences[quote.sentence][1]
            assert article.text[quote.start:quote.end] == quote.text
            assert quote.speaker_entity is None or quote.speaker_entity in entities
            assert sentence.start <= quote.start <= sentence.end
        for sentence in story.summary:
            assert set(sentence.citations) <= set(sentences)
        for article in story.articles:
            assert article.duplicate_of is None or article.duplicate_of in articles


def test_a_company_denial_is_set_against_the_newspaper_report_it_denies(bridge_report):
    [story] = bridge_report.stories
    names = {s.id: s.name for s in story.sources}
    [denial] = [c for c in story.conflicts if c.kind == "denial"]
    claim, rebuttal = denial.sides
    text = {s.id: s.text for a in story.articles for s in a.sentences}
    assert any("ignored a warning" in text[m.sentence] for m in claim.mentions)
    assert "The Riverton Gazette" in [names[o] for o in claim.origins]
    assert [names[o] for o in rebuttal.origins] == ["Marquette Towing"]
