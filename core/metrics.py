"""Prometheus metrics recorded by the API and the worker processes, and their exposition.

Both sides run several processes (gunicorn workers, Celery pool processes). With
`PROMETHEUS_MULTIPROC_DIR` set to an empty folder before they start (prometheus_client's
multiprocess mode; `copydesk serve` and the test service do this), every process writes its
counters and histograms there and one scrape adds them up: on one host the API's `/metrics`
shows the workers' metrics too. Workers on other hosts serve their own with
COPYDESK_WORKER_METRICS_PORT. Gauges of the shared state (queue depth, heartbeat age) are read
from Redis at scrape time (`service.health.StoreCollector`), so they need no process's memory.
"""

from __future__ import annotations

import datetime as dt
import os
from typing import Any

from prometheus_client import CollectorRegistry, Counter, Histogram, multiprocess

MULTIPROC_ENV = "PROMETHEUS_MULTIPROC_DIR"

SUBMISSIONS = Counter(
    "copydesk_submissions",
    "Submissions answered by the API, by kind (article, batch) and outcome "
    "(accepted, replayed, or the HTTP status of a refusal).",
    ["kind", "outcome"],
)
JOB_LATENCY = Histogram(
    "copydesk_job_latency_seconds",
    "Time from a job's submission (queued) to its end, by final status.",
    ["status"],
    buckets=(0.5, 1, 2, 5, 10, 20, 30, 60, 120, 300, 600, 1800, 3600),
)
ANALYSIS_DURATION = Histogram(
    "copydesk_analysis_duration_seconds",
    "Time of one analysis pass over a message's articles (one nlp.pipe), divided by its articles.",
    buckets=(0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60, 120),
)
CHECK_DURATION = Histogram(
    "copydesk_check_duration_seconds",
    "Time one check (a pipeline component) spent on one article, by check.",
    ["check"],
    buckets=(0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10),
)
FINDINGS = Counter("copydesk_findings", "Findings in the results of succeeded jobs, by code.", ["code"])
OWN = (SUBMISSIONS, JOB_LATENCY, ANALYSIS_DURATION, CHECK_DURATION, FINDINGS)


def multiprocess_dir() -> str | None:
    return os.environ.get(MULTIPROC_ENV) or None


def registry() -> CollectorRegistry:
    """A registry to expose: every process's metrics in multiprocess mode, else this process's."""
    reg = CollectorRegistry()
    if multiprocess_dir():
        multiprocess.MultiProcessCollector(reg)
    else:
        for metric in OWN:
            reg.register(metric)
    return reg


def _seconds_since(iso: str | None, end: dt.datetime) -> float | None:
    if not iso:
        return None
    try:
        start = dt.datetime.fromisoformat(iso.replace("Z", "+00:00"))
    except ValueError:
        return None
    if start.tzinfo is None:
        start = start.replace(tzinfo=dt.UTC)
    return max(0.0, (end - start).total_seconds())


def job_ended(job: dict[str, Any], status: str, result: dict[str, Any] | None = None) -> None:
    """Record a job's end: its latency since submission and, on success, its findings by code."""
    latency = _seconds_since(job.get("created_at"), dt.datetime.now(dt.UTC))
    if latency is not None:
        JOB_LATENCY.labels(status).observe(latency)
    for finding in (result or {}).get("findings", []):
        FINDINGS.labels(finding["code"]).inc()
