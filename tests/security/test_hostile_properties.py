"""Targeted property tests of hostile input (issue 11): lone surrogates, extreme datetimes,
forged cursors and escape-heavy JSON never make a 5xx, and every refusal is problem+json.

The OpenAPI fuzzer (tests/fuzz/) generates from the documented schemas and rarely reaches
these corners; these strategies aim at them. In-process on the real app and Redis.
"""

from __future__ import annotations

import base64
import datetime as dt
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core import keys
from tests.security.app import ARTICLE, bearer, make_client

PROPERTY = settings(
    max_examples=60,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@pytest.fixture()
def api(store, redis_server):
    client = make_client(store, redis_server)
    headers = bearer(keys.create_key(store, "alpha").key)
    batch = client.post("/v1/batches", json={"articles": [ARTICLE]}, headers=headers).get_json()
    return client, headers, batch["batch_id"]


def has_surrogate(text: str) -> bool:
    """A lone surrogate once sent as JSON (json.dumps writes a pair as two escapes, which the
    server reads back as the one character they encode)."""
    return any(0xD800 <= ord(c) <= 0xDFFF for c in json.loads(json.dumps(text)))


def answered_well(response, allowed: set[int]) -> None:
    assert response.status_code in allowed, (response.status_code, response.data[:300])
    if response.status_code >= 400:
        assert response.mimetype == "application/problem+json"
        assert response.get_json()["status"] == response.status_code


# text with lone surrogates mixed in (json.dumps writes them as \udXXX escapes)
surrogate_text = st.lists(
    st.one_of(st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF), st.characters()), min_size=1
).map("".join)


@PROPERTY
@given(
    field=st.sampled_from(["title", "body", "external_id", "source", "language", "url"]), text=surrogate_text
)
def test_surrogates_in_any_field_are_at_most_422(api, field, text):
    client, headers, _ = api
    article = {**ARTICLE, field: text}
    response = client.post(
        "/v1/articles", data=json.dumps(article), content_type="application/json", headers=headers
    )
    answered_well(response, {202, 413, 422})
    if has_surrogate(text):
        assert response.status_code == 422 and field in response.get_json()["errors"]


@PROPERTY
@given(texts=st.lists(surrogate_text, min_size=1, max_size=5))
def test_surrogates_reject_only_their_batch_item(api, texts):
    client, headers, _ = api
    items = [ARTICLE] + [{**ARTICLE, "title": t, "external_id": t} for t in texts]
    response = client.post(
        "/v1/batches", data=json.dumps({"articles": items}), content_type="application/json", headers=headers
    )
    answered_well(response, {202})
    rejected = {r["index"] for r in response.get_json()["rejected"]}
    assert rejected == {n + 1 for n, t in enumerate(texts) if has_surrogate(t)}


offsets = st.integers(min_value=-(24 * 60 - 1), max_value=24 * 60 - 1).map(
    lambda m: dt.timezone(dt.timedelta(minutes=m))
)
extreme_datetimes = st.one_of(
    st.datetimes(min_value=dt.datetime(1, 1, 1), max_value=dt.datetime(1, 1, 3), timezones=offsets),
    st.datetimes(min_value=dt.datetime(9999, 12, 30), max_value=dt.datetime.max, timezones=offsets),
    st.datetimes(timezones=st.one_of(st.none(), offsets)),
)


@PROPERTY
@given(when=extreme_datetimes, in_batch=st.booleans())
def test_extreme_datetimes_are_accepted_or_422(api, when, in_batch):
    client, headers, _ = api
    article = {**ARTICLE, "published_at": when.isoformat()}
    offset = when.utcoffset() or dt.timedelta(0)
    # representable in UTC: year 1 to 9999 once the offset is taken off
    in_range = (
        dt.datetime.min + max(offset, dt.timedelta(0))
        <= when.replace(tzinfo=None)
        <= dt.datetime.max + min(offset, dt.timedelta(0))
    )
    if in_batch:
        response = client.post("/v1/batches", json={"articles": [ARTICLE, article]}, headers=headers)
        answered_well(response, {202})
        assert bool(response.get_json()["rejected"]) is not in_range
    else:
        response = client.post("/v1/articles", json=article, headers=headers)
        answered_well(response, {202 if in_range else 422})


def b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


json_values = st.recursive(
    st.one_of(
        st.none(),
        st.booleans(),
        st.integers(min_value=-(10**40), max_value=10**40),
        st.floats(allow_nan=True, allow_infinity=True),
        st.text(max_size=5),
    ),
    lambda inner: st.one_of(st.lists(inner, max_size=3), st.dictionaries(st.just("o"), inner, max_size=1)),
    max_leaves=8,
)
cursors = st.one_of(
    st.text(max_size=80),
    st.binary(max_size=60).map(b64),
    json_values.map(lambda v: b64(json.dumps(v).encode())),
    st.integers(min_value=-(10**40), max_value=10**40).map(lambda n: b64(json.dumps({"o": n}).encode())),
    st.integers(min_value=1, max_value=5000).map(lambda n: b64(b"[" * n)),
)


@PROPERTY
@given(cursor=cursors, limit=st.integers(min_value=-5, max_value=2000))
def test_forged_cursors_are_200_or_422(api, cursor, limit):
    client, headers, batch_id = api
    response = client.get(
        f"/v1/batches/{batch_id}", query_string={"cursor": cursor, "limit": limit}, headers=headers
    )
    answered_well(response, {200, 422})


# raw JSON text made of escapes, quotes and brackets: valid or not, never a 5xx
escape_heavy = st.lists(
    st.sampled_from(
        ['\\"', "\\\\", "\\u00e9", "\\ud800", "\\udfff", "\\n", "\\", '"', "[", "]", "{", "}", "a", ","]
    ),
    max_size=400,
).map("".join)


@PROPERTY
@given(inside=escape_heavy, path=st.sampled_from(["/v1/articles", "/v1/batches"]))
def test_escape_heavy_bodies_never_err(api, inside, path):
    client, headers, _ = api
    for text in (
        '{"title": "T", "body": "' + inside + '"}',
        '{"articles": [{"title": "' + inside + '", "body": "b"}]}',
        inside,
    ):
        response = client.post(path, data=text.encode(), content_type="application/json", headers=headers)
        answered_well(response, {202, 400, 413, 422})
