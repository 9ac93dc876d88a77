"""House styles: the rule pack a client PUTs, the style as stored, and the {id, version} a job runs with.

What a valid rule is lives in `core/styles.py` (one home, shared with the importer and the
analysis); the schema runs it and reports every bad rule by its path (`rules[3].swap`).
"""

from __future__ import annotations

from typing import Any

from marshmallow import Schema, ValidationError, fields, validate, validates_schema

from core.styles import MAX_DESCRIPTION_CHARS, MAX_RULES, RULE_TYPES, validate_rules

RULES_HELP = (
    f"At most {MAX_RULES:,} rules and 1 MB per style. Each rule has an `id` (unique in the style) and a "
    f"`type`: {', '.join(RULE_TYPES)}. existence: `tokens`; substitution: `swap` {{found: wanted}}; "
    "consistency: `either` {form: other form}; occurrence: `tokens` with `max`/`min`; matching rules "
    "also take `severity` (error|warning|info), `message` (Vale's %s placeholders), `scope` "
    "(text|title|body), `ignorecase` (default false) and `match` (text|lemma). gazetteer: `places`, "
    "`people`, `organisations`. severity: `code` and `severity` (error|warning|info|off). "
    "See docs/house-style.md."
)


class StyleBodySchema(Schema):
    description = fields.String(load_default="", validate=validate.Length(max=MAX_DESCRIPTION_CHARS))
    rules = fields.List(fields.Raw(), required=True, metadata={"description": RULES_HELP})

    @validates_schema
    def _rules(self, data: dict[str, Any], **_: object) -> None:
        errors = validate_rules(data.get("rules"))
        if errors:
            raise ValidationError(errors)  # type: ignore[arg-type]


class StyleLinksSchema(Schema):
    self = fields.String()


class StyleSummarySchema(Schema):
    style_id = fields.String(required=True)
    version = fields.Integer(
        required=True, metadata={"description": "Goes up on every change; a job keeps the one it was given."}
    )
    description = fields.String()
    rule_count = fields.Integer()
    created_at = fields.String()
    updated_at = fields.String()
    links = fields.Nested(StyleLinksSchema)


class StyleSchema(StyleSummarySchema):
    rules = fields.List(fields.Dict(), metadata={"description": "The rules as stored, defaults written out."})


class StyleListSchema(Schema):
    styles = fields.List(fields.Nested(StyleSummarySchema))
