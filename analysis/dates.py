"""Normalise a date expression to an ISO 8601 value and the interval it covers.

dateparser reads the date itself; vague modifiers it cannot read ("late
February 2019", "early 2023", "the end of 2019") are stripped and recorded
here first, then narrow the interval. Durations ("24 years", "three-day") are
not dates and give None. Relative expressions ("Monday", "last week") need an
anchor (the article's `published_at`); without one they give None.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from dateparser.date import DateDataParser
from dateutil.easter import easter

_MODIFIER = re.compile(
    r"^(?:the\s+)?(?P<mod>early|mid|middle|late|end|beginning|start|(?:first|opening|last|final|closing)"
    r"\s+(?:days|weeks))(?:\s+of)?(?:\s+the)?[\s-]+",
    re.IGNORECASE,
)
_CANONICAL_MODIFIER = {"middle": "mid", "end": "late", "beginning": "early", "start": "early"}
# "the first days of September", "the closing weeks of 2019": its early or late part
_CANONICAL_MODIFIER |= {f"{w} {n}": "early" for w in ("first", "opening") for n in ("days", "weeks")}
_CANONICAL_MODIFIER |= {f"{w} {n}": "late" for w in ("last", "final", "closing") for n in ("days", "weeks")}
# (with "Sept", the abbreviation dateparser does not know: `normalise` reads it as "Sep")
MONTHS = (
    "|".join(m for m in calendar.month_name[1:]) + "|Sept|" + "|".join(m for m in calendar.month_abbr[1:])
)
# a year as news writes it: 1500-2099 (one pattern for every year regex of the analysis)
YEAR = r"(?:1[5-9]\d\d|20\d\d)"
_HAS_YEAR = re.compile(rf"\b({YEAR})\b")
_HAS_MONTH = re.compile(rf"\b({MONTHS})\b\.?", re.IGNORECASE)
_RELATIVE = re.compile(
    r"\b(yesterday|today|tomorrow|tonight|monday|tuesday|wednesday|thursday|friday|saturday|"
    r"sunday|(?:last|next|this|past)\s+(?:week|month|year|weekend)|\d+\s+(?:days?|weeks?|"
    r"months?|years?)\s+ago)\b",
    re.IGNORECASE,
)
# a part of a day names its day: "this morning" is today, "last night" yesterday, "Tuesday
# night" Tuesday
_TODAY = re.compile(r"^(?:this\s+(?:morning|afternoon|evening)|(?:earlier|later)\s+today)$", re.IGNORECASE)
_LAST_NIGHT = re.compile(r"^last\s+night$", re.IGNORECASE)
_WEEKDAYS = tuple(d.lower() for d in calendar.day_name)  # Monday first, as date.weekday()
_WEEKDAY = re.compile(rf"^({'|'.join(_WEEKDAYS)})(?:\s+(?:morning|afternoon|evening|night))?$", re.IGNORECASE)
# a season, of a year or counted from publication: "the summer of 2022", "last winter"
_SEASON = re.compile(
    rf"^(?:the\s+)?(?:(last|past|this|next)\s+)?(spring|summer|autumn|fall|winter)(?:\s+(?:of\s+)?({YEAR}))?$",
    re.IGNORECASE,
)
# first and last month (the northern seasons: what most wire copy means); winter runs into the next year
_SEASON_MONTHS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 14)}
# a stretch of the calendar "over" means during: "over the weekend", "over the Easter holiday"
_STRETCH = re.compile(r"\b(?:weekend|holidays?|spring|summer|autumn|winter)\b", re.IGNORECASE)
# "the first week of June", "the last week of July": a quarter of the month, a week long
_WEEK_OF = re.compile(
    r"^(?:the\s+)?(first|second|third|fourth|last|final)\s+week\s+of\s+(.+)$", re.IGNORECASE
)
_WEEK_ORDINALS = {"first": 0, "second": 1, "third": 2, "fourth": 3}
# "the weekend of 10 August": the Friday to Sunday around that day
_WEEKEND_OF = re.compile(r"^(?:the\s+)?weekend\s+of\s+(.+)$", re.IGNORECASE)
# "earlier this week": from the start of the week (month, year) to the day of publication
_EARLIER_THIS = re.compile(r"^earlier\s+this\s+(week|month|year)$", re.IGNORECASE)
# "two weeks ago", "a fortnight ago": counted back from the day of publication
_AGO = re.compile(
    r"^(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(days?|weeks?|fortnights?)\s+ago$"
)
# small counts written as words ("two weeks ago", "a week after the landslide")
COUNT_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
COUNT_WORDS |= {"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
# "Sept. 12": the abbreviation dateparser and `MONTHS` do not know
_SEPT = re.compile(r"\bSept\b\.?", re.IGNORECASE)
# "Q1 2023", "the third quarter of 2023": three months
_QUARTER = re.compile(
    rf"^(?:q([1-4])|(?:the\s+)?(first|second|third|fourth|final|last)\s+quarter(?:\s+of)?),?\s+({YEAR})$",
    re.IGNORECASE,
)
_QUARTER_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4, "last": 4}
# "June last year", "last June", "this March": a month counted from the year of publication
MONTH_THEN = re.compile(
    rf"\b(?:({MONTHS})\s+(last|this|next)\s+year|(last|this|next)\s+({MONTHS}))\b", re.IGNORECASE
)
# days a holiday names every year: "on Christmas Eve", "on New Year's Day 2020", "at Easter"
HOLIDAYS = {
    "new year's day": (1, 1),
    "valentine's day": (2, 14),
    "st patrick's day": (3, 17),
    "anzac day": (4, 25),
    "may day": (5, 1),
    "bastille day": (7, 14),
    "halloween": (10, 31),
    "guy fawkes night": (11, 5),
    "bonfire night": (11, 5),
    "christmas eve": (12, 24),
    "christmas day": (12, 25),
    "boxing day": (12, 26),
    "new year's eve": (12, 31),
}
# Easter's days, as offsets from Easter Sunday; "Easter" alone is the long weekend
EASTER_DAYS = {"good friday": (-2, -2), "easter sunday": (0, 0), "easter monday": (1, 1), "easter": (-2, 1)}
HOLIDAY_NAMES = "|".join(re.escape(h).replace("'", "'?") for h in (*HOLIDAYS, *EASTER_DAYS))
_HOLIDAY = re.compile(rf"^(?:the\s+)?({HOLIDAY_NAMES})(?:,?\s+({YEAR}))?$", re.IGNORECASE)
_YEAR_RANGE = re.compile(r"^(?:from\s+|between\s+)?(\d{4})\s*(?:-|–|—|to|and)\s*(\d{2,4})$")
_DECADE = re.compile(r"^(?:the\s+)?(1[5-9]\d|20\d)0s$", re.IGNORECASE)
# a stretch of days: "19 to 23 August", "19-23 August 2024", "August 19-23", "3 May to 9 June"
_DAY = r"(\d{1,2})(?:st|nd|rd|th)?"
_UNTIL = r"\s*(?:-|–|—|to|and|until|till|through)\s*"
_DAY_RANGE = (
    re.compile(
        rf"^(?:from\s+|between\s+)?{_DAY}{_UNTIL}{_DAY}\s+({MONTHS})\.?(?:,?\s+({YEAR}))?$", re.IGNORECASE
    ),
    re.compile(
        rf"^(?:from\s+|between\s+)?({MONTHS})\.?\s+{_DAY}{_UNTIL}{_DAY}(?:,?\s+({YEAR}))?$", re.IGNORECASE
    ),
    re.compile(
        rf"^(?:from\s+|between\s+)?{_DAY}\s+({MONTHS})\.?{_UNTIL}{_DAY}\s+({MONTHS})\.?(?:,?\s+({YEAR}))?$",
        re.IGNORECASE,
    ),
)


@dataclass(frozen=True)
class DateValue:
    value: str  # ISO 8601 as far as the text says: 2019, 2019-02, 2019-02-27, 1950/1953
    granularity: str  # day | week | month | quarter | season | year | decade
    modifier: str | None  # early | mid | late, when the text says so
    start: dt.date  # first day the expression can mean
    end: dt.date  # last day it can mean
    relative: bool = False

    def overlaps(self, other: DateValue) -> bool:
        return self.start <= other.end and other.start <= self.end


def _narrow(start: dt.date, end: dt.date, modifier: str | None) -> tuple[dt.date, dt.date]:
    """Early/mid/late: the first, middle or last third of the interval."""
    if modifier is None:
        return start, end
    days = (end - start).days + 1
    third = days // 3
    if modifier == "early":
        return start, start + dt.timedelta(days=third)
    if modifier == "mid":
        return start + dt.timedelta(days=third), end - dt.timedelta(days=third)
    return end - dt.timedelta(days=third), end


def _year_interval(first: int, last: int) -> tuple[dt.date, dt.date]:
    return dt.date(first, 1, 1), dt.date(last, 12, 31)


def _counted_back(raw: str, today: dt.date) -> DateValue | None:
    """Dates counted back from the day of publication that dateparser does not read: "earlier
    this week" (Monday to today), "two weeks ago" (give or take three days), "a fortnight
    ago", "last week" (its Monday to yesterday), "last weekend" or "the weekend" (the last
    Friday to Sunday before today; on a weekend, to today), the day of the week of publication itself (today:
    a Sunday's "on Sunday", where dateparser gives the Sunday before)."""
    low = raw.lower()
    if (day := _WEEKDAY.match(low)) is not None and _WEEKDAYS.index(day.group(1)) == today.weekday():
        return DateValue(today.isoformat(), "day", None, today, today, relative=True)
    earlier = _EARLIER_THIS.match(low)
    if earlier:
        unit = earlier.group(1)
        if unit == "week":
            start = today - dt.timedelta(days=today.weekday())
        elif unit == "month":
            start = today.replace(day=1)
        else:
            start = today.replace(month=1, day=1)
        return DateValue(start.isoformat(), unit, None, start, today, relative=True)
    if low == "last week":
        # the calendar week before this one, or the seven days before today: either, so from
        # that week's Monday to yesterday (dateparser gives only the seven days)
        start = today - dt.timedelta(days=today.weekday() + 7)
        week = start.isocalendar()
        return DateValue(
            f"{week[0]:04d}-W{week[1]:02d}", "week", None, start, today - dt.timedelta(days=1), relative=True
        )
    if low in ("last weekend", "the weekend", "weekend"):
        sunday = today - dt.timedelta(days=today.weekday() + 1)
        end = today if today.weekday() >= 5 else sunday
        return DateValue(sunday.isoformat(), "week", None, sunday - dt.timedelta(days=2), end, relative=True)
    ago = _AGO.match(low)
    if ago:
        n = int(ago.group(1)) if ago.group(1).isdigit() else COUNT_WORDS[ago.group(1)]
        unit = ago.group(2).rstrip("s")
        days = n * {"day": 1, "week": 7, "fortnight": 14}[unit]
        day = today - dt.timedelta(days=days)
        slack = dt.timedelta(days=0 if unit == "day" else 3)
        return DateValue(
            day.isoformat(), "day" if unit == "day" else "week", None, day - slack, day + slack, True
        )
    return None


def _season_days(name: str, year: int) -> tuple[dt.date, dt.date]:
    """The season of that name beginning in `year` (winter: December to February)."""
    first, last = _SEASON_MONTHS[name]
    end_year, last = (year + 1, last - 12) if last > 12 else (year, last)
    start = dt.date(year, first if first <= 12 else first - 12, 1)
    return start, dt.date(end_year, last, calendar.monthrange(end_year, last)[1])


def _season(raw: str, today: dt.date | None, modifier: str | None) -> DateValue | None:
    """ "the summer of 2022", "spring 2021" (winter of a year: the one it begins or ends in);
    with no year, counted from publication: "the summer" and "this summer" the last one begun,
    "last summer" the last one over, "next summer" the first one to come."""
    match = _SEASON.match(raw)
    if match is None:
        return None
    which, name, year = (match.group(1) or "").lower(), match.group(2).lower(), match.group(3)
    if year is not None:
        if which:
            return None
        y = int(year)
        start, end = _season_days(name, y - 1 if name == "winter" else y)
        if name == "winter":
            end = _season_days(name, y)[1]
        return DateValue(year, "season", modifier, *_narrow(start, end, modifier))
    if today is None:
        return None
    seasons = [_season_days(name, y) for y in range(today.year - 2, today.year + 2)]
    if which in ("last", "past"):
        start, end = [s for s in seasons if s[1] < today][-1]
    elif which == "next":
        start, end = next(s for s in seasons if s[0] > today)
    else:
        start, end = [s for s in seasons if s[0] <= today][-1]
    return DateValue(str(start.year), "season", modifier, *_narrow(start, end, modifier), relative=True)


def is_stretch(text: str) -> bool:
    """A date that names a stretch of the calendar, which "over" puts an event in ("over the
    weekend"), not a count of time ("over two days", "over the years")."""
    return _STRETCH.search(text) is not None


def _day_range(raw: str, anchor: dt.datetime | None) -> DateValue | None:
    """A stretch of days ("19 to 23 August", "August 19-23", "3 May to 9 June 2024"): from the
    first day to the last, the year read as the last day's."""
    first_day = first_month = last_day = last_month = year = None
    if m := _DAY_RANGE[0].match(raw):
        first_day, last_day, last_month, year = m.groups()
    elif m := _DAY_RANGE[1].match(raw):
        last_month, first_day, last_day, year = m.groups()
    elif m := _DAY_RANGE[2].match(raw):
        first_day, first_month, last_day, last_month, year = m.groups()
    if last_month is None:
        return None
    last = normalise(f"{last_day} {last_month} {year or ''}", anchor)
    if last is None or last.granularity != "day":
        return None
    month = _month_number(first_month or last_month)
    start_year = last.start.year - (month > last.start.month)
    try:
        start = dt.date(start_year, month, int(first_day))
    except ValueError:
        return None
    if start >= last.start or (last.start - start).days > 62:
        return None
    return DateValue(
        f"{start.isoformat()}/{last.start.isoformat()}", "week", None, start, last.start, last.relative
    )


def _week_of(ordinal: str, month: DateValue | None) -> DateValue | None:
    """The first/second/third/fourth/last seven days of a month."""
    if month is None or month.granularity != "month" or month.modifier is not None:
        return None
    if ordinal in _WEEK_ORDINALS:
        start = month.start + dt.timedelta(days=7 * _WEEK_ORDINALS[ordinal])
        end = start + dt.timedelta(days=6)
    else:
        end = month.end
        start = end - dt.timedelta(days=6)
    return DateValue(month.value, "week", None, start, end, month.relative)


def _weekend_of(day: DateValue | None) -> DateValue | None:
    """The Friday to Sunday a day of the weekend belongs to (a Monday: the weekend before it)."""
    if day is None or day.granularity != "day":
        return None
    weekday = day.start.weekday()  # Monday 0 ... Sunday 6
    if weekday == 0:
        start = day.start - dt.timedelta(days=3)
    elif weekday >= 4:
        start = day.start - dt.timedelta(days=weekday - 4)
    else:
        return day
    return DateValue(day.value, "week", None, start, start + dt.timedelta(days=2), day.relative)


@lru_cache(maxsize=4096)
def _parser(anchor: dt.datetime | None) -> DateDataParser:
    settings = {
        "PREFER_DAY_OF_MONTH": "first",
        "PREFER_DATES_FROM": "past",
        "RETURN_TIME_AS_PERIOD": False,
    }
    if anchor is not None:
        settings["RELATIVE_BASE"] = anchor
    return DateDataParser(languages=["en"], settings=settings)


def _month_number(name: str) -> int:
    return list(calendar.month_abbr).index(name[:3].title())


def _calendar_phrase(raw: str, anchor: dt.datetime | None) -> tuple[dt.date, dt.date, str, str, bool] | None:
    """A quarter, a month counted from the year of publication, or a holiday: (start, end,
    value, granularity, relative), or None when the phrase is none of them or needs an anchor
    it has not got. A holiday without a year is its last one up to the day of publication."""
    if quarter := _QUARTER.match(raw):
        q = int(quarter.group(1) or _QUARTER_ORDINALS[quarter.group(2).lower()])
        year, first = int(quarter.group(3)), 3 * q - 2
        end = dt.date(year, first + 2, calendar.monthrange(year, first + 2)[1])
        return dt.date(year, first, 1), end, f"{year:04d}-Q{q}", "quarter", False
    today = anchor.date() if anchor is not None else None
    if (then := MONTH_THEN.fullmatch(raw)) is not None and today is not None:
        month = _month_number(then.group(1) or then.group(4))
        which = (then.group(2) or then.group(3)).lower()
        year = today.year + {"last": -1, "this": 0, "next": 1}[which]
        first = last = year
        if then.group(3) is not None and which == "last" and month < today.month:
            last = today.year  # "last May" in June: this May, or May a year before
        elif then.group(3) is not None and which == "next" and month > today.month:
            first = today.year  # "next July" in June: this July, or July a year after
        end = dt.date(last, month, calendar.monthrange(last, month)[1])
        if first == last:
            return dt.date(first, month, 1), end, f"{first:04d}-{month:02d}", "month", True
        return dt.date(first, month, 1), end, f"{first:04d}-{month:02d}/{last:04d}-{month:02d}", "year", True
    holiday = _HOLIDAY.match(raw)
    if holiday is None or (holiday.group(2) is None and today is None):
        return None
    name = holiday.group(1).lower().replace("'", "")
    name = next(h for h in (*HOLIDAYS, *EASTER_DAYS) if h.replace("'", "") == name)

    def days(year: int) -> tuple[dt.date, dt.date]:
        if name in HOLIDAYS:
            day = dt.date(year, *HOLIDAYS[name])
            return day, day
        sunday = easter(year)
        lo, hi = EASTER_DAYS[name]
        return sunday + dt.timedelta(days=lo), sunday + dt.timedelta(days=hi)

    if holiday.group(2) is not None:
        start, end = days(int(holiday.group(2)))
        relative = False
    else:
        assert today is not None
        start, end = days(today.year)
        if start > today:
            start, end = days(today.year - 1)
        relative = True
    value = start.isoformat() if start == end else f"{start.isoformat()}/{end.isoformat()}"
    return start, end, value, "day" if start == end else "week", relative


@lru_cache(maxsize=16384)
def normalise(text: str, anchor: dt.datetime | None = None) -> DateValue | None:
    raw = " ".join(text.replace("’", "'").split()).strip(" ,.;:'\"")
    raw = re.sub(r"'s$", "", raw)  # "last Monday's": the NER may keep the possessive in the date
    modifier = None
    match = _MODIFIER.match(raw)
    if match:
        mod = match.group("mod").lower()
        modifier = _CANONICAL_MODIFIER.get(mod, mod)
        raw = raw[match.end() :]
    raw = re.sub(r"^(?:in|on|since|by|until|from|during|of)\s+", "", raw, flags=re.IGNORECASE)
    if not raw:
        return None
    if _TODAY.match(raw):
        raw = "today"
    elif _LAST_NIGHT.match(raw):
        raw = "yesterday"
    if anchor is not None and (counted := _counted_back(raw, anchor.date())) is not None:
        return counted
    week = _WEEK_OF.match(raw)
    if week and modifier is None:
        return _week_of(week.group(1).lower(), normalise(week.group(2), anchor))
    weekend = _WEEKEND_OF.match(raw)
    if weekend and modifier is None:
        return _weekend_of(normalise(weekend.group(1), anchor))

    if (season := _season(raw, anchor.date() if anchor is not None else None, modifier)) is not None:
        return season
    raw = _SEPT.sub("Sep", raw)
    if modifier is None and (days := _day_range(raw, anchor)) is not None:
        return days
    if (found := _calendar_phrase(raw, anchor)) is not None:
        start, end, value, granularity, relative = found
        start, end = _narrow(start, end, modifier)
        return DateValue(value, granularity, modifier, start, end, relative=relative)

    years = _YEAR_RANGE.match(raw)
    if years:
        first, last = years.group(1), years.group(2)
        last = first[: 4 - len(last)] + last
        if int(last) < int(first):
            return None
        start, end = _year_interval(int(first), int(last))
        return DateValue(f"{first}/{last}", "year", modifier, start, end)
    decade = _DECADE.match(raw)
    if decade:
        first = int(decade.group(1)) * 10
        start, end = _narrow(*_year_interval(first, first + 9), modifier)
        return DateValue(f"{first}/{first + 9}", "decade", modifier, start, end)

    absolute = bool(_HAS_YEAR.search(raw) or _HAS_MONTH.search(raw))
    relative = bool(_RELATIVE.search(raw))
    if not absolute and not (relative and anchor is not None):
        return None
    if len(raw) > 60:
        return None
    data = _parser(anchor).get_date_data(raw)
    if data is None or data.date_obj is None:
        return None
    day = data.date_obj.date()
    period = data.period or "day"
    has_year = bool(_HAS_YEAR.search(raw))
    if absolute and not has_year and not relative and anchor is None:
        return None  # "February 27" without a year means something only with an anchor
    if period == "year":
        start, end = _year_interval(day.year, day.year)
        value = f"{day.year:04d}"
    elif period == "month":
        last = calendar.monthrange(day.year, day.month)[1]
        start, end = dt.date(day.year, day.month, 1), dt.date(day.year, day.month, last)
        value = f"{day.year:04d}-{day.month:02d}"
    elif period == "week":
        start, end = day, day + dt.timedelta(days=6)
        value = f"{day.isocalendar()[0]:04d}-W{day.isocalendar()[1]:02d}"
    else:
        period = "day"
        start = end = day
        value = day.isoformat()
    start, end = _narrow(start, end, modifier)
    return DateValue(value, period, modifier, start, end, relative=relative and not has_year)
