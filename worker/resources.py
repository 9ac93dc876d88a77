"""Process-wide resources of a worker process: its settings, store, queue and spaCy pipeline.

`worker.celery_app.create_celery_app` sets them up once; tasks read them with `current()`.
The store is opened lazily and dropped after a fork (a child must not share its parent's
connections); the pipeline is built once per process.
"""

from __future__ import annotations

from collections import OrderedDict

from spacy.language import Language

from analysis import build_nlp
from analysis.style import HouseStyle
from core.queue import Queue
from core.settings import Settings
from core.store import Store

STYLE_CACHE_SIZE = 16


class Resources:
    def __init__(self, settings: Settings, queue: Queue) -> None:
        self.settings = settings
        self.queue = queue
        self._store: Store | None = None
        self._nlp: Language | None = None
        self._styles: OrderedDict[tuple[str, str, int], HouseStyle] = OrderedDict()

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

    def style(self, client: str, style_id: str, version: int) -> HouseStyle | None:
        """Version `version` of a client's house style, read once per process (versions never
        change), or None when the store no longer keeps it."""
        key = (client, style_id, version)
        found = self._styles.get(key)
        if found is None:
            stored = self.store.style_version(client, style_id, version)
            if stored is None:
                return None
            found = self._styles[key] = HouseStyle(style_id, version, stored["rules"], owner=client)
            while len(self._styles) > STYLE_CACHE_SIZE:
                self._styles.popitem(last=False)
        else:
            self._styles.move_to_end(key)
        return found


_current: Resources | None = None


def init(settings: Settings, queue: Queue) -> Resources:
    global _current
    _current = Resources(settings, queue)
    return _current


def current() -> Resources:
    if _current is None:
        raise RuntimeError("worker resources are not set up: build the app with create_celery_app()")
    return _current
