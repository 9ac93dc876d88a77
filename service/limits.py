"""Limits that keep one client or one request from taking the service down.

- Rate limit per client (COPYDESK_RATE_LIMIT, flask-limiter syntax such as "600/minute";
  empty: off), one budget across all /v1 routes, counted in the same Redis as everything
  else so it holds across API processes: over it, 429 problem+json with `Retry-After`.
  The default strategy is flask-limiter's fixed window (COPYDESK_RATE_LIMIT_STRATEGY): one
  INCR+EXPIRE script a request, where the moving window stored every hit in a list (a
  second Lua call and ~0.4 ms of API CPU per request, measured under wrk).
- Backpressure: while the Celery queue is deeper than COPYDESK_MAX_QUEUE_DEPTH messages,
  submissions (POST /v1/articles, /v1/batches) answer 503 with `Retry-After` instead of
  queueing more: nothing is accepted that might not be served. The store checks the depth
  inside its submit script (`Store.submit(queue_limit=...)`, one round trip with the write);
  the views answer with `service.submission.queue_full`.
- JSON nesting depth (COPYDESK_MAX_JSON_DEPTH): a body nested deeper is refused with 400
  before any parser recurses into it (a bracket count with strings blanked out, linear in
  the size of the body whatever it holds).
Health, readiness, metrics and the OpenAPI document are exempt from the rate limit.
"""

from __future__ import annotations

import math
import re
import time

import numpy as np
from flask import Flask, request
from flask_limiter import Limiter, RequestLimit
from werkzeug.exceptions import RequestEntityTooLarge

from core.settings import Settings
from service.auth import current_client
from service.errors import problem

JSON_METHODS = ("POST", "PUT", "PATCH")

# A JSON string, or the unterminated rest of the input after a quote. Linear: every match
# that starts succeeds (a string ends at its quote or at the end of the input), so the
# engine never starts again inside an unterminated string full of `\"` (the old pattern
# needed its closing quote and was quadratic there).
_STRING = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*\\?(?:"|\Z)', re.DOTALL)
_NOT_BRACKETS = bytes(b for b in range(256) if b not in b"[]{}")
# depth does not depend on the kind of bracket: opening ones count +1, closing ones -1 (int8)
_AS_STEPS = bytes.maketrans(b"[]{}", b"\x01\xff\x01\xff")
_CHUNK = 1 << 20


def json_depth_exceeds(data: bytes, limit: int) -> bool:
    """True when `data` nests arrays/objects deeper than `limit` (brackets in strings do not count).

    Linear in the size of `data`, at C speed: one regex pass blanks the strings, one
    translate keeps the brackets as +1/-1 steps, and numpy's running sum gives the depth
    after each bracket (in chunks, so memory stays small). Unbalanced brackets (invalid
    JSON, which the parser refuses, but only after recursing into it) count the same way.
    """
    if data.count(b"[") + data.count(b"{") <= limit:
        return False
    steps = _STRING.sub(b"", data).translate(_AS_STEPS, _NOT_BRACKETS)
    depth = 0
    for start in range(0, len(steps), _CHUNK):
        chunk = np.frombuffer(steps, dtype=np.int8, count=min(_CHUNK, len(steps) - start), offset=start)
        running = np.cumsum(chunk, dtype=np.int64)
        if depth + int(running.max()) > limit:
            return True
        depth += int(running[-1])
    return False


def _body() -> bytes:
    """The request body, read once (and cached for the views). A streamed (chunked) body has
    no Content-Length to refuse early, and werkzeug stops reading it at the size limit without
    a word, so a body that fills the limit is over it: 413, not a truncated body's 400."""
    data = request.get_data(cache=True)
    limit = request.max_content_length
    if limit is not None and request.content_length is None and len(data) >= limit:
        raise RequestEntityTooLarge()
    return data


def _limited_path() -> bool:
    return request.path.startswith("/v1/") and request.path != "/v1/openapi.json"


def _retry_after(limit: RequestLimit) -> str:
    return str(max(1, math.ceil(limit.reset_at - time.time())))


def _on_breach(limit: RequestLimit):
    return problem(
        429,
        "Too Many Requests",
        f"Rate limit of {limit.limit} exceeded for this client; retry later.",
        headers={"Retry-After": _retry_after(limit)},
    )


def init_app(app: Flask, settings: Settings) -> Limiter | None:
    """Register the hooks; call after service.auth.init_app (the rate limit is per client)."""

    limiter = None
    if settings.rate_limit.strip():
        limiter = Limiter(
            key_func=current_client,
            app=app,
            # application limits: one budget per client shared by every route (default limits
            # would count each route separately, multiplying the limit by the number of routes)
            application_limits=[settings.rate_limit],
            application_limits_exempt_when=lambda: not _limited_path(),
            storage_uri=settings.effective_redis_url,
            storage_options={"socket_connect_timeout": 5, "socket_timeout": 5},
            strategy=settings.rate_limit_strategy,
            key_prefix="cd:ratelimit",
            # no rate-limit headers on every answer: they would overwrite the Retry-After
            # of a 202 (when to poll) and of a 503; a 429 carries its own (see _on_breach)
            headers_enabled=False,
            swallow_errors=True,  # Redis down: the store answers 503 anyway; do not fail here
            on_breach=_on_breach,
        )

    @app.before_request
    def check_request_shape():
        if (
            request.method in JSON_METHODS
            and request.path.startswith("/v1/")
            and request.mimetype == "application/json"
            and json_depth_exceeds(_body(), settings.max_json_depth)
        ):
            return problem(
                400,
                "Bad Request",
                f"The JSON body is nested more than {settings.max_json_depth} levels deep.",
            )
        return None

    return limiter
