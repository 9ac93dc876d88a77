from tests.conftest import assert_spans_exact, findings

CODE = "artifact.orphan_fragment"


def test_link_text_split_off_between_lowercase_continuations(run):
    body = (
        "Both nations are seeking\n\nstrengthened alliances and diplomatic relations\n\n"
        "in the face of increasing tensions with the West.\n\nOther news followed."
    )
    result = run("Leaders meet", body)
    [f] = findings(result, CODE)
    assert f["spans"][0]["text"] == "strengthened alliances and diplomatic relations"
    assert f["severity"] == "error"
    assert f["suggestion"] == (
        "Both nations are seeking strengthened alliances and diplomatic relations "
        "in the face of increasing tensions with the West."
    )
    assert_spans_exact(result, "Leaders meet", body)
    assert result["clean_body"].startswith(f["suggestion"] + "\n\nOther news")


def test_fragment_followed_by_a_lone_full_stop(run):
    body = (
        "The leaders inspected a parade, emphasizing their\n\nmilitary cooperation\n\n.\n\n"
        "In the evening they dined."
    )
    result = run("Parade", body)
    [f] = findings(result, CODE)
    assert f["spans"][0]["text"] == "military cooperation"
    assert result["clean_body"] == (
        "The leaders inspected a parade, emphasizing their military cooperation.\n\n"
        "In the evening they dined."
    )


def test_fragment_after_a_dangling_article_with_capitalised_name(run):
    body = "He was nominated to the\n\nSupreme\n\nCourt in 1975 by President Gerald Ford."
    [f] = findings(run("Judge", body), CODE)
    assert f["spans"][0]["text"] == "Supreme"


def test_fragment_that_finishes_the_sentence(run):
    body = "Awards included a trip to receive\n\nthe National Medal of Science.\n\nShe retired in 2001."
    result = run("Awards", body)
    [f] = findings(result, CODE)
    assert f["spans"][0]["text"] == "the National Medal of Science."
    assert "to receive the National Medal of Science.\n\nShe retired" in result["clean_body"]


def test_single_newline_breaks(run):
    body = "Officials were seeking\nclarification\nfrom the ministry about the long delays at the border."
    [f] = findings(run("Border", body), CODE)
    assert f["spans"][0]["text"] == "clarification"


def test_headings_and_short_paragraphs_are_not_fragments(run):
    body = (
        "Substantive Discussions: Issues and Outcomes\n\n"
        "Overview of the key issues discussed during the visit\n\n"
        "During the visit, the two nations held talks.\n\n"
        "Reaction\n\n"
        "The opposition criticised the deal.\n\n"
        "Officials cleared the area around the cathedral.\n\n"
        "Regional security\n\n"
        "Security issues were also discussed."
    )
    assert findings(run("Talks", body), CODE) == []


def test_hard_wrapped_text_is_not_broken(run):
    body = (
        "The council met on Tuesday to discuss the new budget for the coming\n"
        "year, which includes funding for schools, roads and the renovation of\n"
        "the town hall, a project that has been delayed several times since\n"
        "2015.\n"
    )
    assert findings(run("Council", body), CODE) == []
