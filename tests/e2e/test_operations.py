"""The operator's view on the real service: /readyz, Prometheus metrics from the API and the
worker processes, JSON logs with a request id carried from the API into the worker."""

from __future__ import annotations

import json
import time
import uuid

import pytest
import requests
from prometheus_client.parser import text_string_to_metric_families

from tests.conftest import SEED

pytestmark = pytest.mark.e2e


def scrape(url: str) -> dict[tuple[str, tuple], float]:
    text = requests.get(url, timeout=10).text
    return {
        (sample.name, tuple(sorted(sample.labels.items()))): sample.value
        for family in text_string_to_metric_families(text)
        for sample in family.samples
    }


def value(samples, name: str, **labels) -> float:
    return samples.get((name, tuple(sorted(labels.items()))), 0.0)


def json_lines(path) -> list[dict]:
    out = []
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        try:
            doc = json.loads(line)
        except ValueError:
            continue
        if isinstance(doc, dict):
            out.append(doc)
    return out


def test_readyz_names_every_dependency(service):
    ready = requests.get(f"{service.url}/readyz", timeout=5)
    assert ready.status_code == 200
    body = ready.json()
    assert body["checks"]["redis"] == "ok" and body["checks"]["workers"].startswith("ok")


def test_metrics_request_id_and_json_logs(service):
    metrics_url = f"{service.url}/metrics"
    before = scrape(metrics_url)
    rid = f"desk-{uuid.uuid4().hex[:12]}"
    title, body = SEED.read_text(encoding="utf-8").split("\n", 1)
    response = requests.post(
        f"{service.url}/v1/articles",
        json={"title": title, "body": body},
        headers={"X-Request-ID": rid},
        timeout=10,
    )
    assert response.status_code == 202 and response.headers["X-Request-ID"] == rid
    job = service.wait_for_job(response.json()["job_id"])
    assert job["status"] == "succeeded"
    bad = requests.post(f"{service.url}/v1/articles", json={"title": ""}, timeout=10)
    assert bad.status_code == 422 and len(bad.headers["X-Request-ID"]) == 32  # one was made up

    result = requests.get(f"{service.url}/v1/articles/{job['article_id']}/analysis", timeout=10).json()
    conflicts = sum(1 for f in result["findings"] if f["code"] == "date.event_conflict")
    assert conflicts >= 1
    deadline = time.monotonic() + 10
    while True:  # the worker records its metrics just after it stores the result
        after = scrape(metrics_url)
        delta = value(after, "copydesk_findings_total", code="date.event_conflict") - value(
            before, "copydesk_findings_total", code="date.event_conflict"
        )
        if delta >= conflicts or time.monotonic() > deadline:
            break
        time.sleep(0.2)
    assert delta == conflicts
    accepted = dict(kind="article", outcome="accepted")
    assert (
        value(after, "copydesk_submissions_total", **accepted)
        == value(before, "copydesk_submissions_total", **accepted) + 1
    )
    assert value(after, "copydesk_submissions_total", kind="article", outcome="422") >= 1
    latency = "copydesk_job_latency_seconds_count"
    assert value(after, latency, status="succeeded") > value(before, latency, status="succeeded")
    checks = {
        dict(labels)["check"] for name, labels in after if name == "copydesk_check_duration_seconds_count"
    }
    assert len(checks) >= 10, checks  # one series per check
    assert value(after, "copydesk_analysis_duration_seconds_count") >= 1
    ages = [v for (name, _), v in after.items() if name == "copydesk_worker_heartbeat_age_seconds"]
    assert ages and all(0 <= age < 30 for age in ages)
    assert value(after, "copydesk_queue_depth") >= 0

    # the worker's own exporter shows the pool process's metrics too
    port = service.extra_env["COPYDESK_WORKER_METRICS_PORT"]
    worker = scrape(f"http://127.0.0.1:{port}/metrics")
    assert value(worker, "copydesk_findings_total", code="date.event_conflict") >= conflicts

    # one request id from the API's access log to the worker's log of the analysis
    api_lines = [d for d in json_lines(service.root / "api.log") if d.get("request_id") == rid]
    assert any(d.get("path") == "/v1/articles" and d.get("status") == 202 for d in api_lines), api_lines
    worker_lines = [d for d in json_lines(service.root / "worker-w1.log") if d.get("request_id") == rid]
    assert any("analysed" in d.get("message", "") for d in worker_lines), worker_lines
    assert all({"time", "level", "logger", "message"} <= d.keys() for d in api_lines + worker_lines)
