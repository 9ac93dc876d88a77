from __future__ import annotations

from tests.conftest import assert_spans_exact, findings

CODE = "date.event_conflict"


def test_visit_given_two_dates(run):
    title = "Macron visits Japan"
    body = (
        "French President Emmanuel Macron began a visit to Japan on 12 March 2024. "
        "He met the prime minister in Tokyo. Macron's visit to Japan in July 2023 focused on trade."
    )
    r = run(title, body)
    found = findings(r, CODE)
    assert len(found) == 1
    assert sorted(s["text"] for s in found[0]["spans"]) == ["12 March 2024", "July 2023"]
    assert found[0]["severity"] == "error"
    assert set(found[0]["evidence"]["values"]) == {"2024-03-12", "2023-07"}
    assert_spans_exact(r, title, body)


def test_took_place_on_other_date(run):
    title = "Explosion destroys factory in Lyon"
    body = (
        "An explosion destroyed a chemical factory in Lyon on 4 May 2021, killing three workers. "
        "Firefighters worked through the night. The explosion took place on 9 September 2020."
    )
    found = findings(run(title, body), CODE)
    assert len(found) == 1
    # the NER reads "9 September 2020" as "September 2020" (core timeline): either way it conflicts
    assert any("September 2020" in s["text"] for s in found[0]["spans"])


def test_other_events_dates_are_not_conflicts(run):
    title = "Putin visits Pyongyang"
    body = (
        "Russian President Vladimir Putin began a visit to Pyongyang on 19 June 2024. "
        "Boris Yeltsin's visit to Pyongyang in August 1991 was the last by a Kremlin leader. "
        "The Korean War (1950-1953) shaped the alliance. In 2013 the two countries held talks. "
        "The previous visit in 2000 was brief."
    )
    assert findings(run(title, body), CODE) == []


def test_compatible_dates_are_not_conflicts(run):
    title = "Biden visits Kenya"
    body = (
        "US President Joe Biden began a visit to Kenya on 5 May 2025. "
        "The visit in May 2025 was his first to Africa. The visit in 2025 drew crowds."
    )
    assert findings(run(title, body), CODE) == []


def test_since_dates_are_not_event_dates(run):
    title = "Pope visits Iraq"
    body = (
        "Pope Francis began a visit to Iraq on 5 March 2021. It is the first papal visit since 1999 "
        "and the visit after 2003 that officials had planned."
    )
    assert findings(run(title, body), CODE) == []
