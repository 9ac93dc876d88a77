"""Place-conflict wording bank written by helper place18c, round 18. It imitates the
feature-led and service end of a newsroom rather than the hard-news wire: the sports desk's
match reports and incident write-ups, the business desk's markets wraps and boardroom
stories, science and health copy on outbreaks, the travel and arts pages, the weather desk,
local magazine-style features, broadcast script lines (ANCHOR/PRESENTER cues) and the
clipped one-line summaries of a morning newsletter, mixing short punchy sentences with long
ones full of asides."""

import dataclasses

from bench.injectors.consistency import EventKind, NegativePair
from bench.injectors.templates_dev import BANK as DEV

KINDS = (
    EventKind(
        "derby",
        ("ended in a goalless draw", "was abandoned at half-time", "went to extra time"),
        ("the home club", "match officials", "the league"),
        hosted=True,
    ),
    EventKind(
        "pitch invasion",
        (
            "halted play for twenty minutes",
            "broke out after the final whistle",
            "was filmed on dozens of phones",
        ),
        ("stewards", "the governing body", "club officials"),
    ),
    EventKind(
        "listeria outbreak",
        ("was traced to a chilled-food plant", "left eleven people in hospital", "was declared over"),
        ("health officials", "the food safety regulator", "epidemiologists"),
    ),
    EventKind(
        "cold snap",
        ("burst water mains", "closed schools for two days", "brought the lowest temperatures in a decade"),
        ("forecasters", "the meteorological office", "gritting crews"),
    ),
    EventKind(
        "flash flood",
        ("swept cars off the road", "struck before dawn", "turned streets into rivers"),
        ("emergency services", "the fire brigade", "residents"),
    ),
    EventKind(
        "plant closure",
        ("cost six hundred jobs", "was announced without warning", "followed months of losses"),
        ("the union", "the company", "workers"),
    ),
    EventKind(
        "market debut",
        (
            "valued the firm at four billion dollars",
            "saw shares jump by a third in the first hour",
            "was delayed twice",
        ),
        ("bankers on the deal", "the exchange", "the chief executive"),
    ),
    EventKind(
        "book festival",
        ("sold out its main tent", "drew record crowds", "opened with a reading by its patron"),
        ("organisers", "the festival director", "the programme team"),
        hosted=True,
    ),
    EventKind(
        "gallery heist",
        (
            "was over in under four minutes",
            "netted jewels worth millions",
            "went unnoticed until the morning shift",
        ),
        ("detectives", "the museum", "insurers"),
    ),
    EventKind(
        "coach crash",
        ("left fourteen passengers injured", "happened on a hairpin bend", "shut the motorway for hours"),
        ("police", "the operator", "paramedics"),
    ),
    EventKind(
        "marathon",
        ("was run in sweltering heat", "saw a course record fall", "was shortened because of the wind"),
        ("race organisers", "the athletics federation", "the winner"),
        hosted=True,
    ),
    EventKind(
        "whale stranding",
        (
            "drew hundreds of volunteers",
            "ended with most of the pod refloated",
            "was first spotted by a dog walker",
        ),
        ("marine rescuers", "conservation officers", "local volunteers"),
    ),
    EventKind(
        "hailstorm",
        (
            "shattered greenhouse roofs",
            "dumped stones the size of golf balls",
            "lasted barely fifteen minutes",
        ),
        ("forecasters", "insurers", "growers"),
    ),
    EventKind(
        "fun run",
        (
            "raised thousands for the hospice",
            "attracted runners in fancy dress",
            "went ahead despite the rain",
        ),
        ("organisers", "the charity", "volunteers"),
        hosted=True,
    ),
    EventKind(
        "street carnival",
        ("passed off peacefully", "drew a million revellers", "ended with fireworks"),
        ("organisers", "the police", "the council"),
        hosted=True,
    ),
    EventKind(
        "boardroom coup",
        ("ousted the founder", "was engineered by activist investors", "took less than a week"),
        ("insiders", "the board", "people familiar with the matter"),
    ),
    EventKind(
        "measles cluster",
        (
            "spread through two primary schools",
            "was linked to low vaccination rates",
            "prompted a catch-up jab campaign",
        ),
        ("public health officials", "doctors", "the health ministry"),
    ),
    EventKind(
        "power cut",
        ("plunged thousands into darkness", "lasted most of the evening", "knocked out traffic lights"),
        ("the grid operator", "engineers", "the utility"),
    ),
    EventKind(
        "film premiere",
        ("drew a crowd of fans", "ended with a standing ovation", "was delayed by a downpour"),
        ("the studio", "publicists", "the director"),
        hosted=True,
    ),
    EventKind(
        "ferry grounding",
        (
            "forced the evacuation of three hundred passengers",
            "happened in thick fog",
            "left the vessel listing",
        ),
        ("the coastguard", "the ferry company", "maritime investigators"),
    ),
    EventKind(
        "regatta",
        ("was sailed in gusty conditions", "saw two boats capsize", "was won by the defending champions"),
        ("the yacht club", "race officials", "competitors"),
        hosted=True,
    ),
    EventKind(
        "chemical leak",
        (
            "forced residents to keep their windows shut",
            "was contained by mid-afternoon",
            "sent a plume over the estate",
        ),
        ("the fire service", "environmental inspectors", "the plant's owner"),
    ),
    EventKind(
        "farewell concert",
        ("sold out in minutes", "ran half an hour over", "closed with a three-song encore"),
        ("the promoter", "fans", "the band's management"),
        hosted=True,
    ),
    EventKind(
        "sinkhole collapse",
        ("swallowed two parked cars", "opened up overnight", "forced a busy road to close"),
        ("engineers", "the council", "geologists"),
    ),
    EventKind(
        "doping raid",
        ("was carried out at dawn", "targeted the team hotel", "led to two arrests"),
        ("anti-doping investigators", "prosecutors", "the team"),
    ),
)

PLACE_FIRST = (
    "{Event} in {where} {happened}, and for a few hours nobody could talk about anything else.",
    "It was in {where} — of all places, as one old hand put it — that {event} {happened}.",
    "ANCHOR: We start tonight in {where}, where {event} {happened}.",
    "In brief: {a_noun} in {where} {happened}; {who} are expected to say more on Monday.",
    "{Who} confirmed that {event} took place in {where} shortly after lunch.",
    (
        "Anyone who was in {where} for {event} will tell you the "
        "same thing: it {happened}, and then the day got stranger."
    ),
    "The {where} {noun}, as it is already being called, {happened}.",
    "{Event} was {held} in {where} under grey skies, and the turnout surprised even {who}.",
    "Scenes from {where} last night: {event} {happened}, and the pictures were everywhere within the hour.",
    "Our correspondent filed this from {where}, where {event} {happened} earlier in the day.",
    "Short version: {event} {happened}. Where? {where}.",
    "Spare a thought for {where}, which had already had quite a week before {event} {happened} there.",
    "{Who} say {event} in {where} {happened}.",
    "Hosted by {where}, a newcomer to the calendar, {event} {happened}.",
    "{where}, Saturday — {event} {happened}.",
    "{Event} that {happened} in {where} was, locals agreed, unlike anything in living memory.",
    "{Event}, {held} in {where} on a shoestring, {happened}.",
    "In {where}, {event} {happened} — or so {who} tell us.",
    "The {noun} in {where}? It {happened}, {who} said.",
    "Travel desk: visitors to {where} this week found themselves in the middle of {event}, which {happened}.",
    "Markets wrap: attention turned to {where}, where {event} {happened}.",
    "{Who}, speaking at the scene in {where}, said {event} {happened}.",
    "It took {who} most of the day to piece together exactly how {event} in {where} unfolded.",
    "Picture the scene in {where}: {event} {happened}, phones were out and the rumours were already flying.",
    "{Event}, which took place in {where}, {happened}, {who} said.",
    "Newsletter line: {event} ({where}) {happened}.",
    "{where}'s {noun} {happened}, and {who} have promised a full account.",
    "Big picture first: {event} {happened}, and it happened in {where}.",
    "Right in the heart of {where}, {event} {happened}.",
    (
        "If you were anywhere near {where} yesterday you will have heard "
        "about {event}, which {happened} there in the late afternoon."
    ),
)

PLACE_SECOND = (
    "Footage of {event} in {where} has since been watched millions of times.",
    "By the time {event} in {where} was over, {who} had already begun asking awkward questions.",
    "The {where} {noun} will now be reviewed by {who}.",
    "Recap: {event}, {where}. Details still emerging.",
    "PRESENTER: More now on {event} in {where}, and on what {who} are saying about it.",
    "Local papers in {where} led on {event}, which took place just down the road from their offices.",
    "Asked about {event} in {where}, {who} declined to go into detail.",
    "It was {where}, and nowhere else, that {event} {happened}, {who} insisted.",
    "Insurers are still totting up the cost of {event} in {where}.",
    "Those who were in {where} for {event} described it in almost identical terms.",
    "Hosted by {where}, {event} had been billed as the highlight of the season.",
    "{Event} was {held} in {where}, a fact lost in much of the coverage.",
    "The mood in {where} in the hours after {event} was one of bewilderment.",
    "Since {event} in {where}, bookings have dipped, tour operators say.",
    "{Who} have posted a minute-by-minute timeline of {event} in {where} on their website.",
    "Where did {event} happen? In {where}, according to {who}.",
    "{Event} — in {where}, to be precise — {happened}.",
    "Shares across the sector barely moved after {event} in {where}.",
    "A plaque may yet mark the spot in {where} where {event} {happened}.",
    "In tomorrow's newsletter: a long read on {event} in {where}.",
    "Ask anyone who was at {event} in {where} and you get a slightly different story each time.",
    "The {noun}, played out in {where}, {happened}.",
    "The authorities in {where}, where {event} {happened}, have promised a review.",
    "{Event} unfolded in {where} in a matter of minutes, {who} said.",
    "That {where} should have been the setting for {event} surprised few who know the place.",
    "Weekend reading: inside {event} in {where}, hour by hour.",
    "All eyes were on {where} as {event} {happened}.",
    "{Event} happened in {where}, and that is where {who} are concentrating their efforts.",
    "The pictures from {where}'s {noun} tell their own story.",
    "Still in {where}, where {event} {happened}: {who} have yet to put a figure on the damage.",
)

NEGATIVES_PLACE = (
    NegativePair(
        "{Event} in {where} {happened}.",
        "A separate {noun} in {other}, nothing to do with the one in {where}, is being looked at by {who}.",
        "another",
    ),
    NegativePair(
        "The {where} {noun} {happened}, {who} said.",
        "Last year's {noun} was in {other}, and few there have forgotten it.",
        "another",
    ),
    NegativePair(
        "Newsletter line: {event} ({where}) {happened}.",
        "A near-identical {noun} in {other} two summers ago is still remembered there.",
        "another",
    ),
    NegativePair(
        "{Event} {happened} in {where}.",
        "News of {event} in {where} reached {other} within minutes, and the reaction there was swift.",
        "elsewhere",
    ),
    NegativePair(
        "{Who} confirmed that {event} took place in {where}.",
        "Back in {other}, viewers watched {event} unfold on a live feed from {where}.",
        "elsewhere",
    ),
    NegativePair(
        "Those at the scene in {where} said {event} {happened}.",
        "Families in {other} followed the coverage of {event} in {where} late into the night.",
        "elsewhere",
    ),
    NegativePair(
        "{Event} was {held} in {where} under grey skies.",
        "Fans had travelled from {other} to {where} for {event}, some of them overnight.",
        "from_to",
    ),
    NegativePair(
        "ANCHOR: We start tonight in {where}, where {event} {happened}.",
        "Crews who covered {event} in {where} flew on to {other} the following morning.",
        "from_to",
    ),
    NegativePair(
        "{Event} in {where} {happened}, {who} said.",
        "{Event} {happened} in {other}, {who} added, and nobody there was surprised.",
        "contained",
    ),
    NegativePair(
        "The {noun} in {where}? It {happened}, {who} said.",
        "For {other}, where {event} {happened}, it was a long night.",
        "contained",
    ),
)

BANK = dataclasses.replace(
    DEV,
    name="place18c",
    kinds=KINDS,
    place_first=PLACE_FIRST,
    place_second=PLACE_SECOND,
    negatives_place=NEGATIVES_PLACE,
)
