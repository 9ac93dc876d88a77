"""The seed article: every hygiene defect it carries is found, by its text."""

from tests.conftest import SEED, findings

TITLE = "Pyongyong welcomes Putin with fanfare as Russian leader makes first visit in 24 years"


def texts(result, code):
    return [s["text"] for f in findings(result, code) for s in f["spans"]]


def test_every_repetition_of_the_headline(seed_result):
    got = texts(seed_result, "artifact.repeated_headline")
    body = SEED.read_text(encoding="utf-8").split("\n", 1)[1]
    assert got == [TITLE] * body.count(TITLE) and len(got) == 5
    assert {f["severity"] for f in findings(seed_result, "artifact.repeated_headline")} == {"error"}
    # a subheading about the same story is not a copy of the headline
    assert "Pyongyang Rolls Out the Red Carpet for Putin:" not in got


def test_orphan_fragments(seed_result):
    got = texts(seed_result, "artifact.orphan_fragment")
    for fragment in [
        "strengthened alliances and diplomatic relations",
        "military cooperation",
        "joint declarations",
        "humanitarian aid",
        "main findings and insights",
        "Putin’s",
    ]:
        assert fragment in got


def test_broken_quote_glued_token_and_trailer(seed_result):
    assert "‘" in texts(seed_result, "artifact.stray_punctuation")
    stray = [f for f in findings(seed_result, "artifact.stray_punctuation") if f["severity"] == "error"]
    assert stray and stray[0]["evidence"]["context"].startswith("‘ visit")
    assert texts(seed_result, "artifact.truncated_token") == ["199Since"]
    assert texts(seed_result, "artifact.boilerplate_trailer") == ["video"]


def test_outline_headings(seed_result):
    got = texts(seed_result, "style.outline_heading")
    for heading in [
        "I. Introduction",
        "Brief background:",
        "Reason for Putin’s visit:",
        "Importance of the visit:",
        "Conclusion:",
        "Background and Context",
        "I Putin’s Visit: Preparations and Fanfare",
        "Analysis:",
        "Conclusion",
        "Overview of the key issues discussed during Putin’s visit",
    ]:
        assert heading in got


def test_stock_phrases(seed_result):
    got = texts(seed_result, "style.machine_boilerplate")
    for phrase in [
        "cannot be understated",
        "underscores the importance",
        "serves as a reminder",
        "complex interplay",
        "multifaceted",
        "shaping the future of",
        "play a crucial role",
        "rich cultural heritage",
        "played a pivotal role",
    ]:
        assert phrase in got
    assert seed_result["scores"]["boilerplate_density"] > 5
    assert {f["severity"] for f in findings(seed_result, "style.machine_boilerplate")} == {"warning"}


def test_clean_body(seed_result):
    clean = seed_result["clean_body"]
    assert TITLE not in clean
    assert not clean.rstrip().endswith("video")
    assert "seeking strengthened alliances and diplomatic relations in the face of" in clean
    assert "further emphasizing their military cooperation.\n" in clean
    assert "the signing of several joint declarations." in clean
    assert "providing North Korea with humanitarian aid." in clean
    assert "The main findings and insights gained from" in clean
    assert "Preparations for Putin’s visit to North Korea" in clean
    assert "dissolution of the USSR in 199Since" in clean  # lost characters cannot be restored
