import json
import re

import pytest

from analysis.checks.truncated_token import ALLOW
from tests.conftest import NEWS_DIR, assert_spans_exact, findings

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


def test_numbers_units_and_codes_are_not_glued(run):
    text = (
        "A PhD, 3D printing, COVID-19, at 10am, 5G networks, flight MH17, the F-35, results for 2019Q3, "
        "the 49ers, Neil deGrasse Tyson, mRNA vaccines, macOS, the A300s, H1N1 and the 1990s. "
        "Visit example.com today."
    )
    assert findings(run("Tokens", text), CODE) == []


# real Wikinews sentences (tests/data/news/<id>.json) whose names look glued: none of these
# names is on the check's allow-list, so only the check's rules keep them quiet
CORPUS_NAMES = {
    "0002": "McCarthy",
    "0013": "McArthur",
    "0020": "NGOs",
    "0029": "UpGuard",
    "0034": "JWs",
    "0037": "JarHeads",
    "0042": "LaToya",
    "0053": "McMaster",
    "0075": "PolitiFact",
    "0088": "JetBlue",
    "0103": "EuroAfrica",
    "0104": "TurkStream",
    "0112": "LaHood",
    "0128": "EastAfrican",
    "0134": "HomePlus",
}


def corpus_sentence(article_id: str, name: str) -> str:
    body = json.loads((NEWS_DIR / f"{article_id}.json").read_text(encoding="utf-8"))["body"]
    return next(s for s in re.split(r"(?<=[.!?])\s+", body) if name in s)


def test_real_names_from_the_corpus_are_not_glued(run):
    assert not set(CORPUS_NAMES.values()) & ALLOW
    text = "\n\n".join(corpus_sentence(i, name) for i, name in CORPUS_NAMES.items())
    assert findings(run("Tokens", text), CODE) == []


def test_a_three_part_name_is_at_most_a_warning(run):
    # a known false positive (0067): "RealClearPolitics" reads as "Real" + "ClearPolitics"
    found = findings(run("Polls", corpus_sentence("0067", "RealClearPolitics")), CODE)
    assert all(f["severity"] != "error" for f in found)
