"""Lead's wording for date, place and interval (round 12), written while the helpers worked
from the earlier banks and held back from them: a measure of what the round does on wording
none of them saw, and the first held-back measure of dates since the test part was written."""

import dataclasses

from bench.injectors.consistency import EventKind, IntervalClaim, NegativePair
from bench.injectors.templates_dev import BANK as DEV

KINDS = (
    EventKind("hailstorm", ("struck", "hit", "battered the area"), ("forecasters", "the county council")),
    EventKind("gas leak", ("happened", "was discovered", "occurred"), ("the gas board", "firefighters")),
    EventKind("bus crash", ("happened", "occurred"), ("traffic police", "the transport ministry")),
    EventKind("hospital fire", ("broke out", "started"), ("the health trust", "fire investigators")),
    EventKind("dam breach", ("happened", "occurred"), ("the water authority", "engineers")),
    EventKind("hunger strike", ("began", "started"), ("campaigners", "prison officials")),
    EventKind(
        "trade fair", ("was held", "took place", "opened"), ("the chamber of commerce", "exhibitors"), True
    ),
    EventKind("charity gala", ("was held", "took place"), ("the foundation", "organisers"), True),
    EventKind("bank robbery", ("happened", "took place", "was carried out"), ("detectives", "the bank")),
    EventKind("train derailment", ("happened", "occurred"), ("the rail regulator", "the operator")),
    EventKind("cyber attack", ("happened", "was carried out", "hit"), ("the security agency", "analysts")),
    EventKind("mass walkout", ("happened", "took place", "began"), ("the staff union", "managers")),
    EventKind("heatwave", ("struck", "hit", "set in"), ("the met office", "health officials")),
    EventKind(
        "jazz festival", ("was held", "took place", "went ahead"), ("the arts council", "organisers"), True
    ),
    EventKind("shark attack", ("happened", "occurred"), ("lifeguards", "the coastguard")),
    EventKind("bridge collapse", ("happened", "occurred"), ("highway engineers", "the roads agency")),
)

DATE_FIRST = (
    "{Event} {happened} {when}, leaving dozens stranded, {who} said.",
    "Nobody saw {event} coming {when}, {who} admitted.",
    "{Who} first learned of {event} {when}.",
    "{Event}, {who} noted, {happened} {when}.",
    "{when}, without much warning, {event} {happened}.",
    "Footage of {event} {when} has been shared thousands of times.",
    "{Event} {happened} {when}, the third such incident this decade.",
    "Lessons from {event} {when} are still being drawn, {who} said.",
    "{Who} has opened an inquiry into {event} {when}.",
    "The cost of {event} {when} is put at millions.",
    "Many still remember where they were when {event} {happened} {when}.",
    "{Event} {happened} {when} in front of hundreds of people.",
    "{Who} insisted {event} {when} could not have been prevented.",
    "Since {event} {happened} {when}, {who} has faced questions.",
    "Local papers led with {event} {when}.",
    "{Event} {when} was among the most serious in years.",
    "{Who} were quick to respond when {event} {happened} {when}.",
    "It is now clear that {event} {happened} {when}.",
    "Reports of {event} {when} first appeared on social media.",
    "{Event} {happened} {when}; {who} gave no other details.",
)

DATE_SECOND = (
    "A report by {who} says {event} {happened} {when}.",
    "{Event} {when} is the subject of a formal complaint.",
    "{Who} told a hearing that {event} {happened} {when}.",
    "Victims of {event} {when} are to be compensated.",
    "Most of the damage was done when {event} {happened} {when}.",
    "{Event} actually {happened} {when}, {who} later explained.",
    "A timeline issued by {who} puts {event} {when}.",
    "Memories of {event} {when} remain raw.",
    "The findings on {event} {when} are due next month.",
    "{Who} were criticised over {event} {when}.",
    "{when}, {who} confirmed, {event} {happened}.",
    "Warnings were issued only after {event} {happened} {when}.",
    "{Event} {when} has since been blamed on poor maintenance.",
    "Records kept by {who} show {event} {happened} {when}.",
    "The first calls about {event} came {when}.",
    "{Event} was reported {when}, {who} said.",
    "A survivor of {event} {when} described the scene.",
    "According to the official record, {event} {happened} {when}.",
    "{Who} said in a statement that {event} {when} was deeply regrettable.",
    "Compensation claims linked to {event} {when} have started to arrive.",
)

NEGATIVES_DATE = (
    NegativePair("{Event} {happened} {when}, {who} said.", "A repeat {noun} is scheduled {when}.", "planned"),
    NegativePair(
        "{Who} said {event} {happened} {when}.", "{Who} fear another {noun} may follow {when}.", "planned"
    ),
    NegativePair(
        "{Event} {happened} {when}.", "An earlier {noun} had struck the region {when}, {who} said.", "another"
    ),
    NegativePair(
        "{Event} {when} drew wide attention.", "{Who} discussed {event} at a meeting {when}.", "another"
    ),
    NegativePair("{Event} {happened} {when}.", "A smaller {noun} elsewhere {happened} {when}.", "another"),
    NegativePair("{Event} {happened} {when}.", "Reports confirm {event} {happened} {when}.", "compatible"),
    NegativePair(
        "{Event} {happened} {when}, {who} said.",
        "Had the alarm been raised, a {noun} {when} could have been avoided.",
        "planned",
    ),
    NegativePair(
        "{Who} said {event} {happened} {when}.",
        "The {year} {noun}, which {happened} {when}, was far worse.",
        "another",
    ),
)

PLACE_FIRST = (
    "{Event} {happened} in {where} late at night, {who} said.",
    "Residents of {where} were woken by {event}.",
    "{Who} rushed to {where} after {event} {happened} there.",
    "The scale of {event} in {where} surprised {who}.",
    "{Event}, which {happened} in {where}, made national headlines.",
    "{Event} {happened} in a quiet street in {where}.",
    "Investigators are still working at the site of {event} in {where}.",
    "In the hours after {event} in {where}, shops stayed shut.",
    "{Event} {happened} in central {where}, {who} confirmed.",
    "{Who} said the worst of {event} was felt in {where}.",
    "{Event} hit {where} hardest.",
    "A memorial will mark the spot in {where} where {event} {happened}.",
    "Those caught up in {event} in {where} described chaos.",
    "{Who} believe {event} {happened} on the outskirts of {where}.",
    "The response to {event} in {where} has been praised.",
    "{Event} {happened} just outside {where}, {who} said.",
    "It was in {where} that {event} {happened}.",
    "{Event} in {where} forced the closure of a main road.",
    "Pictures from {where} showed the aftermath of {event}.",
    "{where} was where {event} {happened}, {who} said.",
)

PLACE_SECOND = (
    "{Event} {happened} in {where}, according to {who}.",
    "{Who} now say {event} {happened} in {where}.",
    "A relief fund was set up in {where}, where {event} {happened}.",
    "{Event} in {where} is being investigated.",
    "Fresh details of {event} in {where} emerged on Monday.",
    "Witnesses in {where} said {event} {happened} within seconds.",
    "{Who} have named {where} as the site of {event}.",
    "The damage from {event} in {where} is extensive.",
    "{Event} {happened} near the harbour in {where}.",
    "The town of {where} bore the brunt of {event}.",
    "{Event} {happened} on a busy road in {where}, {who} said.",
    "Volunteers cleared debris in {where} after {event}.",
    "Emergency services reached {where} soon after {event} {happened}.",
    "{Who} blamed {event} in {where} on a fault.",
    "Much of what happened during {event} in {where} was filmed.",
    "{Event} {happened} in the {where} area, {who} said.",
    "In {where}, {who} described {event} as the worst in memory.",
    "Families in {where} are still counting the cost of {event}.",
    "{Event} {happened} at a site in {where}.",
    "Reporters who went to {where} after {event} found streets empty.",
)

NEGATIVES_PLACE = (
    NegativePair(
        "{Event} {happened} in {where}.", "Specialists flown in from {other} joined the effort.", "origin"
    ),
    NegativePair("{Event} {happened} in {where}.", "{Who} held a press conference in {other}.", "origin"),
    NegativePair("{Event} {happened} in {where}.", "Donations poured in from {other}.", "origin"),
    NegativePair(
        "{Event} {happened} in {where}.", "A second {noun}, in {other}, followed a week later.", "origin"
    ),
    NegativePair("{Event} {happened} in {where}.", "The victims' families travelled from {other}.", "origin"),
    NegativePair(
        "{Event} {happened} in {where}.", "Roads linking {other} to the coast were reopened.", "origin"
    ),
    NegativePair(
        "{Event} {happened} in {where}.", "Television viewers in {other} watched the coverage.", "origin"
    ),
    NegativePair(
        "{Event} {happened} in {where}.", "{Who} said the whole of {other} was on alert.", "contained"
    ),
    NegativePair("{Event} {happened} in {where}.", "A man from {other} was among the injured.", "origin"),
    NegativePair(
        "{Event} {happened} in {where}.", "Flights to {other} were diverted because of {event}.", "origin"
    ),
)

INTERVAL_FIRST = (
    IntervalClaim("{Who} said it was the first {noun} there in {n}.", "n"),
    IntervalClaim("The area had not had {a_noun} since {year}, according to {who}.", "year"),
    IntervalClaim("{Event} was the first of its kind locally in {n}.", "n"),
    IntervalClaim("Locals had gone {n} without {a_noun}.", "n"),
    IntervalClaim("{Who} recalled that the previous {noun} there dated from {year}.", "year"),
    IntervalClaim("{n} had passed since the area's last {noun}.", "n"),
    IntervalClaim("{Event} was the area's first since {year}.", "year"),
    IntervalClaim("It was more than {n} since the area had {a_noun}.", "more_n"),
    IntervalClaim("The area's previous {noun} was {n} ago, {who} said.", "n"),
    IntervalClaim("Such {a_noun} had not been seen there for {n}.", "n"),
    IntervalClaim("{Who} said {year} saw the area's last {noun}.", "year"),
    IntervalClaim("For the first time in {n}, the area had {a_noun}.", "n"),
    IntervalClaim("The area last saw {a_noun} in {year}.", "year"),
    IntervalClaim("{Event} broke a run of {n} without one.", "n"),
)

INTERVAL_SECOND = (
    IntervalClaim("The previous {noun} in the area was in {year}, {who} said.", "year"),
    IntervalClaim("{Who} said this was the first {noun} the area had had in {n}.", "n"),
    IntervalClaim("There was last {a_noun} in the area in {year}.", "year"),
    IntervalClaim("The last recorded {noun} there was {n} ago.", "n"),
    IntervalClaim("The area had been spared {a_noun} since {year}.", "year"),
    IntervalClaim("{Who} said the area had waited {n} for this.", "n"),
    IntervalClaim("Archives show the area's last {noun} was in {year}.", "year"),
    IntervalClaim("The area had gone without {a_noun} for {n}.", "n"),
    IntervalClaim("It was the area's first {noun} since {year}.", "year"),
    IntervalClaim("{Who} said nothing of the kind had happened there in {n}.", "n"),
    IntervalClaim("The area's most recent {noun} before this was in {year}.", "year"),
    IntervalClaim("{Event} was the first there for {n}.", "n"),
    IntervalClaim("According to {who}, the area's previous {noun} was in {year}.", "year"),
    IntervalClaim("It had been {n} since the last {noun} there.", "n"),
)

NEGATIVES_INTERVAL = (
    NegativePair(
        "{Event} was the first the area had seen in {n}.",
        "The area's previous {noun} happened in {year}, {who} said.",
        "consistent",
    ),
    NegativePair(
        "It was the first {noun} there in {n}.",
        "The region's last {other_noun} was in {year}.",
        "different",
    ),
    NegativePair(
        "It was the area's first {noun} in {n}.",
        "A {noun} abroad in {year} was much larger.",
        "different",
    ),
    NegativePair(
        "It was the first {noun} there in {n}.",
        "The deadliest {noun} there came in {year}.",
        "different",
    ),
)

BANK = dataclasses.replace(
    DEV,
    name="lead12",
    kinds=KINDS,
    date_first=DATE_FIRST,
    date_second=DATE_SECOND,
    negatives_date=NEGATIVES_DATE,
    place_first=PLACE_FIRST,
    place_second=PLACE_SECOND,
    negatives_place=NEGATIVES_PLACE,
    interval_first=INTERVAL_FIRST,
    interval_second=INTERVAL_SECOND,
    negatives_interval=NEGATIVES_INTERVAL,
)
