import pytest

from tests.conftest import assert_spans_exact, findings

CODE = "number.conflict"


@pytest.mark.parametrize(
    ("title", "body", "quantity", "severity"),
    [
        (
            "Seven dead in factory fire",
            "A fire at a factory killed seven people on Monday.\n\nNine people were killed in the blaze.",
            "dead",
            "error",
        ),
        (
            "Fire",
            "Seven people died in the fire.\n\nThe fire left 12 people injured. In all, 15 were injured.",
            "injured",
            "error",
        ),
        ("Fire", "At least seven people died in the fire.\n\nNine people were killed.", "dead", "warning"),
        ("Actor Ann Lee dies at 97", "Ann Lee, the actor, died on Monday aged 95.", "age", "error"),
        ("Actor", "Ann Lee, 95, died on Monday.\n\nThe 97-year-old Lee had been ill.", "age", "error"),
        (
            "Talks",
            "The visit ended a 24-year gap.\n\nThe gap of 23 years was long.",
            "duration:year",
            "error",
        ),
        ("Fine", "The firm was fined $5 million.\n\nThe $6 million fine was the largest.", "money$", "error"),
        ("Vote", "John Smith won 5,120 votes.\n\nSmith received 5,210 votes in the count.", "votes", "error"),
    ],
)
def test_one_quantity_two_values(run, title, body, quantity, severity):
    result = run(title, body)
    [f] = findings(result, CODE)
    assert (f["evidence"]["quantity"], f["severity"]) == (quantity, severity)
    assert len(f["spans"]) == 2
    assert_spans_exact(result, title, body)


@pytest.mark.parametrize(
    "body",
    [
        "Seven people died in the fire on Monday. Later the death toll rose to nine.",
        "Seven people died in the fire. Another nine people were killed in a separate blaze.",
        "Twenty-four people were injured. 24 were injured in total.",
        "Seven people died, police said. The rebels claimed nine people were killed.",
        "Senators serve six-year terms. Members of the House serve two-year terms.",
        "Seven people died. Four children were among the dead.",
        "Ann Lee, 95, died on Monday. When she was 40, Lee moved to Paris.",
        "Turnover was $5 million in 2019. Turnover reached $7 million in 2020.",
    ],
)
def test_updates_parts_sources_and_other_things_are_not_conflicts(run, body):
    assert findings(run("Story", body), CODE) == []
