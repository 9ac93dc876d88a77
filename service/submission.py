"""Checks a submission passes beyond its schema, shared by single articles and batches."""

from __future__ import annotations

from typing import Any

from flask import Response

from core.callbacks import CallbackRefused, check_callback
from service.errors import problem
from service.state import settings, store

BACKPRESSURE_RETRY_AFTER_S = "30"


def body_too_large(payload: dict[str, Any]) -> str | None:
    """Why the body is over the size limit, or None."""
    limit = settings().max_body_chars
    if len(payload["body"]) > limit:
        return f"The body has {len(payload['body']):,} characters; the limit is {limit:,}."
    return None


def callback_refusal(url: str | None, cache: dict[str, str | None] | None = None) -> str | None:
    """Why `url` may not be a webhook target (SSRF rules of core.callbacks), or None."""
    if not url:
        return None
    if cache is not None and url in cache:
        return cache[url]
    try:
        check_callback(url, settings().callback_allowlist)
        reason = None
    except CallbackRefused as exc:
        reason = str(exc)
    if cache is not None:
        cache[url] = reason
    return reason


def style_ref(
    client: str, name: str | None, cache: dict[str | None, tuple] | None = None
) -> tuple[dict[str, Any] | None, str | None]:
    """The {id, version} of the house style a submission runs with (None: no style), or why not.

    No name: the client's style `default` if it exists. A named style that does not exist is
    refused (the caller answers 422). The version is the one current now: the job keeps it.
    (The rule itself is the store's, `Store.style_ref`; a single submission has the store
    apply it inside its submit step, see `unknown_style`.)
    """
    if cache is not None and name in cache:
        return cache[name]
    ref, unknown = store().style_ref(client, name)
    answer: tuple = (ref, unknown_style(name or "") if unknown else None)
    if cache is not None:
        cache[name] = answer
    return answer


def unknown_style(name: str) -> str:
    return f"No style {name!r}; create it with PUT /v1/styles/{name}."


def queue_full(depth: int) -> Response:
    """Backpressure (the store refused the submission: QueueFull): 503 with Retry-After."""
    return problem(
        503,
        "Service Unavailable",
        f"The analysis queue is full ({depth:,} messages waiting); retry later.",
        headers={"Retry-After": BACKPRESSURE_RETRY_AFTER_S},
    )
