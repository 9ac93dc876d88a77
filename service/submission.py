"""Checks a submission passes beyond its schema, shared by single articles and batches."""

from __future__ import annotations

from typing import Any

from core.callbacks import CallbackRefused, check_callback
from service.state import settings


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
