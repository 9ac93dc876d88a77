"""date.event_conflict: one event given dates that cannot all be true.

The dates attached to the article's main event (see `analysis.events`) are compared as
intervals ("late 2019" is September to December 2019): when two of them do not
overlap, one finding covers every mention involved, with the normalised values
as evidence. The consensus date is the one most other mentions agree with (ties:
the earliest in the text); the suggestion names it.

Severity: `error` when the conflicting dates lie more than 31 days apart (a
different month or year is not a slip of the pen about a multi-day event), else
`warning`.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from analysis.events import main_event
from analysis.findings import Finding, report

CODE = "date.event_conflict"


def _gap_days(a, b) -> int:
    if a.overlaps(b):
        return 0
    return max((b.start - a.end).days, (a.start - b.end).days)


def conflicts(doc: Doc) -> Finding | None:
    event = main_event(doc)
    if not event or len(event["dates"]) < 2:
        return None
    dated = [d for d in event["dates"] if d["entry"].get("_date") is not None]
    values = [d["entry"]["_date"] for d in dated]
    n = len(values)
    agree = [sum(values[i].overlaps(values[j]) for j in range(n) if j != i) for i in range(n)]
    best = max(range(n), key=lambda i: (agree[i], -dated[i]["entry"]["span"][0]))
    bad = [i for i in range(n) if not values[i].overlaps(values[best])]
    if not bad:
        return None
    good = [i for i in range(n) if values[i].overlaps(values[best])]
    involved = sorted(set(good) | set(bad), key=lambda i: dated[i]["entry"]["span"])
    gap = max(_gap_days(values[best], values[i]) for i in bad)
    severity = "error" if gap > 31 else "warning"
    label = event["label"]
    shown = []
    for i in involved:
        if values[i].value not in shown:
            shown.append(values[i].value)
    return Finding(
        code=CODE,
        severity=severity,
        message=(
            f"The same event ({label}) is given different dates: "
            + ", ".join(f"“{dated[i]['entry']['text']}”" for i in involved)
            + ". Check which date is right."
        ),
        spans=[dated[i]["entry"]["span"] for i in involved],
        suggestion=None,
        evidence={
            "event": label,
            "values": shown,
            "mentions": [
                {
                    "text": dated[i]["entry"]["text"],
                    "value": values[i].value,
                    "interval": [values[i].start.isoformat(), values[i].end.isoformat()],
                }
                for i in involved
            ],
            "consensus": values[best].value,
            "gap_days": gap,
        },
    )


class EventConflict:
    def __call__(self, doc: Doc) -> Doc:
        finding = conflicts(doc)
        if finding is not None:
            report(doc, finding)
        return doc


@Language.factory("copydesk_check_event_conflict")
def make_event_conflict(nlp: Language, name: str) -> EventConflict:
    return EventConflict()
