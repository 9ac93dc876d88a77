from tests.conftest import assert_spans_exact, findings

CODE = "artifact.stray_punctuation"


def test_opening_quote_at_line_start_followed_by_space(run):
    body = "Preparations for\n\nPutin’s\n\n‘ visit to North Korea were meticulously planned."
    result = run("Visit", body)
    [f] = [f for f in findings(result, CODE) if f["spans"][0]["text"] == "‘"]
    assert f["severity"] == "error"
    assert f["spans"][0]["start"] == body.index("‘")
    assert_spans_exact(result, "Visit", body)
    assert "‘ " not in result["clean_body"]


def test_unbalanced_and_mismatched_brackets(run):
    body = "He carried kerosene (paraffin} on his back.\n\nThe plan (announced on Monday was shelved."
    result = run("Plan", body)
    marks = sorted(s["text"] for f in findings(result, CODE) for s in f["spans"])
    assert marks == ["(", "(", "}"]


def test_unclosed_and_unopened_curly_quotes(run):
    body = "She said “we will not stop. The crowd cheered.\n\nHe replied that it was over” and left."
    result = run("Quotes", body)
    texts = [s["text"] for f in findings(result, CODE) for s in f["spans"]]
    assert texts == ["“", "”"]


def test_apostrophe_written_as_opening_quote(run):
    [f] = findings(run("Ties", "Russia and North Korea‘s relationship is old."), CODE)
    assert f["spans"][0]["text"] == "‘" and f["suggestion"] == "’"


def test_multi_paragraph_quotes_lists_and_apostrophes_are_fine(run):
    body = (
        "“We will rebuild,” the mayor said. “It will take years.\n\n"
        "“But we have done it before, and we will do it again.”\n\n"
        "The plan has three steps: a) clear the debris, b) repair roads, c) rebuild homes.\n\n"
        "The ministers’ meeting ended. It’s the councils’ job now, officials said (in a statement).\n\n"
        '"This is the first step," he said. "The next one is harder."\n\n'
        "\"We are ready,\" she said, 'and we mean it' :)"
    )
    assert findings(run("Rebuild", body), CODE) == []
