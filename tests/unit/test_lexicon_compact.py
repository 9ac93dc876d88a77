"""The lean WordNet reader of analysis/lexicon.py answers as nltk's stock reader does.

lexicon.py opens WordNet with nltk's reader minus its in-memory lemma index (looked up in
the sorted index files instead), minus the map for multilingual wordnets, and with a
bounded synset cache. Every public answer, and the reader's own `synsets`/`morphy`, are
compared here with nltk's stock `nltk.corpus.wordnet` over every other word and lemma (in
sorted order) that the 150 corpus articles and the seed produce.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import pytest
import spacy

from analysis import lexicon
from core.settings import Settings
from tests.conftest import load_news, seed_article

ONE_ARG = (
    "noun_lemma",
    "is_event_noun",
    "has_event_sense",
    "verb_of",
    "nouns_of",
    "is_classifying_adjective",
    "is_location_noun",
    "noun_kind",
    "verb_kind",
    "is_place_word",
    "_kinds",  # with _ancestors, all that same_kind and more_general read of a word
    "_ancestors",
)


@pytest.fixture(scope="module")
def words() -> list[str]:
    tagger = spacy.load(Settings.from_env().spacy_model, exclude=["parser", "ner"])
    texts = [a["title"] + "\n" + a["body"] for a in load_news()] + [seed_article().text]
    found: set[str] = set()
    for doc in tagger.pipe(texts):
        for token in doc:
            if token.is_alpha:
                found.update((token.text, token.text.lower(), token.lemma_))
    return sorted(found)


def _cached() -> list[Callable[..., Any]]:
    return [f for f in vars(lexicon).values() if hasattr(f, "cache_clear") and f is not lexicon.wordnet]


@contextmanager
def reading(reader: Any) -> Iterator[None]:
    """lexicon's functions with `reader` as their WordNet, caches emptied before and after."""
    saved = lexicon.wordnet
    for f in _cached():
        f.cache_clear()
    lexicon.wordnet = lambda: reader
    try:
        yield
    finally:
        lexicon.wordnet = saved
        for f in _cached():
            f.cache_clear()


def answers(reader: Any, words: list[str], events: list[str]) -> dict[str, Any]:
    with reading(reader):
        out: dict[str, Any] = {name: [getattr(lexicon, name)(w) for w in words] for name in ONE_ARG}
        # every other word given (every fourth corpus word) against each event noun: the pairs
        # walk the same synsets again
        out["more_general"] = [lexicon.more_general(w, e) for w in words[::2] for e in events]
        out["same_kind"] = [lexicon.same_kind(w, e) for w in events for e in events]
        for pos in ("n", "v", "a", "s", "r"):
            out[f"synsets {pos}"] = [[s.name() for s in reader.synsets(w, pos)] for w in words]
        out["morphy"] = [reader.morphy(w.lower(), "n") for w in words]
    return out


def test_lean_reader_answers_as_nltk(words: list[str]) -> None:
    from nltk.corpus import wordnet as stock

    lexicon.load()  # puts the offline copy on nltk's path
    stock.ensure_loaded()
    lean = lexicon.wordnet()
    assert type(lean) is not type(stock)  # the comparison is between two different readers
    with reading(stock):
        events = sorted({w.lower() for w in words if lexicon.is_event_noun(w)})[:60]
    assert len(words) > 5_000 and len(events) == 60
    # every other word of the sorted list (over 5,000; the lean reader looks each one up in the
    # files, about a millisecond a word)
    sample = words[::2]
    ours, theirs = answers(lean, sample, events), answers(stock, sample, events)
    for name in theirs:
        differ = [w for w, a, b in zip(sample, ours[name], theirs[name], strict=False) if a != b]
        assert ours[name] == theirs[name], (name, differ[:10])
    assert any(theirs["is_event_noun"]) and any(theirs["noun_kind"])


def test_lemma_index_is_nltks_for_every_lemma() -> None:
    """Every lemma of the four index files maps to the parts of speech and offsets nltk's
    own loader gives it (satellite adjectives included)."""
    from nltk.corpus import wordnet as stock

    lexicon.load()
    stock.ensure_loaded()
    lean = lexicon.wordnet()._lemma_pos_offset_map
    # nltk's map is a defaultdict: a look-up of a missing lemma may have added it, empty
    theirs = {lemma: entry for lemma, entry in stock._lemma_pos_offset_map.items() if entry}
    assert len(lean) == len(theirs) > 140_000
    for lemma, entry in theirs.items():
        assert lean[lemma] == entry, lemma
    assert "not-a-lemma-at-all" not in lean and lean["not-a-lemma-at-all"] == {}


def test_pointer_walks_answer_as_nltks_synsets(words: list[str]) -> None:
    """The walks that read pointers straight from the data files (kinds below a synset, kinds
    above a noun, similar adjectives, compass points) give what walking nltk's Synsets gives."""
    wn = lexicon.wordnet()

    def kinds_below_over(name: str, limit: int) -> bool:
        below = wn.synset(name).closure(lambda s: s.hyponyms())
        return sum(1 for _ in zip(below, range(limit + 1), strict=False)) > limit

    def names_a_kind_of(specific: str, general: str) -> bool:
        targets = set(wn.synsets(general, "n")[:2])
        return specific.lower() == general or any(
            s in targets or targets & set(s.closure(lambda x: x.hypernyms(), depth=4))
            for s in wn.synsets(specific, "n")[:8]
        )

    def similar(a: str, b: str) -> bool:
        near = {x for s in wn.synsets(a, "a") for x in (s, *s.similar_tos())}
        return a.lower() == b or any(s in near for s in wn.synsets(b, "a"))

    def direction(lemma: str) -> bool:
        return any(
            h.name() in ("cardinal_compass_point.n.01", "compass_point.n.01")
            for s in wn.synsets(lemma.lower(), "n")
            for h in s.closure(lambda x: x.hypernyms())
        )

    sample = words[::24]
    kinds = sorted(
        {h.name() for w in sample[::5] for s in wn.synsets(w, "n")[:1] for h in s.hypernym_paths()[0]}
    )
    generals = ("storm", "attack", "trophy", "election", "game", "festival", "fire", "disaster")
    cases = {
        "broad kind": [
            (lexicon._broad_kind(k), kinds_below_over(k, lexicon.MAX_KIND_HYPONYMS)) for k in kinds
        ],
        "names a kind of": [
            (lexicon.names_a_kind_of(w, g), names_a_kind_of(w, g)) for w in sample for g in generals
        ],
        "similar adjectives": [
            (lexicon.similar_adjectives(w, far), similar(w, far))
            for w in [*sample, "remote", "nearby", "faraway", "large", "huge"]
            for far in ("distant", "near", "big")
        ],
        "direction": [(lexicon.is_direction_noun(w), direction(w)) for w in words[::8]],
    }
    for name, pairs in cases.items():
        assert all(ours == theirs for ours, theirs in pairs), name
        assert any(theirs for _, theirs in pairs) and not all(theirs for _, theirs in pairs), name
