"""The pipeline's tokenizer: spaCy's own on ordinary text, linear on long runs without a space.

spaCy's tokenizer takes time in the square of a run's length when the run is made of prefixes
and suffixes (brackets, quote marks): a body of 10,000 brackets took 23 s before any component
ran. `analysis.nlp.BoundedTokenizer` cuts such runs into pieces first.
"""

from __future__ import annotations

import time

import pytest
import spacy

from analysis.nlp import LONG_RUN, BoundedTokenizer

RUNS = {
    "brackets": lambda n: "(" * (n // 2) + ")" * (n // 2),
    "quote marks": lambda n: "\u201c\u2018" * (n // 4) + "\u2019\u201d" * (n // 4),
    "a long address": lambda n: "https://example.org/" + "a1/b2?c=3&" * (n // 10),
}


@pytest.fixture(scope="module")
def bounded() -> BoundedTokenizer:
    return BoundedTokenizer(spacy.blank("en").tokenizer)


def test_the_pipeline_uses_it(nlp) -> None:
    assert isinstance(nlp.tokenizer, BoundedTokenizer)
    assert [t.text for t in nlp.make_doc("The Leeds by-election (in May).")] == [
        "The", "Leeds", "by-election", "(", "in", "May", ")", ".",
    ]  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "",
        "  ",
        "Plain words, (brackets) and \u201cquotes\u201d.\n\nA second\tparagraph ",
        "x" * LONG_RUN + " " + "(" * LONG_RUN,  # at the limit: untouched
    ],
)
def test_ordinary_text_is_tokenized_as_spacy_does(bounded, text: str) -> None:
    ours, theirs = bounded(text), bounded.tokenizer(text)
    assert [(t.text, t.whitespace_) for t in ours] == [(t.text, t.whitespace_) for t in theirs]


@pytest.mark.parametrize("name", list(RUNS))
def test_long_runs_keep_the_text_exactly(bounded, name: str) -> None:
    run = RUNS[name](3_000)
    text = f"Before it \n{run}\t{run[: LONG_RUN + 7]}  after it {run}"
    doc = bounded(text)
    assert doc.text == text
    assert all(len(t.text) <= LONG_RUN for t in doc)
    assert [t.text for t in doc[:3]] == ["Before", "it", "\n"]


def _cpu(bounded: BoundedTokenizer, text: str) -> float:
    best = float("inf")
    for _ in range(3):
        start = time.process_time()
        bounded(text)
        best = min(best, time.process_time() - start)
    return best


@pytest.mark.parametrize("name", ["brackets", "quote marks"])
def test_time_grows_in_proportion_to_the_run(bounded, name: str) -> None:
    """16 times the run, well under 16 * 4 times the CPU time (spaCy alone: about 256 times)."""
    short, long = RUNS[name](2_000), RUNS[name](32_000)
    t1, t16 = _cpu(bounded, short), _cpu(bounded, long)
    assert t16 / max(t1, 1e-4) < 16 * 4, (t1, t16)
