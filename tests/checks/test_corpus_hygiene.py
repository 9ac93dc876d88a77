"""The untouched real articles: the hygiene checks stay (almost) silent."""

CODES = {
    "artifact.repeated_headline",
    "artifact.orphan_fragment",
    "artifact.boilerplate_trailer",
    "artifact.truncated_token",
    "artifact.stray_punctuation",
    "style.machine_boilerplate",
    "style.outline_heading",
}


def test_no_errors_and_few_warnings_on_real_articles(news_results):
    words = sum(r["stats"]["words"] for r in news_results)
    mine = [(r["article_id"], f) for r in news_results for f in r["findings"] if f["code"] in CODES]
    errors = [(a, f["code"], f["spans"][0]["text"]) for a, f in mine if f["severity"] == "error"]
    assert errors == []
    warnings = [(a, f["code"], f["spans"][0]["text"]) for a, f in mine if f["severity"] == "warning"]
    assert len(warnings) * 1000 / words <= 0.5, warnings


def test_clean_body_is_untouched_on_real_articles(news_results):
    from tests.conftest import load_news

    for article, result in zip(load_news(), news_results, strict=True):
        assert result["clean_body"] == article["body"], article["id"]
