"""Submit the seed article over HTTP, let the real worker analyse it, read the result."""

from __future__ import annotations

import requests

from tests.conftest import SEED, assert_spans_exact


def submit_seed(service, **extra):
    title, body = SEED.read_text(encoding="utf-8").split("\n", 1)
    payload = {"title": title, "body": body, **extra}
    response = requests.post(f"{service.url}/v1/articles", json=payload, timeout=10)
    return title, body, response


def test_seed_article_end_to_end(service):
    title, body, response = submit_seed(service)
    assert response.status_code == 202, response.text
    job = response.json()
    assert response.headers["Location"] == f"/v1/jobs/{job['job_id']}"
    assert response.headers["Retry-After"] == "2"  # when to poll, not a rate-limit window
    assert job["status"] == "queued" and job["attempts"] == 0

    done = service.wait_for_job(job["job_id"])
    assert done["status"] == "succeeded", done
    assert done["attempts"] == 1 and done["started_at"] and done["finished_at"]

    analysis = requests.get(f"{service.url}/v1/articles/{job['article_id']}/analysis", timeout=10)
    assert analysis.status_code == 200
    result = analysis.json()
    assert result["api_version"] == "v1" and result["article_id"] == job["article_id"]
    assert result["language"]["code"] == "en"
    assert result["verdict"] in ("pass", "review", "fail") and "integrity" in result["scores"]
    assert isinstance(result["findings"], list)
    assert_spans_exact(result, title, body)

    fields = {"title": title, "body": body}
    canonicals = {e["canonical"]: e for e in result["entities"]}
    for name in ("Putin", "Kim Jong-un", "Pyongyang", "North Korea"):
        entity = next((e for c, e in canonicals.items() if c == name or c.endswith(" " + name)), None)
        assert entity is not None, f"{name} not among {sorted(canonicals)}"
        for mention in entity["mentions"]:
            assert fields[mention["field"]][mention["start"] : mention["end"]] == mention["text"]
            assert name.split()[-1] in mention["text"]
    values = {t["value"] for t in result["timeline"]}
    assert "2019-02" in values and "2022-02-27" in values

    article = requests.get(f"{service.url}/v1/articles/{job['article_id']}", timeout=10).json()
    assert article["title"] == title and article["body"] == body
    assert [r["job_id"] for r in article["revisions"]] == [job["job_id"]]

    report = requests.get(f"{service.url}/v1/articles/{job['article_id']}/report", timeout=10)
    assert report.status_code == 200 and report.headers["Content-Type"].startswith("text/html")
    assert "<mark" in report.text and "Pyongyang" in report.text


def test_non_english_article_fails_with_a_reason(service):
    body = (
        "Le président russe est arrivé mardi à Pyongyang pour une visite officielle de deux jours. "
        "Il doit rencontrer le dirigeant nord-coréen et signer plusieurs accords de coopération."
    )
    response = requests.post(
        f"{service.url}/v1/articles", json={"title": "Visite à Pyongyang", "body": body}, timeout=10
    )
    job = service.wait_for_job(response.json()["job_id"])
    assert job["status"] == "failed"
    assert job["error"]["code"] == "unsupported_language" and "'fr'" in job["error"]["message"]
    analysis = requests.get(f"{service.url}/v1/articles/{job['article_id']}/analysis", timeout=10)
    assert analysis.status_code == 404
    assert "unsupported_language" in analysis.json()["detail"]


def test_checks_option_limits_findings_to_families(service):
    title, body, response = submit_seed(service, checks=["date"])
    job = service.wait_for_job(response.json()["job_id"])
    assert job["status"] == "succeeded"
    result = requests.get(f"{service.url}/v1/articles/{job['article_id']}/analysis", timeout=10).json()
    assert {f["code"].split(".")[0] for f in result["findings"]} <= {"date"}


def test_health_readiness_and_metrics(service):
    assert requests.get(f"{service.url}/healthz", timeout=5).json() == {"status": "ok"}
    ready = requests.get(f"{service.url}/readyz", timeout=5)
    assert ready.status_code == 200 and ready.json()["workers"]
    metrics = requests.get(f"{service.url}/metrics", timeout=5).text
    assert "copydesk_queue_depth" in metrics and "copydesk_workers_alive 1.0" in metrics
