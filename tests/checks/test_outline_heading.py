from tests.conftest import assert_spans_exact, findings

CODE = "style.outline_heading"
PARA = "The minister announced the plan on Tuesday, officials said."


def test_essay_outline_headings(run):
    headings = [
        "I. Introduction",
        "Brief background:",
        "Reason for Putin’s visit:",
        "Conclusion:",
        "III. Analysis of the Response",
        "Key Takeaways",
        "I Putin’s Visit: Preparations and Fanfare",
    ]
    body = "\n\n".join(x for h in headings for x in (h, PARA))
    result = run("Plan", body)
    hits = findings(result, CODE)
    assert [f["spans"][0]["text"] for f in hits] == headings
    assert {f["severity"] for f in hits} == {"warning"}
    assert_spans_exact(result, "Plan", body)
    numbered = [f for f in hits if "numbering" in f["evidence"]]
    assert numbered, "I. then III. then I is broken numbering"


def test_one_label_alone_is_only_info(run):
    body = f"{PARA}\n\nSecurity Arrangements:\n\n{PARA}"
    [f] = findings(run("Plan", body), CODE)
    assert f["severity"] == "info"


def test_news_crossheads_bylines_and_speech_are_not_outline(run):
    body = (
        "By Jane Smith\n\nLONDON (Reuters) - The minister announced the plan on Tuesday.\n\n"
        "Reaction\n\nThe opposition criticised it. The statement read:\n\n"
        "“We will not support this.”\n\nHe said:\n\n“It is a mistake.”\n\n"
        "I think we should wait\n\nA spokesman declined to comment."
    )
    assert findings(run("Plan", body), CODE) == []
