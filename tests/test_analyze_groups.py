"""Stories are compared as soon as their articles are annotated, and failures stay local."""

from types import SimpleNamespace

from wirecheck import pipeline
from wirecheck.model import Article


def _article(name):
    return Article(id=name, origin=f"{name}.txt", outlet=None, title=None, published=None, text=f"{name} text.")


def _fake_stages(monkeypatch, events):
    def annotate(articles, on_error=None, processes=None):
        for article in articles:
            if article.id == "bad":
                on_error(article, ValueError("unparseable"))
                continue
            events.append(f"parsed {article.id}")
            yield SimpleNamespace(article=article)

    def compare_story(members, summary_sentences):
        events.append("compared " + "+".join(m.article.id for m in members))
        if members[0].article.id == "c1":
            raise RuntimeError("broken story")
        return SimpleNamespace(id="+".join(m.article.id for m in members))

    monkeypatch.setattr(pipeline, "annotate", annotate)
    monkeypatch.setattr(pipeline, "compare_story", compare_story)


def _groups():
    return [[_article("a1"), _article("a2")], [_article("bad")], [_article("c1")], [_article("d1"), _article("d2")]]


def test_each_story_is_compared_before_later_articles_are_parsed_and_one_failure_stays_alone(monkeypatch):
    events = []
    _fake_stages(monkeypatch, events)
    groups = _groups()
    stories, rejected = pipeline.analyze_groups(groups)
    # A story is compared once the next article is through annotation (or at the end).
    assert events == ["parsed a1", "parsed a2", "parsed c1", "compared a1+a2", "parsed d1", "compared c1",
                      "parsed d2", "compared d1+d2"]
    assert [story and story.id for story in stories] == ["a1+a2", None, None, "d1+d2"]
    assert [(r.origin, r.reason.split(":")[0]) for r in rejected] == [
        ("bad.txt", "could not be annotated"), ("c1.txt", "its story could not be compared")]


def test_worker_processes_find_the_same_stories_and_failures_in_the_same_order(monkeypatch):
    _fake_stages(monkeypatch, [])
    monkeypatch.setattr(pipeline, "CHUNK_ARTICLES", 1)  # a chunk per story, shared out to two workers
    alone = pipeline.analyze_groups(_groups(), processes=1)
    shared = pipeline.analyze_groups(_groups(), processes=2)
    assert [s and s.id for s in shared[0]] == [s and s.id for s in alone[0]] == ["a1+a2", None, None, "d1+d2"]
    assert shared[1] == alone[1] and len(alone[1]) == 2
