"""Regression tests of the defects a hostile client found (issue 11), on the real app and Redis.

Each test failed on the code before its fix. In-process (Flask test client) against an
embedded Redis, except where threads race on the store itself.
"""

from __future__ import annotations

import base64
import json
import threading
import time
from collections.abc import Callable
from typing import Any

import pytest

from core import keys
from core.settings import Settings
from core.store import PENDING_KEY, Store
from tests.security.app import ARTICLE, bearer, make_client

PROBLEM = "application/problem+json"


@pytest.fixture()
def api(store, redis_server):
    """(client, headers of a valid key) on a fresh store."""
    return make_client(store, redis_server), bearer(keys.create_key(store, "alpha").key)


def post_json(client, path: str, text: str, headers: dict[str, str]):
    """POST raw JSON text (so it can carry what json.dumps would not write, e.g. lone surrogates)."""
    return client.post(path, data=text.encode(), content_type="application/json", headers=headers)


def assert_problem(response, status: int) -> dict[str, Any]:
    assert response.status_code == status, response.data[:500]
    assert response.mimetype == PROBLEM
    return response.get_json()


# --- 1. the JSON depth check is linear in the size of the body --------------------------------

ADVERSARIAL: dict[str, Callable[[int], bytes]] = {
    # the reported ReDoS: an unterminated string full of \" then brackets
    "unterminated escapes": lambda n: b'{"title":"T","body":"' + b'\\"' * n + b"[" * 40,
    "terminated escapes": lambda n: b'{"title":"T","body":"' + b'\\"' * n + b'"}',
    "backslash pairs": lambda n: b'{"title":"T","body":"' + b"\\\\" * n + b'"}',
    "many short strings": lambda n: b'{"title":"T","body":"b","x":[' + b'"",' * (n // 2) + b'""]}',
    "quotes in brackets": lambda n: b'{"title":"T","body":"b","x":' + b'["\\"",' * (n // 3) + b"1",
    "open brackets": lambda n: b"[" * (2 * n),
    "open objects": lambda n: b'{"a":' * (n // 2),
}


def _handling_time(client, headers, data: bytes) -> float:
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        response = client.post("/v1/articles", data=data, content_type="application/json", headers=headers)
        best = min(best, time.perf_counter() - start)
        assert response.status_code < 500, response.data[:300]
    return best


@pytest.mark.parametrize("kind", list(ADVERSARIAL))
def test_request_handling_time_is_linear_in_body_size(api, kind):
    client, headers = api
    small, large = 4_000, 32_000  # x8 the size: linear is about x8, quadratic about x64
    t_small = _handling_time(client, headers, ADVERSARIAL[kind](small))
    t_large = _handling_time(client, headers, ADVERSARIAL[kind](large))
    assert t_large < 24 * max(t_small, 1e-4), (kind, t_small, t_large)


def test_the_reported_redos_body_is_refused_quickly_and_health_stays_up(api):
    client, headers = api
    response = client.post(
        "/v1/articles",
        data=ADVERSARIAL["unterminated escapes"](100_000),
        content_type="application/json",
        headers=headers,
    )
    assert_problem(response, 400)
    assert client.get("/healthz").status_code == 200


# --- 2. idempotency holds under concurrency ----------------------------------------------------


def race(threads: int, work: Callable[[int], Any]) -> list[Any]:
    """Run work(i) in `threads` threads released at the same moment; their results."""
    barrier = threading.Barrier(threads)
    results: list[Any] = [None] * threads

    def run(i: int) -> None:
        barrier.wait()
        results[i] = work(i)

    pool = [threading.Thread(target=run, args=(i,)) for i in range(threads)]
    for t in pool:
        t.start()
    for t in pool:
        t.join()
    return results


TRIALS = 25
THREADS = 16


def test_one_idempotency_key_makes_one_job(store: Store):
    for trial in range(TRIALS):
        article = {"title": "Key race", "body": f"Trial {trial}."}
        key = f"key-{trial}"
        subs = race(THREADS, lambda _, a=article, k=key: store.submit("c1", a, idempotency_key_=k))
        assert len({s.job["job_id"] for s in subs}) == 1, trial
        assert sum(s.created for s in subs) == 1, trial
    assert store.r.zcard(PENDING_KEY) == TRIALS  # one job per trial, nothing else written


def test_one_external_id_and_content_makes_one_revision(store: Store):
    for trial in range(TRIALS):
        article = {"title": "Ext race", "body": "Same text.", "external_id": f"cms-{trial}"}
        subs = race(THREADS, lambda _, a=article: store.submit("c1", a))
        assert len({s.job["job_id"] for s in subs}) == 1, trial
        stored = store.article(subs[0].job["article_id"], "c1")
        assert len(stored["revisions"]) == 1, (trial, stored["revisions"])
    assert store.r.zcard(PENDING_KEY) == TRIALS


def test_parallel_batches_with_one_key_store_one_batch(store, redis_server):
    key = keys.create_key(store, "alpha").key
    app = make_client(store, redis_server).application
    for trial in range(8):
        body = {"articles": [{**ARTICLE, "external_id": f"b-{trial}"}, {**ARTICLE, "body": f"{trial}"}]}

        def post(_: int, trial: int = trial, body: dict = body):
            client = app.test_client()  # one client per thread
            headers = {**bearer(key), "Idempotency-Key": f"batch-{trial}"}
            return client.post("/v1/batches", json=body, headers=headers)

        answers = race(6, post)
        assert [a.status_code for a in answers] == [202] * 6, [a.data[:200] for a in answers]
        assert len({a.get_json()["batch_id"] for a in answers}) == 1
        assert sum(a.headers.get("Idempotent-Replayed") != "true" for a in answers) == 1
    assert store.r.zcard(PENDING_KEY) == 16


def test_parallel_batches_with_one_external_id_make_one_revision(store, redis_server):
    key = keys.create_key(store, "alpha").key
    app = make_client(store, redis_server).application
    for trial in range(8):
        item = {**ARTICLE, "external_id": f"shared-{trial}"}

        def post(_: int, item: dict = item):
            client = app.test_client()
            return client.post("/v1/batches", json={"articles": [item]}, headers=bearer(key))

        answers = race(6, post)
        assert [a.status_code for a in answers] == [202] * 6
        aids = {a.get_json()["accepted"][0]["article_id"] for a in answers}
        assert len(aids) == 1
        assert len(store.article(aids.pop())["revisions"]) == 1, trial


# --- 3. an error after a batch's key was seen does not lock the key ----------------------------


def test_batch_key_is_not_locked_by_an_error(api, monkeypatch):
    import service.batches

    client, headers = api
    headers = {**headers, "Idempotency-Key": "retry-me"}
    body = {"articles": [ARTICLE]}
    real = service.batches._validate
    calls = {"n": 0}

    def fails_once(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 1:
            raise RuntimeError("boom")
        return real(*args, **kwargs)

    monkeypatch.setattr(service.batches, "_validate", fails_once)
    assert_problem(client.post("/v1/batches", json=body, headers=headers), 500)
    retry = client.post("/v1/batches", json=body, headers=headers)
    assert retry.status_code == 202, retry.data
    assert retry.headers.get("Idempotent-Replayed") is None
    again = client.post("/v1/batches", json=body, headers=headers)
    assert again.status_code == 202 and again.headers["Idempotent-Replayed"] == "true"
    assert again.get_json()["batch_id"] == retry.get_json()["batch_id"]


# --- 4. hostile input is a 4xx problem, and in a batch only that item is rejected --------------

HOSTILE_ITEMS = {
    "surrogate title": '{"title": "\\ud800", "body": "b"}',
    "surrogate body": '{"title": "t", "body": "a\\udfffb"}',
    "surrogate external_id": '{"title": "t", "body": "b", "external_id": "\\ud83d"}',
    "surrogate source": '{"title": "t", "body": "b", "source": "\\udc00"}',
    "earliest date east of UTC": '{"title": "t", "body": "b", "published_at": "0001-01-01T00:00:00+01:00"}',
    "latest date west of UTC": '{"title": "t", "body": "b", "published_at": "9999-12-31T23:59:59-01:00"}',
}


@pytest.mark.parametrize("kind", list(HOSTILE_ITEMS))
def test_hostile_article_is_422(api, kind):
    client, headers = api
    body = assert_problem(post_json(client, "/v1/articles", HOSTILE_ITEMS[kind], headers), 422)
    assert body["errors"], body


@pytest.mark.parametrize("kind", list(HOSTILE_ITEMS))
def test_hostile_batch_item_rejects_only_that_item(api, kind):
    client, headers = api
    text = '{"articles": [' + json.dumps(ARTICLE) + ", " + HOSTILE_ITEMS[kind] + ", null]}"
    response = post_json(client, "/v1/batches", text, headers)
    assert response.status_code == 202, response.data[:500]
    answer = response.get_json()
    assert [a["index"] for a in answer["accepted"]] == [0]
    assert [r["index"] for r in answer["rejected"]] == [1, 2]


def _cursor(text: str) -> str:
    return base64.urlsafe_b64encode(text.encode()).decode().rstrip("=")


@pytest.mark.parametrize(
    "cursor",
    [
        _cursor('{"o":1e999}'),
        _cursor('{"o":-1e999}'),
        _cursor('{"o":' + str(10**30) + "}"),
        _cursor('{"o":1.5}'),
        _cursor('{"o":true}'),
        _cursor('{"o":"1"}'),
        _cursor("[" * 3000),
        _cursor('{"o":' + "[" * 3000 + "}"),
        _cursor("[1]"),
        _cursor('"\\ud800"'),
        "%ED%A0%80",  # a lone surrogate, percent-encoded
        "%FF%FE",
        "x" * 100_000,
    ],
)
def test_bad_cursors_are_422(api, cursor):
    client, headers = api
    bid = client.post("/v1/batches", json={"articles": [ARTICLE]}, headers=headers).get_json()["batch_id"]
    response = client.get(f"/v1/batches/{bid}?cursor={cursor}", headers=headers)
    body = assert_problem(response, 422)
    assert "cursor" in body["errors"]


# --- 5. the rate limit counts a client's requests across all routes ----------------------------


def test_rate_limit_is_per_client_across_routes(store, redis_server):
    client = make_client(store, redis_server, rate_limit="5/minute")
    a, b = bearer(keys.create_key(store, "alpha").key), bearer(keys.create_key(store, "beta").key)
    paths = ["/v1/jobs/job_x", "/v1/articles/art_x", "/v1/batches/bat_x", "/v1/articles/art_x/analysis"]
    codes = [client.get(paths[n % len(paths)], headers=a).status_code for n in range(7)]
    assert codes == [404] * 5 + [429, 429], codes
    assert client.post("/v1/articles", json=ARTICLE, headers=a).status_code == 429
    assert client.get("/v1/batches/bat_x", headers=b).status_code == 404  # b has its own budget


# --- 6. an empty COPYDESK_RATE_LIMIT turns the limit off ---------------------------------------


def test_empty_rate_limit_setting_turns_the_limit_off(store, redis_server):
    settings = Settings.from_env({"COPYDESK_RATE_LIMIT": ""})
    assert settings.rate_limit == ""
    assert Settings.from_env({}).rate_limit == Settings().rate_limit  # unset: the default
    assert Settings.from_env({"COPYDESK_PORT": ""}).port == Settings().port  # empty means unset here
    client = make_client(store, redis_server, rate_limit=settings.rate_limit)
    a = bearer(keys.create_key(store, "alpha").key)
    assert {client.get("/v1/jobs/job_x", headers=a).status_code for _ in range(700)} == {404}


# --- 8. smaller defects --------------------------------------------------------------------------


def test_null_batch_element_rejects_only_that_item(api):
    client, headers = api
    response = client.post("/v1/batches", json={"articles": [None, ARTICLE, None]}, headers=headers)
    assert response.status_code == 202, response.data
    answer = response.get_json()
    assert [a["index"] for a in answer["accepted"]] == [1]
    assert [r["index"] for r in answer["rejected"]] == [0, 2]


RESULT = {
    "verdict": "review",
    "scores": {"integrity": 80},
    "analyzer": {"version": "test", "model": "test"},
    "findings": [
        {
            "code": "spelling_variant",
            "severity": "warning",
            "message": "Two spellings.",
            "suggestion": None,
            "spans": [
                {"field": "title", "start": 0, "end": 7, "text": "Council"},
                {"field": "body", "start": 4, "end": 11, "text": "council"},
            ],
        },
        {
            "code": "stray_punctuation",
            "severity": "info",
            "message": "Odd.",
            "suggestion": None,
            "spans": [{"field": "body", "start": 21, "end": 27, "text": "budget"}],
        },
    ],
}


def test_report_page_headers_and_sidebar_links(api, store):
    import re

    client, headers = api
    job = client.post("/v1/articles", json=ARTICLE, headers=headers).get_json()
    store.start(job["job_id"])
    store.finish(job["job_id"], result=RESULT)
    page = client.get(f"/v1/articles/{job['article_id']}/report", headers=headers)
    assert page.status_code == 200 and page.mimetype == "text/html"
    csp = page.headers["Content-Security-Policy"]
    # the page's own CSS and JS only: nothing inline, nothing from elsewhere
    assert "default-src 'none'" in csp and "script-src 'self';" in csp and "unsafe" not in csp
    assert page.headers["X-Content-Type-Options"] == "nosniff"
    assert page.headers["Referrer-Policy"] == "no-referrer"
    assert "no-store" in page.headers["Cache-Control"]
    html = page.get_data(as_text=True)
    # every in-page link has its target (the old sidebar linked to #s00 while the ids were s0-0)
    ids = set(re.findall(r' id="([^"]+)"', html))
    links = set(re.findall(r'href="#([^"]+)"', html))
    assert links and links <= ids, links - ids


def test_metrics_content_type_names_its_charset_once(api):
    client, _ = api
    content_type = client.get("/metrics").headers["Content-Type"]
    assert content_type.count("charset") == 1, content_type


def test_query_parameter_errors_do_not_blame_the_body(api):
    client, headers = api
    body = assert_problem(client.get("/v1/batches/bat_x?limit=0", headers=headers), 422)
    assert "body" not in body["detail"] and "query" in body["detail"], body
    assert "limit" in body["errors"]
    body = assert_problem(client.post("/v1/articles", json={"title": ""}, headers=headers), 422)
    assert "body" in body["detail"]
