"""The Celery queue: broker settings chosen so that nothing accepted is lost, and task names.

Free of Flask and of spaCy: the API builds a `Queue` only to send tasks by name; the worker
(`worker.celery_app`) builds the same Celery configuration and registers the tasks on it.

`Queue.analyse_message` builds the analyse task's message as Celery's `send_task` would put it
on the broker (kombu's Redis transport: the JSON envelope LPUSHed onto the queue's list), so the
store's submit script can push it in the same atomic step that accepts the article (one round
trip, and no accepted job without its message). The worker consumes it like any other message;
tests/unit/test_queue_message.py compares it key by key with what `send_task` writes.
"""

from __future__ import annotations

import base64
import json
import uuid
from collections.abc import Sequence
from typing import Any

from celery import Celery
from celery.utils.nodenames import anon_nodename
from celery.utils.saferepr import saferepr

from core import logs
from core.settings import Settings
from core.store import QUEUE

ANALYSE_TASK = "copydesk.analyse"
DELIVER_TASK = "copydesk.deliver_webhook"
# the third element of a protocol-2 body: no callbacks, errbacks, chain or chord
_EMBED = {"callbacks": None, "errbacks": None, "chain": None, "chord": None}


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
        self._origin = anon_nodename()  # what Celery writes as the sender: gen<pid>@<host>
        self._repr_size = celery.amqp.argsrepr_maxsize  # read once: the app's conf is slow to read
        self._repr_levels = celery.conf.task_repr_maxlevels

    def analyse_message(self, job_ids: list[str]) -> str:
        """The kombu Redis message of `enqueue(job_ids)`, ready to LPUSH onto the list QUEUE.

        Task protocol 2 (celery.app.amqp.as_task_v2) in kombu's virtual-transport envelope
        (body base64, delivery_info, delivery_tag): priority 0, the default, which kombu's
        Redis transport keeps in the list named after the queue itself. Celery's publish
        signals do not run, so the request-id header `core.logs` adds to every task is set here.
        """
        task_id = str(uuid.uuid4())
        args = [job_ids]
        argsrepr = repr(args)  # what saferepr gives a short list of ids, at a fifth of its cost
        if len(argsrepr) > self._repr_size:
            argsrepr = saferepr(args, self._repr_size, maxlevels=self._repr_levels)
        headers: dict[str, Any] = {
            "lang": "py",
            "task": ANALYSE_TASK,
            "id": task_id,
            "shadow": None,
            "eta": None,
            "expires": None,
            "group": None,
            "group_index": None,
            "retries": 0,
            "timelimit": [None, None],
            "root_id": task_id,
            "parent_id": None,
            "argsrepr": argsrepr,
            "kwargsrepr": "{}",
            "origin": self._origin,
            "ignore_result": None,
            "replaced_task_nesting": 0,
            "stamped_headers": None,
            "stamps": {},
        }
        rid = logs.request_id.get()
        if rid:
            headers[logs.TASK_HEADER] = rid
        body = json.dumps([args, {}, _EMBED]).encode("utf-8")
        return json.dumps(
            {
                "body": base64.b64encode(body).decode("ascii"),
                "content-encoding": "utf-8",
                "content-type": "application/json",
                "headers": headers,
                "properties": {
                    "correlation_id": task_id,
                    "reply_to": self.celery.thread_oid,
                    "delivery_mode": 2,
                    "delivery_info": {"exchange": "", "routing_key": QUEUE},
                    "priority": 0,
                    "body_encoding": "base64",
                    "delivery_tag": str(uuid.uuid4()),
                },
            }
        )

    @classmethod
    def from_settings(cls, settings: Settings) -> Queue:
        return cls(make_celery(settings))

    def enqueue(self, job_ids: list[str], **options: object) -> None:
        """One message analysing `job_ids` together (one `nlp.pipe` pass)."""
        self.celery.send_task(ANALYSE_TASK, args=[job_ids], **options)

    def deliver_webhook(self, job_id: str) -> None:
        self.celery.send_task(DELIVER_TASK, args=[job_id])
