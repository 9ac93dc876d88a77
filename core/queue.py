"""The Celery queue: broker settings chosen so that nothing accepted is lost, and task names.

Free of Flask and of spaCy: the API builds a `Queue` only to send tasks by name; the worker
(`worker.celery_app`) builds the same Celery configuration and registers the tasks on it.
"""

from __future__ import annotations

from collections.abc import Sequence

from celery import Celery

from core import logs as _logs  # noqa: F401 - carries the request id in task headers
from core.settings import Settings
from core.store import QUEUE

ANALYSE_TASK = "copydesk.analyse"
DELIVER_TASK = "copydesk.deliver_webhook"


def make_celery(settings: Settings, include: Sequence[str] = ()) -> Celery:
    app = Celery("copydesk", broker=settings.effective_redis_url, include=list(include))
    app.conf.update(
        task_default_queue=QUEUE,
        task_serializer="json",
        accept_content=["json"],
        # job state lives in copydesk's store, not in a result backend
        task_ignore_result=True,
        # a task is acknowledged only when it has finished; if its worker process dies
        # the message goes back to the queue
        task_acks_late=True,
        task_reject_on_worker_lost=True,
        worker_prefetch_multiplier=1,
        task_soft_time_limit=settings.task_soft_time_limit,
        task_time_limit=settings.task_time_limit,
        # a message not acknowledged within this time is delivered again: keep it
        # well above the hard time limit
        broker_transport_options={"visibility_timeout": settings.visibility_timeout},
        broker_connection_retry_on_startup=True,
        worker_max_memory_per_child=1_500_000,  # KiB: recycle a child that grew past 1.5 GB
        # a new child loads spaCy before it reports up (worker_process_init), which takes longer
        # than Celery's 4 s default: without this, every child started after one died (poison
        # article, kill -9, memory recycling) is killed while loading, and the worker stalls
        worker_proc_alive_timeout=max(60, settings.task_time_limit),
        worker_hijack_root_logger=False,
    )
    return app


class Queue:
    """Sends work to the workers by task name, so no sender ever loads spaCy."""

    def __init__(self, celery: Celery) -> None:
        self.celery = celery

    @classmethod
    def from_settings(cls, settings: Settings) -> Queue:
        return cls(make_celery(settings))

    def enqueue(self, job_ids: list[str], **options: object) -> None:
        """One message analysing `job_ids` together (one `nlp.pipe` pass)."""
        self.celery.send_task(ANALYSE_TASK, args=[job_ids], **options)

    def deliver_webhook(self, job_id: str) -> None:
        self.celery.send_task(DELIVER_TASK, args=[job_id])
