"""One real service for the end-to-end tests: embedded Redis, a Celery worker process, the API."""

from __future__ import annotations

import pytest

from copydesk.testing import LocalService


@pytest.fixture(scope="session")
def service(tmp_path_factory):
    with LocalService(tmp_path_factory.mktemp("service")) as running:
        yield running
