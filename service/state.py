"""Per-app objects the views share: settings and the store."""

from __future__ import annotations

from flask import current_app

from copydesk.settings import Settings
from copydesk.store import Store


def store() -> Store:
    return current_app.extensions["copydesk.store"]


def settings() -> Settings:
    return current_app.extensions["copydesk.settings"]
