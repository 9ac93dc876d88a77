"""Every client error has its status and an application/problem+json body; none is a 500."""

from __future__ import annotations

import json
import socket

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


def _raw_exchange(service, head: bytes, chunks, timeout: float = 30) -> bytes:
    """Send `head` then each of `chunks` on a raw socket, stop when the server answers or
    closes, and return what it answered (so a server that refuses early is seen doing so)."""
    host, port = service.url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=timeout) as sock:
        sock.sendall(head)
        try:
            for chunk in chunks:
                sock.sendall(chunk)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the server answered and closed before reading everything
        answer = b""
        try:
            while part := sock.recv(65536):
                answer += part
        except ConnectionResetError:
            pass
    return answer


def test_chunked_body_over_the_byte_limit_is_413(service):
    limit = service.settings.max_body_chars * 6 + 65_536
    piece = b"a" * 65_536

    def chunked():
        for data in [b'{"title": "Big", "body": "', *[piece] * (limit // len(piece) + 2), b'"}']:
            yield b"%x\r\n%s\r\n" % (len(data), data)
        yield b"0\r\n\r\n"

    head = (
        b"POST /v1/articles HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
        b"Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
    )
    answer = _raw_exchange(service, head, chunked())
    status_line, _, rest = answer.partition(b"\r\n")
    assert status_line.startswith(b"HTTP/1.1 413"), answer[:300]
    assert b"application/problem+json" in rest.split(b"\r\n\r\n", 1)[0]


@pytest.mark.parametrize(
    ("make", "status"),
    [
        (lambda url: requests.get(f"{url}/v1/jobs/{'j' * 9000}", timeout=10), 414),
        (lambda url: requests.get(f"{url}/healthz", headers={"X-Big": "b" * 9000}, timeout=10), 431),
        (lambda url: requests.get(f"{url}/healthz", headers={f"X-{n}": "v" for n in range(120)}), 431),
    ],
    ids=["request line too long", "header too large", "too many headers"],
)
def test_errors_gunicorn_answers_itself_are_problems_too(service, make, status):
    assert_problem(make(service.url), status)


def test_malformed_request_line_is_a_problem(service):
    answer = _raw_exchange(service, b"GET /healthz HTTP/9.9\r\nHost: x\r\n\r\n", [])
    head, _, body = answer.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 400") and b"application/problem+json" in head, answer[:300]
    assert json.loads(body)["status"] == 400
