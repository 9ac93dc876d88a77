"""date.event_conflict: one event given dates that cannot all be true.

For each event of the article (see `analysis.events`), the dates attached to its
mentions that tell what happened (not another instance, not a plan) are compared
as intervals, granularity kept ("late 2019" is September to December 2019, "2019"
contains "February 2019", "early February" does not contain 27 February):
- two "on DATE" dates conflict when their intervals do not overlap;
- a date given as the start ("began on 5 December") conflicts with a date wholly
  before it, an end date with one wholly after it; a day that names the event ("the coup
  of 22 July", "the 26 January avalanche") with any start it does not overlap;
- a "since" date on the event's own lasting ("the wildfire has burned since 3 February")
  is its start;
- a stretch of days ("ran from 12 to 16 August") is the whole event: its start and end
  must fall within it.
The consensus date is the one most other dates agree with (ties: the earliest in
the text); one finding per event covers every date involved and names the event.

Severity: `error` when the dates lie more than 31 days apart and every date involved
is on an event noun (a verb's date is weaker evidence), else `warning`.
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from analysis.dates import DateValue
from analysis.events import events
from analysis.findings import Finding, report

CODE = "date.event_conflict"


def _gap_days(a: DateValue, b: DateValue) -> int:
    if a.overlaps(b):
        return 0
    return max((b.start - a.end).days, (a.start - b.end).days)


_ORDER = {"start": 0, "at": 1, "end": 2}
# how long after its start an event may still be dated ("the strike began on 5 December ...
# the strike in January"); a later date is reported, as a warning
LONGEST_DAYS = 14
# how long after a day it is dated on an event may still end
LONGEST_RUN_DAYS = 365
# ... and a contest whose result the end gives ("ended in a 1-1 draw on 4 May"): a
# tournament's final weeks, not a season
LONGEST_CONTEST_DAYS = 31


def _agree(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Can both dates be true of one event? Same roles must overlap; a start may not
    come after a date of the event, nor an end before one."""
    da, db = a["entry"]["_date"], b["entry"]["_date"]
    if a["role"] == b["role"]:
        return da.overlaps(db)
    if any(d["role"] == "at" and _stretch_of_days(d["entry"]["_date"]) for d in (a, b)):
        return da.overlaps(db)  # "ran from 12 to 16 August": its whole run, start and end within
    first, last = (da, db) if _ORDER[a["role"]] < _ORDER[b["role"]] else (db, da)
    # a start may not come after a date of the event, nor an end before one; and an event
    # said to begin on a day is not still going on months later without the text saying so
    if first.start > last.end:
        return False
    if {a["role"], b["role"]} == {"start", "at"}:
        if (a if a["role"] == "at" else b).get("by_day"):
            return da.overlaps(db)  # "the coup of 22 July" names the day it happened: not a later day of it
        return (last.start - first.end).days <= LONGEST_DAYS
    if {a["role"], b["role"]} == {"at", "end"}:
        if (a if a["role"] == "end" else b).get("decided"):
            return (last.start - first.end).days <= LONGEST_CONTEST_DAYS
        if first.granularity in ("day", "week", "month"):
            # ... nor does one told of on a day, a week or a month end years later ("took place
            # on 9 November 2011 ... ended in a draw on 4 February 2019", "in mid-May 2016 ...
            # ended on 2 June 2018"); a hearing or a strike may run for weeks or months
            return (last.start - first.end).days <= LONGEST_RUN_DAYS
    return True


def _stretch_of_days(value: DateValue) -> bool:
    """A date given as its first and last day ("19 to 23 August")."""
    return "/" in value.value and value.granularity == "week"


def _before(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """The "at" date lies wholly before the start: a plain contradiction."""
    start, at = (a, b) if a["role"] == "start" else (b, a)
    return at["entry"]["_date"].end < start["entry"]["_date"].start


def event_conflicts(event: dict[str, Any]) -> Finding | None:
    dated = [d for d in event["dates"] if d["entry"].get("_date") is not None]
    if len(dated) < 2:
        return None
    n = len(dated)
    agree = [sum(_agree(dated[i], dated[j]) for j in range(n) if j != i) for i in range(n)]
    best = max(range(n), key=lambda i: (agree[i], -dated[i]["entry"]["span"][0]))
    # two dates on one word ("in 2006, and another in 2014") are a list, not a contradiction
    bad = [
        i
        for i in range(n)
        if dated[i]["mention"] != dated[best]["mention"] and not _agree(dated[i], dated[best])
    ]
    if not bad:
        return None
    good = [i for i in range(n) if i not in bad]
    involved = sorted(set(good) | set(bad), key=lambda i: dated[i]["entry"]["span"])
    values = [d["entry"]["_date"] for d in dated]
    gap = max(_gap_days(values[best], values[i]) for i in bad)
    # a verb's date is weaker evidence than a noun's ("the ruling on 3 July")
    nominal = all(d["nominal"] for d in (dated[best], *(dated[i] for i in bad)))
    # dates that only say the event ran long (a start, then a date months later) are a warning
    overlapping = all(
        dated[i]["entry"]["_date"].overlaps(dated[best]["entry"]["_date"])
        or {dated[i]["role"], dated[best]["role"]} != {"start", "at"}
        or _before(dated[i], dated[best])
        for i in bad
    )
    severity = "error" if gap > 31 and nominal and overlapping else "warning"
    label = event["label"]
    shown: list[str] = []
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
                    "role": dated[i]["role"],
                    "interval": [values[i].start.isoformat(), values[i].end.isoformat()],
                }
                for i in involved
            ],
            "consensus": values[best].value,
            "gap_days": gap,
        },
    )


def conflicts(doc: Doc) -> list[Finding]:
    """One finding per event whose dates disagree."""
    return [f for f in (event_conflicts(e) for e in events(doc)) if f is not None]


class EventConflict:
    def __call__(self, doc: Doc) -> Doc:
        for finding in conflicts(doc):
            report(doc, finding)
        return doc


@Language.factory("copydesk_check_event_conflict")
def make_event_conflict(nlp: Language, name: str) -> EventConflict:
    from analysis import lexicon

    lexicon.load()  # WordNet once per process, not on the first article
    return EventConflict()
