"""Place-conflict wording bank written by helper place19a, round 19. It imitates the
business, technology and science desks: wire copy with bare datelines and agency tags,
company spokespeople and emailed statements, stock-exchange filings and analysts' notes
from the financial dailies, trade-press coverage of fairs, motor shows and developer
conferences, and science news about launches, test flights, laboratory accidents,
reactor trips, plant fires, leaks, mine and dam failures and data-centre outages."""

import dataclasses

from bench.injectors.consistency import EventKind, NegativePair
from bench.injectors.templates_dev import BANK as DEV

KINDS = (
    EventKind(
        "factory fire",
        ("broke out", "gutted two production halls", "forced the evacuation of the night shift"),
        ("the fire brigade", "a company spokeswoman", "plant management"),
    ),
    EventKind(
        "gas leak",
        (
            "was detected during routine checks",
            "forced workers to evacuate",
            "left three employees needing treatment",
        ),
        ("the operator", "emergency services", "a spokesman for the utility"),
    ),
    EventKind(
        "chlorine release",
        (
            "occurred during a tank transfer",
            "prompted a shelter-in-place order",
            "was contained within hours",
        ),
        ("the chemical maker", "environmental regulators", "hazardous-materials crews"),
    ),
    EventKind(
        "pipeline rupture",
        (
            "spilled thousands of barrels of crude",
            "was spotted by a maintenance crew",
            "halted flows on the line",
        ),
        ("the pipeline operator", "the energy regulator", "a company spokesman"),
    ),
    EventKind(
        "mine collapse",
        (
            "trapped 14 miners underground",
            "buried a section of the main shaft",
            "occurred during the night shift",
        ),
        ("the mining company", "rescue officials", "the miners' union"),
    ),
    EventKind(
        "rocket launch",
        (
            "lifted off on schedule",
            "was delayed by high winds",
            "ended in an explosion shortly after lift-off",
        ),
        ("the launch provider", "mission control", "the space agency"),
    ),
    EventKind(
        "test flight",
        ("lasted 40 minutes", "ended with a hard landing", "went off without a hitch"),
        ("the planemaker", "the test pilot", "the manufacturer's chief engineer"),
    ),
    EventKind(
        "data-centre outage",
        (
            "knocked thousands of websites offline",
            "lasted nearly nine hours",
            "disrupted card payments for millions of customers",
        ),
        ("the cloud provider", "the company's status page", "engineers at the firm"),
    ),
    EventKind(
        "unveiling",
        (
            "drew a crowd of analysts and bloggers",
            "was livestreamed to investors",
            "ran for more than two hours",
        ),
        ("the company", "the chief executive", "a spokesman for the firm"),
        hosted=True,
    ),
    EventKind(
        "annual general meeting",
        (
            "was interrupted by climate protesters",
            "approved the final dividend",
            "voted down the executive pay package",
        ),
        ("the board", "the company secretary", "shareholder advocates"),
        hosted=True,
    ),
    EventKind(
        "trade fair",
        ("drew 120,000 visitors", "opened its doors to buyers", "closed with record orders"),
        ("the organisers", "the industry association", "exhibitors"),
        hosted=True,
    ),
    EventKind(
        "plant shutdown",
        ("idled 1,200 workers", "was ordered by regulators", "cut output by a fifth"),
        ("the carmaker", "the works council", "the company"),
    ),
    EventKind(
        "product demo",
        ("crashed on stage", "won a standing ovation", "lasted barely ten minutes"),
        ("the start-up", "the founder", "people in the audience"),
        hosted=True,
    ),
    EventKind(
        "laboratory explosion",
        (
            "injured two researchers",
            "shattered windows across the building",
            "happened during a routine synthesis",
        ),
        ("the university", "the institute's director", "campus safety officials"),
    ),
    EventKind(
        "refinery blast",
        (
            "shook homes for miles around",
            "sent a plume of black smoke into the sky",
            "killed two contractors",
        ),
        ("the refiner", "firefighters", "the labour ministry"),
    ),
    EventKind(
        "reactor trip",
        ("took the unit offline", "was triggered by a faulty sensor", "caused no release of radioactivity"),
        ("the plant operator", "the nuclear regulator", "the utility"),
    ),
    EventKind(
        "investor day",
        ("laid out a five-year plan", "featured the new finance chief", "ran well past its scheduled end"),
        ("the company", "analysts who attended", "the investor relations team"),
        hosted=True,
    ),
    EventKind(
        "hackathon",
        ("drew 400 coders", "ran for 48 hours", "produced a winning payments app"),
        ("the organisers", "the sponsoring bank", "participants"),
        hosted=True,
    ),
    EventKind(
        "developer conference",
        (
            "opened with a keynote on artificial intelligence",
            "sold out weeks in advance",
            "drew 6,000 developers",
        ),
        ("the software maker", "the organisers", "attendees"),
        hosted=True,
    ),
    EventKind(
        "motor show",
        (
            "opened to the public",
            "featured 40 world premieres",
            "drew fewer exhibitors than in previous years",
        ),
        ("the organisers", "carmakers", "the auto industry body"),
        hosted=True,
    ),
    EventKind(
        "groundbreaking ceremony",
        ("was attended by the prime minister", "marked the start of construction", "drew local dignitaries"),
        ("the chipmaker", "the company", "government officials"),
        hosted=True,
    ),
    EventKind(
        "tailings dam failure",
        ("released a torrent of mining waste", "swept away several homes", "killed at least a dozen workers"),
        ("the mining group", "civil defence officials", "prosecutors"),
    ),
    EventKind(
        "derailment",
        ("spilled vinyl chloride", "forced the evacuation of nearby homes", "left 30 wagons off the tracks"),
        ("the rail operator", "safety investigators", "the railway company"),
    ),
    EventKind(
        "crane collapse",
        ("killed a site worker", "crushed two parked lorries", "halted work on the tower"),
        ("the contractor", "the labour inspectorate", "police"),
    ),
    EventKind(
        "factory walkout",
        ("halted assembly lines", "lasted three days", "was called by the metalworkers' union"),
        ("the union", "management", "the carmaker"),
    ),
)

PLACE_FIRST = (
    # wire datelines
    "{where} -- {Event} {happened} here, {who} told reporters.",
    "{where} (Reuters) - {Event} {happened}, {who} said.",
    # spokespeople, statements, filings
    "{Who} said in a statement that {event} in {where} {happened}.",
    "The {where} {noun} {happened}, according to a filing with the stock exchange.",
    "{Event} took place in {where}, {who} confirmed in an emailed statement.",
    "{Event} {happened} in {where}, {who} said in a statement posted online.",
    "{Event} in {where} was first disclosed by {who}.",
    "{Who} gave a first account of {event} in {where} at a press briefing.",
    "Asked about {event} in {where}, {who} gave no further details.",
    "Sources close to the company said {event} in {where} {happened}.",
    # fronted phrases, clefts, relative clauses, appositions
    "In {where}, {event} {happened}, {who} said.",
    "{Event}, which took place in {where}, {happened}, {who} said.",
    "It was in {where} that {event} {happened}, {who} said.",
    "{where} was the scene of {a_noun} that {happened}, {who} said.",
    "{Event} in {where}, a hub for the region's manufacturers, {happened}, {who} said.",
    "The {noun}, in {where}, {happened}, {who} said.",
    "{Event} {happened} at a site in {where}, {who} said.",
    "{Event} at the {where} site {happened}, {who} said late on Tuesday.",
    # quotes
    '"{Event} {happened} right here in {where}," {who} said.',
    # financial-daily framing
    "Shares of the parent company fell in early trading after news of {event} in {where}.",
    "Investors were briefed on {event} in {where} before markets opened.",
    "{Event} in {where} {happened} just days before the company's quarterly results.",
    "Analysts said {event} in {where} was unlikely to have a material impact on full-year earnings.",
    "Footage shared on social media showed {event} in {where} as it unfolded.",
    # hosted events: fairs, shows, meetings
    "{Event}, {held} in {where}, {happened}, {who} said.",
    "{Event} was {held} at a convention centre in {where}, {who} said.",
    "{where} hosted {event}, which {happened}.",
    "Hosted by {where}, {event} {happened}.",
    "At the {where} venue where it was {held}, {event} {happened}.",
    "Thousands attended {event}, {held} this year in {where}.",
)

PLACE_SECOND = (
    "{Who} later said {event} had taken place in {where}.",
    "Photographs taken at {event} in {where} circulated widely online.",
    "The {where} {noun} was widely covered in the trade press.",
    "{Event}, in {where}, was the main topic of questions from analysts on the earnings call.",
    "Company executives flew to {where}, where {event} {happened}.",
    "In a statement, {who} said {event} {happened} at premises in {where}.",
    "Those present at {event} in {where} described what they saw to reporters.",
    "{where} -- {Who} gave new details about {event}, which {happened} here.",
    "{Event} in {where} {happened}, {who} added.",
    '"{Event} in {where} {happened}, and we will share more information in due course," {who} said.',
    "A detailed timeline of {event} in {where} has yet to be published.",
    "Details of {event} in {where} were first posted on an industry forum.",
    "{Event} was caught on camera in {where}.",
    "The {noun} {happened} in {where}, {who} said, correcting an earlier statement.",
    "{Event} {happened} in {where} on the eve of the group's capital markets day.",
    "{where}, where {event} {happened}, is home to several of the company's suppliers.",
    "At the site in {where}, {event} {happened}.",
    "The group's exposure to {event} in {where} is limited, according to a note from a broker.",
    "{Event} in {where} has prompted questions from investors.",
    "{where} (Reuters) - More details emerged on {event} here, {who} said.",
    "The {where} {noun} comes weeks after the group cut its profit forecast.",
    "A preliminary report on {event} in {where} is due within weeks, {who} said.",
    "The timing of {event} in {where} caught investors off guard.",
    "Company records seen by this newspaper show that {event} {happened} in {where}.",
    # hosted events
    "{Event}, which {where} hosted, {happened}.",
    "{where}, which hosted {event}, saw hotel occupancy jump.",
    "{Event} {held} in {where} {happened}, {who} said.",
    "Attendees who travelled to {where} for {event} {held} there said it {happened}.",
    "{Event} was {held} in {where}, {who} confirmed.",
    "{Event}, hosted in {where}, {happened}.",
)

NEGATIVES_PLACE = (
    # another instance of the kind, somewhere else
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "It came months after {a_noun} in {other}, {who} noted.",
        "another",
    ),
    NegativePair(
        "The {where} {noun} {happened}, according to a filing with the stock exchange.",
        "A separate {noun} in {other} last year drew far less attention.",
        "another",
    ),
    NegativePair(
        "{Event} was {held} in {where}, {who} said.",
        "Next year's {noun} will be {held} in {other}.",
        "another",
    ),
    # the second place is where something else happens: markets, head office, suppliers
    NegativePair(
        "{Event} in {where} {happened}, {who} said.",
        "Shares in the company fell 4 per cent in {other}, where it is listed.",
        "elsewhere",
    ),
    NegativePair(
        "{where} -- {Event} {happened} here, {who} told reporters.",
        "Executives at the group's headquarters in {other} were briefed on {event} within the hour.",
        "elsewhere",
    ),
    NegativePair(
        "{Event} took place in {where}, {who} confirmed in an emailed statement.",
        "News of {event} rattled suppliers as far away as {other}.",
        "elsewhere",
    ),
    # travel: origin and destination
    NegativePair(
        "{Event}, {held} in {where}, {happened}, {who} said.",
        "Delegates flew in from {other} for {event}.",
        "from_to",
    ),
    NegativePair(
        "{Event} {happened} at a site in {where}, {who} said.",
        "Executives flew from {other} to {where} after {event}.",
        "from_to",
    ),
    # the other place contains, or lies in, the first
    NegativePair(
        "In {where}, {event} {happened}, {who} said.",
        "It was the biggest {noun} {other} has seen, {who} said.",
        "contained",
    ),
    NegativePair(
        "The {where} {noun} {happened}, according to {who}.",
        "{Event} took place at a site in {other}, {who} added.",
        "contained",
    ),
)

BANK = dataclasses.replace(
    DEV,
    name="place19a",
    kinds=KINDS,
    place_first=PLACE_FIRST,
    place_second=PLACE_SECOND,
    negatives_place=NEGATIVES_PLACE,
)
