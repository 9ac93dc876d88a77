"""Storage that stays bounded, against a real (embedded) Redis: every key that holds an article,
revision, job, result, batch or delivery log expires; bodies and results are stored compressed
and values written uncompressed (by the previous version) still read back; erasure."""

from __future__ import annotations

import dataclasses
import json
import time
from pathlib import Path

import pytest

from core.store import ZSTD_MAGIC, Store, pack, unpack

ROOT = Path(__file__).resolve().parents[2]
SEED_BODY = (ROOT / "examples" / "pyongyang-visit.txt").read_text(encoding="utf-8").split("\n", 1)[1]
LONG = {"title": "A long one", "body": SEED_BODY, "external_id": "cms-long"}
# the keys that are meant to live on: counters, indexes the store cleans itself, API keys
PERMANENT = ("cd:pending", "cd:ended", "cd:apikeys")


def finish_one(store: Store, jid: str) -> None:
    store.start(jid)
    assert store.finish(jid, result={"findings": [], "text": "Ünïcode “quotes” " * 200})


def test_every_key_written_for_an_article_expires(store):
    jid = store.submit("c1", LONG, idempotency_key_="k1").job["job_id"]
    finish_one(store, jid)
    store.add_delivery(jid, {"attempt": 1, "status": 200})
    store.submit_many(
        "c1",
        [{"title": "B", "body": "b " * 100, "external_id": "cms-b"}, {"title": "C", "body": "c"}],
        batch_id="bat_1",
    )
    keys = [k for k in store.r.scan_iter("cd:*") if k not in PERMANENT]
    kinds = {k.split(":")[1] for k in keys}
    assert {"article", "rev", "job", "result", "ext", "idem", "batch", "deliveries"} <= kinds
    ttls = {k: store.r.ttl(k) for k in keys}
    assert all(0 < ttl <= store.retention_s for ttl in ttls.values()), ttls


def test_retention_comes_from_the_setting(redis_server):
    store = Store.from_url(redis_server.url, retention_days=2)
    store.r.flushdb()
    jid = store.submit("c1", LONG).job["job_id"]
    finish_one(store, jid)
    assert 2 * 86400 - 60 < store.r.ttl(f"cd:result:{jid}") <= 2 * 86400
    assert 2 * 86400 - 60 < store.r.ttl(f"cd:job:{jid}") <= 2 * 86400


def test_an_expired_article_is_gone_and_its_pending_entry_is_dropped(redis_server):
    store = Store.from_url(redis_server.url, retention_days=1 / 86400)  # one second
    store.r.flushdb()
    job = store.submit("c1", LONG).job
    time.sleep(1.3)
    assert store.article(job["article_id"], "c1") is None
    assert store.job(job["job_id"]) is None
    assert store.article_id_for("c1", "cms-long") is None
    assert store.r.dbsize() == 1  # only the pending set, which the recovery sweep cleans
    from core.settings import Settings
    from worker.recovery import sweep

    class NoQueue:
        def enqueue(self, ids, **_):
            raise AssertionError("an expired job must not be sent again")

    sweep(store, dataclasses.replace(Settings(), task_time_limit=0), NoQueue())  # type: ignore[arg-type]
    assert store.pending_count() == 0


def test_bodies_and_results_are_stored_compressed(store):
    jid = store.submit("c1", LONG).job["job_id"]
    finish_one(store, jid)
    aid = store.job(jid)["article_id"]
    raw_body = store.r.execute_command("HGET", f"cd:rev:{aid}:1", "body", NEVER_DECODE=True)
    raw_result = store.r.execute_command("GET", f"cd:result:{jid}", NEVER_DECODE=True)
    assert raw_body.startswith(ZSTD_MAGIC) and len(raw_body) < len(SEED_BODY.encode()) / 2
    assert raw_result.startswith(ZSTD_MAGIC)
    assert store.revision(aid, 1)["body"] == SEED_BODY
    assert store.latest_revision(aid)["body"] == SEED_BODY
    assert store.article(aid, "c1")["revisions"][-1]["body"] == SEED_BODY
    assert store.result(jid)["text"].startswith("Ünïcode “quotes”")


def test_short_texts_stay_plain_and_everything_round_trips():
    for text in ["", "a", "Zürich – “x”", "word " * 10, SEED_BODY, "\x00\n\r\u202e" * 50]:
        stored = pack(text)
        assert unpack(stored) == text
        assert len(stored) <= len(text.encode())
    assert not pack("short").startswith(ZSTD_MAGIC)


def test_values_written_uncompressed_by_the_previous_version_still_read(store):
    """The previous version stored the body and the result as plain UTF-8 text."""
    store.r.hset("cd:article:art_old", mapping={"client": "c1", "revisions": 1, "latest_job": "job_old"})
    store.r.hset(
        "cd:rev:art_old:1",
        mapping={"title": "Old", "body": "Ünïcode body, plain.", "content_hash": "h", "job_id": "job_old"},
    )
    store.r.hset("cd:job:job_old", mapping={"job_id": "job_old", "client": "c1", "status": "succeeded"})
    store.r.set("cd:result:job_old", json.dumps({"findings": [], "note": "plain JSON, “quoted”"}))
    store.r.rpush("cd:batch:bat_old:jobs", "job_old")
    assert store.revision("art_old", 1)["body"] == "Ünïcode body, plain."
    assert store.article("art_old", "c1")["revisions"][0]["body"] == "Ünïcode body, plain."
    assert store.result("job_old")["note"] == "plain JSON, “quoted”"
    page = store.batch_jobs("bat_old", 0, 10, with_results=True)
    assert page[0]["result"]["note"] == "plain JSON, “quoted”"


def test_erase_removes_text_results_and_deliveries_and_ends_open_jobs(store):
    first = store.submit("c1", LONG).job
    finish_one(store, first["job_id"])
    store.add_delivery(first["job_id"], {"attempt": 1})
    failed = store.submit("c1", {**LONG, "body": "Kim said so."}).job
    store.start(failed["job_id"])
    store.finish(failed["job_id"], error={"code": "analysis_error", "message": "ValueError: 'Kim said'"})
    second = store.submit("c1", {**LONG, "body": SEED_BODY + " Corrected."}).job  # still queued
    assert store.job(failed["job_id"])["article_id"] == first["article_id"]
    aid = first["article_id"]
    assert second["article_id"] == aid

    assert not store.erase(aid, "c2")  # another client's: nothing happens
    assert store.article(aid, "c1") is not None
    assert store.erase(aid, "c1")

    assert store.article(aid, "c1") is None and store.erased(aid, "c1")
    assert store.erased(aid, "c2") is None
    assert not store.erase(aid, "c1")  # already erased (the API answers 204 again)
    assert store.article_id_for("c1", "cms-long") is None
    assert store.result(first["job_id"]) is None and store.deliveries(first["job_id"]) == []
    assert not list(store.r.scan_iter(f"cd:rev:{aid}:*"))
    ended = store.job(second["job_id"])
    assert ended["status"] == "failed" and ended["error"]["code"] == "article_erased"
    assert second["job_id"] not in store.pending(older_than_s=-1)
    assert store.job(failed["job_id"])["error"]["code"] == "analysis_error"
    assert store.start(second["job_id"]) == -1  # a worker that picks it up skips it
    # nothing left that holds the text
    dump = json.dumps({k: store.r.type(k) for k in store.r.scan_iter("*")})
    for key in store.r.scan_iter("cd:*"):
        if store.r.type(key) == "hash":
            dump += json.dumps(store.r.hgetall(key))
    assert "Kim" not in dump and "Corrected" not in dump
    # the same external id starts a new article
    again = store.submit("c1", LONG).job
    assert again["article_id"] != aid and again["revision"] == 1


@pytest.mark.parametrize("n", [1, 3])
def test_revisions_keep_their_numbers_when_older_ones_expire(store, n):
    aid = None
    for i in range(n):
        aid = store.submit("c1", {**LONG, "body": f"{SEED_BODY} v{i}"}).job["article_id"]
    store.r.delete(f"cd:rev:{aid}:1")  # the oldest revision expired
    revisions = store.article(aid, "c1")["revisions"]
    assert [r["revision"] for r in revisions] == list(range(2, n + 1)) or n == 1
