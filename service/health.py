"""Liveness, readiness and Prometheus metrics."""

from __future__ import annotations

import redis
from flask import Blueprint, Response, current_app
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, generate_latest
from prometheus_client.core import GaugeMetricFamily

from service.errors import problem
from service.state import store

blp = Blueprint("health", __name__)


@blp.get("/healthz")
def healthz():
    return {"status": "ok"}


@blp.get("/readyz")
def readyz():
    try:
        store().ping()
        workers = store().live_workers()
        memory = current_app.extensions["copydesk.memory"].memory(fresh=True)
    except redis.RedisError as exc:
        return problem(503, "Service Unavailable", f"Redis is not reachable: {type(exc).__name__}.")
    if not workers:
        return problem(
            503,
            "Service Unavailable",
            "No analysis worker has been seen recently.",
            headers={"Retry-After": "5"},
        )
    # a nearly full store refuses submissions but still serves reads and deletes: ready, but say so
    body = {"status": "ready", "workers": workers, "memory": memory.as_dict()}
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
        workers = GaugeMetricFamily("copydesk_workers_alive", "Workers seen in the last 30 seconds.")
        workers.add_metric([], len(s.live_workers()))
        yield workers
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
    registry = CollectorRegistry()
    registry.register(StoreCollector())
    return Response(generate_latest(registry), content_type=CONTENT_TYPE_LATEST)  # has its charset
