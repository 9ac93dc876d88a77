"""Place-conflict wording bank written by helper place17b, round 17. It imitates the
copy of a general newsroom's sports, business, science/health, weather and culture
desks: match and race reports, factory and boardroom stories, outbreak and disaster
updates, festival and premiere reviews, plus the clipped lines of radio bulletins,
datelines, photo captions and social-media posts. The place sits in datelines,
clefts, relative clauses, noun modifiers, quotes and parentheticals, near to and far
from the event word."""

import dataclasses

from bench.injectors.consistency import EventKind, NegativePair
from bench.injectors.templates_dev import BANK as DEV

KINDS = (
    # sport
    EventKind(
        "cup semi-final",
        ("went to penalties", "ended in a goalless draw", "was settled in extra time"),
        ("the match delegate", "club officials", "the home side's manager"),
        hosted=True,
    ),
    EventKind(
        "title fight",
        ("ended in a split decision", "was stopped in the ninth round", "went the full twelve rounds"),
        ("the promoter", "ringside judges", "the boxing board"),
        hosted=True,
    ),
    EventKind(
        "regatta",
        ("was abandoned for lack of wind", "finished under protest", "was sailed in a heavy swell"),
        ("the race committee", "yacht club officials", "the sailing federation"),
        hosted=True,
    ),
    EventKind(
        "chess olympiad",
        ("was decided on tiebreaks", "drew a record field of 190 teams", "finished a round early"),
        ("the chief arbiter", "federation officials", "the organising committee"),
        hosted=True,
    ),
    EventKind(
        "grand prix",
        ("was red-flagged after a first-lap pile-up", "ended behind the safety car", "was won from pole"),
        ("race stewards", "team principals", "the circuit's owners"),
        hosted=True,
    ),
    EventKind(
        "stadium crush",
        (
            "left dozens of supporters injured",
            "happened as fans were leaving the ground",
            "killed seven people",
        ),
        ("stewards", "the football association", "hospital staff"),
    ),
    # business
    EventKind(
        "plant closure",
        (
            "was announced to staff on a Monday morning",
            "put 600 jobs at risk",
            "took the workforce by surprise",
        ),
        ("the works council", "the carmaker", "union representatives"),
    ),
    EventKind(
        "shareholder revolt",
        ("unseated the chairman", "saw a third of votes cast against the pay package", "sank the bonus plan"),
        ("proxy advisers", "the company secretary", "investor groups"),
    ),
    EventKind(
        "trade fair",
        ("drew 90,000 visitors", "closed a day early", "opened with record stand bookings"),
        ("the organisers", "exhibitors", "the chamber of commerce"),
        hosted=True,
    ),
    EventKind(
        "warehouse fire",
        (
            "destroyed most of the company's stock",
            "burned for two days",
            "halted deliveries for a week",
        ),
        ("the retailer", "fire investigators", "the company's insurers"),
    ),
    # science / health
    EventKind(
        "measles cluster",
        ("was traced to a school trip", "grew to 34 confirmed cases", "was declared over by spring"),
        ("health officials", "the regional epidemiologist", "the health ministry"),
    ),
    EventKind(
        "cholera outbreak",
        (
            "spread through two displacement camps",
            "was confirmed by laboratory tests",
            "killed at least 19 people",
        ),
        ("aid agencies", "the World Health Organization", "district health officers"),
    ),
    EventKind(
        "bird flu outbreak",
        ("was confirmed on a poultry farm", "led to the culling of 200,000 hens", "spread to a second farm"),
        ("veterinary officials", "the agriculture ministry", "poultry farmers"),
    ),
    EventKind(
        "chemical spill",
        (
            "turned a stretch of river white",
            "forced 2,000 people from their homes",
            "closed the port for a day",
        ),
        ("environmental inspectors", "the plant's operator", "firefighters"),
    ),
    EventKind(
        "tremor",
        ("rattled windows for miles around", "measured 5.1 in magnitude", "was felt 200 kilometres away"),
        ("seismologists", "the geological survey", "residents"),
    ),
    # weather / disaster
    EventKind(
        "hailstorm",
        ("flattened the wheat crop", "smashed car windscreens by the hundred", "lasted barely ten minutes"),
        ("the meteorological service", "insurers", "farmers' groups"),
    ),
    EventKind(
        "mudslide",
        ("buried a row of houses", "swept away a footbridge", "cut the main road"),
        ("rescue teams", "the civil protection agency", "local officials"),
    ),
    EventKind(
        "dust storm",
        ("grounded flights for hours", "turned the sky orange", "closed schools for the day"),
        ("the weather bureau", "airport authorities", "forecasters"),
    ),
    EventKind(
        "ice storm",
        ("brought down power lines", "left 80,000 homes without power", "glazed every road in ice"),
        ("the power utility", "emergency managers", "the national weather service"),
    ),
    EventKind(
        "ferry capsizing",
        ("happened in rough seas", "left 23 people missing", "occurred near the harbour mouth"),
        ("the coast guard", "port authorities", "survivors"),
    ),
    EventKind(
        "mine collapse",
        ("trapped eleven miners", "happened during the night shift", "sealed off the main shaft"),
        ("the mining company", "rescuers", "the miners' union"),
    ),
    # culture
    EventKind(
        "opera premiere",
        ("drew an eleven-minute ovation", "was booed on its opening night", "sold out within hours"),
        ("the opera house", "critics", "the composer's publisher"),
        hosted=True,
    ),
    EventKind(
        "music festival",
        ("was cut short by thunderstorms", "drew 120,000 fans", "ran two hours behind schedule"),
        ("festival organisers", "promoters", "police"),
        hosted=True,
    ),
    EventKind(
        "fashion week",
        ("closed with a rain-soaked runway show", "drew buyers from 40 countries", "opened amid protests"),
        ("designers", "the fashion council", "visiting buyers"),
        hosted=True,
    ),
    EventKind(
        "art heist",
        ("was over in under four minutes", "netted paintings worth millions", "went unnoticed until morning"),
        ("museum staff", "detectives", "the gallery's insurers"),
    ),
)

PLACE_FIRST = (
    "{Event} {happened} in {where}, {who} said on Sunday.",
    "In {where}, {who} confirmed that {event} {happened}.",
    "{where}, Tuesday — {Event} {happened}, according to {who}.",
    "Bulletin, 0600: {event} in {where} {happened}; more on that story shortly.",
    "It was in {where} that {event} {happened}.",
    "JUST IN: {event} {happened} in {where}. Updates to follow.",
    "{where} was the scene of {event}, which {happened}, according to {who}.",
    "The {where} {noun} {happened}, {who} told reporters.",
    "Reporting from {where}, our correspondent says {event} {happened}.",
    "{Event}, which {happened} on the outskirts of {where}, dominated the local papers.",
    "Those at the scene in {where} described how {event} {happened}.",
    "{where} hosted {event}, which {happened}.",
    "{held} in {where} for the very first time, {event} {happened}.",
    "Officials in {where}, where {event} {happened}, said a full report would follow.",
    "It was just after nine at night, local time in {where}, when {event} {happened}.",
    '"I have lived in {where} all my life and never seen anything like it," one resident said of {event}.',
    "Footage filmed in {where} and shared widely online showed {event} as it unfolded.",
    "According to {who}, {event} took place in {where}.",
    "{Who} named {where} as the location of {event}.",
    "{Event} was {held} in {where} in front of a capacity crowd.",
    "Near {where}, {event} {happened}.",
    "{Event}, {held} this year in {where}, {happened}.",
    '"Absolute scenes in {where} tonight," one user posted minutes after {event} {happened}.',
    "Pictured: the scene in {where} shortly after {event}.",
    "{Who} said that {event}, which took place in {where}, {happened}.",
    "What happened in {where}: {event} {happened}, and {who} are piecing together the details.",
    "Before {event} in {where}, few outside the region had paid the place much attention.",
    "The first reports of {event} came from {where}, where, {who} said, it {happened}.",
    "{Event} in {where} — {who} said it {happened} — is the lead item on tonight's bulletin.",
    "Little more than an hour after {event} {happened} in {where}, {who} issued a statement.",
)

PLACE_SECOND = (
    "Anyone who was in {where} when {event} {happened} is asked to contact {who}.",
    "The {where} {noun} is expected to feature in next month's review by {who}.",
    "{Who} have been studying footage of {event} in {where} frame by frame.",
    "{Event} in {where} was the main talking point on the evening bulletins.",
    "What we know so far about the {where} {noun}",
    '"Still can\'t believe what we saw in {where}," one witness wrote online, days after {event}.',
    "Since {event} in {where}, {who} have faced a stream of questions.",
    "{Event} was the first of its kind in {where} in more than a decade, {who} noted.",
    "By the time {event} in {where} was over, {who} had already begun asking questions.",
    "Authorities in {where} have opened an inquiry into {event}.",
    "{Event} ({where}, earlier this week) was also raised in parliament.",
    "Pictures from {where} show {event} at its height.",
    "On the ground in {where}, {who} recalled how {event} {happened}.",
    "Recapping the top story this hour: {event} in {where}, which {happened}.",
    "{where}, which hosted {event}, has already asked to do so again.",
    "When {event} was {held} in {where}, few expected it to make headlines abroad.",
    "Many of those who travelled to {where}, where {event} was {held}, faced long queues to get home.",
    "Scenes in {where} immediately after {event} were described by {who} as extraordinary.",
    "A local paper in {where} led on {event}, which it said {happened} a few streets away.",
    "{Who} described {event} in {where} as unlike anything in recent memory.",
    "Why {where}? Many have asked why {event} took place there of all places.",
    "It is now a week since {event} in {where}.",
    "Pictured: {where}, hours after {event}.",
    "{Event} {happened} in {where}, as {who} had reported at the time.",
    "A map published by {who} marks the spot in {where} where {event} {happened}.",
    "The {noun} in {where} has prompted calls for a review, {who} said.",
    "Residents of {where} who saw {event} first-hand will remember it for years, {who} predicted.",
    "Life in {where} was slow to return to normal after {event} {happened} there.",
    "Every account gathered by {who} puts {event} in one place: {where}.",
    "Insurers are still totting up the cost of {event} in {where}.",
)

NEGATIVES_PLACE = (
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "The {where} {noun} came only weeks after {a_noun} in {other}.",
        "another",
    ),
    NegativePair(
        "In {where}, {event} {happened}.",
        "{Who} compared it with {a_noun} in {other} last year, which was smaller than the one in {where}.",
        "another",
    ),
    NegativePair(
        "{Event} was {held} in {where} this year.",
        "Next year's edition moves from {where} to {other}, organisers confirmed.",
        "another",
    ),
    NegativePair(
        "{Event} {happened} in {where}, according to {who}.",
        "News of the {where} {noun} reached {other} within minutes.",
        "elsewhere",
    ),
    NegativePair(
        "{Event} in {where} {happened}, {who} said.",
        "Relatives in {other} said they had been unable to reach family in {where} since {event}.",
        "elsewhere",
    ),
    NegativePair(
        "{where} was the scene of {event}.",
        "Markets in {other} barely reacted to {event} in {where}.",
        "elsewhere",
    ),
    NegativePair(
        "{Event} {happened} in {where}.",
        "{Who} flew from {other} to {where} hours after {event}.",
        "from_to",
    ),
    NegativePair(
        "It was in {where} that {event} {happened}.",
        "Some of those caught up in {event} later travelled from {where} to {other} by train.",
        "from_to",
    ),
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "{Event} in {where} made front pages across {other}.",
        "contained",
    ),
    NegativePair(
        "The {where} {noun} {happened}.",
        "Speaking in {other}, {who} said the {noun} in {where} had been a hard lesson.",
        "contained",
    ),
)

BANK = dataclasses.replace(
    DEV,
    name="place17b",
    kinds=KINDS,
    place_first=PLACE_FIRST,
    place_second=PLACE_SECOND,
    negatives_place=NEGATIVES_PLACE,
)
