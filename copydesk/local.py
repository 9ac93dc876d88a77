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


class Stop(Exception):
    """A stop signal (SIGTERM, SIGHUP) arrived: stop everything, as Ctrl-C does."""


def _stop_on_signal(signum: int, _frame: object) -> None:
    raise Stop(signal.Signals(signum).name)


def serve(settings: Settings, echo=print) -> int:
    """Run Redis (unless external), a worker and the API until Ctrl-C, SIGTERM or SIGHUP, or
    until one of them exits; then stop every process it started."""
    # before anything starts: a SIGTERM during start-up must stop what has started too
    previous = {sig: signal.signal(sig, _stop_on_signal) for sig in (signal.SIGTERM, signal.SIGHUP)}
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
        children.append(subprocess.Popen(worker_command(settings), env=env))
        children.append(subprocess.Popen(api_command(settings), env=env))
        echo(f"copydesk API on http://{settings.host}:{settings.port}/v1 — Ctrl-C stops everything")
        while all(child.poll() is None for child in children):
            time.sleep(0.5)
        code = 1  # a child exited on its own
        echo("a process of the service exited; stopping the rest")
    except (KeyboardInterrupt, Stop) as exc:
        echo(f"stopping ({exc or 'Ctrl-C'})…")
    finally:
        # a second signal must not cut the clean-up short and leave orphans
        for sig in (signal.SIGTERM, signal.SIGHUP, signal.SIGINT):
            signal.signal(sig, signal.SIG_IGN)
        _stop(children)
        if redis_server is not None:
            redis_server.stop()
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        signal.signal(signal.SIGINT, signal.default_int_handler)
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
