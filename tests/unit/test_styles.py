"""The house-style rule format: every bad rule reported by its path, limits, defaults."""

from __future__ import annotations

from core.styles import MAX_RULES, format_message, normalise_rules, validate_rules


def test_a_good_pack_has_no_errors():
    rules = [
        {"id": "kyiv", "type": "substitution", "swap": {"Kiev": "Kyiv"}, "severity": "warning"},
        {"id": "no-slammed", "type": "existence", "tokens": ["slammed"], "scope": "title"},
        {"id": "percent", "type": "consistency", "either": {"percent": "per cent"}, "severity": "info"},
        {"id": "very", "type": "occurrence", "tokens": ["very"], "max": 2, "ignorecase": True},
        {"id": "names", "type": "gazetteer", "places": ["Llanfairpwllgwyngyll"]},
        {"id": "quiet", "type": "severity", "code": "claim.unattributed", "severity": "off"},
    ]
    assert validate_rules(rules) == {}


def test_every_bad_rule_is_named_by_its_path():
    rules = [
        {"id": "ok", "type": "existence", "tokens": ["x"]},
        {"id": "swap", "type": "substitution", "swap": ["Kiev", "Kyiv"]},
        {"id": "t", "type": "regex", "pattern": "(a+)+$"},
        {"id": "tok", "type": "existence", "tokens": ["fine", "", 3]},
        {"id": "ok", "type": "existence", "tokens": ["y"], "severity": "fatal", "colour": "red"},
        {"id": "occ", "type": "occurrence", "tokens": ["z"], "min": 5, "max": 2},
        {"id": "sev", "type": "severity", "code": "not a code", "severity": "loud"},
        "not a rule",
        {"id": "same", "type": "substitution", "swap": {"a": "a"}},
    ]
    errors = validate_rules(rules)
    assert set(errors) == {
        "rules[1].swap",
        "rules[2].type",
        "rules[3].tokens[1]",
        "rules[3].tokens[2]",
        "rules[4].id",
        "rules[4].severity",
        "rules[4].colour",
        "rules[5].min",
        "rules[6].code",
        "rules[6].severity",
        "rules[7]",
        "rules[8].swap.a",
    }
    assert "rules[0]" in errors["rules[4].id"][0]


def test_limits():
    too_many = [{"id": f"r{i}", "type": "existence", "tokens": ["x"]} for i in range(MAX_RULES + 1)]
    assert list(validate_rules(too_many)) == ["rules"]
    assert validate_rules(too_many[:MAX_RULES]) == {}
    assert list(validate_rules({"rules": []})) == ["rules"]


def test_defaults_are_written_out_as_vale_has_them():
    [rule] = normalise_rules([{"id": "x", "type": "existence", "tokens": ["a"]}])
    assert rule == {
        "id": "x",
        "type": "existence",
        "tokens": ["a"],
        "severity": "warning",
        "scope": "text",
        "ignorecase": False,
        "match": "text",
    }


def test_messages_fill_placeholders_as_text():
    assert format_message("Use %s, not %s.", "Kyiv", "Kiev") == "Use Kyiv, not Kiev."
    assert format_message("{0} %d %s", "x") == "{0} %d x"
    assert format_message("No placeholder.", "x") == "No placeholder."
