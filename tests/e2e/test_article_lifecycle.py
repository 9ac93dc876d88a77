"""Finding an article by the CMS's id, erasing it, and refusing work before Redis is full,
against the real service."""

from __future__ import annotations

import time
import uuid

import pytest
import requests

from core import keys

BODY = (
    "The city council approved the new bridge on Monday after a long debate. "
    "The mayor said work would start in the spring, according to a statement.\n\n"
    "Opponents said the bridge would cost too much."
)


def assert_problem(response: requests.Response, status: int) -> dict:
    assert response.status_code == status, response.text
    assert response.headers["Content-Type"] == "application/problem+json"
    body = response.json()
    assert body["status"] == status and body["detail"]
    return body


@pytest.fixture()
def analysed(service):
    """A succeeded article of the keyless client, with its ids."""
    external_id = f"cms-{uuid.uuid4().hex}"
    article = {"title": "Council approves bridge", "body": BODY, "external_id": external_id}
    r = requests.post(f"{service.url}/v1/articles", json=article, timeout=10)
    assert r.status_code == 202, r.text
    job = service.wait_for_job(r.json()["job_id"])
    assert job["status"] == "succeeded", job
    return {"external_id": external_id, "article_id": job["article_id"], "job_id": job["job_id"]}


@pytest.fixture(scope="module")
def other(service):
    """An API key of another client (a valid key selects its client even in keyless mode)."""
    created = keys.create_key(service.store(), f"other-{uuid.uuid4().hex[:8]}")
    return {"Authorization": f"Bearer {created.key}"}


def test_find_an_article_by_its_external_id(service, analysed, other):
    url = f"{service.url}/v1/articles"
    found = requests.get(url, params={"external_id": analysed["external_id"]}, timeout=10)
    assert found.status_code == 200, found.text
    [article] = found.json()["articles"]
    assert article["article_id"] == analysed["article_id"] and article["body"] == BODY
    assert article["revisions"][0]["revision"] == 1
    assert requests.get(url, params={"external_id": "never-sent"}, timeout=10).json() == {"articles": []}
    # another client's external id is not found
    theirs = requests.get(url, params={"external_id": analysed["external_id"]}, headers=other, timeout=10)
    assert theirs.status_code == 200 and theirs.json() == {"articles": []}
    missing = assert_problem(requests.get(url, timeout=10), 422)
    assert "external_id" in missing["errors"]


def test_delete_erases_the_article_for_its_client_only(service, analysed, other):
    aid, jid = analysed["article_id"], analysed["job_id"]
    article_url = f"{service.url}/v1/articles/{aid}"

    assert_problem(requests.delete(article_url, headers=other, timeout=10), 404)
    assert requests.get(article_url, timeout=10).status_code == 200  # still there

    r = requests.delete(article_url, timeout=10)
    assert r.status_code == 204 and r.content == b""
    assert requests.delete(article_url, timeout=10).status_code == 204  # idempotent
    assert_problem(requests.delete(article_url, headers=other, timeout=10), 404)

    for path in ("", "/analysis", "/report"):
        gone = assert_problem(requests.get(article_url + path, timeout=10), 410)
        assert "erased" in gone["detail"]
    assert_problem(requests.get(article_url, headers=other, timeout=10), 404)
    lookup = requests.get(
        f"{service.url}/v1/articles", params={"external_id": analysed["external_id"]}, timeout=10
    )
    assert lookup.json() == {"articles": []}
    store = service.store()
    assert store.result(jid) is None and store.revision(aid, 1) is None
    job = requests.get(f"{service.url}/v1/jobs/{jid}", timeout=10).json()
    assert job["status"] == "succeeded"  # the record of what happened stays, without the text


def test_unknown_article_is_404_and_says_why(service):
    body = assert_problem(requests.get(f"{service.url}/v1/articles/art_nope", timeout=10), 404)
    assert "retention" in body["detail"]
    assert_problem(requests.delete(f"{service.url}/v1/articles/art_nope", timeout=10), 404)


def test_submissions_are_refused_before_redis_reaches_its_maxmemory(service, analysed):
    store = service.store()
    # 20 MB of filler, so that the few 100 KB Redis's own use varies by stay inside the margins
    # (measured before writing it: a large write briefly holds a second copy in its buffers)
    used = store.memory()[0] + 20_000_000
    store.r.set("test:filler", b"x" * 20_000_000)
    store.r.config_set("maxmemory", str(int(used * 1.05)))  # above what it uses, past 90 %
    try:
        time.sleep(1.2)  # each API process looks at most once a second
        article = {"title": "One more", "body": BODY}
        for path, payload in (("articles", article), ("batches", {"articles": [article]})):
            refused = assert_problem(requests.post(f"{service.url}/v1/{path}", json=payload, timeout=10), 503)
            assert "maxmemory" in refused["detail"]
            assert (
                int(
                    requests.post(f"{service.url}/v1/{path}", json=payload, timeout=10).headers["Retry-After"]
                )
                > 0
            )
        ready = requests.get(f"{service.url}/readyz", timeout=10).json()
        assert ready["status"] == "refusing_submissions" and not ready["memory"]["accepting_submissions"]
        # reads go on
        assert (
            requests.get(f"{service.url}/v1/articles/{analysed['article_id']}", timeout=10).status_code == 200
        )
    finally:
        store.r.config_set("maxmemory", "0")
        store.r.delete("test:filler")
    time.sleep(1.2)
    assert requests.get(f"{service.url}/readyz", timeout=10).json()["status"] == "ready"
    r = requests.post(
        f"{service.url}/v1/articles", json={"title": "Accepted again", "body": BODY}, timeout=10
    )
    assert r.status_code == 202, r.text
    service.wait_for_job(r.json()["job_id"])
