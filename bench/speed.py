"""Speed of the analysis, as a ratio against raw spaCy on the same run.

    python -m bench.speed [--repeat 3]

Runs the corpus (tests/data/news/, 150 articles) through three pipelines in
the same process, alternating them each round so machine noise hits all alike:
raw spaCy (`nlp.pipe` of the model alone), copydesk without checks (enrichment
only) and the full copydesk pipeline with its result building. Prints the
best time of each, articles per second, and the ratios. Times are this process's
CPU time (`time.process_time`): on a shared machine, other jobs stretch wall time,
not CPU time, so the ratios hold under load.

Then the time of each copydesk component (enrichment, checks, the result
document), each Doc run through the pipeline one component at a time, in ms per
article and as a share of spaCy's own components on the same Docs.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import spacy

from analysis.article import Article
from analysis.nlp import analyse, build_nlp
from core.settings import Settings

NEWS = Path(__file__).resolve().parent.parent / "tests" / "data" / "news"
SEED = Path(__file__).resolve().parent.parent / "examples" / "pyongyang-visit.txt"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    model = Settings.from_env().spacy_model
    articles = [json.loads(p.read_text()) for p in sorted(NEWS.glob("*.json"))]
    docs = [Article(title=a["title"], body=a["body"]) for a in articles]
    texts = [d.text for d in docs]
    title, body = SEED.read_text().split("\n", 1)
    seed = [Article(title=title, body=body)]

    raw = spacy.load(model)
    enrich = build_nlp(model, checks=False)
    full = build_nlp(model)
    runs = {
        "raw spaCy": lambda: list(raw.pipe(texts, batch_size=16)),  # analyse()'s batch size
        "copydesk, no checks": lambda: analyse(enrich, docs),
        "copydesk, all checks": lambda: analyse(full, docs),
    }
    for fn in runs.values():  # warm caches (dateparser, gazetteer) before timing
        fn()
    best = {name: float("inf") for name in runs}
    for _ in range(args.repeat):
        for name, fn in runs.items():
            start = time.process_time()
            fn()
            best[name] = min(best[name], time.process_time() - start)
    base = best["raw spaCy"]
    words = sum(len(t.split()) for t in texts)
    print(f"{len(texts)} articles, {words} words, best of {args.repeat}")
    for name, seconds in best.items():
        print(
            f"  {name:22s} {seconds:6.2f} s  {len(texts) / seconds:6.1f} articles/s  "
            f"{seconds / base:5.2f}x raw spaCy  {1000 * seconds / len(texts):6.1f} ms/article"
        )
    checks_ms = 1000 * (best["copydesk, all checks"] - best["copydesk, no checks"]) / len(texts)
    print(f"  the checks add {checks_ms:.1f} ms per article")
    # where copydesk's time goes: each component run alone over the corpus, in pipeline order
    from analysis.nlp import make_article_doc
    from analysis.result import build_result

    spent: dict[str, float] = {}
    with full.memory_zone():
        for article in docs:
            doc = make_article_doc(full, article)
            for name, proc in full.pipeline:
                start = time.process_time()
                doc = proc(doc)
                spent[name] = spent.get(name, 0.0) + time.process_time() - start
            start = time.process_time()
            build_result(full, doc)
            spent["(result document)"] = spent.get("(result document)", 0.0) + time.process_time() - start
    spacy_s = sum(v for k, v in spent.items() if not k.startswith("copydesk_") and not k.startswith("("))
    ours_s = sum(spent.values()) - spacy_s
    print(
        f"  component by component: spaCy {1000 * spacy_s / len(docs):.1f} ms per article, "
        f"copydesk {1000 * ours_s / len(docs):.1f} ms ({ours_s / spacy_s:.1%} of spaCy's)"
    )
    print("  per copydesk component, ms per article (share of spaCy's time):")
    for name, seconds in sorted(spent.items(), key=lambda kv: -kv[1]):
        if name.startswith("copydesk_") or name.startswith("("):
            short = name.removeprefix("copydesk_check_").removeprefix("copydesk_")
            print(f"    {short:24s} {1000 * seconds / len(docs):6.2f}  ({seconds / spacy_s:5.1%})")
    seed_best = min(
        (lambda s: (analyse(full, seed), time.process_time() - s)[1])(time.process_time())
        for _ in range(args.repeat)
    )
    print(f"  seed article ({len(body.split())} words), full pipeline: {1000 * seed_best:.0f} ms")


if __name__ == "__main__":
    main()
