"""The OpenAPI document's stable operationIds, and its docs page served offline.

operationIds come from the view functions' names (`submit_article` -> `submitArticle`), so a
generated client gets `submit_article()` instead of `post_v1_articles()`, and a new route gets
one without anyone remembering to add it. The docs page is Swagger UI from the
swagger-ui-bundle package's own files: nothing is loaded from a CDN, and the page runs under
the same strict Content-Security-Policy as the report pages.
"""

from __future__ import annotations

from typing import Any

from apispec import BasePlugin
from flask import Blueprint, Response, send_from_directory
from swagger_ui_bundle import swagger_ui_path

blp = Blueprint("docs", __name__, static_folder=None)

ASSETS = ("swagger-ui.css", "swagger-ui-bundle.js", "swagger-ui-standalone-preset.js")
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
)
PAGE = """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>copydesk API v1</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/docs/assets/swagger-ui.css">
</head>
<body>
<div id="swagger-ui" data-spec="/v1/openapi.json"></div>
<script src="/docs/assets/swagger-ui-bundle.js"></script>
<script src="/docs/assets/swagger-ui-standalone-preset.js"></script>
<script src="/static/docs.js"></script>
</body>
</html>
"""


def operation_id(endpoint: str, method: str, methods: int) -> str:
    """`articles.get_analysis` -> `getAnalysis` (prefixed with the method when a view has several)."""
    words = endpoint.rsplit(".", 1)[-1].split("_")
    name = words[0] + "".join(w[:1].upper() + w[1:] for w in words[1:])
    return f"{method.lower()}{name[:1].upper()}{name[1:]}" if methods > 1 else name


class OperationIdPlugin(BasePlugin):
    """Gives every operation without an explicit operationId one from its view's name."""

    def operation_helper(self, path: str | None = None, operations: dict | None = None, **kwargs: Any):
        rule = kwargs.get("rule")
        if rule is None or not operations:
            return
        for method, operation in operations.items():
            operation.setdefault("operationId", operation_id(rule.endpoint, method, len(operations)))


@blp.get("/docs")
def docs_page():
    return Response(PAGE, mimetype="text/html", headers={"Content-Security-Policy": CSP})


@blp.get("/docs/assets/<path:name>")
def docs_asset(name: str):
    if name not in ASSETS:
        return Response("Not Found", status=404, mimetype="text/plain")
    return send_from_directory(swagger_ui_path, name, max_age=86_400)
