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
