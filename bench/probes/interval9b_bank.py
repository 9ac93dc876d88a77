"""Fresh wording for date.interval_conflict, written by interval9b before reading the analysis
(round 9). The second claim often names the series differently from the first: a pronoun
("it", "the previous one"), a generic noun ("occasion", "instance"), a year modifier
("the 2011 ..."), a possessive, an owner ("the country") on one side only."""

import dataclasses

from bench.injectors.consistency import EventKind, IntervalClaim, NegativePair
from bench.injectors.templates_dev import BANK as DEV

KINDS = (
    EventKind("eruption", ("was recorded", "was observed"), ("volcanologists", "the observatory")),
    EventKind("rate cut", ("was announced", "was approved"), ("the central bank", "analysts")),
    EventKind("snowfall", ("was recorded", "settled"), ("forecasters", "the weather service")),
    EventKind("eclipse", ("was visible", "could be seen"), ("astronomers", "the planetarium")),
    EventKind("state visit", ("was paid", "was made"), ("the palace", "diplomats"), hosted=True),
    EventKind(
        "referendum", ("was called", "was put to voters"), ("the electoral commission", "officials"), True
    ),
    EventKind(
        "by-election", ("was fought", "was called"), ("party officials", "the returning officer"), True
    ),
    EventKind("recession", ("was declared", "set in"), ("economists", "the statistics office")),
    EventKind("execution", ("was carried out",), ("the prison service", "rights groups")),
    EventKind("budget surplus", ("was posted", "was reported"), ("the treasury", "the finance ministry")),
    EventKind("tornado", ("touched down", "struck"), ("the weather service", "storm chasers")),
    EventKind("tremor", ("was felt", "shook the region"), ("seismologists", "the geological survey")),
    EventKind("promotion", ("was sealed", "was secured"), ("the club", "supporters")),
    EventKind("regatta", ("was sailed", "went ahead"), ("organisers", "the sailing club"), hosted=True),
    EventKind("pay rise", ("was agreed", "was awarded"), ("the union", "staff representatives")),
    EventKind("dividend", ("was paid", "was declared"), ("the company", "shareholders")),
    EventKind("coronation", ("was staged", "was celebrated"), ("the palace", "historians"), hosted=True),
    EventKind("hurricane", ("made landfall", "hit the coast"), ("forecasters", "the hurricane centre")),
    EventKind("drought", ("was declared", "took hold"), ("the water authority", "farmers")),
    EventKind("census", ("was taken", "was conducted"), ("the statistics agency", "demographers")),
    EventKind("grand prix", ("was raced", "was run"), ("organisers", "the governing body"), hosted=True),
    EventKind("whale sighting", ("was reported", "was confirmed"), ("wildlife officers", "the coastguard")),
    EventKind("devaluation", ("was announced", "was ordered"), ("the central bank", "currency traders")),
    EventKind("bumper harvest", ("was gathered", "was brought in"), ("farmers", "the agriculture ministry")),
)

N, YEAR, MORE = "n", "year", "more_n"

INTERVAL_FIRST = (
    IntervalClaim("{Event} was the first in {n}, {who} said.", N),
    IntervalClaim("{Who} said it was the first {noun} in {n}.", N),
    IntervalClaim("It was the country's first {noun} since {year}.", YEAR),
    IntervalClaim("Not since {year} had the country seen {a_noun}.", YEAR),
    IntervalClaim("The {noun}, the first for {n}, {happened} on Tuesday.", N),
    IntervalClaim("For the first time in {n}, {a_noun} {happened}.", N),
    IntervalClaim("{Who} hailed the first {noun} in more than {n}.", MORE),
    IntervalClaim("It ended a {n_num}-year wait for {a_noun}, {who} said.", N),
    IntervalClaim("The last time {a_noun} {happened} was {n} ago, {who} said.", N),
    IntervalClaim("This week's {noun} was the first since {year}.", YEAR),
    IntervalClaim("{Who} said the {noun} was the first of its kind in over {n}.", MORE),
    IntervalClaim("Such {a_noun} had not been seen since {year}, according to {who}.", YEAR),
    IntervalClaim("The country had waited {n} for {a_noun}.", N),
    IntervalClaim("{Who} described it as the first {noun} the country had seen in {n}.", N),
    IntervalClaim("The first {noun} since {year} {happened} overnight.", YEAR),
    IntervalClaim("{Event} – a first since {year} – caught many by surprise.", YEAR),
    IntervalClaim("It is {n} since the country last saw {a_noun}, {who} said.", N),
    IntervalClaim("By the count of {who}, {n} have passed since the previous {noun}.", N),
    IntervalClaim("{Who} confirmed the {noun}, the first in almost {n}.", N),
    IntervalClaim("Until this week, the country had gone {n} without {a_noun}.", N),
    IntervalClaim("The {noun} broke a {n_num}-year gap, {who} said.", N),
    IntervalClaim("{Who} had not recorded {a_noun} since {year}.", YEAR),
    IntervalClaim("The {noun} was the country's first in {n}.", N),
    IntervalClaim("Its first {noun} since {year} was welcomed by {who}.", YEAR),
    IntervalClaim("{Event} came after a gap of {n}.", N),
    IntervalClaim("The {noun} – the first in {n} – was confirmed by {who}.", N),
    IntervalClaim("{Who} said {event} marked the first such occurrence since {year}.", YEAR),
    IntervalClaim("Locals had not witnessed {a_noun} in {n}.", N),
    IntervalClaim("Tuesday's {noun} was the first in the country for {n}.", N),
    IntervalClaim("It has been {n} since the previous {noun}, {who} noted.", N),
    IntervalClaim("The wait for {a_noun}, which stretched back to {year}, is over.", YEAR),
    IntervalClaim("{Who} said the country last saw {a_noun} {n} ago.", N),
    IntervalClaim("The country {held} its first {noun} since {year} on Sunday.", YEAR),
    IntervalClaim('"We have not had {a_noun} for {n}," a spokesman for {who} said.', N),
    IntervalClaim("The {noun} is the first to have been recorded in more than {n}.", MORE),
    IntervalClaim("In the first {noun} since {year}, thousands of people were affected.", YEAR),
)

INTERVAL_SECOND = (
    IntervalClaim("The previous one {happened} in {year}.", YEAR),
    IntervalClaim("It last happened in {year}, {who} said.", YEAR),
    IntervalClaim("The last time that happened was in {year}.", YEAR),
    IntervalClaim("{Who} said the previous {noun} {happened} in {year}.", YEAR),
    IntervalClaim("Records show the last such {noun} {happened} {n} ago.", N),
    IntervalClaim("Before this, the most recent {noun} dated back to {year}.", YEAR),
    IntervalClaim("{year} was the last time the country saw {a_noun}.", YEAR),
    IntervalClaim("The last occasion was in {year}, according to {who}.", YEAR),
    IntervalClaim("When the country last had {a_noun}, in {year}, schools were closed.", YEAR),
    IntervalClaim("The previous {noun}, in {year}, was smaller.", YEAR),
    IntervalClaim("{Who} recalled that the last {noun} came in {year}.", YEAR),
    IntervalClaim("It was {n} ago that the country last saw {a_noun}.", N),
    IntervalClaim("The one before it {happened} {n} ago.", N),
    IntervalClaim("{Who} last reported {a_noun} in {year}.", YEAR),
    IntervalClaim("The country's previous {noun} was in {year}.", YEAR),
    IntervalClaim("Its predecessor {happened} in {year}.", YEAR),
    IntervalClaim("The last {noun} on record {happened} in {year}.", YEAR),
    IntervalClaim("In {year}, the last time {a_noun} {happened}, roads were closed for days.", YEAR),
    IntervalClaim("The previous instance was logged in {year}, {who} said.", YEAR),
    IntervalClaim("Such {a_noun} was last seen in {year}.", YEAR),
    IntervalClaim("The {year} {noun} had been the last until now.", YEAR),
    IntervalClaim("{year}'s {noun} was the most recent before this one.", YEAR),
    IntervalClaim("There had been no {noun} since {year}, {who} said.", YEAR),
    IntervalClaim("Not since {year} had there been {a_noun}.", YEAR),
    IntervalClaim("{Who} said the gap since the last {noun} was {n}.", N),
    IntervalClaim("The last {noun} before this one {happened} {n} ago.", N),
    IntervalClaim("It had not happened since {year}, {who} said.", YEAR),
    IntervalClaim("This was something not seen since {year}.", YEAR),
    IntervalClaim("According to {who}, the last one {happened} in {year}.", YEAR),
    IntervalClaim("The country last had {a_noun} in {year}.", YEAR),
    IntervalClaim("The country last {held} {a_noun} in {year}.", YEAR),
    IntervalClaim("A similar {noun} {happened} in {year}, the last before this week.", YEAR),
    IntervalClaim('"The last one was back in {year}," said a spokeswoman for {who}.', YEAR),
    IntervalClaim("Older residents remember the previous {noun}, in {year}.", YEAR),
)

NEGATIVES = (
    # the same year said two ways
    NegativePair(
        "{Event} was the first in {n}, {who} said.", "The previous {noun} {happened} in {year}.", "consistent"
    ),
    NegativePair(
        "It was the country's first {noun} since {year}.", "The last one, {n} ago, was smaller.", "consistent"
    ),
    NegativePair(
        "It is {n} since the last {noun}.", "{year} was the last time the country saw {a_noun}.", "consistent"
    ),
    NegativePair(
        "{Event} – the first since {year} – was confirmed on Monday.",
        "{Who} said the previous one had come {n} earlier.",
        "consistent",
    ),
    # another kind
    NegativePair("{Event} was the first in {n}.", "The last {other_noun} came in {year}.", "different"),
    # another owner: a region, a named place, a person
    NegativePair(
        "It was the first {noun} in the north of the country in {n}.",
        "The south last had {a_noun} in {year}.",
        "different",
    ),
    NegativePair(
        "It was Norfolk's first {noun} in {n}.",
        "Neighbouring Suffolk last saw {a_noun} in {year}.",
        "different",
    ),
    NegativePair(
        "Rodriguez said it was the first {noun} she had covered in {n}.",
        "The city as a whole last saw {a_noun} in {year}.",
        "different",
    ),
    # a superlative since a year
    NegativePair(
        "{Event} was the first in {n}, {who} said.",
        "It was also the largest {noun} since {year}.",
        "different",
    ),
    NegativePair(
        "The {noun} was the first in {n}.", "The month was the wettest since {year}, {who} said.", "different"
    ),
    # a vague gap
    NegativePair(
        "{Event} was the first in years, {who} said.", "A {noun} was last recorded in {year}.", "different"
    ),
    # a future instance
    NegativePair(
        "{Event} was the first in {n}.", "{Who} warned that the next {noun} could be {n} away.", "different"
    ),
    # an earlier instance, not the last one
    NegativePair(
        "It was the first {noun} in {n}, {who} said.",
        "An earlier {noun}, in {year}, had been far smaller.",
        "different",
    ),
)

BANK = dataclasses.replace(
    DEV,
    name="interval9b",
    kinds=KINDS,
    interval_first=INTERVAL_FIRST,
    interval_second=INTERVAL_SECOND,
    negatives_interval=NEGATIVES,
)
