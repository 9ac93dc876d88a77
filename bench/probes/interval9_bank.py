"""Fresh wording for date.interval_conflict, written by interval9 before reading the analysis
(round 9). The kinds are recurring things copy counts gaps between (a title, a snowfall, a
by-election, a rate cut); the claims vary the syntax of "first in N years" / "not since YEAR"
/ "the previous one was in YEAR": fronted clauses, participles, possessives, quotes, passives,
headline-like compounds, attribution first or last."""

import dataclasses

from bench.injectors.consistency import EventKind, IntervalClaim, NegativePair
from bench.injectors.templates_dev import BANK as DEV

KINDS = (
    EventKind("snowfall", ("settled", "was recorded"), ("forecasters", "the Met Office")),
    EventKind("title", ("was clinched", "was won"), ("the club", "league officials")),
    EventKind(
        "referendum", ("was held", "took place"), ("the electoral commission", "officials"), hosted=True
    ),
    EventKind("recession", ("began", "set in"), ("economists", "the statistics office")),
    EventKind("drought", ("was declared", "set in"), ("water authorities", "the environment agency")),
    EventKind("execution", ("was carried out",), ("prison officials", "rights groups")),
    EventKind("rate cut", ("was announced", "was approved"), ("the central bank", "analysts")),
    EventKind("tornado", ("touched down", "was reported"), ("the weather service", "storm chasers")),
    EventKind("earthquake", ("struck", "was felt"), ("seismologists", "the geological survey")),
    EventKind("state visit", ("took place", "was made"), ("the palace", "diplomats"), hosted=True),
    EventKind("cup final", ("was played", "was staged"), ("the federation", "the organisers"), hosted=True),
    EventKind("cholera outbreak", ("was confirmed", "broke out"), ("health officials", "the ministry")),
    EventKind("by-election", ("was held", "was called"), ("the council", "party officials"), hosted=True),
    EventKind("bailout", ("was agreed", "was signed"), ("the finance ministry", "lenders")),
    EventKind("hurricane", ("made landfall", "struck"), ("the hurricane centre", "meteorologists")),
    EventKind("coronation", ("took place", "was held"), ("the royal household", "courtiers"), hosted=True),
    EventKind("solar eclipse", ("was visible", "was seen"), ("astronomers", "the observatory")),
    EventKind("test match", ("was played", "was staged"), ("the cricket board", "the hosts"), hosted=True),
    EventKind("budget surplus", ("was posted", "was recorded"), ("the treasury", "the finance minister")),
    EventKind("royal wedding", ("took place", "was held"), ("the palace", "royal aides"), hosted=True),
    EventKind("no-confidence vote", ("was held", "was tabled"), ("parliament", "the speaker's office")),
)

C = IntervalClaim

INTERVAL_FIRST = (
    C("{Event} {happened} on Tuesday for the first time in {n}, {who} said.", "n"),
    C("It was the first {noun} in {n}, according to {who}.", "n"),
    C("{Who} said the {noun}, the first since {year}, had caught many people unprepared.", "year"),
    C("Tuesday's {noun} ended a {n_num}-year wait, {who} said.", "n"),
    C("Not since {year} had there been {a_noun} of this kind, {who} noted.", "year"),
    C("The region had not seen {a_noun} since {year}.", "year"),
    C("{Who} described it as the first {noun} in more than {n}.", "more_n"),
    C("{Event} {happened} this week, the first time that has happened since {year}.", "year"),
    C("The {noun} came {n} after the last one, {who} said.", "n"),
    C("Nearly {n} had passed since the last {noun}, {who} said.", "n"),
    C("Residents who had not experienced {a_noun} in {n} were caught off guard.", "n"),
    C("The {noun} was the country's first in {n}.", "n"),
    C("{Who} called the {noun} a first in {n}.", "n"),
    C("{Event} returns after {n}, according to {who}.", "n"),
    C("{Event}, which {happened} on Sunday, was the first in {n}.", "n"),
    C("It ended a run of {n} without {a_noun}.", "n"),
    C("{Who} said there had been no {noun} since {year}.", "year"),
    C("The last {noun} before this one was {n} ago, {who} said.", "n"),
    C("It was the first time since {year} that {a_noun} {happened}.", "year"),
    C("This is the first time in {n} that the area has seen {a_noun}.", "n"),
    C("A gap of {n} separated it from the previous {noun}, {who} said.", "n"),
    C("In a first since {year}, {a_noun} {happened} on Friday.", "year"),
    C("{Who} said that the {noun} was the first of its kind since {year}.", "year"),
    C("The {noun} ended a spell of more than {n} without one, {who} said.", "more_n"),
    C("Absent for {n}, the {noun} returned this spring.", "n"),
    C('"We have not had {a_noun} like this since {year}," one resident told reporters.', "year"),
    C("Officials had gone {n} without {a_noun} before last week.", "n"),
    C("The {year} {noun} had been the most recent until this one, {who} said.", "year"),
    C("Its first {noun} in almost {n} {happened} last month.", "n"),
    C("The country's {n_num}-year {noun} drought ended on Saturday.", "n"),
    C("Until this week, the last {noun} on record dated from {year}.", "year"),
    C("Records kept by {who} show no {noun} between {year} and this year.", "year"),
    C("Coming {n} after the previous one, the {noun} drew large crowds of onlookers.", "n"),
    C("{Who}, who last dealt with {a_noun} in {year}, said this one was different.", "year"),
    C("There has not been {a_noun} for well over {n}, {who} said.", "more_n"),
)

INTERVAL_SECOND = (
    C("The previous {noun} {happened} in {year}, {who} said.", "year"),
    C("{Who} said the last {noun} had been in {year}.", "year"),
    C("Back in {year}, {a_noun} {happened} in the same area.", "year"),
    C("As recently as {year}, {who} recorded {a_noun} there.", "year"),
    C("{year}'s {noun} was the last before this one.", "year"),
    C("The last time {a_noun} {happened} was in {year}.", "year"),
    C("There was {a_noun} in {year}, {who} recalled.", "year"),
    C("{Who} recalled the {noun} of {year}, the last one.", "year"),
    C("The most recent {noun} before this came {n} ago.", "n"),
    C("In {year}, {who} reported {a_noun} on a similar scale.", "year"),
    C("The {noun} in {year} was the most recent one, according to {who}.", "year"),
    C("Only {n} ago, the area saw {a_noun}.", "n"),
    C("Previously, {a_noun} {happened} in {year}.", "year"),
    C("That followed {a_noun} in {year}, {who} said.", "year"),
    C("{Who} pointed to the last {noun}, which {happened} in {year}.", "year"),
    C("It was the first {noun} since {year}, {who} said.", "year"),
    C("Before this, the most recent {noun} was in {year}.", "year"),
    C("The previous {noun}, in {year}, {happened} without incident.", "year"),
    C("{Who} said the {noun} came {n} after the previous one.", "n"),
    C("Data from {who} show {a_noun} in {year}.", "year"),
    C("Not since {year} had the area seen {a_noun}, {who} said.", "year"),
    C("The area had gone without {a_noun} since {year}.", "year"),
    C("Its last {noun} was in {year}.", "year"),
    C("The most recent {noun} had taken place in {year}, according to records.", "year"),
    C("{Who} last reported {a_noun} in {year}.", "year"),
    C("When the last {noun} {happened}, in {year}, few were prepared.", "year"),
    C("It came {n} after the previous {noun}.", "n"),
    C("The {noun} was the first in {n}, {who} said.", "n"),
    C("The country {held} its last {noun} in {year}.", "year"),
    C("Archive footage shows the previous {noun}, {n} ago.", "n"),
    C("{Who} noted that there had also been {a_noun} in {year}.", "year"),
    C("The last {noun} there was {n} ago, {who} said.", "n"),
    C("A similar {noun} {happened} in {year}.", "year"),
)

NEGATIVES = (
    NegativePair(
        "{Event} was the first in {n}, {who} said.",
        "The previous {noun} {happened} in {year}.",
        "consistent",
    ),
    NegativePair(
        "It was the first {noun} since {year}.",
        "{Who} said the gap since the last {noun} was {n}.",
        "consistent",
    ),
    NegativePair(
        "{Who} said the {noun} ended a {n_num}-year wait.",
        "The {year} {noun} had been the last one until now.",
        "consistent",
    ),
    NegativePair(
        "The {noun} was the first in {n}, {who} said.",
        "It was also the first {other_noun} in {n}.",
        "different",
    ),
    NegativePair(
        "{Event} {happened} for the first time in {n}.",
        "The last {other_noun} in the region was recorded in {year}.",
        "different",
    ),
    NegativePair(
        "The {noun}, the first in {n}, {happened} on Monday.",
        "Temperatures that day were the highest since {year}.",
        "superlative",
    ),
    NegativePair(
        "It was the first {noun} in {n}, {who} said.",
        "It was also the worst {noun} since {year}.",
        "superlative",
    ),
    NegativePair(
        "The region saw its first {noun} in {n} on Sunday.",
        "{Who} said another {noun} was unlikely for years, perhaps for decades.",
        "vague",
    ),
    NegativePair(
        "{Event} was the first in {n}.",
        "{Who} expect the next {noun} within {n}.",
        "future",
    ),
    NegativePair(
        "{Who} said the {noun} was the first in {n}.",
        "{Who}, who have kept records since {year}, confirmed the {noun}.",
        "other_since",
    ),
    NegativePair(
        "For the first time in {n}, {a_noun} {happened}.",
        "A rival nation's most recent {noun} came in {year}.",
        "different",
    ),
    NegativePair(
        "{Event} was hailed as the first in {n}.",
        "An older {noun}, in {year}, had been far larger.",
        "different",
    ),
)

BANK = dataclasses.replace(
    DEV,
    name="interval9",
    kinds=KINDS,
    interval_first=INTERVAL_FIRST,
    interval_second=INTERVAL_SECOND,
    negatives_interval=NEGATIVES,
)
