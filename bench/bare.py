"""The ceiling for `POST /v1/articles`: a bare Flask app that does the least a submit endpoint must.

It validates the same marshmallow schema and makes one pipelined Redis write, nothing else
(no auth, no limits, no idempotency, no queue). `python -m bench` runs it under gunicorn with
the same worker count as copydesk's API and compares the two side by side:

    REDIS_URL=redis://127.0.0.1:6390/0 gunicorn --workers 2 'bench.bare:create_app()'
"""

from __future__ import annotations

import json
import os
import secrets

import redis
from flask import Flask, request
from marshmallow import ValidationError

from schemas.article import ArticleSubmissionSchema


def create_app(redis_url: str | None = None) -> Flask:
    app = Flask(__name__)
    r = redis.Redis.from_url(redis_url or os.environ["REDIS_URL"])
    schema = ArticleSubmissionSchema()

    @app.post("/v1/articles")
    def submit():
        try:
            article = schema.load(request.get_json())
        except ValidationError as exc:
            return {"errors": exc.messages}, 422
        job_id = "job_" + secrets.token_hex(10)
        with r.pipeline(transaction=False) as pipe:
            pipe.set(f"bare:article:{job_id}", json.dumps(article))
            pipe.rpush("bare:queue", job_id)
            pipe.execute()
        return {"job_id": job_id, "status": "queued"}, 202

    return app
