from __future__ import annotations

from tests.conftest import assert_spans_exact, findings

CODE = "place.event_conflict"


def test_visit_in_two_countries(run):
    title = "Putin visits North Korea"
    body = (
        "Russian President Vladimir Putin began a visit to North Korea on Wednesday. "
        "Putin's visit to Pyongyang included a parade. Putin's visit to North Korea ended with a "
        "banquet. During Putin's visit to South Korea, the leaders signed deals."
    )
    r = run(title, body)
    found = findings(r, CODE)
    assert len(found) == 1
    texts = [s["text"] for s in found[0]["spans"]]
    assert "South Korea" in texts and "Pyongyang" not in texts
    assert found[0]["suggestion"] == "North Korea"
    assert_spans_exact(r, title, body)


def test_city_in_country_is_no_conflict(run):
    title = "Macron visits Japan"
    body = (
        "Emmanuel Macron began a visit to Japan on Monday. Macron's visit to Tokyo included talks. "
        "The visit to Osaka ended with a dinner. Macron's visit to Japan was his third."
    )
    assert findings(run(title, body), CODE) == []


def test_other_events_other_places(run):
    title = "Biden visits Kenya"
    body = (
        "Joe Biden began a visit to Kenya on Monday. The visit to Nairobi included a speech. "
        "Obama's visit to Ghana in 2009 was recalled. Protests in France were unrelated."
    )
    assert findings(run(title, body), CODE) == []


def test_tour_of_several_countries(run):
    title = "Pope begins tour of Asia"
    body = (
        "Pope Francis began a tour of Asia on Monday. The tour to Japan and Thailand lasts a week. "
        "The tour to Japan was planned for years."
    )
    assert findings(run(title, body), CODE) == []
