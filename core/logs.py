"""Structured JSON logs, and the request id that ties an API request to its tasks and webhooks.

Every log line is one JSON object (python-json-logger) with `request_id` when there is one.
The API takes the caller's `X-Request-ID` (or makes one) and sets it for the request; every
Celery task sent while it is set carries it in a message header (`before_task_publish`); the
worker sets it again while that task runs (`task_prerun`), so the analysis logs, the webhook
task it sends and the webhook's own `X-Request-ID` header all name the request.
"""

from __future__ import annotations

import logging
import re
import sys
import uuid
from contextvars import ContextVar
from typing import Any

from celery.signals import before_task_publish, task_postrun, task_prerun
from pythonjsonlogger.json import JsonFormatter

HEADER = "X-Request-ID"
TASK_HEADER = "copydesk_request_id"
TEXT_FORMAT = "%(asctime)s %(levelname)s %(name)s [%(request_id)s] %(message)s"
_VALID = re.compile(r"^[A-Za-z0-9._:-]{1,64}$")

request_id: ContextVar[str | None] = ContextVar("copydesk_request_id", default=None)


def new_request_id(offered: str | None = None) -> str:
    """The caller's id when it is a sane token, else a fresh one."""
    if offered and _VALID.match(offered):
        return offered
    return uuid.uuid4().hex


class RequestIdFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        record.request_id = request_id.get()
        return True


def configure(level: str = "INFO", fmt: str = "json") -> None:
    """One stderr handler on the root logger: JSON lines (or plain text with `fmt="text"`)."""
    handler = logging.StreamHandler(sys.stderr)
    handler.addFilter(RequestIdFilter())
    if fmt == "json":
        handler.setFormatter(
            JsonFormatter(
                "%(asctime)s %(levelname)s %(name)s %(message)s %(request_id)s %(process)d",
                rename_fields={"asctime": "time", "levelname": "level", "name": "logger"},
                timestamp=False,
            )
        )
    else:
        handler.setFormatter(
            logging.Formatter("%(asctime)s %(levelname)s %(name)s [%(request_id)s] %(message)s")
        )
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(level.upper())


@before_task_publish.connect
def _carry(headers: dict[str, Any] | None = None, **_: Any) -> None:
    rid = request_id.get()
    if rid and headers is not None:
        headers.setdefault(TASK_HEADER, rid)


@task_prerun.connect
def _enter(task: Any = None, **_: Any) -> None:
    rid = getattr(getattr(task, "request", None), TASK_HEADER, None) if task is not None else None
    request_id.set(rid if isinstance(rid, str) else None)


@task_postrun.connect
def _leave(**_: Any) -> None:
    request_id.set(None)
