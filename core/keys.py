"""API keys: create (shown once), look up by hash, list, revoke.

A key is `cdk_` + 43 URL-safe characters (256 random bits). Only its SHA-256 is
stored (`cd:apikey:{sha256}` in the store), so a leaked copy of Redis does not leak
keys; with that much entropy a plain SHA-256 is enough (no slow hash needed).
Each key belongs to a client (tenant); the client's webhook secret is made with
its first key and printed once, too.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass

from core.store import Store, now

KEY_PREFIX = "cdk_"
SHOWN_PREFIX_CHARS = 12  # "cdk_" + 8 characters: enough to recognise a key in `keys list`
CLIENT_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")


class KeyProblem(ValueError):
    """A key operation that cannot be done (bad client name, unknown key)."""


@dataclass(frozen=True)
class CreatedKey:
    key: str
    key_id: str
    client: str
    prefix: str
    webhook_secret: str | None  # set only when this call created the client


def digest(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()


def create_key(store: Store, client: str) -> CreatedKey:
    if not CLIENT_NAME.match(client):
        raise KeyProblem(
            "a client name is 1-64 letters, digits, '.', '_' or '-', starting with a letter or digit"
        )
    key = KEY_PREFIX + secrets.token_urlsafe(32)
    key_id = "key_" + secrets.token_hex(6)
    record, created = store.ensure_client(client, "whsec_" + secrets.token_urlsafe(32))
    hashed = digest(key)
    store.save_api_key(
        hashed,
        {
            "key_id": key_id,
            "client": client,
            "prefix": key[:SHOWN_PREFIX_CHARS],
            "sha256": hashed,
            "created_at": now(),
        },
    )
    secret = record["webhook_secret"] if created else None
    return CreatedKey(key, key_id, client, key[:SHOWN_PREFIX_CHARS], secret)


def authenticate(store: Store, presented: str) -> str | None:
    """The client a presented key belongs to, or None (unknown, malformed or revoked)."""
    if not presented.startswith(KEY_PREFIX) or len(presented) > 200:
        return None
    wanted = digest(presented)
    record = store.api_key(wanted)
    if record is None or record.get("revoked_at"):
        return None
    # the lookup is by hash already; compare the stored hash in constant time all the same
    stored = record.get("sha256", wanted)
    if not hmac.compare_digest(stored, wanted):
        return None
    return record.get("client")


def list_keys(store: Store) -> list[dict[str, str]]:
    return [
        {k: record.get(k, "") for k in ("key_id", "client", "prefix", "created_at", "revoked_at")}
        for _, record in store.api_keys()
    ]


def revoke_key(store: Store, key_id_or_prefix: str) -> dict[str, str]:
    """Revoke the one key whose id is, or whose shown prefix starts with, the argument."""
    needle = key_id_or_prefix.strip()
    if not needle:
        raise KeyProblem("give a key id (key_…) or the start of a key (cdk_…)")
    matches = [
        (d, r)
        for d, r in store.api_keys()
        if hmac.compare_digest(r.get("key_id", ""), needle)
        or (len(needle) >= 8 and r.get("prefix", "").startswith(needle))
        or hmac.compare_digest(d, digest(needle))  # the whole key
    ]
    if not matches:
        raise KeyProblem(f"no key {needle!r}")
    if len(matches) > 1:
        raise KeyProblem(f"{needle!r} matches {len(matches)} keys; give the key id")
    d, record = matches[0]
    if not store.revoke_api_key(d, now()):
        raise KeyProblem(f"key {record['key_id']} is already revoked")
    return {**record, "revoked_at": store.api_key(d)["revoked_at"]}
