from __future__ import annotations

from tests.conftest import assert_spans_exact, findings

CODE = "date.interval_conflict"


def test_in_years_vs_since_year(run):
    title = "Pope makes first visit to Chile in 30 years"
    body = (
        "Pope Francis arrived in Santiago on 15 January 2018. It is the first papal visit since 2005, "
        "officials said. Crowds lined the streets."
    )
    r = run(title, body)
    found = findings(r, CODE)
    assert len(found) == 1
    texts = [s["text"] for s in found[0]["spans"]]
    assert "first visit to Chile in 30 years" in texts
    assert any(t.endswith("since 2005") for t in texts)
    assert found[0]["spans"][0]["field"] == "title"
    assert_spans_exact(r, title, body)


def test_reference_event(run):
    title = "Storm hits Bergen"
    body = (
        "It was the first storm of its kind since the end of the Second World War. "
        "Residents said it was the first such storm since 1992."
    )
    found = findings(run(title, body, "2020-02-10T00:00:00"), CODE)
    assert len(found) == 1
    assert found[0]["evidence"]["claims"][0]["basis"] == "Second World War"


def test_consistent_claims(run):
    title = "Pope makes first visit to Chile in 30 years"
    body = "Pope Francis arrived on 15 January 2018. It is the first papal visit since 1987."
    assert findings(run(title, body), CODE) == []


def test_more_than_n_years(run):
    body = "It was the first fire there in more than 20 years. It was the first fire since 1985."
    assert findings(run("Fire in Oslo", body, "2019-05-01T00:00:00"), CODE) == []
    body = "It was the first fire there in more than 20 years. It was the first fire since 2010."
    assert len(findings(run("Fire in Oslo", body, "2019-05-01T00:00:00"), CODE)) == 1


def test_different_kinds_not_compared(run):
    body = (
        "It was the first visit in 24 years. The first summit between the two nations since the "
        "Korean War took place in 1991. The first election since 2005 is due."
    )
    assert findings(run("Leader visits", body, "2024-06-19T00:00:00"), CODE) == []


def test_number_words_and_negated_since(run):
    body = (
        "Not since 2013 had the city seen such a strike. "
        "There had not been a strike there for nine years, organisers said."
    )
    found = findings(run("Teachers walk out", body, "2019-05-01T00:00:00"), CODE)
    assert len(found) == 1


def test_gap_and_previous_occurrence(run):
    body = (
        "The flood ended a 40-year gap, the mayor's office said. "
        "Residents moved to higher ground. The previous flood was in 1989."
    )
    found = findings(run("River bursts its banks", body, "2019-05-01T00:00:00"), CODE)
    assert len(found) == 1


def test_last_one_takes_the_claim_before(run):
    body = (
        "It was the first eruption on the island in twelve years, scientists said. The last one was in 2007."
    )
    assert findings(run("Volcano erupts", body, "2019-05-01T00:00:00"), CODE) == []
