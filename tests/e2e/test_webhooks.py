"""Webhooks: signed delivery to a local receiver, retries, the delivery log, SSRF refusals.

A service of its own (allowlist 127.0.0.1, short retry delays), and a receiver on 127.0.0.1.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import threading
import time
import uuid
from collections import defaultdict
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
import requests

from copydesk.testing import LocalService
from tests.e2e.test_batches import post_batch, short_article, wait_for_batch

pytestmark = pytest.mark.e2e


class Receiver:
    """Records every POST; answers per path from a script of status codes (then 200)."""

    def __init__(self) -> None:
        self.requests: dict[str, list[dict]] = defaultdict(list)
        self.scripts: dict[str, list[int]] = {}
        self.lock = threading.Lock()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):  # noqa: N802 - http.server's name
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                with receiver.lock:
                    script = receiver.scripts.get(self.path, [])
                    status = script.pop(0) if script else 200
                    receiver.requests[self.path].append({"headers": dict(self.headers), "body": body})
                self.send_response(status)
                if status in (301, 302):
                    self.send_header("Location", "http://127.0.0.1:1/elsewhere")
                self.send_header("Content-Length", "2")
                self.end_headers()
                self.wfile.write(b"ok")

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def wait(self, path: str, count: int, timeout: float = 60) -> list[dict]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self.lock:
                if len(self.requests[path]) >= count:
                    return list(self.requests[path])
            time.sleep(0.1)
        raise TimeoutError(f"{path}: {len(self.requests[path])} of {count} webhook(s) received")


@pytest.fixture(scope="module")
def hooked(tmp_path_factory):
    env = {
        "COPYDESK_CALLBACK_ALLOWLIST": "127.0.0.1",
        "COPYDESK_WEBHOOK_BACKOFF_S": "1",
        "COPYDESK_WEBHOOK_MAX_ATTEMPTS": "3",
        "COPYDESK_WEBHOOK_TIMEOUT_S": "2",
        "COPYDESK_WEBHOOK_SECRET": "test-secret-for-local",
        "COPYDESK_RATE_LIMIT": "100000/minute",
    }
    with LocalService(tmp_path_factory.mktemp("webhooks"), env=env) as running:
        yield running


@pytest.fixture(scope="module")
def receiver():
    rx = Receiver()
    yield rx
    rx.server.shutdown()


def submit(service, payload, headers=None):
    response = requests.post(f"{service.url}/v1/articles", json=payload, headers=headers or {}, timeout=30)
    assert response.status_code == 202, response.text
    return response.json()


def wait_deliveries(service, job_id, count, headers=None, timeout=30) -> list[dict]:
    deadline = time.monotonic() + timeout
    while True:
        job = requests.get(f"{service.url}/v1/jobs/{job_id}", headers=headers, timeout=10).json()
        if len(job.get("deliveries") or []) >= count:
            return job["deliveries"]
        if time.monotonic() > deadline:
            raise TimeoutError(f"job {job_id}: deliveries {job.get('deliveries')}")
        time.sleep(0.1)


def verify(secret: str, request: dict) -> bool:
    expected = "sha256=" + hmac.new(secret.encode(), request["body"], hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, request["headers"]["X-Copydesk-Signature"])


def test_signed_webhook_is_delivered(hooked, receiver):
    job = submit(hooked, short_article(1, callback_url=receiver.url("/ok")))
    done = hooked.wait_for_job(job["job_id"])
    (request,) = receiver.wait("/ok", 1)
    assert verify("test-secret-for-local", request)
    assert not verify("another-secret", request)
    sent = json.loads(request["body"])
    assert sent["job_id"] == job["job_id"] and sent["status"] == "succeeded"
    assert sent == {k: v for k, v in done.items() if k != "deliveries"}
    headers = request["headers"]
    assert headers["Content-Type"].startswith("application/json")
    assert abs(int(headers["X-Copydesk-Timestamp"]) - time.time()) < 120
    assert headers["X-Copydesk-Event"] == "job.succeeded"
    (delivery,) = wait_deliveries(hooked, job["job_id"], 1)
    assert delivery["status_code"] == 200 and delivery["delivered"] and delivery["error"] is None
    assert delivery["attempt"] == 1 and delivery["duration_ms"] >= 0 and delivery["at"].endswith("Z")


def test_webhook_carries_the_request_id_of_the_submission(hooked, receiver):
    rid = f"hook-{uuid.uuid4().hex[:10]}"
    job = submit(hooked, short_article(7, callback_url=receiver.url("/rid")), headers={"X-Request-ID": rid})
    hooked.wait_for_job(job["job_id"])
    (request,) = receiver.wait("/rid", 1)
    assert request["headers"]["X-Request-ID"] == rid


def test_a_failed_delivery_is_retried(hooked, receiver):
    receiver.scripts["/flaky"] = [500]
    job = submit(hooked, short_article(2, callback_url=receiver.url("/flaky")))
    first, second = receiver.wait("/flaky", 2)
    assert first["body"] == second["body"]
    assert verify("test-secret-for-local", second)
    log = wait_deliveries(hooked, job["job_id"], 2)
    assert [(d["attempt"], d["status_code"], d["delivered"]) for d in log] == [
        (1, 500, False),
        (2, 200, True),
    ]


def test_delivery_gives_up_after_max_attempts_and_on_client_errors(hooked, receiver):
    receiver.scripts["/down"] = [503, 503, 503, 503]
    receiver.scripts["/gone"] = [410]
    receiver.scripts["/moved"] = [302]
    jobs = {
        path: submit(hooked, short_article(3, callback_url=receiver.url(path)))["job_id"]
        for path in ("/down", "/gone", "/moved")
    }
    log = wait_deliveries(hooked, jobs["/down"], 3)
    assert [d["status_code"] for d in log] == [503, 503, 503]  # COPYDESK_WEBHOOK_MAX_ATTEMPTS=3
    assert [d["status_code"] for d in wait_deliveries(hooked, jobs["/gone"], 1)] == [410]
    moved = wait_deliveries(hooked, jobs["/moved"], 1)
    assert moved[0]["status_code"] == 302 and "redirect" in moved[0]["error"]
    time.sleep(1.0)  # no further attempts arrive
    assert len(receiver.requests["/down"]) == 3 and len(receiver.requests["/gone"]) == 1
    assert len(receiver.requests["/moved"]) == 1 and not receiver.requests["/elsewhere"]


def test_batch_callback_signed_with_the_clients_secret(hooked, receiver):
    from core.keys import create_key

    created = create_key(hooked.store(), f"paper-{uuid.uuid4().hex[:6]}")
    headers = {"Authorization": f"Bearer {created.key}"}
    articles = [short_article(4), short_article(5, callback_url=receiver.url("/own"))]
    response = post_batch(hooked, {"articles": articles, "callback_url": receiver.url("/batch")}, headers)
    assert response.status_code == 202, response.text
    wait_for_batch(hooked, response.json()["batch_id"], headers=headers)
    (batch_hook,) = receiver.wait("/batch", 1)
    (own_hook,) = receiver.wait("/own", 1)
    for request in (batch_hook, own_hook):
        assert verify(created.webhook_secret, request)
        assert not verify("test-secret-for-local", request)
    assert json.loads(batch_hook["body"])["batch_id"] == response.json()["batch_id"]


@pytest.mark.parametrize(
    "url",
    [
        "http://localhost:{port}/x",  # loopback by name: only 127.0.0.1 is on the allowlist
        "http://127.0.0.2:{port}/x",
        "http://10.0.0.1/x",
        "http://169.254.169.254/latest/meta-data",
        "http://[::1]:{port}/x",
        "http://[::ffff:127.0.0.1]:{port}/x",
        "https://hooks.example.com/x",  # not on the allowlist
        "gopher://127.0.0.1/x",
    ],
)
def test_refused_callback_hosts_are_422(hooked, receiver, url):
    url = url.format(port=receiver.port)
    for payload in (short_article(6, callback_url=url),):
        response = requests.post(f"{hooked.url}/v1/articles", json=payload, timeout=10)
        assert response.status_code == 422, response.text
        assert "callback_url" in response.json()["errors"]
    batch = post_batch(hooked, {"articles": [short_article(7)], "callback_url": url})
    assert batch.status_code == 422 and "callback_url" in batch.json()["errors"]


def test_loopback_is_refused_without_an_allowlist(service, receiver):
    """The shared service has no allowlist: any public host, but never loopback or private."""
    for url in (receiver.url("/x"), "http://192.168.0.1/x", "http://[fe80::1]/x"):
        response = requests.post(
            f"{service.url}/v1/articles", json=short_article(8, callback_url=url), timeout=10
        )
        assert response.status_code == 422, response.text
        assert "non-public" in response.json()["errors"]["callback_url"][0]
