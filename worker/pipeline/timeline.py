"""Every date expression in the article, normalised (see `dates.normalise`).

Candidates are the NER's DATE entities plus "Month [day,] year" and "in/since
YEAR" patterns the small model sometimes misses. `event` is filled later by
the consistency checks.
"""

from __future__ import annotations

import re
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from worker.pipeline.dates import _MONTHS, DateValue, normalise

_PATTERNS = re.compile(
    rf"\b(?:(?:early|mid|late)[\s-]+)?(?:(?:{_MONTHS})\.?\s+(?:\d{{1,2}}(?:st|nd|rd|th)?,?\s+)?"
    rf"(?:1[5-9]\d\d|20\d\d)|(?<=\b(?:in|In) )(?:1[5-9]\d\d|20\d\d)|(?<=\b(?:since|Since) )"
    rf"(?:1[5-9]\d\d|20\d\d))\b"
)


def candidates(doc: Doc) -> list[tuple[int, int]]:
    spans = [(e.start_char, e.end_char) for e in doc.ents if e.label_ == "DATE"]
    taken = [False] * (len(doc.text) + 1)
    for s, e in spans:
        for i in range(s, e):
            taken[i] = True
    for m in _PATTERNS.finditer(doc.text):
        if not any(taken[m.start() : m.end()]):
            spans.append((m.start(), m.end()))
    return sorted(spans)


def entry(text: str, start: int, end: int, value: DateValue) -> dict[str, Any]:
    return {
        "text": text,
        "value": value.value,
        "granularity": value.granularity,
        "modifier": value.modifier,
        "event": None,
        "span": (start, end),
        "_date": value,  # removed when the result is built
    }


class Timeline:
    def __call__(self, doc: Doc) -> Doc:
        if not doc._.supported:
            return doc
        anchor = doc._.article.published_at
        timeline = []
        full = doc.text  # doc.text builds the whole string: once, not per date
        for start, end in candidates(doc):
            text = full[start:end]
            value = normalise(text, anchor)
            if value is not None:
                timeline.append(entry(text, start, end, value))
        doc._.timeline = timeline
        return doc


@Language.factory("copydesk_timeline")
def make_timeline(nlp: Language, name: str) -> Timeline:
    return Timeline()
