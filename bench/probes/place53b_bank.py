"""PLACE bank place53b, written by a blind helper, round 53 (held out). Register: plain, neutral
general-assignment news across all topics (accidents, courts, politics, business, weather, sport) in the
flattest style of community-written sites like Wikinews and of small-town papers: simple declaratives,
'X said', 'according to', few flourishes, with a few deliberately awkward or clumsy amateur
sentences mixed in."""

import dataclasses

from bench.injectors.consistency import EventKind, NegativePair
from bench.injectors.templates_dev import BANK as DEV

KINDS = (
    EventKind(
        "water main break",
        ("occurred", "was reported", "happened"),
        ("the water board", "city engineers", "the local council", "the utility company"),
    ),
    EventKind(
        "barn fire",
        ("broke out", "started", "was reported"),
        ("the fire brigade", "the county fire marshal", "police", "neighbours"),
    ),
    EventKind(
        "school board meeting",
        ("was held", "took place", "went ahead"),
        ("the school district", "board members", "the district superintendent", "parents who attended"),
        hosted=True,
    ),
    EventKind(
        "bus crash",
        ("happened", "occurred", "took place"),
        ("police", "the bus operator", "ambulance officials", "witnesses"),
    ),
    EventKind(
        "chemical spill",
        ("occurred", "was discovered", "was reported"),
        ("the environment agency", "the plant's owner", "fire officials", "the state emergency service"),
    ),
    EventKind(
        "sinkhole",
        ("opened up", "appeared", "was found"),
        ("the roads department", "council workers", "a geologist", "residents"),
    ),
    EventKind(
        "livestock auction",
        ("was held", "took place", "went ahead"),
        ("the auctioneers", "the farmers' union", "the sale yard manager", "buyers at the sale"),
        hosted=True,
    ),
    EventKind(
        "prison riot",
        ("broke out", "took place", "erupted"),
        (
            "the corrections department",
            "the prison officers' union",
            "the justice ministry",
            "a prison spokesman",
        ),
    ),
    EventKind(
        "fish kill",
        ("was discovered", "occurred", "was reported"),
        ("fisheries officers", "the regional water authority", "anglers", "the environment department"),
    ),
    EventKind(
        "ferry grounding",
        ("occurred", "happened", "was reported"),
        ("the coast guard", "the ferry operator", "the maritime authority", "passengers"),
    ),
    EventKind(
        "by-election",
        ("was held", "took place", "was contested"),
        ("the electoral commission", "the returning officer", "party officials", "local media"),
        hosted=True,
    ),
    EventKind(
        "power outage",
        ("began", "occurred", "was reported"),
        ("the power company", "the grid operator", "the energy ministry", "customers"),
    ),
    EventKind(
        "bank robbery",
        ("took place", "happened", "was reported"),
        ("police", "the bank", "a detective", "staff at the branch"),
    ),
    EventKind(
        "measles outbreak",
        ("was confirmed", "began", "was reported"),
        ("health officials", "the health department", "the district health board", "a local doctor"),
    ),
    EventKind(
        "landslide",
        ("struck", "happened", "came down"),
        ("the civil defence agency", "rescue workers", "the mayor's office", "villagers"),
    ),
    EventKind(
        "charity fun run",
        ("was held", "took place", "went ahead"),
        ("organisers", "the charity", "a race official", "participants"),
        hosted=True,
    ),
    EventKind(
        "mine collapse",
        ("occurred", "happened", "was reported"),
        ("the mining company", "the mines inspectorate", "union officials", "rescue teams"),
    ),
    EventKind(
        "gas explosion",
        ("occurred", "happened", "took place"),
        ("firefighters", "the gas supplier", "police", "neighbours"),
    ),
    EventKind(
        "sentencing hearing",
        ("was held", "took place", "went ahead"),
        ("court officials", "the prosecutor's office", "defence lawyers", "the court clerk"),
        hosted=True,
    ),
    EventKind(
        "hailstorm",
        ("struck", "hit", "was recorded"),
        ("the weather service", "meteorologists", "insurers", "farmers"),
    ),
    EventKind(
        "train derailment",
        ("occurred", "happened", "took place"),
        ("the rail operator", "transport investigators", "police", "the railway company"),
    ),
    EventKind(
        "cup final",
        ("was played", "took place", "was held"),
        ("the football association", "the organisers", "club officials", "the league"),
        hosted=True,
    ),
    EventKind(
        "ballot recount",
        ("was held", "took place", "was carried out"),
        ("election officials", "the county clerk", "both campaigns", "the electoral board"),
        hosted=True,
    ),
    EventKind(
        "dog attack",
        ("happened", "took place", "was reported"),
        ("police", "animal control officers", "the council", "the victim's family"),
    ),
    EventKind(
        "light aircraft crash",
        ("happened", "occurred", "took place"),
        ("the aviation authority", "air accident investigators", "police", "the flying club"),
    ),
)

PLACE_FIRST = (
    "{Event} {happened} in {where} on Tuesday, {who} said.",
    "According to {who}, {event} {happened} in {where} shortly after 6 a.m.",
    "In {where}, {event} {happened} late on Friday night, {who} said.",
    "{Who} confirmed that {event} {happened} near {where} at around noon.",
    "It was in {where} that {event} {happened}, according to a statement from {who}.",
    "{Event}, which {happened} outside {where} on Sunday morning, has been the main topic of "
    "conversation in the area since.",
    "The {noun} was {where}'s second in as many months, {who} said.",
    "Residents said {event} {happened} in {where} at about 3 p.m. and that nobody had expected it.",
    "{Event} {happened} at a site just outside {where}, {who} told the paper.",
    "{Who} said {event} {happened} in {where} on Thursday afternoon and that more details would follow.",
    "{where} was the scene of {event} on Saturday, according to {who}.",
    "There was {a_noun} in {where} yesterday, {who} said.",
    "The site in {where} where {event} {happened}, pictured on Monday.",
    "The {noun}, it {happened} in {where} over the weekend according to {who}.",
    "{Who} confirmed to Wikinews that {event} {happened} in {where}.",
    "{Event} {happened} on the outskirts of {where} at about 9:40 p.m. local time.",
    "{Event} was {held} in {where} on 14 March.",
    "{Event}, {held} in {where} for the first time, drew more than 2,000 people.",
    "{Event} in {where} {happened} just before midnight, {who} said.",
    "Details about {event} in {where} are still coming in, {who} said on Wednesday.",
    "{Who} spoke to reporters at the spot in {where} where {event} {happened}.",
    "In {where} is where {event} {happened}, {who} confirmed.",
    "{Event} {happened} in {where} in the early hours of Monday, according to a press release from {who}.",
    "Wikinews understands {event} {happened} in {where}, though {who} did not give an exact location.",
    "{Event} was {held} at a venue in {where} despite heavy rain, {who} said.",
    "The location of {event} was given as {where} by {who}.",
)

PLACE_SECOND = (
    "{Event} in {where} is being looked into by {who}.",
    "{Who} said the review of {event} in {where} would take several weeks.",
    "Back in {where}, where {event} {happened}, people were still talking about it on Monday.",
    'Speaking on Tuesday, {who} said {event} in {where} had been "very hard" on the community.',
    "The {noun} in {where} was the first {who} had dealt with in years.",
    "It is not yet known why {event} {happened} in {where}.",
    "{Event} {happened} in {where}, not far from the main road, {who} later added.",
    "Photos taken in {where} after {event} were shared widely online.",
    "A spokesperson for {who} repeated that {event} {happened} in {where}.",
    "{where}, the scene of {event}, was quiet again by Wednesday.",
    "Since {event} in {where}, {who} said dozens of calls had come in.",
    "As for {event} in {where}, {who} said more information would be released next week.",
    "Local officials in {where}, where {event} {happened}, have asked for patience.",
    "{Event} was {held} in {where} because the usual venue was not available.",
    "This was the first time {event} had been {held} in {where}.",
    "{Who} thanked the people of {where} after {event} was {held} there without problems.",
    "Anyone who was in {where} at the time of {event} is asked to contact {who}.",
    "In the hours after {event} in {where}, {who} put out several updates on social media.",
    "The exact spot in {where} where {event} {happened} has not been released.",
    "{Event} that {happened} in {where} was also mentioned at the council meeting.",
    "According to {who}, {event} in {where} will be the subject of a report.",
    "{Event} {happened} in {where}, {who} said in a second statement released on Friday evening.",
    "Wikinews was unable to independently confirm details of {event} in {where}.",
    "More on {event} in {where} is expected later today.",
    "Asked about {event} in {where}, {who} declined to comment further.",
    "Most of the people at {event} in {where} were locals, {who} said.",
)

NEGATIVES_PLACE = (
    # contained
    NegativePair(
        "{Event} {happened} in {where} early on Monday, {who} said.",
        "Officials from {other} arrived later in the day to help.",
        "contained",
    ),
    NegativePair(
        "{Who} said {event} {happened} in {where}.",
        "The regional office in {other} said it had been informed of {event} and was monitoring the "
        "situation.",
        "contained",
    ),
    NegativePair(
        "{Event} in {where} {happened} shortly before 8 a.m.",
        "Extra staff were sent over from {other} to assist, {who} said.",
        "contained",
    ),
    NegativePair(
        "It was in {where} that {event} {happened}, according to {who}.",
        "Any case arising from {event} will be handled by the district court in {other}.",
        "contained",
    ),
    # origin
    NegativePair(
        "{Event} {happened} near {where} on Saturday, {who} said.",
        "Several of those involved were from {other}, {who} added.",
        "origin",
    ),
    NegativePair(
        "{Event} {happened} outside {where} on Wednesday afternoon.",
        "A bus carrying passengers from {other} was among the vehicles held up after {event}.",
        "origin",
    ),
    NegativePair(
        "{Who} said {event} in {where} {happened} around midday.",
        "A team of specialists flown in from {other} was at the site by evening.",
        "origin",
    ),
    NegativePair(
        "In {where}, {event} {happened} on Sunday, {who} said.",
        "One man, a visitor from {other}, told Wikinews he had never seen anything like it.",
        "origin",
    ),
    # destination
    NegativePair(
        "{Event} {happened} in {where} just after 5 p.m., {who} said.",
        "Some travellers heading to {other} were delayed by several hours.",
        "destination",
    ),
    NegativePair(
        "According to {who}, {event} {happened} in {where}.",
        "Two people were later taken to hospital in {other} as a precaution.",
        "destination",
    ),
    NegativePair(
        "{Event} {happened} in {where} on Friday.",
        "The road to {other} was closed for most of the day afterwards.",
        "destination",
    ),
    # reporter
    NegativePair(
        "{Event} {happened} in {where} late on Tuesday.",
        "{Who} gave details of {event} at a news conference in {other} on Wednesday.",
        "reporter",
    ),
    NegativePair(
        "{Who} said {event} {happened} in {where}.",
        "Speaking to reporters in {other}, the minister said she had been briefed on {event}.",
        "reporter",
    ),
    NegativePair(
        "{Event} {happened} outside {where} on Monday, according to {who}.",
        "News of {event} was first put out by a radio station in {other}.",
        "reporter",
    ),
    # hometown
    NegativePair(
        "{Event} {happened} in {where} on Thursday, {who} said.",
        "The company, which is based in {other}, said it was cooperating fully.",
        "hometown",
    ),
    NegativePair(
        "It was in {where} that {event} {happened}.",
        "The owner of the property, who lives in {other}, could not be reached for comment.",
        "hometown",
    ),
    NegativePair(
        "{Event} {happened} near {where}, {who} confirmed.",
        "The contractor, whose head office is in {other}, has not commented on {event}.",
        "hometown",
    ),
    # another
    NegativePair(
        "{Event} {happened} in {where} on Monday, {who} said.",
        "It comes less than a year after {a_noun} in {other}.",
        "another",
    ),
    NegativePair(
        "{Who} said {event} in {where} {happened} at about 4 a.m.",
        "A similar {noun} in {other} in 2019 took months to sort out.",
        "another",
    ),
    NegativePair(
        "In {where}, {event} {happened} on Saturday afternoon.",
        "A second {noun}, in {other}, was reported the same evening.",
        "another",
    ),
    # planned
    NegativePair(
        "{Event} {happened} in {where} on Sunday, {who} said.",
        "Officials said an exercise based on {a_noun} will be run in {other} later this year.",
        "planned",
    ),
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "If funding is approved, a new warning system will be tried out in {other} first.",
        "planned",
    ),
    NegativePair(
        "{Event} {happened} in {where} on Tuesday.",
        "{Who} said a public meeting would be held in {other} next week to answer questions.",
        "planned",
    ),
    # reaction
    NegativePair(
        "{Event} {happened} in {where} on Friday night, {who} said.",
        "People in {other} gathered on Sunday to show support for those affected by {event}.",
        "reaction",
    ),
    NegativePair(
        "{Who} said {event} {happened} in {where}.",
        "Dozens of people protested outside the town hall in {other} over the handling of {event}.",
        "reaction",
    ),
    NegativePair(
        "In {where}, {event} {happened} early on Saturday.",
        "The news was met with shock in {other}, where many of those affected have relatives.",
        "reaction",
    ),
)

BANK = dataclasses.replace(
    DEV,
    name="place53b",
    kinds=KINDS,
    place_first=PLACE_FIRST,
    place_second=PLACE_SECOND,
    negatives_place=NEGATIVES_PLACE,
)
