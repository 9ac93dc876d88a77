"""Process-wide resources of a worker process: its settings, store, queue and spaCy pipeline.

`worker.celery_app.create_celery_app` sets them up once; tasks read them with `current()`.
The store is opened lazily and dropped after a fork (a child must not share its parent's
connections); the pipeline is built once per process.
"""

from __future__ import annotations

from spacy.language import Language

from analysis import build_nlp
from core.queue import Queue
from core.settings import Settings
from core.store import Store


class Resources:
    def __init__(self, settings: Settings, queue: Queue) -> None:
        self.settings = settings
        self.queue = queue
        self._store: Store | None = None
        self._nlp: Language | None = None

    @property
    def store(self) -> Store:
        if self._store is None:
            self._store = Store.from_url(
                self.settings.effective_redis_url, patient=True, retention_days=self.settings.retention_days
            )
        return self._store

    def forget_store(self) -> None:
        self._store = None

    @property
    def nlp(self) -> Language:
        if self._nlp is None:
            s = self.settings
            self._nlp = build_nlp(s.spacy_model, extra_checks=s.extra_checks, check_budget_s=s.check_budget_s)
        return self._nlp


_current: Resources | None = None


def init(settings: Settings, queue: Queue) -> Resources:
    global _current
    _current = Resources(settings, queue)
    return _current


def current() -> Resources:
    if _current is None:
        raise RuntimeError("worker resources are not set up: build the app with create_celery_app()")
    return _current
