"""The untouched real articles: the leftover, date and number checks raise no error."""

CODES = {"artifact.llm_leftover", "date.after_publication", "date.weekday_mismatch", "number.conflict"}


def test_no_errors_on_real_articles(news_results):
    errors = [
        (r["article_id"], f["code"], [s["text"] for s in f["spans"]])
        for r in news_results
        for f in r["findings"]
        if f["code"] in CODES and f["severity"] == "error"
    ]
    assert errors == []


def test_seed_article_has_no_false_leftovers(seed_result):
    # the seed is machine-written but carries none of these particular leftovers
    found = [(f["code"], f["spans"][0]["text"]) for f in seed_result["findings"] if f["code"] in CODES]
    assert found == []
