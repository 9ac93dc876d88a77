"""House styles against the real service: create, update, use, version pinning, delete, tenants, bad packs."""

from __future__ import annotations

import time
import uuid
from pathlib import Path

import pytest
import requests

from copydesk.testing import LocalService

pytestmark = pytest.mark.e2e
ROOT = Path(__file__).resolve().parents[2]

TITLE = "Minister slams plan for Kiev talks"
BODY = (
    "The foreign minister said on Monday that talks in Kiev would resume next week. "
    "Officials from both sides met in Kiev in March, the ministry said in a statement.\n\n"
    "Prices rose 4 per cent in May, and rents rose 6 percent, according to official figures."
)
RULES_V1 = [
    {"id": "kyiv", "type": "substitution", "swap": {"Kiev": "Kyiv"}, "message": "House style: %s, not %s."},
    {"id": "no-slams", "type": "existence", "tokens": ["slams", "slammed"], "scope": "title"},
    {"id": "percent", "type": "consistency", "either": {"per cent": "percent"}, "severity": "info"},
]
RULES_V2 = [{"id": "no-minister", "type": "existence", "tokens": ["minister"], "ignorecase": True}]


def client_headers(service) -> dict[str, str]:
    """A fresh client of its own, so styles (and its `default`) touch no other test."""
    from core.keys import create_key

    key = create_key(service.store(), f"desk-{uuid.uuid4().hex[:8]}").key
    return {"Authorization": f"Bearer {key}"}


def put(service, headers, style_id, rules, description="", **kwargs):
    body = {"description": description, "rules": rules}
    return requests.put(
        f"{service.url}/v1/styles/{style_id}", json=body, headers=headers, timeout=30, **kwargs
    )


def submit(service, headers, **extra):
    body = {"title": TITLE, "body": BODY, **extra}
    return requests.post(f"{service.url}/v1/articles", json=body, headers=headers, timeout=30)


def analysis_of(service, headers, job_id) -> dict:
    job = service.wait_for_job(job_id, headers=headers)
    assert job["status"] == "succeeded", job
    url = f"{service.url}/v1/articles/{job['article_id']}/analysis"
    return requests.get(url, headers=headers, timeout=10).json()


def house(result) -> list[tuple[str, str, str | None]]:
    return [
        (f["evidence"]["rule"], f["spans"][0]["text"], f["suggestion"])
        for f in result["findings"]
        if f["code"] == "style.house"
    ]


def test_create_update_read_list_delete(service):
    h = client_headers(service)
    created = put(service, h, "house", RULES_V1, "Our desk's rules")
    assert created.status_code == 201, created.text
    body = created.json()
    assert body["version"] == 1 and body["rule_count"] == 3 and body["style_id"] == "house"
    assert created.headers["Location"] == "/v1/styles/house"
    assert body["rules"][0]["ignorecase"] is False  # defaults written out

    same = put(service, h, "house", RULES_V1, "Our desk's rules")
    assert same.status_code == 200 and same.json()["version"] == 1  # nothing changed
    changed = put(service, h, "house", RULES_V2, "Stricter")
    assert changed.status_code == 200 and changed.json()["version"] == 2

    got = requests.get(f"{service.url}/v1/styles/house", headers=h, timeout=10).json()
    assert got["version"] == 2 and [r["id"] for r in got["rules"]] == ["no-minister"]
    assert got["description"] == "Stricter"
    put(service, h, "other", RULES_V1)
    listed = requests.get(f"{service.url}/v1/styles", headers=h, timeout=10).json()["styles"]
    assert [(s["style_id"], s["version"]) for s in listed] == [("house", 2), ("other", 1)]
    assert "rules" not in listed[0]

    assert requests.delete(f"{service.url}/v1/styles/house", headers=h, timeout=10).status_code == 204
    assert requests.get(f"{service.url}/v1/styles/house", headers=h, timeout=10).status_code == 404
    assert requests.delete(f"{service.url}/v1/styles/house", headers=h, timeout=10).status_code == 404
    refused = submit(service, h, style="house")
    assert refused.status_code == 422 and "style" in refused.json()["errors"]
    again = put(service, h, "house", RULES_V1)
    assert again.status_code == 201 and again.json()["version"] == 3  # a version number is never reused


def test_a_submission_uses_the_named_style_and_records_it(service):
    h = client_headers(service)
    put(service, h, "house", RULES_V1)
    response = submit(service, h, style="house")
    assert response.status_code == 202, response.text
    assert response.json()["style"] == {"id": "house", "version": 1}
    result = analysis_of(service, h, response.json()["job_id"])
    assert result["style"] == {"id": "house", "version": 1}
    assert house(result) == [
        ("no-slams", "slams", None),
        ("kyiv", "Kiev", "Kyiv"),
        ("kyiv", "Kiev", "Kyiv"),
        ("kyiv", "Kiev", "Kyiv"),
        ("percent", "percent", "per cent"),
    ]
    [first] = [f for f in result["findings"] if f["evidence"].get("rule") == "kyiv"][:1]
    assert first["evidence"]["style"] == "house" and first["evidence"]["version"] == 1
    assert first["message"] == "House style: Kyiv, not Kiev."

    plain = analysis_of(service, h, submit(service, h).json()["job_id"])
    assert plain["style"] is None and house(plain) == []  # no style named, no `default`


def test_the_default_style_applies_when_none_is_named(service):
    h = client_headers(service)
    quiet = [{"id": "quiet", "type": "severity", "code": "style.house", "severity": "off"}]
    put(
        service,
        h,
        "default",
        [*RULES_V1, {"id": "loud", "type": "severity", "code": "style.house", "severity": "error"}],
    )
    job = submit(service, h).json()
    assert job["style"] == {"id": "default", "version": 1}
    result = analysis_of(service, h, job["job_id"])
    assert house(result) and {f["severity"] for f in result["findings"] if f["code"] == "style.house"} == {
        "error"
    }
    assert result["verdict"] == "fail"
    # a named style wins over `default`
    put(service, h, "silent", [*RULES_V1, *quiet])
    silent = analysis_of(service, h, submit(service, h, style="silent").json()["job_id"])
    assert silent["style"]["id"] == "silent" and house(silent) == []


def test_a_batch_names_a_style_for_all_items_and_items_can_differ(service):
    h = client_headers(service)
    put(service, h, "house", RULES_V1)
    put(service, h, "strict", RULES_V2)
    articles = [
        {"title": TITLE, "body": BODY},
        {"title": TITLE, "body": BODY, "style": "strict"},
        {"title": TITLE, "body": BODY, "style": "nope"},
    ]
    response = requests.post(
        f"{service.url}/v1/batches", json={"articles": articles, "style": "house"}, headers=h, timeout=30
    )
    assert response.status_code == 202, response.text
    body = response.json()
    assert [a["index"] for a in body["accepted"]] == [0, 1]
    assert body["rejected"][0]["index"] == 2 and "style" in body["rejected"][0]["errors"]
    results = [analysis_of(service, h, a["job_id"]) for a in body["accepted"]]
    assert [r["style"] for r in results] == [{"id": "house", "version": 1}, {"id": "strict", "version": 1}]
    assert {rule for rule, _, _ in house(results[1])} == {"no-minister"}


def test_styles_are_per_client(service):
    a, b = client_headers(service), client_headers(service)
    put(service, a, "house", RULES_V1)
    assert requests.get(f"{service.url}/v1/styles/house", headers=b, timeout=10).status_code == 404
    assert requests.delete(f"{service.url}/v1/styles/house", headers=b, timeout=10).status_code == 404
    assert requests.get(f"{service.url}/v1/styles", headers=b, timeout=10).json() == {"styles": []}
    assert submit(service, b, style="house").status_code == 422
    mine = put(service, b, "house", RULES_V2)
    assert mine.status_code == 201 and mine.json()["version"] == 1  # b's own "house"
    theirs = requests.get(f"{service.url}/v1/styles/house", headers=a, timeout=10).json()
    assert [r["id"] for r in theirs["rules"]] == [r["id"] for r in RULES_V1]


def test_a_bad_pack_is_422_with_the_path_of_every_bad_rule(service):
    h = client_headers(service)
    rules = [
        RULES_V1[0],
        {"id": "swap", "type": "substitution", "swap": ["Kiev", "Kyiv"]},
        {"id": "t", "type": "regex", "pattern": "(a+)+$"},
        {"id": "tok", "type": "existence", "tokens": ["fine", ""]},
    ]
    response = put(service, h, "house", rules)
    assert response.status_code == 422
    assert response.headers["Content-Type"] == "application/problem+json"
    assert set(response.json()["errors"]) == {"rules[1].swap", "rules[2].type", "rules[3].tokens[1]"}
    assert requests.get(f"{service.url}/v1/styles/house", headers=h, timeout=10).status_code == 404

    too_many = [{"id": f"r{i}", "type": "existence", "tokens": ["x"]} for i in range(5_001)]
    response = put(service, h, "house", too_many)
    assert response.status_code == 422 and list(response.json()["errors"]) == ["rules"]
    huge = [{"id": f"r{i}", "type": "existence", "tokens": ["w" * 200] * 5} for i in range(1_200)]
    assert put(service, h, "house", huge).status_code == 413
    assert put(service, h, "Bad Id!", RULES_V1).status_code in (404, 422)
    assert put(service, h, "x" * 65, RULES_V1).status_code == 422
    missing = requests.put(f"{service.url}/v1/styles/house", json={"description": "x"}, headers=h, timeout=10)
    assert missing.status_code == 422 and "rules" in missing.json()["errors"]
    text = requests.put(f"{service.url}/v1/styles/house", data="rules", headers=h, timeout=10)
    assert text.status_code == 415


def test_the_openapi_document_describes_styles(service):
    spec = requests.get(f"{service.url}/v1/openapi.json", timeout=10).json()
    assert {"put", "get", "delete"} <= set(spec["paths"]["/v1/styles/{style_id}"])
    assert "get" in spec["paths"]["/v1/styles"]
    assert "style" in spec["components"]["schemas"]["ArticleSubmission"]["properties"]


@pytest.fixture(scope="module")
def paused(tmp_path_factory):
    """A service that starts with no worker, so jobs wait in the queue until the test starts one."""
    with LocalService(tmp_path_factory.mktemp("paused"), workers=0) as running:
        yield running


def test_a_job_runs_with_the_version_current_when_it_was_submitted(paused):
    h = client_headers(paused)
    assert put(paused, h, "house", RULES_V1).json()["version"] == 1
    first = submit(paused, h, style="house").json()
    assert put(paused, h, "house", RULES_V2).json()["version"] == 2
    second = submit(paused, h, style="house").json()
    assert requests.delete(f"{paused.url}/v1/styles/house", headers=h, timeout=10).status_code == 204
    assert submit(paused, h, style="house").status_code == 422
    time.sleep(0.2)
    assert requests.get(f"{paused.url}/v1/jobs/{first['job_id']}", headers=h, timeout=10).json()[
        "status"
    ] == ("queued")

    paused.start_worker()
    paused.wait_for_workers(1)
    one, two = analysis_of(paused, h, first["job_id"]), analysis_of(paused, h, second["job_id"])
    assert one["style"] == {"id": "house", "version": 1}
    assert {rule for rule, _, _ in house(one)} == {"kyiv", "no-slams", "percent"}
    assert two["style"] == {"id": "house", "version": 2}
    assert {rule for rule, _, _ in house(two)} == {"no-minister"}


def test_a_vale_style_imported_with_the_cli_is_stored_and_used(service):
    from click.testing import CliRunner

    from copydesk.cli import main as cli

    h = client_headers(service)
    key = h["Authorization"].split()[1]
    example = ROOT / "examples" / "styles" / "Newsroom"
    args = ["styles", "import", str(example), "--id", "house", "--url", service.url, "--api-key", key]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    assert "created style house version 1" in result.output
    stored = requests.get(f"{service.url}/v1/styles/house", headers=h, timeout=10).json()
    assert {r["id"] for r in stored["rules"]} >= {"Places", "Headlinese", "Percent"}
    again = CliRunner().invoke(cli, args)
    assert again.exit_code == 0 and "style house version 1" in again.output  # unchanged: same version

    body = "The minister flew to Kiev on Monday. " + BODY
    job = requests.post(
        f"{service.url}/v1/articles",
        json={"title": TITLE, "body": body, "style": "house"},
        headers=h,
        timeout=30,
    ).json()
    result = analysis_of(service, h, job["job_id"])
    rules = {rule for rule, _, _ in house(result)}
    assert {"Places", "Headlinese", "Percent"} <= rules
