import pytest

from tests.conftest import findings

CODE = "date.weekday_mismatch"


@pytest.mark.parametrize(
    ("sentence", "published", "actual"),
    [
        ("The vote was held on Tuesday, February 3, 2025.", None, "Monday"),
        ("Talks began on Tuesday (March 6).", "2024-03-10", "Wednesday"),
        ("It ended on February 3, 2025, a Tuesday.", None, "Monday"),
        ("Fans met on Sun. 5 April.", "2025-04-20", "Saturday"),
        # right ones
        ("The vote was held on Friday 7 March 2025.", None, None),
        ("Fans met on Sat. 5 April.", "2025-04-20", None),
    ],
)
def test_weekday_against_its_date(run, sentence, published, actual):
    found = findings(run("Vote", sentence, published), CODE)
    if actual is None:
        assert found == []
        return
    [f] = found
    assert f["severity"] == "error" and f["evidence"]["weekday_actual"] == actual
    assert actual in f["suggestion"]


def test_right_weekdays_and_lone_weekdays_are_fine(run):
    body = (
        "The vote was held on Monday, February 3, 2025. On Monday the results came in. "
        "Talks began on Tuesday (March 5) and ended on Friday."
    )
    assert findings(run("Vote", body, "2024-03-10"), CODE) == []


def test_no_year_and_no_publication_day_is_not_compared(run):
    assert findings(run("Vote", "Talks began on Tuesday (March 6)."), CODE) == []
