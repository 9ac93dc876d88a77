"""date.weekday_mismatch: a weekday given with a date it does not fall on.

"Monday, February 3, 2025" when 3 February 2025 is a Monday is fine; when it is a
Tuesday, one of the two is wrong. The forms read are a weekday right before a date
("Monday, February 3, 2025", "Sat. 4 April", "on Tuesday (March 5)", "Thursday the
5th of March") and right after one ("March 5 (Tuesday)", "February 3, 2025, a
Monday"). The date part is normalised by the timeline's normaliser; a date without a
year gets the year nearest `published_at` (see `_when`), and without either there is
nothing to compare. A weekday alone ("on Monday") is resolved against `published_at`
by the timeline and is never a mismatch. One regular-expression pass over the text.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from spacy.language import Language
from spacy.tokens import Doc

from analysis.checks._when import MONTHS, interval
from analysis.dates import normalise
from analysis.findings import Finding, report
from analysis.text import MAX_FINDINGS

CODE = "date.weekday_mismatch"
WEEKDAYS = list(calendar.day_name)
_WEEKDAY = r"(?P<{g}>(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day|\.)?)"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_DATE = (
    rf"(?P<date>(?:the\s+)?{_DAY}(?:\s+of)?\s+(?:{MONTHS})\.?(?:,?\s+\d{{4}})?"
    rf"|(?:{MONTHS})\.?\s+(?:the\s+)?{_DAY}(?:,?\s+\d{{4}})?)"
)
_BEFORE = re.compile(rf"\b{_WEEKDAY.format(g='wd')},?\s*(?:\(\s*)?{_DATE}(?!\s*\d)")
_AFTER = re.compile(rf"\b{_DATE},?\s+(?:\(\s*|which was\s+|a\s+)(?:a\s+)?{_WEEKDAY.format(g='wd')}\b")
_QUICK = re.compile(r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)")
_PREFIX = {name[:3].lower(): n for n, name in enumerate(WEEKDAYS)}


def weekday_index(word: str) -> int | None:
    return _PREFIX.get(word[:3].lower())


class DateWeekdayMismatch:
    @staticmethod
    def _matches(text: str) -> list[re.Match]:
        """The weekday-and-date phrases, looked for only around the weekday names in the text."""
        out = []
        for hit in _QUICK.finditer(text):
            m = _BEFORE.match(text, hit.start())
            if m:
                out.append(m)
            window = max(0, hit.start() - 40)
            for m in _AFTER.finditer(text, window, min(len(text), hit.end() + 10)):
                if m.start("wd") == hit.start():
                    out.append(m)
        return out

    def __call__(self, doc: Doc) -> Doc:
        article = doc._.article
        published = article.published_at.date() if article.published_at else None
        text = article.text  # the Doc's text, without rebuilding it from the tokens
        seen: set[tuple[int, int]] = set()
        reported = 0
        for m in self._matches(text):
            if reported >= MAX_FINDINGS:
                return doc
            if (m.start(), m.end()) in seen:
                continue
            seen.add((m.start(), m.end()))
            given = weekday_index(m.group("wd"))
            date_text = re.sub(r"\bthe\s+|\bof\s+", "", m.group("date"))
            value = normalise(date_text, None) or normalise(
                date_text, dt.datetime.combine(published, dt.time()) if published else None
            )
            if given is None or value is None or value.granularity != "day":
                continue
            days = interval(date_text, value, published)
            if days is None:
                continue
            day = days[0]
            actual = day.weekday()
            if actual == given:
                continue
            ws, we = m.span("wd")
            end = m.end()
            if text[end - 1] == "." and len(text[m.start() : end].split()[-1]) > 5:
                end -= 1  # a full stop after a full month name ends the sentence
            report(
                doc,
                Finding(
                    code=CODE,
                    severity="error",
                    message=(
                        f"{day.strftime('%-d %B %Y')} is a {WEEKDAYS[actual]}, not a {WEEKDAYS[given]}. "
                        "Check the date or the weekday."
                    ),
                    spans=[(m.start(), end)],
                    suggestion=text[m.start() : ws] + WEEKDAYS[actual] + text[we:end],
                    evidence={
                        "date": m.group("date"),
                        "resolved": day.isoformat(),
                        "weekday_given": WEEKDAYS[given],
                        "weekday_actual": WEEKDAYS[actual],
                    },
                ),
            )
            reported += 1
        return doc


@Language.factory("copydesk_check_date_weekday_mismatch")
def make_date_weekday_mismatch(nlp: Language, name: str) -> DateWeekdayMismatch:
    return DateWeekdayMismatch()
