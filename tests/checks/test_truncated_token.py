import pytest

from tests.conftest import assert_spans_exact, findings

CODE = "artifact.truncated_token"


@pytest.mark.parametrize(
    "text, token",
    [
        ("The alliance lasted until the dissolution of the USSR in 199Since then, ties held.", "199Since"),
        ("The talks endedThe two leaders then left.", "endedThe"),
        ("Talks took place in MoscoThe delegation then flew home.", "MoscoThe"),
        ("He was reported to be in CaliforniHe later returned home.", "CaliforniHe"),
    ],
)
def test_glued_sentences_are_errors(run, text, token):
    result = run("Report", text)
    [f] = findings(result, CODE)
    assert f["spans"][0]["text"] == token
    assert f["severity"] == "error"
    assert_spans_exact(result, "Report", text)


def test_number_run_into_a_capitalised_word_is_a_warning(run):
    text = "The vote passed 230-to-19Historically, the department has not acted."
    [f] = findings(run("Vote", text), CODE)
    assert f["spans"][0]["text"] == "19Historically" and f["severity"] == "warning"


def test_name_run_into_a_truncated_word_is_a_warning(run):
    text = "Putin met officials. Talks began on MondaPutin said the deal was close."
    [f] = findings(run("Talks", text), CODE)
    assert f["spans"][0]["text"] == "MondaPutin" and f["severity"] == "warning"


def test_missing_space_after_full_stop(run):
    [f] = findings(run("Talks", "The meeting ended.The leaders left."), CODE)
    assert f["spans"][0]["text"] == "ended.The"


def test_real_tokens_are_not_glued(run):
    text = (
        "The iPhone and eBay, McDonald and MacArthur, a PhD, 3D printing, COVID-19, at 10am, 5G networks, "
        "flight MH17, the F-35, results for 2019Q3, the 49ers, LinkedIn, YouTube and JetBlue, DeWine and "
        "DeSantis, EastMed and EuroAsia, Neil deGrasse Tyson, mRNA vaccines, macOS, the A300s, H1N1, "
        "SpaceX, 7Up and the 1990s. Visit example.com today."
    )
    assert findings(run("Tokens", text), CODE) == []
