"""The Flask application factory."""

from __future__ import annotations

import logging

import redis
from flask import Flask, request
from werkzeug.exceptions import HTTPException

import core
from core.queue import Queue
from core.settings import Settings
from core.store import Store
from service import articles, auth, batches, capacity, docs, health, jobs, limits, observe, styles
from service.errors import ProblemApi, problem
from service.openapi_links import LinksPlugin

log = logging.getLogger(__name__)


def create_app(
    settings: Settings | None = None, store: Store | None = None, queue: Queue | None = None
) -> Flask:
    """The API; `settings` default to the environment's, `store` and `queue` to the ones they name."""
    settings = settings or Settings.from_env()
    app = Flask(__name__)
    app.config.update(
        API_TITLE="copydesk",
        API_VERSION="v1",
        OPENAPI_VERSION="3.0.3",
        OPENAPI_URL_PREFIX="/v1",
        OPENAPI_JSON_PATH="openapi.json",
        # a body of max_body_chars characters, each up to 6 bytes as a JSON escape
        MAX_CONTENT_LENGTH=settings.max_body_chars * 6 + 65_536,
        API_SPEC_OPTIONS={
            "info": {
                "description": f"copydesk: an automated copy desk for newsrooms. Analyzer {core.__version__}."
            },
            "components": {"securitySchemes": {"apiKey": {"type": "http", "scheme": "bearer"}}},
            "security": [{"apiKey": []}],
        },
    )
    app.extensions["copydesk.settings"] = settings
    app.extensions["copydesk.store"] = store or Store.from_url(
        settings.effective_redis_url, retention_days=settings.retention_days
    )
    app.extensions["copydesk.queue"] = queue or Queue.from_settings(settings)

    api = ProblemApi(app, spec_kwargs={"extra_plugins": [LinksPlugin(), docs.OperationIdPlugin()]})
    api.register_blueprint(articles.blp)
    api.register_blueprint(jobs.blp)
    api.register_blueprint(batches.blp)
    api.register_blueprint(styles.blp)
    app.register_blueprint(health.blp)
    app.register_blueprint(docs.blp)
    observe.init_app(app)  # first: every answer gets a request id, a log line and its count
    batches.init_app(app)  # then: raises the body size limit of POST /v1/batches before anything reads it
    # order matters: who is calling, then their rate limit and request shape (backpressure: the store)
    auth.init_app(app)
    limits.init_app(app, settings)
    capacity.init_app(app, settings)
    styles.init_app(app)

    @app.before_request
    def require_json():
        if (
            request.method in limits.JSON_METHODS
            and request.path.startswith("/v1/")
            and request.mimetype != "application/json"
        ):
            return problem(
                415,
                "Unsupported Media Type",
                f"Send the request body as application/json, not {request.mimetype or 'nothing'}.",
            )
        return None

    @app.errorhandler(redis.RedisError)
    def redis_down(exc: redis.RedisError):
        log.warning("Redis error: %s", exc)
        return problem(
            503,
            "Service Unavailable",
            "The store is not reachable; try again shortly.",
            headers={"Retry-After": "5"},
        )

    @app.errorhandler(Exception)
    def unexpected(exc: Exception):
        if isinstance(exc, HTTPException):
            return api.handle_http_exception(exc)
        log.exception("unhandled error")
        return problem(500, "Internal Server Error", "An unexpected error occurred; it has been logged.")

    return app
