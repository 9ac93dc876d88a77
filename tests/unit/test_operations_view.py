"""The operator's view without processes: operationIds, /readyz naming what is down, request
ids and the JSON log line."""

from __future__ import annotations

import dataclasses
import io
import json
import logging

import redis

from core import logs
from core.settings import Settings
from service.app import create_app
from service.docs import operation_id


class FakeStore:
    def __init__(self, redis_up: bool, workers: list[str]) -> None:
        self.redis_up = redis_up
        self.workers = workers

    def ping(self) -> bool:
        if not self.redis_up:
            raise redis.ConnectionError("refused")
        return True

    def live_workers(self) -> list[str]:
        return self.workers

    def queue_depth(self) -> int:
        return 0

    def memory(self) -> tuple[int, int]:
        return 0, 0  # (used, maxmemory): no limit set


def app_with(store: FakeStore):
    settings = dataclasses.replace(Settings(), redis_url="redis://127.0.0.1:9/0", rate_limit="")
    return create_app(settings, store=store, queue=object())


def test_operation_ids_come_from_view_names():
    assert operation_id("articles.submit_article", "post", 1) == "submitArticle"
    assert operation_id("jobs.get_job", "get", 1) == "getJob"
    assert operation_id("things.thing", "put", 2) == "putThing"


def test_readyz_names_the_dependency_that_is_down():
    down = app_with(FakeStore(redis_up=False, workers=[])).test_client().get("/readyz")
    assert down.status_code == 503 and down.headers["Retry-After"] == "5"
    body = down.get_json()
    assert body["down"] == ["redis"] and body["checks"]["redis"] == "down: ConnectionError"
    assert "Redis is not reachable" in body["detail"]

    idle = app_with(FakeStore(redis_up=True, workers=[])).test_client().get("/readyz")
    assert idle.status_code == 503 and idle.get_json()["down"] == ["workers"]
    assert "no analysis worker" in idle.get_json()["detail"]

    ready = app_with(FakeStore(redis_up=True, workers=["w1@h"])).test_client().get("/readyz")
    assert ready.status_code == 200 and ready.get_json()["checks"] == {"redis": "ok", "workers": "ok: 1 seen"}


def test_request_id_is_taken_when_sane_and_made_otherwise():
    assert logs.new_request_id("abc-123.x") == "abc-123.x"
    for bad in (None, "", "has space", "x" * 65, "line\nbreak"):
        made = logs.new_request_id(bad)
        assert made != bad and len(made) == 32


def test_every_answer_carries_a_request_id():
    client = app_with(FakeStore(redis_up=True, workers=["w"])).test_client()
    assert client.get("/healthz", headers={"X-Request-ID": "rid-1"}).headers["X-Request-ID"] == "rid-1"
    refused = client.post("/v1/articles", data="x", content_type="text/plain")
    assert refused.status_code == 415 and len(refused.headers["X-Request-ID"]) == 32


def test_json_log_line_names_the_request():
    root = logging.getLogger()
    saved = (list(root.handlers), root.level)
    stream = io.StringIO()
    try:
        logs.configure("INFO", "json")
        root.handlers[0].stream = stream
        token = logs.request_id.set("rid-42")
        logging.getLogger("copydesk.test").info("hello %s", "world", extra={"path": "/x"})
        logs.request_id.reset(token)
    finally:
        root.handlers[:] = saved[0]
        root.setLevel(saved[1])
    line = json.loads(stream.getvalue().splitlines()[-1])
    assert line["message"] == "hello world" and line["request_id"] == "rid-42"
    assert line["level"] == "INFO" and line["logger"] == "copydesk.test" and line["path"] == "/x"
    assert "time" in line
