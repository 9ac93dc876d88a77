"""Counts and readability of the body."""

from __future__ import annotations

import re

import textstat
from spacy.language import Language
from spacy.tokens import Doc

WORDS_PER_MINUTE = 230
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


def readability(text: str) -> dict[str, float | None]:
    if not any(ch.isalpha() for ch in text):
        return {
            "flesch_reading_ease": None,
            "flesch_kincaid_grade": None,
            "gunning_fog": None,
            "smog_index": None,
        }
    return {
        "flesch_reading_ease": round(textstat.flesch_reading_ease(text), 1),
        "flesch_kincaid_grade": round(textstat.flesch_kincaid_grade(text), 1),
        "gunning_fog": round(textstat.gunning_fog(text), 1),
        "smog_index": round(textstat.smog_index(text), 1),
    }


class Stats:
    def __call__(self, doc: Doc) -> Doc:
        article = doc._.article
        body_start = article.body_start
        body_tokens = [t for t in doc if t.idx >= body_start]
        words = sum(1 for t in body_tokens if any(ch.isalnum() for ch in t.text))
        sentences = sum(1 for s in doc.sents if s.start_char >= body_start and s.text.strip())
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
