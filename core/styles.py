"""House-style rule packs: the rule format, its limits and its validation (pure Python, no I/O).

One home for what a valid style is, shared by the API (422 with the path of every bad rule),
`copydesk styles import` (Vale YAML in, these rules out) and the analysis (which compiles them).
Rules are data: words and phrases matched as tokens, never patterns run as code.

A style is `{"description": str, "rules": [RULE, ...]}`; every RULE has an `id` (unique in the
style) and a `type`:
- `existence`: `tokens` must not appear;
- `substitution`: `swap` {found: suggested}: the key should be the value;
- `consistency`: `either` {form_a: form_b}: use one form or the other, not both;
- `occurrence`: `tokens` may appear at most `max` (and at least `min`) times in the scope;
- `gazetteer`: `places`, `people`, `organisations` the spelling and place checks must know;
- `severity`: set the severity of finding `code` (or `off` to drop it) under this style.
Matching rules (the first four) take `severity` (error | warning | info, default warning),
`message` (Vale's `%s` placeholders), `scope` (text | title | body), `ignorecase` (Vale's
default: false) and `match` (`text`: the words as written; `lemma`: any inflection).
"""

from __future__ import annotations

import re
from typing import Any

STYLE_ID = re.compile(r"^[a-z0-9_-]{1,64}$")
RULE_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$")
FINDING_CODE = re.compile(r"^[a-z]+\.[a-z_]+$")
MAX_RULES = 5_000
MAX_BYTES = 1_000_000  # the JSON of one style
MAX_STYLES_PER_CLIENT = 50
MAX_TOKENS_PER_RULE = 1_000
MAX_TOKEN_CHARS = 200
MAX_MESSAGE_CHARS = 500
MAX_DESCRIPTION_CHARS = 2_000
DEFAULT_STYLE = "default"

MATCHING_TYPES = ("existence", "substitution", "consistency", "occurrence")
RULE_TYPES = (*MATCHING_TYPES, "gazetteer", "severity")
SEVERITIES = ("error", "warning", "info")
SCOPES = ("text", "title", "body")
MATCHES = ("text", "lemma")
NAME_KINDS = ("places", "people", "organisations")

_COMMON = {"id", "type"}
_MATCHING = _COMMON | {"severity", "message", "scope", "ignorecase", "match"}
ALLOWED_KEYS: dict[str, set[str]] = {
    "existence": _MATCHING | {"tokens"},
    "substitution": _MATCHING | {"swap"},
    "consistency": _MATCHING | {"either"},
    "occurrence": _MATCHING | {"tokens", "max", "min"},
    "gazetteer": _COMMON | set(NAME_KINDS),
    "severity": _COMMON | {"code", "severity"},
}
DEFAULTS: dict[str, Any] = {"severity": "warning", "scope": "text", "ignorecase": False, "match": "text"}

Errors = dict[str, list[str]]


def _add(errors: Errors, path: str, message: str) -> None:
    errors.setdefault(path, []).append(message)


def _token(value: Any) -> str | None:
    """Why `value` is not a usable token (a word or phrase), or None."""
    if not isinstance(value, str):
        return "must be a string"
    if not value.strip():
        return "must not be empty"
    if len(value) > MAX_TOKEN_CHARS:
        return f"longer than {MAX_TOKEN_CHARS} characters"
    return None


def _token_list(rule: dict[str, Any], key: str, path: str, errors: Errors) -> None:
    values = rule.get(key)
    if not isinstance(values, list) or not values:
        _add(errors, f"{path}.{key}", "must be a non-empty list of words or phrases")
        return
    if len(values) > MAX_TOKENS_PER_RULE:
        _add(errors, f"{path}.{key}", f"more than {MAX_TOKENS_PER_RULE} entries")
    for i, value in enumerate(values[:MAX_TOKENS_PER_RULE]):
        why = _token(value)
        if why:
            _add(errors, f"{path}.{key}[{i}]", why)


def _token_map(rule: dict[str, Any], key: str, path: str, errors: Errors) -> None:
    values = rule.get(key)
    if not isinstance(values, dict) or not values:
        _add(errors, f"{path}.{key}", "must be a non-empty object of words or phrases")
        return
    if len(values) > MAX_TOKENS_PER_RULE:
        _add(errors, f"{path}.{key}", f"more than {MAX_TOKENS_PER_RULE} entries")
    for found, wanted in list(values.items())[:MAX_TOKENS_PER_RULE]:
        why = _token(found) or _token(wanted)
        if why:
            _add(errors, f"{path}.{key}.{found[:40]}", why)
        elif found == wanted:
            _add(errors, f"{path}.{key}.{found[:40]}", "a word cannot be swapped for itself")


def _rule_errors(rule: Any, path: str, errors: Errors) -> None:
    if not isinstance(rule, dict):
        _add(errors, path, "must be an object (a rule)")
        return
    kind = rule.get("type")
    if kind not in RULE_TYPES:
        _add(errors, f"{path}.type", f"must be one of {', '.join(RULE_TYPES)}")
        return
    rid = rule.get("id")
    if not isinstance(rid, str) or not RULE_ID.match(rid):
        _add(
            errors,
            f"{path}.id",
            "must be 1-100 letters, digits, '.', '_' or '-', starting with a letter or digit",
        )
    for key in sorted(set(rule) - ALLOWED_KEYS[kind]):
        _add(errors, f"{path}.{key}", f"unknown field for a {kind} rule")
    if kind in MATCHING_TYPES:
        if rule.get("severity", "warning") not in SEVERITIES:
            _add(errors, f"{path}.severity", f"must be one of {', '.join(SEVERITIES)}")
        message = rule.get("message")
        if message is not None and (not isinstance(message, str) or len(message) > MAX_MESSAGE_CHARS):
            _add(errors, f"{path}.message", f"must be a string of at most {MAX_MESSAGE_CHARS} characters")
        if rule.get("scope", "text") not in SCOPES:
            _add(errors, f"{path}.scope", f"must be one of {', '.join(SCOPES)}")
        if not isinstance(rule.get("ignorecase", False), bool):
            _add(errors, f"{path}.ignorecase", "must be true or false")
        if rule.get("match", "text") not in MATCHES:
            _add(errors, f"{path}.match", f"must be one of {', '.join(MATCHES)}")
    if kind in ("existence", "occurrence"):
        _token_list(rule, "tokens", path, errors)
    elif kind == "substitution":
        _token_map(rule, "swap", path, errors)
    elif kind == "consistency":
        _token_map(rule, "either", path, errors)
    if kind == "occurrence":
        bounds = {k: rule.get(k) for k in ("max", "min") if rule.get(k) is not None}
        if not bounds:
            _add(errors, f"{path}.max", "an occurrence rule needs `max`, `min` or both")
        for key, value in bounds.items():
            if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 100_000:
                _add(errors, f"{path}.{key}", "must be a whole number from 0 to 100,000")
        low, high = bounds.get("min"), bounds.get("max")
        if isinstance(low, int) and isinstance(high, int) and low > high:
            _add(errors, f"{path}.min", "must not be more than `max`")
    elif kind == "gazetteer":
        present = [k for k in NAME_KINDS if k in rule]
        if not present:
            _add(errors, path, f"a gazetteer rule lists {', '.join(NAME_KINDS)} (any of them)")
        for key in present:
            _token_list(rule, key, path, errors)
    elif kind == "severity":
        code = rule.get("code")
        if not isinstance(code, str) or not FINDING_CODE.match(code):
            _add(errors, f"{path}.code", "must be a finding code such as `claim.unattributed`")
        if rule.get("severity") not in (*SEVERITIES, "off"):
            _add(errors, f"{path}.severity", f"must be one of {', '.join(SEVERITIES)}, off")


def validate_rules(rules: Any) -> Errors:
    """Every problem of a rule list, keyed by its path (`rules[3].swap`); empty when valid."""
    errors: Errors = {}
    if not isinstance(rules, list):
        return {"rules": ["must be a list of rules"]}
    if len(rules) > MAX_RULES:
        return {"rules": [f"{len(rules):,} rules; a style holds at most {MAX_RULES:,}"]}
    seen: dict[str, int] = {}
    for i, rule in enumerate(rules):
        path = f"rules[{i}]"
        _rule_errors(rule, path, errors)
        rid = rule.get("id") if isinstance(rule, dict) else None
        if isinstance(rid, str):
            if rid in seen:
                _add(errors, f"{path}.id", f"the same id as rules[{seen[rid]}]")
            else:
                seen[rid] = i
    return errors


def normalise_rules(rules: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Valid rules with their defaults written out, as stored and as the analysis reads them."""
    out = []
    for rule in rules:
        if rule["type"] in MATCHING_TYPES:
            rule = {**{k: v for k, v in DEFAULTS.items()}, **rule}
        out.append(rule)
    return out


def format_message(template: str, *values: str) -> str:
    """Vale's `%s` placeholders filled in order, as plain text (never `str.format` of client data)."""
    parts = template.split("%s")
    out = [parts[0]]
    for i, part in enumerate(parts[1:]):
        out.append(values[i] if i < len(values) else "")
        out.append(part)
    return "".join(out)
