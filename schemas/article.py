"""What a client submits, and the article as stored."""

from __future__ import annotations

import datetime as dt

from flask import current_app, has_app_context
from marshmallow import Schema, ValidationError, fields, pre_load, validate, validates

from core.settings import Settings
from core.styles import STYLE_ID

FAMILIES = ("artifact", "entity", "date", "place", "style", "claim")


def lone_surrogates(value: object, path: str = "") -> dict[str, list[str]]:
    """Field errors for every string (key or value) holding a lone surrogate ("\\ud800" in
    JSON): valid JSON, but not Unicode text that can be stored, hashed or analysed."""
    message = "Contains a lone surrogate (\\ud800-\\udfff): not valid Unicode text."

    def bad(text: str) -> bool:
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:
            return True
        return False

    errors: dict[str, list[str]] = {}
    if isinstance(value, str):
        if bad(value):
            errors[path or "_schema"] = [message]
    elif isinstance(value, dict):
        for key, item in value.items():
            name = str(key).encode("utf-8", "backslashreplace").decode() if isinstance(key, str) else str(key)
            child = f"{path}.{name}" if path else name
            if isinstance(key, str) and bad(key):
                errors[child] = [message]
            else:
                errors.update(lone_surrogates(item, child))
    elif isinstance(value, list):
        for n, item in enumerate(value):
            errors.update(lone_surrogates(item, f"{path}.{n}" if path else str(n)))
    return errors


class UnicodeSchema(Schema):
    """A schema that refuses lone surrogates anywhere in its input, before the fields load
    (except in the top-level members named in `unchecked`, which are checked item by item)."""

    unchecked: tuple[str, ...] = ()

    @pre_load
    def _refuse_lone_surrogates(self, data: object, **_: object) -> object:
        checked = data
        if isinstance(data, dict):
            checked = {k: v for k, v in data.items() if k not in self.unchecked}
        errors = lone_surrogates(checked)
        if errors:
            raise ValidationError(errors)
        return data


class IsoDateOrDateTime(fields.String):
    """An ISO 8601 date or datetime, kept as the client wrote it (normalised to UTC 'Z')."""

    def _deserialize(self, value, attr, data, **kwargs):
        text = super()._deserialize(value, attr, data, **kwargs)
        try:
            parsed = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
            if parsed.tzinfo is not None:
                parsed = parsed.astimezone(dt.UTC).replace(tzinfo=None)
        except ValueError:
            raise ValidationError("Not a valid ISO 8601 date or datetime.") from None
        except OverflowError:  # 0001-01-01T00:00+01:00 or 9999-12-31T23:59-01:00 in UTC
            raise ValidationError("Out of range: in UTC it falls before year 1 or after 9999.") from None
        if len(text) == 10:
            return parsed.date().isoformat()
        return parsed.isoformat() + "Z"


class ArticleSubmissionSchema(UnicodeSchema):
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


class ArticleListSchema(Schema):
    articles = fields.List(
        fields.Nested(ArticleSchema),
        metadata={"description": "The client's article with that external_id (none or one)."},
    )


class ArticleLookupSchema(Schema):
    external_id = fields.String(
        required=True,
        validate=validate.Length(min=1, max=256),
        metadata={"description": "The CMS's own id of the article, as submitted."},
    )
