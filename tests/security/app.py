"""The real Flask app on a real Redis, in-process, for the security tests.

The queue is the real Redis list, but messages are not consumed (no worker is needed to
check who may see what): FakeQueue gives a placeholder message, which lands on the list like a
real one (the store's submit script pushes a single article's; `enqueue`, a batch's).
"""

from __future__ import annotations

import dataclasses
from typing import Any

from core.settings import Settings
from core.store import QUEUE, Store

ARTICLE = {"title": "Council approves budget", "body": "The council approved the budget on Monday."}


def make_client(store: Store, redis_server: Any, **overrides: Any):
    from service.app import create_app

    class FakeQueue:  # stands in for Celery: each message lands on the queue's Redis list
        def analyse_message(self, ids):
            return "m"

        def enqueue(self, ids, **_):
            store.r.rpush(QUEUE, "m")

    options = {"redis_url": redis_server.url, "require_api_key": True, "rate_limit": "1000/minute"}
    settings = dataclasses.replace(Settings(), **{**options, **overrides})
    app = create_app(settings, store, FakeQueue())
    app.testing = True
    return app.test_client()


def bearer(key: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {key}"}
