"""Run the whole service on one machine: embedded Redis (unless REDIS_URL is set),
one Celery worker and the API under gunicorn, in the foreground until Ctrl-C or SIGTERM,
after which no process it started is left running."""

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
        "--worker-class",
        "service.server.ProblemWorker",  # gunicorn's own error answers as problem+json
        "service.wsgi:app",
    ]


def serve(settings: Settings, echo=print) -> int:
    """Run Redis (unless external), a worker and the API until Ctrl-C, SIGTERM or SIGHUP, or
    until one of them exits; then stop every process it started."""
    # One handler for every stop signal, SIGINT included: a process started in the background
    # by a non-interactive shell inherits SIGINT ignored, and Python then never installs its
    # KeyboardInterrupt handler (Ctrl-C or `kill -INT` did nothing there). The handler only sets
    # a flag: an exception raised from it could land inside Popen.poll() while that holds the
    # child's wait lock, and a later wait() on that child would then never return.
    stop: list[str] = []

    def on_signal(signum: int, _frame: object) -> None:
        stop.append(signal.Signals(signum).name)

    # before anything starts: a signal during start-up must stop what has started too
    stop_signals = (signal.SIGTERM, signal.SIGHUP, signal.SIGINT)
    previous = {sig: signal.signal(sig, on_signal) for sig in stop_signals}
    redis_server = None
    children: list[subprocess.Popen] = []
    code = 0
    try:
        env = dict(os.environ)
        if not env.get("PROMETHEUS_MULTIPROC_DIR"):
            # the API's /metrics adds up the metrics of every API and worker process (core.metrics)
            metrics = settings.data_dir / "metrics"
            shutil.rmtree(metrics, ignore_errors=True)
            metrics.mkdir(parents=True)
            env["PROMETHEUS_MULTIPROC_DIR"] = str(metrics.resolve())
        if not settings.redis_url and not stop:
            redis_server = EmbeddedRedis(settings.data_dir / "redis", settings.embedded_redis_port).start()
            env["REDIS_URL"] = redis_server.url
            echo(f"embedded Redis on {redis_server.url}, data in {redis_server.data_dir}")
        elif settings.redis_url:
            echo(f"using Redis at {settings.redis_url}")
        if not settings.require_api_key:
            echo(
                "WARNING: API keys are not required (COPYDESK_REQUIRE_API_KEY is off): "
                "anyone who can reach this port can use the API. Fine for local use only."
            )
        for command in (worker_command(settings), api_command(settings)):
            if not stop:
                children.append(subprocess.Popen(command, env=env))
        if not stop:
            echo(f"copydesk API on http://{settings.host}:{settings.port}/v1 — Ctrl-C stops everything")
        while not stop and all(child.poll() is None for child in children):
            time.sleep(0.5)
        if stop:
            echo(f"stopping ({stop[0]})…")
        else:
            code = 1  # a child exited on its own
            echo("a process of the service exited; stopping the rest")
    finally:
        # a second signal must not cut the clean-up short and leave orphans
        for sig in stop_signals:
            signal.signal(sig, signal.SIG_IGN)
        _stop(children)
        if redis_server is not None:
            redis_server.stop()
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    return code


def _stop(children: list[subprocess.Popen], timeout: float = 60) -> None:
    """SIGTERM each child (Celery: warm shutdown, finishing its task and stopping its pool;
    gunicorn: stopping its workers), then wait; kill what is still running after `timeout`."""
    for child in children:
        if child.poll() is None:
            child.send_signal(signal.SIGTERM)
    for child in children:
        try:
            child.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait()
