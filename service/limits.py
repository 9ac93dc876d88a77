"""Limits that keep one client or one request from taking the service down.

- Rate limit per client (COPYDESK_RATE_LIMIT, flask-limiter syntax such as "600/minute";
  empty: off), one budget across all /v1 routes, counted in the same Redis as everything
  else so it holds across API processes: over it, 429 problem+json with `Retry-After`.
  The default strategy is the fixed window (COPYDESK_RATE_LIMIT_STRATEGY): one INCR+EXPIRE
  script a request; the moving window is exact but stores every hit in a list.
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

import logging
import math
import re
import time

import numpy as np
import redis
from flask import Flask, request
from limits import RateLimitItem, parse_many
from limits.storage import storage_from_string
from limits.strategies import STRATEGIES
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
log = logging.getLogger(__name__)


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


class RateLimit:
    """One budget per client shared by every /v1 route, counted in Redis with the `limits`
    library (what flask-limiter is built on) directly: the limits are parsed once, and a
    request costs one `hit` per limit (one Redis script for the fixed window). flask-limiter
    resolved and filtered its limits again on every request, about 9 % of the API's CPU on a
    submit."""

    KEY_PREFIX = "cd:ratelimit"

    def __init__(self, settings: Settings) -> None:
        self.items = parse_many(settings.rate_limit)
        storage = storage_from_string(
            settings.effective_redis_url,
            key_prefix=self.KEY_PREFIX,
            socket_connect_timeout=5,
            socket_timeout=5,
        )
        self.strategy = STRATEGIES[settings.rate_limit_strategy](storage)

    def breached(self, client: str) -> RateLimitItem | None:
        """Count a request of `client`; the limit it went over, or None."""
        for item in self.items:
            if not self.strategy.hit(item, client):
                return item
        return None

    def retry_after(self, item: RateLimitItem, client: str) -> str:
        """Whole seconds until the window of `item` lets `client` in again (at least 1)."""
        reset_at = self.strategy.get_window_stats(item, client).reset_time
        return str(max(1, math.ceil(reset_at - time.time())))


def init_app(app: Flask, settings: Settings) -> RateLimit | None:
    """Register the hooks; call after service.auth.init_app (the rate limit is per client)."""
    limiter = RateLimit(settings) if settings.rate_limit.strip() else None

    if limiter is not None:
        rate_limit = limiter

        @app.before_request
        def check_rate_limit():
            # no rate-limit headers on every answer: they would overwrite the Retry-After of
            # a 202 (when to poll) and of a 503; a 429 carries its own
            if not _limited_path():
                return None
            client = current_client()
            try:
                over = rate_limit.breached(client)
                if over is None:
                    return None
                retry_after = rate_limit.retry_after(over, client)
            except redis.RedisError as exc:  # Redis down: the store answers 503 anyway
                log.warning("rate limit not checked: %s", exc)
                return None
            return problem(
                429,
                "Too Many Requests",
                f"Rate limit of {over} exceeded for this client; retry later.",
                headers={"Retry-After": retry_after},
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
