"""Batches: many articles in one request, and the batch as polled."""

from __future__ import annotations

from marshmallow import Schema, fields, validate

from core.styles import STYLE_ID
from schemas.article import UnicodeSchema
from schemas.job import JobSchema


class BatchSubmissionSchema(UnicodeSchema):
    unchecked = ("articles",)  # each article is validated on its own (a bad one is `rejected`)

    articles = fields.List(
        fields.Raw(allow_none=True),  # null is an item like any other: rejected on its own
        required=True,
        validate=validate.Length(min=1),
        metadata={
            "description": "Article submissions (the body of POST /v1/articles), at most "
            "COPYDESK_MAX_BATCH_ITEMS (1,000 by default; more: 413). Each is validated on its own: "
            "a bad one is listed under `rejected` by its index, the good ones are accepted."
        },
    )
    callback_url = fields.Url(
        load_default=None,
        schemes={"http", "https"},
        validate=validate.Length(max=2048),
        metadata={"description": "Webhook for every job of the batch (an article's own callback_url wins)."},
    )
    style = fields.String(
        load_default=None,
        validate=validate.Regexp(STYLE_ID),
        metadata={"description": "House style for every article of the batch (an article's own style wins)."},
    )


class AcceptedItemSchema(Schema):
    index = fields.Integer(metadata={"description": "Position of the article in the request's `articles`."})
    job_id = fields.String()
    article_id = fields.String()
    status = fields.String()
    replayed = fields.Boolean(
        metadata={"description": "True when an unchanged article returned its existing job (idempotency)."}
    )


class RejectedItemSchema(Schema):
    index = fields.Integer()
    errors = fields.Dict(
        keys=fields.String(), metadata={"description": "Messages by field path, as in problem details."}
    )


class BatchAcceptedSchema(Schema):
    batch_id = fields.String(required=True)
    created_at = fields.String()
    total = fields.Integer(metadata={"description": "How many articles were accepted (jobs in the batch)."})
    accepted = fields.List(fields.Nested(AcceptedItemSchema))
    rejected = fields.List(fields.Nested(RejectedItemSchema))
    links = fields.Dict(keys=fields.String(), values=fields.String())


class BatchJobSchema(JobSchema):
    result = fields.Raw(
        allow_none=True, metadata={"description": "With ?include=result: the job's analysis (or null)."}
    )


class BatchQuerySchema(Schema):
    cursor = fields.String(load_default=None, metadata={"description": "`next_cursor` of the previous page."})
    limit = fields.Integer(load_default=100, validate=validate.Range(min=1, max=1000))
    include = fields.String(
        load_default=None,
        validate=validate.OneOf(["result"]),
        metadata={"description": "`result`: add each ended job's analysis to the page."},
    )


class BatchSchema(Schema):
    batch_id = fields.String(required=True)
    created_at = fields.String()
    total = fields.Integer()
    counts = fields.Dict(
        keys=fields.String(), values=fields.Integer(), metadata={"description": "Jobs by status."}
    )
    ended = fields.Integer()
    progress = fields.Float(metadata={"description": "Fraction of the jobs that ended, 0 to 1."})
    done = fields.Boolean()
    jobs = fields.List(fields.Nested(BatchJobSchema))
    next_cursor = fields.String(allow_none=True)
    links = fields.Dict(keys=fields.String(), values=fields.String())
