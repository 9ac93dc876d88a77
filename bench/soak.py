"""Soak: a real "no lost job" test. Thousands of jobs while workers are killed in the middle of
their tasks and Redis is restarted, then every job is accounted for. Not part of CI (tens of
minutes of real processes); it must print `lost 0` and `duplicated 0`.

    python bench/soak.py --jobs 10000 --workers 2 --kills 8

A real service (embedded Redis with AOF, Celery worker processes, the API) under a temporary
directory.
- Articles: the 150 corpus articles and the seed, in a realistic mix of lengths: most alone,
  some joined two to five at a time (long features), a few copies of the 2,445-word seed. Each
  job has its own `external_id`, so none is deduplicated. Half come in batches (several jobs per
  Celery message, split after a crash), half one by one.
- Kills are spread over the whole processing window: kill k comes when k/(kills+1) of the jobs
  have ended. Before each kill the store must show running jobs and the victim's pool process
  must be using CPU (it is executing a task); the jobs running at that moment are recorded.
  Kills alternate between a worker's pool child (kill -9) and a whole worker (kill -9 of its
  process group; a replacement starts). The first worker is spared, so that its RSS after 100
  jobs and at the end are of the same processes (run at least two workers).
- One Redis restart (SIGTERM, which flushes the AOF, then start on the same data) when half of
  the jobs have ended.

Reported:
lost          accepted jobs that did not end, or ended `succeeded` without a stored result
duplicated    ends recorded beyond one per job (the store refuses a second end; this checks it)
run twice     jobs whose analysis started more than once (attempts > 1): the price of a kill,
              never a second end; `kills that hit` counts kills after which a job running at
              the kill was started again
worker RSS    of each worker's processes (main and pool child) after 100 jobs ended and at the end
Redis memory  used_memory before and after, per stored article, and per 100,000 articles
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import redis
import requests

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from copydesk.testing import LocalService  # noqa: E402
from core.store import TERMINAL, Store  # noqa: E402

NEWS = ROOT / "tests" / "data" / "news"
SEED = ROOT / "examples" / "pyongyang-visit.txt"


def corpus() -> list[dict[str, Any]]:
    return [json.loads(p.read_text()) for p in sorted(NEWS.glob("*.json"))]


def make_articles(n: int, seed: int = 11) -> list[dict[str, Any]]:
    """`n` submissions: 75 % one corpus article, 17 % two joined, 6 % three to five, 2 % the seed."""
    news = corpus()
    seed_title, seed_body = SEED.read_text(encoding="utf-8").split("\n", 1)
    rng = random.Random(seed)
    out = []
    for i in range(n):
        roll = rng.random()
        if roll < 0.02:
            item = {"title": seed_title.strip(), "body": seed_body}
        else:
            parts = 1 if roll < 0.77 else 2 if roll < 0.94 else rng.randint(3, 5)
            picked = rng.sample(news, parts)
            item = {"title": picked[0]["title"], "body": "\n\n".join(a["body"] for a in picked)}
            if picked[0].get("published_at"):
                item["published_at"] = picked[0]["published_at"]
        item["external_id"] = f"soak-{i}"
        out.append(item)
    return out


def children(pid: int) -> list[int]:
    out = subprocess.run(["ps", "--ppid", str(pid), "-o", "pid="], capture_output=True, text=True).stdout
    return [int(p) for p in out.split()]


def cpu_ticks(pid: int) -> int:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return int(fields[11]) + int(fields[12])  # utime + stime
    except (OSError, IndexError, ValueError):
        return -1


def rss_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def worker_rss(service: LocalService) -> list[str]:
    rows = []
    for w in service.workers:
        if w.poll() is None:
            kids = children(w.pid)
            kid_text = ", ".join(f"pool {k} {rss_mb(k):.0f} MB" for k in kids)
            rows.append(f"worker {w.pid} {rss_mb(w.pid):.0f} MB ({kid_text})")
    return rows


def post(session: requests.Session, url: str, payload: dict, timeout: float) -> dict:
    """POST until accepted: honours 429/503 Retry-After and rides out a restarting service."""
    while True:
        try:
            r = session.post(url, json=payload, timeout=timeout)
        except requests.RequestException:
            time.sleep(1)
            continue
        if r.status_code in (429, 503):
            time.sleep(float(r.headers.get("Retry-After", "1")))
            continue
        r.raise_for_status()
        return r.json()


def submit_all(service: LocalService, articles: list[dict], batch_size: int) -> list[str]:
    half = len(articles) // 2
    session = requests.Session()
    jids: list[str] = []
    for start in range(0, half, batch_size):
        body = {"articles": articles[start : min(start + batch_size, half)]}
        jids.extend(
            item["job_id"] for item in post(session, f"{service.url}/v1/batches", body, 120)["accepted"]
        )

    local = threading.local()

    def one(item: dict) -> str:
        if not hasattr(local, "session"):
            local.session = requests.Session()
        return post(local.session, f"{service.url}/v1/articles", item, 30)["job_id"]

    with ThreadPoolExecutor(8) as pool:
        jids.extend(pool.map(one, articles[half:]))
    return jids


class Watch:
    """The store seen from the soak, retrying through a Redis restart."""

    def __init__(self, service: LocalService) -> None:
        self.service = service
        self.store = service.store()

    def call(self, fn, *args):
        for _ in range(120):
            try:
                return fn(*args)
            except redis.RedisError:
                time.sleep(0.5)
        raise RuntimeError("Redis did not come back")

    def ended(self) -> int:
        return sum(self.call(self.store.ended_counts).values())

    def running(self) -> list[str]:
        def read() -> list[str]:
            ids = self.store.r.zrange("cd:pending", 0, -1)
            pipe = self.store.r.pipeline(transaction=False)
            for jid in ids:
                pipe.hget(f"cd:job:{jid}", "status")
            return [j for j, s in zip(ids, pipe.execute(), strict=True) if s == "running"]

        return self.call(read)


def busy_victim(service: LocalService, rng: random.Random) -> tuple[Any, list[int]] | None:
    """A live worker whose pool process used CPU in the last half second, and its pool pids.
    The first worker is never a victim: its processes live the whole run, so their RSS at
    100 and at the end compare."""
    live = [w for w in service.workers[1:] if w.poll() is None]
    before = {w.pid: {k: cpu_ticks(k) for k in children(w.pid)} for w in live}
    time.sleep(0.5)
    busy = []
    for w in live:
        kids = before[w.pid]
        if any(cpu_ticks(k) - t >= 5 for k, t in kids.items() if t >= 0):  # >= 50 ms of CPU
            busy.append((w, list(kids)))
    return rng.choice(busy) if busy else None


def chaos(
    service: LocalService,
    watch: Watch,
    total: int,
    kills: int,
    stop: threading.Event,
    log: list[str],
    hits: list[tuple[str, list[str]]],
    rss: dict[str, list[str]],
) -> None:
    """Kill workers at evenly spread points of progress, restart Redis at half, note RSS at 100."""
    rng = random.Random(7)
    marks = [round(total * (k + 1) / (kills + 1)) for k in range(kills)]
    restart_at = total // 2
    restarted = False
    k = 0
    while not stop.is_set() and (k < kills or not restarted):
        ended = watch.ended()
        if "at 100" not in rss and ended >= min(100, total):
            rss["at 100"] = worker_rss(service)
        if not restarted and ended >= restart_at:
            time.sleep(1.2)  # AOF fsyncs every second
            service.redis.stop()
            time.sleep(2)
            service.redis.start()
            restarted = True
            running = len(watch.running())
            log.append(f"{time.strftime('%X')} Redis restarted (AOF) at {ended} ended, {running} running")
            continue
        if k < kills and ended >= marks[k]:
            running = watch.running()
            victim = busy_victim(service, rng) if running else None
            if victim is None:
                stop.wait(0.5)
                continue
            worker, pool = victim
            running = watch.running()  # the jobs in flight at the kill (a superset of the victim's)
            if k % 2 == 0:
                for pid in pool:
                    with contextlib.suppress(ProcessLookupError):
                        os.kill(pid, signal.SIGKILL)
                what = f"kill -9 pool process {pool} of worker {worker.pid}"
            else:
                os.killpg(worker.pid, signal.SIGKILL)
                worker.wait()
                replacement = service.start_worker()
                what = f"kill -9 worker {worker.pid} (replacement {replacement.pid})"
            log.append(f"{time.strftime('%X')} {what} at {ended} ended, {len(running)} running")
            hits.append((what, running))
            k += 1
            continue
        stop.wait(1)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--jobs", type=int, default=10_000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--kills", type=int, default=8)
    parser.add_argument("--batch-size", type=int, default=100)
    parser.add_argument("--timeout", type=float, default=4 * 3600, help="seconds to wait for every job")
    args = parser.parse_args()

    env = {
        "COPYDESK_RATE_LIMIT": "1000000/minute",
        "COPYDESK_MAX_QUEUE_DEPTH": str(args.jobs + 1000),
        "COPYDESK_TASK_SOFT_TIME_LIMIT": "90",
        "COPYDESK_TASK_TIME_LIMIT": "110",
        "COPYDESK_VISIBILITY_TIMEOUT": "150",
        # each kill costs the jobs in flight an attempt; more attempts than kills keeps an
        # unlucky job from failing as worker_lost (that would be a failure, not a loss)
        "COPYDESK_MAX_ATTEMPTS": str(max(3, args.kills + 2)),
    }
    root = Path(tempfile.mkdtemp(prefix="copydesk-soak-"))
    articles = make_articles(args.jobs)
    words = sorted(len(a["body"].split()) for a in articles)
    print(
        f"{len(articles)} articles: words median {words[len(words) // 2]}, "
        f"90th percentile {words[len(words) * 9 // 10]}, max {words[-1]}",
        flush=True,
    )
    started = time.monotonic()
    with LocalService(root, env=env, workers=args.workers) as service:
        watch = Watch(service)
        memory_before = watch.call(service.store().memory)[0]
        stop = threading.Event()
        log: list[str] = []
        hits: list[tuple[str, list[str]]] = []
        rss: dict[str, list[str]] = {}
        killer = threading.Thread(
            target=chaos, args=(service, watch, args.jobs, args.kills, stop, log, hits, rss), daemon=True
        )
        killer.start()  # kills wait for progress; the first may come while submissions go on
        jids = submit_all(service, articles, args.batch_size)
        print(f"submitted {len(jids)} jobs in {time.monotonic() - started:.0f} s", flush=True)
        deadline = time.monotonic() + args.timeout
        last = 0.0
        timed_out = True
        while time.monotonic() < deadline:
            ended = watch.ended()
            if ended >= len(jids) and not killer.is_alive():
                timed_out = False
                break
            if time.monotonic() - last > 30:
                pending = watch.call(watch.store.pending_count)
                print(f"  {time.strftime('%X')} ended {ended}, pending {pending}", flush=True)
                last = time.monotonic()
            time.sleep(2)
        rss["at the end"] = worker_rss(service)
        stop.set()
        killer.join(timeout=30)
        took = time.monotonic() - started
        for line in log:
            print(line)

        store: Store = watch.store
        statuses: dict[str, int] = {}
        errors: dict[str, int] = {}
        lost = unfinished = 0
        attempts: dict[str, int] = {}
        pipe_jobs = [store.job(jid) for jid in jids]
        for jid, job in zip(jids, pipe_jobs, strict=True):
            status = job["status"] if job else "missing"
            statuses[status] = statuses.get(status, 0) + 1
            if job and job["error"]:
                errors[job["error"]["code"]] = errors.get(job["error"]["code"], 0) + 1
            attempts[jid] = job["attempts"] if job else 0
            if status in ("queued", "running") and timed_out:
                unfinished += 1  # still on its way when the soak stopped waiting: not a loss
            elif status not in TERMINAL or (status == "succeeded" and store.result(jid) is None):
                lost += 1
        unique = len(set(jids))
        terminal = statuses.get("succeeded", 0) + statuses.get("failed", 0)
        ends = sum(store.ended_counts().values())
        twice = sum(1 for a in attempts.values() if a > 1)
        extra_runs = sum(a - 1 for a in attempts.values() if a > 1)
        hit = sum(1 for _, running in hits if any(attempts.get(j, 0) > 1 for j in running))
        used = store.memory()[0]
        per_article = (used - memory_before) / max(unique, 1)

        print(
            f"jobs {len(jids)} (unique {unique}); by status {statuses}; errors {errors}; ends recorded {ends}"
        )
        restarts = sum("Redis" in line for line in log)
        print(f"kills {len(hits)}; kills that hit a running analysis {hit}; Redis restarts {restarts}")
        print(f"run twice {twice} jobs ({extra_runs} extra analyses)")
        for when, rows in rss.items():
            print(f"worker RSS {when}: " + "; ".join(rows))
        print(
            f"Redis used_memory {memory_before / 1e6:.1f} MB before, {used / 1e6:.1f} MB after: "
            f"{per_article / 1e3:.1f} KB per article, {per_article * 1e5 / 1e9:.2f} GB per 100,000 articles"
        )
        print(f"took {took:.0f} s ({len(jids) / took:.1f} jobs/s); data in {root}")
        if timed_out:
            print(f"TIMED OUT after {args.timeout:.0f} s: {unfinished} jobs unfinished (queued or running)")
        print(f"lost {lost}")
        print(f"duplicated {ends - terminal}")
    return 0 if lost == 0 and ends == terminal and not timed_out else 1


if __name__ == "__main__":
    sys.exit(main())
