import pytest

from tests.conftest import findings

CODE = "date.after_publication"
PUBLISHED = "2023-02-26"


@pytest.mark.parametrize(
    "sentence",
    [
        "The actor died on March 26 in hospital.",
        "The actor, who died March 26, was 80.",
        "The bridge has collapsed on 3 March, officials said.",
        "On March 5, the protesters marched through the city.",
        "The summit was held on April 3, 2023.",
    ],
)
def test_past_events_dated_after_publication(run, sentence):
    [f] = findings(run("News", sentence, PUBLISHED), CODE)
    assert f["severity"] == "error" and f["evidence"]["published_at"] == PUBLISHED


@pytest.mark.parametrize(
    "sentence",
    [
        "The festival will take place on 12 April.",
        "Elections are scheduled for March 26.",
        "He said he would resign on March 30.",
        "The summit is expected to open on 2 April.",
        "Officials plan to reopen the bridge on 15 March.",
        "The plant did not close on April 3.",
        "The fire broke out on February 20 and burned for days.",
        "In 2022, the council voted on March 10 to close the plant.",
        "The bridge reopened on Monday.",
        "The actor died on March 26, 2022.",
    ],
)
def test_future_planned_negated_and_earlier_events_are_fine(run, sentence):
    assert findings(run("News", sentence, PUBLISHED), CODE) == []


def test_a_december_date_in_january_means_the_last_december(run):
    assert findings(run("News", "The fire broke out on December 28.", "2023-01-03"), CODE) == []


def test_a_month_counted_from_the_year_keeps_its_year(run):
    # "last October" in September is the October a year before, not the one ahead
    assert (
        findings(run("News", "The journalist was killed last October in Istanbul.", "2019-09-29"), CODE) == []
    )
    assert findings(run("News", "The mill closed in October last year.", "2019-09-29"), CODE) == []


def test_no_publication_date_no_finding(run):
    assert findings(run("News", "The actor died on March 26, 2030."), CODE) == []
