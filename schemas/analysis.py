"""The analysis result of `analysis-v1.md`, described for OpenAPI and checked in tests."""

from __future__ import annotations

from marshmallow import Schema, fields, validate


class Utf16Schema(Schema):
    start = fields.Integer(required=True)
    end = fields.Integer(required=True)


class SpanSchema(Schema):
    field = fields.String(required=True, validate=validate.OneOf(("title", "body")))
    start = fields.Integer(required=True)
    end = fields.Integer(required=True)
    text = fields.String(required=True)
    utf16 = fields.Nested(Utf16Schema, required=True)


class FindingSchema(Schema):
    code = fields.String(required=True)
    severity = fields.String(required=True, validate=validate.OneOf(("error", "warning", "info")))
    message = fields.String(required=True)
    spans = fields.List(fields.Nested(SpanSchema), required=True)
    suggestion = fields.String(allow_none=True, required=True)
    evidence = fields.Dict(required=True)


class EntitySchema(Schema):
    text = fields.String(required=True)
    label = fields.String(required=True)
    canonical = fields.String(required=True)
    count = fields.Integer(required=True)
    salience = fields.Float(required=True)
    mentions = fields.List(fields.Nested(SpanSchema), required=True)


class TimelineEntrySchema(Schema):
    text = fields.String(required=True)
    value = fields.String(required=True)
    granularity = fields.String(required=True)
    modifier = fields.String(allow_none=True)
    event = fields.String(allow_none=True)
    span = fields.Nested(SpanSchema, required=True)


class ClaimSchema(Schema):
    text = fields.String(required=True)
    span = fields.Nested(SpanSchema, required=True)
    checkworthiness = fields.Float(required=True)
    attributed = fields.Boolean(required=True)


class AnalysisSchema(Schema):
    api_version = fields.String(required=True)
    article_id = fields.String(required=True)
    analyzer = fields.Dict(required=True)
    language = fields.Dict(required=True)
    stats = fields.Dict(required=True)
    entities = fields.List(fields.Nested(EntitySchema), required=True)
    timeline = fields.List(fields.Nested(TimelineEntrySchema), required=True)
    keyphrases = fields.List(fields.Dict(), required=True)
    summary = fields.List(fields.Nested(SpanSchema), required=True)
    claims = fields.List(fields.Nested(ClaimSchema), required=True)
    findings = fields.List(fields.Nested(FindingSchema), required=True)
    scores = fields.Dict(required=True)
    verdict = fields.String(required=True, validate=validate.OneOf(("pass", "review", "fail")))
    clean_body = fields.String(required=True)
    incomplete = fields.List(fields.String())
    style = fields.Dict(
        allow_none=True, metadata={"description": "{id, version}: the house style applied, or null."}
    )
