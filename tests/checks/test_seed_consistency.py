"""The seed article: every consistency defect found, none of its hard negatives."""

from __future__ import annotations

from tests.conftest import findings


def texts(finding: dict) -> list[str]:
    return [s["text"] for s in finding["spans"]]


def test_pyongyong_flagged_with_pyongyang(seed_result):
    found = findings(seed_result, "entity.spelling_variant")
    pyong = [f for f in found if "Pyongyong" in texts(f)]
    assert len(pyong) == 1
    assert pyong[0]["suggestion"] == "Pyongyang"
    assert set(texts(pyong[0])) == {"Pyongyong"}
    assert pyong[0]["spans"][0]["field"] == "title"
    assert pyong[0]["evidence"]["gazetteer"] == {"Pyongyong": False, "Pyongyang": True}


def test_kim_names_not_flagged(seed_result):
    for f in findings(seed_result, "entity.spelling_variant"):
        for t in texts(f):
            assert "Jong" not in t and "Il-sung" not in t and t != "Kim"


def test_one_date_conflict_for_the_visit(seed_result):
    found = findings(seed_result, "date.event_conflict")
    assert len(found) == 1
    spans = texts(found[0])
    for expected in ("February 27, 2022", "early February 2023", "late 2019", "late February 2019"):
        assert expected in spans
    assert "November 2018" in spans  # "Putin's visit to South Korea in November 2018"
    assert spans.count("late February 2019") == 2
    assert not any(t in spans for t in ("1950-1953", "1991", "August 1991", "2013", "2005"))
    assert found[0]["evidence"]["event"].startswith("visit")
    assert "2022-02-27" in found[0]["evidence"]["values"]


def test_timeline_events_filled(seed_result):
    by_text = {}
    for t in seed_result["timeline"]:
        by_text.setdefault(t["text"], []).append(t["event"])
    assert by_text["February 27, 2022"][0].startswith("visit: Putin")
    assert by_text["late 2019"][0].startswith("visit: Putin")
    assert not (by_text["1950-1953"][0] or "").startswith("visit")  # the Korean War: its own event
    assert not (by_text["August 1991"][0] or "").startswith("visit: Putin")


def test_interval_conflict(seed_result):
    found = findings(seed_result, "date.interval_conflict")
    assert len(found) == 1
    spans = texts(found[0])
    assert "first visit in 24 years" in spans
    assert any(s["field"] == "title" for s in found[0]["spans"])
    assert any(t.endswith("since the end of the Cold War") for t in spans)
    assert any(t.endswith("since 2005") for t in spans)
    assert not any("Korean War" in t for t in spans)  # Yeltsin's 1991 summit: another event


def test_place_conflict_south_korea(seed_result):
    found = findings(seed_result, "place.event_conflict")
    assert len(found) == 1
    spans = texts(found[0])
    assert "South Korea" in spans
    assert "Pyongyang" not in spans  # Pyongyang is in North Korea
    assert found[0]["suggestion"] == "North Korea"


def test_grain_claim_unattributed(seed_result):
    found = findings(seed_result, "claim.unattributed")
    assert any("500,000 tons of grain" in t for f in found for t in texts(f))
    assert all(f["severity"] == "info" for f in found)
    claims = [c for c in seed_result["claims"] if "500,000 tons" in c["text"]]
    assert claims and not claims[0]["attributed"] and claims[0]["checkworthiness"] >= 0.6
