"""Batches: up to `max_batch_items` articles in one request, polled as one resource."""

from __future__ import annotations

import base64
import binascii
import json
from typing import Any

from flask import Flask, Response, request, url_for
from flask_smorest import Blueprint, abort
from marshmallow import ValidationError

from core.links import job_out
from core.store import QueueFull, new_id
from schemas.article import ArticleSubmissionSchema
from schemas.batch import BatchAcceptedSchema, BatchQuerySchema, BatchSchema, BatchSubmissionSchema
from service.auth import current_client
from service.errors import flatten, problem
from service.state import queue, settings, store
from service.submission import body_too_large, callback_refusal, queue_full, style_ref

blp = Blueprint("batches", __name__, url_prefix="/v1/batches", description="Submit and poll many articles.")

POLL_AFTER_S = "5"
ITEM_SCHEMA = ArticleSubmissionSchema()  # stateless: one instance for every request


def allow_large_batches() -> None:
    """A batch may be far larger than the app-wide limit, which is sized for one article."""
    if request.method == "POST" and request.path.rstrip("/") == blp.url_prefix:
        request.max_content_length = settings().max_batch_bytes


def init_app(app: Flask) -> None:
    """Register before any hook that reads the body (the JSON depth check reads it)."""
    app.before_request(allow_large_batches)


def _validate(
    item: Any, schema: ArticleSubmissionSchema, cache: dict, styles: dict | None = None
) -> tuple[dict, dict]:
    """(payload, {}) for a good item, ({}, field errors) for a bad one."""
    if not isinstance(item, dict):
        return {}, {"_schema": ["Not an object (an article submission)."]}
    try:
        payload = schema.load(item)
    except ValidationError as exc:
        return {}, flatten(exc.messages)
    too_large = body_too_large(payload)
    if too_large:
        return {}, {"body": [too_large]}
    reason = callback_refusal(payload.get("callback_url"), cache)
    if reason:
        return {}, {"callback_url": [reason]}
    if styles is not None:  # the item's style, else the batch's, else `default`
        payload["style"], unknown = style_ref(
            current_client(), payload.get("style") or styles["batch"], styles["cache"]
        )
        if unknown:
            return {}, {"style": [unknown]}
    return payload, {}


def message_chunks(items: list[str], size: int) -> list[list[str]]:
    """The batch's job ids as Celery messages of `size` jobs (one `nlp.pipe` pass each), the
    last ones tapering (half the rest each time, down to 1): messages are taken one at a time
    by whichever pool process is free, so with equal messages one process could still be
    analysing the last 16 articles alone while the others wait; tapered, they end together."""
    size = max(size, 1)
    chunks, start = [], 0
    while start < len(items):
        left = len(items) - start
        take = size if left > 2 * size else max(1, min(size, (left + 1) // 2))
        chunks.append(items[start : start + take])
        start += take
    return chunks


def _accepted_body(batch: dict[str, Any]) -> dict[str, Any]:
    return {
        "batch_id": batch["batch_id"],
        "created_at": batch["created_at"],
        "total": batch["total"],
        "accepted": batch["accepted"],
        "rejected": batch["rejected"],
        "links": {"self": f"/v1/batches/{batch['batch_id']}"},
    }


def _headers(bid: str, replayed: bool) -> dict[str, str]:
    headers = {"Location": f"/v1/batches/{bid}", "Retry-After": POLL_AFTER_S}
    if replayed:
        headers["Idempotent-Replayed"] = "true"
    return headers


@blp.route("", methods=["POST"])
@blp.arguments(BatchSubmissionSchema())
@blp.response(202, BatchAcceptedSchema, headers={"Location": {"schema": {"type": "string"}}})
@blp.alt_response(409, description="The batch an Idempotency-Key named has expired meanwhile.")
@blp.alt_response(413, description="Over COPYDESK_MAX_BATCH_ITEMS articles or COPYDESK_MAX_BATCH_BYTES.")
@blp.alt_response(415, description="Not application/json.")
@blp.alt_response(422, description="No article passed validation (see `rejected`), or a bad callback_url.")
def submit_batch(payload: dict[str, Any]):
    """Submit up to 1,000 articles (COPYDESK_MAX_BATCH_ITEMS) in one request.

    Each article is validated on its own: bad ones are listed under `rejected`
    (by their index in `articles`, with field errors), good ones under `accepted`
    (index, job_id, article_id, status). Nothing is stored when none is good (422).
    An unchanged article with a known `external_id` returns its existing job
    (`replayed: true`); a changed one becomes a new revision. Send `Idempotency-Key`
    to make retrying the whole request safe: the same key answers with the same batch.
    """
    items = payload["articles"]
    limit = settings().max_batch_items
    if len(items) > limit:
        abort(413, message=f"The batch has {len(items):,} articles; the limit is {limit:,} per request.")
    cache: dict[str, str | None] = {}
    reason = callback_refusal(payload.get("callback_url"), cache)
    if reason:
        abort(422, message="The batch's callback_url is refused.", errors={"callback_url": [reason]})

    client = current_client()
    key = request.headers.get("Idempotency-Key")
    if key:  # a retry of a stored batch is answered before its items are checked again
        existing = store().batch_for_key(client, key)
        if existing is not None:
            return _replay(existing, client)

    schema = ITEM_SCHEMA
    styles = {"batch": payload.get("style"), "cache": {}}
    good: list[dict[str, Any]] = []
    indexes: list[int] = []
    rejected: list[dict[str, Any]] = []
    for index, item in enumerate(items):
        article, errors = _validate(item, schema, cache, styles)
        if errors:
            rejected.append({"index": index, "errors": errors})
        else:
            good.append(article)
            indexes.append(index)
    if not good:
        return problem(
            422,
            "Unprocessable Content",
            "No article of the batch passed validation; see `rejected` (and `errors`).",
            errors={f"articles.{r['index']}.{path}": m for r in rejected for path, m in r["errors"].items()},
            rejected=rejected,
        )

    # one atomic step: nothing is claimed before it, so nothing stays locked if anything fails
    try:
        stored = store().submit_many(
            client,
            good,
            batch_id=new_id("bat"),
            callback_url=payload.get("callback_url"),
            indexes=indexes,
            rejected=rejected,
            idempotency_key_=key,
            queue_limit=settings().max_queue_depth,
        )
    except QueueFull as full:
        return queue_full(full.depth)
    if not stored.created:  # a parallel request with the same key stored its batch first
        return _replay(stored.batch_id, client)
    created = [s.job["job_id"] for s in stored.submissions if s.created]
    for chunk in message_chunks(created, settings().articles_per_task):
        queue().enqueue(chunk)
    batch = store().batch(stored.batch_id, client)
    return _accepted_body(batch), 202, _headers(stored.batch_id, replayed=False)


def _replay(bid: str, client: str):
    batch = store().batch(bid, client)
    if batch is None:  # the key's batch expired between two reads
        abort(409, message="The batch of this Idempotency-Key is gone; retry with a new key.")
    return _accepted_body(batch), 202, _headers(bid, replayed=True)


MAX_CURSOR_CHARS = 64  # a cursor this API gives out is about 20 characters
MAX_OFFSET = 2**31 - 1


def _decode_cursor(cursor: str | None) -> int:
    """The offset in a cursor this API gave out; anything else is a 422."""
    if not cursor:
        return 0
    try:
        if len(cursor) > MAX_CURSOR_CHARS:
            raise ValueError
        data = json.loads(base64.urlsafe_b64decode(cursor.encode() + b"=" * (-len(cursor) % 4)))
        offset = data["o"]
        if type(offset) is not int or not 0 <= offset <= MAX_OFFSET:  # not bool, float, 1e999, 10**30
            raise ValueError
        return offset
    except (ValueError, KeyError, TypeError, binascii.Error, UnicodeError, RecursionError):
        abort(422, message="Invalid cursor.", errors={"cursor": ["Not a cursor this API gave out."]})
        raise  # unreachable: abort raises


def _encode_cursor(offset: int) -> str:
    return base64.urlsafe_b64encode(json.dumps({"o": offset}).encode()).decode().rstrip("=")


@blp.route("/<string:batch_id>")
@blp.arguments(BatchQuerySchema(), location="query")
@blp.response(200, BatchSchema)
@blp.alt_response(404, description="Unknown batch (or another client's).")
def get_batch(query: dict[str, Any], batch_id: str):
    """A batch: counts per status, progress (fraction of jobs ended) and a page of its jobs.

    Jobs come in the order of the accepted articles; follow `next_cursor`
    (`?cursor=...&limit=...`, limit 1..1,000, default 100) until it is null.
    `?include=result` adds each job's analysis (null until it succeeded).
    """
    batch = store().batch(batch_id, current_client())
    if batch is None:
        abort(404, message=f"No batch {batch_id!r}.")
    offset = _decode_cursor(query.get("cursor"))
    limit = query["limit"]
    counts = store().batch_counts(batch_id)
    total = sum(counts.values())
    ended = counts.get("succeeded", 0) + counts.get("failed", 0)
    jobs = store().batch_jobs(batch_id, offset, limit, with_results=query.get("include") == "result")
    next_offset = offset + len(jobs)
    next_cursor = _encode_cursor(next_offset) if jobs and next_offset < total else None
    links = {"self": f"/v1/batches/{batch_id}"}
    if next_cursor:
        links["next"] = f"/v1/batches/{batch_id}?cursor={next_cursor}&limit={limit}"
    return {
        "batch_id": batch_id,
        "created_at": batch.get("created_at"),
        "total": total,
        "counts": counts,
        "ended": ended,
        "progress": round(ended / total, 4) if total else 1.0,
        "done": ended == total,
        "jobs": [{**job_out(j), **({"result": j["result"]} if "result" in j else {})} for j in jobs],
        "next_cursor": next_cursor,
        "links": links,
    }


def _batch_or_404(batch_id: str) -> dict[str, Any]:
    batch = store().batch(batch_id, current_client())
    if batch is None:
        abort(404, message=f"No batch {batch_id!r}.")
    return batch


def _all_jobs(batch_id: str) -> tuple[dict[str, int], list[dict[str, Any]]]:
    counts = store().batch_counts(batch_id)
    jobs = store().batch_jobs(batch_id, 0, max(sum(counts.values()), 1), with_results=True)
    return counts, jobs


@blp.route("/<string:batch_id>/report")
@blp.response(200, content_type="text/html")
@blp.alt_response(404, description="Unknown batch (or another client's).")
def get_batch_report(batch_id: str):
    """The batch as an HTML page for an editor: progress, and the articles by verdict.

    The page refreshes itself while the batch runs; each analysed article links to its report.
    """
    from service.report import HEADERS, batch_view, render_batch

    _batch_or_404(batch_id)
    counts, jobs = _all_jobs(batch_id)
    for job in jobs:
        revision = store().revision(job["article_id"], job.get("revision", 1)) if job["article_id"] else None
        job["title"] = (revision or {}).get("title")
    static = url_for("static", filename="").rstrip("/")
    html = render_batch(batch_view(batch_id, counts, jobs), static_url=static)
    return Response(html, mimetype="text/html", headers=HEADERS)


@blp.route("/<string:batch_id>/findings.csv")
@blp.response(200, content_type="text/csv")
@blp.alt_response(404, description="Unknown batch (or another client's).")
def get_batch_findings_csv(batch_id: str):
    """Every finding of the batch's analysed articles as CSV, one row per span."""
    from service.report import findings_csv

    _batch_or_404(batch_id)
    _, jobs = _all_jobs(batch_id)
    return Response(
        findings_csv(jobs),
        mimetype="text/csv",
        headers={"Content-Disposition": f'attachment; filename="{batch_id}-findings.csv"'},
    )
