"""What a client submits, and the article as stored."""

from __future__ import annotations

import datetime as dt

from flask import current_app, has_app_context
from marshmallow import Schema, ValidationError, fields, validate, validates

from core.settings import Settings
from core.styles import STYLE_ID

FAMILIES = ("artifact", "entity", "date", "place", "style", "claim")


class IsoDateOrDateTime(fields.String):
    """An ISO 8601 date or datetime, kept as the client wrote it (normalised to UTC 'Z')."""

    def _deserialize(self, value, attr, data, **kwargs):
        text = super()._deserialize(value, attr, data, **kwargs)
        try:
            parsed = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError:
            raise ValidationError("Not a valid ISO 8601 date or datetime.") from None
        if parsed.tzinfo is not None:
            parsed = parsed.astimezone(dt.UTC).replace(tzinfo=None)
        if len(text) == 10:
            return parsed.date().isoformat()
        return parsed.isoformat() + "Z"


class ArticleSubmissionSchema(Schema):
    title = fields.String(
        required=True,
        validate=validate.Length(min=1),
        metadata={"description": "The headline, 1 to 1,000 characters (COPYDESK_MAX_TITLE_CHARS)."},
    )
    body = fields.String(
        required=True,
        metadata={
            "description": "Plain text; paragraphs separated by blank lines. At most 1,000,000 "
            "characters by default (larger: 413)."
        },
    )
    published_at = IsoDateOrDateTime(
        load_default=None,
        metadata={"description": "ISO 8601 date or datetime; anchors relative dates such as 'last Tuesday'."},
    )
    external_id = fields.String(
        load_default=None,
        validate=validate.Length(min=1, max=256),
        metadata={"description": "The CMS's own id of the article."},
    )
    url = fields.Url(load_default=None, validate=validate.Length(max=2048))
    source = fields.String(load_default=None, validate=validate.Length(max=256))
    language = fields.String(
        load_default=None,
        validate=validate.Regexp(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})?$"),
        metadata={"description": "A BCP 47 language hint, e.g. 'en'."},
    )
    callback_url = fields.Url(
        load_default=None,
        schemes={"http", "https"},
        validate=validate.Length(max=2048),
        metadata={"description": "Where to POST the job when it ends (webhook)."},
    )
    checks = fields.List(
        fields.String(validate=validate.OneOf(FAMILIES)),
        load_default=None,
        validate=validate.Length(min=1, max=len(FAMILIES)),
        metadata={"description": "Check families to report; default all."},
    )
    style = fields.String(
        load_default=None,
        validate=validate.Regexp(STYLE_ID),
        metadata={
            "description": "The client's house style to apply (PUT /v1/styles/{style_id}); default: "
            "its style `default`, if it has one. An unknown style is 422."
        },
    )

    @validates("title")
    def _title_length(self, value: str, **_: object) -> None:
        # the limit is the running app's setting (create_app(settings)), read when a request is loaded
        settings: Settings | None = (
            current_app.extensions.get("copydesk.settings") if has_app_context() else None
        )
        limit = (settings or Settings()).max_title_chars
        if len(value) > limit:
            raise ValidationError(f"Longer than maximum length {limit}.")


class RevisionSchema(Schema):
    revision = fields.Integer()
    job_id = fields.String()
    content_hash = fields.String()
    created_at = fields.String()


class ArticleSchema(Schema):
    article_id = fields.String(required=True)
    title = fields.String()
    body = fields.String()
    published_at = fields.String(allow_none=True)
    external_id = fields.String(allow_none=True)
    url = fields.String(allow_none=True)
    source = fields.String(allow_none=True)
    language = fields.String(allow_none=True)
    created_at = fields.String()
    revisions = fields.List(fields.Nested(RevisionSchema))
    links = fields.Dict(keys=fields.String(), values=fields.String())
