"""Place-conflict wording bank written by helper place21b, round 20. It imitates the
local and regional desks of English-language papers and stations: US local TV web copy
and sheriff's-office briefs ("Crews were called to ... around 3 a.m."), Canadian RCMP/OPP
and utility notices, Australian bushfire and SES updates, Irish Garda press-office items
and Indian city-page copy with "City:" datelines, plus council and school-board
reporting, community-paper event write-ups and photo captions ("Pictured: ...").
Places sit in datelines, prepositional phrases on the noun or on the verb, "the X fire"
modifiers, fronted phrases, relative clauses, quotes, reported speech and passives."""

import dataclasses

from bench.injectors.consistency import EventKind, NegativePair
from bench.injectors.templates_dev import BANK as DEV

KINDS = (
    EventKind(
        "house fire",
        ("broke out", "started", "was reported"),
        ("the fire department", "the fire marshal", "a fire service spokesperson"),
    ),
    EventKind(
        "water-main break",
        ("was reported", "cut supply to dozens of homes", "flooded the roadway"),
        ("the city's water utility", "public works officials", "a utility spokesperson"),
    ),
    EventKind(
        "burglary",
        ("was reported", "took place", "happened"),
        ("police", "the sheriff's office", "investigating officers"),
    ),
    EventKind(
        "school lockdown",
        ("was triggered", "lasted about two hours", "was lifted by early afternoon"),
        ("the school district", "the principal", "police"),
    ),
    EventKind(
        "bushfire",
        ("flared up", "jumped containment lines", "burned through dry scrub"),
        ("the Rural Fire Service", "the CFA", "fire authorities"),
    ),
    EventKind(
        "hit-and-run",
        ("happened", "left a cyclist badly injured", "was reported"),
        ("police", "the Garda press office", "investigators"),
    ),
    EventKind(
        "gas leak",
        ("forced an evacuation", "was detected", "was reported"),
        ("the fire brigade", "the gas company", "emergency crews"),
    ),
    EventKind(
        "dog attack",
        ("left a child injured", "happened", "was reported"),
        ("animal control officers", "police", "the council's animal services team"),
    ),
    EventKind(
        "power outage",
        ("left thousands without electricity", "struck", "knocked out traffic lights"),
        ("the utility", "Hydro One", "the electricity board"),
    ),
    EventKind(
        "stabbing",
        ("happened", "took place", "was reported"),
        ("police", "gardaí", "a police spokesperson"),
    ),
    EventKind(
        "rollover crash",
        ("happened", "closed both lanes", "involved a single vehicle"),
        ("state troopers", "the OPP", "highway patrol"),
    ),
    EventKind(
        "chemical spill",
        ("was reported", "forced road closures", "happened"),
        ("the fire department", "hazmat crews", "environmental officials"),
    ),
    EventKind(
        "sinkhole",
        ("opened up", "swallowed part of a driveway", "appeared"),
        ("city engineers", "the roads department", "public works staff"),
    ),
    EventKind(
        "armed standoff",
        ("ended peacefully", "lasted several hours", "began"),
        ("the RCMP", "police", "a tactical unit commander"),
    ),
    EventKind(
        "flash flood",
        ("struck", "inundated low-lying homes", "cut off several roads"),
        ("the weather service", "the SES", "emergency management officials"),
    ),
    EventKind(
        "carjacking",
        ("happened", "took place", "was reported"),
        ("police", "detectives", "the police department"),
    ),
    EventKind(
        "wall collapse",
        ("happened", "injured two workers", "occurred"),
        ("the district administration", "the fire department", "municipal officials"),
    ),
    EventKind(
        "train derailment",
        ("happened", "blocked the line", "occurred"),
        ("the rail operator", "transport officials", "investigators"),
    ),
    EventKind(
        "shooting",
        ("happened", "was reported", "left one man injured"),
        ("police", "the sheriff's office", "a police spokesperson"),
    ),
    EventKind(
        "county fair",
        ("opened", "drew record crowds", "wrapped up"),
        ("organisers", "the fair board", "county officials"),
        hosted=True,
    ),
    EventKind(
        "parade",
        ("went ahead", "drew thousands", "stepped off"),
        ("organisers", "the parade committee", "the council"),
        hosted=True,
    ),
    EventKind(
        "town hall meeting",
        ("ran late", "got heated", "went ahead"),
        ("the mayor's office", "the local MP's office", "councillors"),
        hosted=True,
    ),
    EventKind(
        "fun run",
        ("raised thousands for charity", "went ahead", "drew hundreds of runners"),
        ("organisers", "the race director", "the running club"),
        hosted=True,
    ),
    EventKind(
        "agricultural show",
        ("opened", "drew big crowds", "went ahead"),
        ("the show society", "organisers", "the show committee"),
        hosted=True,
    ),
    EventKind(
        "food festival",
        ("sold out", "drew long queues", "got under way"),
        ("organisers", "the tourism board", "the festival director"),
        hosted=True,
    ),
)

PLACE_FIRST = (
    "Crews were called to {a_noun} in {where} at around 3 a.m., {who} said.",
    "{Event} {happened} in {where} on Tuesday evening, according to {who}.",
    "{where}: {Event} {happened} on Sunday, {who} said.",
    "{where} — {Event} {happened} overnight, {who} confirmed Thursday.",
    "It was in {where} that {event} {happened}, {who} told reporters.",
    "The {where} {noun} {happened} just before dawn, {who} said.",
    "In {where}, {event} {happened} shortly after the lunchtime rush, {who} said.",
    "{Who} said {event} {happened} in {where} a little after 9:30 p.m.",
    "Pictured: the scene of {event} in {where} on Saturday morning.",
    "{Event}, which {happened} in {where}, is now being reviewed, {who} said.",
    "Emergency services attended {a_noun} in {where} on Friday afternoon, {who} said.",
    '"We were dealing with {a_noun} in {where} for most of the night," {who} said.',
    "{a_noun} in {where} kept {who} busy for much of Wednesday.",
    "The site in {where} where {event} {happened} was still taped off on Friday.",
    "{Event} {happened} in a quiet part of {where}, {who} said.",
    "Police cordoned off the area of {where} where {event} {happened}.",
    "According to {who}, {event} in {where} {happened} at about 11 p.m.",
    "Officers were called to {where} on Monday night after reports of {a_noun}.",
    "Update, 6:10 a.m.: {who} confirmed {event} {happened} in {where}.",
    "{a_noun} was reported in {where} late on Thursday, {who} said.",
    "Footage posted online showed the aftermath of {event} in {where}.",
    "Nobody was hurt in {event}, which {happened} in {where} just after midnight, {who} said.",
    "Shortly after 8 p.m., {event} {happened} in {where}, {who} said.",
    "Locals described {event} in {where} as the biggest news in the area for years.",
    "An investigation is under way into {event} in {where}, {who} said.",
    "Gardaí and council staff were at the site of {event} in {where} until late.",
    "{Event}, {held} in {where}, {happened} on Saturday, {who} said.",
    "{Event} was {held} in {where}, {who} said, with more than 2,000 people attending.",
    "{where} hosted {event} over the weekend, {who} said.",
    "{Event}, hosted this year by {where}, {happened} on Saturday, {who} said.",
)

PLACE_SECOND = (
    "The cause of {event} in {where} remains under investigation, {who} said.",
    "Anyone who saw {event} in {where} is asked to call the non-emergency line.",
    "{Who} later confirmed that {event} {happened} in {where}.",
    "The {where} {noun} is the second such incident this month, {who} said.",
    "Two people were taken to hospital after {event} in {where}, {who} said.",
    "Councillors in {where}, where {event} {happened}, have asked for a full report.",
    "Dashcam footage appears to show the moment {event} {happened} in {where}.",
    'A senior officer who attended {event} in {where} called it "a frightening few hours".',
    "Volunteers spent the next day cleaning up after {event} in {where}.",
    "When {event} {happened} in {where}, several nearby businesses closed early.",
    "{where}: A day after {event} {happened} here, {who} said inquiries were continuing.",
    "It remains unclear what led to {event} in {where}.",
    '"{Event} in {where} was frightening to watch," a neighbour told the paper.',
    "The {noun} in {where} {happened} with little warning, {who} said.",
    "{Who} set up a hotline for people affected by {event} in {where}.",
    "A report into {event} in {where} is expected within weeks, {who} said.",
    "Video of {event} in {where} has been viewed thousands of times online.",
    "Investigators returned to the site of {event} in {where} on Monday.",
    "Photos taken in {where} during {event} were shared widely online.",
    "{Event} was confined to a few blocks of {where}, {who} said.",
    "Records show {event} in {where} was logged at 10:52 p.m.",
    "Earlier, {who} had said {event} {happened} in {where}.",
    "Traffic cameras in {where} captured {event} as it unfolded.",
    "Among those caught up in {event} in {where} was a local bus driver, {who} said.",
    "By the time {event} in {where} was over, dozens of people had gathered nearby.",
    "Those who were in {where} for {event} were offered support afterwards, {who} said.",
    "{Event} was {held} in {where} again this year, organisers said.",
    "{Event} was hosted in {where} this year, {who} said.",
    "Thousands turned out for {event}, {held} in {where} on a cold, bright morning.",
    "{Event}, hosted by {where}, {happened} without incident, {who} said.",
)

NEGATIVES_PLACE = (
    NegativePair(
        "{Event} {happened} in {where} on Tuesday evening, according to {who}.",
        "It followed {a_noun} in {other} last month, {who} said.",
        "another",
    ),
    NegativePair(
        "Crews were called to {a_noun} in {where} at around 3 a.m., {who} said.",
        "A separate {noun} in {other} was reported hours later, {who} said.",
        "another",
    ),
    NegativePair(
        "{where} hosted {event} over the weekend, {who} said.",
        "Last year's {noun} was {held} in {other}.",
        "another",
    ),
    NegativePair(
        "The {where} {noun} {happened} just before dawn, {who} said.",
        "Relatives in {other} learned of {event} from social media.",
        "elsewhere",
    ),
    NegativePair(
        "{Who} said {event} {happened} in {where} a little after 9:30 p.m.",
        "Viewers in {other} watched {event} unfold on a livestream.",
        "elsewhere",
    ),
    NegativePair(
        "Pictured: the scene of {event} in {where} on Saturday morning.",
        "A fundraiser for those affected by {event} was held in {other} on Sunday.",
        "elsewhere",
    ),
    NegativePair(
        "{Event}, {held} in {where}, {happened} on Saturday, {who} said.",
        "Many of those at {event} had driven in from {other}.",
        "from_to",
    ),
    NegativePair(
        "Emergency services attended {a_noun} in {where} on Friday afternoon, {who} said.",
        "A specialist team was flown in from {other} to help after {event}.",
        "from_to",
    ),
    NegativePair(
        "{where}: {Event} {happened} on Sunday, {who} said.",
        "{Event} in {other} was one of several reported that week, {who} said.",
        "contained",
    ),
    NegativePair(
        "It was in {where} that {event} {happened}, {who} told reporters.",
        "The {noun} in {other} {happened} with little warning, {who} said.",
        "contained",
    ),
)

BANK = dataclasses.replace(
    DEV,
    name="place21b",
    kinds=KINDS,
    place_first=PLACE_FIRST,
    place_second=PLACE_SECOND,
    negatives_place=NEGATIVES_PLACE,
)
