"""Per-app objects the views share: settings, the store and the queue."""

from __future__ import annotations

from flask import current_app

from core.queue import Queue
from core.settings import Settings
from core.store import Store


def store() -> Store:
    return current_app.extensions["copydesk.store"]


def settings() -> Settings:
    return current_app.extensions["copydesk.settings"]


def queue() -> Queue:
    return current_app.extensions["copydesk.queue"]
