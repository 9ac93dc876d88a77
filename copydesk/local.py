"""Run the whole service on one machine: embedded Redis (unless REDIS_URL is set),
one Celery worker and the API under gunicorn, in the foreground until Ctrl-C."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time

from copydesk.embedded_redis import EmbeddedRedis
from core.settings import Settings


def worker_command(settings: Settings, hostname: str = "worker@%h") -> list[str]:
    return [
        sys.executable,
        "-m",
        "celery",
        "-A",
        "worker.main",
        "worker",
        "--loglevel",
        "INFO",
        "--concurrency",
        str(settings.worker_concurrency),
        "--hostname",
        hostname,
        "--without-gossip",
        "--without-mingle",
    ]


def api_command(settings: Settings) -> list[str]:
    return [
        sys.executable,
        "-m",
        "gunicorn",
        "--bind",
        f"{settings.host}:{settings.port}",
        "--workers",
        str(settings.api_workers),
        "service.wsgi:app",
    ]


def serve(settings: Settings, echo=print) -> int:
    redis_server = None
    env = dict(os.environ)
    if not env.get("PROMETHEUS_MULTIPROC_DIR"):
        # the API's /metrics adds up the metrics of every API and worker process (core.metrics)
        metrics = settings.data_dir / "metrics"
        shutil.rmtree(metrics, ignore_errors=True)
        metrics.mkdir(parents=True)
        env["PROMETHEUS_MULTIPROC_DIR"] = str(metrics.resolve())
    if not settings.redis_url:
        redis_server = EmbeddedRedis(settings.data_dir / "redis", settings.embedded_redis_port).start()
        env["REDIS_URL"] = redis_server.url
        echo(f"embedded Redis on {redis_server.url}, data in {redis_server.data_dir}")
    else:
        echo(f"using Redis at {settings.redis_url}")
    if not settings.require_api_key:
        echo(
            "WARNING: API keys are not required (COPYDESK_REQUIRE_API_KEY is off): "
            "anyone who can reach this port can use the API. Fine for local use only."
        )
    children = [
        subprocess.Popen(worker_command(settings), env=env),
        subprocess.Popen(api_command(settings), env=env),
    ]
    echo(f"copydesk API on http://{settings.host}:{settings.port}/v1 — Ctrl-C stops everything")
    code = 0
    try:
        while all(child.poll() is None for child in children):
            time.sleep(0.5)
        code = 1  # a child exited on its own
        echo("a process of the service exited; stopping the rest")
    except KeyboardInterrupt:
        echo("stopping…")
    finally:
        for child in children:
            if child.poll() is None:
                child.send_signal(signal.SIGTERM)  # Celery: warm shutdown, finishes its task
        for child in children:
            try:
                child.wait(timeout=60)
            except subprocess.TimeoutExpired:
                child.kill()
        if redis_server is not None:
            redis_server.stop()
    return code
