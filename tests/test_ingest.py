import json

from wirecheck.ingest import RawDocument, collect
from wirecheck.model import Rejected


def _collect(*paths):
    return list(collect(paths))


def test_folder_is_walked_recursively_in_name_order(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text("second")
    (tmp_path / "1.txt").write_text("first")
    found = _collect(tmp_path)
    assert [d.content for d in found] == ["first", "second"]
    assert all(isinstance(d, RawDocument) and d.kind == "text" for d in found)


def test_html_files_are_read_as_html(tmp_path):
    (tmp_path / "page.HTM").write_text("<p>hi</p>")
    [document] = _collect(tmp_path / "page.HTM")
    assert document.kind == "html"


def test_unsupported_missing_and_binary_inputs_are_rejected_with_reasons(tmp_path):
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / "image.html").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    results = _collect(tmp_path / "notes.pdf", tmp_path / "image.html", tmp_path / "gone.txt")
    assert all(isinstance(r, Rejected) for r in results)
    reasons = [r.reason for r in results]
    assert "unsupported file type '.pdf'" in reasons[0]
    assert "binary" in reasons[1]
    assert reasons[2] == "no such file or directory"


def test_legacy_encodings_are_decoded(tmp_path):
    (tmp_path / "old.txt").write_bytes("Café crème in Zürich — a report".encode("cp1252"))
    [document] = _collect(tmp_path / "old.txt")
    assert "Café crème in Zürich" in document.content


def test_jsonl_lines_become_documents_and_bad_lines_are_rejected_alone(tmp_path):
    dump = tmp_path / "dump.jsonl"
    dump.write_text(
        '{"id": "x1", "url": "https://www.wsj.com/a", "title": "T", "published": "2024-10-24", "text": "Body."}\n'
        "\n"
        "{not json\n"
        '{"id": "x3", "html": "<p>page</p>"}\n'
        '{"id": "x4", "text": "   "}\n'
        "[1, 2]\n"
    )
    results = _collect(dump)
    documents = [r for r in results if isinstance(r, RawDocument)]
    rejected = [r for r in results if isinstance(r, Rejected)]
    assert [d.hints.id for d in documents] == ["x1", "x3"]
    assert documents[0].hints.url == "https://www.wsj.com/a" and documents[0].origin == f"{dump}#1"
    assert documents[1].kind == "html"
    assert [r.origin for r in rejected] == [f"{dump}#3", f"{dump}#5", f"{dump}#6"]
    assert "invalid JSON" in rejected[0].reason and rejected[0].reason.endswith("column 2")
    assert "no 'text' or 'html'" in rejected[1].reason


def test_a_json_array_of_articles_becomes_documents_and_bad_articles_are_rejected_alone(tmp_path):
    dump = tmp_path / "articles.json"
    dump.write_text(json.dumps([{"id": "x1", "outlet": "Reuters", "text": "Body."}, "not an article",
                                {"id": "x3", "html": "<p>page</p>"}, {"id": "x4", "text": "  "}], indent=1))
    single, broken = tmp_path / "one.json", tmp_path / "broken.json"
    single.write_text('{"id": "s1", "text": "Body."}')
    broken.write_text('[\n {"text": "Body."},\n oops\n]')
    results = _collect(dump) + _collect(single) + _collect(broken)
    documents = [r for r in results if isinstance(r, RawDocument)]
    rejected = {r.origin: r.reason for r in results if isinstance(r, Rejected)}
    assert [(d.origin, d.hints.id, d.kind) for d in documents] == [
        (f"{dump}#1", "x1", "text"), (f"{dump}#3", "x3", "html"), (str(single), "s1", "text")]
    assert documents[0].hints.outlet == "Reuters"
    assert rejected == {f"{dump}#2": "an article must be a JSON object",
                        f"{dump}#4": "no 'text' or 'html' field with content",
                        str(broken): "invalid JSON: Expecting value at line 3, column 2"}


def test_a_huge_page_is_rejected_without_reading_it(tmp_path):
    huge = tmp_path / "huge.html"
    with huge.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # sparse: costs no disk
    [rejected] = _collect(huge)
    assert isinstance(rejected, Rejected) and "larger than 20 MB" in rejected.reason


def test_a_feed_item_without_content_or_link_is_rejected_alone(tmp_path):
    feed = tmp_path / "news.rss"
    feed.write_text('<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>'
                    "<item><title>Only a title</title></item></channel></rss>")
    [rejected] = _collect(feed)
    assert rejected.origin == f"{feed}#item1" and "neither full content nor a link" in rejected.reason


def test_a_jsonl_dump_larger_than_any_page_is_streamed_line_by_line(tmp_path):
    dump = tmp_path / "big.jsonl"
    body = "word " * 2000
    with dump.open("w", encoding="utf-8") as out:
        for number in range(2200):  # about 22 MB, over the 20 MB limit for one page
            out.write(f'{{"id": "a{number}", "text": "{body}"}}\n')
        out.write('{"id": "caf\xe9", "text": "Caf\xe9 news."}\n')
    with dump.open("ab") as out:
        out.write('{"id": "latin", "text": "Se\xf1or news."}\n'.encode("cp1252"))
    documents = _collect(dump)
    assert len(documents) == 2202 and all(isinstance(d, RawDocument) for d in documents)
    assert documents[-2].hints.id == "café" and documents[-1].content == "Señor news."


def test_a_binary_file_named_jsonl_is_rejected_whole(tmp_path):
    dump = tmp_path / "dump.jsonl"
    dump.write_bytes(b"\x00\x01\x02" * 1000 + b"\n" * 5)
    [rejected] = _collect(dump)
    assert rejected.origin == str(dump) and "binary" in rejected.reason
