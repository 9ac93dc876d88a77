"""Every error as RFC 9457 `application/problem+json`, with field errors for validation."""

from __future__ import annotations

import logging
from typing import Any

from flask import Response, json
from flask_smorest import Api
from werkzeug.exceptions import HTTPException, InternalServerError

from schemas.problem import ProblemSchema

log = logging.getLogger(__name__)
PROBLEM_TYPE = "about:blank"  # RFC 9457: the title is the HTTP status phrase
# where webargs found what failed validation, as a problem's detail names it
LOCATIONS = {
    "json": "request body",
    "query": "query parameters",
    "headers": "request headers",
    "view_args": "path",
    "form": "form data",
}


def flatten(messages: Any, prefix: str = "") -> dict[str, Any]:
    """marshmallow's nested messages as {"field.path": [messages]}."""
    if not isinstance(messages, dict):
        return {prefix or "_schema": messages}
    flat: dict[str, Any] = {}
    for key, value in messages.items():
        path = f"{prefix}.{key}" if prefix else str(key)
        if isinstance(value, dict):
            flat.update(flatten(value, path))
        else:
            flat[path] = value
    return flat


def problem(
    status: int,
    title: str,
    detail: str,
    errors: dict[str, Any] | None = None,
    headers: dict[str, str] | None = None,
    **extra: Any,
) -> Response:
    """A problem+json response; `extra` adds extension members (RFC 9457 section 3.2)."""
    body: dict[str, Any] = {
        "type": PROBLEM_TYPE,
        "title": title,
        "status": status,
        "detail": detail,
    }
    if errors:
        body["errors"] = errors
    body.update(extra)
    response = Response(json.dumps(body), status=status, mimetype="application/problem+json")
    for name, value in (headers or {}).items():
        response.headers[name] = value
    return response


class ProblemApi(Api):
    ERROR_SCHEMA = ProblemSchema

    def handle_http_exception(self, error: HTTPException) -> Response:
        if error.response is not None:
            return error.response  # raised with a ready answer (a problem, e.g. the rate limiter's 429)
        data = getattr(error, "data", None) or {}
        headers = dict(data.get("headers") or {})
        errors = None
        location = "json"
        messages = data.get("messages") or data.get("errors")
        if messages:
            # webargs nests messages under the request location ("json", "query")
            if isinstance(messages, dict) and len(messages) == 1 and next(iter(messages)) in LOCATIONS:
                location = next(iter(messages))
                messages = messages[location]
            errors = flatten(messages)
        if isinstance(error, InternalServerError):
            original = getattr(error, "original_exception", None)
            if original is not None:
                log.error("unhandled error", exc_info=original)
            detail = "An unexpected error occurred; it has been logged."
        else:
            detail = data.get("message") or error.description or error.name
            if error.code == 422 and errors:
                detail = f"The {LOCATIONS[location]} failed validation; see `errors`."
            if error.code == 400 and errors and "Invalid JSON body." in str(errors):
                detail, errors = "The request body is not valid JSON.", None
        for header, value in error.get_headers():
            if header.lower() not in ("content-type",):
                headers.setdefault(header, value)
        return problem(error.code or 500, error.name, detail, errors, headers)
