"""POST /v1/batches and GET /v1/batches/{id} against the real service."""

from __future__ import annotations

import json
import time
import uuid

import pytest
import requests

pytestmark = pytest.mark.e2e


def short_article(n: int, **extra) -> dict:
    return {
        "title": f"Council approves new library budget ({n})",
        "body": "The city council approved the library budget on Monday. "
        f"The vote was {n} to 2, the mayor said.\n\nWork starts in spring.",
        **extra,
    }


def post_batch(service, body, headers=None, timeout=60):
    return requests.post(f"{service.url}/v1/batches", json=body, headers=headers or {}, timeout=timeout)


def wait_for_batch(service, batch_id, timeout=120, headers=None) -> dict:
    deadline = time.monotonic() + timeout
    while True:
        batch = requests.get(f"{service.url}/v1/batches/{batch_id}", headers=headers, timeout=10).json()
        if batch.get("done"):
            return batch
        if time.monotonic() > deadline:
            raise TimeoutError(f"batch {batch_id} not done: {batch.get('counts')}")
        time.sleep(0.3)


def test_good_items_are_accepted_bad_ones_reported_by_index(service):
    limit = service.settings.max_body_chars
    tag = uuid.uuid4().hex[:8]
    articles = [
        short_article(1, external_id=f"b-{tag}-0"),
        {"body": "no title"},  # 1: missing title
        short_article(2),
        {"title": "Too long", "body": "a" * (limit + 1)},  # 3: over the per-item limit
        "not an object",  # 4
        short_article(5, callback_url="http://127.0.0.1:9/hook"),  # 5: loopback callback
        short_article(6, published_at="last week"),  # 6: bad date
        short_article(7, checks=["style"]),
    ]
    response = post_batch(service, {"articles": articles})
    assert response.status_code == 202, response.text
    body = response.json()
    assert response.headers["Location"] == f"/v1/batches/{body['batch_id']}"
    assert [a["index"] for a in body["accepted"]] == [0, 2, 7]
    assert all(a["status"] == "queued" and not a["replayed"] for a in body["accepted"])
    rejected = {r["index"]: r["errors"] for r in body["rejected"]}
    assert set(rejected) == {1, 3, 4, 5, 6}
    assert "title" in rejected[1]
    assert "body" in rejected[3] and f"{limit:,}" in rejected[3]["body"][0]
    assert "_schema" in rejected[4]
    assert "callback_url" in rejected[5]
    assert "published_at" in rejected[6]
    assert body["total"] == 3

    batch = wait_for_batch(service, body["batch_id"])
    assert batch["counts"] == {"queued": 0, "running": 0, "succeeded": 3, "failed": 0}
    assert batch["progress"] == 1.0 and batch["ended"] == 3 and batch["total"] == 3

    # cursor paging, in the order of the accepted items
    seen, cursor, pages = [], None, 0
    while True:
        params = {"limit": 2, **({"cursor": cursor} if cursor else {})}
        page = requests.get(f"{service.url}/v1/batches/{body['batch_id']}", params=params, timeout=10).json()
        pages += 1
        seen += [j["job_id"] for j in page["jobs"]]
        assert all(j["batch_id"] == body["batch_id"] and j["status"] == "succeeded" for j in page["jobs"])
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert pages == 2
    assert seen == [a["job_id"] for a in body["accepted"]]

    page = requests.get(
        f"{service.url}/v1/batches/{body['batch_id']}", params={"include": "result", "limit": 10}, timeout=10
    ).json()
    # three short, clean articles: nothing to report
    assert [(j["result"]["verdict"], j["result"]["findings"]) for j in page["jobs"]] == [("pass", [])] * 3
    article = requests.get(
        f"{service.url}/v1/articles/{body['accepted'][0]['article_id']}", timeout=10
    ).json()
    assert article["external_id"] == f"b-{tag}-0"


def test_a_batch_larger_than_one_article_request_is_accepted(service):
    """The app-wide request limit is for one article; the batch route has its own."""
    limit = service.settings.max_body_chars
    articles = [{"title": f"Huge {n}", "body": "a" * (limit + 1)} for n in range(7)] + [short_article(0)]
    data = json.dumps({"articles": articles})
    assert len(data) > limit * 6 + 65_536  # over the single-article request limit
    response = post_batch(service, {"articles": articles})
    assert response.status_code == 202, response.text[:500]
    assert [a["index"] for a in response.json()["accepted"]] == [7]
    assert len(response.json()["rejected"]) == 7


def test_too_many_items_is_413(service):
    limit = service.settings.max_batch_items
    response = post_batch(service, {"articles": [{"title": "t", "body": "b"}] * (limit + 1)})
    assert response.status_code == 413
    assert response.headers["Content-Type"] == "application/problem+json"
    assert f"{limit:,}" in response.json()["detail"]


def test_all_items_bad_is_422_and_nothing_is_stored(service):
    store = service.store()
    before = len(list(store.r.scan_iter("cd:batch:*", count=1000)))
    response = post_batch(service, {"articles": [{"title": ""}, {"body": 5}]})
    assert response.status_code == 422
    problem = response.json()
    assert [r["index"] for r in problem["rejected"]] == [0, 1]
    assert "articles.0.title" in problem["errors"] and "articles.1.body" in problem["errors"]
    assert len(list(store.r.scan_iter("cd:batch:*", count=1000))) == before


@pytest.mark.parametrize(
    "body",
    [{}, {"articles": []}, {"articles": "x"}, {"articles": [short_article(1)], "callback_url": "ftp://x"}],
)
def test_malformed_batches_are_422(service, body):
    response = post_batch(service, body)
    assert response.status_code == 422, response.text
    assert response.headers["Content-Type"] == "application/problem+json"


def test_idempotency_key_replays_the_batch(service):
    key = f"batch-{uuid.uuid4()}"
    articles = [short_article(11), short_article(12)]
    first = post_batch(service, {"articles": articles}, headers={"Idempotency-Key": key})
    second = post_batch(service, {"articles": articles}, headers={"Idempotency-Key": key})
    assert first.status_code == second.status_code == 202
    assert second.headers.get("Idempotent-Replayed") == "true"
    assert first.json()["batch_id"] == second.json()["batch_id"]
    assert first.json()["accepted"] == second.json()["accepted"]
    wait_for_batch(service, first.json()["batch_id"])


def test_unknown_batch_bad_cursor_and_other_clients(service):
    from core.keys import create_key

    assert requests.get(f"{service.url}/v1/batches/bat_nope", timeout=10).status_code == 404
    response = post_batch(service, {"articles": [short_article(21)]})
    batch_id = response.json()["batch_id"]
    bad = requests.get(f"{service.url}/v1/batches/{batch_id}", params={"cursor": "%%%"}, timeout=10)
    assert bad.status_code == 422 and "cursor" in bad.json()["errors"]
    assert requests.get(f"{service.url}/v1/batches/{batch_id}?limit=0", timeout=10).status_code == 422

    other = create_key(service.store(), f"other-{uuid.uuid4().hex[:6]}").key
    headers = {"Authorization": f"Bearer {other}"}
    theirs = requests.get(f"{service.url}/v1/batches/{batch_id}", headers=headers, timeout=10)
    assert theirs.status_code == 404
    wait_for_batch(service, batch_id)
