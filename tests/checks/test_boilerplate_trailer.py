import pytest

from tests.conftest import assert_spans_exact, findings

CODE = "artifact.boilerplate_trailer"
P1 = "The company reported record profits on Thursday."
P2 = "Shares rose 4 percent in early trading."


@pytest.mark.parametrize(
    "line",
    [
        "video",
        "ADVERTISEMENT",
        "Read More »",
        "Share this article",
        "Share on Facebook",
        "Click here to subscribe",
        "We use cookies to improve your experience. Accept all cookies",
        "Sign up for our daily newsletter",
        "Story continues below advertisement",
        "READ MORE: Markets rally after rate decision",
        "Skip Advertisement",
    ],
)
def test_furniture_between_paragraphs_and_at_the_end(run, line):
    for body in (f"{P1}\n\n{line}\n\n{P2}", f"{P1}\n\n{P2}\n\n{line}"):
        result = run("Profits", body)
        [f] = findings(result, CODE)
        assert f["severity"] == "error"
        assert f["spans"][0]["text"] == line
        assert_spans_exact(result, "Profits", body)
        assert result["clean_body"] == f"{P1}\n\n{P2}"


@pytest.mark.parametrize(
    "line", ["Photo: Reuters", "(Getty Images)", "AP Photo/Evan Vucci", "Image copyright AFP"]
)
def test_standalone_credits_are_warnings(run, line):
    [f] = findings(run("Profits", f"{P1}\n\n{line}\n\n{P2}"), CODE)
    assert f["severity"] == "warning"


def test_the_same_words_inside_sentences_are_not_furniture(run):
    body = (
        "A video shared online showed the crash.\n\n"
        "Read more about the investigation in the agency's report, officials said.\n\n"
        "The advertisement campaign cost $2 million.\n\n"
        "Video shows the moment the bridge collapsed\n\n"
        "Share prices fell."
    )
    assert findings(run("Crash", body), CODE) == []
