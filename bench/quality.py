"""Quality harness: recall and precision per finding code on injected defects,
and the false-alarm rate on the untouched real articles.

    python -m bench.quality [--codes artifact.orphan_fragment,...] [--seed 1] [--part test]

For each injector of each code and each article of tests/data/news/, it plants
one defect (bench/injectors/), analyses the result, and counts:
- recall: injections where a finding of that code overlaps an injected span;
- precision: of all the findings of that code in injected articles, those that
  overlap an injected span (so a false alarm the untouched article already had
  counts against precision too, besides being listed under "untouched"); the
  "(new only)" column leaves out findings the untouched article already had
  (same code, same span texts), which the injection did not cause.
On the untouched articles it prints findings per 1,000 words by severity and code.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
from collections import Counter, defaultdict
from pathlib import Path

from analysis.article import Article
from analysis.nlp import analyse, build_nlp
from bench.injectors import Injection, load_all
from bench.split import PARTS, select
from core.settings import Settings

NEWS = Path(__file__).resolve().parent.parent / "tests" / "data" / "news"


def load_news() -> list[dict]:
    return [json.loads(p.read_text()) for p in sorted(NEWS.glob("*.json"))]


def to_article(title: str, body: str, published_at: str | None, article_id: str) -> Article:
    when = dt.datetime.fromisoformat(published_at) if published_at else None
    return Article(title=title, body=body, published_at=when, article_id=article_id)


def overlaps(span: dict, target: tuple[str, int, int]) -> bool:
    name, start, end = target
    return span["field"] == name and span["start"] < end and start < span["end"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--codes", default="", help="comma-separated codes (default: all)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--limit", type=int, default=0, help="use only the first N articles")
    parser.add_argument("--part", choices=PARTS, default=None, help="only the dev or the test articles")
    args = parser.parse_args()

    registry = load_all()
    codes = [c for c in args.codes.split(",") if c] or sorted(registry)
    news = select(load_news(), args.part)[: args.limit or None]
    nlp = build_nlp(Settings.from_env().spacy_model)

    # untouched articles: false alarms
    clean = analyse(nlp, [to_article(a["title"], a["body"], a.get("published_at"), a["id"]) for a in news])
    words = sum(r["stats"]["words"] for r in clean)
    by_severity: Counter[str] = Counter()
    by_code: Counter[tuple[str, str]] = Counter()
    articles_with_error: Counter[str] = Counter()
    for r in clean:
        for f in r["findings"]:
            by_severity[f["severity"]] += 1
            by_code[(f["code"], f["severity"])] += 1
        for code in {f["code"] for f in r["findings"] if f["severity"] == "error"}:
            articles_with_error[code] += 1
    print(f"untouched: {len(clean)} articles, {words} words")
    for sev in ("error", "warning", "info"):
        print(
            f"  {sev:8s} {by_severity[sev]:5d}  {by_severity[sev] * 1000 / max(words, 1):.3f} per 1,000 words"
        )
    for (code, sev), n in sorted(by_code.items()):
        print(f"    {code:32s} {sev:8s} {n}")
    for code, n in sorted(articles_with_error.items()):
        print(f"  articles with an error from {code}: {n} ({100 * n / len(clean):.1f}%)")

    print()
    # what each untouched article already reported, by code and span texts: in an injected copy
    # the same finding is not caused by the injection ("new only" precision leaves it out)
    before = {
        a["id"]: {(f["code"], tuple(sp["text"] for sp in f["spans"])) for f in r["findings"]}
        for a, r in zip(news, clean, strict=True)
    }
    print(f"{'code':32s} {'injected':>8s} {'recall':>7s} {'precision':>9s} {'(new only)':>10s}")
    rng = random.Random(args.seed)
    for code in codes:
        injections: list[tuple[Injection, dict]] = []
        for fn in registry.get(code, []):
            for a in news:
                inj = fn(dict(a), random.Random(rng.random()))
                if inj is not None:
                    injections.append((inj, a))
        if not injections:
            print(f"{code:32s} {'-':>8s}")
            continue
        results = analyse(
            nlp,
            [
                to_article(i.title, i.body, i.published_at or a.get("published_at"), a["id"])
                for i, a in injections
            ],
        )
        hits = true_pos = total = new_total = 0
        misses = defaultdict(int)
        for (inj, a), r in zip(injections, results, strict=True):
            found = [f for f in r["findings"] if f["code"] == code]
            good = [f for f in found if any(overlaps(s, t) for s in f["spans"] for t in inj.spans)]
            hits += bool(good)
            if not good:
                misses[a["id"]] += 1
            true_pos += len(good)
            total += len(found)
            new_total += sum(
                1
                for f in found
                if f in good or (code, tuple(sp["text"] for sp in f["spans"])) not in before[a["id"]]
            )
        recall = hits / len(injections)
        precision = true_pos / total if total else 1.0
        new_precision = true_pos / new_total if new_total else 1.0
        print(f"{code:32s} {len(injections):8d} {recall:7.3f} {precision:9.3f} {new_precision:10.3f}")


if __name__ == "__main__":
    main()
