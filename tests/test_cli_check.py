"""`copydesk check` analyses files in-process, with no server."""

from __future__ import annotations

import json
import subprocess

from tests.conftest import SEED, load_news
from tests.conftest import copydesk_side_by_side as side_by_side


def copydesk(*args: str) -> subprocess.CompletedProcess:
    return side_by_side(args)[0]


def test_check_seed_file_human_and_json(tmp_path):
    human, as_json = side_by_side(("check", str(SEED)), ("check", str(SEED), "--json"))
    assert human.returncode == 0, human.stderr
    assert "verdict" in human.stdout and SEED.name in human.stdout

    assert as_json.returncode == 0, as_json.stderr
    result = json.loads(as_json.stdout)
    assert result["api_version"] == "v1"
    assert any(e["canonical"].endswith("Putin") for e in result["entities"])


def test_check_jsonl_keeps_order_and_ids(tmp_path):
    articles = load_news()[:3]
    path = tmp_path / "three.jsonl"
    path.write_text(
        "".join(
            json.dumps({"id": f"x{i}", "title": a["title"], "body": a["body"]}) + "\n"
            for i, a in enumerate(articles)
        )
    )
    run = copydesk("check", str(path), "--json")
    assert run.returncode == 0, run.stderr
    lines = [json.loads(line) for line in run.stdout.splitlines()]
    assert [line["id"] for line in lines] == ["x0", "x1", "x2"]
    for line, article in zip(lines, articles, strict=True):
        assert line["stats"]["words"] > 50
        for entity in line["entities"]:
            for m in entity["mentions"]:
                field = article[m["field"]]
                assert field[m["start"] : m["end"]] == m["text"]


def test_check_reports_bad_input_clearly(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"title": "ok", "body": "fine"}\n{"title": 3}\n')
    run = copydesk("check", str(bad))
    assert run.returncode != 0
    assert "bad.jsonl:2" in run.stderr


def test_check_html_writes_a_self_contained_report(tmp_path):
    out = tmp_path / "seed.html"
    two = tmp_path / "two.jsonl"
    two.write_text('{"title": "A", "body": "One."}\n{"title": "B", "body": "Two."}\n')
    run, refused = side_by_side(
        ("check", str(SEED), "--html", str(out)), ("check", str(two), "--html", str(tmp_path / "two.html"))
    )
    assert run.returncode == 0, run.stderr
    html = out.read_text(encoding="utf-8")
    assert 'http-equiv="Content-Security-Policy"' in html and "<script>" in html and "<style>" in html
    assert 'src="' not in html and 'rel="stylesheet"' not in html  # nothing to fetch
    assert '<mark class="hl error"' in html and 'class="stop conflict"' in html

    assert refused.returncode != 0 and "one article" in refused.stderr
