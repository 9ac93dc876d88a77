"""Who is calling: the client a request acts for, from `Authorization: Bearer <api key>`.

With COPYDESK_REQUIRE_API_KEY on, every `/v1` route but the OpenAPI document needs a
valid, unrevoked key (else 401 problem+json with `WWW-Authenticate: Bearer`); the key's
client scopes every read and write, so another client's ids answer 404. With it off
(the embedded local mode, which says so at start) a valid key still selects its
client, and requests without one act for the client "local".
Keys are looked up by their SHA-256 (core.keys); the key itself is never logged.
"""

from __future__ import annotations

from flask import Flask, g, request

from core.store import LOCAL_CLIENT
from service.errors import problem

PUBLIC_V1 = ("/v1/openapi.json",)


def current_client() -> str:
    return g.get("client", LOCAL_CLIENT)


def needs_key(path: str) -> bool:
    return path.startswith("/v1/") and path not in PUBLIC_V1


def _bearer() -> str | None:
    header = request.headers.get("Authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        return None
    return token.strip()


def _unauthorized(detail: str):
    return problem(401, "Unauthorized", detail, headers={"WWW-Authenticate": 'Bearer realm="copydesk"'})


def authenticate():
    """before_request: set `g.client`, or answer 401."""
    from core.keys import authenticate as lookup
    from service.state import settings, store

    if not needs_key(request.path):
        return None
    token = _bearer()
    client = lookup(store(), token) if token else None
    if client:
        g.client = client
        return None
    if not settings().require_api_key:
        g.client = LOCAL_CLIENT
        return None
    if token is None:
        return _unauthorized("Send an API key as `Authorization: Bearer <key>`.")
    return _unauthorized("The API key is not valid or has been revoked.")


def init_app(app: Flask) -> None:
    app.before_request(authenticate)
