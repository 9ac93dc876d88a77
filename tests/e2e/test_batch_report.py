"""The batch page (GET /v1/batches/{id}/report) and its CSV export against the real service."""

from __future__ import annotations

import csv
import io
import re

import pytest
import requests

from tests.conftest import SEED
from tests.e2e.test_batches import post_batch, short_article, wait_for_batch

pytestmark = pytest.mark.e2e


def test_batch_page_sorts_by_verdict_and_exports_findings(service):
    title, body = SEED.read_text(encoding="utf-8").split("\n", 1)
    articles = [short_article(1), {"title": title, "body": body}, short_article(2)]
    accepted = post_batch(service, {"articles": articles}).json()
    bid = accepted["batch_id"]
    batch = wait_for_batch(service, bid)
    seed_job = batch["jobs"][1]

    page = requests.get(f"{service.url}/v1/batches/{bid}/report", timeout=10)
    assert page.status_code == 200 and page.headers["Content-Type"].startswith("text/html")
    assert "script-src 'self'" in page.headers["Content-Security-Policy"]
    html = page.text
    assert 'http-equiv="refresh"' not in html  # done: no more refreshing
    assert "3 of 3 articles ended" in html
    links = re.findall(r'href="\.\./\.\./articles/(art_[^/"]+)/report"', html)
    assert links[0] == seed_job["article_id"]  # the failing seed comes first
    assert len(links) == 3
    # the relative link resolves to the article's report
    report = requests.get(f"{service.url}/v1/articles/{links[0]}/report", timeout=10)
    assert report.status_code == 200

    exported = requests.get(f"{service.url}/v1/batches/{bid}/findings.csv", timeout=10)
    assert exported.status_code == 200 and exported.headers["Content-Type"].startswith("text/csv")
    assert "attachment" in exported.headers["Content-Disposition"]
    rows = list(csv.DictReader(io.StringIO(exported.text)))
    result = requests.get(f"{service.url}/v1/articles/{seed_job['article_id']}/analysis", timeout=10).json()
    seed_rows = [r for r in rows if r["job_id"] == seed_job["job_id"]]
    assert len(seed_rows) == sum(max(1, len(f["spans"])) for f in result["findings"])
    assert {r["code"] for r in seed_rows} == {f["code"] for f in result["findings"]}
    for row in seed_rows:
        if row["field"]:
            text = title if row["field"] == "title" else body
            assert text[int(row["start"]) : int(row["end"])] == row["text"].removeprefix("'")


def test_unknown_batch_pages_are_404(service):
    for path in ("report", "findings.csv"):
        response = requests.get(f"{service.url}/v1/batches/bat_nope/{path}", timeout=10)
        assert response.status_code == 404
        assert response.headers["Content-Type"].startswith("application/problem+json")
