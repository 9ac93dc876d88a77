import datetime as dt

import pytest

from analysis.dates import normalise


@pytest.mark.parametrize(
    ("text", "value", "granularity", "modifier"),
    [
        ("February 27, 2022", "2022-02-27", "day", None),
        ("27 February 2022", "2022-02-27", "day", None),
        ("late February 2019", "2019-02", "month", "late"),
        ("early 2023", "2023", "year", "early"),
        ("the end of 2019", "2019", "year", "late"),
        ("mid-2020", "2020", "year", "mid"),
        ("August 1991", "1991-08", "month", None),
        ("1950-1953", "1950/1953", "year", None),
        ("1950–53", "1950/1953", "year", None),
        ("the 1990s", "1990/1999", "decade", None),
    ],
)
def test_absolute_dates(text, value, granularity, modifier):
    date = normalise(text)
    assert (date.value, date.granularity, date.modifier) == (value, granularity, modifier)


def test_modifiers_narrow_the_interval():
    late, early = normalise("late February 2019"), normalise("early February 2019")
    assert late.start > early.end
    assert not late.overlaps(early)
    assert late.overlaps(normalise("February 2019"))
    assert normalise("late 2019").start == dt.date(2019, 9, 1)


@pytest.mark.parametrize("text", ["24 years", "three-day", "the past few decades", "the second day", ""])
def test_durations_and_vague_phrases_are_not_dates(text):
    assert normalise(text) is None


def test_relative_dates_need_an_anchor():
    assert normalise("Monday") is None
    anchor = dt.datetime(2019, 1, 4)  # a Friday
    monday = normalise("Monday", anchor)
    assert monday.value == "2018-12-31" and monday.relative
    assert normalise("yesterday", anchor).value == "2019-01-03"


def test_day_without_year_needs_an_anchor():
    assert normalise("February 27") is None
    assert normalise("February 27", dt.datetime(2022, 3, 1)).value == "2022-02-27"


def test_a_week_of_a_month_is_seven_days_of_it():
    second = normalise("the second week of October 2021")
    assert (second.start, second.end) == (dt.date(2021, 10, 8), dt.date(2021, 10, 14))
    last = normalise("the last week of February 2021")
    assert (last.start, last.end) == (dt.date(2021, 2, 22), dt.date(2021, 2, 28))
    assert not last.overlaps(normalise("3 February 2021"))


def test_the_weekend_of_a_day_runs_friday_to_sunday():
    weekend = normalise("the weekend of 16 October 2021")  # a Saturday
    assert (weekend.start, weekend.end) == (dt.date(2021, 10, 15), dt.date(2021, 10, 17))
    assert weekend.overlaps(normalise("17 October 2021"))
    assert not weekend.overlaps(normalise("23 October 2021"))


def test_a_part_of_a_day_names_its_day():
    anchor = dt.datetime(2021, 6, 9)  # a Wednesday
    assert normalise("this afternoon", anchor).value == "2021-06-09"
    assert normalise("last night", anchor).value == "2021-06-08"
    assert normalise("Monday evening", anchor).value == "2021-06-07"


def test_dates_counted_back_from_publication():
    anchor = dt.datetime(2021, 6, 9)  # a Wednesday
    week = normalise("earlier this week", anchor)
    assert (week.start, week.end) == (dt.date(2021, 6, 7), dt.date(2021, 6, 9))
    ago = normalise("three weeks ago", anchor)
    assert ago.start <= dt.date(2021, 5, 19) <= ago.end and not ago.overlaps(normalise("2 May 2021"))
    assert normalise("a fortnight ago", anchor).overlaps(normalise("26 May 2021"))
    weekend = normalise("last weekend", anchor)
    assert (weekend.start, weekend.end) == (dt.date(2021, 6, 4), dt.date(2021, 6, 6))


def test_last_week_is_either_the_calendar_week_before_or_the_seven_days_before():
    # on Sunday 1 September 2024 "last week" may mean 19-25 August or 25-31 August
    sunday = normalise("last week", dt.datetime(2024, 9, 1))
    assert (sunday.start, sunday.end) == (dt.date(2024, 8, 19), dt.date(2024, 8, 31))
    wednesday = normalise("Last week", dt.datetime(2024, 9, 4))
    assert (wednesday.start, wednesday.end) == (dt.date(2024, 8, 26), dt.date(2024, 9, 3))
    assert not wednesday.overlaps(normalise("20 August 2024"))


def test_sept_quarters_and_a_month_counted_from_the_year():
    anchor = dt.datetime(2021, 6, 9)
    assert (
        normalise("Sept. 14, 2020").value == "2020-09-14" and normalise("3 Sept 2019").value == "2019-09-03"
    )
    q = normalise("Q3 2020")  # dateparser read it as a day in March
    assert (q.value, q.start, q.end, q.granularity) == (
        "2020-Q3",
        dt.date(2020, 7, 1),
        dt.date(2020, 9, 30),
        "quarter",
    )
    assert normalise("the final quarter of 2019").value == "2019-Q4"
    assert normalise("May last year", anchor).value == "2020-05"
    assert normalise("last July", anchor).value == "2020-07"  # said in June 2021
    # "last March" in June may be this March or the one before: both, and nothing between counts
    last_march = normalise("last March", anchor)
    assert (last_march.start, last_march.end) == (dt.date(2020, 3, 1), dt.date(2021, 3, 31))
    assert normalise("next March", anchor).value == "2022-03"
    assert normalise("May last year") is None  # no anchor: no year


def test_holidays_name_their_days():
    anchor = dt.datetime(2021, 6, 9)
    assert normalise("Boxing Day", anchor).value == "2020-12-26"  # the last one before publication
    assert normalise("New Year's Day", anchor).value == "2021-01-01"
    assert normalise("Halloween 2018").value == "2018-10-31"
    easter = normalise("Easter", anchor)  # Good Friday to Easter Monday, 2021
    assert (easter.start, easter.end) == (dt.date(2021, 4, 2), dt.date(2021, 4, 5))
    assert normalise("Easter Monday 2019").value == "2019-04-22"
    assert normalise("Christmas Eve") is None  # no anchor, no year


def test_seasons_of_a_year_and_counted_from_publication():
    anchor = dt.datetime(2023, 10, 4)
    summer = normalise("the summer of 2019")
    assert (summer.value, summer.granularity, summer.start, summer.end) == (
        "2019",
        "season",
        dt.date(2019, 6, 1),
        dt.date(2019, 8, 31),
    )
    autumn = normalise("autumn 2017")
    assert (autumn.start, autumn.end) == (dt.date(2017, 9, 1), dt.date(2017, 11, 30))
    late = normalise("late spring 2020")
    assert late.modifier == "late" and dt.date(2020, 5, 1) <= late.start and late.end == dt.date(2020, 5, 31)
    # winter of a year: the one that ends in it or begins in it
    winter = normalise("the winter of 2018")
    assert (winter.start, winter.end) == (dt.date(2017, 12, 1), dt.date(2019, 2, 28))
    assert normalise("this summer", anchor).start == dt.date(2023, 6, 1)
    assert normalise("last winter", anchor).start == dt.date(2022, 12, 1)
    assert normalise("next spring", anchor).start == dt.date(2024, 3, 1)
    assert normalise("the spring") is None  # no anchor, no year


def test_the_weekday_of_publication_is_that_day():
    friday = dt.datetime(2023, 10, 6)
    assert normalise("on Friday", friday).value == "2023-10-06"  # dateparser: the Friday before
    assert normalise("Friday night", friday).value == "2023-10-06"
    assert normalise("last Friday", friday).value == "2023-09-29"
    assert normalise("Thursday", friday).value == "2023-10-05"
    # the NER may keep a possessive in the date: "last Tuesday's"
    assert normalise("last Tuesday's", friday).value == "2023-10-03"


def test_a_stretch_of_days_runs_from_its_first_to_its_last():
    anchor = dt.datetime(2024, 9, 1)
    for text in (
        "19 to 23 August",
        "19-23 August",
        "August 19-23",
        "from 19 to 23 August",
        "between 19 and 23 August",
    ):
        days = normalise(text, anchor)
        assert (days.value, days.start, days.end) == (
            "2024-08-19/2024-08-23",
            dt.date(2024, 8, 19),
            dt.date(2024, 8, 23),
        )
    # across months and a year's end; a year given is the last day's
    assert normalise("28 December to 3 January", anchor).start == dt.date(2023, 12, 28)
    assert normalise("3 to 5 May 2019").value == "2019-05-03/2019-05-05"
    # not a stretch: backwards, or a score
    assert normalise("23 to 19 August", anchor) is None
    assert normalise("2-1", anchor) is None


def test_the_first_or_last_days_of_a_month_are_its_early_or_late_part():
    first = normalise("the first days of September 2023")
    assert (first.modifier, first.start, first.end) == ("early", dt.date(2023, 9, 1), dt.date(2023, 9, 11))
    assert normalise("the closing weeks of July 2024").modifier == "late"
