"""The stats component's shortcuts give the same figures as the slow, obvious way.

Readability must equal textstat's public functions; word and sentence counts must equal
counting Token and Span objects, on the corpus, the seed and awkward texts.
"""

from __future__ import annotations

import random

import pytest
import textstat

from analysis.article import Article
from analysis.enrich.stats import body_counts, readability
from analysis.nlp import make_article_doc
from tests.conftest import load_news, seed_article

AWKWARD = [
    "",
    "   \n\n  ",
    "One.",
    "No full stop at all",
    "It's the rock'n'roll 'era' of ’95 — isn't it? Yes!! ... e.g. U.S.A. 3.5% rise.",
    "Extraordinarily unconstitutional internationalisation notwithstanding, incomprehensibility.",
    "a b c d e f g",
    "Ünïcödé wörds, 日本語 text, and Ελληνικά.",
]


def _random_texts(count: int) -> list[str]:
    rng = random.Random(7)
    words = [
        "the",
        "cat",
        "extraordinary",
        "it's",
        "'quoted'",
        "U.N.",
        "3.5",
        "—",
        "!",
        "?",
        ".",
        "\n\n",
        "Éclair",
    ]
    return [" ".join(rng.choice(words) for _ in range(rng.randint(0, 60))) for _ in range(count)]


def _texts() -> list[str]:
    return [a["body"] for a in load_news()] + [seed_article().body] + AWKWARD + _random_texts(200)


def _textstat(text: str) -> dict[str, float | None]:
    if not any(ch.isalpha() for ch in text):
        return readability(text)  # no letters: no figures, by definition
    return {
        "flesch_reading_ease": round(textstat.flesch_reading_ease(text), 1),
        "flesch_kincaid_grade": round(textstat.flesch_kincaid_grade(text), 1),
        "gunning_fog": round(textstat.gunning_fog(text), 1),
        "smog_index": round(textstat.smog_index(text), 1),
    }


@pytest.mark.parametrize("repeat", [1, 2])  # the second time, every word comes from the cache
def test_readability_is_textstats(repeat):
    for text in _texts():
        assert readability(text) == _textstat(text), text


def test_body_counts_match_tokens_and_sentences(nlp):
    articles = [Article(title=a["title"], body=a["body"]) for a in load_news()[:40]]
    articles += [seed_article()] + [Article(title="A title", body=t) for t in AWKWARD + _random_texts(20)]
    for article in articles:
        doc = nlp.get_pipe("parser")(
            nlp.get_pipe("tok2vec")(nlp.get_pipe("copydesk_title_boundary")(make_article_doc(nlp, article)))
        )
        start = article.body_start
        words = sum(1 for t in doc if t.idx >= start and any(ch.isalnum() for ch in t.text))
        sentences = sum(1 for s in doc.sents if s.start_char >= start and s.text.strip())
        assert body_counts(doc, start) == (words, sentences), article.body
