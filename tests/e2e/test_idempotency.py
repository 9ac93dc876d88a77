"""Idempotent resubmission (api-v1 "Idempotency"), through the API of the real service."""

from __future__ import annotations

import uuid

import pytest
import requests

from tests.e2e.test_batches import post_batch, short_article, wait_for_batch

pytestmark = pytest.mark.e2e


def post(service, payload, headers=None):
    return requests.post(f"{service.url}/v1/articles", json=payload, headers=headers or {}, timeout=30)


def test_same_idempotency_key_returns_the_same_job(service):
    key = f"idem-{uuid.uuid4()}"
    first = post(service, short_article(1), headers={"Idempotency-Key": key})
    assert first.status_code == 202 and "Idempotent-Replayed" not in first.headers
    again = post(service, short_article(1), headers={"Idempotency-Key": key})
    assert again.status_code == 202 and again.headers["Idempotent-Replayed"] == "true"
    assert again.json()["job_id"] == first.json()["job_id"]
    # the key names the request: a different body under the same key still gets the first job
    other = post(service, short_article(2), headers={"Idempotency-Key": key})
    assert other.json()["job_id"] == first.json()["job_id"]
    # without the key, the same content (and no external_id) is a new submission
    fresh = post(service, short_article(1))
    assert fresh.json()["job_id"] != first.json()["job_id"]
    service.wait_for_job(first.json()["job_id"])
    service.wait_for_job(fresh.json()["job_id"])


def test_external_id_and_content_hash(service):
    ext = f"cms-{uuid.uuid4().hex[:10]}"
    original = short_article(3, external_id=ext)
    first = post(service, original).json()
    done = service.wait_for_job(first["job_id"])
    assert done["status"] == "succeeded"

    # unchanged: the existing job, already succeeded, and its result
    again = post(service, original)
    assert again.headers["Idempotent-Replayed"] == "true"
    assert again.json()["job_id"] == first["job_id"] and again.json()["status"] == "succeeded"
    analysis = requests.get(f"{service.url}/v1/articles/{first['article_id']}/analysis", timeout=10)
    assert analysis.status_code == 200

    # changed: a new analysis of the same article, revision 2
    changed = {**original, "body": original["body"] + "\n\nA correction was appended on Tuesday."}
    second = post(service, changed)
    assert "Idempotent-Replayed" not in second.headers
    second = second.json()
    assert second["job_id"] != first["job_id"]
    assert second["article_id"] == first["article_id"] and second["revision"] == 2
    assert service.wait_for_job(second["job_id"])["status"] == "succeeded"

    article = requests.get(f"{service.url}/v1/articles/{first['article_id']}", timeout=10).json()
    assert article["external_id"] == ext
    assert [(r["revision"], r["job_id"]) for r in article["revisions"]] == [
        (1, first["job_id"]),
        (2, second["job_id"]),
    ]
    assert article["revisions"][0]["content_hash"] != article["revisions"][1]["content_hash"]
    assert article["body"] == changed["body"]
    # the first analysis stays reachable through its job
    old = requests.get(f"{service.url}/v1/jobs/{first['job_id']}", timeout=10).json()
    assert old["status"] == "succeeded" and old["revision"] == 1

    # sending the first text again is a change from the latest: revision 3
    third = post(service, original).json()
    assert third["revision"] == 3 and third["job_id"] not in (first["job_id"], second["job_id"])
    service.wait_for_job(third["job_id"])


def test_batches_keep_the_same_rules(service):
    ext = f"cms-{uuid.uuid4().hex[:10]}"
    article = short_article(4, external_id=ext)
    changed = {**article, "title": article["title"] + " (updated)"}
    first = post_batch(service, {"articles": [article, article]}).json()
    a, b = first["accepted"]
    assert a["job_id"] == b["job_id"] and b["replayed"] and not a["replayed"]
    wait_for_batch(service, first["batch_id"])

    second = post_batch(service, {"articles": [article, changed, changed]}).json()
    same, new, new_again = second["accepted"]
    assert same["job_id"] == a["job_id"] and same["replayed"] and same["status"] == "succeeded"
    assert not new["replayed"] and new["job_id"] != a["job_id"] and new["article_id"] == a["article_id"]
    assert new_again["job_id"] == new["job_id"] and new_again["replayed"]
    wait_for_batch(service, second["batch_id"])

    # the single-article route sees the batch's revision as the latest
    single = post(service, changed)
    assert single.headers["Idempotent-Replayed"] == "true" and single.json()["job_id"] == new["job_id"]
    stored = requests.get(f"{service.url}/v1/articles/{a['article_id']}", timeout=10).json()
    assert [r["job_id"] for r in stored["revisions"]] == [a["job_id"], new["job_id"]]


def test_external_ids_are_per_client(service):
    from core.keys import create_key

    ext = f"cms-{uuid.uuid4().hex[:10]}"
    mine = post(service, short_article(5, external_id=ext)).json()
    key = create_key(service.store(), f"paper-{uuid.uuid4().hex[:6]}").key
    theirs = post(service, short_article(5, external_id=ext), headers={"Authorization": f"Bearer {key}"})
    assert "Idempotent-Replayed" not in theirs.headers
    assert theirs.json()["article_id"] != mine["article_id"]
    service.wait_for_job(mine["job_id"])
    service.wait_for_job(theirs.json()["job_id"], headers={"Authorization": f"Bearer {key}"})
