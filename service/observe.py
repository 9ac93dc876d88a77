"""Per request: its id (X-Request-ID, carried into the tasks it sends), a JSON access log
line, and the submissions counter by outcome."""

from __future__ import annotations

import logging
import time

from flask import Flask, Response, g, request

from core import logs, metrics

log = logging.getLogger("copydesk.access")
SUBMIT_PATHS = {"/v1/articles": "article", "/v1/batches": "batch"}


def _start() -> None:
    g.request_started = time.monotonic()
    g.request_id = logs.new_request_id(request.headers.get(logs.HEADER))
    g.request_id_token = logs.request_id.set(g.request_id)


def _finish(response: Response) -> Response:
    rid = g.get("request_id")
    if rid:
        response.headers[logs.HEADER] = rid
    kind = SUBMIT_PATHS.get(request.path.rstrip("/")) if request.method == "POST" else None
    if kind:
        if response.status_code == 202:
            replayed = response.headers.get("Idempotent-Replayed") == "true"
            outcome = "replayed" if replayed else "accepted"
        else:
            outcome = str(response.status_code)
        metrics.SUBMISSIONS.labels(kind, outcome).inc()
    started = g.get("request_started")
    log.info(
        "%s %s %d",
        request.method,
        request.path,
        response.status_code,
        extra={
            "method": request.method,
            "path": request.path,
            "status": response.status_code,
            "duration_ms": round((time.monotonic() - started) * 1000, 1) if started else None,
            "client": g.get("client"),
        },
    )
    return response


def _reset(_exc: BaseException | None) -> None:
    token = g.pop("request_id_token", None)
    if token is not None:
        logs.request_id.reset(token)


def init_app(app: Flask) -> None:
    """Register first: every answer, refusals included, gets an id, a log line and its count."""
    app.before_request(_start)
    app.after_request(_finish)
    app.teardown_request(_reset)
