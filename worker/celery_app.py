"""The Celery app: Redis broker, task settings chosen so that nothing accepted is lost.

Free of Flask and of spaCy: the API imports this module only to send tasks by name.
"""

from __future__ import annotations

from celery import Celery

from copydesk.settings import Settings, get_settings

ANALYSE_TASK = "copydesk.analyse"
QUEUE = "copydesk"


def make_celery(settings: Settings) -> Celery:
    app = Celery("copydesk", broker=settings.effective_redis_url, include=["worker.tasks", "worker.webhooks"])
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


app = make_celery(get_settings())


def enqueue(job_ids: list[str], **options: object) -> None:
    """Send jobs to the workers by task name, so the API process never loads spaCy."""
    app.send_task(ANALYSE_TASK, args=[job_ids], **options)
