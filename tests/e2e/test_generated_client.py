"""A client generated from /v1/openapi.json with openapi-python-client runs the seed walkthrough:
submit, poll the job, read the analysis. Its functions carry the API's stable operationIds."""

from __future__ import annotations

import importlib
import importlib.util
import subprocess
import sys
import time

import pytest
import requests

from tests.conftest import SEED

pytestmark = pytest.mark.e2e

EXPECTED = {
    "submitArticle",
    "getArticle",
    "getAnalysis",
    "getReport",
    "getJob",
    "submitBatch",
    "getBatch",
    "getBatchReport",
}


def generator() -> list[str]:
    if importlib.util.find_spec("openapi_python_client") is None:
        pytest.fail("openapi-python-client is missing: install the test extras (`scripts/setup test`)")
    return [sys.executable, "-m", "openapi_python_client"]


def test_operation_ids_are_stable_and_unique(service):
    spec = requests.get(f"{service.url}/v1/openapi.json", timeout=10).json()
    ids = [
        op["operationId"]
        for ops in spec["paths"].values()
        for method, op in ops.items()
        if isinstance(op, dict) and method in ("get", "post", "put", "patch", "delete")
    ]
    assert len(ids) == len(set(ids)), ids
    assert set(ids) >= EXPECTED


def test_generated_client_runs_the_seed_walkthrough(service, tmp_path):
    spec = tmp_path / "openapi.json"
    spec.write_bytes(requests.get(f"{service.url}/v1/openapi.json", timeout=10).content)
    config = tmp_path / "config.yaml"
    config.write_text("post_hooks: []\n")  # no formatter run on the generated code
    package = tmp_path / "gen" / "copydesk_client"
    done = subprocess.run(
        [*generator(), "generate", "--path", str(spec), "--output-path", str(package), "--meta", "none"]
        + ["--config", str(config)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Warning" not in done.stdout + done.stderr, done.stdout + done.stderr

    sys.path.insert(0, str(package.parent))
    try:
        client_mod = importlib.import_module("copydesk_client")
        submit_article = importlib.import_module("copydesk_client.api.articles.submit_article")
        get_analysis = importlib.import_module("copydesk_client.api.articles.get_analysis")
        get_job = importlib.import_module("copydesk_client.api.jobs.get_job")
        models = importlib.import_module("copydesk_client.models")

        title, body = SEED.read_text(encoding="utf-8").split("\n", 1)
        client = client_mod.Client(base_url=service.url, timeout=None)
        response = submit_article.sync_detailed(
            client=client, body=models.ArticleSubmission(title=title, body=body)
        )
        assert response.status_code == 202, response.content
        job = response.parsed
        deadline = time.monotonic() + 120
        while str(job.status.value if hasattr(job.status, "value") else job.status) not in (
            "succeeded",
            "failed",
        ):
            assert time.monotonic() < deadline, "the job did not end"
            time.sleep(0.3)
            job = get_job.sync(job.job_id, client=client)
        assert job.status.value == "succeeded"

        analysis = get_analysis.sync(job.article_id, client=client)
        assert analysis is not None
        assert analysis.verdict.value == "fail"
        codes = {f.code for f in analysis.findings}
        assert {"date.event_conflict", "entity.spelling_variant"} <= codes
        assert analysis.article_id == job.article_id
    finally:
        sys.path.remove(str(package.parent))
        for name in [m for m in sys.modules if m == "copydesk_client" or m.startswith("copydesk_client.")]:
            del sys.modules[name]
