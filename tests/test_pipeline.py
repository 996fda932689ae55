"""One broken input never takes the others down."""

import json

import pytest

import wirecheck
from wirecheck.annotate import pipeline as annotate_pipeline
from wirecheck.extract import article as extract_article

pytestmark = pytest.mark.slow

STORY = ("The city council approved a new budget for the harbour district on Tuesday after a long debate. "
         "Council members said the plan would pay for new ferries and repairs to the old sea wall.")


def _write(folder, names):
    for name in names:
        (folder / name).write_text(STORY)


def test_an_article_that_fails_annotation_is_rejected_alone(tmp_path, monkeypatch):
    _write(tmp_path, ["good.txt", "odd.txt"])

    def explode(annotated):
        if annotated.article.origin.endswith("odd.txt"):
            raise ValueError("unexpected token stream")

    monkeypatch.setattr(annotate_pipeline, "COMPONENTS", annotate_pipeline.COMPONENTS + (explode,))
    report = wirecheck.analyze([tmp_path])
    assert [a.origin.rsplit("/", 1)[-1] for s in report.stories for a in s.articles] == ["good.txt"]
    [rejected] = report.rejected
    assert rejected.origin.endswith("odd.txt")
    assert rejected.reason == "could not be annotated: ValueError: unexpected token stream"


def test_a_page_that_breaks_the_extractor_is_rejected_alone(tmp_path, monkeypatch):
    _write(tmp_path, ["good.txt"])
    (tmp_path / "hostile.html").write_text("<html><body><p>whatever</p></body></html>")

    def broken(html, origin, url=None):
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(extract_article, "extract_page", broken)
    report = wirecheck.analyze([tmp_path])
    assert len(report.stories) == 1
    [rejected] = report.rejected
    assert rejected.origin.endswith("hostile.html") and "RecursionError" in rejected.reason


def test_a_thousand_quotes_and_no_sentences_do_not_crash(tmp_path):
    (tmp_path / "quotes.txt").write_text('"' * 1000 + " word" * 40 + ". He said “hello there my friend” loudly.")
    (tmp_path / "good.txt").write_text(STORY)
    report = wirecheck.analyze([tmp_path])
    assert sum(len(s.articles) for s in report.stories) == 2


def test_two_texts_under_one_id_are_both_kept_and_one_text_given_twice_once(tmp_path):
    other = STORY.replace("harbour district", "airport district")
    records = [{"id": "wire", "text": STORY}, {"id": "wire", "text": other}, {"id": "wire", "text": STORY}]
    (tmp_path / "dump.jsonl").write_text("\n".join(json.dumps(r) for r in records))
    report = wirecheck.analyze([tmp_path / "dump.jsonl"])
    kept = {a.id: a.text for s in report.stories for a in s.articles}
    assert kept == {"wire": STORY, "wire-2": other}
    [rejected] = report.rejected
    assert rejected.origin.endswith("#3") and rejected.reason == "given before under the same id 'wire'"
