"""Nothing accepted is lost: find jobs whose message went missing and send them again.

A message can go missing when the API stopped between storing a batch's jobs and
queuing them (a single article's message is pushed by the store's submit script in
the same atomic step as its job, so it cannot), when Redis restarted and lost its
last second of writes, or when a task hit its hard time limit (Celery acknowledges
those). Every job is in the store's
pending set until it ends, so a periodic sweep can find them:
- `running` jobs whose attempt started longer ago than the hard time limit are
  over: send them again (the attempt count then ends a job that keeps failing);
- `queued` jobs older than a minute are re-sent only when the queue is empty
  (then they are surely not in it; with a backlog they are still waiting).
Sending twice is harmless: a job that already ended is skipped by the task.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from core.queue import Queue
from core.settings import Settings
from core.store import TERMINAL, Store, age_s

log = logging.getLogger(__name__)
SWEEP_EVERY_S = 15
HEARTBEAT_EVERY_S = 10
QUEUED_GRACE_S = 60


def sweep(store: Store, settings: Settings, queue: Queue) -> list[str]:
    """Re-send lost jobs; returns their ids."""
    queue_empty = store.queue_depth() == 0
    resent = []
    for jid in store.pending(older_than_s=min(QUEUED_GRACE_S, settings.task_time_limit)):
        job = store.job(jid)
        if job is None or job["status"] in TERMINAL:
            store.forget_pending(jid)
            continue
        running_for = age_s(job["started_at"])
        overdue = running_for is None or running_for > settings.task_time_limit + 5
        lost = (job["status"] == "running" and overdue) or (job["status"] == "queued" and queue_empty)
        if lost:
            queue.enqueue([jid])
            store.touch_pending(jid)
            resent.append(jid)
    if resent:
        log.warning("re-sent %d job(s) whose message was lost: %s", len(resent), resent[:10])
    return resent


def start_background(
    store: Store, settings: Settings, queue: Queue, hostname: str, alive: Callable[[], bool] = lambda: True
) -> threading.Event:
    """Heartbeat for /readyz and the recovery sweep, in a daemon thread of the worker.

    `alive` says whether the worker still consumes; when it does not (Celery stopping after
    an unrecoverable error, say), the heartbeat stops too, so /readyz does not report a
    worker that is not working.
    """
    stop = threading.Event()

    def loop() -> None:
        ticks = 0
        while not stop.is_set():
            if not alive():
                stop.wait(HEARTBEAT_EVERY_S)
                continue
            try:
                store.heartbeat(hostname)
                if ticks % max(SWEEP_EVERY_S // HEARTBEAT_EVERY_S, 1) == 0 and store.lock(
                    "sweep", SWEEP_EVERY_S
                ):
                    sweep(store, settings, queue)
            except Exception:  # Redis restarting: try again next tick
                log.warning("heartbeat/sweep failed", exc_info=True)
            ticks += 1
            stop.wait(HEARTBEAT_EVERY_S)

    threading.Thread(target=loop, name="copydesk-heartbeat", daemon=True).start()
    return stop
