"""Bulk submission speed: one 1,000-article batch POST, and a back-fill with `copydesk submit`.

    python -m bench.backfill [--workers 1] [--batch-items 1000]

Starts the real service (embedded Redis, Celery worker(s), gunicorn API) on free ports
with default settings, then:
1. back-fill: `copydesk submit tests/data/news --out ...` (150 articles, default batch size
   and concurrency) as a subprocess, timed from start to exit: articles per second end to end
   (submission, analysis by the worker(s), results written);
2. acceptance: one POST /v1/batches of --batch-items articles (the corpus repeated, each
   with a distinct external_id), timed as the client sees it (round trip). Its analyses
   are not waited for.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import requests

from copydesk.testing import LocalService

NEWS = Path(__file__).resolve().parent.parent / "tests" / "data" / "news"


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--batch-items", type=int, default=1000)
    args = parser.parse_args()
    corpus = [json.loads(p.read_text()) for p in sorted(NEWS.glob("*.json"))]

    with tempfile.TemporaryDirectory() as tmp, LocalService(Path(tmp), workers=args.workers) as service:
        out = Path(tmp) / "results.jsonl"
        started = time.perf_counter()
        run = subprocess.run(
            [
                sys.executable,
                "-m",
                "copydesk.cli",
                "submit",
                str(NEWS),
                "--url",
                service.url,
                "--out",
                str(out),
            ],
            capture_output=True,
            text=True,
        )
        elapsed = time.perf_counter() - started
        done = [json.loads(line) for line in out.read_text().splitlines()]
        statuses = {s: sum(d["status"] == s for d in done) for s in {d["status"] for d in done}}
        print(run.stderr[-1500:])
        print(
            f"back-fill: {len(done)} articles in {elapsed:.1f} s = {len(done) / elapsed:.2f} articles/s "
            f"({args.workers} worker(s)); statuses {statuses}; exit {run.returncode}"
        )

        run_id = uuid.uuid4().hex[:8]
        articles = [
            {"title": a["title"], "body": a["body"], "external_id": f"bench-{run_id}-{n}"}
            for n, a in ((n, corpus[n % len(corpus)]) for n in range(args.batch_items))
        ]
        payload = json.dumps({"articles": articles}).encode()
        session = requests.Session()
        session.get(service.url + "/healthz", timeout=10)  # connection warm
        started = time.perf_counter()
        response = session.post(
            service.url + "/v1/batches",
            data=payload,
            headers={"Content-Type": "application/json"},
            timeout=300,
        )
        elapsed = time.perf_counter() - started
        accepted = len(response.json().get("accepted", []))
        print(
            f"acceptance: POST /v1/batches of {len(articles)} articles ({len(payload) / 1e6:.1f} MB) "
            f"answered {response.status_code} in {elapsed * 1000:.0f} ms; {accepted} accepted"
        )


if __name__ == "__main__":
    main()
