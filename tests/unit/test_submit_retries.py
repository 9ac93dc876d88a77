"""`copydesk submit`'s HTTP client retries as its docstring says (urllib3's Retry on the adapter).

A real HTTP server on 127.0.0.1 answers from a script of status codes; the client's retry
policy is the one `copydesk submit` uses, with its backoff shortened so the test is quick.
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from copydesk.submit import MAX_RETRY_AFTER_S, Api, SubmitError, retry_policy


class Scripted:
    """Answers each request with the next (status, Retry-After) of its script, then 202."""

    def __init__(self, script: list[tuple[int, str | None]]) -> None:
        self.script = list(script)
        self.seen: list[tuple[str, bytes, str | None]] = []
        scripted = self

        class Handler(BaseHTTPRequestHandler):
            def _answer(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                scripted.seen.append((self.command, body, self.headers.get("Idempotency-Key")))
                status, retry_after = scripted.script.pop(0) if scripted.script else (202, None)
                self.send_response(status)
                if retry_after is not None:
                    self.send_header("Retry-After", retry_after)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", "2")
                self.end_headers()
                self.wfile.write(b"{}")

            do_GET = do_POST = _answer  # noqa: N815 - http.server's names

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()


@pytest.fixture
def scripted() -> Iterator[Callable[[list[tuple[int, str | None]]], Scripted]]:
    servers: list[Scripted] = []

    def make(script: list[tuple[int, str | None]]) -> Scripted:
        servers.append(Scripted(script))
        return servers[-1]

    yield make
    for server in servers:
        server.server.shutdown()
        server.server.server_close()


def quick_api(url: str, tries: int = 3) -> Api:
    api = Api(url, "key", timeout=5, tries=tries)
    api.retry = api.retry.new(backoff_factor=0.01, backoff_jitter=0.01)
    return api


def test_backpressure_and_gateway_errors_are_retried_with_the_same_body(scripted):
    server = scripted([(503, "0"), (429, "0"), (502, None), (504, None)])
    api = quick_api(server.url)
    response = api.request("POST", "/v1/batches", json={"articles": []}, headers={"Idempotency-Key": "k1"})
    assert response.status_code == 202
    assert len(server.seen) == 5
    assert {body for _, body, _ in server.seen} == {b'{"articles": []}'}
    assert {key for _, _, key in server.seen} == {"k1"}  # the repeat is idempotent on the server


def test_a_server_bug_and_client_errors_are_not_retried(scripted):
    for status in (500, 413, 422, 401):
        server = scripted([(status, "0")])
        response = quick_api(server.url).request("POST", "/v1/batches", json={})
        assert response.status_code == status and len(server.seen) == 1


def test_retry_after_is_obeyed_and_capped():
    policy = retry_policy(3)
    assert policy.respect_retry_after_header and policy.retry_after_max == MAX_RETRY_AFTER_S
    assert policy.parse_retry_after("7") == 7
    assert policy.parse_retry_after("100000") == MAX_RETRY_AFTER_S
    assert policy.parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT") == 0  # a date in the past


def test_an_unreachable_service_is_a_submit_error_after_the_tries():
    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with pytest.raises(SubmitError, match="ConnectionError"):
        quick_api(f"http://127.0.0.1:{port}").request("GET", "/v1/batches/x")
