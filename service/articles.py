"""Articles: submit one, read it back, find it by the CMS's id, erase it, its analysis and the
editor's report page."""

from __future__ import annotations

from typing import Any

from flask import Response, request, url_for
from flask_smorest import Blueprint, abort

from core.links import job_out
from core.store import QueueFull, UnknownStyle
from schemas.analysis import AnalysisSchema
from schemas.article import ArticleListSchema, ArticleLookupSchema, ArticleSchema, ArticleSubmissionSchema
from schemas.job import JobSchema
from service.auth import current_client
from service.errors import problem
from service.state import queue, settings, store
from service.submission import body_too_large, callback_refusal, queue_full, unknown_style

blp = Blueprint("articles", __name__, url_prefix="/v1/articles", description="Submit and read articles.")

POLL_AFTER_S = "2"


@blp.route("", methods=["POST"])
@blp.arguments(ArticleSubmissionSchema())
@blp.response(202, JobSchema, headers={"Location": {"schema": {"type": "string"}}})
@blp.alt_response(400, description="Malformed JSON.")
@blp.alt_response(413, description="Body over the size limit.")
@blp.alt_response(415, description="Not application/json.")
@blp.alt_response(422, description="Validation failed; `errors` by field.")
def submit_article(payload: dict[str, Any]):
    """Submit one article for analysis.

    Send `Idempotency-Key` (or an `external_id`) to make retries safe: a
    resubmission returns the existing job, marked `Idempotent-Replayed: true`.
    """
    too_large = body_too_large(payload)
    if too_large:
        abort(413, message=too_large)
    refused = callback_refusal(payload.get("callback_url"))
    if refused:
        abort(422, message="The callback_url is refused.", errors={"callback_url": [refused]})
    # one round trip: backpressure, the style's current version, the write and the Celery
    # message together (a crash can no longer leave an accepted job without its message)
    try:
        submission = store().submit(
            current_client(),
            payload,
            idempotency_key_=request.headers.get("Idempotency-Key"),
            callback_url=payload.get("callback_url"),
            checks=payload.get("checks"),
            style_name=payload.get("style") or "",
            queue_limit=settings().max_queue_depth,
            message=queue().analyse_message,
        )
    except QueueFull as full:
        return queue_full(full.depth)
    except UnknownStyle as unknown:
        abort(422, message="Unknown style.", errors={"style": [unknown_style(unknown.name)]})
    job = submission.job
    headers = {"Location": f"/v1/jobs/{job['job_id']}", "Retry-After": POLL_AFTER_S}
    if not submission.created:
        headers["Idempotent-Replayed"] = "true"
    return job_out(job), 202, headers


def _article_or_404(article_id: str) -> dict[str, Any]:
    client = current_client()
    article = store().article(article_id, client)
    if article is None or not article["revisions"]:
        erased_at = store().erased(article_id, client)
        if erased_at:
            abort(410, message=f"The article {article_id!r} was erased at {erased_at}.")
        abort(
            404,
            message=f"No article {article_id!r}: unknown, or older than the retention period "
            f"({settings().retention_days} days after its last revision).",
        )
    return article


def _article_out(article_id: str, article: dict[str, Any]) -> dict[str, Any]:
    latest = article["revisions"][-1]
    return {
        "title": latest.get("title") or "",
        "body": latest.get("body") or "",  # an empty body is a string, not null (ArticleSchema)
        **{k: latest.get(k) or None for k in ("published_at", "url", "source", "language")},
        "article_id": article_id,
        "external_id": article.get("external_id") or None,
        "created_at": article.get("created_at"),
        "revisions": [
            {
                "revision": r["revision"],
                "job_id": r["job_id"],
                "content_hash": r["content_hash"],
                "created_at": r["created_at"],
            }
            for r in article["revisions"]
        ],
        "links": {
            "analysis": f"/v1/articles/{article_id}/analysis",
            "report": f"/v1/articles/{article_id}/report",
            "latest_job": f"/v1/jobs/{article['latest_job']}",
        },
    }


@blp.route("", methods=["GET"])
@blp.arguments(ArticleLookupSchema(), location="query")
@blp.response(200, ArticleListSchema)
@blp.alt_response(422, description="No `external_id` given, or an invalid one.")
def find_articles(args: dict[str, Any]):
    """Find an article by the CMS's own id (`external_id`): a list of none or one article."""
    aid = store().article_id_for(current_client(), args["external_id"])
    article = store().article(aid, current_client()) if aid else None
    if article is None or not article["revisions"]:
        return {"articles": []}
    return {"articles": [_article_out(aid, article)]}  # type: ignore[arg-type]


@blp.route("/<string:article_id>")
@blp.response(200, ArticleSchema)
@blp.alt_response(404, description="Unknown article (or another client's, or expired).")
@blp.alt_response(410, description="The article was erased.")
def get_article(article_id: str):
    """The article as stored (latest revision) and the list of its surviving revisions."""
    return _article_out(article_id, _article_or_404(article_id))


@blp.route("/<string:article_id>", methods=["DELETE"])
@blp.response(204)
@blp.alt_response(404, description="Unknown article (or another client's, or expired).")
def delete_article(article_id: str):
    """Erase an article: its text, every revision, the analyses and webhook logs of its jobs.

    Jobs still queued or running end `failed` (`article_erased`); job records (ids, status,
    times) stay until they expire. Repeating the request answers 204 again; afterwards reads
    of the article answer 410.
    """
    client = current_client()
    if not (store().erase(article_id, client) or store().erased(article_id, client)):
        abort(404, message=f"No article {article_id!r}.")
    return "", 204


def latest_analysis(article_id: str) -> dict[str, Any] | Response:
    """The result of the article's latest job, or the problem response explaining its absence."""
    article = _article_or_404(article_id)
    job = store().job(article["latest_job"])
    if job is None:
        abort(404, message="This article has no analysis.")
    if job["status"] in ("queued", "running"):
        return problem(
            409,
            "Conflict",
            f"The analysis is still {job['status']}; poll the job.",
            headers={"Retry-After": POLL_AFTER_S, "Location": f"/v1/jobs/{job['job_id']}"},
            job=job_out(job),
        )
    if job["status"] == "failed":
        error = job["error"] or {}
        abort(404, message=f"The analysis failed ({error.get('code')}): {error.get('message')}")
    result = store().result(job["job_id"])
    if result is None:
        abort(404, message="This article has no analysis.")
    return result


@blp.route("/<string:article_id>/analysis")
@blp.response(200, AnalysisSchema)
@blp.alt_response(404, description="Unknown article, or no analysis (the job failed).")
@blp.alt_response(409, description="Still queued or running; the problem body carries the job.")
def get_analysis(article_id: str):
    """The latest analysis result of the article (analysis-v1)."""
    return latest_analysis(article_id)


@blp.route("/<string:article_id>/report")
@blp.response(200, content_type="text/html")
@blp.alt_response(404, description="Unknown article, or no analysis.")
@blp.alt_response(409, description="Still queued or running.")
def get_report(article_id: str):
    """The analysis as an HTML page for an editor: the text with every finding marked."""
    from service.report import HEADERS, render_article

    result = latest_analysis(article_id)
    if isinstance(result, Response):
        return result
    article = _article_or_404(article_id)
    latest = article["revisions"][-1]
    static = url_for("static", filename="").rstrip("/")
    html = render_article(latest["title"], latest["body"], result, static_url=static)
    return Response(html, mimetype="text/html", headers=HEADERS)
