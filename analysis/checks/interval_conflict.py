"""date.interval_conflict: statements about when an event last happened that disagree.

The claims are read, and two of them compared, by the package `analysis.intervals` (its
docstring says which values and triggers make a claim, what it counts and whose series it
is). This module groups the claims by what they count and reports those that disagree.
When two claims' ranges do not overlap, one finding per kind covers them all, headline
included. Severity: `error` when the ranges lie 5 or more years apart, else `warning`.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from analysis.findings import Finding, report
from analysis.intervals import claims
from analysis.intervals.compare import (
    _by_kind,
    _disagree,
    _one_holder,
    _same_series,
    _same_subject,
    _where_counted,
    next_sentence_pair,
)

CODE = "date.interval_conflict"


def conflicts(doc: Doc) -> list[Finding]:
    by_kind = _by_kind(claims(doc))
    findings = []
    for kind, items in sorted(by_kind.items()):
        bad = set()
        gap = 0
        for i, a in enumerate(items):
            for b in items[i + 1 :]:
                g = _disagree(a, b)
                if (
                    g > 0
                    and a["text"].lower() != b["text"].lower()
                    and _same_subject(_where_counted(a), _where_counted(b))
                    and _same_series(a.get("mods", frozenset()), b.get("mods", frozenset()))
                    and _one_holder(a, b)
                ):
                    bad |= {id(a), id(b)}
                    gap = max(gap, g)
        if not bad:
            continue
        involved = [c for c in items if id(c) in bad]
        shown: list[str] = []
        for c in involved:
            if c["text"].lower() not in [t.lower() for t in shown]:
                shown.append(c["text"])
        message = f"These statements disagree about when the previous {kind} was: "
        message += "; ".join(f"“{t}”" for t in shown) + "."
        claimed = [_claimed(c) for c in involved]
        findings.append(_finding(kind, message, sorted({c["span"] for c in involved}), claimed, gap))
    return findings + _elapsed_conflicts(by_kind) + _next_sentence_conflicts(doc, by_kind, findings)


def _next_sentence_conflicts(doc: Doc, by_kind: dict[str, list[dict]], found: list[Finding]) -> list[Finding]:
    """Two claims of kinds not linked as one, the second in the next sentence taking up the
    first (`compare.next_sentence_pair`), that disagree by two years or more: "The bank's rate
    cut, the first in a decade." "It had last lowered borrowing costs in 2020."
    """
    kinds = [(kind, c) for kind, items in sorted(by_kind.items()) for c in items]
    taken = {span for f in found for span in f.spans}
    findings = []
    for i, (kind, a) in enumerate(kinds):
        for other, b in kinds[i + 1 :]:
            if other == kind or a["span"] in taken or b["span"] in taken:
                continue
            gap = next_sentence_pair(doc, a, b)
            if gap < 2:
                continue
            taken |= {a["span"], b["span"]}
            message = "These statements disagree about when the previous {} was: “{}”; “{}”."
            message = message.format(kind, a["text"], b["text"])
            claims = [_claimed(a), _claimed(b)]
            findings.append(_finding(kind, message, sorted({a["span"], b["span"]}), claims, gap))
    return findings


def _elapsed_conflicts(by_kind: dict[str, list[dict]]) -> list[Finding]:
    """ "unveiled on Saturday, 15 years after the mine collapse" where the article dates the
    collapse to 2014: the years counted from an event that its own dates do not allow."""
    findings = []
    for kind, items in sorted(by_kind.items()):
        for c in items:
            lo, hi = c["range"]
            dates = c.get("event_dates", [])
            wrong = [d for d in dates if d["_date"].end.year < lo or d["_date"].start.year > hi]
            if not wrong or len(wrong) < len(dates):
                continue  # (one of its dates fits: the others may be of its parts)
            date = wrong[0]
            gap = max(lo - date["_date"].end.year, date["_date"].start.year - hi)
            message = f"These statements disagree about when the {kind} was: “{c['text']}”; “{date['text']}”."
            claimed = [
                {"text": c["text"], "previous_between": f"{lo}/{hi}", "basis": c["basis"]},
                {"text": date["text"], "previous_between": date["value"], "basis": "its date"},
            ]
            findings.append(_finding(kind, message, sorted({c["span"], tuple(date["span"])}), claimed, gap))
    return findings


def _claimed(c: dict) -> dict:
    """A claim as the finding's evidence shows it."""
    lo, hi = c["range"]
    return {"text": c["text"], "previous_between": f"{lo if lo > -10_000 else ''}/{hi}", "basis": c["basis"]}


def _finding(kind: str, message: str, spans: list, claims: list[dict], gap: int) -> Finding:
    return Finding(
        code=CODE,
        severity="error" if gap >= 5 else "warning",
        message=message,
        spans=spans,
        suggestion=None,
        evidence={"event": kind, "kind": kind, "claims": claims, "gap_years": gap},
    )


class IntervalConflict:
    def __call__(self, doc: Doc) -> Doc:
        for finding in conflicts(doc):
            report(doc, finding)
        return doc


@Language.factory("copydesk_check_interval_conflict")
def make_interval_conflict(nlp: Language, name: str) -> IntervalConflict:
    return IntervalConflict()
