"""Lead's wording for place and interval (round 14), written while the helpers worked from
the earlier banks and held back from them: a measure of what the round does on wording none
of them saw. Its date fields are the dev bank's."""

import dataclasses

from bench.injectors.consistency import EventKind, IntervalClaim, NegativePair
from bench.injectors.templates_dev import BANK as DEV

KINDS = (
    EventKind("crane collapse", ("happened", "occurred"), ("the construction firm", "safety inspectors")),
    EventKind("gas blast", ("happened", "went off"), ("the gas board", "firefighters")),
    EventKind("bus plunge", ("happened", "occurred"), ("the transport ministry", "traffic police")),
    EventKind("knife attack", ("happened", "took place"), ("detectives", "the police")),
    EventKind("coup attempt", ("began", "unfolded"), ("the army", "the presidency")),
    EventKind("prison break", ("happened", "took place"), ("the justice ministry", "prison guards")),
    EventKind("fireworks display", ("was held", "took place"), ("the organisers", "the town council"), True),
    EventKind("film festival", ("was held", "took place"), ("the festival director", "organisers"), True),
    EventKind("tram crash", ("happened", "occurred"), ("the tram operator", "accident investigators")),
    EventKind("lightning strike", ("happened", "hit"), ("forecasters", "the fire service")),
    EventKind("building collapse", ("happened", "occurred"), ("the city engineer", "rescuers")),
    EventKind("boat capsizing", ("happened", "occurred"), ("the navy", "the coastguard")),
    EventKind("grenade attack", ("happened", "took place"), ("the security forces", "officials")),
    EventKind("bomb scare", ("began", "happened"), ("the police", "station staff")),
    EventKind("hailstorm", ("struck", "hit"), ("meteorologists", "farmers")),
    EventKind("jazz festival", ("was held", "took place"), ("the promoters", "the arts council"), True),
)

PLACE_FIRST = (
    "{Event} {happened} on a street in central {where}, {who} said.",
    "Emergency crews rushed to {where} after {event}.",
    "{where} is still counting the cost of {event}.",
    "{Event} {happened} just outside {where} on Monday evening.",
    "{Event}, which {happened} in {where}, drew crowds of onlookers.",
    "A day after {event} in {where}, schools remained closed.",
    "Television pictures from {where} showed the aftermath of {event}.",
    "{Event} {happened} in the north of {where}, {who} said.",
    "The cause of {event} in {where} is not yet known.",
    "At least a dozen people were hurt when {event} {happened} in {where}.",
    "{Event} {happened} in {where} as commuters were heading home.",
    "{Who} has opened an investigation into {event} in {where}.",
    "{Event} {happened} in {where} on what should have been a quiet weekend.",
    "Within minutes of {event} in {where}, videos appeared online.",
    "{Event} {happened} in the centre of {where} at about noon.",
    "The mayor of {where} visited the site of {event} on Sunday.",
    "{Who} described {event} in {where} as a tragedy.",
    "{Event} {happened} close to the main station in {where}.",
    "Shops in {where} stayed shut the day after {event}.",
    "{Event} {happened} in {where}, leaving roads blocked for hours.",
)

PLACE_SECOND = (
    "{Who} now say {event} {happened} in {where}.",
    "Rescue teams were still working in {where}, the scene of {event}, late on Sunday.",
    "{Event} in {where} has prompted a review of safety rules.",
    "Video filmed in {where} shows {event} as it unfolded.",
    "Those who saw {event} in {where} described a deafening noise.",
    "The {noun} {happened} outside a school in {where}.",
    "{Who} gave {where} as the location of {event}.",
    "According to {who}, {event} {happened} in {where}.",
    "The site in {where} where {event} {happened} has been cordoned off.",
    "Funerals for victims of {event} in {where} began on Friday.",
    "{Event} {happened} in {where}'s old quarter.",
    "{where} bore the brunt of {event}.",
    "{Event} {happened} in {where} rather than in the capital.",
    "Officials in {where}, where {event} {happened}, declared a day of mourning.",
    "Much of the damage from {event} was in {where}.",
    "{Event} {happened} in {where} during the morning rush hour.",
    "{Who} sent extra staff to {where} in the wake of {event}.",
    "Pictures of {event} in {where} were shared widely.",
    "{Event} {happened} in a quiet district of {where}.",
    "The location of {event} was {where}, {who} said.",
)

NEGATIVES_PLACE = (
    NegativePair("{Event} {happened} in {where}.", "{Who} flew in from {other} on Monday.", "origin"),
    NegativePair("{Event} {happened} in {where}.", "Donations poured in from {other}.", "origin"),
    NegativePair("{Event} {happened} in {where}.", "A memorial service was held in {other}.", "origin"),
    NegativePair(
        "{Event} {happened} in {where}.", "An earlier {noun} in {other} had been far worse.", "origin"
    ),
    NegativePair(
        "{Event} {happened} in {where}.", "{Who}, based in {other}, is leading the response.", "origin"
    ),
    NegativePair(
        "{Event} {happened} in {where}.", "It was the worst such incident in {other} this year.", "contained"
    ),
    NegativePair(
        "{Event} {happened} in {where}.", "Relatives travelled from {other} to identify the dead.", "origin"
    ),
    NegativePair("{Event} {happened} in {where}.", "Newspapers in {other} led with {event}.", "origin"),
)

INTERVAL_FIRST = (
    IntervalClaim("The area had gone {n} without {a_noun} until this week.", "n"),
    IntervalClaim("{Event} ended a run of {n} without one in the area.", "n"),
    IntervalClaim("Records show the area's previous {noun} was in {year}.", "year"),
    IntervalClaim("{Who} said it was {n} since the area's last {noun}.", "n"),
    IntervalClaim("The area had not had {a_noun} since {year}, {who} said.", "year"),
    IntervalClaim("This is the first time in {n} that the area has had {a_noun}.", "n"),
    IntervalClaim("Until this week, the area's most recent {noun} had been in {year}.", "year"),
    IntervalClaim("{Who} said the area had not seen {a_noun} in over {n}.", "more_n"),
    IntervalClaim("The area last saw {a_noun} in {year}.", "year"),
    IntervalClaim("{Event} was the area's first since {year}.", "year"),
    IntervalClaim("In all, {n} had passed since the area's previous {noun}.", "n"),
    IntervalClaim("Nobody in the area had witnessed {a_noun} since {year}.", "year"),
)

INTERVAL_SECOND = (
    IntervalClaim("The area's previous {noun} was recorded in {year}, according to {who}.", "year"),
    IntervalClaim("It was the first {noun} to take place in the area in {n}.", "n"),
    IntervalClaim("{Who} pointed out that the area's last {noun} was back in {year}.", "year"),
    IntervalClaim("The area has waited {n} for {a_noun}.", "n"),
    IntervalClaim("There had been no {noun} in the area since {year}.", "year"),
    IntervalClaim("Locally, the previous {noun} dates back to {year}.", "year"),
    IntervalClaim("Prior to this, the area had not recorded {a_noun} in {n}.", "n"),
    IntervalClaim("{Who} said the previous {noun} in the area was {n} ago.", "n"),
    IntervalClaim("It was the area's first {noun} of any size since {year}.", "year"),
    IntervalClaim("The area's most recent {noun} until now was in {year}, {who} said.", "year"),
    IntervalClaim("The area's {noun} was its first in {n}, {who} said.", "n"),
    IntervalClaim("For {n}, the area had been spared {a_noun}.", "n"),
)

NEGATIVES_INTERVAL = (
    NegativePair(
        "It was the area's first {noun} in {n}.",
        "The area's last {noun} came in {year}.",
        "consistent",
    ),
    NegativePair(
        "It was the area's first {noun} in {n}.",
        "A far larger {noun} happened in a neighbouring region in {year}.",
        "different",
    ),
    NegativePair(
        "The area's first {noun} in {n} drew large crowds.",
        "The area's last {other_noun} was in {year}.",
        "different",
    ),
    NegativePair(
        "It was the first {noun} in the area for {n}.",
        "The country's worst {noun} was in {year}.",
        "different",
    ),
)

BANK = dataclasses.replace(
    DEV,
    name="lead14",
    kinds=KINDS,
    place_first=PLACE_FIRST,
    place_second=PLACE_SECOND,
    negatives_place=NEGATIVES_PLACE,
    interval_first=INTERVAL_FIRST,
    interval_second=INTERVAL_SECOND,
    negatives_interval=NEGATIVES_INTERVAL,
)
