"""The store against a real (embedded) Redis."""

import json

from core.store import content_hash

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


def test_submit_many_applies_the_same_rules_within_and_across_batches(store):
    from core.store import PENDING_KEY

    item = {**ARTICLE, "external_id": "cms-1"}
    no_ext = {"title": "A title", "body": "A body."}
    first = store.submit_many("c1", [item, dict(item), no_ext], batch_id="bat_1", indexes=[0, 2, 5])
    assert first.created and first.batch_id == "bat_1"
    a, b, c = first.submissions
    assert a.created and not b.created and b.job["job_id"] == a.job["job_id"]  # duplicate in the batch
    assert c.created and c.job["article_id"] != a.job["article_id"]
    assert len(store.article(a.job["article_id"])["revisions"]) == 1
    batch = store.batch("bat_1", "c1")
    assert [x["index"] for x in batch["accepted"]] == [0, 2, 5]
    assert [x["replayed"] for x in batch["accepted"]] == [False, True, False]
    # a single submission of the same content is the batch's job; changed content a revision
    assert store.submit("c1", dict(item)).job["job_id"] == a.job["job_id"]
    changed = store.submit("c1", {**item, "body": "Changed."}).job
    assert changed["article_id"] == a.job["article_id"] and changed["revision"] == 2
    assert store.r.zcard(PENDING_KEY) == 3


def test_a_batch_key_replays_its_batch_and_writes_nothing(store):
    from core.store import PENDING_KEY

    first = store.submit_many("c1", [ARTICLE], batch_id="bat_a", idempotency_key_="k")
    again = store.submit_many("c1", [{**ARTICLE, "body": "Other."}], batch_id="bat_b", idempotency_key_="k")
    assert (again.created, again.batch_id, again.submissions) == (False, "bat_a", [])
    assert store.batch_for_key("c1", "k") == "bat_a" and store.batch_for_key("c2", "k") is None
    assert store.batch("bat_b") is None and store.r.zcard(PENDING_KEY) == 1
    assert first.created


def test_an_idempotency_key_names_the_job_it_was_answered_with(store):
    item = {**ARTICLE, "external_id": "cms-2"}
    job = store.submit("c1", item).job
    replay = store.submit("c1", dict(item), idempotency_key_="req-1")  # replayed by content
    assert not replay.created and replay.job["job_id"] == job["job_id"]
    other = store.submit("c1", {**item, "body": "Different."}, idempotency_key_="req-1")
    assert not other.created and other.job["job_id"] == job["job_id"]  # the key names the request


def test_the_content_hash_keeps_its_definition():
    """Stored revisions are compared by hash across versions (an unchanged resubmission is a
    replay): the SHA-256 of the content fields' JSON, sorted keys, non-ASCII unescaped."""
    plain = {"title": "Plain", "body": 'A "quoted"\nbody\\ with\ttabs\x01'}
    assert content_hash(plain) == "65fba132485154871f5ef96650dfbabadbc652aea8997401593b7b13511a6995"
    accented = {"title": "Ünïcode — “quotes”", "body": "Pyongyang 평양", "language": "ko"}
    assert content_hash(accented) == "1d8dbb6abdb98cbbc0b00652a53a2b2a9ccdeddc97cd709187da3c92f4ebf2b2"
