"""Checks a submission passes beyond its schema, shared by single articles and batches."""

from __future__ import annotations

from typing import Any

from core.callbacks import CallbackRefused, check_callback
from core.styles import DEFAULT_STYLE
from service.state import settings, store


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
    """
    if cache is not None and name in cache:
        return cache[name]
    head = store().style_head(client, name or DEFAULT_STYLE)
    if head is not None:
        answer: tuple = ({"id": head["style_id"], "version": head["version"]}, None)
    elif name:
        answer = (None, f"No style {name!r}; create it with PUT /v1/styles/{name}.")
    else:
        answer = (None, None)
    if cache is not None:
        cache[name] = answer
    return answer
