"""Soak: thousands of submissions while workers are killed at random; then count lost and
duplicated results. Not part of CI (minutes of real processes). Must print `lost 0` and
`duplicated 0`.

    python bench/soak.py --articles 2000 --workers 2 --kills 6

A real service (embedded Redis, Celery workers, the API) under a temporary directory. Half the
articles come in batches (several jobs per Celery message, split after a crash), half one by one.
Kills alternate between a worker's pool child (kill -9 while it executes) and a whole worker
(kill -9 of its process group, then a replacement starts; its messages come back after the
visibility timeout or through the recovery sweep).

lost       = accepted jobs that did not end, or ended `succeeded` without a stored result
duplicated = ends recorded beyond one per job (the store refuses a second end; this checks it)
"""

from __future__ import annotations

import argparse
import contextlib
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

import requests

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from copydesk.testing import LocalService  # noqa: E402

TOPICS = ["council", "budget", "bridge", "school", "river", "election", "harbour", "museum", "railway"]


def article(n: int) -> dict:
    rng = random.Random(n)
    a, b = rng.sample(TOPICS, 2)
    return {
        "title": f"The {a} plan number {n} is approved",
        "body": (
            f"The city {a} approved plan {n} on Monday after a debate about the {b}. "
            f"Officials said the {b} would cost {rng.randint(2, 900)} million dollars.\n\n"
            f"The mayor said work would start in {2025 + n % 5}, according to a statement."
        ),
        "external_id": f"soak-{n}",
    }


def children(pid: int) -> list[int]:
    out = subprocess.run(["ps", "--ppid", str(pid), "-o", "pid="], capture_output=True, text=True).stdout
    return [int(p) for p in out.split()]


def submit_all(service: LocalService, n: int, batch_size: int) -> list[str]:
    session = requests.Session()
    half = n // 2
    jids: list[str] = []
    for start in range(0, half, batch_size):
        items = [article(i) for i in range(start, min(start + batch_size, half))]
        while True:
            r = session.post(f"{service.url}/v1/batches", json={"articles": items}, timeout=60)
            if r.status_code in (429, 503):
                time.sleep(float(r.headers.get("Retry-After", "1")))
                continue
            r.raise_for_status()
            jids.extend(item["job_id"] for item in r.json()["accepted"])
            break

    def one(i: int) -> str:
        while True:
            r = requests.post(f"{service.url}/v1/articles", json=article(i), timeout=30)
            if r.status_code in (429, 503):
                time.sleep(float(r.headers.get("Retry-After", "1")))
                continue
            r.raise_for_status()
            return r.json()["job_id"]

    with ThreadPoolExecutor(8) as pool:
        jids.extend(pool.map(one, range(half, n)))
    return jids


def killer(service: LocalService, kills: int, every: float, stop: threading.Event, log: list[str]) -> None:
    rng = random.Random(7)
    for k in range(kills):
        if stop.wait(every):
            return
        live = [w for w in service.workers if w.poll() is None]
        if not live:
            continue
        victim = rng.choice(live)
        if k % 2 == 0:
            pids = children(victim.pid)
            for pid in pids:
                with contextlib.suppress(ProcessLookupError):
                    os.kill(pid, signal.SIGKILL)
            log.append(f"{time.strftime('%X')} kill -9 pool child(ren) {pids} of worker {victim.pid}")
        else:
            os.killpg(victim.pid, signal.SIGKILL)
            victim.wait()
            replacement = service.start_worker()
            log.append(f"{time.strftime('%X')} kill -9 worker {victim.pid}; replacement {replacement.pid}")


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--kills", type=int, default=6)
    parser.add_argument("--kill-every", type=float, default=15.0, help="seconds between kills")
    parser.add_argument("--batch-size", type=int, default=100)
    parser.add_argument("--timeout", type=float, default=1800)
    args = parser.parse_args()

    env = {
        "COPYDESK_RATE_LIMIT": "1000000/minute",
        "COPYDESK_TASK_SOFT_TIME_LIMIT": "20",
        "COPYDESK_TASK_TIME_LIMIT": "25",
        "COPYDESK_VISIBILITY_TIMEOUT": "40",
        # each random kill costs the jobs in flight an attempt; more attempts than kills
        # keeps an unlucky job from failing as worker_lost (that would be a failure, not a loss)
        "COPYDESK_MAX_ATTEMPTS": str(max(3, args.kills + 1)),
    }
    root = Path(tempfile.mkdtemp(prefix="copydesk-soak-"))
    started = time.monotonic()
    with LocalService(root, env=env, workers=args.workers) as service:
        store = service.store()
        stop = threading.Event()
        log: list[str] = []
        chaos = threading.Thread(target=killer, args=(service, args.kills, args.kill_every, stop, log))
        chaos.start()
        jids = submit_all(service, args.articles, args.batch_size)
        print(f"submitted {len(jids)} jobs in {time.monotonic() - started:.0f} s", flush=True)
        deadline = time.monotonic() + args.timeout
        while time.monotonic() < deadline:
            pending = store.pending_count()
            if pending == 0 and not chaos.is_alive():
                break
            print(f"  {time.strftime('%X')} pending {pending}", flush=True)
            time.sleep(10)
        stop.set()
        chaos.join()
        for line in log:
            print(line)

        statuses: dict[str, int] = {}
        lost = 0
        for jid in jids:
            job = store.job(jid)
            status = job["status"] if job else "missing"
            statuses[status] = statuses.get(status, 0) + 1
            if status not in ("succeeded", "failed") or (status == "succeeded" and store.result(jid) is None):
                lost += 1
        unique = len(set(jids))
        ends = sum(store.ended_counts().values())
        duplicated = ends - unique
        print(f"jobs {len(jids)} (unique {unique}); by status {statuses}; ends recorded {ends}")
        print(f"workers killed {len(log)}; took {time.monotonic() - started:.0f} s; data in {root}")
        print(f"lost {lost}")
        print(f"duplicated {duplicated}")
    return 0 if lost == 0 and duplicated == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
