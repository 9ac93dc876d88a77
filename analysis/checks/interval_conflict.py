"""date.interval_conflict: "first ... in N years" / "first ... since X" that disagree.

Each such claim says when the previous occurrence was:
- "first visit in 24 years" -> the event's year minus 24 (±1; "more than N" means
  at least N years, "nearly/about N" widens the range);
- "first ... since 2005" -> 2005;
- "first ... since the end of the Cold War" -> 1989-1991, from the reference table
  in `data/reference_events.json`.
The event's year comes from the dates attached to the main event (see `analysis.events`),
else from the publication date, else from the latest date the article gives.
Claims are compared only when they speak of the same kind of event (the word
after "first": visit, trip and tour are one kind; "for the first time" takes the
kind of the sentence's event word); a claim in a sentence about another instance
("Yeltsin's visit ...") is left out. When two claims' ranges for the previous
occurrence do not overlap, one finding covers them all, headline included.

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

from analysis.events import NOUN_KINDS, main_event
from analysis.findings import Finding, report

CODE = "date.interval_conflict"
DATA = Path(__file__).resolve().parent / "data" / "reference_events.json"

_NUMBERS = {
    "a": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "half a": 0.5,
}
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_UNITS = "one|two|three|four|five|six|seven|eight|nine"
_TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_NUM = rf"(?:\d{{1,3}}|half a|a|(?:{_TENS})(?:[- ](?:{_UNITS}))?|{_UNITS}|{_TEENS})"
_QUAL = (
    r"(?P<qual>more than|over|nearly|almost|about|around|some|roughly|at least|close to|less than|under)\s+"
)
_IN_YEARS = re.compile(
    rf"\bfirst\b(?P<mid>[^.;:!?\n]{{0,100}}?)\b(?:in|for)\s+(?:{_QUAL})?(?P<n>{_NUM})\s+"
    rf"(?P<unit>years?|decades?|century|centuries)\b",
    re.IGNORECASE,
)
_SINCE = re.compile(
    r"\bfirst\b(?P<mid>[^.;:!?\n]{0,120}?)\bsince\s+(?P<ref>[^.;:!?,\n]{1,60})",
    re.IGNORECASE,
)
_YEAR = re.compile(
    r"^(?:(?:early|mid|late|the end of|the start of)\s+)?"
    r"(?:[A-Z][a-z]+\.?\s+(?:\d{1,2},?\s+)?)?(1[6-9]\d\d|20\d\d)\b"
)


@lru_cache(maxsize=1)
def reference_events() -> list[tuple[re.Pattern[str], str, int, int]]:
    data = json.loads(DATA.read_text(encoding="utf-8"))
    out = []
    for event in data["events"]:
        for pattern in event["patterns"]:
            out.append((re.compile(pattern, re.IGNORECASE), event["name"], event["start"], event["end"]))
    return out


def _number(text: str) -> float | None:
    text = text.lower().replace("-", " ")
    if text.isdigit():
        return float(text)
    if text in _NUMBERS:
        return float(_NUMBERS[text])
    parts = text.split()
    if len(parts) == 2 and parts[0] in _NUMBERS and parts[1] in _NUMBERS:
        return float(_NUMBERS[parts[0]] + _NUMBERS[parts[1]])
    return None


def _kind_of(doc: Doc, start: int, mid_start: int, mid_end: int) -> str | None:
    """The kind of event a claim speaks of: the first event word after "first", else in its sentence."""
    span = doc.char_span(mid_start, mid_end, alignment_mode="expand")
    if span is not None:
        for tok in span:
            kind = NOUN_KINDS.get(tok.lemma_.lower()) or NOUN_KINDS.get(tok.lower_)
            if kind:
                return kind
            if tok.pos_ == "NOUN" and tok.lower_ != "time":
                return "noun:" + tok.lemma_.lower()
    sent = doc.char_span(start, start + 1, alignment_mode="expand")
    if sent is None:
        return None
    for tok in sent.sent:
        kind = NOUN_KINDS.get(tok.lemma_.lower())
        if kind:
            return kind
    return None


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


def claims(doc: Doc) -> list[dict[str, Any]]:
    event = main_event(doc)
    years = _event_years(doc, event)
    other = set(event["other_mentions"]) if event else set()
    text = doc.text
    out: list[dict[str, Any]] = []
    for m in _IN_YEARS.finditer(text):
        n = _number(m.group("n"))
        if n is None or years is None:
            continue
        unit = m.group("unit").lower()
        n *= 10 if unit.startswith("decade") else 100 if unit.startswith("centur") else 1
        if m.group("n").lower() == "a" and unit.endswith("s"):
            continue
        qual = (m.group("qual") or "").lower()
        lo, hi = years[0] - n - 1, years[1] - n + 1
        if qual in ("more than", "over", "at least"):
            lo = -10_000
            hi = years[1] - n
        elif qual in ("nearly", "almost", "close to", "less than", "under"):
            lo, hi = years[0] - n, years[1] - n + 2
        elif qual:
            lo, hi = years[0] - n - 3, years[1] - n + 3
        out.append(
            {
                "span": (m.start(), m.end()),
                "kind": _kind_of(doc, m.start(), m.start("mid"), m.end("mid")),
                "range": (int(lo), int(hi)),
                "basis": f"{m.group(0)} (event in {years[0]}"
                + (f"-{years[1]}" if years[1] != years[0] else "")
                + ")",
            }
        )
    for m in _SINCE.finditer(text):
        ref = m.group("ref")
        year = _YEAR.match(ref)
        if year:
            y = int(year.group(1))
            rng, basis, end = (y, y), year.group(1), m.start("ref") + year.end()
        else:
            found = None
            for pattern, name, start, stop in reference_events():
                hit = pattern.match(ref)
                if hit and (found is None or hit.end() > found[0]):
                    found = (hit.end(), name, start, stop)
            if found is None:
                continue
            rng, basis, end = (found[2], found[3]), found[1], m.start("ref") + found[0]
        out.append(
            {
                "span": (m.start(), end),
                "kind": _kind_of(doc, m.start(), m.start("mid"), m.end("mid")),
                "range": rng,
                "basis": basis,
            }
        )
    kept = []
    for c in out:
        span = doc.char_span(c["span"][0], c["span"][1], alignment_mode="expand")
        if span is None or c["kind"] is None:
            continue
        if any(t.i in other and not (span.start <= t.i < span.end) for t in span.sent):
            continue  # about another instance of the event ("Yeltsin's visit ... the first summit since ...")
        c["text"] = text[c["span"][0] : c["span"][1]]
        kept.append(c)
    return sorted(kept, key=lambda c: c["span"])


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
        label = kind.removeprefix("noun:")
        findings.append(
            Finding(
                code=CODE,
                severity="error" if gap >= 5 else "warning",
                message=(
                    f"These statements disagree about when the previous {label} was: "
                    + "; ".join(f"“{t}”" for t in shown)
                    + "."
                ),
                spans=sorted({c["span"] for c in involved}),
                suggestion=None,
                evidence={
                    "kind": label,
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
