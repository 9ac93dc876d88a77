"""What a big house style costs per article: a 5,000-rule style over the corpus.

    python -m bench.style_cost [--rules 5000] [--repeat 3] [--whole]

The style is generated (seeded, so every run is the same) from the corpus's own words, so
its rules do match: a quarter each existence, substitution, consistency and occurrence rules
of one to three words, every third ignoring case and every fifth matching lemmas, plus a few
severity overrides and gazetteer names. Prints:
- the one-off compile of the style (once per style version per worker process);
- the `style.house` check's own CPU time per article (best of --repeat; CPU time, so other
  processes on the machine do not count), which is what the style adds: without a style the
  check returns at once;
- with --whole, the whole pipeline with and without the style, alternating runs (wall clock,
  noisier: machine noise is of the same order as the difference).
The issue's budget is 3 ms per corpus article for a 5,000-rule style.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import time
from collections import Counter
from pathlib import Path

from analysis.article import Article
from analysis.nlp import analyse, build_nlp, make_article_doc
from analysis.style import HouseStyle
from core.settings import Settings
from core.styles import validate_rules

NEWS = Path(__file__).resolve().parent.parent / "tests" / "data" / "news"
BUDGET_MS = 3.0


def corpus() -> list[dict]:
    return [json.loads(p.read_text()) for p in sorted(NEWS.glob("*.json"))]


def make_rules(texts: list[str], count: int, seed: int = 0, miss: bool = False) -> list[dict]:
    """`count` rules built from the corpus's words (frequent and rare alike); `miss`: each word
    gets a suffix, so the same number of rules matches nothing."""
    rng = random.Random(seed)
    words = Counter(w for t in texts for w in re.findall(r"[A-Za-z][a-z]{2,}", t))
    vocab = sorted(w + "qz" if miss else w for w in words)
    pairs = sorted({m for t in texts for m in re.findall(r"\b([a-z]{3,}) ([a-z]{3,})\b", t)})
    if miss:
        pairs = [(a + "qz", b + "qz") for a, b in pairs]

    def phrase() -> str:
        n = rng.choice((1, 1, 2, 3))
        if n == 2 and pairs:
            return " ".join(rng.choice(pairs))
        return " ".join(rng.choice(vocab) for _ in range(n))

    rules: list[dict] = []
    for i in range(count - 3):
        kind = ("existence", "substitution", "consistency", "occurrence")[i % 4]
        rule: dict = {"id": f"r{i}", "type": kind, "severity": rng.choice(("error", "warning", "info"))}
        if i % 3 == 0:
            rule["ignorecase"] = True
        if i % 5 == 0 and kind != "consistency":
            rule["match"] = "lemma"
            make = lambda: rng.choice(vocab).lower()  # noqa: E731 - a lemma rule names base forms
        else:
            make = phrase
        if kind == "existence":
            rule["tokens"] = list(dict.fromkeys(make() for _ in range(2)))
        elif kind == "substitution":
            found = make()
            rule["swap"] = {found: found + "x"}
        elif kind == "consistency":
            a, b = phrase(), phrase()
            rule["either"] = {a: b if b != a else b + "s"}
        else:
            rule["tokens"] = [make()]
            rule["max"] = rng.choice((0, 1, 3))
        rules.append(rule)
    rules.append({"id": "names", "type": "gazetteer", "places": vocab[:50], "people": vocab[50:100]})
    rules.append({"id": "quiet", "type": "severity", "code": "claim.unattributed", "severity": "off"})
    rules.append({"id": "loud", "type": "severity", "code": "style.house", "severity": "info"})
    return rules


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rules", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--whole", action="store_true", help="also time the whole pipeline, both ways")
    args = parser.parse_args()
    news = corpus()
    texts = [a["title"] + "\n\n" + a["body"] for a in news]
    rules = make_rules(texts, args.rules)
    assert validate_rules(rules) == {}, "the generated style must be a valid one"
    size = len(json.dumps({"rules": rules}))
    nlp = build_nlp(Settings.from_env().spacy_model)
    check = nlp.get_pipe("copydesk_check_house_style").check

    plain = [Article(title=a["title"], body=a["body"]) for a in news]
    compile_s = []
    for n in range(args.repeat):
        style = HouseStyle("bench", n + 1, rules, owner="bench")
        start = time.process_time()
        check.compiled(style)
        compile_s.append(time.process_time() - start)
    styled = [Article(title=a.title, body=a.body, style=style) for a in plain]

    # the check's own time per article, on Docs that went through everything before it
    names = [name for name, _ in nlp.pipeline]
    upto = names.index("copydesk_check_house_style")
    quiet = HouseStyle("bench-quiet", 1, make_rules(texts, args.rules, miss=True), owner="bench")
    check.compiled(quiet)

    def time_check(docs, with_style: HouseStyle) -> tuple[float, int]:
        """Best CPU seconds of the check over the Docs, and its findings, with `with_style`."""
        best, found = float("inf"), 0
        for doc in docs:
            doc._.article.style = with_style
        for _ in range(args.repeat):
            spent, found = 0.0, 0
            for doc in docs:
                doc._.findings = [f for f in doc._.findings if f.code != "style.house"]
                start = time.process_time()
                check(doc)
                spent += time.process_time() - start
                found += sum(f.code == "style.house" for f in doc._.findings)
            best = min(best, spent)
        return best, found

    with nlp.memory_zone():
        docs = []
        for article in styled:
            doc = make_article_doc(nlp, article)
            for _, proc in nlp.pipeline[:upto]:
                doc = proc(doc)
            docs.append(doc)
        best_quiet, _ = time_check(docs, quiet)
        best_check, findings = time_check(docs, style)

    # the whole pipeline, with and without the style, alternating
    best = {"without": float("inf"), "with": float("inf")}
    analyse(nlp, plain[:5])
    for _ in range(args.repeat if args.whole else 0):
        for name, batch in (("without", plain), ("with", styled)):
            start = time.perf_counter()
            analyse(nlp, batch)
            best[name] = min(best[name], time.perf_counter() - start)

    per_article = 1000 * best_check / len(news)
    quiet_ms = 1000 * best_quiet / len(news)
    print(
        f"{len(rules):,} rules ({size / 1e6:.2f} MB of JSON), {len(news)} corpus articles, "
        f"best of {args.repeat}"
    )
    print(f"  compile once per style version:    {1000 * min(compile_s):7.1f} ms CPU")
    print(
        f"  style.house check per article:     {per_article:7.2f} ms CPU "
        f"({findings / len(news):.1f} findings per article)"
    )
    print(f"  the same number of rules that match nothing: {quiet_ms:5.2f} ms CPU per article")
    if args.whole:
        for name, seconds in best.items():
            print(
                f"  whole pipeline {name + ' the style:':18s}{1000 * seconds / len(news):7.1f} ms per article"
            )
        diff = 1000 * (best["with"] - best["without"]) / len(news)
        print(f"  difference (wall clock, noisy):    {diff:7.2f} ms per article")
    verdict = "within" if per_article <= BUDGET_MS else "OVER"
    print(f"  {verdict} the budget of {BUDGET_MS} ms per article")


if __name__ == "__main__":
    main()
