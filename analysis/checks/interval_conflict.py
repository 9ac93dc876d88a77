"""date.interval_conflict: statements about when an event last happened that disagree.

Each of these says when the previous occurrence of an event was, as a range of years
on one timeline:
- "first visit in 24 years", "first ... in twenty-four years" -> the event's year
  minus 24 (±1; "more than N" means at least N years, "nearly/about N" widens the
  range); number words are read by text2num;
- "first ... since 2005", "for the first time since the 2005 election" -> 2005;
- "first ... since the end of the Cold War" -> 1989-1991, from the reference table in
  `data/reference_events.json`;
- "the last time was in 1998", "last hosted the games in 1998" -> 1998;
- "24 years after the last visit" -> the event's year minus 24.
The event's year comes from the dates of the article's main event (see
`analysis.events`), else from the publication date, else from the latest date the
article gives. Claims are compared only when they speak of the same kind of event:
the event noun after "first"/"last" (nouns of one specific WordNet kind are one
kind), else the sentence's event noun, else the main event. A claim in a sentence
about another instance ("Yeltsin's visit ...") is left out. When two claims' ranges
do not overlap, one finding per kind covers them all, headline included.

Severity: `error` when the ranges lie 5 or more years apart, else `warning`.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from analysis import lexicon
from analysis.dates import YEAR
from analysis.events import event_lemma, events, main_event
from analysis.findings import Finding, report

CODE = "date.interval_conflict"
DATA = Path(__file__).resolve().parent / "data" / "reference_events.json"

# a count in digits or words; the words only have to look like number words here, text2num reads them
_NUMBER_WORD = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty"
    r"|sixty|seventy|eighty|ninety|hundred)"
)
_NUM = rf"(?:\d{{1,3}}|half a|an?|{_NUMBER_WORD}(?:[- ]{_NUMBER_WORD}){{0,2}})"
_QUAL = (
    r"(?P<qual>more than|over|nearly|almost|about|around|some|roughly|at least|close to|less than|under"
    r"|just over|just under|well over)\s+"
)
_UNIT = r"(?P<unit>years?|decades?|century|centuries)"
_IN_YEARS = re.compile(
    rf"\bfirst\b(?P<mid>[^.;:!?\n]{{0,100}}?)\b(?:in|for)\s+(?:the\s+(?:past|last)\s+)?(?:{_QUAL})?"
    rf"(?P<n>{_NUM})\s+{_UNIT}\b",
    re.IGNORECASE,
)
_SINCE = re.compile(
    r"\bfirst\b(?P<mid>[^.;:!?\n]{0,120}?)\bsince\s+(?P<ref>[^.;:!?,\n]{1,60})",
    re.IGNORECASE,
)
_LAST = re.compile(
    rf"\b(?:the\s+)?(?:last|previous|prior)\s+(?P<mid>(?:[a-z]+\s+){{0,4}}?)"
    rf"(?:was|were|came|took place|happened|occurred|[a-z]+ed|held|met|won|saw|went|hosted|visited)\b"
    rf"[^.;:!?\n]{{0,60}}?\bin\s+(?P<year>{YEAR})\b",
    re.IGNORECASE,
)
_AFTER = re.compile(
    rf"\b(?:{_QUAL})?(?P<n>{_NUM})\s+{_UNIT}\s+after\s+(?P<ref>(?:the|its|his|her|their)\s+"
    r"(?:last|previous|prior)\s+(?P<mid>[a-z]+))",
    re.IGNORECASE,
)
# "had not had a strike in more than 12 years", "There had not been a flood there for nine years"
_NOT_IN_YEARS = re.compile(
    rf"\b(?:not|n't|never|no)\b(?P<mid>[^.;:!?\n]{{0,80}}?)\b(?:in|for)\s+(?:the\s+(?:past|last)\s+)?"
    rf"(?:{_QUAL})?(?P<n>{_NUM})\s+{_UNIT}\b",
    re.IGNORECASE,
)
# "Not since 2013 had the city seen such a strike", "No flood had taken place there since 1999"
_NOT_SINCE = re.compile(
    rf"\b(?:not|n't|never|no)\b(?P<mid>[^.;:!?\n]{{0,80}}?)\bsince\s+(?P<year>{YEAR})\b",
    re.IGNORECASE,
)
# "ended a 20-year gap", "ending a nine-year wait"
_GAP = re.compile(
    rf"\b(?:end(?:ed|s|ing)?|broke|breaking|breaks)\s+(?:a|an|the)\s+(?:{_QUAL})?(?P<n>{_NUM})[- ]"
    rf"(?P<unit>year|decade)s?[- ](?:long\s+)?(?:gap|hiatus|wait|absence|drought|break|lull|pause)\b",
    re.IGNORECASE,
)
_YEAR_IN_REF = re.compile(
    rf"^(?:(?:early|mid|late|the end of|the start of|the|its|his|her|their|a|an)\s+)*"
    rf"(?:[A-Z][a-z]+\.?\s+(?:\d{{1,2}},?\s+)?)?(?:\d{{1,2}}\s+[A-Z][a-z]+\s+)?(?P<year>{YEAR})\b"
)


@lru_cache(maxsize=1)
def reference_events() -> list[tuple[re.Pattern[str], str, int, int]]:
    data = json.loads(DATA.read_text(encoding="utf-8"))
    out = []
    for event in data["events"]:
        for pattern in event["patterns"]:
            out.append((re.compile(pattern, re.IGNORECASE), event["name"], event["start"], event["end"]))
    return out


def number(text: str) -> float | None:
    """A count written in digits or words: "24", "twenty-four", "a", "half a"."""
    from text_to_num import text2num

    low = text.lower().strip()
    if low.isdigit():
        return float(low)
    if low in ("a", "an", "one"):
        return 1.0
    if low == "half a":
        return 0.5
    words = low.replace("-", " ").split()
    for k in range(len(words)):  # "came five" (the pattern reads words greedily): "five"
        try:
            return float(text2num(" ".join(words[k:]), "en"))
        except ValueError:
            continue
    return None


def _kind_of(
    doc: Doc, at: int, mid: tuple[int, int] | None, keys: dict[str, str], default: str | None
) -> str | None:
    """The kind of event a claim speaks of: the event noun in `mid`, else in its sentence,
    else `default`. `keys` maps the article's event lemmas to their event."""

    def key(lemma: str) -> str:
        if lemma in keys:
            return keys[lemma]
        for k in dict.fromkeys(keys.values()):
            if lexicon.same_kind(lemma, k):
                return k
        return lemma

    if mid is not None and mid[1] > mid[0]:
        span = doc.char_span(mid[0], mid[1], alignment_mode="expand")
        if span is not None:
            for tok in span:
                lemma = event_lemma(tok)
                if lemma:
                    return key(lemma)
    tok = doc.char_span(at, at + 1, alignment_mode="expand")
    if tok is None:
        return None
    for t in tok.sent:
        lemma = event_lemma(t)
        if lemma and t.i != tok.start:
            return key(lemma)
    return default


def _event_years(doc: Doc, event: dict | None) -> tuple[int, int] | None:
    if event and event["dates"]:
        years = [d["entry"]["_date"].start.year for d in event["dates"]] + [
            d["entry"]["_date"].end.year for d in event["dates"]
        ]
        return min(years), max(years)
    published = doc._.article.published_at
    if published is not None:
        return published.year, published.year
    # no date for the event nor the article: news reports the latest date it gives
    years = [t["_date"].end.year for t in doc._.timeline if t.get("_date") and not t["_date"].relative]
    if years:
        return max(years) - 1, max(years)
    return None


def _n_years_range(m: re.Match[str], years: tuple[int, int]) -> tuple[int, int] | None:
    n = number(m.group("n"))
    if n is None:
        return None
    unit = m.group("unit").lower()
    if m.group("n").lower() in ("a", "an") and unit.endswith("s"):
        return None
    n *= 10 if unit.startswith("decade") else 100 if unit.startswith("centur") else 1
    qual = (m.group("qual") or "").lower()
    lo, hi = years[0] - n - 1, years[1] - n + 1
    if qual in ("more than", "over", "at least", "just over", "well over"):
        lo, hi = -10_000, years[1] - n
    elif qual in ("nearly", "almost", "close to", "less than", "under", "just under"):
        lo, hi = years[0] - n, years[1] - n + 2
    elif qual:
        lo, hi = years[0] - n - 3, years[1] - n + 3
    return int(lo), int(hi)


def claims(doc: Doc) -> list[dict[str, Any]]:
    event = main_event(doc)
    years = _event_years(doc, event)
    keys = {lemma: e["key"] for e in reversed(events(doc)) for lemma in e["lemmas"]}
    if event:  # the main event first: a claim with no event noun of its own is about it
        keys = {event["key"]: event["key"], **keys}
    other = {e["key"]: set(e["other_mentions"]) for e in events(doc)}
    text = doc.text
    found: list[tuple[int, int, tuple[int, int] | None, tuple[int, int], str]] = []
    if years is not None:
        for m in _IN_YEARS.finditer(text):
            rng = _n_years_range(m, years)
            if rng is not None:
                basis = (
                    f"{m.group(0)} (event in {years[0]}"
                    + (f"-{years[1]}" if years[1] != years[0] else "")
                    + ")"
                )
                found.append((m.start(), m.end(), (m.start("mid"), m.end("mid")), rng, basis))
        for pattern in (_NOT_IN_YEARS, _GAP):
            for m in pattern.finditer(text):
                if pattern is _NOT_IN_YEARS and re.search(r"\bfirst\b", m.group(0), re.IGNORECASE):
                    continue  # counted as "first ... in N years"
                rng = _n_years_range(m, years)
                if rng is not None:
                    mid = (m.start("mid"), m.end("mid")) if "mid" in m.re.groupindex else None
                    found.append((m.start(), m.end(), mid, rng, m.group(0)))
        for m in _AFTER.finditer(text):
            rng = _n_years_range(m, years)
            if rng is not None:
                found.append((m.start(), m.end(), (m.start("mid"), m.end("mid")), rng, m.group(0)))
    for m in _SINCE.finditer(text):
        ref = m.group("ref")
        year = _YEAR_IN_REF.match(ref)
        if year:
            y = int(year.group("year"))
            rng, basis, end = (y, y), year.group("year"), m.start("ref") + year.end()
        else:
            hit_ref = None
            for pattern, name, start, stop in reference_events():
                hit = pattern.match(ref)
                if hit and (hit_ref is None or hit.end() > hit_ref[0]):
                    hit_ref = (hit.end(), name, start, stop)
            if hit_ref is None:
                continue
            rng, basis, end = (hit_ref[2], hit_ref[3]), hit_ref[1], m.start("ref") + hit_ref[0]
        found.append((m.start(), end, (m.start("mid"), m.end("mid")), rng, basis))
    for m in _NOT_SINCE.finditer(text):
        if re.search(r"\bfirst\b", m.group(0), re.IGNORECASE):
            continue
        y = int(m.group("year"))
        found.append((m.start(), m.end(), (m.start("mid"), m.end("mid")), (y, y), m.group("year")))
    for m in _LAST.finditer(text):
        y = int(m.group("year"))
        found.append((m.start(), m.end(), (m.start("mid"), m.end("mid")), (y, y), m.group("year")))
    out = []
    previous: tuple[int, str] | None = None  # the last claim's sentence and kind
    for start, end, mid, rng, basis in sorted(found):
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        kind = _kind_of(doc, start, mid, keys, None)
        if kind is None and previous is not None and span.sent.start - previous[0] < 80:
            kind = previous[1]  # "It was the first strike in 12 years. The last one was in 2007."
        kind = kind or next(iter(keys.values()), None)
        if kind is None:
            continue
        others = other.get(kind, set())
        if any(t.i in others and not (span.start <= t.i < span.end) for t in span.sent):
            continue  # about another instance of the event ("Yeltsin's visit ... the first summit since ...")
        previous = (span.sent.start, kind)
        out.append(
            {"span": (start, end), "kind": kind, "range": rng, "basis": basis, "text": text[start:end]}
        )
    return sorted(out, key=lambda c: c["span"])


def _apart(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(a[0] - b[1], b[0] - a[1], 0)


def conflicts(doc: Doc) -> list[Finding]:
    by_kind: dict[str, list[dict[str, Any]]] = {}
    for c in claims(doc):
        by_kind.setdefault(c["kind"], []).append(c)
    findings = []
    for kind, items in sorted(by_kind.items()):
        bad = set()
        gap = 0
        for i, a in enumerate(items):
            for b in items[i + 1 :]:
                g = _apart(a["range"], b["range"])
                if g > 0 and a["text"].lower() != b["text"].lower():
                    bad |= {id(a), id(b)}
                    gap = max(gap, g)
        if not bad:
            continue
        involved = [c for c in items if id(c) in bad]
        shown: list[str] = []
        for c in involved:
            if c["text"].lower() not in [t.lower() for t in shown]:
                shown.append(c["text"])
        findings.append(
            Finding(
                code=CODE,
                severity="error" if gap >= 5 else "warning",
                message=(
                    f"These statements disagree about when the previous {kind} was: "
                    + "; ".join(f"“{t}”" for t in shown)
                    + "."
                ),
                spans=sorted({c["span"] for c in involved}),
                suggestion=None,
                evidence={
                    "event": kind,
                    "kind": kind,
                    "claims": [
                        {
                            "text": c["text"],
                            "previous_between": f"{c['range'][0] if c['range'][0] > -10_000 else ''}"
                            f"/{c['range'][1]}",
                            "basis": c["basis"],
                        }
                        for c in involved
                    ],
                    "gap_years": gap,
                },
            )
        )
    return findings


class IntervalConflict:
    def __call__(self, doc: Doc) -> Doc:
        for finding in conflicts(doc):
            report(doc, finding)
        return doc


@Language.factory("copydesk_check_interval_conflict")
def make_interval_conflict(nlp: Language, name: str) -> IntervalConflict:
    return IntervalConflict()
