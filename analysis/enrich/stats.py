"""Counts and readability of the body.

Readability is textstat's (Flesch, Flesch–Kincaid, Gunning fog, SMOG), computed from
textstat's own building blocks with its per-word answers (syllables, difficult word)
memoised process-wide: textstat caches them for its last 128 words only, so every article
recounted every word. A unit test holds the figures equal to textstat's public functions.
"""

from __future__ import annotations

import re
from functools import lru_cache

import numpy as np
from spacy.attrs import IDX, IS_SPACE, ORTH, SENT_START
from spacy.language import Language
from spacy.tokens import Doc
from textstat.backend.counts import count_sentences, count_syllables
from textstat.backend.selections import list_words
from textstat.backend.utils import get_lang_cfg
from textstat.backend.validations import is_difficult_word

WORDS_PER_MINUTE = 230
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")

LANG = "en_US"  # textstat's default language, the one its public functions use
_WORD_CACHE = 50_000  # distinct words remembered (a few MB)
_syllables = lru_cache(maxsize=_WORD_CACHE)(lambda word: count_syllables(word, LANG))
_difficult = lru_cache(maxsize=_WORD_CACHE)(lambda word, threshold: is_difficult_word(word, threshold, LANG))


def readability(text: str) -> dict[str, float | None]:
    if not any(ch.isalpha() for ch in text):
        return {
            "flesch_reading_ease": None,
            "flesch_kincaid_grade": None,
            "gunning_fog": None,
            "smog_index": None,
        }
    # the same quantities, in the same order of operations, as textstat's metrics
    words = list_words(text)
    sentences = count_sentences(text)
    per_sentence = len(words) / sentences if sentences else 0.0
    syllables = sum(_syllables(w) for w in list_words(text, lowercase=True))
    per_word = syllables / len(words) if words else 0.0
    if per_sentence == 0 or per_word == 0:
        ease = grade = 0.0
    else:
        ease = (
            get_lang_cfg(LANG, "fre_base")
            - get_lang_cfg(LANG, "fre_sentence_length") * per_sentence
            - get_lang_cfg(LANG, "fre_syll_per_word") * per_word
        )
        grade = (0.39 * per_sentence) + (11.8 * per_word) - 15.59
    threshold = int(get_lang_cfg(LANG, "syllable_threshold"))
    difficult = sum(_difficult(w, threshold) for w in words)
    fog = 0.4 * (per_sentence + 100 * difficult / len(words)) if words else 0.0
    polysyllables = sum(_syllables(w) >= 3 for w in words)
    smog = (1.043 * (30 * (polysyllables / sentences)) ** 0.5) + 3.1291 if sentences else 0.0
    return {
        "flesch_reading_ease": round(ease, 1),
        "flesch_kincaid_grade": round(grade, 1),
        "gunning_fog": round(fog, 1),
        "smog_index": round(smog, 1),
    }


def _has_alnum(text: str) -> bool:
    return any(ch.isalnum() for ch in text)


def body_counts(doc: Doc, body_start: int) -> tuple[int, int]:
    """Words (tokens with a letter or digit) and non-blank sentences of the body.

    From the Doc's arrays, not Token and Span objects: each distinct token text is tested once.
    """
    if not len(doc):
        return 0, 0
    array = doc.to_array([IDX, ORTH, IS_SPACE, SENT_START])  # uint64: SENT_START -1 wraps
    orths, counts = np.unique(array[array[:, 0] >= body_start, 1], return_counts=True)
    strings = doc.vocab.strings
    words = sum(
        n for orth, n in zip(orths.tolist(), counts.tolist(), strict=True) if _has_alnum(strings[orth])
    )
    if not doc.has_annotation("SENT_START"):
        return words, sum(1 for _ in doc.sents)  # raises as Doc.sents does
    starts = array[:, 3] == 1
    starts[0] = True
    sentence = np.cumsum(starts) - 1
    solid = np.bincount(sentence, weights=array[:, 2] == 0) > 0  # has a token that is not all space
    sentences = int(np.count_nonzero(solid & (array[starts, 0] >= body_start)))
    return words, sentences


class Stats:
    def __call__(self, doc: Doc) -> Doc:
        article = doc._.article
        words, sentences = body_counts(doc, article.body_start)
        paragraphs = sum(1 for p in _PARAGRAPH_BREAK.split(article.body) if p.strip())
        doc._.stats = {
            "words": words,
            "sentences": sentences,
            "paragraphs": paragraphs,
            "reading_time_s": round(words * 60 / WORDS_PER_MINUTE),
            "readability": readability(article.body) if doc._.supported else {},
        }
        return doc


@Language.factory("copydesk_stats")
def make_stats(nlp: Language, name: str) -> Stats:
    return Stats()
