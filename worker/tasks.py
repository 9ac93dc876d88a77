"""The analysis task: a message carries one or more job ids, analysed in one `nlp.pipe` pass.

No loss and no loop:
- the attempt count is kept in the store and bumped when a job starts; a job that
  keeps killing its worker ends `failed` once it passes `max_attempts`;
- a message with several jobs that fails, times out or comes back after a crash
  is split into one message per job, so one poison article fails alone;
- a job that already ended is skipped, so a redelivered message never writes twice.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import time
from typing import Any

import redis
from celery import Celery, Task
from celery.bootsteps import RUN
from celery.exceptions import SoftTimeLimitExceeded
from celery.signals import worker_process_init, worker_ready, worker_shutdown
from celery.utils.time import get_exponential_backoff_interval

from analysis import Article
from analysis import analyse as run_pipeline
from analysis.enrich.language import unsupported_reason
from analysis.style import HouseStyle
from core import metrics
from core.queue import ANALYSE_TASK
from core.store import Store
from worker import webhooks
from worker.recovery import start_background
from worker.resources import current

log = logging.getLogger(__name__)

TRANSIENT = (redis.ConnectionError, redis.TimeoutError, redis.BusyLoadingError)
RETRY_BACKOFF_MAX_S = 60


@worker_process_init.connect
def _warm(**_: Any) -> None:
    current().forget_store()  # a forked child must not share its parent's connections
    # one small article loads what the components load lazily (date parser, gazetteer),
    # so the first real job does not pay for it
    run_pipeline(
        current().nlp,
        [
            Article(
                title="Warm-up in Paris", body="The minister said on 3 March 2020 in Paris that it rained."
            )
        ],
    )


_background = None


@worker_ready.connect
def _start_background(sender: Any = None, **_: Any) -> None:
    global _background

    def consuming() -> bool:
        blueprint = getattr(sender, "blueprint", None)
        return blueprint is None or blueprint.state == RUN

    res = current()
    _background = start_background(
        res.store, res.settings, res.queue, getattr(sender, "hostname", "worker"), alive=consuming
    )


@worker_shutdown.connect
def _stop_background(**_: Any) -> None:
    if _background is not None:
        _background.set()


def to_article(job: dict[str, Any], revision: dict[str, Any], style: HouseStyle | None = None) -> Article:
    published = revision.get("published_at") or None
    when = None
    if published:
        when = dt.datetime.fromisoformat(published.replace("Z", "+00:00"))
        when = when.replace(tzinfo=None)
    return Article(
        title=revision["title"],
        body=revision["body"],
        published_at=when,
        language_hint=revision.get("language") or None,
        article_id=job["article_id"],
        style=style,
    )


def _split(job_ids: list[str]) -> None:
    for jid in job_ids:
        current().queue.enqueue([jid])


def _fail(store: Store, jid: str, code: str, message: str) -> None:
    if store.finish(jid, error={"code": code, "message": message}):
        _after_finish(jid)


def _after_finish(jid: str, result: dict[str, Any] | None = None) -> None:
    """What follows a job's end: its metrics, then its webhook."""
    try:
        job = current().store.job(jid)
        if job is not None:
            metrics.job_ended(job, job["status"], result)
    except Exception:  # metrics must never fail a job
        log.exception("could not record the metrics of %s", jid)
    try:
        webhooks.schedule(current().store, current().queue, jid)
    except Exception:  # the job has ended and is stored: a lost webhook must not undo that
        log.exception("could not schedule the webhook of %s", jid)


def analyse(self: Task, job_ids: list[str]) -> None:
    settings = current().settings
    store = current().store
    jobs = [(jid, store.job(jid)) for jid in job_ids]
    live = [
        (jid, job) for jid, job in jobs if job is not None and job["status"] not in ("succeeded", "failed")
    ]
    if len(live) > 1 and any(job["attempts"] > 0 for _, job in live):
        _split([jid for jid, _ in live])  # came back after a crash: find the culprit alone
        return

    work = []
    styles: dict[str, HouseStyle] = {}
    for jid, job in live:
        attempt = store.start(jid)
        if attempt < 0:
            continue
        if attempt > settings.max_attempts:
            _fail(store, jid, "worker_lost", f"the analysis stopped its worker {attempt - 1} times; gave up")
            continue
        revision = store.revision(job["article_id"], job["revision"])
        if revision is None:
            _fail(store, jid, "article_missing", "the article's text is no longer stored")
            continue
        if job.get("style"):  # the version pinned at submission, even if the style changed since
            ref = job["style"]
            style = current().style(job["client"], ref["id"], int(ref["version"]))
            if style is None:
                _fail(store, jid, "style_missing", f"version {ref['version']} of style {ref['id']!r} is gone")
                continue
            styles[jid] = style
        work.append((jid, job, revision))
    if not work:
        return

    started = time.monotonic()
    try:
        results = run_pipeline(
            current().nlp,
            [to_article(job, rev, styles.get(jid)) for jid, job, rev in work],
            families=[job["checks"] for _, job, _ in work],
        )
    except TRANSIENT:
        raise
    except SoftTimeLimitExceeded:
        if len(work) > 1:
            _split([jid for jid, _, _ in work])
            return
        _fail(
            store,
            work[0][0],
            "timeout",
            f"the analysis took longer than its {settings.task_soft_time_limit} s limit",
        )
        return
    except Exception as exc:  # a bug or a poison article: retry alone, then fail with a reason
        log.exception("analysis failed for %s", [jid for jid, _, _ in work])
        if len(work) > 1:
            _split([jid for jid, _, _ in work])
            return
        jid, job, _ = work[0]
        if job["attempts"] + 1 >= settings.max_attempts:
            _fail(store, jid, "analysis_error", f"{type(exc).__name__}: {exc}"[:500])
            return
        # the attempts are counted in the store (a crash counts too), so back off on those,
        # with Celery's own exponential backoff and full jitter (what `retry_backoff` uses)
        delay = get_exponential_backoff_interval(1, job["attempts"], RETRY_BACKOFF_MAX_S, full_jitter=True)
        raise self.retry(exc=exc, countdown=delay, max_retries=None) from exc

    per_article = (time.monotonic() - started) / len(work)
    for _ in work:
        metrics.ANALYSIS_DURATION.observe(per_article)
    for (jid, _, _), result in zip(work, results, strict=True):
        reason = unsupported_reason(result)
        if reason:
            _fail(store, jid, "unsupported_language", reason)
        elif store.finish(jid, result=result):
            _after_finish(jid, result)
    log.info("analysed %d article(s) in process %d", len(work), os.getpid())


def register(app: Celery) -> None:
    app.task(
        name=ANALYSE_TASK,
        bind=True,
        autoretry_for=TRANSIENT,
        retry_backoff=True,
        retry_backoff_max=RETRY_BACKOFF_MAX_S,
        retry_jitter=True,
        max_retries=10,
    )(analyse)
