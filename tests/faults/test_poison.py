"""Poison articles and time limits end as `failed` with a reason, after the configured attempts,
without a requeue loop and without disturbing the other jobs; the worker survives."""

from __future__ import annotations

import pytest

from tests.faults.conftest import (
    assert_exactly_once,
    plain_body,
    start_service,
    submit,
    wait_all_ended,
)

MAX_ATTEMPTS = 2


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    running = start_service(tmp_path_factory.mktemp("faults-poison"), COPYDESK_MAX_ATTEMPTS=str(MAX_ATTEMPTS))
    yield running
    running.stop()


def _run(service, poison_body: str, offset: int):
    before = service.store().ended_counts()
    poison = submit(service, poison_body)
    normal = [submit(service, plain_body(offset + n)) for n in range(3)]
    ended = wait_all_ended(service, [poison, *normal], timeout=55)
    assert all(ended[j]["status"] == "succeeded" for j in normal), [ended[j] for j in normal]
    assert_exactly_once(service, [poison, *normal], before)
    # no requeue loop: nothing is left in the queue, and the worker is alive
    assert service.store().r.llen("copydesk") == 0
    assert service.workers[0].poll() is None
    return ended[poison]


def test_an_article_that_makes_the_analysis_raise_fails_after_the_attempts(service):
    job = _run(service, plain_body(1, "POISON-RAISE"), 10)
    assert job["status"] == "failed"
    assert job["error"]["code"] == "analysis_error"
    assert "poison article" in job["error"]["message"]
    assert job["attempts"] == MAX_ATTEMPTS


def test_an_article_that_kills_its_worker_process_fails_after_the_attempts(service):
    job = _run(service, plain_body(2, "POISON-KILL"), 20)
    assert job["status"] == "failed"
    assert job["error"]["code"] == "worker_lost"
    assert job["attempts"] == MAX_ATTEMPTS + 1  # the attempt after the last that killed gives up


def test_a_task_over_its_time_limit_fails_with_timeout_and_the_worker_lives_on(service):
    job = _run(service, plain_body(3, "POISON-SLEEP"), 30)
    assert job["status"] == "failed"
    assert job["error"]["code"] == "timeout"
    assert "5 s" in job["error"]["message"]
    assert job["attempts"] == 1
