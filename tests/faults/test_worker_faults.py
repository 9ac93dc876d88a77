"""Workers killed (-9) or stopped (SIGTERM) while they hold tasks: every job still ends
`succeeded`, exactly once. Two workers from the start; each test breaks one more thing."""

from __future__ import annotations

import os
import signal

import pytest

from tests.faults.conftest import (
    assert_exactly_once,
    children,
    kill_group,
    plain_body,
    start_service,
    submit,
    wait_all_ended,
    wait_running,
    wait_until,
)


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    running = start_service(tmp_path_factory.mktemp("faults-workers"), workers=2)
    yield running
    running.stop()


def _slow_jobs(service, n: int, seconds: float, tag: str) -> list[str]:
    return [submit(service, plain_body(i, f"{tag} {i} SLOW-{seconds}")) for i in range(n)]


def test_kill_9_of_the_child_executing_a_task(service):
    before = service.store().ended_counts()
    jids = _slow_jobs(service, 6, 1, "child")
    wait_running(service, jids)
    killed = []
    for worker in service.workers:
        for pid in children(worker.pid):  # the prefork pool processes: they execute the tasks
            os.kill(pid, signal.SIGKILL)
            killed.append(pid)
    assert killed
    ended = wait_all_ended(service, jids, timeout=55)
    assert all(j["status"] == "succeeded" for j in ended.values()), ended
    assert any(j["attempts"] > 1 for j in ended.values())  # some were redelivered
    assert_exactly_once(service, jids, before)


def test_kill_9_of_a_whole_worker_then_a_replacement(service):
    """The message the dead worker held is redelivered after the visibility timeout (20 s here),
    or re-sent by the recovery sweep, whichever is first."""
    before = service.store().ended_counts()
    jids = _slow_jobs(service, 6, 1, "main")
    wait_running(service, jids)
    victim = service.workers[0]
    kill_group(victim)  # main process and its pool at once, as a crash of the machine would
    service.start_worker("w3")
    ended = wait_all_ended(service, jids, timeout=58)
    assert all(j["status"] == "succeeded" for j in ended.values()), ended
    assert_exactly_once(service, jids, before)


def test_sigterm_finishes_or_requeues_in_flight_tasks(service):
    before = service.store().ended_counts()
    live = [w for w in service.workers if w.poll() is None]
    jids = _slow_jobs(service, 6, 1, "term")
    wait_running(service, jids)
    victim = live[0]
    victim.send_signal(signal.SIGTERM)  # warm shutdown
    wait_until(lambda: victim.poll() is not None, 45, "the worker to stop after SIGTERM")
    assert victim.returncode == 0
    ended = wait_all_ended(service, jids, timeout=50)
    assert all(j["status"] == "succeeded" for j in ended.values()), ended
    assert_exactly_once(service, jids, before)
