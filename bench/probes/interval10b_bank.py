"""Fresh wording for date.interval_conflict, written by interval10b before reading the
analysis (round 10).

The second claim talks about the series differently from the first: an anaphor ("the
previous one", "its predecessor", "such an event", "the one before it", "last time
round"), a synonym for the owner ("the country" / "the nation" / "here"), a possessive
("its", "their"), a year modifier ("the 2009 ..."), or no noun at all ("the wait had
lasted ..."). Ranges are said the ways copy says them: "some", "nearly", "close to",
"just under", "well over". Syntax: fronted participles and PPs, relative clauses, clefts,
inversions ("Not in ... has"), parentheticals, quotes with attribution first or last,
headline-style possessive compounds."""

import dataclasses

from bench.injectors.consistency import EventKind, IntervalClaim, NegativePair
from bench.injectors.templates_dev import BANK as DEV

KINDS = (
    # sport
    EventKind("home win", ("was secured", "was ground out"), ("the club", "the manager")),
    EventKind("series win", ("was clinched", "was completed"), ("the cricket board", "the captain")),
    EventKind("podium finish", ("was claimed", "was achieved"), ("the team", "the federation")),
    EventKind("gold medal", ("was won", "was collected"), ("the national committee", "the federation")),
    # business
    EventKind("rate hike", ("was announced", "was pushed through"), ("the central bank", "economists")),
    EventKind(
        "trade deficit", ("was posted", "was recorded"), ("customs officials", "the statistics bureau")
    ),
    EventKind("profit warning", ("was issued", "was put out"), ("the company", "analysts")),
    EventKind("annual loss", ("was reported", "was booked"), ("the group", "its auditors")),
    EventKind("tax rise", ("was announced", "was voted through"), ("the treasury", "ministers")),
    # court
    EventKind("death sentence", ("was handed down", "was passed"), ("the court", "prosecutors")),
    EventKind("acquittal", ("was secured", "was returned"), ("defence lawyers", "the court")),
    # weather
    EventKind("white Christmas", ("was recorded", "was confirmed"), ("the Met Office", "forecasters")),
    EventKind("typhoon", ("made landfall", "struck the coast"), ("the weather agency", "forecasters")),
    EventKind("blizzard", ("swept in", "struck"), ("meteorologists", "the weather service")),
    EventKind("hosepipe ban", ("was imposed", "was brought in"), ("the water company", "regulators")),
    # science and health
    EventKind("supernova", ("was spotted", "was observed"), ("astronomers", "the observatory")),
    EventKind("polio case", ("was confirmed", "was detected"), ("health officials", "the health ministry")),
    EventKind(
        "moon landing", ("was attempted", "was carried out"), ("the space agency", "mission controllers")
    ),
    EventKind("breeding pair", ("was recorded", "nested"), ("ornithologists", "the wildlife trust")),
    # politics and local
    EventKind("hung parliament", ("was returned", "resulted"), ("pollsters", "constitutional experts")),
    EventKind("papal visit", ("was made", "took place"), ("the diocese", "the Vatican"), hosted=True),
    EventKind("air show", ("went ahead", "took place"), ("organisers", "the council"), hosted=True),
    EventKind("military parade", ("was staged", "went ahead"), ("the defence ministry", "veterans"), True),
)

N, YEAR, MORE = "n", "year", "more_n"

INTERVAL_FIRST = (
    IntervalClaim("{Who} said it was the first {noun} anywhere in the country for some {n}.", N),
    IntervalClaim("Not in {n} has the country seen {a_noun} like this one.", N),
    IntervalClaim("The {noun} – a first for the country in nearly {n} – {happened} late on Friday.", N),
    IntervalClaim("Friday's {noun}, the country's first since {year}, drew crowds of onlookers.", YEAR),
    IntervalClaim("{Who} called it the first {noun} in well over {n}.", MORE),
    IntervalClaim("Ending a wait stretching back to {year}, {a_noun} {happened} this week.", YEAR),
    IntervalClaim("The country, which had not had {a_noun} since {year}, was caught unprepared.", YEAR),
    IntervalClaim("It is the first time since {year} that {a_noun} {happened} here.", YEAR),
    IntervalClaim('"This is our first {noun} in {n}," said a spokeswoman for {who}.', N),
    IntervalClaim("According to {who}, {n} had gone by without {a_noun} until this week.", N),
    IntervalClaim("{Who} recorded {a_noun} on Monday for the first time in {n}.", N),
    IntervalClaim("Monday brought the first {noun} since {year}, {who} said.", YEAR),
    IntervalClaim("A {n_num}-year absence ended when {a_noun} {happened} on Saturday.", N),
    IntervalClaim("The {noun} {happened} for the first time in almost {n}, officials confirmed.", N),
    IntervalClaim("Officials confirmed the {noun}, calling it the first since {year}.", YEAR),
    IntervalClaim("Country's first {noun} in {n} confirmed by {who}.", N),
    IntervalClaim("Never since {year} had the country witnessed {a_noun} of this kind.", YEAR),
    IntervalClaim("The {noun} on Tuesday was the country's first for {n}, {who} said.", N),
    IntervalClaim("{Who}, who last saw {a_noun} {n} ago, described the scenes as remarkable.", N),
    IntervalClaim("With the {noun}, the country ended a run of {n} without one.", N),
    IntervalClaim("Remarkably, the {noun} was the country's first since {year}.", YEAR),
    IntervalClaim("The country's previous {noun} dates back {n}, {who} said.", N),
    IntervalClaim("{Who} said the country had gone just under {n} without {a_noun}.", N),
    IntervalClaim("The first {noun} the country has had in {n} {happened} on Sunday.", N),
    IntervalClaim("Having waited since {year} for {a_noun}, residents were jubilant.", YEAR),
    IntervalClaim("It was {a_noun}, the country's first in close to {n}.", N),
    IntervalClaim("{Who} logged the {noun}, their first since {year}.", YEAR),
    IntervalClaim("Until Tuesday, the last {noun} in the country had been in {year}.", YEAR),
    IntervalClaim("Tuesday's was the first {noun} the country had seen in {n}.", N),
    IntervalClaim("The {noun}, {who} said in a statement, was the first there since {year}.", YEAR),
    IntervalClaim("In a country that last had {a_noun} {n} ago, the news was met with surprise.", N),
    IntervalClaim("Over {n} have passed since the country's last {noun}, {who} said.", MORE),
    IntervalClaim("The country {held} its first {noun} in {n} at the weekend.", N),
    IntervalClaim("Nobody under {n_num} years of age had seen {a_noun} here before this week.", N),
)

INTERVAL_SECOND = (
    IntervalClaim("The previous one, {who} recalled, {happened} in {year}.", YEAR),
    IntervalClaim("Its predecessor came in {year}.", YEAR),
    IntervalClaim("The last such {noun} was in {year}, according to {who}.", YEAR),
    IntervalClaim("Records kept by {who} show the nation last had {a_noun} {n} ago.", N),
    IntervalClaim("That ended a gap dating to {year}.", YEAR),
    IntervalClaim("The nation had last recorded one in {year}, {who} said.", YEAR),
    IntervalClaim("In {year}, the last time {a_noun} {happened}, few people noticed.", YEAR),
    IntervalClaim("Older residents remember the last one, {n} ago.", N),
    IntervalClaim("It was {n} ago that the country last saw anything like it.", N),
    IntervalClaim("{Who} said there had been no {noun} in the nation since {year}.", YEAR),
    IntervalClaim("Before this, the most recent {noun} {happened} in {year}.", YEAR),
    IntervalClaim("Such an event had last occurred in {year}.", YEAR),
    IntervalClaim("It was the country's first since {year}, {who} later clarified.", YEAR),
    IntervalClaim("{Who} said the wait had in fact lasted {n}.", N),
    IntervalClaim("In fact the nation's last {noun} was only {n} ago, {who} pointed out.", N),
    IntervalClaim("A check of the archives found one as recently as {year}.", YEAR),
    IntervalClaim("Not since {year}, {who} said, had the country seen one.", YEAR),
    IntervalClaim("The one before it came {n} earlier.", N),
    IntervalClaim("It is the nation's first {noun} in {n}, figures from {who} suggest.", N),
    IntervalClaim("The country's {year} {noun} had been the last, {who} said.", YEAR),
    IntervalClaim("Figures from {who} put the previous {noun} in {year}.", YEAR),
    IntervalClaim("Asked when the country last had one, a spokesman for {who} said it was in {year}.", YEAR),
    IntervalClaim("{Who} dated the previous {noun} to {year}.", YEAR),
    IntervalClaim("{Event} was, in truth, the first in {n}.", N),
    IntervalClaim("Last time round, in {year}, {who} had been caught out.", YEAR),
    IntervalClaim("The country has not had one for {n}, {who} said.", N),
    IntervalClaim("Only {n} separate it from its predecessor.", N),
    IntervalClaim("Its last {noun} before this one was in {year}.", YEAR),
    IntervalClaim("Those with long memories recall the last one, in {year}.", YEAR),
    IntervalClaim("The record books say {a_noun} was last recorded here in {year}.", YEAR),
    IntervalClaim("Here the previous {noun} was {n} ago, {who} said.", N),
    IntervalClaim("The nation's wait for {a_noun}, {who} said, had begun in {year}.", YEAR),
    IntervalClaim("When the country last saw {a_noun}, in {year}, the response was chaotic.", YEAR),
)

NEGATIVES = (
    # the same year said two ways
    NegativePair(
        "Friday's {noun} was the first in {n}, {who} said.",
        "Records show the last one was in {year}.",
        "consistent",
    ),
    NegativePair(
        "Not in {n} has the country seen {a_noun} like it.",
        "Its predecessor, in {year}, was on a smaller scale.",
        "consistent",
    ),
    NegativePair(
        "{Who} said it was the first {noun} in nearly {n}.",
        "The nation's previous {noun} came in {year}.",
        "consistent",
    ),
    # another kind
    NegativePair(
        "The {noun} was the country's first in {n}.",
        "By contrast, the last {other_noun} came in {year}.",
        "different",
    ),
    # another owner: a rival club, another county, another country
    NegativePair(
        "It was the club's first {noun} in {n}, the manager said.",
        "Their rivals across the city last managed one in {year}.",
        "different",
    ),
    NegativePair(
        "Kent had its first {noun} in {n}.",
        "In Essex, the last {noun} was in {year}.",
        "different",
    ),
    NegativePair(
        "It was the first {noun} in the capital for {n}.",
        "Elsewhere in the country, one was recorded as recently as {year}.",
        "different",
    ),
    # a superlative since a year
    NegativePair(
        "The {noun} was the first in {n}, {who} said.",
        "Losses were the heaviest since {year}.",
        "different",
    ),
    # a vague gap
    NegativePair(
        "{Who} said it was the first {noun} in many years.",
        "The country's last one was in {year}.",
        "different",
    ),
    # a future instance
    NegativePair(
        "{Event} was the first in {n}.",
        "{Who} expect the next one within {n}.",
        "different",
    ),
    # a record of another series in the same sentence
    NegativePair(
        "It was the first {noun} in {n}.",
        "The same week saw the country's first {other_noun} since {year}.",
        "different",
    ),
    # the first instance ever, not the previous one
    NegativePair(
        "It was the first {noun} in {n}.",
        "The country's first ever {noun} was in {year}, {who} said.",
        "different",
    ),
)

BANK = dataclasses.replace(
    DEV,
    name="interval10b",
    kinds=KINDS,
    interval_first=INTERVAL_FIRST,
    interval_second=INTERVAL_SECOND,
    negatives_interval=NEGATIVES,
)
