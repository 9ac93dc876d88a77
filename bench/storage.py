"""Storage: bytes per stored article, uncompressed (the previous format) and zstd-compressed,
and what compressing costs in time.

    python -m bench.storage [--limit N]

Analyses the 150 corpus articles and the seed in-process, then stores each one (article,
revision, job, result, external id) through `core.store.Store` in a real embedded Redis, twice:
once as the previous version wrote it (body and result as plain UTF-8) and once as it is
written now (`core.store.pack`). Reports per article
- the sum of Redis's `MEMORY USAGE` over the keys that article owns,
- the growth of Redis's `used_memory` divided by the number of articles (allocator overhead
  and the pending set included), and that times 100,000,
and the time `pack` and `unpack` take for a body and its result, next to the analysis time.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

import core.store as store_module
from analysis import Article, analyse, build_nlp
from copydesk.embedded_redis import EmbeddedRedis
from copydesk.testing import free_port
from core.settings import Settings
from core.store import Store, pack, unpack

ROOT = Path(__file__).resolve().parent.parent
NEWS = ROOT / "tests" / "data" / "news"
SEED = ROOT / "examples" / "pyongyang-visit.txt"


def load(limit: int | None) -> list[dict[str, Any]]:
    news = [json.loads(p.read_text()) for p in sorted(NEWS.glob("*.json"))][:limit]
    title, body = SEED.read_text(encoding="utf-8").split("\n", 1)
    items = [
        {
            "title": a["title"],
            "body": a["body"],
            "published_at": a.get("published_at"),
            "external_id": a["id"],
        }
        for a in news
    ]
    return [*items, {"title": title.strip(), "body": body, "published_at": None, "external_id": "seed"}]


def store_all(store: Store, items: list[dict[str, Any]], results: list[dict[str, Any]]) -> list[int]:
    """Store every item and its result; MEMORY USAGE summed over each item's keys."""
    sizes = []
    for item, result in zip(items, results, strict=True):
        job = store.submit("bench", item).job
        store.start(job["job_id"])
        store.finish(job["job_id"], result=result)
        aid, jid = job["article_id"], job["job_id"]
        keys = [
            store_module.article_key(aid),
            store_module.revision_key(aid, 1),
            store_module.job_key(jid),
            store_module.result_key(jid),
            store_module.external_key("bench", item["external_id"]),
        ]
        sizes.append(sum(int(store.r.memory_usage(k, samples=0) or 0) for k in keys))
    return sizes


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--limit", type=int, default=None, help="corpus articles (default all 150)")
    args = parser.parse_args()
    items = load(args.limit)
    nlp = build_nlp(Settings.from_env().spacy_model)
    started = time.perf_counter()
    articles = [
        Article(
            title=i["title"],
            body=i["body"],
            published_at=dt.datetime.fromisoformat(i["published_at"]) if i["published_at"] else None,
        )
        for i in items
    ]
    results = analyse(nlp, articles)
    analysis_ms = (time.perf_counter() - started) * 1000 / len(items)
    print(f"{len(items) - 1} corpus articles and the seed analysed: {analysis_ms:.0f} ms per article")

    bodies = [i["body"] for i in items]
    texts = [json.dumps(r, ensure_ascii=False) for r in results]
    raw_body = [len(b.encode()) for b in bodies]
    raw_result = [len(t.encode()) for t in texts]
    t0 = time.perf_counter()
    packed_body = [pack(b) for b in bodies]
    packed_result = [pack(t) for t in texts]
    t1 = time.perf_counter()
    for value in packed_body + packed_result:
        unpack(value)
    t2 = time.perf_counter()
    n = len(items)
    for name, raw, packed in (("body", raw_body, packed_body), ("result", raw_result, packed_result)):
        plain, small = statistics.mean(raw[:-1]), statistics.mean(len(p) for p in packed[:-1])
        print(
            f"{name:7s}: corpus mean {plain:,.0f} B plain, {small:,.0f} B zstd ({plain / small:.1f}x); "
            f"seed {raw[-1]:,} B -> {len(packed[-1]):,} B"
        )
    print(
        f"time   : pack {(t1 - t0) * 1000 / n:.2f} ms, unpack {(t2 - t1) * 1000 / n:.2f} ms per article "
        f"(body + result), against {analysis_ms:.0f} ms of analysis"
    )

    with EmbeddedRedis(Path(tempfile.mkdtemp(prefix="copydesk-storage-")), free_port()) as server:
        store = Store.from_url(server.url)
        rows = {}
        for label, packer in (("plain (previous)", lambda t: t.encode("utf-8")), ("zstd (now)", pack)):
            store.r.flushdb()
            before = store.memory()[0]
            original = store_module.pack
            store_module.pack = packer  # the previous version stored the text as it came
            try:
                sizes = store_all(store, items, results)
            finally:
                store_module.pack = original
            time.sleep(0.2)
            grown = (store.memory()[0] - before) / n
            rows[label] = (statistics.mean(sizes[:-1]), sizes[-1], grown)
        print("\n| stored as | bytes per corpus article | the seed | used_memory per article | per 100,000 |")
        print("|---|---|---|---|---|")
        for label, (corpus_mean, seed, grown) in rows.items():
            print(f"| {label} | {corpus_mean:,.0f} | {seed:,} | {grown:,.0f} | {grown * 1e5 / 1e9:.2f} GB |")


if __name__ == "__main__":
    main()
