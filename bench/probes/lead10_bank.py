"""Lead's wording for date, place and interval (round 10), written while the helpers worked and
held back from them: a measure of what the round's rules do on wording none of them saw."""

import dataclasses

from bench.injectors.consistency import EventKind, IntervalClaim, NegativePair
from bench.injectors.templates_dev import BANK as DEV

KINDS = (
    EventKind(
        "tsunami", ("struck", "hit", "swept ashore"), ("the meteorological agency", "coastal officials")
    ),
    EventKind(
        "jailbreak", ("happened", "took place", "was staged"), ("prison officials", "the justice ministry")
    ),
    EventKind("air crash", ("happened", "occurred"), ("aviation officials", "the airline")),
    EventKind("typhoon", ("struck", "made landfall", "hit"), ("forecasters", "the disaster agency")),
    EventKind("sandstorm", ("swept in", "struck", "hit"), ("the weather service", "residents")),
    EventKind(
        "cyberattack", ("happened", "took place", "was launched"), ("the company", "security researchers")
    ),
    EventKind("border clash", ("broke out", "erupted", "took place"), ("the army", "defence officials")),
    EventKind("funeral", ("was held", "took place"), ("the family", "church officials"), True),
    EventKind("parade", ("was held", "took place", "went ahead"), ("organisers", "the city council"), True),
    EventKind("carnival", ("was held", "took place"), ("organisers", "the tourist office"), True),
    EventKind("air show", ("was staged", "took place"), ("organisers", "the air force"), True),
    EventKind("inauguration", ("took place", "was held"), ("officials", "the presidency"), True),
    EventKind("papal visit", ("took place", "began"), ("the Vatican", "church officials"), True),
    EventKind("hostage crisis", ("began", "unfolded", "happened"), ("police", "negotiators")),
    EventKind("gas leak", ("happened", "occurred", "was reported"), ("the fire service", "the utility")),
    EventKind("swoop", ("was carried out", "took place"), ("police", "customs officers")),
)

DATE_FIRST = (
    "{Who} confirmed {event} {happened} {when}.",
    "It was {when} that {event} {happened}.",
    "{Event}, which {happened} {when}, is still under review.",
    "{when}, {event} {happened} with little warning.",
    "What happened {when}, when {event} {happened}, is still raw for many.",
    "Since {event} {when}, the town has struggled.",
    "Records show {event} {happened} {when}.",
    "{Event} - which {who} say {happened} {when} - drew wide attention.",
    "{Who} recalled how {event} {happened} {when}.",
    "A report into {event} {when} is due soon.",
    "Dozens were affected by {event} {when}, {who} said.",
    "{Event} {happened} {when}, a spokesman for {who} said.",
)

DATE_SECOND = (
    "{Who} now say {event} actually {happened} {when}.",
    "According to a timeline from {who}, {event} {happened} {when}.",
    "{Event} {when} was the first of its kind there.",
    "It is understood {event} {happened} {when}.",
    "The report said {event} {happened} {when}.",
    "Court papers say {event} {happened} {when}.",
    "{when}, as {event} {happened}, crowds gathered.",
    "Those who lived through {event} {when} recall the noise.",
    "Speaking about {event} {when}, {who} praised the response.",
    "{Event}, {when}, was filmed by onlookers.",
    "Some blamed {event} {when} on poor planning.",
    "In the weeks after {event} {when}, {who} reviewed the evidence.",
    "The date of {event}, {when}, is now marked each year.",
    "{Who} said it was {when} that {event} {happened}.",
)

NEGATIVES_DATE = (
    NegativePair("{Event} {happened} {when}, {who} said.", "Another {noun} is due {when}.", "planned"),
    NegativePair(
        "{Who} said {event} {happened} {when}.", "A memorial for {event} is planned {when}.", "planned"
    ),
    NegativePair("{Event} {happened} {when}.", "A smaller {noun} followed {when}.", "another"),
    NegativePair("{Event} {happened} {when}.", "The {year} {noun} was far worse.", "another"),
    NegativePair("{Event} {happened} {when}.", "{Who} said {event} {happened} {when}.", "compatible"),
    NegativePair("{Event} {happened} {when}.", "An earlier {noun}, {when}, was barely noticed.", "another"),
)

PLACE_FIRST = (
    "{Who} confirmed {event} {happened} in {where}.",
    "{Event} {happened} just outside {where} on Monday.",
    "It was {where} that bore the brunt of {event}, {who} said.",
    "{Event} in {where} has been blamed on poor maintenance.",
    "Crowds in {where} watched as {event} unfolded.",
    "The town of {where} was where {event} {happened}.",
    "{Who} rushed to {where} after {event} there.",
    "Video posted online showed {event} in {where}.",
    "{Event} {happened} in the heart of {where}, {who} said.",
    "{where}'s {noun} has left a lasting mark, {who} said.",
    "Among the worst hit by {event} was {where}.",
    "{Event} {happened} at a site on the outskirts of {where}.",
    "Police cordoned off streets in {where} after {event}.",
    "{Event}, centred on {where}, lasted several hours.",
    "Those injured in {event} in {where} are recovering.",
    "{where} was the setting for {event}, {who} said.",
    "Reporters at {event} in {where} described chaos.",
    "{Who} said {event} had happened near {where}.",
    "The aftermath of {event} in {where} was grim.",
    "{Event} {happened} in {where} late in the evening.",
)

PLACE_SECOND = (
    "{Who} said the {noun} was in {where}, not elsewhere.",
    "In {where}, where {event} {happened}, shops stayed shut.",
    "{Event} has been traced to {where}, {who} said.",
    "Pictures from {event} in {where} were shared widely.",
    "{Event} took place close to {where}, {who} said.",
    "Memories of {event} in {where} remain vivid.",
    "{Event} {happened} in {where}, according to {who}.",
    "Questions remain over how {event} in {where} began.",
    "{Who} visited {where}, the scene of {event}.",
    "Rescuers in {where} worked through the night after {event}.",
    "{Event}, which hit {where}, is the focus of an inquiry.",
    "The damage caused by {event} in {where} was extensive.",
    "Footage shows {event} as it {happened} in {where}.",
    "{Event} at {where} was the worst in years.",
    "Families in {where} told of their fear during {event}.",
    "{Who} said {event} had been confined to {where}.",
    "The {noun} in {where} drew condemnation.",
    "Officials in {where} said {event} there was under control.",
    "{where} has not recovered from {event}.",
    "{Who} described {event} in {where} as a tragedy.",
)

NEGATIVES_PLACE = (
    NegativePair("{Event} {happened} in {where}.", "Aid was flown in from {other}.", "from_to"),
    NegativePair("{Event} {happened} in {where}.", "Leaders in {other} sent condolences.", "origin"),
    NegativePair(
        "{Event} in {where} was widely reported.", "Many of the victims were from {other}.", "origin"
    ),
    NegativePair(
        "{Event} {happened} in {where}.", "Crowds in {other} watched coverage of {event}.", "origin"
    ),
    NegativePair("{Event} {happened} in {where}.", "An earlier {noun} in {other} was smaller.", "origin"),
    NegativePair(
        "{Event} {happened} in {where}.", "It was the worst {noun} to hit {other} in years.", "contained"
    ),
    NegativePair("{Event} {happened} in {where}.", "The next {noun} is planned for {other}.", "origin"),
    NegativePair("{Event} {happened} in {where}.", "A firm based in {other} has offered help.", "origin"),
    NegativePair("{Event} {happened} in {where}.", "Experts travelled from {other} to {where}.", "from_to"),
    NegativePair("{Event} {happened} in {where}.", "{Who} in {other} said {event} was serious.", "origin"),
)

INTERVAL_FIRST = (
    IntervalClaim("{Event} was the region's first in {n}, {who} said.", "n"),
    IntervalClaim("{Who} said it was {n} since the area last had {a_noun}.", "n"),
    IntervalClaim("The area had not had {a_noun} since {year}.", "year"),
    IntervalClaim("This was the first {noun} to affect the region since {year}.", "year"),
    IntervalClaim("It is {n} since a {noun} of this kind hit the area.", "n"),
    IntervalClaim("The region's wait for {a_noun} lasted {n}.", "n"),
    IntervalClaim("{Who} said the last comparable {noun} there was in {year}.", "year"),
    IntervalClaim("Not since {year} has the area seen {a_noun}.", "year"),
    IntervalClaim("{Event} was the first there in more than {n}.", "more_n"),
    IntervalClaim("The region had gone {n} without {a_noun}.", "n"),
    IntervalClaim("{Who} said {a_noun} had last hit the area {n} ago.", "n"),
    IntervalClaim("Until now, the area's most recent {noun} dated from {year}.", "year"),
    IntervalClaim("It ended {n} without {a_noun} in the region.", "n"),
    IntervalClaim("The previous {noun} in the region came in {year}.", "year"),
)

INTERVAL_SECOND = (
    IntervalClaim("Records show the area's previous {noun} was in {year}.", "year"),
    IntervalClaim("{Who} said the region last saw {a_noun} in {year}.", "year"),
    IntervalClaim("The last {noun} in the area was {n} ago, {who} said.", "n"),
    IntervalClaim("Older residents remember the {noun} of {year}, the last there.", "year"),
    IntervalClaim("{Event} was the first in the region for {n}.", "n"),
    IntervalClaim("{Who} said there had been no {noun} there since {year}.", "year"),
    IntervalClaim("The most recent {noun} before this one hit in {year}.", "year"),
    IntervalClaim("It was {n} since the region's previous {noun}, {who} said.", "n"),
    IntervalClaim("The region's last {noun} was recorded in {year}.", "year"),
    IntervalClaim("{Who} said the area had not seen {a_noun} for {n}.", "n"),
    IntervalClaim("A {noun} last struck the region in {year}.", "year"),
    IntervalClaim("It broke a run of {n} without {a_noun} there.", "n"),
    IntervalClaim("The area's previous {noun}, in {year}, was smaller.", "year"),
    IntervalClaim("{Who} said {year} brought the last {noun} in the region.", "year"),
)

NEGATIVES_INTERVAL = (
    NegativePair("{Event} was the first in the region in {n}.", "The last one was in {year}.", "consistent"),
    NegativePair(
        "It was the area's first {noun} in {n}.",
        "{Who} said the previous {noun} came in {year}.",
        "consistent",
    ),
    NegativePair(
        "It was the area's first {noun} in {n}.", "The area's last {other_noun} was in {year}.", "different"
    ),
    NegativePair(
        "{Event} was the first there in {n}.", "A nearby country had {a_noun} in {year}.", "different"
    ),
    NegativePair(
        "It was the first {noun} there in {n}.", "The deadliest {noun} there was in {year}.", "different"
    ),
)

BANK = dataclasses.replace(
    DEV,
    name="lead10",
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
