from tests.conftest import assert_spans_exact, findings

CODE = "style.machine_boilerplate"
FILLER = (
    "The significance of the summit cannot be understated, as it underscores the importance of dialogue. "
    "The meeting serves as a reminder of the complex interplay of interests in the region. "
    "In conclusion, both sides will play a crucial role in shaping the future of the peninsula."
)
NEWS = (
    "The mayor said the bridge would reopen on Friday. Engineers found cracks in two supports last month, "
    "and repairs cost $4 million. Traffic has been diverted through the town centre since then. "
) * 6


def test_dense_filler_is_a_warning_cluster(run):
    result = run("Summit", FILLER)
    hits = findings(result, CODE)
    texts = [f["spans"][0]["text"] for f in hits]
    for phrase in [
        "cannot be understated",
        "underscores the importance",
        "serves as a reminder",
        "complex interplay",
        "In conclusion",
        "play a crucial role",
        "shaping the future of",
    ]:
        assert phrase in texts
    assert {f["severity"] for f in hits} == {"warning"}
    assert result["scores"]["boilerplate_density"] > 100
    assert_spans_exact(result, "Summit", FILLER)


def test_inflections_match(run):
    body = NEWS + "The attack underscored the importance of security. Officials served as a stark reminder."
    texts = [f["spans"][0]["text"] for f in findings(run("Attack", body), CODE)]
    assert "underscored the importance" in texts
    assert "served as a stark reminder" in texts


def test_single_stock_phrase_in_news_is_info(run):
    body = NEWS + "Analysts said the deal would play a pivotal role in the talks."
    result = run("Deal", body)
    [f] = findings(result, CODE)
    assert f["severity"] == "info"
    assert f["evidence"]["phrase"] == "play a pivotal role"
    assert 0 < result["scores"]["boilerplate_density"] < 20


def test_plain_news_words_are_not_filler(run):
    body = NEWS + "The pivotal vote was crucial for the coalition. The landscape was flooded. He will delve."
    result = run("Vote", body)
    assert findings(result, CODE) == []
    assert result["scores"]["boilerplate_density"] == 0
