"""`copydesk submit`: send many articles to a copydesk service through POST /v1/batches.

- Inputs: `.txt`, `.json`, `.jsonl` files and folders (copydesk.inputs); each item's `key` names
  it in the output and for --resume.
- Batches of --batch-size articles, --concurrency of them in flight (threads). Each batch is
  polled on GET /v1/batches/{id} (never job by job) until all its jobs ended, then its results
  are read page by page (`?include=result`) and one line per article is written to --out.
- Idempotent: every article is sent with an `external_id` (its own, else its `id`, else the item
  key) and every batch with an `Idempotency-Key` derived from its content, so a retried request
  or a rerun returns the existing jobs instead of analysing again; a changed article under the
  same key becomes a new revision of the same article.
- Retries: urllib3's `Retry` on the requests adapter (`retry_policy`): connection errors,
  timeouts, 502/504 with exponential backoff; `429`/`503` after `Retry-After`. A batch over the
  server's size limit (413) is split in halves.
- --resume skips items whose key is already in --out (a truncated last line, from a kill
  mid-write, is dropped first). Each line is written with one write(2) on an O_APPEND file.
- Exit status 1 when any article failed or was rejected (also in lines kept by --resume).

It stays one module (about 400 lines): the HTTP client, the batch runner, the output file
and the summary are the steps of this one command, used nowhere else, and read in order.
"""

from __future__ import annotations

import hashlib
import json
import os
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable
from concurrent.futures import FIRST_EXCEPTION, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import requests
from requests.adapters import HTTPAdapter
from urllib3.util import Retry

from copydesk.inputs import Item

SUBMISSION_FIELDS = (
    "title",
    "body",
    "published_at",
    "external_id",
    "url",
    "source",
    "language",
    "callback_url",
    "checks",
    "style",
)
ENDED = ("succeeded", "failed")
RETRY_STATUSES = (429, 502, 503, 504)
STATUS_RETRIES = 100
MAX_RETRY_AFTER_S = 120
BACKOFF_S = 0.5
BACKOFF_MAX_S = 30.0


class SubmitError(RuntimeError):
    """A problem that retrying will not fix (bad key, wrong URL, a refused request)."""


def submission(item: Item) -> dict[str, Any]:
    """The POST body of one item: the API's fields only, with an external_id always set.

    The external_id defaults to the input's `id`, else the item key (file path, or
    `file:line` for .jsonl without ids): that makes a rerun idempotent. It also means the
    article is known to the service by that name: a .txt back-fill run from another folder
    (another path) creates new articles. Give inputs an `external_id` to control this.
    """
    article = item.article
    out = {k: article[k] for k in SUBMISSION_FIELDS if article.get(k) is not None}
    out["external_id"] = str(article.get("external_id") or article.get("id") or item.key)[:256]
    return out


def retry_policy(tries: int) -> Retry:
    """urllib3's Retry, as the requests adapter of every session uses it.

    Connection errors and timeouts: `tries` attempts, exponential backoff with jitter. 429, 503
    (rate limit, backpressure, store down) and 502/504 (a proxy in front of a restarting API): up
    to STATUS_RETRIES attempts, after the server's Retry-After (capped) or the backoff. Every
    method is retried: a POST carries an Idempotency-Key and external ids, so a repeat is
    harmless. A 500 is a bug on the server and is not retried; the last answer is returned.
    """
    return Retry(
        total=None,
        connect=tries - 1,
        read=tries - 1,
        other=tries - 1,
        status=STATUS_RETRIES,
        redirect=0,
        allowed_methods=None,
        status_forcelist=RETRY_STATUSES,
        backoff_factor=BACKOFF_S,
        backoff_max=BACKOFF_MAX_S,
        backoff_jitter=BACKOFF_S,
        respect_retry_after_header=True,
        retry_after_max=MAX_RETRY_AFTER_S,
        raise_on_status=False,
        raise_on_redirect=False,
    )


class Api:
    """HTTP to the service, retried by urllib3 (`retry_policy`); one requests.Session per thread."""

    def __init__(self, url: str, api_key: str | None, *, timeout: float = 120, tries: int = 8) -> None:
        self.url = url.rstrip("/")
        self.headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
        self.timeout = timeout
        self.retry = retry_policy(tries)
        self.local = threading.local()

    def _session(self) -> requests.Session:
        if not hasattr(self.local, "session"):
            session = requests.Session()
            adapter = HTTPAdapter(max_retries=self.retry)  # a Retry is immutable: safe to share
            session.mount("http://", adapter)
            session.mount("https://", adapter)
            self.local.session = session
        return self.local.session

    def request(self, method: str, path: str, **kwargs: Any) -> requests.Response:
        headers = {**self.headers, **kwargs.pop("headers", {})}
        try:
            return self._session().request(
                method, self.url + path, headers=headers, timeout=self.timeout, **kwargs
            )
        except (requests.ConnectionError, requests.Timeout) as exc:
            raise SubmitError(f"{method} {path}: {type(exc).__name__}: {exc}") from exc


@dataclass
class Tally:
    submitted: int = 0
    done: int = 0
    statuses: Counter = field(default_factory=Counter)
    lock: threading.Lock = field(default_factory=threading.Lock)


class Output:
    """JSON lines, each written with one write(2) to an O_APPEND file (or stdout)."""

    def __init__(self, path: Path | None, resume: bool) -> None:
        self.lock = threading.Lock()
        self.path = path
        self.seen: dict[str, str] = {}  # key -> status of lines already there
        if path is None:
            self.fd = 1
            return
        if resume and path.exists():
            self._load(path)
        flags = os.O_WRONLY | os.O_CREAT | os.O_APPEND | (0 if resume else os.O_TRUNC)
        self.fd = os.open(path, flags, 0o644)

    def _load(self, path: Path) -> None:
        data = path.read_bytes()
        end = data.rfind(b"\n") + 1
        if end < len(data):  # a line cut short by a kill: drop it, its item is sent again
            with path.open("r+b") as handle:
                handle.truncate(end)
        for line in data[:end].splitlines():
            try:
                doc = json.loads(line)
            except ValueError:
                continue
            if isinstance(doc, dict) and "key" in doc:
                self.seen[str(doc["key"])] = str(doc.get("status"))

    def write(self, doc: dict[str, Any]) -> None:
        data = (json.dumps(doc, ensure_ascii=False) + "\n").encode("utf-8")
        with self.lock:
            view = memoryview(data)
            while view:
                written = os.write(self.fd, view)
                view = view[written:]

    def close(self) -> None:
        if self.fd != 1:
            os.close(self.fd)


def _line(item: Item, **values: Any) -> dict[str, Any]:
    doc: dict[str, Any] = {"key": item.key}
    for name in ("id", "external_id"):
        if item.article.get(name) is not None:
            doc[name] = item.article[name]
    doc.update(
        {
            "job_id": values.get("job_id"),
            "article_id": values.get("article_id"),
            "status": values.get("status"),
            "error": values.get("error"),
            "result": values.get("result"),
        }
    )
    return doc


@dataclass
class Runner:
    api: Api
    output: Output
    tally: Tally
    batch_size: int = 100
    poll_s: float = 1.0
    on_change: Callable[[], None] = lambda: None
    stop: threading.Event = field(default_factory=threading.Event)

    def _record(self, doc: dict[str, Any]) -> None:
        self.output.write(doc)
        with self.tally.lock:
            self.tally.statuses[doc["status"]] += 1
        self.on_change()

    def _post(self, items: list[Item]) -> list[tuple[list[Item], dict[str, Any]]]:
        """POST one batch (split in halves on 413); [(items, accepted body)] of each part."""
        bodies = [submission(i) for i in items]
        digest = hashlib.sha256(json.dumps(bodies, sort_keys=True).encode()).hexdigest()
        response = self.api.request(
            "POST",
            "/v1/batches",
            json={"articles": bodies},
            headers={"Idempotency-Key": f"copydesk-submit-{digest}"},
        )
        if response.status_code == 413 and len(items) > 1:
            half = len(items) // 2
            return self._post(items[:half]) + self._post(items[half:])
        if response.status_code == 422 and "rejected" in _json(response):
            return [(items, {"batch_id": None, "accepted": [], "rejected": _json(response)["rejected"]})]
        if response.status_code != 202:
            problem = _json(response)
            detail = problem.get("detail") or response.text[:300]
            if response.status_code in (401, 403, 404, 405, 415) or response.status_code >= 500:
                raise SubmitError(f"POST /v1/batches answered {response.status_code}: {detail}")
            error = {"code": f"http_{response.status_code}", "message": detail}
            rejected = [{"index": n, "errors": {"_request": [error["message"]]}} for n in range(len(items))]
            return [(items, {"batch_id": None, "accepted": [], "rejected": rejected})]
        return [(items, response.json())]

    def run_batch(self, items: list[Item]) -> None:
        for part, accepted in self._post(items):
            self._finish_part(part, accepted)

    def _finish_part(self, items: list[Item], body: dict[str, Any]) -> None:
        with self.tally.lock:
            self.tally.submitted += len(items)
        for rejected in body.get("rejected", []):
            error = {"code": "rejected", "message": "the service refused the article", **rejected}
            error.pop("index", None)
            self._record(_line(items[rejected["index"]], status="rejected", error=error))
            with self.tally.lock:
                self.tally.done += 1
        accepted = body.get("accepted", [])
        if not accepted:
            return
        jobs = self._wait(body["batch_id"], len(accepted))
        for entry in accepted:
            job = jobs.get(entry["job_id"], {})
            self._record(
                _line(
                    items[entry["index"]],
                    job_id=entry["job_id"],
                    article_id=entry["article_id"],
                    status=job.get("status", "failed"),
                    error=job.get("error") if job else {"code": "missing", "message": "job not found"},
                    result=job.get("result"),
                )
            )

    def _wait(self, batch_id: str, total: int) -> dict[str, dict[str, Any]]:
        """Poll the batch until all its jobs ended; then its jobs with results, by job id."""
        counted = 0
        delay = self.poll_s / 2
        while not self.stop.is_set():
            response = self.api.request("GET", f"/v1/batches/{batch_id}", params={"limit": 1})
            if response.status_code != 200:
                raise SubmitError(f"GET /v1/batches/{batch_id} answered {response.status_code}")
            batch = response.json()
            ended = min(batch["ended"], total)
            if ended > counted:
                with self.tally.lock:
                    self.tally.done += ended - counted
                counted = ended
                self.on_change()
            if batch["done"]:
                break
            time.sleep(delay)
            delay = min(delay * 1.5, self.poll_s * 3)
        if self.stop.is_set():
            raise SubmitError("stopped")
        jobs: dict[str, dict[str, Any]] = {}
        cursor = None
        while True:
            params: dict[str, Any] = {"limit": 100, "include": "result"}
            if cursor:
                params["cursor"] = cursor
            response = self.api.request("GET", f"/v1/batches/{batch_id}", params=params)
            if response.status_code != 200:
                raise SubmitError(f"GET /v1/batches/{batch_id} answered {response.status_code}")
            page = response.json()
            jobs.update({j["job_id"]: j for j in page["jobs"]})
            cursor = page.get("next_cursor")
            if not cursor:
                return jobs


def _json(response: requests.Response) -> dict[str, Any]:
    try:
        body = response.json()
    except ValueError:
        return {}
    return body if isinstance(body, dict) else {}


def chunks(items: list[Item], size: int) -> Iterable[list[Item]]:
    for start in range(0, len(items), max(size, 1)):
        yield items[start : start + size]


def run(
    items: list[Item],
    *,
    url: str,
    api_key: str | None,
    out: Path | None,
    resume: bool,
    batch_size: int,
    concurrency: int,
    progress: bool = True,
) -> int:
    """Submit, wait, write; print a summary table; the exit status."""
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )
    from rich.table import Table

    console = Console(stderr=True)
    output = Output(out, resume)
    todo = [item for item in items if item.key not in output.seen]
    skipped = len(items) - len(todo)
    tally = Tally()
    started = time.monotonic()
    columns = (
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("submitted {task.fields[submitted]}  failed {task.fields[failed]}"),
        TextColumn("{task.fields[rate]:.1f}/s"),
        TimeElapsedColumn(),
        TextColumn("ETA"),
        TimeRemainingColumn(),
    )
    with Progress(*columns, console=console, disable=not progress, transient=False) as bar:
        task = bar.add_task("analysed", total=len(todo), submitted=0, failed=0, rate=0.0)

        def refresh() -> None:
            with tally.lock:
                failed = tally.statuses["failed"] + tally.statuses["rejected"]
                elapsed = max(time.monotonic() - started, 1e-6)
                bar.update(
                    task,
                    completed=tally.done,
                    submitted=tally.submitted,
                    failed=failed,
                    rate=tally.done / elapsed,
                )

        runner = Runner(Api(url, api_key), output, tally, batch_size=batch_size, on_change=refresh)
        pool = ThreadPoolExecutor(max_workers=max(concurrency, 1), thread_name_prefix="submit")
        try:
            futures = [pool.submit(runner.run_batch, chunk) for chunk in chunks(todo, batch_size)]
            finished, _ = wait(futures, return_when=FIRST_EXCEPTION)
            for future in finished:
                future.result()  # raise the first error
        except BaseException:
            runner.stop.set()
            pool.shutdown(wait=False, cancel_futures=True)
            raise
        finally:
            pool.shutdown(wait=True, cancel_futures=True)
            output.close()
        refresh()

    elapsed = time.monotonic() - started
    statuses = Counter(tally.statuses)
    statuses.update(output.seen.values())
    table = Table(title="copydesk submit", show_header=True)
    table.add_column("")
    table.add_column("articles", justify="right")
    for status in ("succeeded", "failed", "rejected"):
        table.add_row(status, str(statuses[status]))
    table.add_row("skipped (already in --out)", str(skipped))
    table.add_row("analysed in this run", str(len(todo)))
    table.add_row("elapsed", f"{elapsed:.1f} s")
    table.add_row("rate", f"{len(todo) / elapsed:.2f} articles/s" if elapsed > 0 else "-")
    console.print(table)
    bad = sum(n for status, n in statuses.items() if status != "succeeded")
    return 1 if bad else 0
