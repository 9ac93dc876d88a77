"""Lead's wording for date, place and interval (round 13), written while the helpers worked
from the earlier banks and held back from them: a measure of what the round does on wording
none of them saw. The lead read its interval misses and two date alarms during the round
(see docs/checks-consistency.md, round 13), so only its place figures were held back; from
round 14 it is development material like the other banks here."""

import dataclasses

from bench.injectors.consistency import EventKind, IntervalClaim, NegativePair
from bench.injectors.templates_dev import BANK as DEV

KINDS = (
    EventKind("rockslide", ("happened", "came down"), ("geologists", "the mountain rescue service")),
    EventKind("chemical spill", ("happened", "occurred"), ("the environment agency", "the plant operator")),
    EventKind("prison riot", ("broke out", "erupted"), ("the prison service", "guards")),
    EventKind("ferry sinking", ("happened", "occurred"), ("the coastguard", "the ferry company")),
    EventKind("power cut", ("happened", "began"), ("the grid operator", "engineers")),
    EventKind("crowd crush", ("happened", "occurred"), ("stewards", "the stadium's owners")),
    EventKind("warehouse blaze", ("broke out", "started"), ("the fire brigade", "the owners")),
    EventKind("tornado", ("struck", "touched down"), ("storm chasers", "the weather service")),
    EventKind("mine collapse", ("happened", "occurred"), ("the mining company", "rescue teams")),
    EventKind("flash flood", ("struck", "hit"), ("the flood agency", "residents")),
    EventKind("hostage siege", ("began", "unfolded"), ("police negotiators", "the interior ministry")),
    EventKind("book fair", ("was held", "took place"), ("the publishers' association", "organisers"), True),
    EventKind("peace concert", ("was held", "took place"), ("the promoters", "the city council"), True),
    EventKind("student sit-in", ("began", "took place"), ("the student union", "university officials")),
    EventKind("pipeline explosion", ("happened", "occurred"), ("the energy ministry", "the operator")),
    EventKind("cable car accident", ("happened", "occurred"), ("the resort", "investigators")),
)

DATE_FIRST = (
    "{Event} {happened} {when}, {who} told reporters.",
    "{when}, {event} {happened} without warning.",
    "{Event} that {happened} {when} left a trail of damage.",
    "Details are still emerging about {event}, which {happened} {when}.",
    "{Who} said the cause of {event} {when} was not yet known.",
    "In a statement, {who} said {event} {happened} {when}.",
    "{Event} {when} is thought to be the worst in the region's history.",
    "{Who} are investigating after {event} {happened} {when}.",
    "The images of {event} {when} shocked the country.",
    "{Event} {happened} shortly after dawn {when}.",
    "{Event} {happened} {when}, police and witnesses said.",
    "It was {when} that {event} {happened}, {who} said.",
    "{Event}, which {who} described as unprecedented, {happened} {when}.",
    "Speaking after {event} {when}, {who} called for calm.",
    "{Who} said {event} {when} had taken everyone by surprise.",
    "{Event} {happened} {when} and lasted several hours.",
    "Coverage of {event} {when} dominated the evening bulletins.",
    "{Who} had warned for weeks before {event} {happened} {when}.",
    "Questions remain over how {event} {when} was handled.",
    "{Who} described the moment {event} {happened} {when}.",
)

DATE_SECOND = (
    "{Who} later said {event} in fact {happened} {when}.",
    "An official log shows {event} {happened} {when}.",
    "{Event} {when} led to calls for an inquiry.",
    "The inquiry into {event} {when} will report next year.",
    "{when}, {event} {happened}, {who} said.",
    "Those injured in {event} {when} are recovering in hospital.",
    "{Who} has released a timeline showing {event} {happened} {when}.",
    "Insurers have received hundreds of claims since {event} {happened} {when}.",
    "{Event} {happened} {when}, according to court papers.",
    "{Who} said {event}, which {happened} {when}, was caused by human error.",
    "Survivors of {event} {when} are being offered counselling.",
    "Officials now believe {event} {happened} {when}.",
    "{Event} — which {happened} {when} — is the subject of a lawsuit.",
    "Staff recalled the chaos as {event} {happened} {when}.",
    "{Event} {when} cost the local economy dearly, {who} estimated.",
    "It emerged that {event} {happened} {when}, {who} said.",
    "Data from {who} suggest {event} {happened} {when}.",
    "Two people were arrested in connection with {event} {when}.",
    "{Event} {happened} {when}, a spokeswoman for {who} said.",
    "{Event} {happened} {when} after days of warnings.",
)

NEGATIVES_DATE = (
    NegativePair("{Event} {happened} {when}.", "{Who} expect a further {noun} {when}.", "planned"),
    NegativePair(
        "{Event} {happened} {when}, {who} said.",
        "A similar {noun} could happen again {when}, {who} warned.",
        "planned",
    ),
    NegativePair(
        "{Event} {happened} {when}.", "A previous {noun} {happened} {when}, {who} recalled.", "another"
    ),
    NegativePair(
        "{Event} {happened} {when}.",
        "Another {noun}, in a neighbouring district, {happened} {when}.",
        "another",
    ),
    NegativePair("{Event} {happened} {when}.", "{Who} said {event} {happened} {when}.", "compatible"),
    NegativePair("{Event} {happened} {when}.", "{when}, {who} gave a briefing on {event}.", "another"),
    NegativePair(
        "{Event} {happened} {when}.",
        "If {event} had come {when}, far fewer people would have been hurt.",
        "planned",
    ),
    NegativePair("{Who} said {event} {happened} {when}.", "The {year} {noun} was far smaller.", "another"),
)

PLACE_FIRST = (
    "{Event} {happened} in {where}, {who} said on Tuesday.",
    "{Event} in {where} left several people injured.",
    "{Who} were sent to {where} after {event} there.",
    "{Event} {happened} at a site on the edge of {where}.",
    "{where} was the scene of {event}, {who} recalled.",
    "The site of {event} in {where} has been sealed off.",
    "{Event} {happened} right in the heart of {where}.",
    "{Who} said {event} in {where} was being treated as an accident.",
    "{Event}, in {where}, was the worst of its kind this year.",
    "Footage showed the moment {event} {happened} in {where}.",
    "{Event} {happened} in a residential area of {where}.",
    "The clean-up after {event} in {where} could take weeks.",
    "Police sealed off streets in {where}, where {event} {happened}.",
    "{Event} {happened} in {where} shortly before midnight.",
    "{Who} said {event} had been centred on {where}.",
    "{Event} {happened} in and around {where}.",
    "The toll from {event} in {where} rose overnight.",
    "{Event} at {where} is under investigation by {who}.",
    "Local leaders in {where}, where {event} {happened}, called for help.",
    "{Event} {happened} near {where}, {who} said.",
)

PLACE_SECOND = (
    "{Who} later confirmed that {event} {happened} in {where}.",
    "{Event} in {where} is now the subject of a criminal inquiry.",
    "Aid has begun to reach {where}, where {event} {happened}.",
    "{Event} {happened} in {where}, not far from the border.",
    "The {noun} in {where} was the talk of the region.",
    "{Who} has published a map showing {event} {happened} in {where}.",
    "{Event} {happened} in a suburb of {where}.",
    "Flowers have been laid at the scene of {event} in {where}.",
    "Investigators arrived in {where} to examine the scene of {event}.",
    "In {where}, {event} {happened} without warning.",
    "{Event} {happened} on the main square in {where}.",
    "{Event} in {where} has raised questions about safety.",
    "{Who} said the {noun} took place in {where}.",
    "{Event} {happened} in {where}, {who} said in a written statement.",
    "Witness accounts place {event} in {where}.",
    "{Event} {happened} at a busy junction in {where}.",
    "{where}, where {event} {happened}, remains in shock.",
    "{Event} in {where} was caught on video.",
    "{Who} traced {event} to {where}.",
    "Insurance claims from {event} in {where} are mounting.",
)

NEGATIVES_PLACE = (
    NegativePair("{Event} {happened} in {where}.", "Rescuers from {other} helped at the scene.", "origin"),
    NegativePair("{Event} {happened} in {where}.", "A crew from {other} flew in to help.", "origin"),
    NegativePair("{Event} {happened} in {where}.", "{Who} briefed journalists in {other}.", "origin"),
    NegativePair(
        "{Event} {happened} in {where}.", "The injured were flown to hospitals in {other}.", "origin"
    ),
    NegativePair(
        "{Event} {happened} in {where}.", "Tourists from {other} were among those caught up in it.", "origin"
    ),
    NegativePair("{Event} {happened} in {where}.", "A similar {noun} hit {other} last year.", "origin"),
    NegativePair("{Event} {happened} in {where}.", "The whole of {other} mourned.", "contained"),
    NegativePair(
        "{Event} {happened} in {where}.", "Traffic between {other} and the capital was disrupted.", "origin"
    ),
)

INTERVAL_FIRST = (
    IntervalClaim("{Event} was the first in the area for {n}, {who} said.", "n"),
    IntervalClaim("Not since {year} had the area seen {a_noun}.", "year"),
    IntervalClaim("The area's wait for {a_noun} had lasted {n}.", "n"),
    IntervalClaim("The last time the area had {a_noun} was in {year}.", "year"),
    IntervalClaim("{Event} came {n} after the area's previous one.", "n"),
    IntervalClaim("It had been {n} since the area last had {a_noun}.", "n"),
    IntervalClaim("The area recorded its previous {noun} in {year}, {who} said.", "year"),
    IntervalClaim("This was the area's first {noun} in more than {n}.", "more_n"),
    IntervalClaim("No {noun} had been recorded there since {year}.", "year"),
    IntervalClaim("{Who} said the area's {noun} before this one came in {year}.", "year"),
    IntervalClaim("The area had {a_noun} for the first time ever since {year}.", "year"),
    IntervalClaim("{n} went by without {a_noun} in the area.", "n"),
)

INTERVAL_SECOND = (
    IntervalClaim("{Who} said the area's last {noun} had come in {year}.", "year"),
    IntervalClaim("It was the first {noun} locally in {n}.", "n"),
    IntervalClaim("Official records put the area's previous {noun} in {year}.", "year"),
    IntervalClaim("The area had not experienced {a_noun} for {n}.", "n"),
    IntervalClaim("Before this, the area's latest {noun} had been in {year}.", "year"),
    IntervalClaim("{Who} noted it was {n} since the area's most recent {noun}.", "n"),
    IntervalClaim("Officially, this is the first {noun} recorded there since {year}.", "year"),
    IntervalClaim("Until now, the area had gone {n} without {a_noun}.", "n"),
    IntervalClaim("The previous {noun} there happened {n} ago.", "n"),
    IntervalClaim("{Who} said the area last had {a_noun} {n} ago.", "n"),
    IntervalClaim("No {noun} had taken place in the area in {n}.", "n"),
    IntervalClaim("The area's last {noun}, in {year}, was smaller.", "year"),
)

NEGATIVES_INTERVAL = (
    NegativePair(
        "{Event} was the whole area's first in {n}.",
        "The area's previous {noun} was in {year}.",
        "consistent",
    ),
    NegativePair(
        "It was the first {noun} there in {n}.",
        "The last {other_noun} in the area was in {year}.",
        "different",
    ),
    NegativePair(
        "It was the area's first {noun} in {n}.", "The biggest {noun} there was in {year}.", "different"
    ),
    NegativePair(
        "It was the area's first {noun} in {n}.",
        "A {noun} in a neighbouring country in {year} was far larger.",
        "different",
    ),
)

BANK = dataclasses.replace(
    DEV,
    name="lead13",
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
