"""API keys, tenant isolation, rate limits, backpressure and JSON depth, on the real app and Redis.

In-process (Flask test client) against an embedded Redis (see tests/security/app.py).
"""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from copydesk.cli import main as cli
from core import keys
from tests.security.app import ARTICLE, bearer, make_client


def test_key_is_stored_only_as_a_hash(store):
    created = keys.create_key(store, "acme")
    dump = json.dumps({k: store.r.type(k) for k in store.r.keys("*")}) + json.dumps(
        [store.r.hgetall(k) for k in store.r.keys("cd:apikey:*")]
    )
    assert created.key not in dump
    assert created.key.startswith("cdk_") and len(created.key) > 40
    assert keys.authenticate(store, created.key) == "acme"
    assert keys.authenticate(store, created.key + "x") is None
    assert created.webhook_secret and store.webhook_secret("acme") == created.webhook_secret
    # a second key of the same client keeps its webhook secret
    assert keys.create_key(store, "acme").webhook_secret is None
    assert store.webhook_secret("acme") == created.webhook_secret


def test_cli_create_list_revoke(store, redis_server, monkeypatch):
    monkeypatch.setenv("REDIS_URL", redis_server.url)
    runner = CliRunner()
    out = runner.invoke(cli, ["keys", "create", "--client", "acme"])
    assert out.exit_code == 0, out.output
    key = next(line.split()[-1] for line in out.output.splitlines() if line.startswith("api key:"))
    assert "webhook secret:" in out.output
    listed = runner.invoke(cli, ["keys", "list"])
    assert "acme" in listed.output and key not in listed.output and "active" in listed.output
    assert keys.authenticate(store, key) == "acme"
    revoked = runner.invoke(cli, ["keys", "revoke", key[:12]])
    assert revoked.exit_code == 0, revoked.output
    assert keys.authenticate(store, key) is None
    assert "revoked" in runner.invoke(cli, ["keys", "list"]).output
    assert runner.invoke(cli, ["keys", "revoke", "key_nope"]).exit_code != 0
    assert runner.invoke(cli, ["keys", "create", "--client", "bad name!"]).exit_code != 0


@pytest.mark.parametrize(
    "headers",
    [{}, {"Authorization": "Bearer"}, {"Authorization": "Basic YTpi"}, bearer("cdk_no"), bearer("x" * 5000)],
)
def test_every_v1_route_needs_a_key(store, redis_server, monkeypatch, headers):
    client = make_client(store, redis_server)
    for method, path in [
        ("post", "/v1/articles"),
        ("get", "/v1/jobs/job_1"),
        ("get", "/v1/articles/art_1"),
        ("get", "/v1/articles/art_1/analysis"),
        ("get", "/v1/articles/art_1/report"),
        ("post", "/v1/batches"),
        ("get", "/v1/batches/bat_1"),
        ("get", "/v1/styles"),
        ("put", "/v1/styles/house"),
        ("get", "/v1/styles/house"),
        ("delete", "/v1/styles/house"),
    ]:
        response = getattr(client, method)(path, json=ARTICLE, headers=headers)
        assert response.status_code == 401, (method, path, response.data)
        assert response.mimetype == "application/problem+json"
        assert response.headers["WWW-Authenticate"].startswith("Bearer")
    for path in ["/healthz", "/metrics", "/v1/openapi.json"]:
        assert client.get(path).status_code == 200, path


def test_clients_see_only_their_own(store, redis_server, monkeypatch):
    client = make_client(store, redis_server)
    alpha, beta = keys.create_key(store, "alpha"), keys.create_key(store, "beta")
    a, b = alpha.key, beta.key
    submitted = client.post("/v1/articles", json=ARTICLE, headers=bearer(a))
    assert submitted.status_code == 202, submitted.data
    job = submitted.get_json()
    for path in [
        f"/v1/jobs/{job['job_id']}",
        f"/v1/articles/{job['article_id']}",
        f"/v1/articles/{job['article_id']}/analysis",
        f"/v1/articles/{job['article_id']}/report",
    ]:
        assert client.get(path, headers=bearer(b)).status_code == 404, path
        assert client.get(path, headers=bearer(a)).status_code in (200, 409), path
    # the same content from another client is another article, not the first client's job
    other = client.post("/v1/articles", json={**ARTICLE, "external_id": "x1"}, headers=bearer(b)).get_json()
    mine = client.post("/v1/articles", json={**ARTICLE, "external_id": "x1"}, headers=bearer(a)).get_json()
    assert other["article_id"] != mine["article_id"]
    # a revoked key stops working at once (named: both keys may share a created_at millisecond)
    keys.revoke_key(store, alpha.key_id)
    assert client.get(f"/v1/jobs/{job['job_id']}", headers=bearer(a)).status_code == 401
    assert client.get(f"/v1/jobs/{other['job_id']}", headers=bearer(b)).status_code == 200


@pytest.mark.parametrize("strategy", ["fixed-window", "moving-window"])
def test_rate_limit_per_client_is_429_with_retry_after(store, redis_server, monkeypatch, strategy):
    client = make_client(store, redis_server, rate_limit="5/minute", rate_limit_strategy=strategy)
    a, b = keys.create_key(store, "alpha").key, keys.create_key(store, "beta").key
    codes = [client.get("/v1/jobs/job_x", headers=bearer(a)).status_code for _ in range(7)]
    assert codes[:5] == [404] * 5 and codes[5:] == [429, 429]
    limited = client.get("/v1/jobs/job_x", headers=bearer(a))
    assert limited.mimetype == "application/problem+json"
    assert 1 <= int(limited.headers["Retry-After"]) <= 61  # the window, rounded up to whole seconds
    # another client has its own budget; health is never limited
    assert client.get("/v1/jobs/job_x", headers=bearer(b)).status_code == 404
    assert all(client.get("/healthz").status_code == 200 for _ in range(10))


def test_backpressure_is_503_with_retry_after(store, redis_server, monkeypatch):
    client = make_client(store, redis_server, max_queue_depth=3)
    a = keys.create_key(store, "alpha").key
    codes = []
    for n in range(6):
        codes.append(client.post("/v1/articles", json={**ARTICLE, "body": f"Body {n}."}, headers=bearer(a)))
    assert [r.status_code for r in codes] == [202, 202, 202, 202, 503, 503]
    assert codes[-1].headers["Retry-After"] and codes[-1].mimetype == "application/problem+json"
    assert store.pending_count() == 4  # refused submissions were not stored
    # reads still work under backpressure
    job = codes[0].get_json()["job_id"]
    assert client.get(f"/v1/jobs/{job}", headers=bearer(a)).status_code == 200


@pytest.mark.parametrize("depth,status", [(10, 422), (33, 400), (100_000, 400)])
def test_deeply_nested_json_is_refused_early(store, redis_server, monkeypatch, depth, status):
    client = make_client(store, redis_server)
    a = keys.create_key(store, "alpha").key
    nested = "[" * depth + "]" * depth
    data = '{"title": "t", "body": "b", "extra": ' + nested + "}"
    response = client.post("/v1/articles", data=data, content_type="application/json", headers=bearer(a))
    assert response.status_code == status, response.data
    assert response.mimetype == "application/problem+json"
    unclosed = client.post(
        "/v1/articles", data="[" * 100_000, content_type="application/json", headers=bearer(a)
    )
    assert unclosed.status_code == 400
