"""The optional judge, against a small OpenAI-compatible server this test starts on 127.0.0.1."""

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from wirecheck.judge import Judge
from wirecheck.model import Conflict, ConflictSide, Mention


class ChatServer(BaseHTTPRequestHandler):
    """Says the statements conflict only when one of them mentions a number of homes."""

    requests: list[dict] = []

    def log_message(self, *args):
        pass

    def do_POST(self):  # noqa: N802 - the http.server API
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        ChatServer.requests.append({"path": self.path, "auth": self.headers.get("Authorization"), "body": body})
        if body["model"] == "broken":
            self.send_response(500)
            self.end_headers()
            return
        answer = "Yes." if "homes" in body["messages"][0]["content"] else "No"
        payload = json.dumps({"choices": [{"message": {"role": "assistant", "content": answer}}]}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)


@pytest.fixture(scope="module")
def endpoint():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), ChatServer)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_port}/v1"
    httpd.shutdown()


def _conflict(first: str, second: str) -> Conflict:
    return Conflict(id="c1", kind="numeric", summary="differ", sides=[
        ConflictSide(text=first, mentions=[Mention(article="a", sentence="a.s1")]),
        ConflictSide(text=second, mentions=[Mention(article="b", sentence="b.s1")]),
    ])


def test_the_judge_keeps_real_conflicts_and_drops_spurious_ones(endpoint):
    real = _conflict("The fire destroyed 120 homes.", "The fire destroyed 95 homes.")
    spurious = _conflict("The plant opened in 2019 and expanded in 2021.", "The plant expanded in 2021.")
    ChatServer.requests.clear()
    kept = Judge(endpoint, "judge-1", api_key="secret").refine([real, spurious])
    assert kept == [real]
    request = ChatServer.requests[0]
    assert request["path"] == "/v1/chat/completions" and request["auth"] == "Bearer secret"
    assert request["body"]["model"] == "judge-1" and "120 homes" in request["body"]["messages"][0]["content"]


def test_an_unreachable_or_failing_judge_keeps_every_conflict(endpoint):
    conflicts = [_conflict("The plant opened in 2019.", "The plant opened in 2021.")]
    assert Judge(endpoint, "broken").refine(conflicts) == conflicts
    assert Judge("http://127.0.0.1:9/v1", "judge-1").refine(conflicts) == conflicts


def test_the_judge_is_off_unless_configured(monkeypatch):
    monkeypatch.delenv("WIRECHECK_JUDGE_URL", raising=False)
    monkeypatch.setenv("WIRECHECK_JUDGE_MODEL", "judge-1")
    assert Judge.from_env() is None
    monkeypatch.setenv("WIRECHECK_JUDGE_URL", "http://127.0.0.1:8000/v1/")
    assert Judge.from_env() == Judge("http://127.0.0.1:8000/v1", "judge-1", None)
