"""The Celery app of `copydesk worker`, built from the environment (`celery -A worker.main`)."""

from core.settings import Settings
from worker.celery_app import create_celery_app

app = create_celery_app(Settings.from_env())
