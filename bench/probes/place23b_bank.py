"""Place bank written by helper place23b, round 23: plain, edited community/citizen news of
the Wikinews kind — short encyclopaedic sentences on politics, elections, science, sport,
transport, weather, business and culture ("The incident occurred...", "According to a
statement released by...", "It was reported that..."), with second mentions that refer
back to the event in many ways (subordinate clauses, quotes, "Following the ...",
"In the wake of ...", possessives such as "the Lima derailment")."""

import dataclasses

from bench.injectors.consistency import EventKind, NegativePair
from bench.injectors.templates_dev import BANK as DEV

KINDS = (
    EventKind(
        "gas explosion",
        (
            "occurred",
            "tore through a residential block",
            "ripped through a shopping arcade",
            "levelled two buildings",
        ),
        ("police", "the fire service", "local officials", "emergency services"),
    ),
    EventKind(
        "factory fire",
        ("broke out", "gutted the premises", "burned for several hours", "spread to neighbouring warehouses"),
        ("the fire brigade", "the company", "fire officials"),
    ),
    EventKind(
        "train derailment",
        (
            "occurred",
            "happened",
            "left two carriages on their side",
            "halted rail traffic for most of the day",
        ),
        ("the rail operator", "transport officials", "police"),
    ),
    EventKind(
        "bus crash",
        ("happened", "occurred", "left fourteen people injured", "killed six passengers"),
        ("police", "the transport ministry", "hospital officials"),
    ),
    EventKind(
        "earthquake",
        ("struck", "shook buildings", "damaged hundreds of homes", "cut power to thousands of households"),
        ("seismologists", "the geological survey", "civil defence officials"),
    ),
    EventKind(
        "flash flood",
        (
            "inundated low-lying districts",
            "cut off several roads",
            "forced hundreds from their homes",
            "occurred",
        ),
        ("the meteorological service", "emergency officials", "the Red Cross"),
    ),
    EventKind(
        "ferry sinking",
        ("occurred", "happened", "claimed at least twenty lives", "left dozens of passengers missing"),
        ("the coast guard", "maritime officials", "the ferry operator"),
    ),
    EventKind(
        "emergency landing",
        ("took place", "was carried out", "ended without injuries", "happened"),
        ("the airline", "aviation authorities", "airport officials"),
    ),
    EventKind(
        "protest march",
        (
            "took place",
            "drew several thousand people",
            "ended in scuffles with police",
            "passed off peacefully",
        ),
        ("organisers", "the interior ministry", "police"),
    ),
    EventKind(
        "chemical leak",
        ("occurred", "forced the evacuation of nearby homes", "was contained within hours", "happened"),
        ("the plant operator", "environmental officials", "the fire service"),
    ),
    EventKind(
        "power outage",
        (
            "left thousands without electricity",
            "lasted nearly six hours",
            "occurred",
            "shut down traffic lights",
        ),
        ("the grid operator", "the utility company", "energy officials"),
    ),
    EventKind(
        "bank robbery",
        ("took place", "happened", "netted the thieves an undisclosed sum", "occurred"),
        ("police", "the bank", "detectives"),
    ),
    EventKind(
        "rocket launch",
        ("took place", "went ahead", "was declared a success", "was watched by a crowd of spectators"),
        ("the space agency", "mission controllers", "the launch provider"),
    ),
    EventKind(
        "summit",
        ("was held", "opened", "concluded", "took place", "ended without a joint communique"),
        ("organisers", "the foreign ministry", "diplomats"),
        hosted=True,
    ),
    EventKind(
        "by-election",
        ("was held", "took place", "was won by the opposition candidate", "passed without major incident"),
        ("the electoral commission", "election officials", "observers"),
        hosted=True,
    ),
    EventKind(
        "awards ceremony",
        ("was held", "took place", "honoured two dozen winners", "was broadcast live"),
        ("organisers", "the academy", "the jury"),
        hosted=True,
    ),
    EventKind(
        "exhibition",
        ("opened", "was staged", "attracted more than 40,000 visitors", "ran for six weeks"),
        ("the museum", "the curators", "organisers"),
        hosted=True,
    ),
    EventKind(
        "marathon",
        ("took place", "was won in a course record", "went ahead despite the heat", "was held"),
        ("race organisers", "the athletics federation", "officials"),
        hosted=True,
    ),
    EventKind(
        "signing ceremony",
        ("took place", "was held", "sealed the merger", "was attended by both chief executives"),
        ("the two companies", "a company spokesperson", "the firms' advisers"),
        hosted=True,
    ),
)

PLACE_FIRST = (
    "{Event} {happened} in {where}, {who} said in a written statement.",
    "According to a statement released by {who}, {event} {happened} in {where}.",
    "It was reported that {a_noun} {happened} in {where}, although details remained scarce.",
    "{where} — {Event} {happened} here, {who} confirmed.",
    "{Who} confirmed that {event} {happened} in {where} and that further details would follow.",
    "In {where}, {event} {happened}, {who} told reporters.",
    "{Who} said {event}, which {happened} in {where}, had drawn attention from across the region.",
    "Reports from {where} indicate that {a_noun} {happened} there.",
    "{Event} {happened} in central {where}, {who} reported.",
    "Authorities in {where} said {event} {happened} and that the situation was being assessed.",
    "The {where} {noun} {happened}, {who} said.",
    "A spokesperson for {who} confirmed details of {event} in {where} at a press briefing.",
    "The site of {event} in {where}, in an image released by {who}.",
    "{Event} — which {happened} in {where} — was confirmed by {who}.",
    "Officials said {event} {happened} in {where} and that more information would be released.",
    "{Event} in {where}: what is known so far.",
    "It was in {where} that {event} {happened}, {who} said.",
    "{Event} {happened} in {where}, prompting a statement from {who}.",
    "Local media reported that {event} {happened} in {where}.",
    "Witnesses described how {event} {happened} in {where}.",
    "{Event} {happened} in {where}; {who} gave no further details.",
    "{Who} released a brief statement after {event} {happened} in {where}.",
    "Confirming {event} in {where}, {who} said further information would be made public in due course.",
    "{Event}, which {who} said {happened} in {where}, led the front pages of several newspapers.",
    "In {where}, where {event} {happened}, {who} issued a short update.",
    "The {noun} in {where} {happened}, {who} said.",
    "News of {event} in {where} was first carried by regional broadcasters.",
    "{a_noun} {happened} in {where}, in what {who} described as a demanding day for local services.",
    "Details emerged of {event} in {where} after {who} published an initial account.",
    "As {who} confirmed, {event} {happened} in {where}.",
)

PLACE_SECOND = (
    "Following {event} in {where}, {who} said a full review would be carried out.",
    "In the wake of {event} in {where}, several organisations issued statements.",
    "Reporters at the scene in {where} said {event} {happened} with little warning.",
    '"We are still gathering information about {event} in {where}," a spokesperson for {who} said.',
    "The {where} {noun} was also discussed at a press conference later in the day.",
    "{Who} said more information on the {where} {noun} would be released.",
    "Asked about {event}, which {happened} in {where}, {who} declined to comment further.",
    "Since {event} in {where}, questions have been raised about how it was handled.",
    "Coverage of {event} in {where} dominated local news bulletins.",
    "A later update from {who} confirmed that {event} {happened} in {where}.",
    "Footage of {event} in {where} was widely shared online.",
    "Officials said it was too early to say what lessons would be drawn from {event} in {where}.",
    "The handling of the {where} {noun} has drawn comment from politicians of all parties.",
    "When {event} {happened} in {where}, it drew immediate attention from national media.",
    "A report into {event} in {where} is expected to be published.",
    "One resident of {where} said she had watched {event} unfold from her window.",
    "The {noun} in {where}, {who} said, {happened}.",
    "According to {who}, {event} in {where} was being reviewed.",
    "{where}'s {noun} was the subject of a question in parliament.",
    "Much of the attention after {event} in {where} focused on the role of {who}.",
    '"What happened in {where} during {event} will be examined carefully," a statement from {who} read.',
    "Officials in {where}, where {event} {happened}, said they had been in contact with {who}.",
    "Figures released by {who} after {event} in {where} were later revised.",
    "{where} {noun}: an update from {who}.",
    "News of {event} in {where} spread quickly.",
    "In a brief statement about {event} in {where}, {who} thanked members of the public for their patience.",
    "Critics said the response to {event} in {where} raised wider questions.",
    "It was in {where}, {who} said, that {event} {happened}.",
    "Earlier, {who} had given an account of {event} in {where}.",
    '{Event} in {where} was, in the words of one official, "something nobody here will forget."',
    "Investigators at the scene in {where} spoke to witnesses about {event}.",
)

NEGATIVES_PLACE = (
    # from_to: {other} is elsewhere, and not where this event happened
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "Reaction to {event} also came from {other}, where officials said they were following developments.",
        "from_to",
    ),
    NegativePair(
        "According to {who}, {a_noun} {happened} in {where}.",
        "Several of the people involved in {event} in {where} had travelled from {other}.",
        "from_to",
    ),
    NegativePair(
        "It was reported that {a_noun} {happened} in {where}.",
        "A separate {noun} was reported in {other}, though {who} said the two were not linked.",
        "from_to",
    ),
    NegativePair(
        "{Event} {happened} in {where}, according to {who}.",
        "News of {event} in {where} was announced at a press conference in {other}.",
        "from_to",
    ),
    NegativePair(
        "{Event} was {held} in {where}, {who} said.",
        "Organisers said the next {noun} would be hosted in {other}.",
        "from_to",
    ),
    NegativePair(
        "{Event} {happened} in {where}.",
        "Delegations from {other} were among those attending the {noun} hosted by {where}.",
        "from_to",
    ),
    NegativePair(
        "{Who} said {event} {happened} in {where}.",
        "Teams from {other} also travelled to {where} in connection with {event}.",
        "from_to",
    ),
    NegativePair(
        "In {where}, {event} {happened}, {who} reported.",
        "Some commentators compared {event} with an earlier {noun} in {other}.",
        "from_to",
    ),
    NegativePair(
        "{Event} {happened} in {where}, {who} later confirmed.",
        "Some of those involved in {event} were later flown home to {other}.",
        "from_to",
    ),
    NegativePair(
        "The {where} {noun} {happened}, {who} said.",
        "Coverage of {event} in {where} was also extensive in {other}.",
        "from_to",
    ),
    NegativePair(
        "Local media reported that {event} {happened} in {where}.",
        "One of those interviewed about {event} was originally from {other}.",
        "from_to",
    ),
    NegativePair(
        "{Event} {happened} in {where}, {who} said in a written statement.",
        "Travel between {where} and {other} was disrupted for several hours after {event}.",
        "from_to",
    ),
    NegativePair(
        "{Who} confirmed that {event} {happened} in {where}.",
        "{Who} said details of {event} in {where} would be shared with counterparts in {other}.",
        "from_to",
    ),
    NegativePair(
        "{Event} in {where} was confirmed by {who}.",
        "The government in {other} issued a statement on {event} in {where}.",
        "from_to",
    ),
    NegativePair(
        "It was in {where} that {event} {happened}, {who} said.",
        '"We have been following events in {where} closely," a minister in {other} said after {event}.',
        "from_to",
    ),
    NegativePair(
        "{Event} {happened} in {where}, prompting a statement from {who}.",
        "Before arriving in {where}, some of the people connected with {event} had spent a week in {other}.",
        "from_to",
    ),
    # contained: {other} is the country of the city {where}, or a city of the country {where}
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "{Who} gave further details of the {other} {noun} in a later update.",
        "contained",
    ),
    NegativePair(
        "According to a statement released by {who}, {event} {happened} in {where}.",
        "Following {event} in {other}, {who} said a full account would be published.",
        "contained",
    ),
    NegativePair(
        "It was reported that {a_noun} {happened} in {where}.",
        "News of {event} spread quickly across {other}.",
        "contained",
    ),
    NegativePair(
        "{Event} {happened} in {where}, according to {who}.",
        '"This has been a significant moment for {other}," one official said of {event}.',
        "contained",
    ),
    NegativePair(
        "In {where}, {event} {happened}, {who} told reporters.",
        "Officials in {other} said they had been briefed on {event}.",
        "contained",
    ),
    NegativePair(
        "{Who} said {event} {happened} in {where}.",
        "The {other} {noun} {happened}, according to {who}.",
        "contained",
    ),
    NegativePair(
        "Reports from {where} indicate that {a_noun} {happened} there.",
        "It was in {other} that {event} {happened}, {who} later confirmed.",
        "contained",
    ),
    NegativePair(
        "{Event} {happened} in {where}; {who} gave no further details.",
        "In the wake of {event} in {other}, several organisations issued statements.",
        "contained",
    ),
    NegativePair(
        "{Event} was {held} in {where}, {who} said.",
        "{Event}, hosted in {other}, drew visitors from several neighbouring countries.",
        "contained",
    ),
)

BANK = dataclasses.replace(
    DEV,
    name="place23b",
    kinds=KINDS,
    place_first=PLACE_FIRST,
    place_second=PLACE_SECOND,
    negatives_place=NEGATIVES_PLACE,
)
