"""The worker's Celery app factory: the queue's configuration plus copydesk's tasks.

`celery -A worker.main worker` runs it (`worker.main` builds the app from the environment,
as `service.wsgi` does for the API).
"""

from __future__ import annotations

from celery import Celery

from core.queue import Queue, make_celery
from core.settings import Settings
from worker import observe, resources, tasks, webhooks


def create_celery_app(settings: Settings) -> Celery:
    app = make_celery(settings)
    resources.init(settings, Queue(app))
    observe.init(settings)
    tasks.register(app)
    webhooks.register(app, settings)
    return app
