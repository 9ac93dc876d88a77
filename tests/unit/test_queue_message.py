"""The analyse message the submit script pushes is the one Celery's `send_task` would publish.

Both ways are built against a real Redis: `send_task` through kombu's Redis transport, and our
template (`Queue.analyse_message`) pushed by `Store.submit`'s script; the two stored messages
are compared key by key (the per-message ids aside), and kombu's own transport reads ours back.
"""

from __future__ import annotations

import base64
import dataclasses
import json
from typing import Any

import pytest

from core import logs
from core.queue import ANALYSE_TASK, Queue, make_celery
from core.settings import Settings
from core.store import QUEUE, QueueFull, Store

# differ between any two messages: each message's own task id and kombu delivery tag
PER_MESSAGE = {("headers", "id"), ("headers", "root_id"), ("properties", "correlation_id")}
PER_MESSAGE |= {("properties", "delivery_tag")}
ARTICLE = {"title": "A title", "body": "Some body text of the article. " * 5}


@pytest.fixture
def queue(redis_server):
    settings = dataclasses.replace(Settings(), redis_url=redis_server.url)
    q = Queue(make_celery(settings))
    yield q
    q.celery.close()


def _flatten(value: Any, path: tuple[str, ...] = ()) -> dict[tuple[str, ...], Any]:
    if isinstance(value, dict):
        out: dict[tuple[str, ...], Any] = {path: sorted(value)}  # the key set at every level
        for key, item in value.items():
            out.update(_flatten(item, (*path, key)))
        return out
    return {path: value}


def _published_by_celery(store: Store, queue: Queue, job_ids: list[str]) -> dict[str, Any]:
    store.r.delete(QUEUE)
    queue.enqueue(job_ids)
    raw = store.r.lrange(QUEUE, 0, -1)
    assert len(raw) == 1, "send_task did not put one message on the queue's list"
    store.r.delete(QUEUE)
    return json.loads(raw[0])


MANY = [f"job_{n:020d}" for n in range(80)]  # an argsrepr over Celery's 1024 characters: cut short


@pytest.mark.parametrize(
    ("request_id", "job_ids"), [("req-1234", ["job_a"]), (None, ["job_a", "job_b"]), ("r", MANY)]
)
def test_the_template_matches_send_task_key_by_key(store, queue, request_id, job_ids):
    token = logs.request_id.set(request_id)
    try:
        theirs = _published_by_celery(store, queue, job_ids)
        ours = json.loads(queue.analyse_message(job_ids))
    finally:
        logs.request_id.reset(token)
    flat_theirs, flat_ours = _flatten(theirs), _flatten(ours)
    assert sorted(flat_ours) == sorted(flat_theirs)  # the same keys, at every level
    for path, value in flat_theirs.items():
        if path not in PER_MESSAGE:
            assert flat_ours[path] == value, path
    assert base64.b64decode(ours["body"]) and json.loads(base64.b64decode(ours["body"])) == json.loads(
        base64.b64decode(theirs["body"])
    )
    assert ours["headers"]["task"] == ANALYSE_TASK
    task_id = ours["headers"]["id"]
    assert ours["headers"]["root_id"] == ours["properties"]["correlation_id"] == task_id
    assert ours["properties"]["delivery_tag"] != theirs["properties"]["delivery_tag"]
    assert (logs.TASK_HEADER in ours["headers"]) == (request_id is not None)


def test_each_message_has_its_own_ids(queue):
    one, two = (json.loads(queue.analyse_message(["job_a"])) for _ in range(2))
    assert one["headers"]["id"] != two["headers"]["id"]
    assert one["properties"]["delivery_tag"] != two["properties"]["delivery_tag"]


def test_kombus_redis_transport_reads_the_pushed_message_back(store, queue):
    submission = store.submit("local", ARTICLE, message=queue.analyse_message)
    with queue.celery.connection_for_read() as connection:
        channel = connection.default_channel
        message = channel.basic_get(QUEUE, no_ack=True)
        assert message is not None
        assert message.headers["task"] == ANALYSE_TASK
        assert message.decode()[0] == [[submission.job["job_id"]]]
        assert message.delivery_info["routing_key"] == QUEUE
        assert channel.basic_get(QUEUE, no_ack=True) is None  # exactly one message


def test_submit_pushes_a_message_for_a_created_job_only(store, queue):
    first = store.submit("local", ARTICLE, idempotency_key_="k1", message=queue.analyse_message)
    assert first.created
    messages = [json.loads(m) for m in store.r.lrange(QUEUE, 0, -1)]
    assert len(messages) == 1
    assert json.loads(base64.b64decode(messages[0]["body"]))[0] == [[first.job["job_id"]]]
    again = store.submit("local", ARTICLE, idempotency_key_="k1", message=queue.analyse_message)
    assert not again.created and again.job["job_id"] == first.job["job_id"]
    assert store.queue_depth() == 1  # a replay sends nothing
    same = {**ARTICLE, "external_id": "cms-1"}
    store.submit("local", same, message=queue.analyse_message)
    store.submit("local", same, message=queue.analyse_message)  # unchanged content: replayed
    assert store.queue_depth() == 2


def test_a_refused_submission_pushes_nothing(store, queue):
    store.submit("local", ARTICLE, message=queue.analyse_message)
    with pytest.raises(QueueFull):
        store.submit("local", {**ARTICLE, "title": "Other"}, queue_limit=0, message=queue.analyse_message)
    assert store.queue_depth() == 1
