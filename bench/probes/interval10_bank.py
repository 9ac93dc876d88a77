"""Fresh wording for date.interval_conflict, written by interval10 before reading the analysis
(round 10). Registers the earlier banks under-use: sports records (an away win, a first
championship in N seasons), weather and science (a frost, a meteor shower, a breeding pair
"not recorded since YEAR"), business (a share buyback, a flotation), politics and courts (a
conviction of its kind, a pardon, an impeachment). The second side states the previous
instance as "it was last recorded in YEAR", "its predecessor came in YEAR", "the one before it",
"YEAR saw the last X", "since the last X, in YEAR", "had to wait until YEAR"; some claims are
split over two sentences."""

import dataclasses

from bench.injectors.consistency import EventKind, IntervalClaim, NegativePair
from bench.injectors.templates_dev import BANK as DEV

KINDS = (
    EventKind("away win", ("was secured", "was sealed"), ("the club", "the manager")),
    EventKind("championship", ("was clinched", "was won"), ("the league", "club officials")),
    EventKind("relegation", ("was confirmed", "was sealed"), ("the club", "the league")),
    EventKind("frost", ("was recorded", "settled"), ("forecasters", "the weather service")),
    EventKind("meteor shower", ("was visible", "was observed"), ("astronomers", "the observatory")),
    EventKind("breeding pair", ("was spotted", "was confirmed"), ("the wildlife trust", "ornithologists")),
    EventKind("share buyback", ("was announced", "was approved"), ("the company", "analysts")),
    EventKind("flotation", ("was completed", "went ahead"), ("the exchange", "bankers")),
    EventKind("conviction", ("was secured", "was handed down"), ("prosecutors", "the court")),
    EventKind("pardon", ("was granted", "was issued"), ("the governor's office", "lawyers")),
    EventKind("impeachment", ("went ahead", "was voted through"), ("parliament", "lawmakers")),
    EventKind("extradition", ("was carried out", "was approved"), ("the justice ministry", "lawyers")),
    EventKind("state funeral", ("was held", "took place"), ("the government", "officials"), hosted=True),
    EventKind("semi-final", ("was played", "was reached"), ("the federation", "the organisers"), hosted=True),
    EventKind("air show", ("went ahead", "was held"), ("the organisers", "the council"), hosted=True),
    EventKind("hosepipe ban", ("was imposed", "came into force"), ("the water company", "regulators")),
    EventKind("gold medal", ("was won", "was claimed"), ("team officials", "the federation")),
    EventKind("death sentence", ("was handed down", "was imposed"), ("the court", "rights groups")),
    EventKind("bird flu case", ("was confirmed", "was detected"), ("vets", "the agriculture ministry")),
    EventKind("rate rise", ("was announced", "was agreed"), ("the central bank", "economists")),
)

C = IntervalClaim

INTERVAL_FIRST = (
    C("{Who} said it was their first {noun} at the ground since {year}.", "year"),
    C("The side claimed a first {noun} in {n} on Saturday, ending years of frustration.", "n"),
    C("{Event} {happened} on Monday, ending a wait that stretched back to {year}.", "year"),
    C("It is the first {noun} to be recorded in the county in {n}, according to {who}.", "n"),
    C("No {noun} had been recorded there since {year} until this week, {who} said.", "year"),
    C("{Event}, its first since {year}, {happened} on Thursday.", "year"),
    C("{Who} hailed a first {noun} in {n}.", "n"),
    C("A first {noun} since {year} {happened} on Friday, {who} confirmed.", "year"),
    C("The wait for {a_noun} is over after {n}.", "n"),
    C("It was the first {noun} of its kind since {year}, {who} said.", "year"),
    C("Wednesday's {noun} - the first in {n} - {happened} without warning.", "n"),
    C("'It has been {n} since we last had {a_noun},' a spokesman for {who} said.", "n"),
    C("{Event} {happened} on Sunday, a first since {year}.", "year"),
    C("{Who} said the {noun} was a first for the country in {n}.", "n"),
    C("First {noun} in {n} for the region, say {who}.", "n"),
    C("{Event}, the first to be seen in {n}, {happened} overnight.", "n"),
    C("Described by {who} as the first in {n}, the {noun} {happened} on Saturday.", "n"),
    C("The {noun} ended {n} of waiting, {who} said.", "n"),
    C("{Who} confirmed the {noun}, which was the first since {year}.", "year"),
    C("The {noun} on Tuesday was the first in more than {n}.", "more_n"),
    C("It had been more than {n} since the last {noun}, {who} said.", "more_n"),
    C("On Wednesday, and for the first time since {year}, {a_noun} {happened}.", "year"),
    C("{Who} said a {n_num}-year gap had ended with the {noun}.", "n"),
    C("Saturday's {noun} was the first the club had managed since {year}.", "year"),
    C("This was the first {noun} {who} had seen in {n}.", "n"),
    C("The {noun} came after a {n_num}-year absence.", "n"),
    C("{Event} {happened} on Monday. It was the first since {year}, {who} said.", "year"),
    C("{Who} confirmed {a_noun} on Friday. None had been recorded for {n}.", "n"),
    C("It marked the first {noun} in {n_num} years for the region.", "n"),
    C("Thursday saw the first {noun} since {year}.", "year"),
    C("The {noun} is believed to be the first in {n}.", "n"),
    C("Records show the {noun} was the first since at least {year}.", "more_n"),
    C("Not once in {n} had the region seen {a_noun}, {who} said.", "n"),
    C("{Who} celebrated the {noun}, their first in {n}.", "n"),
)

INTERVAL_SECOND = (
    C("{Who} said {a_noun} was last recorded in {year}.", "year"),
    C("The {noun}'s predecessor came in {year}, {who} said.", "year"),
    C("The one before it was in {year}, {who} said.", "year"),
    C("The {noun} before that one was in {year}.", "year"),
    C("The previous time {a_noun} {happened} was in {year}.", "year"),
    C("Supporters had to wait until {year} for the last {noun}.", "year"),
    C("{year} saw the last {noun}, {who} said.", "year"),
    C("Since the last {noun}, in {year}, much has changed.", "year"),
    C("The last {noun} dates back to {year}.", "year"),
    C("{Who} said the previous {noun} had come {n} earlier.", "n"),
    C("The previous {noun} was back in {year}.", "year"),
    C("{a_noun} in {year} had been the most recent, {who} said.", "year"),
    C("The club's last {noun} came in {year}.", "year"),
    C("Until now, the last {noun} had been in {year}, {who} said.", "year"),
    C("It has been {n} since the last {noun}, {who} said.", "n"),
    C("The last such {noun}, in {year}, drew thousands.", "year"),
    C("According to {who}, the last {noun} was recorded in {year}.", "year"),
    C("Last time round, in {year}, the {noun} {happened} within a day.", "year"),
    C("{Who} said that {year} was the last year with {a_noun}.", "year"),
    C("It is {n_num} years since the last {noun}.", "n"),
    C("The previous such {noun} was recorded in {year}.", "year"),
    C("The last {noun} was as long ago as {year}.", "year"),
    C("There was {a_noun} only {n} ago, {who} said.", "n"),
    C("{Who} said the {noun} drew more attention than the previous one, in {year}.", "year"),
    C("{Who} keeps a record of every {noun}. The last was in {year}.", "year"),
    C("The {noun} followed one in {year}, {who} said.", "year"),
    C("The {year} {noun} was the previous one.", "year"),
    C("The last {noun} came in {year}, when few people had mobile phones.", "year"),
    C("The {noun} before this one was {held} in {year}.", "year"),
    C("{Who} remembered the previous {noun}, in {year}, well.", "year"),
    C("The most recent {noun} on record was in {year}, {who} said.", "year"),
    C("In {year}, the last time {a_noun} {happened}, few noticed.", "year"),
    C("It last happened in {year}, {who} said.", "year"),
)

NEGATIVES = (
    NegativePair(
        "{Event} was the first since {year}, {who} noted.",
        "It is {n_num} years since the previous {noun}.",
        "consistent",
    ),
    NegativePair(
        "A first {noun} in {n} {happened} on Saturday.",
        "The last {noun} dates back to {year}.",
        "consistent",
    ),
    NegativePair(
        "The club claimed a first {noun} in {n}.",
        "Its last {other_noun} came in {year}.",
        "different",
    ),
    NegativePair(
        "{Event} was the first in {n}, {who} said.",
        "It was also the wettest day since {year}, forecasters said.",
        "superlative",
    ),
    NegativePair(
        "The {noun} was the first since {year}, {who} said.",
        "Shares closed at their highest level since {year}.",
        "superlative",
    ),
    NegativePair(
        "{Who} hailed the first {noun} in {n}.",
        "Supporters said they had not celebrated like this in years.",
        "vague",
    ),
    NegativePair(
        "It was the first {noun} in {n}, {who} said.",
        "{Who} hope the next {noun} will not take another {n}.",
        "future",
    ),
    NegativePair(
        "Their first {noun} since {year} {happened} on Sunday.",
        "Their opponents' last {noun} was in {year}.",
        "other_owner",
    ),
    NegativePair(
        "The court's first {noun} in {n} {happened} on Tuesday.",
        "A neighbouring court last recorded {a_noun} in {year}.",
        "other_owner",
    ),
    NegativePair(
        "It was the first {noun} in {n}, {who} said.",
        "{Who} recalled an even larger {noun} in {year}.",
        "older",
    ),
    NegativePair(
        "{Event} was the first in {n}.",
        "{Who} has been in charge of the region since {year}.",
        "other_since",
    ),
    NegativePair(
        "The {noun}, a first in {n}, {happened} on Friday.",
        "The {year} {other_noun} was the last one, {who} said.",
        "different",
    ),
)

BANK = dataclasses.replace(
    DEV,
    name="interval10",
    kinds=KINDS,
    interval_first=INTERVAL_FIRST,
    interval_second=INTERVAL_SECOND,
    negatives_interval=NEGATIVES,
)
