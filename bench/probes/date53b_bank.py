"""DATE bank date53b, written by a blind helper, round 53 (held out). Register: plain, neutral
general-assignment news across all topics (accidents, courts, politics, business, weather, sport) in the
flattest style of community-written sites like Wikinews and small-town papers: simple declaratives,
'X said', 'according to', few flourishes, with a few deliberately awkward or clumsy amateur sentences."""

import dataclasses

from bench.injectors.consistency import EventKind, NegativePair
from bench.injectors.templates_dev import BANK as DEV

KINDS = (
    EventKind(
        "water main break",
        ("happened", "was reported", "flooded the street"),
        ("the water department", "city crews", "the public works director", "residents"),
    ),
    EventKind(
        "barn fire",
        ("broke out", "started", "was reported"),
        ("the fire chief", "the volunteer fire department", "the farm's owner", "the county fire marshal"),
    ),
    EventKind(
        "hit-and-run",
        ("happened", "took place", "was reported"),
        ("police", "the sheriff's office", "the state patrol", "a witness"),
    ),
    EventKind(
        "sinkhole",
        ("opened up", "appeared", "formed"),
        ("the highway department", "the city engineer", "the county", "neighbors"),
    ),
    EventKind(
        "livestock auction",
        ("took place", "went ahead", "was held"),
        ("the sale barn", "the auctioneer", "the cattlemen's association", "organizers"),
        hosted=True,
    ),
    EventKind(
        "boil-water notice",
        ("was issued", "went into effect", "was put in place"),
        ("the water utility", "the health department", "the village clerk", "the mayor"),
    ),
    EventKind(
        "inmate escape",
        ("happened", "took place", "was discovered"),
        ("the county jail", "the sheriff", "corrections officials", "the state department of corrections"),
    ),
    EventKind(
        "ferry grounding",
        ("happened", "occurred", "took place"),
        ("the coast guard", "the ferry operator", "the harbor master", "passengers"),
    ),
    EventKind(
        "recall election",
        ("took place", "was held", "went ahead"),
        ("the county clerk", "the election board", "the secretary of state's office", "campaign organizers"),
        hosted=True,
    ),
    EventKind(
        "credit union robbery",
        ("happened", "took place", "occurred"),
        ("police", "the FBI", "the credit union's manager", "detectives"),
    ),
    EventKind(
        "hailstorm",
        ("hit the area", "passed through", "struck"),
        ("the weather service", "forecasters", "insurers", "the emergency management office"),
    ),
    EventKind(
        "ammonia leak",
        ("happened", "occurred", "was detected"),
        (
            "the fire department",
            "the plant manager",
            "the hazardous materials team",
            "the state environment agency",
        ),
    ),
    EventKind(
        "grain elevator explosion",
        ("happened", "occurred", "took place"),
        ("the co-op", "the workplace safety regulator", "fire officials", "the company"),
    ),
    EventKind(
        "charity fun run",
        ("took place", "was held", "went ahead"),
        ("organizers", "the charity", "the race director", "the Rotary club"),
        hosted=True,
    ),
    EventKind(
        "sentencing hearing",
        ("took place", "was held", "happened"),
        ("the court clerk", "prosecutors", "the defense lawyer", "the district attorney's office"),
    ),
    EventKind(
        "freight train derailment",
        ("happened", "occurred", "took place"),
        (
            "the railroad",
            "the transportation safety board",
            "the county emergency manager",
            "the rail company",
        ),
    ),
    EventKind(
        "town hall meeting",
        ("took place", "was held", "went ahead"),
        ("the town clerk", "the council", "the congressman's office", "people who attended"),
        hosted=True,
    ),
    EventKind(
        "ransomware attack",
        ("happened", "was detected", "hit the council's computers"),
        ("the council", "the IT department", "the city manager", "a council spokesperson"),
    ),
    EventKind(
        "dog attack",
        ("happened", "took place", "was reported"),
        ("animal control", "police", "the victim's family", "the council"),
    ),
    EventKind(
        "levee breach",
        ("happened", "occurred", "was reported"),
        ("the levee district", "the Army Corps of Engineers", "emergency officials", "the parish president"),
    ),
    EventKind(
        "rockfall",
        ("happened", "came down", "closed the road"),
        ("the roads department", "the highway patrol", "the park service", "geologists"),
    ),
    EventKind(
        "mill closure",
        ("was announced", "took effect", "went ahead"),
        ("the company", "the union", "the mayor", "workers"),
    ),
    EventKind(
        "light aircraft crash",
        ("happened", "occurred", "took place"),
        ("the aviation safety board", "the sheriff's office", "the airport manager", "investigators"),
    ),
    EventKind(
        "school lockdown",
        ("happened", "took place", "was ordered"),
        ("the school district", "the principal", "police", "parents"),
    ),
    EventKind(
        "candlelight vigil",
        ("took place", "was held", "went ahead"),
        ("organizers", "the church", "the victim's family", "friends"),
        hosted=True,
    ),
)

DATE_FIRST = (
    "{Event} {happened} {when}, {who} said.",
    "According to {who}, {event} {happened} {when}.",
    "{Who} said that {when}, {event} {happened}.",
    "{Event}, which {happened} {when}, is being looked into by {who}.",
    "{Who} confirmed that {event} {happened} {when}.",
    "In a statement, {who} said {event} {happened} {when}.",
    "{Event} {happened} {when}. {Who} said more information would be released later.",
    "{Who} told reporters that {event} {happened} {when}.",
    "Pictured: the scene of {event} {when}.",
    "The timeline put out by {who} shows {event} {happened} {when}.",
    "Court documents say {event} {happened} {when}.",
    "The aftermath of {event} {when} kept {who} busy for several days.",
    "Since {event} {happened} {when}, several people have contacted {who} with questions.",
    "When {event} {happened} {when}, not many people in the area knew about it at first, {who} said.",
    "{Event} was first reported to {who} {when}.",
    "{Event} ({when}) was confirmed by {who}.",
    "{Who} said it was {when} when {event} {happened}.",
    "The date of {event} was {when}, {who} said.",
    "A statement from {who} said {event} {happened} {when} and gave no other details.",
    "{Event} {happened} {when}; {who} did not say much else about it.",
    "Records kept by {who} show {event} {happened} {when}.",
    "It was {when} that {event} {happened}, according to {who}.",
    "{Event} was {held} {when}, {who} said.",
    "At a press conference, {who} said {event} {happened} {when}.",
    "It is believed {event} {happened} {when}, {who} said.",
    '"{Event} {happened} {when} and we are still looking into it," {who} said.',
)

DATE_SECOND = (
    "As reported earlier, {event} {happened} {when}.",
    "{Who} said again that {event} {happened} {when}.",
    "{Event}, which {happened} {when}, remains under review by {who}.",
    "Since {event} {happened} {when}, {who} said, calls about it have come in almost every day.",
    "Going back to {event} {when}, {who} said the response had been quick.",
    "It was {when} that {event} {happened}, {who} later said.",
    "In the days after {event} {when}, {who} gave few details.",
    "{Event} {when} was mentioned again near the end of the statement from {who}.",
    "The report from {who} repeated that {event} {happened} {when}.",
    "Court filings later said {event} {happened} {when}.",
    "According to a later update from {who}, {event} {happened} {when}.",
    "{Event} ({when}) was the main topic when {who} spoke to reporters again.",
    "Anyone who saw {event} {when} is asked to contact {who}.",
    "The follow-up to {event} {when} was handled by {who}.",
    "{Who} later confirmed {event} {happened} {when}.",
    "Figures released by {who} cover the period since {event} {when}.",
    "When {event} {happened} {when}, {who} said, staff were called in right away.",
    "Questions about {event} {when} came up at the meeting, according to {who}.",
    "As {who} noted, {event} {happened} {when}.",
    "{Event} {happened} {when}, as {who} said earlier.",
    "This is the first update from {who} since {event} {when}.",
    "Speaking later, a spokesperson for {who} said {event} {happened} {when}.",
    "By the account of {who}, {event} {happened} {when}.",
    "Details of {event} {when} were still coming in, {who} said.",
    "Back to {event}, it {happened} {when}, {who} said.",
    "The story of {event} {when} was also covered in the newsletter from {who}.",
)

NEGATIVES_DATE = (
    # planned
    NegativePair(
        "{Event} {happened} {when}, {who} said.",
        "A full report on {event} is due {when}, according to {who}.",
        "planned",
    ),
    NegativePair(
        "According to {who}, {event} {happened} {when}.",
        "{Who} said a hearing about {event} is scheduled {when}.",
        "planned",
    ),
    NegativePair(
        "{Event}, which {happened} {when}, is being reviewed by {who}.",
        "The review of {event} is expected to finish {when}, {who} said.",
        "planned",
    ),
    NegativePair(
        "{Who} said {event} {happened} {when}.",
        "A public meeting about {event} will take place {when}.",
        "planned",
    ),
    NegativePair(
        "{Event} {happened} {when}.",
        "If approval comes through, {who} said, an outside review of {event} could start {when}.",
        "planned",
    ),
    NegativePair(
        "In a statement, {who} said {event} {happened} {when}.",
        "{Who} said more details about {event} would be released {when}.",
        "planned",
    ),
    NegativePair(
        "{Event} {happened} {when}, according to {who}.",
        "Officials are set to discuss {event} again {when}, {who} said.",
        "planned",
    ),
    NegativePair(
        "It was {when} that {event} {happened}, {who} said.",
        "{Who} said an update on {event} would be given {when}.",
        "planned",
    ),
    NegativePair(
        "{Event} {happened} {when}.",
        "The deadline for public comments on {event} falls {when}, {who} said.",
        "planned",
    ),
    # compatible
    NegativePair(
        "{Event} {happened} {when}, {who} said.",
        "{Who} repeated that {event} {happened} {when}.",
        "compatible",
    ),
    NegativePair(
        "According to {who}, {event} {happened} {when}.",
        "{Event}, {when}, was the subject of a later statement.",
        "compatible",
    ),
    NegativePair(
        "{Event} {happened} {when}.",
        "Since {event} {happened} {when}, {who} said, little has changed.",
        "compatible",
    ),
    NegativePair(
        "It was {when} that {event} {happened}.",
        "Records from {who} show {event} {happened} {when}.",
        "compatible",
    ),
    NegativePair(
        "{Who} said {event} {happened} {when}.",
        "The date of {event} was {when}, the statement said.",
        "compatible",
    ),
    NegativePair(
        "{Event} ({when}) was confirmed by {who}.",
        "Anyone who saw {event} {when} is asked to contact {who}.",
        "compatible",
    ),
    NegativePair(
        "{Event}, which {happened} {when}, drew comment from {who}.",
        "In the days after {event} {when}, {who} gave few details.",
        "compatible",
    ),
    NegativePair(
        "Court documents say {event} {happened} {when}.",
        "According to {who}, {event} {happened} {when}, as first reported.",
        "compatible",
    ),
    # another
    NegativePair(
        "{Event} {happened} {when}, {who} said.",
        "A second {noun} {happened} {when}, according to {who}.",
        "another",
    ),
    NegativePair(
        "According to {who}, {event} {happened} {when}.",
        "The area also saw another {noun} {when}.",
        "another",
    ),
    NegativePair(
        "{Event} {happened} {when}.",
        "{Who} compared it with the {year} {noun}, which {happened} {when}.",
        "another",
    ),
    NegativePair(
        "{Who} said {event} {happened} {when}.",
        "A previous {noun} {when} led to some changes, {who} said.",
        "another",
    ),
    NegativePair(
        "It was {when} that {event} {happened}.",
        "A similar {noun} in a neighboring county {happened} {when}.",
        "another",
    ),
    NegativePair(
        "{Event}, which {happened} {when}, is still under review.",
        "There was also {a_noun} {when}, though {who} said the two were not connected.",
        "another",
    ),
    NegativePair(
        "{Event} {happened} {when}, {who} said.",
        "It was the second time this had happened; the first {noun} {happened} {when}.",
        "another",
    ),
    NegativePair(
        "According to {who}, {event} {happened} {when}.",
        "An earlier {noun}, {when}, was mentioned in the same report.",
        "another",
    ),
    NegativePair(
        "{Event} {happened} {when}.",
        "{Who} said a separate {noun} {happened} {when} in another town.",
        "another",
    ),
)

BANK = dataclasses.replace(
    DEV,
    name="date53b",
    kinds=KINDS,
    date_first=DATE_FIRST,
    date_second=DATE_SECOND,
    negatives_date=NEGATIVES_DATE,
)
