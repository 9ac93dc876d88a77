"""Lead's wording for place and interval (round 9), written before reading any round-9 rule
and held back from the helpers; seed 1 place / interval recall: main 0.55 / 0.72, round 9 0.55 / 0.73
(one interval template reworded after, as four of its words stood in an analysis comment)."""

import dataclasses

from bench.injectors.consistency import EventKind, IntervalClaim, NegativePair
from bench.injectors.templates_dev import BANK as DEV

KINDS = (
    EventKind(
        "stampede", ("happened", "broke out", "occurred"), ("police", "hospital officials", "witnesses")
    ),
    EventKind("mudslide", ("struck", "hit", "swept through"), ("rescuers", "the civil defence agency")),
    EventKind("kidnapping", ("took place", "happened", "was carried out"), ("police", "the family's lawyer")),
    EventKind("collision", ("happened", "occurred", "took place"), ("the coastguard", "investigators")),
    EventKind("congress", ("was held", "opened", "took place"), ("organisers", "the party"), True),
    EventKind("heist", ("was carried out", "took place", "happened"), ("detectives", "the insurer")),
    EventKind("mutiny", ("broke out", "began", "erupted"), ("the army", "military sources")),
    EventKind("festival", ("was held", "took place", "opened"), ("organisers", "the tourism board"), True),
    EventKind("shipwreck", ("happened", "occurred"), ("the navy", "survivors")),
    EventKind("demonstration", ("took place", "was held", "went ahead"), ("organisers", "police"), True),
    EventKind("eruption", ("began", "started", "occurred"), ("volcanologists", "the geological survey")),
    EventKind("auction", ("was held", "took place"), ("the auction house", "a spokeswoman"), True),
    EventKind("hijacking", ("happened", "took place", "began"), ("the airline", "security officials")),
    EventKind("tournament", ("was held", "took place", "was played"), ("the federation", "organisers"), True),
    EventKind("massacre", ("took place", "happened", "was carried out"), ("survivors", "a rights group")),
    EventKind("blackout", ("began", "struck", "hit"), ("the grid operator", "engineers")),
)

PLACE_FIRST = (
    "{Who} said {event} in {where} had left dozens injured.",
    "It was in {where} that {event} {happened}, {who} said.",
    "{Event}, which {happened} in {where}, dominated the evening bulletins.",
    "Details of {event} near {where} emerged on Tuesday.",
    "In {where}, {event} {happened} shortly before dawn.",
    "Television footage showed the aftermath of {event} in {where}.",
    "{Event} struck {where} without warning, according to {who}.",
    "{Who} were still counting the cost of {event} in {where}.",
    "The mayor of {where} described {event} as the worst in living memory.",
    "{Event} {happened} on the edge of {where}.",
    "An inquiry into {event} at {where} will report next month.",
    "Survivors of {event} in {where} have demanded answers.",
    "{Event} in the centre of {where} brought traffic to a standstill.",
    "Hundreds gathered in {where}, where {event} {happened}.",
    "The streets of {where} were the scene of {event}, {who} confirmed.",
    "Officials in {where} have begun investigating {event} there.",
    "The {where} {noun} {happened} late on Friday, {who} said.",
    "{Event} that {happened} in {where} was widely condemned.",
    "Those caught up in {event} in {where} described scenes of panic.",
    "{Who} blamed poor planning for {event} in {where}.",
)

PLACE_SECOND = (
    "{Who} later said {event} had taken place in {where}.",
    "Footage filmed in {where} during {event} circulated online.",
    "{Event}, in {where}, was over within an hour.",
    "Reports said {event} had in fact {happened} in {where}.",
    "According to {who}, {event} {happened} in {where}, not elsewhere.",
    "The victims of {event} in {where} were named on Sunday.",
    "It was the first time {where} had seen {a_noun} on this scale.",
    "The {noun} in {where} was the second this year, {who} said.",
    "Investigators flew to {where}, where {event} {happened}.",
    "{Event} broke out in {where} just after midnight.",
    "Local radio in {where} broadcast live from {event}.",
    "Emergency teams in {where} responded to {event} within minutes.",
    "{Who} said the scale of {event} in {where} was still unclear.",
    "Residents near the site of {event} in {where} were moved to safety.",
    "Images from {where} showed the damage left by {event}.",
    "The {noun} that hit {where} has prompted calls for an inquiry.",
    "Speaking in {where} after {event}, {who} called for calm.",
    "{Event} took place at a site outside {where}, {who} said.",
    "A memorial for those killed in {event} in {where} is planned.",
    "{Who} confirmed that {event} had struck {where}.",
)

NEGATIVES_PLACE = (
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "News of {event} reached {other} within hours.",
        "origin",
    ),
    NegativePair(
        "{Event} in {where} left many injured.",
        "Doctors flew in from {other} to treat the injured.",
        "from_to",
    ),
    NegativePair("{Event} {happened} in {where}.", "A {other}-based charity sent aid.", "origin"),
    NegativePair("{Event} {happened} in {where}.", "The government in {other} condemned {event}.", "origin"),
    NegativePair(
        "{Event} in {where} drew wide attention.", "A similar {noun} hit {other} two years ago.", "origin"
    ),
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "{Event} was watched live by viewers in {other}.",
        "origin",
    ),
    NegativePair(
        "{Event} {happened} in {where}.",
        "It was the worst {noun} in {other}, which includes {where}.",
        "contained",
    ),
    NegativePair("{Event} took place in {where}.", "Next year's {noun} will be held in {other}.", "origin"),
    NegativePair("{Event} {happened} in {where}.", "Among the victims was a man from {other}.", "origin"),
    NegativePair(
        "{Event} {happened} in {where}.", "Some of those hurt were taken from {where} to {other}.", "from_to"
    ),
)

INTERVAL_FIRST = (
    IntervalClaim("{Event} was the first in the district for {n}, {who} said.", "n"),
    IntervalClaim("{Who} said no {noun} had been recorded there since {year}.", "year"),
    IntervalClaim("The town had gone {n} without {a_noun} until this week.", "n"),
    IntervalClaim("It ended a wait of {n} for {a_noun} in the region.", "n"),
    IntervalClaim("Officials called it the first {noun} in the area since {year}.", "year"),
    IntervalClaim("{Who} said it had been {n} since the last {noun} there.", "n"),
    IntervalClaim("The region's previous {noun} was in {year}, {who} said.", "year"),
    IntervalClaim("Not for {n} had the area seen {a_noun}, {who} said.", "n"),
    IntervalClaim("{Event} is the first of its kind there since {year}.", "year"),
    IntervalClaim("For the first time in {n}, the area has had {a_noun}.", "n"),
    IntervalClaim("{Who} noted that the area had not had {a_noun} in more than {n}.", "more_n"),
    IntervalClaim("The last time the region saw {a_noun} was in {year}.", "year"),
)

INTERVAL_SECOND = (
    IntervalClaim("The area's last {noun} happened in {year}, records show.", "year"),
    IntervalClaim("{Who} said the previous {noun} there had been {n} ago.", "n"),
    IntervalClaim("Older residents recall the last {noun}, in {year}.", "year"),
    IntervalClaim("The region last had {a_noun} in {year}, {who} said.", "year"),
    IntervalClaim("{Event} was the first there in {n}, {who} added.", "n"),
    IntervalClaim("There had not been {a_noun} in the area since {year}.", "year"),
    IntervalClaim("Before this one, the most recent {noun} there was in {year}.", "year"),
    IntervalClaim("{Who} said it was {n} since the area's previous {noun}.", "n"),
    IntervalClaim("The district's last {noun} came {n} ago.", "n"),
    IntervalClaim("Records show the last {noun} in the area took place in {year}.", "year"),
    IntervalClaim("Locals said they had not seen {a_noun} since {year}.", "year"),
    IntervalClaim("It was {n} since {a_noun} last hit the area, {who} said.", "n"),
)

NEGATIVES_INTERVAL = (
    NegativePair(
        "It was the first {noun} in the area for {n}.", "The previous one was in {year}.", "consistent"
    ),
    NegativePair(
        "{Event} was the first the area had seen in {n}.",
        "{Who} said the last {noun} there was in {year}.",
        "consistent",
    ),
    NegativePair(
        "It was the area's first {noun} in {n}.", "The region's last {other_noun} was in {year}.", "different"
    ),
    NegativePair(
        "{Event} was the first in the area for {n}.",
        "A neighbouring country last had {a_noun} in {year}.",
        "different",
    ),
    NegativePair(
        "It was the first {noun} there in {n}, {who} said.",
        "The worst {noun} on record there came in {year}.",
        "different",
    ),
)

BANK = dataclasses.replace(
    DEV,
    name="lead9",
    kinds=KINDS,
    place_first=PLACE_FIRST,
    place_second=PLACE_SECOND,
    negatives_place=NEGATIVES_PLACE,
    interval_first=INTERVAL_FIRST,
    interval_second=INTERVAL_SECOND,
    negatives_interval=NEGATIVES_INTERVAL,
)
