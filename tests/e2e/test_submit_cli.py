"""`copydesk submit`: a back-fill killed midway and resumed ends with every article exactly once."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
import requests

from copydesk.submit import Output

pytestmark = pytest.mark.e2e

NEWS = Path(__file__).resolve().parents[1] / "data" / "news"


def command(service, *args: str) -> list[str]:
    return [sys.executable, "-m", "copydesk.cli", "submit", "--url", service.url, "--no-progress", *args]


def lines(path: Path) -> list[dict]:
    if not path.exists():
        return []
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        with contextlib.suppress(ValueError):  # a line cut short
            out.append(json.loads(line))
    return out


def verdict_of(findings: list[dict]) -> str:
    """The verdict analysis-v1 defines: fail on any error, review on any warning, else pass."""
    severities = {f["severity"] for f in findings}
    return "fail" if "error" in severities else "review" if "warning" in severities else "pass"


@pytest.fixture
def api_key(service):
    """A client of its own, so external ids never meet other tests' articles."""
    from core.keys import create_key

    return create_key(service.store(), f"backfill-{uuid.uuid4().hex[:6]}").key


def test_backfill_killed_midway_then_resumed(service, api_key, tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    files = sorted(NEWS.glob("*.json"))[:20]
    for path in files:
        shutil.copy(path, folder / path.name)
    out = tmp_path / "results.jsonl"
    env = {**os.environ, "COPYDESK_API_KEY": api_key}
    args = [str(folder), "--out", str(out), "--batch-size", "3", "--concurrency", "2"]

    first = subprocess.Popen(
        command(service, *args), env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    deadline = time.monotonic() + 120
    while len(lines(out)) < 3 and first.poll() is None:
        assert time.monotonic() < deadline, "no line written in time"
        time.sleep(0.05)
    first.send_signal(signal.SIGKILL)
    first.wait()
    written = len(lines(out))
    assert 3 <= written < 20, f"killed too late: {written} lines"
    # simulate a kill in the middle of a write as well: a cut-off last line
    with out.open("ab") as handle:
        handle.write(b'{"key": "0099", "job_id": "job_cut')

    resumed = subprocess.run(
        command(service, *args, "--resume"), env=env, capture_output=True, text=True, timeout=240
    )
    assert resumed.returncode == 0, resumed.stderr[-3000:]
    assert "succeeded" in resumed.stderr  # the summary table

    docs = lines(out)
    keys = [d["key"] for d in docs]
    expected = sorted(json.loads(p.read_text())["id"] for p in files)
    assert sorted(keys) == expected  # every article exactly once, the cut line gone
    assert out.read_bytes().endswith(b"\n")
    for doc in docs:
        assert doc["status"] == "succeeded", doc
        assert doc["id"] == doc["key"] and doc["job_id"] and doc["article_id"] and doc["error"] is None
        assert doc["result"]["verdict"] == verdict_of(doc["result"]["findings"])
    # real edited news: copydesk stays (almost) quiet
    assert sum(d["result"]["verdict"] == "pass" for d in docs) >= 15
    # batches the killed run had sent were not analysed twice: one revision per article
    headers = {"Authorization": f"Bearer {api_key}"}
    for doc in docs[:5] + docs[-5:]:
        article = requests.get(f"{service.url}/v1/articles/{doc['article_id']}", headers=headers, timeout=10)
        assert len(article.json()["revisions"]) == 1
        assert article.json()["external_id"] == doc["key"]


def test_rejected_articles_fail_the_run(service, api_key, tmp_path):
    good = {"external_id": f"ok-{uuid.uuid4().hex[:6]}", "title": "Bridge reopens", "body": "It reopened."}
    bad = {"external_id": f"bad-{uuid.uuid4().hex[:6]}", "title": "", "body": "An empty title."}
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps(good) + "\n" + json.dumps(bad) + "\n")
    out = tmp_path / "out.jsonl"
    env = {**os.environ, "COPYDESK_API_KEY": api_key}
    run = subprocess.run(
        command(service, str(source), "--out", str(out)), env=env, capture_output=True, text=True, timeout=120
    )
    assert run.returncode == 1, run.stderr
    by_key = {d["key"]: d for d in lines(out)}
    assert by_key[good["external_id"]]["status"] == "succeeded"
    assert by_key[bad["external_id"]]["status"] == "rejected"
    assert "title" in by_key[bad["external_id"]]["error"]["errors"]


def test_output_tolerates_a_truncated_last_line(tmp_path):
    path = tmp_path / "out.jsonl"
    path.write_bytes(b'{"key": "a", "status": "succeeded"}\n{"key": "b", "sta')
    output = Output(path, resume=True)
    output.write({"key": "c", "status": "failed"})
    output.close()
    assert output.seen == {"a": "succeeded"}
    assert [d["key"] for d in lines(path)] == ["a", "c"]
