"""The event model's sentence table (analysis/events/syntax.py `index_sentences`) answers
`Token.sent`, `Span.sent` and `sent_tokens` exactly as spaCy's own sentence boundaries do."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from analysis.events.syntax import index_sentences, sent_tokens


def _doc() -> Doc:
    words = ["The", "fire", "began", "at", "dawn", ".", "It", "spread", ".", "Crews", "came", "."]
    starts = [True, False, False, False, False, False, True, False, False, True, False, False]
    return Doc(spacy.blank("en").vocab, words=words, sent_starts=starts)


def test_the_table_gives_the_sentences_spacy_gives():
    plain, indexed = _doc(), _doc()
    index_sentences(indexed)
    assert "sent" in indexed.user_token_hooks
    for a, b in zip(plain, indexed, strict=True):
        assert (a.sent.start, a.sent.end) == (b.sent.start, b.sent.end)
        assert (
            [t.i for t in sent_tokens(a)]
            == [t.i for t in sent_tokens(b)]
            == list(range(a.sent.start, a.sent.end))
        )
    for start, end in ((0, 2), (6, 8), (5, 7)):  # a span across a boundary: its first sentence
        assert (plain[start:end].sent.start, plain[start:end].sent.end) == (
            indexed[start:end].sent.start,
            indexed[start:end].sent.end,
        )


def test_a_copy_of_an_indexed_doc_answers_from_its_own_sentences():
    """Doc.copy takes the hooks along; the copy's sentences are its own, not the original's."""
    doc = _doc()
    index_sentences(doc)
    copy = doc.copy()
    assert copy[7].sent.doc is copy and (copy[7].sent.start, copy[7].sent.end) == (6, 9)
    assert all(t.doc is copy for t in sent_tokens(copy[10]))
    assert copy[0:2].sent.doc is copy
    assert doc[7].sent.doc is doc


def test_a_doc_without_sentence_boundaries_is_left_alone():
    doc = Doc(spacy.blank("en").vocab, words=["no", "boundaries"])
    index_sentences(doc)
    assert "sent" not in doc.user_token_hooks
