"""Fixtures of the security tests: an embedded Redis and a clean store on it (one per module)."""

from __future__ import annotations

import pytest

from copydesk.embedded_redis import EmbeddedRedis
from copydesk.testing import free_port
from core.store import Store


@pytest.fixture(scope="module")
def redis_server(tmp_path_factory):
    with EmbeddedRedis(tmp_path_factory.mktemp("redis-sec"), free_port()) as server:
        yield server


@pytest.fixture()
def store(redis_server):
    s = Store.from_url(redis_server.url)
    s.r.flushdb()
    return s
