"""`bench.quality` runs on one part of the split and writes its figures as JSON."""

from __future__ import annotations

import json

from bench.quality import main
from bench.split import part_of


def test_quality_on_a_few_dev_articles(tmp_path, capsys):
    out = tmp_path / "q.json"
    codes = "date.event_conflict,artifact.boilerplate_trailer"
    report = main(["--part", "dev", "--limit", "3", "--codes", codes, "--json", str(out)])
    assert json.loads(out.read_text()) == json.loads(json.dumps(report))
    assert report["part"] == "dev" and report["articles"] == 3
    assert all(part_of(i) == "dev" for i in report["untouched"]["error_articles"])
    date = report["codes"]["date.event_conflict"]
    assert date["injected"] == 3 and date["negatives"] == 3  # one defect and one hard negative each
    assert 0 <= date["recall"] <= 1 and 0 <= date["false_alarm_rate"] <= 1
    trailer = report["codes"]["artifact.boilerplate_trailer"]
    assert trailer["injected"] == 6 and trailer["negatives"] == 0
    printed = capsys.readouterr().out
    assert "part dev: 3 untouched articles" in printed and "errors per article" in printed
