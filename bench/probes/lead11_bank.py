"""Lead's wording for place and interval (round 11), written while the helpers worked from the
earlier banks and held back from them: a measure of what the round's rules do on wording none of
them saw. (Date fields are the dev bank's: not a measure here.)"""

import dataclasses

from bench.injectors.consistency import EventKind, IntervalClaim, NegativePair
from bench.injectors.templates_dev import BANK as DEV

KINDS = (
    EventKind("rockfall", ("happened", "came down", "struck"), ("geologists", "the park service")),
    EventKind("flash flood", ("struck", "hit", "swept through"), ("the weather service", "emergency crews")),
    EventKind("mine collapse", ("happened", "occurred"), ("the mining company", "rescue teams")),
    EventKind("ferry fire", ("broke out", "started"), ("the coastguard", "the ferry operator")),
    EventKind("power cut", ("happened", "struck", "hit"), ("the grid operator", "the utility")),
    EventKind(
        "prisoner swap", ("took place", "was carried out"), ("the foreign ministry", "mediators"), True
    ),
    EventKind("state banquet", ("was held", "took place"), ("the palace", "protocol officials"), True),
    EventKind("book fair", ("was held", "took place", "opened"), ("organisers", "publishers"), True),
    EventKind("pitch invasion", ("happened", "took place"), ("the league", "stewards")),
    EventKind("ice storm", ("struck", "hit", "swept in"), ("forecasters", "the power company")),
    EventKind("tanker explosion", ("happened", "occurred"), ("the fire service", "port officials")),
    EventKind("air raid", ("happened", "was carried out"), ("the military", "local officials")),
    EventKind("rail strike", ("took place", "went ahead", "began"), ("the union", "the rail operator")),
    EventKind("peace march", ("was held", "took place", "went ahead"), ("organisers", "police"), True),
    EventKind("locust swarm", ("arrived", "descended", "struck"), ("farm officials", "the farm ministry")),
    EventKind("chess olympiad", ("was held", "took place"), ("the federation", "organisers"), True),
)

PLACE_FIRST = (
    "{Event} {happened} in {where} shortly before dawn, {who} said.",
    "Emergency crews were sent to {where} when {event} {happened}.",
    "{Who} are investigating what caused {event} in {where}.",
    "By the time {event} in {where} was over, dozens had been hurt.",
    "No one was killed in {event}, which {happened} in {where}.",
    "{Event} {happened} on the edge of {where}, {who} said.",
    "In {where}, {event} {happened} without warning.",
    "{Event} {happened} in {where}'s old town, {who} said.",
    "Much of {where} was affected by {event}.",
    "{Event} {happened} in one of the poorer districts of {where}.",
    "The scene of {event} in {where} was sealed off.",
    "{Who} said {event} was concentrated in {where}.",
    "Survivors of {event} in {where} were taken to hospital.",
    "Images of {event} in {where} spread quickly online.",
    "{Event} near {where} has prompted a review, {who} said.",
    "When {event} {happened} in {where}, few were prepared.",
    "{Event} {happened} across parts of {where}.",
    "The {noun} in {where} was the talk of the week.",
    "{Who} said nobody had expected {event} in {where}.",
    "Just hours after {event} {happened} in {where}, {who} spoke.",
)

PLACE_SECOND = (
    "It has since emerged that {event} {happened} in {where}.",
    "{Who} said {event} was in fact in {where}.",
    "Tributes were paid in {where}, where {event} {happened}.",
    "{Event}, in {where}, was captured on camera.",
    "A local official said {event} in {where} had shocked residents.",
    "{Event} that {happened} in {where} is now the subject of an inquiry.",
    "The exact spot in {where} where {event} {happened} has been marked.",
    "{Who} said {event} in {where} was handled well.",
    "After {event} in {where}, roads were closed.",
    "{Event} {happened} close to the centre of {where}.",
    "Details of {event} in {where} are still emerging.",
    "{Event} {happened} in {where} at around midday.",
    "{Who} confirmed that {where} was the location of {event}.",
    "The clean-up after {event} in {where} could take weeks.",
    "{Event} in {where} left many without help, {who} said.",
    "{Who} placed {event} in {where}.",
    "Before {event} in {where}, warnings had been ignored.",
    "{Event} {happened} in {where}, a spokesperson said.",
    "The {noun} {happened} in {where}, not where first thought.",
    "People living near {where} said {event} there was frightening.",
)

NEGATIVES_PLACE = (
    NegativePair("{Event} {happened} in {where}.", "Fire crews from {other} helped at the scene.", "origin"),
    NegativePair(
        "{Event} {happened} in {where}.", "News of {event} reached {other} within minutes.", "origin"
    ),
    NegativePair("{Event} {happened} in {where}.", "A vigil for the victims was held in {other}.", "origin"),
    NegativePair("{Event} {happened} in {where}.", "{Who}, speaking in {other}, called for calm.", "origin"),
    NegativePair(
        "{Event} {happened} in {where}.",
        "Many of those hurt were later moved to hospitals in {other}.",
        "origin",
    ),
    NegativePair("{Event} {happened} in {where}.", "A similar {noun} hit {other} last year.", "origin"),
    NegativePair(
        "{Event} {happened} in {where}.", "News of {event} was followed closely in {other}.", "origin"
    ),
    NegativePair(
        "{Event} {happened} in {where}.", "The area around {other} was also put on alert.", "contained"
    ),
    NegativePair(
        "{Event} {happened} in {where}.", "Insurers based in {other} expect large claims.", "origin"
    ),
    NegativePair(
        "{Event} {happened} in {where}.", "Travellers bound for {other} were delayed by {event}.", "origin"
    ),
)

INTERVAL_FIRST = (
    IntervalClaim("{Who} called it the first {noun} the area had seen in {n}.", "n"),
    IntervalClaim("The last time the area had {a_noun} was in {year}, {who} said.", "year"),
    IntervalClaim("Residents had waited {n} for {a_noun}.", "n"),
    IntervalClaim("{Event} ended a gap of {n}, {who} said.", "n"),
    IntervalClaim("Nothing like it had happened in the area since {year}.", "year"),
    IntervalClaim("It was {n} since {a_noun} last came to the area.", "n"),
    IntervalClaim("{Who} said the area's only previous {noun} came in {year}.", "year"),
    IntervalClaim("It was {year} when the area last had {a_noun}.", "year"),
    IntervalClaim("{Event} was the area's first in well over {n}.", "more_n"),
    IntervalClaim("This {noun} was the first there for {n}, {who} said.", "n"),
    IntervalClaim("Not for {n} had the area known {a_noun}.", "n"),
    IntervalClaim("{Who} noted that {year} was the last time the area had {a_noun}.", "year"),
    IntervalClaim("{Event} came {n} after the area's previous one.", "n"),
    IntervalClaim("The area's last {noun} before this came in {year}.", "year"),
)

INTERVAL_SECOND = (
    IntervalClaim("Local records put the previous {noun} in {year}.", "year"),
    IntervalClaim("{Who} said {a_noun} had last been recorded there in {year}.", "year"),
    IntervalClaim("Until this one, the area had gone {n} without {a_noun}.", "n"),
    IntervalClaim("The last {noun} there, in {year}, was far smaller.", "year"),
    IntervalClaim("It was the area's first {noun} for {n}, {who} said.", "n"),
    IntervalClaim("The area had last had {a_noun} {n} ago.", "n"),
    IntervalClaim("{Who} said the area's last {noun} was back in {year}.", "year"),
    IntervalClaim("There had not been {a_noun} there since {year}, {who} said.", "year"),
    IntervalClaim("Older residents recall {year} as the year of the last {noun}.", "year"),
    IntervalClaim("The area had waited {n} for another {noun}.", "n"),
    IntervalClaim("The {noun} was the first the area had had in {n}.", "n"),
    IntervalClaim("{Who} said the previous {noun} there happened in {year}.", "year"),
    IntervalClaim("It is {n} since the area's last {noun}, {who} said.", "n"),
    IntervalClaim("Before this, the most recent {noun} there was in {year}.", "year"),
)

NEGATIVES_INTERVAL = (
    NegativePair(
        "It was the area's first {noun} in {n}.",
        "The previous {noun} there was in {year}, {who} said.",
        "consistent",
    ),
    NegativePair(
        "{Event} was the first in the area for {n}.",
        "The area's last {other_noun} came in {year}.",
        "different",
    ),
    NegativePair(
        "It was the first {noun} there in {n}.",
        "A much larger {noun} hit another country in {year}.",
        "different",
    ),
    NegativePair(
        "It was the area's first {noun} in {n}.",
        "The worst {noun} on record there was in {year}.",
        "different",
    ),
    NegativePair(
        "It was the first {noun} there in {n}.",
        "The last {noun} in a neighbouring country was in {year}.",
        "different",
    ),
)

BANK = dataclasses.replace(
    DEV,
    name="lead11",
    kinds=KINDS,
    place_first=PLACE_FIRST,
    place_second=PLACE_SECOND,
    negatives_place=NEGATIVES_PLACE,
    interval_first=INTERVAL_FIRST,
    interval_second=INTERVAL_SECOND,
    negatives_interval=NEGATIVES_INTERVAL,
)
