"""Redis stopped and started again (same data directory and port, AOF) in the middle of a run:
every job accepted before the restart still ends, exactly once."""

from __future__ import annotations

import time

import pytest

from tests.faults.conftest import (
    assert_exactly_once,
    plain_body,
    start_service,
    submit,
    wait_all_ended,
    wait_running,
)


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    running = start_service(tmp_path_factory.mktemp("faults-redis"))
    yield running
    running.stop()


def test_redis_restart_mid_run_loses_no_accepted_job(service):
    before = service.store().ended_counts()
    jids = [submit(service, plain_body(i, f"restart {i} SLOW-1")) for i in range(8)]
    wait_running(service, jids)
    time.sleep(1.2)  # AOF fsyncs every second: what was acknowledged a second ago is on disk
    service.redis.stop()
    time.sleep(2)
    service.redis.start()
    ended = wait_all_ended(service, jids, timeout=58)
    assert all(j["status"] == "succeeded" for j in ended.values()), ended
    assert_exactly_once(service, jids, before)
