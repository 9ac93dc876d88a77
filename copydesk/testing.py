"""Run the real service in child processes: embedded Redis, Celery worker(s), the API.

Used by the test suite and the benchmarks; nothing here is mocked.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
from pathlib import Path
from typing import IO

import requests

from copydesk.embedded_redis import EmbeddedRedis
from copydesk.local import api_command, worker_command
from core.settings import Settings
from core.store import Store


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class LocalService:
    """An embedded Redis, N worker processes and the API, on free ports under `root`."""

    def __init__(self, root: Path, env: dict[str, str] | None = None, workers: int = 1) -> None:
        self.root = Path(root)
        self.redis = EmbeddedRedis(self.root / "redis", free_port())
        self.api_port = free_port()
        self.extra_env = env or {}
        self.worker_count = workers
        self.workers: list[subprocess.Popen] = []
        self.api: subprocess.Popen | None = None
        self._logs: list[IO] = []

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.api_port}"

    @property
    def env(self) -> dict[str, str]:
        return {
            **os.environ,
            "REDIS_URL": self.redis.url,
            "COPYDESK_PORT": str(self.api_port),
            "COPYDESK_API_WORKERS": "2",
            # every process's metrics, added up by the API's /metrics (core.metrics)
            "PROMETHEUS_MULTIPROC_DIR": str(self.root / "metrics"),
            **self.extra_env,
        }

    @property
    def settings(self) -> Settings:
        return Settings.from_env(self.env)

    def store(self) -> Store:
        return Store.from_url(self.redis.url, retention_days=self.settings.retention_days)

    def _log(self, name: str) -> IO:
        handle = open(self.root / f"{name}.log", "ab")  # noqa: SIM115 - closed in stop()
        self._logs.append(handle)
        return handle

    def start_worker(self, name: str | None = None) -> subprocess.Popen:
        name = name or f"w{len(self.workers) + 1}"
        log = self._log(f"worker-{name}")
        process = subprocess.Popen(
            worker_command(self.settings, hostname=f"{name}@test"),
            env=self.env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        self.workers.append(process)
        return process

    def wait_for_workers(self, count: int = 1, timeout: float = 90) -> None:
        store = self.store()
        deadline = time.monotonic() + timeout
        while len(store.live_workers()) < count:
            if time.monotonic() > deadline:
                raise TimeoutError(f"workers did not start; see {self.root}/worker-*.log")
            time.sleep(0.2)

    def start(self) -> LocalService:
        self.root.mkdir(parents=True, exist_ok=True)
        metrics = self.root / "metrics"
        shutil.rmtree(metrics, ignore_errors=True)  # multiprocess mode needs an empty folder
        metrics.mkdir()
        self.redis.start()
        for _ in range(self.worker_count):
            self.start_worker()
        self.api = subprocess.Popen(
            api_command(self.settings),
            env=self.env,
            stdout=self._log("api"),
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        deadline = time.monotonic() + 30
        while True:
            try:
                if requests.get(self.url + "/healthz", timeout=1).ok:
                    break
            except requests.RequestException:
                pass  # not listening yet, or still loading
            if time.monotonic() > deadline:
                raise TimeoutError(f"the API did not start; see {self.root}/api.log")
            time.sleep(0.1)
        self.wait_for_workers(self.worker_count)
        return self

    def stop(self) -> None:
        for process in [*self.workers, self.api]:
            if process is not None and process.poll() is None:
                process.terminate()
        for process in [*self.workers, self.api]:
            if process is not None:
                try:
                    process.wait(timeout=30)
                except subprocess.TimeoutExpired:
                    process.kill()
        self.redis.stop()
        for handle in self._logs:
            handle.close()

    def __enter__(self) -> LocalService:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def wait_for_job(self, job_id: str, timeout: float = 120, headers: dict | None = None) -> dict:
        deadline = time.monotonic() + timeout
        while True:
            job = requests.get(f"{self.url}/v1/jobs/{job_id}", headers=headers, timeout=10).json()
            if job.get("status") in ("succeeded", "failed"):
                return job
            if time.monotonic() > deadline:
                raise TimeoutError(f"job {job_id} still {job.get('status')}")
            time.sleep(0.2)
