"""Every client error has its status and an application/problem+json body; none is a 500."""

from __future__ import annotations

import json

import pytest
import requests


def post(service, data, content_type="application/json", headers=None):
    return requests.post(
        f"{service.url}/v1/articles",
        data=data,
        headers={"Content-Type": content_type, **(headers or {})},
        timeout=10,
    )


def assert_problem(response, status):
    assert response.status_code == status, response.text
    assert response.headers["Content-Type"] == "application/problem+json"
    body = response.json()
    assert body["status"] == status and body["title"] and body["detail"] and body["type"]
    return body


def test_malformed_json_is_400(service):
    body = assert_problem(post(service, b'{"title": "x", "body": '), 400)
    assert "JSON" in body["detail"]


@pytest.mark.parametrize(
    "content_type", ["text/plain", "application/x-www-form-urlencoded", "application/xml"]
)
def test_wrong_content_type_is_415(service, content_type):
    assert_problem(post(service, b"title=x&body=y", content_type=content_type), 415)


def test_body_over_the_limit_is_413(service):
    limit = service.settings.max_body_chars
    body = assert_problem(post(service, json.dumps({"title": "Big", "body": "a" * (limit + 1)})), 413)
    assert f"{limit:,}" in body["detail"]


def test_request_over_the_byte_limit_is_413(service):
    limit = service.settings.max_body_chars
    assert_problem(post(service, b'{"title": "Big", "body": "' + b"a" * (limit * 6 + 70_000) + b'"}'), 413)


@pytest.mark.parametrize(
    ("payload", "fields"),
    [
        ({}, {"title", "body"}),
        ({"title": "", "body": "text"}, {"title"}),
        ({"title": "t" * 1001, "body": "text"}, {"title"}),
        ({"title": 5, "body": ["x"]}, {"title", "body"}),
        ({"title": "t", "body": "b", "published_at": "yesterday"}, {"published_at"}),
        ({"title": "t", "body": "b", "checks": ["spelling"]}, {"checks.0"}),
        ({"title": "t", "body": "b", "callback_url": "ftp://example.org/x"}, {"callback_url"}),
        ({"title": "t", "body": "b", "surprise": 1}, {"surprise"}),
    ],
)
def test_validation_errors_are_422_with_field_paths(service, payload, fields):
    body = assert_problem(post(service, json.dumps(payload)), 422)
    assert set(body["errors"]) == fields


@pytest.mark.parametrize("data", [b"[]", b'"text"', b"null", b"42"])
def test_json_that_is_not_an_object_is_422(service, data):
    assert_problem(post(service, data), 422)


@pytest.mark.parametrize(
    "path",
    [
        "/v1/jobs/job_doesnotexist",
        "/v1/articles/art_nope",
        "/v1/articles/art_nope/analysis",
        "/v1/articles/art_nope/report",
        "/v1/nothing-here",
    ],
)
def test_unknown_ids_are_404(service, path):
    assert_problem(requests.get(service.url + path, timeout=10), 404)


def test_wrong_method_is_405(service):
    assert_problem(requests.delete(f"{service.url}/v1/articles", timeout=10), 405)


def test_openapi_document_is_generated_from_the_schemas(service):
    spec = requests.get(f"{service.url}/v1/openapi.json", timeout=10).json()
    assert spec["openapi"].startswith("3.")
    assert {"/v1/articles", "/v1/jobs/{job_id}", "/v1/articles/{article_id}/analysis"} <= set(spec["paths"])
    schemas = spec["components"]["schemas"]
    assert "ArticleSubmission" in schemas and "Job" in schemas and "Analysis" in schemas
    assert set(schemas["ArticleSubmission"]["required"]) == {"title", "body"}
