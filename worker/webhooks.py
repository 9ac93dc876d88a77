"""Webhooks: POST a job that ended to its callback_url, signed, with retries and a delivery log.

- Body: the job as `GET /v1/jobs/{id}` gives it (without `deliveries`), compact UTF-8 JSON.
- `X-Copydesk-Signature: sha256=<hex HMAC-SHA256 of the raw body under the client's secret>`,
  `X-Copydesk-Timestamp` (Unix seconds of this attempt), `X-Copydesk-Event` (`job.succeeded` or
  `job.failed`), `X-Copydesk-Delivery` (`{job_id}.{attempt}`), `X-Request-ID` (the id of the
  request that submitted the job, when known).
- The secret: the client's `webhook_secret` (created with its first API key); the keyless local
  client uses COPYDESK_WEBHOOK_SECRET. A keyed client without a secret gets no unsigned webhook.
- Each attempt re-checks the URL (core.callbacks: DNS may have changed since submission),
  connects to the very address it checked, and never follows a redirect.
- 2xx is delivered. A connection error, a timeout, 408, 425, 429 or 5xx is retried with
  Celery's exponential backoff and full jitter (retry n after a random 0 to
  COPYDESK_WEBHOOK_BACKOFF_S * 2**(n-1) whole seconds), COPYDESK_WEBHOOK_MAX_ATTEMPTS in all.
  Any other answer (3xx, 4xx) or a refused URL ends the delivery at once.
- Every attempt is logged on the job (`deliveries`): attempt, time, status code or error, duration.
Delivery is at least once (a worker lost mid-attempt sends again): receivers dedupe by job_id.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import time
from typing import Any

import urllib3
from celery import Celery, Task

import core
from core import logs
from core.callbacks import CallbackRefused, CheckedCallback, check_callback
from core.links import job_out
from core.queue import DELIVER_TASK, Queue
from core.settings import Settings
from core.store import LOCAL_CLIENT, Store, now
from worker.resources import current

log = logging.getLogger(__name__)

RETRY_STATUSES = {408, 425, 429}
BACKOFF_MAX_S = 600
MAX_RESPONSE_BYTES = 65_536


def sign(secret: str, body: bytes) -> str:
    return "sha256=" + hmac.new(secret.encode("utf-8"), body, hashlib.sha256).hexdigest()


def secret_for(store: Store, settings: Settings, client: str) -> str | None:
    secret = store.webhook_secret(client)
    if secret:
        return secret
    return settings.webhook_secret if client == LOCAL_CLIENT else None


def payload(job: dict[str, Any]) -> bytes:
    return json.dumps(job_out(job), ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def schedule(store: Store, queue: Queue, jid: str) -> bool:
    """Start delivering the webhook of a job that just ended, if it has a callback_url."""
    job = store.job(jid)
    if job is None or not job.get("callback_url"):
        return False
    queue.deliver_webhook(jid)
    return True


def _host_header(checked: CheckedCallback) -> str:
    host = f"[{checked.host}]" if ":" in checked.host else checked.host
    default = 443 if checked.scheme == "https" else 80
    return host if checked.port == default else f"{host}:{checked.port}"


def _post(checked: CheckedCallback, headers: dict[str, str], body: bytes, timeout_s: float) -> int:
    """POST to the checked addresses in turn (next one only when connecting fails); the status."""
    last: Exception | None = None
    for address in checked.addresses:
        options: dict[str, Any] = {"timeout": urllib3.Timeout(total=timeout_s), "retries": False}
        if checked.scheme == "https":
            pool: urllib3.HTTPConnectionPool = urllib3.HTTPSConnectionPool(
                address,
                checked.port,
                server_hostname=checked.host,
                assert_hostname=checked.host,
                cert_reqs="CERT_REQUIRED",
                **options,
            )
        else:
            pool = urllib3.HTTPConnectionPool(address, checked.port, **options)
        try:
            response = pool.urlopen(
                "POST",
                checked.target,
                body=body,
                headers=headers,
                redirect=False,
                retries=False,
                assert_same_host=False,
                preload_content=False,
            )
            response.read(MAX_RESPONSE_BYTES)  # drain a little; never a whole huge answer
            response.release_conn()
            return response.status
        except (urllib3.exceptions.NewConnectionError, urllib3.exceptions.ConnectTimeoutError) as exc:
            last = exc
        finally:
            pool.close()
    assert last is not None
    raise last


def attempt_delivery(
    store: Store, settings: Settings, job: dict[str, Any], attempt: int
) -> tuple[dict[str, Any], bool]:
    """One delivery attempt: (its log entry, whether to try again)."""
    started = time.monotonic()
    entry: dict[str, Any] = {"attempt": attempt, "at": now(), "status_code": None, "error": None}

    def done(retry: bool) -> tuple[dict, bool]:
        entry["duration_ms"] = round((time.monotonic() - started) * 1000, 1)
        entry["delivered"] = entry["status_code"] is not None and 200 <= entry["status_code"] < 300
        return entry, retry

    try:
        checked = check_callback(job["callback_url"], settings.callback_allowlist)
    except CallbackRefused as exc:
        entry["error"] = f"refused: {exc}"
        return done(retry=False)
    secret = secret_for(store, settings, job["client"])
    if not secret:
        entry["error"] = "the client has no webhook secret; not sending an unsigned webhook"
        return done(retry=False)
    body = payload(job)
    headers = {
        "Host": _host_header(checked),
        "Content-Type": "application/json; charset=utf-8",
        "User-Agent": f"copydesk-webhooks/{core.__version__}",
        "X-Copydesk-Signature": sign(secret, body),
        "X-Copydesk-Timestamp": str(int(time.time())),
        "X-Copydesk-Event": f"job.{job['status']}",
        "X-Copydesk-Delivery": f"{job['job_id']}.{attempt}",
    }
    rid = logs.request_id.get()
    if rid:
        headers["X-Request-ID"] = rid  # the submitting request's id (core.logs)
    try:
        status = _post(checked, headers, body, settings.webhook_timeout_s)
    except (urllib3.exceptions.HTTPError, OSError) as exc:
        entry["error"] = f"{type(exc).__name__}: {exc}"[:300]
        return done(retry=True)
    entry["status_code"] = status
    if 200 <= status < 300:
        return done(retry=False)
    if 300 <= status < 400:
        entry["error"] = "redirects are not followed"
    return done(retry=status in RETRY_STATUSES or status >= 500)


class RetryDelivery(Exception):
    """This attempt failed in a way worth trying again (Celery's autoretry schedules it)."""


def deliver_webhook(self: Task, jid: str) -> None:
    settings = current().settings
    store = current().store
    job = store.job(jid)
    if job is None or not job.get("callback_url"):
        return
    attempt = self.request.retries + 1
    entry, retry = attempt_delivery(store, settings, job, attempt)
    store.add_delivery(jid, entry)
    if entry["delivered"]:
        return
    if retry and attempt < settings.webhook_max_attempts:
        log.info("webhook of %s: attempt %d failed (%s); trying again", jid, attempt, entry)
        raise RetryDelivery(entry["error"] or f"status {entry['status_code']}")
    log.warning("webhook of %s not delivered after %d attempt(s): %s", jid, attempt, entry)


def register(app: Celery, settings: Settings) -> None:
    """The delivery task; retries back off exponentially with full jitter (Celery's own:
    retry n waits a random whole number of seconds in [0, COPYDESK_WEBHOOK_BACKOFF_S * 2**(n-1)])."""
    app.task(
        name=DELIVER_TASK,
        bind=True,
        ignore_result=True,
        autoretry_for=(RetryDelivery,),
        retry_backoff=settings.webhook_backoff_s,
        retry_backoff_max=BACKOFF_MAX_S,
        retry_jitter=True,
        max_retries=None,  # deliver_webhook counts the attempts itself
    )(deliver_webhook)
