"""Submit the seed article over HTTP, let the real worker analyse it, read the result."""

from __future__ import annotations

import requests

from tests.conftest import SEED, assert_spans_exact


def submit_seed(service, **extra):
    title, body = SEED.read_text(encoding="utf-8").split("\n", 1)
    payload = {"title": title, "body": body, **extra}
    response = requests.post(f"{service.url}/v1/articles", json=payload, timeout=10)
    return title, body, response


def spans_of(findings: list[dict], code: str) -> list[list[str]]:
    return [[s["text"] for s in f["spans"]] for f in findings if f["code"] == code]


def assert_seed_findings(findings: list[dict], title: str) -> None:
    """The seed's defects the README shows, found through the real service."""
    [variant] = [f for f in findings if f["code"] == "entity.spelling_variant"]
    assert variant["severity"] == "error" and variant["suggestion"] == "Pyongyang"
    assert {s["text"] for s in variant["spans"]} == {"Pyongyong"}
    first = variant["spans"][0]
    assert (first["field"], first["start"], first["end"]) == ("title", 0, 9)
    repeated = spans_of(findings, "artifact.repeated_headline")
    assert len(repeated) == 5 and all(spans[0].startswith(title[:40]) for spans in repeated)
    assert ["199Since"] in spans_of(findings, "artifact.truncated_token")
    assert ["video"] in spans_of(findings, "artifact.boilerplate_trailer")
    [dates] = spans_of(findings, "date.event_conflict")
    assert {"February 27, 2022", "late February 2019"} <= set(dates)
    [places] = spans_of(findings, "place.event_conflict")
    assert {"North Korea", "South Korea"} <= set(places)
    [interval] = spans_of(findings, "date.interval_conflict")
    assert "first visit in 24 years" in interval
    fragments = [spans[0] for spans in spans_of(findings, "artifact.orphan_fragment")]
    assert "strengthened alliances and diplomatic relations" in fragments
    headings = [spans[0] for spans in spans_of(findings, "style.outline_heading")]
    assert {"I. Introduction", "Conclusion"} <= set(headings)
    errors = {f["code"] for f in findings if f["severity"] == "error"}
    assert not errors & {"style.outline_heading", "style.machine_boilerplate", "claim.unattributed"}


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
    assert result["verdict"] == "fail" and 0 <= result["scores"]["integrity"] < 50
    assert_spans_exact(result, title, body)
    assert_seed_findings(result["findings"], title)

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
