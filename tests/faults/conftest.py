"""Helpers for the fault tests: each test module runs its own real service (embedded Redis,
Celery worker processes, the API) and breaks it on purpose."""

from __future__ import annotations

import os
import signal
import subprocess
import time
from pathlib import Path

import pytest
import requests

from copydesk.testing import LocalService

ROOT = Path(__file__).resolve().parents[2]

# short limits so that recovery happens within a test's minute; the hard limit stays below the
# visibility timeout (Settings refuses otherwise)
FAST = {
    "PYTHONPATH": str(ROOT),
    "COPYDESK_EXTRA_CHECKS": "tests.faults.poison_checks",
    "COPYDESK_TASK_SOFT_TIME_LIMIT": "5",
    "COPYDESK_TASK_TIME_LIMIT": "8",
    "COPYDESK_VISIBILITY_TIMEOUT": "20",
    "COPYDESK_MAX_ATTEMPTS": "3",
    "COPYDESK_RATE_LIMIT": "100000/minute",
}


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/faults/" in str(item.fspath):
            item.add_marker(pytest.mark.faults)


def start_service(root: Path, workers: int = 1, **env: str) -> LocalService:
    """Start a service and wait until its pool processes have loaded spaCy (one job each)."""
    service = LocalService(root, env={**FAST, **env}, workers=workers).start()
    try:
        warm = [submit(service, plain_body(1000 + n, "warm-up")) for n in range(workers * 2)]
        wait_all_ended(service, warm, timeout=120)
    except BaseException:
        service.stop()
        raise
    return service


def submit(service: LocalService, body: str, title: str = "Council approves the budget") -> str:
    response = requests.post(f"{service.url}/v1/articles", json={"title": title, "body": body}, timeout=10)
    assert response.status_code == 202, response.text
    return response.json()["job_id"]


def plain_body(n: int, extra: str = "") -> str:
    return (
        f"The city council approved the budget for year {2000 + n} on Monday after a long debate. "
        f"The mayor said the plan would fund {n + 3} new schools. {extra}"
    )


def job(service: LocalService, jid: str) -> dict:
    return requests.get(f"{service.url}/v1/jobs/{jid}", timeout=10).json()


def wait_until(predicate, timeout: float, what: str, every: float = 0.2):
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            raise TimeoutError(f"timed out waiting for {what}")
        time.sleep(every)


def wait_all_ended(service: LocalService, jids: list[str], timeout: float) -> dict[str, dict]:
    store = service.store()
    ended: dict[str, dict] = {}

    def done() -> bool:
        for jid in jids:
            if jid not in ended:
                j = store.job(jid)
                if j and j["status"] in ("succeeded", "failed"):
                    ended[jid] = j
        return len(ended) == len(jids)

    try:
        wait_until(done, timeout, "jobs to end", every=0.3)
    except TimeoutError:
        missing = {jid: (store.job(jid) or {}).get("status") for jid in jids if jid not in ended}
        raise TimeoutError(f"{len(missing)} job(s) did not end: {missing}; logs in {service.root}") from None
    return ended


def children(pid: int) -> list[int]:
    out = subprocess.run(["ps", "--ppid", str(pid), "-o", "pid="], capture_output=True, text=True).stdout
    return [int(p) for p in out.split()]


def kill_group(process: subprocess.Popen, sig: int = signal.SIGKILL) -> None:
    os.killpg(process.pid, sig)
    process.wait(timeout=30)


def assert_exactly_once(service: LocalService, jids: list[str], before: dict[str, int] | None = None) -> None:
    """Every job ended exactly once: the store counts each end once (a second finish is refused),
    none is left pending, and each succeeded job has its one result."""
    store = service.store()
    counts = store.ended_counts()
    total = sum(counts.values()) - sum((before or {}).values())
    assert total == len(jids), (counts, before)
    for jid in jids:
        assert store.r.zscore("cd:pending", jid) is None, jid
        j = store.job(jid)
        if j["status"] == "succeeded":
            assert store.result(jid) is not None, jid


def wait_running(service: LocalService, jids: list[str], timeout: float = 60) -> str:
    store = service.store()
    return wait_until(
        lambda: next((j for j in jids if (store.job(j) or {}).get("status") == "running"), None),
        timeout,
        "a job to start",
        every=0.1,
    )
