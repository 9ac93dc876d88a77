"""Refuse new work before Redis runs out of memory.

Redis with a `maxmemory` and the `noeviction` policy (what copydesk needs: evicting would lose
jobs or queue messages) refuses writes once full, which would fail submissions half-way and
stop workers from recording results. So while Redis uses `COPYDESK_MEMORY_REFUSE_PERCENT` of
its `maxmemory` or more, submissions (POST /v1/articles, /v1/batches) answer 503 with
`Retry-After`; reads, deletes and the workers go on, and memory comes back as results expire
(`COPYDESK_RETENTION_DAYS`) or articles are erased. `/readyz` says so. Redis is asked at most
once a second per API process.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from flask import Flask, request

from core.settings import Settings
from core.store import Store
from service.errors import problem

SUBMISSION_PATHS = ("/v1/articles", "/v1/batches")
RETRY_AFTER_S = "60"
CHECK_EVERY_S = 1.0


@dataclass(frozen=True)
class Memory:
    used: int
    maxmemory: int  # 0: Redis has no limit
    percent: int  # the refusal threshold (0: never refuse)

    @property
    def limit(self) -> int | None:
        """Bytes from which submissions are refused, or None."""
        if not self.maxmemory or not self.percent:
            return None
        return self.maxmemory * self.percent // 100

    @property
    def full(self) -> bool:
        return self.limit is not None and self.used >= self.limit

    def describe(self) -> str:
        return (
            f"Redis uses {self.used / 1e6:,.1f} MB of its {self.maxmemory / 1e6:,.1f} MB maxmemory; "
            f"new work is refused from {self.percent} %"
        )

    def as_dict(self) -> dict[str, object]:
        return {
            "used_bytes": self.used,
            "maxmemory_bytes": self.maxmemory,
            "refuse_from_bytes": self.limit,
            "accepting_submissions": not self.full,
        }


class MemoryGuard:
    def __init__(self, store: Store, percent: int) -> None:
        self.store = store
        self.percent = percent
        self._seen: tuple[float, Memory] | None = None

    def memory(self, fresh: bool = False) -> Memory:
        now = time.monotonic()
        if fresh or self._seen is None or now - self._seen[0] > CHECK_EVERY_S:
            used, maxmemory = self.store.memory()
            self._seen = (now, Memory(used, maxmemory, self.percent))
        return self._seen[1]


def init_app(app: Flask, settings: Settings) -> None:
    """Register the refusal hook; call after the rate limit (a refused request still counts)."""
    memory_guard = MemoryGuard(app.extensions["copydesk.store"], settings.memory_refuse_percent)
    app.extensions["copydesk.memory"] = memory_guard

    @app.before_request
    def refuse_when_memory_is_short():
        if request.method != "POST" or request.path.rstrip("/") not in SUBMISSION_PATHS:
            return None
        if not settings.memory_refuse_percent:
            return None
        memory = memory_guard.memory()
        if memory.full:
            return problem(
                503,
                "Service Unavailable",
                f"The store is nearly full: {memory.describe()}. Retry later; stored results "
                f"expire after {settings.retention_days} days, or erase articles "
                "(DELETE /v1/articles/{id}).",
                headers={"Retry-After": RETRY_AFTER_S},
            )
        return None
