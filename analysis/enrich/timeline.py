"""Every date expression in the article, normalised (see `dates.normalise`).

Candidates are the NER's DATE entities plus "Month [day,] year", "in/since
YEAR", "day Month" and holiday patterns the small model sometimes misses. `event` is filled later by
the consistency checks.
"""

from __future__ import annotations

import re
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from analysis.dates import HOLIDAY_NAMES, MONTHS, YEAR, DateValue, normalise
from analysis.text import text_of

_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_PATTERNS = re.compile(
    rf"\b(?:(?:early|mid|late)[\s-]+)?(?:(?:{_DAY}\s+(?:of\s+)?)?(?:{MONTHS})\.?\s+(?:{_DAY},?\s+)?{YEAR}"
    rf"|(?<=\b(?:in|In) ){YEAR}|(?<=\b(?:since|Since) ){YEAR}"
    # "the weekend of 10 August" (the NER splits it into "the weekend" and "August")
    rf"|(?:[Tt]he\s+)?weekend\s+of\s+{_DAY}\s+(?:of\s+)?(?:{MONTHS})(?:\s+{YEAR})?"
    # "the summer of 2022" (the NER may leave the year out: "the summer of")
    rf"|(?:(?:early|mid|late)[\s-]+)?(?:[Tt]he\s+)?(?:spring|summer|autumn|fall|winter)\s+(?:of\s+)?{YEAR}"
    # "a fortnight ago", "two weeks ago" (the NER may miss them)
    rf"|\b(?:[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|\d+)\s+(?:days?|weeks?|fortnights?)\s+ago"
    # a day before a month, no year: "the 9 May launch" (the small NER tags "9" a number)
    rf"|(?<![\d.,])\b{_DAY}\s+(?:of\s+)?(?:{MONTHS})"
    # a holiday, capitalised (the NER tags "New Year's Day" an event, "Easter" a place)
    rf"|(?=[A-Z])(?i:{HOLIDAY_NAMES})(?:,?\s+{YEAR})?)\b"
)
# a TIME entity that names its day is a date: "Tuesday night", "this morning", "last night"
# (not "8.30am", "three hours")
_DAY_OF_TIME = re.compile(
    r"\b(?:yesterday|today|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|this\s+(?:morning|afternoon|evening)|last\s+night)\b",
    re.IGNORECASE,
)


# "late in October", "early in 2019": a part of the date the NER leaves out of it ("October")
_PART_BEFORE = re.compile(r"\b(early|late)\s+in\s+$", re.IGNORECASE)
_TAIL = re.compile(r"[\s,]+(?:after|before|until|since|and|or|to|of|amid|following)\b.*$", re.IGNORECASE)


def candidates(doc: Doc) -> list[tuple[int, int]]:
    """NER dates, and pattern matches that cover no NER date or more of the same one
    ("9 September 2020" where the model saw only "September 2020")."""
    text = text_of(doc)
    spans = [
        (e.start_char, e.end_char)
        for e in doc.ents
        if e.label_ == "DATE" or (e.label_ == "TIME" and _DAY_OF_TIME.search(e.text))
    ]
    owner = [-1] * (len(text) + 1)  # the NER span covering each character
    for n, (s, e) in enumerate(spans):
        for i in range(s, e):
            owner[i] = n
    dropped: set[int] = set()
    found = []
    for m in _PATTERNS.finditer(text):
        covered = {owner[i] for i in range(m.start(), m.end()) if owner[i] >= 0}
        if all(m.start() <= spans[n][0] and spans[n][1] <= m.end() for n in covered):
            dropped |= covered
            found.append((m.start(), m.end()))
    return sorted([s for n, s in enumerate(spans) if n not in dropped] + found)


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
        full = text_of(doc)
        for start, end in candidates(doc):
            text = full[start:end]
            value = normalise(text, anchor)
            if value is None:
                # the NER ran a date into what follows: "12 May after weeks" -> "12 May"; or into
                # the noun it names: "the 15 July cyberattack two weeks later" -> "15 July"
                cut = _TAIL.search(text)
                opening = _PATTERNS.match(text)
                if cut is not None and cut.start() > 0:
                    at = cut.start()
                elif opening is not None and opening.end() < len(text):
                    at = opening.end()
                else:
                    at = None
                if at is not None:
                    end = start + at
                    text = full[start:end]
                    value = normalise(text, anchor)
                inner = _PATTERNS.search(text) if value is None else None
                if inner is not None and inner.start() > 0:
                    # or ran the noun before it into the date: "the walkout on January 21, 2019"
                    start, end = start + inner.start(), start + inner.end()
                    text = full[start:end]
                    value = normalise(text, anchor)
            part = _PART_BEFORE.search(full, max(0, start - 12), start)
            word = doc.char_span(part.start(), part.end(1)) if part else None
            # (not "late" said of someone: "he was late in October with the rent")
            if (
                value is not None
                and word
                and word.root.dep_ != "acomp"
                and value.modifier is None
                and (whole := normalise(f"{part.group(1)} {text}", anchor)) is not None
            ):
                start, text, value = part.start(), full[part.start() : end], whole
            if value is not None:
                if text.endswith(("'s", "’s")):
                    end, text = end - 2, text[:-2]  # "last Monday's": the date, not its possessive
                timeline.append(entry(text, start, end, value))
        doc._.timeline = timeline
        return doc


@Language.factory("copydesk_timeline")
def make_timeline(nlp: Language, name: str) -> Timeline:
    return Timeline()
