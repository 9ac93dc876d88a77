"""The worker's operator view: JSON logs, per-check timings into Prometheus, and its own
metrics endpoint when COPYDESK_WORKER_METRICS_PORT is set (for workers on other hosts than
the API; on one host the API's /metrics adds up every process's metrics already)."""

from __future__ import annotations

import logging
from typing import Any

from celery.signals import setup_logging, worker_ready
from prometheus_client import start_http_server

from analysis.enrich.budget import observe_checks
from core import logs, metrics
from core.settings import Settings

log = logging.getLogger(__name__)
_settings: Settings | None = None


def _check_time(name: str, seconds: float) -> None:
    metrics.CHECK_DURATION.labels(name).observe(seconds)


def init(settings: Settings) -> None:
    global _settings
    _settings = settings
    observe_checks(_check_time)


@setup_logging.connect
def _logging(**_: Any) -> None:
    """Celery leaves logging alone when this signal has a receiver: JSON lines with request ids."""
    settings = _settings or Settings.from_env()
    logs.configure(settings.log_level, settings.log_format)


@worker_ready.connect
def _exporter(**_: Any) -> None:
    if _settings is None or not _settings.worker_metrics_port:
        return
    if not metrics.multiprocess_dir():
        log.warning("COPYDESK_WORKER_METRICS_PORT without PROMETHEUS_MULTIPROC_DIR: pool metrics unseen")
    start_http_server(_settings.worker_metrics_port, addr=_settings.host, registry=metrics.registry())
    log.info("worker metrics on http://%s:%d/metrics", _settings.host, _settings.worker_metrics_port)
