"""The event model's per-Doc token tables (analysis/events/syntax.py) answer as spaCy does:
`children_of` as `Token.children`, `doc_tokens` as the Doc's tokens (each attribute it reads
once as the token's own), `_is_plural` and `lemma_positions` as reading each token's tag,
morphology and lemma, `words_under` as reading `Token.subtree`."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from analysis.events.syntax import (
    _hyphen_chain,
    _is_plural,
    children_of,
    doc_tokens,
    lemma_positions,
    words_under,
)


def _doc() -> Doc:
    # "Crews said the fires at the depots began early ." (heads as absolute indexes)
    words = ["Crews", "said", "the", "fires", "at", "the", "depots", "began", "early", "."]
    heads = [1, 1, 3, 7, 3, 6, 4, 1, 7, 1]
    deps = ["nsubj", "ROOT", "det", "nsubj", "prep", "det", "pobj", "ccomp", "advmod", "punct"]
    tags = ["NNS", "VBD", "DT", "NNS", "IN", "DT", "NN", "VBD", "RB", "."]
    morphs = ["", "", "", "", "", "", "Number=Plur", "", "", ""]  # (a tag and a morphology that disagree)
    lemmas = ["Crew", "say", "the", "fire", "at", "the", "depot", "begin", "early", "."]
    pos = ["NOUN", "VERB", "DET", "NOUN", "ADP", "DET", "NOUN", "VERB", "ADV", "PUNCT"]
    ents = ["B-ORG", "O", "O", "O", "O", "O", "O", "O", "B-DATE", "O"]
    return Doc(
        spacy.blank("en").vocab,
        words=words,
        heads=heads,
        deps=deps,
        tags=tags,
        morphs=morphs,
        lemmas=lemmas,
        pos=pos,
        ents=ents,
    )


def test_children_are_spacys_in_text_order():
    doc = _doc()
    for tok in doc:
        assert [c.i for c in children_of(tok)] == [c.i for c in tok.children]
    assert [c.text for c in children_of(doc[1])] == ["Crews", "began", "."]
    assert not children_of(doc[2])


def test_doc_tokens_read_what_spacys_tokens_read():
    doc = _doc()
    for own, tok in zip(doc_tokens(doc), doc, strict=True):
        assert own == tok and hash(own) == hash(tok) and own.doc is doc
        for name in ("i", "text", "lower_", "lemma_", "pos_", "tag_", "dep_", "ent_type_", "idx", "is_title"):
            assert getattr(own, name) == getattr(tok, name), name
        assert own.head == tok.head and own.head is doc_tokens(doc)[tok.head.i]
    assert [t.ent_type_ for t in doc_tokens(doc)][:2] == ["ORG", ""]
    assert doc_tokens(doc)[3].lower_ == "fires" and doc_tokens(doc)[3].lemma_ == "fire"


def test_a_copy_of_the_doc_reads_its_own_tokens():
    doc = _doc()
    children_of(doc[1])
    copy = doc.copy()
    assert all(c.doc is copy for c in children_of(copy[1]))
    assert all(t.doc is copy for t in doc_tokens(copy))
    assert [t.i for t in doc_tokens(copy)] == list(range(len(doc)))
    assert all(c.doc is doc for c in children_of(doc[1]))


def test_plurals_come_from_the_tag_or_the_morphology():
    doc = _doc()
    assert [t.i for t in doc_tokens(doc) if _is_plural(t)] == [0, 3, 6]
    assert [t.i for t in doc if _is_plural(t)] == [0, 3, 6]  # (spaCy's own tokens too)


def test_lemma_positions_match_the_lemma_in_any_usual_case():
    doc = _doc()
    assert lemma_positions(doc, frozenset({"crew", "depot"})) == frozenset({0, 6})
    assert lemma_positions(doc, frozenset({"scene"})) == frozenset()


def test_words_under_a_phrase_are_those_of_its_subtree():
    doc = _doc()
    for words in (frozenset({"the"}), frozenset({"the", "early"}), frozenset({"crews"}), frozenset({"none"})):
        for tok in doc:
            want = [t.i for t in tok.subtree if t.lower_ in words]
            assert [t.i for t in words_under(tok, words)] == want
            assert [t.i for t in words_under(doc_tokens(doc)[tok.i], words)] == want


def test_hyphen_chains_are_the_words_a_split_hyphenated_word_is_made_of():
    # "a sit-in and a mother-in-law - then" (the last hyphen stands apart)
    words = ["a", "sit", "-", "in", "and", "a", "mother", "-", "in", "-", "law", "-", "then"]
    spaces = [True, False, False, True, True, True, False, False, False, False, True, True, False]
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=spaces)
    chains = [_hyphen_chain(t) for t in doc_tokens(doc)]
    assert chains == [
        None,
        (1, 4),
        None,
        (1, 4),
        None,
        None,
        (6, 11),
        None,
        (6, 11),
        None,
        (6, 11),
        None,
        None,
    ]
    assert [_hyphen_chain(t) for t in doc] == chains  # (spaCy's own tokens too)
