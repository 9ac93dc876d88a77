"""`copydesk styles import`: a small Vale style written for this test, converted rule by rule."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from copydesk.cli import main as cli
from copydesk.vale import import_vale, literals
from core.styles import validate_rules

ROOT = Path(__file__).resolve().parent.parent

VALE_STYLE = {
    "Tabloid.yml": """
extends: existence
message: "Avoid '%s'."
level: error
scope: heading
ignorecase: true
tokens:
  - '\\bslams?\\b'
  - (?:blasts|blasted)
  - lash(?:es|ed) out
  - '\\w+gate'
""",
    "Cities.yml": """
extends: substitution
message: "Use '%s' instead of '%s'."
level: warning
swap:
  '[Kk]iev': Kyiv
  Bombay: Mumbai|Bombay city
  '(?<!New )Delhi': New Delhi
""",
    "Percent.yml": """
extends: consistency
level: suggestion
either:
  percent: per cent
  '\\d+%': per cent
""",
    "Commas.yml": """
extends: occurrence
scope: heading
token: '[^\\s]+'
max: 10
""",
    "Very.yml": """
extends: occurrence
token: very
max: 1
""",
    "Script.yml": """
extends: script
script: |
  matches := []
""",
    "Spell.yml": """
extends: spelling
dictionaries: [en_US]
""",
    "Passive.yml": """
extends: sequence
tokens:
  - tag: VBN
""",
    "Code.yml": """
extends: existence
scope: code
tokens: [foo]
""",
    "Broken.yml": "extends: existence\ntokens: [unclosed\n",
    "README.md": "not a rule",
}


@pytest.fixture
def vale_style(tmp_path: Path) -> Path:
    folder = tmp_path / "Desk"
    folder.mkdir()
    for name, text in VALE_STYLE.items():
        (folder / name).write_text(text.lstrip(), encoding="utf-8")
    return folder


def test_regex_tokens_become_literal_phrases_only_when_they_are_literal():
    assert literals(r"\bslams?\b") == ["slams", "slam"]
    assert literals("(?:a|an) (?:apple|pear)") == ["a apple", "a pear", "an apple", "an pear"]
    assert literals("[Kk]iev") == ["Kiev", "kiev"]
    assert literals(r"e\-mail|email") == ["e-mail", "email"]
    for needs_regex in (r"\w+gate", ".*", "a+", "[a-z]+", "(?<!New )Delhi", "x{2}", "(a"):
        assert literals(needs_regex) is None, needs_regex


def test_the_four_rule_types_carry_over_and_the_rest_say_why_not(vale_style):
    imported = import_vale(vale_style)
    assert validate_rules(imported.rules) == {}
    by_id = {r["id"]: r for r in imported.rules}
    assert set(by_id) == {"Tabloid", "Cities", "Percent", "Very"}
    tabloid = by_id["Tabloid"]
    assert tabloid["tokens"] == ["slams", "slam", "blasts", "blasted", "lashes out", "lashed out"]
    assert (tabloid["type"], tabloid["severity"], tabloid["scope"], tabloid["ignorecase"]) == (
        "existence",
        "error",
        "title",
        True,
    )
    assert tabloid["message"] == "Avoid '%s'."
    assert by_id["Cities"]["swap"] == {"Kiev": "Kyiv", "kiev": "Kyiv", "Bombay": "Mumbai"}
    assert by_id["Percent"] == {
        "id": "Percent",
        "type": "consistency",
        "either": {"percent": "per cent"},
        "severity": "info",
        "scope": "text",
        "ignorecase": False,
    }
    assert (by_id["Very"]["tokens"], by_id["Very"]["max"]) == (["very"], 1)

    skipped = dict(imported.skipped)
    assert set(skipped) == {"Commas.yml", "Script.yml", "Spell.yml", "Passive.yml", "Code.yml", "Broken.yml"}
    assert "code" in skipped["Script.yml"]
    assert "Hunspell" in skipped["Spell.yml"]
    assert "sequence" in skipped["Passive.yml"]
    assert "regular expression" in skipped["Commas.yml"]
    assert "scope" in skipped["Code.yml"]
    assert "YAML" in skipped["Broken.yml"]
    notes = dict(imported.notes)
    assert "\\w+gate" in notes["Tabloid.yml"] and "Cities.yml" in notes and "Percent.yml" in notes


def test_the_cli_dry_run_prints_the_style_and_lists_what_it_left_out(vale_style):
    result = CliRunner().invoke(cli, ["styles", "import", str(vale_style), "--id", "desk", "--dry-run"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert any(line.startswith("skipped Script.yml:") for line in lines)
    assert any("4 rule(s) carried over" in line for line in lines)
    style = json.loads(result.output[result.output.index("{") :])
    assert len(style["rules"]) == 4
    bad = CliRunner().invoke(cli, ["styles", "import", str(vale_style), "--id", "Bad Id", "--dry-run"])
    assert bad.exit_code != 0


def test_the_example_style_imports_whole():
    imported = import_vale(ROOT / "examples" / "styles" / "Newsroom")
    assert imported.skipped == []
    assert len(imported.rules) >= 20 and validate_rules(imported.rules) == {}


def test_check_applies_a_local_style_from_a_vale_folder_or_a_json_file(vale_style, tmp_path):
    article = tmp_path / "kiev.txt"
    article.write_text(
        "Mayor slams plan for Kiev talks\nOfficials said the talks in Kiev would resume next week, "
        "the ministry said in a statement on Monday.\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(cli, ["check", "--json", "--style", str(vale_style), str(article)])
    assert result.exit_code == 0, result.output
    doc = json.loads(result.output.splitlines()[-1])
    assert doc["style"] == {"id": "Desk", "version": 0}
    house = [
        (f["evidence"]["rule"], f["spans"][0]["text"]) for f in doc["findings"] if f["code"] == "style.house"
    ]
    assert house == [("Tabloid", "slams"), ("Cities", "Kiev"), ("Cities", "Kiev")]

    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"rules": [{"id": "x", "type": "existence"}]}), encoding="utf-8")
    refused = CliRunner().invoke(cli, ["check", "--style", str(bad), str(article)])
    assert refused.exit_code != 0 and "rules[0].tokens" in refused.output
