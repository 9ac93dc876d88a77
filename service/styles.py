"""House styles: a client's own rule packs, stored per client and versioned (PUT/GET/DELETE, list).

Every change makes a new version; a job keeps the version current when it was submitted
(the store keeps replaced versions for a while, see core/store.py). A style over 1 MB is 413,
a bad rule pack 422 with the path of every bad rule; another client's style answers 404.
"""

from __future__ import annotations

from typing import Any

from flask import Flask, request
from flask_smorest import Blueprint, abort

from core.styles import MAX_BYTES, MAX_STYLES_PER_CLIENT, STYLE_ID, normalise_rules
from schemas.style import StyleBodySchema, StyleListSchema, StyleSchema
from service.auth import current_client
from service.errors import problem
from service.state import store

blp = Blueprint("styles", __name__, url_prefix="/v1/styles", description="The client's house styles.")


def refuse_large_styles():
    """before_request: a style's JSON is at most 1 MB (checked before it is parsed)."""
    if request.method == "PUT" and request.path.startswith(blp.url_prefix + "/"):
        size = request.content_length
        if size is None:
            size = len(request.get_data(cache=True))
        if size > MAX_BYTES:
            return problem(
                413,
                "Content Too Large",
                f"The style is {size:,} bytes; a style is at most {MAX_BYTES:,} bytes of JSON.",
            )
    return None


def init_app(app: Flask) -> None:
    app.before_request(refuse_large_styles)


def _out(style: dict[str, Any]) -> dict[str, Any]:
    return {**style, "links": {"self": f"{blp.url_prefix}/{style['style_id']}"}}


@blp.route("", methods=["GET"])
@blp.response(200, StyleListSchema)
def list_styles():
    """The client's styles (without their rules), by id."""
    return {"styles": [_out(s) for s in store().styles(current_client())]}


@blp.route("/<string:style_id>", methods=["PUT"])
@blp.arguments(StyleBodySchema())
@blp.response(200, StyleSchema)
@blp.alt_response(201, schema=StyleSchema, description="The style was created (version 1).")
@blp.alt_response(413, description="The style's JSON is over 1 MB.")
@blp.alt_response(
    422, description="A bad rule pack: `errors` has the path of every bad rule (`rules[3].swap`)."
)
def put_style(payload: dict[str, Any], style_id: str):
    """Create or replace a house style; its `version` goes up on every change.

    An identical PUT changes nothing (same version, 200). Jobs already submitted keep the
    version they were given.
    """
    if not STYLE_ID.match(style_id):
        abort(422, message="Bad style id.", errors={"style_id": ["1-64 characters a-z, 0-9, '-' or '_'."]})
    client = current_client()
    if store().style_head(client, style_id) is None and store().style_count(client) >= MAX_STYLES_PER_CLIENT:
        abort(
            422,
            message="Too many styles.",
            errors={"style_id": [f"A client has at most {MAX_STYLES_PER_CLIENT} styles; delete one first."]},
        )
    rules = normalise_rules(payload["rules"])
    head, created = store().put_style(client, style_id, payload["description"], rules)
    headers = {"Location": f"{blp.url_prefix}/{style_id}"}
    return _out({**head, "rules": rules}), (201 if created else 200), headers


@blp.route("/<string:style_id>", methods=["GET"])
@blp.response(200, StyleSchema)
@blp.alt_response(404, description="No such style (or another client's).")
def get_style(style_id: str):
    """A style's current version, with its rules."""
    style = store().style(current_client(), style_id) if STYLE_ID.match(style_id) else None
    if style is None:
        abort(404, message=f"No style {style_id!r}.")
    return _out(style)


@blp.route("/<string:style_id>", methods=["DELETE"])
@blp.response(204)
@blp.alt_response(404, description="No such style (or another client's).")
def delete_style(style_id: str):
    """Delete a style. Jobs already queued with it still run with their version."""
    if not (STYLE_ID.match(style_id) and store().delete_style(current_client(), style_id)):
        abort(404, message=f"No style {style_id!r}.")
    return "", 204
