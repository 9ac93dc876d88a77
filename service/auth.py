"""Who is calling: the client a request acts for."""

from __future__ import annotations

from flask import g

LOCAL_CLIENT = "local"


def current_client() -> str:
    return g.get("client", LOCAL_CLIENT)
