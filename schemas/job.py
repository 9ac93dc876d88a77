"""A job: one analysis of one article revision."""

from __future__ import annotations

from marshmallow import Schema, fields, validate

STATUSES = ("queued", "running", "succeeded", "failed")


class JobErrorSchema(Schema):
    code = fields.String(required=True)
    message = fields.String(required=True)


class JobLinksSchema(Schema):
    self = fields.String()
    article = fields.String()
    analysis = fields.String()
    report = fields.String()


class DeliverySchema(Schema):
    attempt = fields.Integer()
    at = fields.String(metadata={"description": "When the attempt started (ISO 8601 UTC)."})
    status_code = fields.Integer(allow_none=True, metadata={"description": "The receiver's HTTP status."})
    error = fields.String(allow_none=True, metadata={"description": "Why it failed, when it did."})
    duration_ms = fields.Float()
    delivered = fields.Boolean()


class JobStyleSchema(Schema):
    id = fields.String(required=True)
    version = fields.Integer(required=True)


class JobSchema(Schema):
    job_id = fields.String(required=True)
    article_id = fields.String(required=True)
    batch_id = fields.String(allow_none=True)
    revision = fields.Integer()
    status = fields.String(validate=validate.OneOf(STATUSES))
    created_at = fields.String()
    started_at = fields.String(allow_none=True)
    finished_at = fields.String(allow_none=True)
    attempts = fields.Integer()
    error = fields.Nested(JobErrorSchema, allow_none=True)
    style = fields.Nested(
        JobStyleSchema,
        allow_none=True,
        metadata={"description": "The house style and the version of it this job runs with (or null)."},
    )
    links = fields.Nested(JobLinksSchema)
    deliveries = fields.List(
        fields.Nested(DeliverySchema),
        metadata={"description": "Webhook delivery attempts, oldest first (only with a callback_url)."},
    )
