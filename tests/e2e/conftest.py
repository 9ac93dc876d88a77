"""One real service for the end-to-end tests: embedded Redis, a Celery worker process, the API."""

from __future__ import annotations

import pytest

from copydesk.testing import LocalService, free_port


@pytest.fixture(scope="session")
def service(tmp_path_factory):
    # the worker also serves its own metrics (tests/e2e/test_operations.py scrapes them)
    env = {"COPYDESK_WORKER_METRICS_PORT": str(free_port())}
    with LocalService(tmp_path_factory.mktemp("service"), env=env) as running:
        yield running
