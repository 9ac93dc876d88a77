"""Liveness, readiness (naming the dependency that is down) and Prometheus metrics."""

from __future__ import annotations

import redis
from flask import Blueprint, Response, current_app
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from prometheus_client.core import GaugeMetricFamily

from core import metrics as own_metrics
from core.store import age_s
from service.errors import problem
from service.state import store

blp = Blueprint("health", __name__)


@blp.get("/healthz")
def healthz():
    return {"status": "ok"}


@blp.get("/readyz")
def readyz():
    """200 when Redis answers and a worker was seen in the last 30 s; else 503 naming what is down."""
    checks: dict[str, str] = {}
    workers: list[str] = []
    try:
        store().ping()
        checks["redis"] = "ok"
    except redis.RedisError as exc:
        checks["redis"] = f"down: {type(exc).__name__}"
    if checks["redis"] == "ok":
        try:
            workers = store().live_workers()
            checks["workers"] = f"ok: {len(workers)} seen" if workers else "down: none seen in the last 30 s"
        except redis.RedisError as exc:
            checks["workers"] = f"unknown: {type(exc).__name__}"
    else:
        checks["workers"] = "unknown: Redis is down"
    failing = [name for name, state in checks.items() if not state.startswith("ok")]
    down = [name for name in failing if checks[name].startswith("down")] or failing
    if down:
        what = {"redis": "Redis is not reachable", "workers": "no analysis worker has been seen recently"}
        return problem(
            503,
            "Service Unavailable",
            f"Not ready: {what[down[0]]} ({checks[down[0]]}).",
            headers={"Retry-After": "5"},
            down=down,
            checks=checks,
        )
    # a nearly full store refuses submissions but still serves reads and deletes: ready, but say so
    memory = current_app.extensions["copydesk.memory"].memory(fresh=True)
    body = {"status": "ready", "workers": workers, "checks": checks, "memory": memory.as_dict()}
    if memory.full:
        body.update(status="refusing_submissions", detail=f"{memory.describe()}.")
    return body


class StoreCollector:
    """Metrics read from Redis at scrape time, so they are right across API processes."""

    def collect(self):
        s = store()
        depth = GaugeMetricFamily("copydesk_queue_depth", "Messages waiting in the analysis queue.")
        depth.add_metric([], s.queue_depth())
        yield depth
        pending = GaugeMetricFamily("copydesk_jobs_pending", "Jobs accepted and not yet ended.")
        pending.add_metric([], s.pending_count())
        yield pending
        beats = s.worker_heartbeats()
        workers = GaugeMetricFamily("copydesk_workers_alive", "Workers seen in the last 30 seconds.")
        workers.add_metric([], len(beats))
        yield workers
        age = GaugeMetricFamily(
            "copydesk_worker_heartbeat_age_seconds",
            "Seconds since each live worker's last heartbeat (a worker vanishes after 30 s).",
            labels=["worker"],
        )
        for name, when in sorted(beats.items()):
            seconds = age_s(when)
            if seconds is not None:
                age.add_metric([name], max(0.0, seconds))
        yield age
        ended = GaugeMetricFamily(
            "copydesk_jobs_ended", "Jobs ended since the store began, by status.", labels=["status"]
        )
        for status, count in sorted(s.ended_counts().items()):
            ended.add_metric([status], count)
        yield ended
        used, maxmemory = s.memory()
        memory = GaugeMetricFamily("copydesk_redis_used_memory_bytes", "Memory Redis uses.")
        memory.add_metric([], used)
        yield memory
        limit = GaugeMetricFamily("copydesk_redis_maxmemory_bytes", "Redis's maxmemory (0: none).")
        limit.add_metric([], maxmemory)
        yield limit


@blp.get("/metrics")
def metrics():
    registry = own_metrics.registry()
    registry.register(StoreCollector())
    return Response(generate_latest(registry), content_type=CONTENT_TYPE_LATEST)  # has its charset
