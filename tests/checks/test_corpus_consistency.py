"""The real Wikinews articles: the consistency checks stay (almost) quiet."""

from __future__ import annotations

from collections import Counter

CODES = ("entity.spelling_variant", "date.event_conflict", "date.interval_conflict", "place.event_conflict")


def test_errors_in_at_most_two_percent_of_articles(news_results):
    with_error = []
    by_code: Counter[tuple[str, str]] = Counter()
    for r in news_results:
        mine = [f for f in r["findings"] if f["code"] in CODES]
        for f in mine:
            by_code[(f["code"], f["severity"])] += 1
            print(r["article_id"], f["code"], f["severity"], f["message"])
        if any(f["severity"] == "error" for f in mine):
            with_error.append(r["article_id"])
    print(dict(by_code))
    assert len(with_error) <= 0.02 * len(news_results), with_error


def test_warnings_are_rare(news_results):
    warned = [
        r["article_id"]
        for r in news_results
        if any(f["code"] in CODES and f["severity"] == "warning" for f in r["findings"])
    ]
    assert len(warned) <= 0.1 * len(news_results), warned


def test_claims_filled_and_infos_capped(news_results):
    assert sum(bool(r["claims"]) for r in news_results) > 0.8 * len(news_results)
    for r in news_results:
        assert sum(f["code"] == "claim.unattributed" for f in r["findings"]) <= 10
        for c in r["claims"]:
            assert 0 <= c["checkworthiness"] <= 1
