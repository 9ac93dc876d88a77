from tests.conftest import assert_spans_exact, findings

CODE = "artifact.repeated_headline"
TITLE = "Flood waters force thousands from homes in northern Italy"
P1 = "Heavy rain caused rivers to burst their banks on Tuesday, officials said."
P2 = "Rescue teams evacuated more than 3,000 people from villages near Modena."


def test_exact_repetition_between_paragraphs_is_an_error_and_removed(run):
    body = f"{P1}\n\n{TITLE}\n\n{P2}"
    result = run(TITLE, body)
    [f] = findings(result, CODE)
    assert f["severity"] == "error"
    assert f["spans"][0]["text"] == TITLE
    assert_spans_exact(result, TITLE, body)
    assert result["clean_body"] == f"{P1}\n\n{P2}"


def test_near_copies_typo_case_punctuation_and_suffix(run):
    variants = [
        "Flood waters force thousands from homes in nothern Italy",
        TITLE.upper(),
        TITLE + ".",
        TITLE + " | The Daily Courier",
    ]
    body = "\n\n".join([P1, *variants, P2])
    result = run(TITLE, body)
    assert [f["spans"][0]["text"] for f in findings(result, CODE)] == variants
    assert result["clean_body"] == f"{P1}\n\n{P2}"


def test_headline_at_top_and_glued_by_single_newline(run):
    body = f"{TITLE}\n\n{P1}\n{TITLE}\n\n{P2}"
    result = run(TITLE, body)
    assert len(findings(result, CODE)) == 2
    assert TITLE not in result["clean_body"]
    assert P1 in result["clean_body"] and P2 in result["clean_body"]


def test_headline_at_the_end_is_removed_with_its_preceding_break(run):
    body = f"{P1}\n\n{P2}\n\n{TITLE}\n"
    result = run(TITLE, body)
    assert len(findings(result, CODE)) == 1
    assert result["clean_body"] == f"{P1}\n\n{P2}"


def test_not_a_repetition_a_related_subheading_or_sentence(run):
    body = (
        f"{P1}\n\nFlood waters force thousands from homes\n\n"
        "Floods in northern Italy: what we know\n\n"
        "Flood waters forced thousands from their homes in northern Italy this week, the agency said."
        f"\n\n{P2}"
    )
    assert findings(run(TITLE, body), CODE) == []


def test_short_generic_title_is_not_matched(run):
    assert findings(run("Obituary", "Obituary\n\nHe died on Monday."), CODE) == []
