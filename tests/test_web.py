"""URLs, feeds and web archives, against a small HTTP server this test starts on 127.0.0.1."""

from __future__ import annotations

import gzip
import io
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from click.testing import CliRunner
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from wirecheck.cli import main
from wirecheck.errors import InputRejected
from wirecheck.extract import extract
from wirecheck.ingest import Hints, RawDocument, collect
from wirecheck.ingest.warc import read_warc
from wirecheck.ingest.web import FetchPolicy, fetch
from wirecheck.model import Rejected

ARTICLE = ("<html><head><title>Dam repairs start</title><meta property='og:site_name' content='Harbor Times'>"
           "</head><body><nav>Home | News</nav><article><h1>Dam repairs start</h1>"
           + "<p>Crews began repairing the Harbor dam on Monday after engineers found cracks in its spillway.</p>" * 6
           + "</article></body></html>").encode()
LONG_ITEM = " ".join(["The council voted to fund the new ferry line after a long public hearing."] * 20)
SHORT_BODY = "The ferry line will open in May, the council said after the vote on Monday night."


def _feed(base: str) -> bytes:
    return f"""<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
    <channel><title>Harbor Times</title>
    <item><title>Full item</title><link>{base}/full</link><pubDate>Tue, 05 Mar 2024 10:00:00 GMT</pubDate>
      <description>{LONG_ITEM}</description></item>
    <item><title>Teaser</title><link>{base}/article</link><description>Short teaser.</description></item>
    <item><title>Broken item</title></item>
    <item><title>Brief</title><link>{base}/missing</link><description>Short teaser.</description>
      <content:encoded><![CDATA[<p>{SHORT_BODY}</p>]]></content:encoded></item>
    <item><title>Lost teaser</title><link>{base}/missing</link><description>Short teaser.</description></item>
    <item><title>Aggregated</title><source url="https://www.reuters.com">Reuters</source>
      <description>{LONG_ITEM}</description></item>
    </channel></rss>""".encode()


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):  # keep test output clean
        pass

    def _send(self, body: bytes, content_type: str = "text/html; charset=utf-8", headers: dict | None = None):
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _redirect(self, location: str):
        self.send_response(302)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_GET(self):  # noqa: N802 - the http.server API
        base = f"http://127.0.0.1:{self.server.server_port}"
        routes = {
            "/article": lambda: self._send(ARTICLE),
            "/hop1": lambda: self._redirect("/hop2"),
            "/hop2": lambda: self._redirect("/article"),
            "/loop": lambda: self._redirect("/loop"),
            "/to-private": lambda: self._redirect("http://10.0.0.1/secret"),
            "/feed.xml": lambda: self._send(_feed(base), "application/rss+xml"),
            "/big": lambda: self._send(b"<p>" + b"x" * 300_000 + b"</p>"),
            "/bomb": lambda: self._send(gzip.compress(b"<p>" + b"0" * 20_000_000), headers={"Content-Encoding": "gzip"}),
            "/pdf": lambda: self._send(b"%PDF-1.4", "application/pdf"),
            "/missing": lambda: self.send_error(404),
        }
        if self.path == "/slow":
            time.sleep(2.5)
            return self._send(ARTICLE)
        routes.get(self.path, lambda: self.send_error(404))()


class QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):  # a client that gave up (timeout tests) is expected
        pass


@pytest.fixture(scope="module")
def server():
    httpd = QuietServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_port}"
    httpd.shutdown()


@pytest.fixture
def policy():
    return FetchPolicy(allow_hosts=frozenset({"127.0.0.1"}), max_bytes=200_000, timeout=1.5)


def test_a_page_is_fetched_through_a_redirect_chain(server, policy):
    page = fetch(f"{server}/hop1", policy)
    assert page.url == f"{server}/article" and "Crews began repairing" in page.text


@pytest.mark.parametrize("path, reason", [
    ("/loop", "more than 5 redirects"),
    ("/big", "larger than"),
    ("/bomb", "larger than"),
    ("/pdf", "not an HTML page or feed (content type application/pdf)"),
    ("/missing", "HTTP 404"),
    ("/slow", "timed out"),
    ("/to-private", "non-public address (10.0.0.1)"),
])
def test_refusals_name_the_url_and_the_reason(server, policy, path, reason):
    with pytest.raises(InputRejected, match=r".*") as caught:
        fetch(f"{server}{path}", policy)
    assert caught.value.origin == f"{server}{path}" and reason in caught.value.reason


@pytest.mark.parametrize("url, reason", [
    ("ftp://example.org/file", "only http and https"),
    ("file:///etc/passwd", "only http and https"),
    ("http://localhost/", "non-public address"),
    ("http://169.254.169.254/latest/meta-data", "non-public address"),
    ("http://[::1]/", "non-public address"),
])
def test_the_guard_refuses_local_and_non_web_targets_before_connecting(url, reason):
    with pytest.raises(InputRejected) as caught:
        fetch(url, FetchPolicy(timeout=1))
    assert reason in caught.value.reason


def test_the_test_server_itself_needs_the_explicit_allowance(server):
    with pytest.raises(InputRejected, match="non-public address"):
        fetch(f"{server}/article", FetchPolicy(timeout=1))


def test_a_feed_gives_one_article_per_item_and_rejects_the_broken_one(server, policy):
    results = list(collect([f"{server}/feed.xml"], policy))
    documents = [r for r in results if isinstance(r, RawDocument)]
    rejected = [r for r in results if isinstance(r, Rejected)]
    assert [d.hints.title for d in documents] == ["Full item", "Teaser", "Brief", "Aggregated"]
    assert [d.hints.outlet for d in documents] == ["Harbor Times"] * 3 + ["Reuters"]  # an aggregator names each
    assert documents[0].origin == f"{server}/feed.xml#item1" and documents[0].hints.published == "2024-03-05"
    assert "Crews began repairing" in documents[1].content  # the teaser's link was fetched
    # a short item whose link fails is its own body, if it has one, else rejected for the failed fetch
    assert documents[2].origin == f"{server}/feed.xml#item4" and SHORT_BODY in documents[2].content
    assert [r.origin for r in rejected] == [f"{server}/feed.xml#item3", f"{server}/missing"]
    assert "404" in rejected[1].reason


def _warc(records: list[tuple[str, bytes, str]]) -> bytes:
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    for url, body, content_type in records:
        headers = StatusAndHeaders("200 OK", [("Content-Type", content_type), ("Content-Length", str(len(body)))],
                                   protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                                      http_headers=headers))
    return buffer.getvalue()


def test_warc_html_responses_become_documents_with_their_offsets(tmp_path):
    archive = tmp_path / "crawl.warc.gz"
    archive.write_bytes(_warc([("https://news.example.org/a", ARTICLE, "text/html"),
                               ("https://news.example.org/logo.png", b"\x89PNG", "image/png"),
                               ("https://news.example.org/b", ARTICLE.replace(b"Monday", b"Friday"), "text/html"),
                               ("https://news.example.org/icon.png", b"\x89PNG", "image/png")]))
    documents = list(read_warc(archive))
    assert all(isinstance(d, RawDocument) for d in documents)
    assert [d.hints.url for d in documents] == ["https://news.example.org/a", "https://news.example.org/b"]
    assert documents[0].origin == f"{archive}#0" and documents[1].origin.startswith(f"{archive}#")
    assert all("Crews began repairing" in d.content for d in documents) and documents[0].hints.crawled


@pytest.mark.parametrize("cut", [40, 200, 400])
def test_a_truncated_warc_keeps_what_it_holds_and_reports_the_damage(tmp_path, cut):
    whole = _warc([("https://news.example.org/a", ARTICLE, "text/html"),
                   ("https://news.example.org/b", ARTICLE, "text/html")])
    archive = tmp_path / "cut.warc.gz"
    archive.write_bytes(whole[: len(whole) - cut])
    results = list(read_warc(archive))
    assert isinstance(results[0], RawDocument) and "Crews began repairing" in results[0].content
    assert isinstance(results[-1], Rejected) and "truncated" in results[-1].reason


def test_a_file_that_is_no_warc_is_rejected_in_words_not_its_bytes(tmp_path):
    archive = tmp_path / "noise.warc.gz"
    archive.write_bytes(gzip.compress(bytes(range(256)) * 8))
    [rejected] = list(read_warc(archive))
    assert rejected.origin == str(archive) and "Unknown archive format" in rejected.reason
    assert "\\x" not in rejected.reason and len(rejected.reason) < 250


def test_publication_dates_after_the_crawl_or_today_are_dropped():
    raw = RawDocument(origin="a.warc#0", content=ARTICLE.decode(), kind="html",
                      hints=Hints(published="2024-03-06", crawled="2024-03-05T10:00:00Z"))
    assert extract(raw).published is None
    future = RawDocument(origin="a.html", content=ARTICLE.decode(), kind="html", hints=Hints(published="2999-01-01"))
    assert extract(future).published is None


def test_fetched_pages_carry_their_fetch_time(server, policy):
    [document] = list(collect([f"{server}/article"], policy))
    assert document.hints.crawled and document.hints.url == f"{server}/article"


def test_standard_input_and_the_extract_command(tmp_path):
    result = CliRunner().invoke(main, ["extract", "-"], input=ARTICLE.decode())
    assert result.exit_code == 0, result.output
    assert '"outlet":"Harbor Times"' in result.output and "Crews began repairing" in result.output


def test_extract_lists_rejections_on_stderr(tmp_path):
    (tmp_path / "empty.html").write_text("<html><body></body></html>")
    (tmp_path / "broken.txt").write_bytes(b"\xff\xfe\x00\x00garbage")
    result = CliRunner().invoke(main, ["extract", str(tmp_path)])
    assert result.exit_code == 0
    assert result.stdout == ""
    assert "rejected" in result.stderr and "empty.html" in result.stderr and "broken.txt" in result.stderr
