"""Quality harness: recall and precision per finding code on injected defects, the
false-alarm rate on hard negatives, and the findings on untouched real articles.

    python -m bench.quality [--part test|dev] [--codes date.event_conflict,...] [--seed 1]
                            [--bank bench.probes.NAME_bank]
                            [--per-article 1] [--limit N] [--json OUT] [--misses]

It works on one part of the corpus split (`bench/split.py`; default `test`, the part the
README reports). For `--part test` the consistency injectors use the held-out template
bank (`bench/injectors/heldout/`), for `--part dev` the dev bank: tune on dev only.

For each injector of each code and each article of the part, it plants one defect
(`bench/injectors/`), analyses the result, and counts:
- recall: injections where a finding of that code overlaps an injected span;
- precision: true findings / all findings of the code in the injected articles, counting
  also every new finding of the code in the hard-negative injections (text that must not
  give one); "new only" leaves out findings the untouched article already had (same
  code, same span texts), which the injection did not cause;
- false alarms: the share of hard-negative injections that got a new finding of the code.
On the untouched articles of the part it prints findings by severity and code, errors
per article, and how many articles have an error.
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
from bench.injectors import Injection, Injector, load_all
from bench.split import select
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


def signature(finding: dict) -> tuple[str, tuple[str, ...]]:
    return finding["code"], tuple(sp["text"] for sp in finding["spans"])


def untouched_report(news: list[dict], clean: list[dict]) -> dict:
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
    return {
        "articles": len(clean),
        "words": words,
        "by_severity": {sev: by_severity[sev] for sev in ("error", "warning", "info")},
        "errors_per_article": by_severity["error"] / max(len(clean), 1),
        "articles_with_error": sum(1 for r in clean if any(f["severity"] == "error" for f in r["findings"])),
        "by_code": {f"{code} {sev}": n for (code, sev), n in sorted(by_code.items())},
        "articles_with_error_by_code": dict(sorted(articles_with_error.items())),
        "error_articles": sorted(
            a["id"]
            for a, r in zip(news, clean, strict=True)
            if any(f["severity"] == "error" for f in r["findings"])
        ),
    }


def measure_code(
    nlp,
    code: str,
    injectors: list[Injector],
    news: list[dict],
    before: dict[str, set],
    rng: random.Random,
    per_article: int,
) -> dict:
    planted: list[tuple[Injector, Injection, dict]] = []
    for inj in injectors:
        for a in news:
            for _ in range(per_article):
                made = inj(dict(a), random.Random(rng.random()))
                if made is not None:
                    planted.append((inj, made, a))
    if not planted:
        return {"injected": 0}
    results = analyse(
        nlp,
        [
            to_article(i.title, i.body, i.published_at or a.get("published_at"), a["id"])
            for _, i, a in planted
        ],
    )
    hits = injected = true_pos = total = new_total = 0
    negatives = false_alarms = neg_findings = neg_new = 0
    by_template: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    misses: list[dict] = []
    alarms: list[dict] = []
    strays: list[dict] = []  # new findings in defect injections that miss the planted spans
    for (inj, made, a), r in zip(planted, results, strict=True):
        found = [f for f in r["findings"] if f["code"] == code]
        new = [f for f in found if signature(f) not in before[a["id"]]]
        key = f"{'negative ' if inj.negative else ''}{made.label}"
        if inj.negative:
            negatives += 1
            neg_findings += len(found)
            neg_new += len(new)
            false_alarms += bool(new)
            by_template[key][0] += not new
            by_template[key][1] += 1
            if new:
                alarms.append(
                    {"article": a["id"], "label": made.label, "findings": [f["message"] for f in new]}
                )
            continue
        injected += 1
        good = [f for f in found if any(overlaps(s, t) for s in f["spans"] for t in made.spans)]
        hits += bool(good)
        by_template[key][0] += bool(good)
        by_template[key][1] += 1
        if not good:
            texts = [(made.title if fld == "title" else made.body)[s:e] for fld, s, e in made.spans]
            misses.append({"article": a["id"], "label": made.label, "planted": texts})
        for f in new:
            if f not in good:
                spans = [sp["text"] for sp in f["spans"]]
                strays.append(
                    {"article": a["id"], "label": made.label, "message": f["message"], "spans": spans}
                )
        true_pos += len(good)
        total += len(found)
        new_total += sum(1 for f in found if f in good or signature(f) not in before[a["id"]])
    all_found = total + neg_findings
    new_found = new_total + neg_new
    return {
        "injected": injected,
        "recall": hits / injected if injected else None,
        "precision": true_pos / all_found if all_found else 1.0,
        "precision_new": true_pos / new_found if new_found else 1.0,
        "negatives": negatives,
        "false_alarms": false_alarms,
        "false_alarm_rate": false_alarms / negatives if negatives else None,
        "by_template": {k: {"ok": v[0], "n": v[1]} for k, v in sorted(by_template.items())},
        "misses": misses,
        "alarms": alarms,
        "strays": strays,
    }


def fmt(value: float | None, width: int) -> str:
    return f"{'-':>{width}s}" if value is None else f"{value:{width}.3f}"


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--part", choices=("test", "dev"), default="test", help="corpus part (default: test)")
    parser.add_argument("--codes", default="", help="comma-separated codes (default: all)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--per-article", type=int, default=1, help="injections per injector and article")
    parser.add_argument("--limit", type=int, default=0, help="use only the first N articles of the part")
    parser.add_argument("--json", metavar="OUT", help="also write the figures as JSON to OUT")
    parser.add_argument(
        "--misses", action="store_true", help="list every miss, false alarm and stray (off-target) finding"
    )
    parser.add_argument(
        "--bank",
        metavar="MODULE",
        help="template bank module instead of the part's (e.g. bench.probes.place9_bank)",
    )
    args = parser.parse_args(argv)

    registry = load_all(args.part, args.bank)
    codes = [c for c in args.codes.split(",") if c] or sorted(registry)
    unknown = [c for c in codes if c not in registry]
    if unknown:
        parser.error(f"no injectors for {', '.join(unknown)}; known: {', '.join(sorted(registry))}")
    news = select(load_news(), args.part)[: args.limit or None]
    nlp = build_nlp(Settings.from_env().spacy_model)

    clean = analyse(nlp, [to_article(a["title"], a["body"], a.get("published_at"), a["id"]) for a in news])
    untouched = untouched_report(news, clean)
    print(f"part {args.part}: {untouched['articles']} untouched articles, {untouched['words']} words")
    for sev, n in untouched["by_severity"].items():
        print(f"  {sev:8s} {n:5d}  {n * 1000 / max(untouched['words'], 1):.3f} per 1,000 words")
    for key, n in untouched["by_code"].items():
        print(f"    {key:41s} {n}")
    print(
        f"  errors per article: {untouched['errors_per_article']:.3f}; "
        f"articles with an error: {untouched['articles_with_error']} of {untouched['articles']}"
    )
    for code, n in untouched["articles_with_error_by_code"].items():
        print(f"    with an error from {code}: {n}")
    print()

    # what each untouched article already reported: in an injected copy the same finding is
    # not caused by the injection
    before = {a["id"]: {signature(f) for f in r["findings"]} for a, r in zip(news, clean, strict=True)}
    header = f"{'code':28s} {'injected':>8s} {'recall':>7s} {'precision':>9s} {'(new only)':>10s}"
    print(header + f" {'negatives':>9s} {'false alarms':>12s}")
    figures: dict[str, dict] = {}
    for code in codes:
        # one generator per code: a code's injections do not depend on which others run
        rng = random.Random(f"{args.seed}:{code}")
        m = measure_code(nlp, code, registry[code], news, before, rng, args.per_article)
        figures[code] = m
        if not m["injected"]:
            print(f"{code:28s} {'-':>8s}")
            continue
        negs = f"{m['negatives']:9d} {fmt(m['false_alarm_rate'], 12)}" if m["negatives"] else ""
        print(
            f"{code:28s} {m['injected']:8d} {fmt(m['recall'], 7)} {fmt(m['precision'], 9)}"
            f" {fmt(m['precision_new'], 10)} {negs}"
        )
    if args.misses:
        for code, m in figures.items():
            for miss in m.get("misses", []):
                print(f"miss  {code} {miss['article']} {miss['label']}: {miss['planted']}")
            for alarm in m.get("alarms", []):
                print(f"alarm {code} {alarm['article']} {alarm['label']}: {alarm['findings']}")
            for stray in m.get("strays", []):
                print(
                    f"stray {code} {stray['article']} {stray['label']}: {stray['spans']} {stray['message']}"
                )
    report = {
        "part": args.part,
        "bank": args.bank,
        "seed": args.seed,
        "per_article": args.per_article,
        "articles": len(news),
        "untouched": untouched,
        "codes": figures,
    }
    if args.json:
        Path(args.json).write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n")
    return report


if __name__ == "__main__":
    main()
