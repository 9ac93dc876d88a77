"""Fresh wording for place.event_conflict, written by geo10 before reading the analysis (round 10).

Event kinds no earlier bank uses, and place sentences in syntax the earlier banks do not
lean on: existential and indefinite first mentions ("there was a siege in X"), complement
clauses under reporting and court verbs ("the court heard that ..."), temporal clauses
("as the storm hit X"), superlative appositions ("the worst in X for a decade"), region
phrases ("in the north of X", "on the outskirts of X"), headline compounds with a colon,
place-name modifiers with a hyphen ("the X-area crash"), the place inside a quote.
The negatives aim at grouping and realis: a second happening of one kind elsewhere, an
earlier one, a rival one, an aftermath or arrest or broadcast elsewhere, a venue that was
considered, a victim's home town, a firm's seat, a speech given somewhere else.
"""

import dataclasses

from bench.injectors.consistency import EventKind, NegativePair
from bench.injectors.templates_dev import BANK as DEV

KINDS = (
    EventKind(
        "crash", ("killed everyone on board", "happened shortly after take-off"), ("aviation officials",)
    ),
    EventKind("siege", ("ended after 14 hours", "lasted most of the night"), ("police", "security forces")),
    EventKind("storm", ("brought down power lines", "battered the coast"), ("forecasters", "the met office")),
    EventKind("quake", ("toppled buildings", "hit just before noon"), ("seismologists",)),
    EventKind("tsunami", ("swept away fishing villages", "hit the coast"), ("the disaster agency",)),
    EventKind("blizzard", ("cut off villages", "dumped a metre of snow"), ("forecasters", "road officials")),
    EventKind("shelling", ("killed four civilians", "went on for hours"), ("the army", "local officials")),
    EventKind("airstrike", ("hit a market", "destroyed a bridge"), ("the defence ministry", "medics")),
    EventKind(
        "arson attack", ("destroyed a school", "gutted a mosque"), ("detectives", "fire investigators")
    ),
    EventKind("assassination", ("shocked the country", "was carried out at close range"), ("investigators",)),
    EventKind("brawl", ("broke out after the match", "left three men injured"), ("police", "stewards")),
    EventKind("break-in", ("was discovered on Monday", "happened overnight"), ("police", "the museum")),
    EventKind("jailbreak", ("freed about 200 inmates", "happened before dawn"), ("prison officials",)),
    EventKind("manhunt", ("ended with an arrest", "lasted three days"), ("police", "detectives")),
    EventKind("capsizing", ("claimed 20 lives", "happened in rough seas"), ("the coastguard", "the navy")),
    EventKind("gala", ("raised a record sum", "went off without a hitch"), ("organisers",), hosted=True),
    EventKind("premiere", ("drew a crowd of stars", "went ahead"), ("the studio", "organisers"), hosted=True),
    EventKind("exhibition", ("opened to the public", "drew large crowds"), ("curators",), hosted=True),
    EventKind(
        "funeral", ("took place", "drew thousands of mourners"), ("the family", "officials"), hosted=True
    ),
    EventKind("inauguration", ("took place", "passed off peacefully"), ("officials", "aides"), hosted=True),
    EventKind(
        "march", ("drew 10,000 people", "passed off peacefully"), ("organisers", "police"), hosted=True
    ),
    EventKind(
        "derby", ("ended goalless", "was marred by crowd trouble"), ("the league", "the clubs"), hosted=True
    ),
    EventKind(
        "gig", ("sold out in minutes", "ended after midnight"), ("the promoter", "the band"), hosted=True
    ),
    EventKind("runoff", ("went ahead", "was won by the incumbent"), ("election officials",), hosted=True),
    EventKind(
        "trade fair", ("opened its doors", "drew exhibitors from 40 countries"), ("organisers",), hosted=True
    ),
)

PLACE_FIRST = (
    "There was {a_noun} in {where} on Friday, {who} said.",
    "{Who} reported {a_noun} in {where} early on Sunday.",
    "The court heard that {event} {happened} in {where}.",
    "Prosecutors allege that {event} in {where} was planned for weeks.",
    "As {event} {happened} in {where}, {who} urged people to stay indoors.",
    "{Event}, the worst in {where} for a decade, {happened} on Tuesday.",
    "{Event} {happened} in the north of {where}, {who} said.",
    "{Event} on the outskirts of {where} {happened} late on Saturday.",
    "{where}: {noun} leaves residents in shock",
    "The {where}-area {noun} is being investigated by {who}.",
    '{Who} said: "What happened here in {where} during {event} was terrible."',
    "Reporters who saw {event} in {where} said the scene was chaotic.",
    "Little is known about {event} in {where} beyond the basic facts.",
    "{Who} confirmed {event} in {where} but gave no further details.",
    "It is now clear that {event} {happened} in {where}, {who} said.",
    "{Event} {happened} on the streets of {where}.",
    "{Event} {happened} throughout {where}, according to {who}.",
    "On Monday {event} in {where} {happened}, {who} said.",
    "Before {event} in {where}, nobody had thought such a thing likely.",
    "Earlier, {event} {happened} in central {where}.",
    "{Who} are still trying to establish what led to {event} in {where}.",
    "Witnesses described {event} in {where} in interviews with local radio.",
    "{Event} in {where} — what we know so far",
    "Thursday's {noun} in {where} {happened} despite warnings.",
    "The {noun} that {happened} in {where} has been widely reported.",
    "{Event} {happened} in {where} and nowhere else, {who} stressed.",
    "In what {who} called a grim day, {event} {happened} in {where}.",
    "Speculation about {event} in {where} has spread quickly online.",
    "Traders said {event} in {where} had unsettled markets.",
    "Researchers who studied {event} in {where} published their findings on Tuesday.",
    "{Event} was {held} in {where} under heavy security.",
    "{where} {held} {event} last weekend.",
    "Having {held} {event}, {where} now hopes for more visitors.",
)

PLACE_SECOND = (
    "Reports of {event} in {where} began to circulate around midday.",
    "{Who} later gave a full account of {event} in {where}.",
    "The court was told {event} had {happened} in {where}.",
    "The aftermath of {event} in {where} was captured on camera.",
    "Full details of {event} in {where} are expected next week.",
    "Of {event} in {where}, {who} would say only that it was under review.",
    "{Who}'s account of {event} in {where} differs from that of witnesses.",
    "An inquiry into {event} in {where} has been ordered by the government.",
    "The {noun} in {where}, {who} said, could have been far worse.",
    "By the time {event} in {where} was over, the roads were empty.",
    "Coverage of the {where} {noun} dominated the front pages.",
    "Forecasters had not predicted {event} in {where}.",
    "A video shot in {where} during {event} has been verified by {who}.",
    "Those who were in {where} for {event} described a tense atmosphere.",
    "In a statement, {who} said {event} in {where} was being taken seriously.",
    "Writing about {event} in {where}, one columnist called it a turning point.",
    "Questions are being asked about how {event} in {where} was handled.",
    "{Event} {happened} in the south of {where}, {who} added.",
    "{Event}'s location, {where}, was kept quiet until the last minute.",
    "People in {where} are still talking about {event}.",
    "After {event} {happened} in {where}, calm slowly returned.",
    "The lessons of {event} in {where} must be learned, {who} said.",
    "Investigators were at the scene of {event} in {where} within the hour.",
    "Nothing about {event} in {where} suggested it had been planned.",
    "The images from {event} on the outskirts of {where} were hard to watch.",
    "{Event} in {where} lasted far longer than anyone had expected.",
    "Even now, {event} in {where} is a sore subject for {who}.",
    "Whatever caused {event} in {where}, {who} said, would be found.",
    "Long after {event} in {where}, people were still gathering at the site.",
    "{Event} came to {where} on a quiet weekday.",
    "Monday's {noun} at {where} drew condemnation from abroad.",
    "Organisers insisted {event} {held} in {where} had been a success.",
    "That {where} {held} {event} at all was a surprise to many.",
)

NEGATIVES_PLACE = (
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "Another {noun} in {other} on the same day was unrelated, {who} said.",
        "another",
    ),
    NegativePair(
        "There was {a_noun} in {where} on Friday.",
        "{Who} said {event} resembled one in {other} in 2015.",
        "another",
    ),
    NegativePair(
        "{Event} in {where} {happened} on Sunday, {who} said.",
        "{Who} compared it with the incident in {other} last year.",
        "another",
    ),
    NegativePair(
        "{Event} {happened} in {where}.",
        "Two days earlier, a smaller {noun} had been reported in {other}.",
        "another",
    ),
    NegativePair(
        "{Who} confirmed {event} in {where}.",
        "The last {noun} in {other}, in 2016, was on a smaller scale.",
        "another",
    ),
    NegativePair(
        "{Event} was {held} in {where} on Saturday.",
        "A rival {noun} organised by opposition groups took place in {other}.",
        "another",
    ),
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "Matches in {other} were called off after {event}.",
        "elsewhere",
    ),
    NegativePair(
        "{Event} in {where} {happened} on Tuesday.",
        "{Event} could delay the opening of a new plant in {other}, {who} said.",
        "elsewhere",
    ),
    NegativePair(
        "{Event} {happened} in {where} late on Friday.",
        "Police in {other} arrested a man in connection with {event}.",
        "elsewhere",
    ),
    NegativePair(
        "{Who} said {event} {happened} in {where}.",
        "{Event} was broadcast live in {other}.",
        "reporting",
    ),
    NegativePair(
        "{Event} in {where} {happened} overnight.",
        "Relatives gathered in {other} to wait for news of {event}.",
        "elsewhere",
    ),
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "A memorial to those caught up in {event} was unveiled in {other}.",
        "elsewhere",
    ),
    NegativePair(
        "{Event} {happened} in {where} on Thursday.",
        "Speaking in {other} on Monday, the minister condemned {event}.",
        "reporting",
    ),
    NegativePair(
        "{Event} was {held} in {where}, {who} said.",
        "Organisers had considered moving {event} to {other}.",
        "hypothetical",
    ),
    NegativePair(
        "{Event} was {held} in {where} this year.",
        "Next year's {noun} is to be {held} in {other}, {who} announced.",
        "planned",
    ),
    NegativePair(
        "{Event} {happened} in {where} on Monday.",
        "One of the injured, a woman from {other}, was named by {who}.",
        "origin",
    ),
    NegativePair(
        "{Who} said {event} in {where} {happened} without warning.",
        "Ambulances from {other} were called to {event}.",
        "origin",
    ),
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "The {other}-headquartered company that insured the site said it would pay out.",
        "affiliation",
    ),
    NegativePair(
        "{Event} in {where} {happened} on Saturday.",
        "{Who} said {event} in {other} had shaken everyone.",
        "contained",
    ),
    NegativePair(
        "{Event} {happened} in {where}.",
        "{Event} was blamed on a decision taken in {other}.",
        "elsewhere",
    ),
    NegativePair(
        "There was {a_noun} in {where} on Friday, {who} said.",
        "Flights from {where} to {other} were grounded after {event}.",
        "from_to",
    ),
)

BANK = dataclasses.replace(
    DEV,
    name="geo10",
    kinds=KINDS,
    place_first=PLACE_FIRST,
    place_second=PLACE_SECOND,
    negatives_place=NEGATIVES_PLACE,
)
