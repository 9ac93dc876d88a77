"""Dates against the publication day, shared by `date.after_publication` and `date.weekday_mismatch`.

The timeline's normaliser (`analysis.dates`) resolves a date without a year
("March 26") to the last such day before `published_at`, which is right for most
news but hides the date a writer meant when it lies ahead. A news writer leaves the
year out for the year nearest the publication day, so here a yearless day or month
gets the year that puts it closest to `published_at` (a piece published on 3 January
that says "December 28" means the December just gone; one published on 26 February
that says "March 26" means the March ahead).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from analysis.dates import MONTH_THEN, YEAR, DateValue

_YEAR = re.compile(rf"\b{YEAR}\b")
MONTHS = "|".join([*calendar.month_name[1:], *calendar.month_abbr[1:], "Sept"])
_MONTH = re.compile(rf"\b(?:{MONTHS})\b", re.IGNORECASE)


def has_year(text: str) -> bool:
    return bool(_YEAR.search(text))


def explicit(text: str) -> bool:
    """True when the text names a month or a year itself ("Tuesday (March 5)"), and is not only
    relative to the publication day ("Tuesday", "last week")."""
    return bool(_YEAR.search(text) or _MONTH.search(text))


def _shift(day: dt.date, year: int) -> dt.date:
    last = calendar.monthrange(year, day.month)[1]
    return dt.date(year, day.month, min(day.day, last))


def interval(text: str, value: DateValue, published: dt.date | None) -> tuple[dt.date, dt.date] | None:
    """The days `text` can mean: its own year if it names one, else the year nearest `published`.

    None when the text has no year and there is no publication day to place it by. A month
    counted from the year of publication ("last October", "June last year") has its year.
    """
    if has_year(text) or MONTH_THEN.search(text) or value.granularity not in ("day", "month"):
        return value.start, value.end
    if published is None:
        return None
    best: tuple[int, dt.date, dt.date] | None = None
    for year in (published.year - 1, published.year, published.year + 1):
        start, end = _shift(value.start, year), _shift(value.end, year)
        if value.granularity == "month":
            end = dt.date(year, value.start.month, calendar.monthrange(year, value.start.month)[1])
        distance = min(abs((start - published).days), abs((end - published).days))
        if start <= published <= end:
            distance = 0
        if best is None or distance < best[0]:
            best = (distance, start, end)
    assert best is not None
    return best[1], best[2]
