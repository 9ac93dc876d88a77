import pytest

from tests.conftest import assert_spans_exact, findings

CODE = "artifact.llm_leftover"
P1 = "The council approved the budget on Monday after a long debate."
P2 = "The mayor said the vote was a turning point for the city."


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("As an AI language model, I do not have opinions about local politics.", "disclaimer"),
        ("I'm sorry, but I cannot fulfil this request as it goes against my guidelines.", "refusal"),
        ("I am not capable of producing 1500 words on this subject.", "refusal"),
        ("Please note that my knowledge cutoff is 2021, so later events are missing.", "cutoff"),
        ("As of my last update, the final figures had not been released.", "cutoff"),
        ("Sure! Here's a news article about the budget vote:", "preamble"),
        ("Compose a 400-word story on the council budget.", "prompt"),
        ("Title: Council passes budget", "label"),
        ("Word count: 540", "label"),
        ("Let me know if you want me to make it shorter.", "offer"),
    ],
)
def test_assistant_lines_are_removed(run, line, kind):
    body = f"{P1}\n\n{line}\n\n{P2}"
    result = run("Budget passed", body)
    [f] = findings(result, CODE)
    assert (f["severity"], f["evidence"]["kind"], f["spans"][0]["text"]) == ("error", kind, line)
    assert f["suggestion"] == ""
    assert result["clean_body"] == f"{P1}\n\n{P2}"
    assert_spans_exact(result, "Budget passed", body)


def test_leftover_sentence_inside_a_paragraph(run):
    line = "I apologize, but I cannot browse the internet for newer figures."
    body = f"{P1} {line}\n\n{P2}"
    result = run("Budget", body)
    [f] = findings(result, CODE)
    assert f["spans"][0]["text"] == line
    assert result["clean_body"] == f"{P1}\n\n{P2}"


@pytest.mark.parametrize(
    "field", ["[Your Name]", "[insert date]", "{{city}}", "<company name>", "[CITY]", "____"]
)
def test_placeholders(run, field):
    body = f"The plant in {field} will close next year, the owners said.\n\n{P2}"
    [f] = findings(run("Plant", body), CODE)
    assert f["evidence"]["kind"] == "placeholder" and f["spans"][0]["text"] == field


def test_figure_placeholder_and_lorem_ipsum(run):
    body = f"Sales rose by XX million dollars last year.\n\nLorem ipsum dolor sit amet, consectetur.\n\n{P2}"
    texts = [f["spans"][0]["text"] for f in findings(run("Sales", body), CODE)]
    assert texts == ["XX", "Lorem ipsum dolor sit amet, consectetur."]


def test_markdown_is_unwrapped(run):
    body = f"### Background\n\n{P1} It was **the largest** budget.\n\n- The tax rose.\n- Fees fell."
    result = run("Budget", body)
    assert [f["evidence"]["kind"] for f in findings(result, CODE)] == ["markdown"] * 4
    assert (
        result["clean_body"] == f"Background\n\n{P1} It was the largest budget.\n\nThe tax rose.\nFees fell."
    )


def test_quoted_and_reported_speech_is_not_a_leftover(run):
    body = (
        '"As an AI language model, I cannot have feelings," the chatbot replied when reporters asked it.\n\n'
        '"I cannot comment on that," the minister said. "It was [the president] who decided," she added.\n\n'
        "Super Bowl XX was played in 1986. The company was founded in 1999."
    )
    assert findings(run("Chatbot", body), CODE) == []
