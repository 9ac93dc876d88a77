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


def test_crash_near_a_city_and_in_another_country(run):
    title = "Bus crash kills four"
    body = (
        "The crash happened near Tver, investigators said. Four passengers died at the scene. "
        "News of the crash in Lithuania spread quickly."
    )
    found = findings(run(title, body, "2019-09-10T00:00:00"), CODE)
    assert len(found) == 1
    assert {s["text"] for s in found[0]["spans"]} == {"Tver", "Lithuania"}


def test_route_and_origin_are_not_the_events_place(run):
    title = "Rail strike halts trains"
    body = (
        "The strike began in Smolensk on Monday, the union said. "
        "Commuters travelling from Moscow to Smolensk were stranded by the strike. "
        "A Kaluga-born engineer who joined the strike said talks had failed."
    )
    assert findings(run(title, body, "2019-09-10T00:00:00"), CODE) == []


def test_hosted_by_and_held_in(run):
    title = "Ministers meet on fisheries"
    body = (
        "The summit was held in Oslo on Thursday, diplomats said. "
        "Talks ran late into the night. The summit, hosted by Chile, ended without a deal."
    )
    found = findings(run(title, body, "2019-09-10T00:00:00"), CODE)
    assert len(found) == 1
    assert {s["text"] for s in found[0]["spans"]} == {"Oslo", "Chile"}
