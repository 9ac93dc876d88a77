"""The store against a real (embedded) Redis."""

import json

ARTICLE = {"title": "A title", "body": "A body.", "external_id": "cms-1"}


def test_submit_stores_article_revision_and_queued_job(store):
    sub = store.submit("c1", ARTICLE)
    job = sub.job
    assert sub.created and job["status"] == "queued" and job["attempts"] == 0 and job["revision"] == 1
    assert store.job(job["job_id"], "c1")["article_id"] == job["article_id"]
    article = store.article(job["article_id"], "c1")
    assert article["revisions"][0]["title"] == "A title"
    assert job["job_id"] in store.pending(older_than_s=-1)


def test_other_clients_see_nothing(store):
    job = store.submit("c1", ARTICLE).job
    assert store.job(job["job_id"], "c2") is None
    assert store.article(job["article_id"], "c2") is None


def test_idempotency_key_returns_the_same_job(store):
    first = store.submit("c1", {"title": "t", "body": "b"}, idempotency_key_="k1")
    again = store.submit("c1", {"title": "t", "body": "b"}, idempotency_key_="k1")
    assert not again.created and again.job["job_id"] == first.job["job_id"]
    other_client = store.submit("c2", {"title": "t", "body": "b"}, idempotency_key_="k1")
    assert other_client.created


def test_external_id_with_same_content_is_idempotent_and_changed_content_is_a_revision(store):
    first = store.submit("c1", ARTICLE).job
    same = store.submit("c1", dict(ARTICLE))
    assert not same.created and same.job["job_id"] == first["job_id"]
    changed = store.submit("c1", {**ARTICLE, "body": "A corrected body."})
    assert changed.created and changed.job["article_id"] == first["article_id"]
    assert changed.job["revision"] == 2
    revisions = store.article(first["article_id"])["revisions"]
    assert [r["job_id"] for r in revisions] == [first["job_id"], changed.job["job_id"]]


def test_transitions_happen_once(store):
    jid = store.submit("c1", ARTICLE).job["job_id"]
    assert store.start(jid) == 1
    assert store.start(jid) == 2  # a redelivery counts as another attempt
    assert store.finish(jid, result={"ok": True})
    assert not store.finish(jid, error={"code": "x", "message": "late duplicate"})
    assert store.start(jid) == -1
    job = store.job(jid)
    assert job["status"] == "succeeded" and job["error"] is None and job["finished_at"]
    assert store.result(jid) == {"ok": True}
    assert jid not in store.pending(older_than_s=-1)
    assert store.ended_counts() == {"succeeded": 1}


def test_failed_job_keeps_its_reason(store):
    jid = store.submit("c1", ARTICLE).job["job_id"]
    store.start(jid)
    store.finish(jid, error={"code": "timeout", "message": "too slow"})
    job = store.job(jid)
    assert job["status"] == "failed" and job["error"] == {"code": "timeout", "message": "too slow"}
    assert store.result(jid) is None
    assert json.loads(store.r.hget(f"cd:job:{jid}", "error"))["code"] == "timeout"


def test_analysed_job_tracks_only_the_latest_revision(store):
    first = store.submit("c1", ARTICLE).job
    second = store.submit("c1", {**ARTICLE, "body": "New."}).job
    store.start(second["job_id"])
    store.finish(second["job_id"], result={"r": 2})
    store.start(first["job_id"])
    store.finish(first["job_id"], result={"r": 1})  # the older revision ends last
    assert store.analysed_job(first["article_id"]) == second["job_id"]
