"""PLACE bank place59f, written by a blind helper, round 59 (held out). Register: weather, natural-hazard
and infrastructure-outage copy from met offices, emergency agencies, utilities and transport operators."""

import dataclasses

from bench.injectors.consistency import EventKind, NegativePair
from bench.injectors.templates_dev import BANK as DEV

KINDS = (
    EventKind(
        "blackout",
        ("occurred", "struck", "began"),
        ("the grid operator", "the utility", "officials", "engineers"),
    ),
    EventKind(
        "water-main burst",
        ("occurred", "happened", "was reported"),
        ("the water company", "the utility", "council officials", "engineers"),
    ),
    EventKind(
        "derailment",
        ("occurred", "happened", "took place"),
        ("the rail operator", "investigators", "the operator", "police"),
    ),
    EventKind(
        "signal failure",
        ("occurred", "was reported", "struck"),
        ("the rail operator", "network engineers", "the operator", "transport officials"),
    ),
    EventKind(
        "landslide",
        ("struck", "occurred", "came down"),
        ("the civil protection agency", "rescuers", "local authorities", "the geological survey"),
    ),
    EventKind(
        "flash flood",
        ("struck", "occurred", "happened"),
        ("the flood agency", "forecasters", "emergency services", "the Met Office"),
    ),
    EventKind(
        "earth tremor",
        ("was felt", "struck", "was recorded"),
        ("the seismological institute", "seismologists", "the geological survey", "emergency officials"),
    ),
    EventKind(
        "wildfire",
        ("broke out", "started", "flared up"),
        ("firefighters", "the fire service", "forestry officials", "the civil protection agency"),
    ),
    EventKind(
        "gas leak",
        ("was detected", "occurred", "was reported"),
        ("the gas network", "firefighters", "the utility", "emergency services"),
    ),
    EventKind(
        "pipeline rupture",
        ("occurred", "happened", "was detected"),
        ("the pipeline operator", "regulators", "the operator", "environmental officials"),
    ),
    EventKind(
        "bridge closure",
        ("was ordered", "took effect", "was imposed"),
        ("highway officials", "the roads agency", "engineers", "the council"),
    ),
    EventKind(
        "ferry suspension",
        ("was announced", "took effect", "was ordered"),
        ("the ferry operator", "port authorities", "the coastguard", "the operator"),
    ),
    EventKind(
        "airport shutdown",
        ("was ordered", "took effect", "began"),
        ("the airport operator", "aviation authorities", "air traffic control", "airline officials"),
    ),
    EventKind(
        "heatwave",
        ("peaked", "set in", "took hold"),
        ("the Met Office", "forecasters", "health officials", "the weather service"),
    ),
    EventKind(
        "hailstorm",
        ("struck", "broke", "occurred"),
        ("forecasters", "the Met Office", "insurers", "farmers' groups"),
    ),
    EventKind(
        "levee breach",
        ("occurred", "happened", "was reported"),
        ("flood officials", "the water board", "engineers", "emergency managers"),
    ),
    EventKind(
        "substation fire",
        ("broke out", "started", "erupted"),
        ("the utility", "firefighters", "the grid operator", "fire officials"),
    ),
    EventKind(
        "sinkhole collapse",
        ("occurred", "happened", "was reported"),
        ("council engineers", "geologists", "police", "the highways department"),
    ),
    EventKind(
        "avalanche",
        ("struck", "came down", "occurred"),
        ("mountain rescuers", "the avalanche service", "police", "ski patrol officials"),
    ),
    EventKind(
        "storm surge",
        ("struck", "peaked", "occurred"),
        ("forecasters", "the coastguard", "the Met Office", "flood officials"),
    ),
    EventKind(
        "evacuation drill",
        ("was held", "was staged", "took place"),
        ("emergency planners", "the civil defence agency", "organisers", "officials"),
        hosted=True,
    ),
    EventKind(
        "boil-water notice",
        ("was issued", "was imposed", "took effect"),
        ("the water utility", "health officials", "the water company", "council officials"),
    ),
    EventKind(
        "tornado",
        ("touched down", "struck", "formed"),
        ("the weather service", "storm chasers", "forecasters", "emergency officials"),
    ),
    EventKind(
        "rockfall",
        ("occurred", "came down", "happened"),
        ("highway crews", "geologists", "rail engineers", "police"),
    ),
)

PLACE_FIRST = (
    "{Event} {happened} near {where}, {who} said.",
    "According to {who}, {event} {happened} on the outskirts of {where}.",
    "It was in {where} that {event} {happened}, {who} confirmed in a brief statement.",
    "{Who} said {event}, which {happened} in {where}, had caused widespread disruption.",
    "Residents of {where} were among the first to report {event}, {who} said.",
    "In {where}, where {event} {happened}, crews worked through the night to make the area safe.",
    "Commuters in {where} faced long delays after {event}, with several services suspended.",
    "{Event} in {where} prompted {who} to issue an urgent safety notice.",
    "{Who} received the first reports of {event} near {where} late in the evening.",
    "Pictured: emergency vehicles at the scene of {event} outside {where}.",
    "The {noun} in {where} was, {who} said, the most disruptive the area had seen in years.",
    '"We are dealing with {a_noun} just outside {where}," a spokesperson told reporters.',
    "Although {event} {happened} in {where}, its effects were felt across a much wider area, {who} said.",
    "Shortly after {event} {happened} close to {where}, {who} urged people not to travel "
    "unless absolutely necessary.",
    "What {who} described as a significant {noun} {happened} in {where}, and the clear-up "
    "is expected to take days.",
    "{where}'s emergency coordination centre was activated within minutes of {event}, {who} said.",
    "A rest centre was opened in {where} for people affected by {event}.",
    "The first images of {event} - taken by a passer-by in {where} - circulated widely online "
    "within the hour.",
    "Road, rail and ferry links around {where} were among the first to be hit by {event}, "
    "according to {who}.",
    "{Event}, which {who} said {happened} in {where}, is now the subject of a formal review.",
    "Power and water supplies to parts of {where} were interrupted during {event}, {who} said.",
    "A red warning was issued for {where} as {event} unfolded.",
    "{Event}, which kept emergency teams busy for much of the day and forced the closure of several "
    "routes while engineers assessed the situation, {happened} in {where}, {who} said.",
    "{Event} {happened} in {where}.",
    "As a precaution, residents were evacuated from several streets in {where} following {event}.",
    'Speaking at the scene in {where}, a senior officer said {event} had been "handled as quickly '
    'as possible".',
)

PLACE_SECOND = (
    "News of {event} in {where} spread quickly through the region.",
    "The clean-up after {event} in {where} is expected to take several weeks.",
    "Back in {where}, the scene of {event}, engineers were still carrying out checks.",
    "{Who} said the response to {event} near {where} would be reviewed.",
    "Insurers have begun assessing claims linked to {event} in {where}.",
    "For many in {where}, {event} was the most disruptive episode they could remember.",
    "It is not yet clear why {event} {happened} in {where}, {who} said.",
    "{Event} in {where} has renewed questions about the resilience of local infrastructure.",
    "Those caught up in {event} outside {where} described hours of confusion.",
    '"Nobody in {where} expected {a_noun} on this scale," one resident said.',
    "Investigators returned to {where} to examine the site of {event}.",
    "The {noun} near {where}, {who} added, had been monitored closely from the outset.",
    "{where}'s local leaders thanked crews for their work during {event}.",
    "Later figures from {who} showed that {event} in {where} had affected more people than first thought.",
    "Questions remain over whether {event} near {where} could have been prevented, campaigners said.",
    "Since {event} {happened} in {where}, {who} said, monitoring has been stepped up.",
    "Among those worst affected by {event} were elderly residents in {where}.",
    "Footage of {event} in {where} has been viewed thousands of times online.",
    "When {event} {happened} in {where}, many services were already running at reduced capacity.",
    "The handling of {event}, which {who} said {happened} in {where}, drew both praise and criticism.",
    "Crews at work in {where} in the hours after {event}.",
    "Engineers who inspected the site in {where} said {event} had exposed weaknesses in ageing equipment.",
    "Passengers stranded by {event} near {where} were offered onward travel by road.",
    "Local businesses in {where} said trade had been hit hard by {event}.",
    "{Event}, which kept emergency teams busy well into the night and left many people unsure when "
    "normal services would resume, was centred on {where}, {who} said.",
    "A report into {event} in {where} is due to be published, {who} said.",
)

NEGATIVES_PLACE = (
    # contained
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "Officials from the regional capital, {other}, travelled to the scene of {event} "
        "to coordinate the response.",
        "contained",
    ),
    NegativePair(
        "Crews spent the night dealing with {event} near {where}.",
        "The regional emergency headquarters in {other} took charge of coordinating the crews "
        "responding to {event}.",
        "contained",
    ),
    NegativePair(
        "{Event} in {where} disrupted services across the district, according to {who}.",
        "Neighbouring {other}, part of the same district, escaped with only minor disruption from {event}.",
        "contained",
    ),
    NegativePair(
        "According to {who}, {event} {happened} on the edge of {where}.",
        "Residents of nearby {other}, in the same province, said they had heard about {event} "
        "on the radio but were not affected.",
        "contained",
    ),
    # origin
    NegativePair(
        "{Event} {happened} near {where}, {who} said.",
        "Specialist teams flown in from {other} joined the response to {event}.",
        "origin",
    ),
    NegativePair(
        "Commuters in {where} faced severe disruption after {event}.",
        "Generators and bottled water were trucked in from {other} for those affected by {event}.",
        "origin",
    ),
    NegativePair(
        "{Who} said {event} in {where} had stretched local resources.",
        "Firefighters from {other} were among the reinforcements sent to help with {event}.",
        "origin",
    ),
    NegativePair(
        "Residents in {where} were evacuated following {event}.",
        "Many of the engineers now working on the aftermath of {event} came from {other}, the operator said.",
        "origin",
    ),
    # destination
    NegativePair(
        "{Event} in {where} left several people needing treatment, {who} said.",
        "The injured were taken to hospital in {other} after {event}.",
        "destination",
    ),
    NegativePair(
        "Passengers were left stranded in {where} by {event}.",
        "Those stranded by {event} were later put on coaches to {other}, where onward services "
        "were running normally.",
        "destination",
    ),
    NegativePair(
        "{Event} {happened} outside {where}, according to {who}.",
        "Flights that could not land because of {event} were diverted to {other}.",
        "destination",
    ),
    # reporter
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "Speaking in {other}, the minister said lessons would be learned from {event}.",
        "reporter",
    ),
    NegativePair(
        "Crews were sent to {where} to deal with {event}.",
        "In a statement issued in {other}, the operator apologised for the disruption caused by {event}.",
        "reporter",
    ),
    NegativePair(
        "{Event} near {where} forced the closure of several roads.",
        "At a news conference in {other}, {who} gave an update on {event}.",
        "reporter",
    ),
    # hometown
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "The company responsible for the site, which is based in {other}, said it was cooperating "
        "fully with inquiries into {event}.",
        "hometown",
    ),
    NegativePair(
        "{Event} near {where} caught many travellers by surprise.",
        "One motorist, who lives in {other}, said she had been stuck for six hours because of {event}.",
        "hometown",
    ),
    NegativePair(
        "Engineers in {where} worked through the night after {event}.",
        "The contractor, headquartered in {other}, had carried out maintenance on the network "
        "only weeks before {event}.",
        "hometown",
    ),
    # another
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "A similar {noun} in {other} last year caused far less disruption.",
        "another",
    ),
    NegativePair(
        "{Event} near {where} was the first of its kind in the area for a decade.",
        "Experts compared {event} with {a_noun} in {other} several years ago.",
        "another",
    ),
    NegativePair(
        "Residents in {where} were warned well in advance of {event}.",
        "No such warning was given before an earlier {noun} in {other}, campaigners noted.",
        "another",
    ),
    # planned
    NegativePair(
        "{Event} in {where} is under investigation, {who} said.",
        "An inquiry into {event} will open in {other} in the coming weeks.",
        "planned",
    ),
    NegativePair(
        "{Event} {happened} near {where}.",
        "Ministers are due to meet in {other} to discuss the response to {event}.",
        "planned",
    ),
    NegativePair(
        "{Who} said {event} in {where} had been declared a major incident.",
        "A public hearing on {event} is expected to take place in {other}.",
        "planned",
    ),
    # reaction
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "Dozens of people gathered in {other} to protest against the handling of {event}.",
        "reaction",
    ),
    NegativePair(
        "Families in {where} are still counting the cost of {event}.",
        "A vigil for those affected by {event} was held in {other}.",
        "reaction",
    ),
    NegativePair(
        "{Event} near {where} drew sharp criticism of the operator.",
        "In {other}, commuters' groups staged a demonstration over {event}, demanding compensation.",
        "reaction",
    ),
)

BANK = dataclasses.replace(
    DEV,
    name="place59f",
    kinds=KINDS,
    place_first=PLACE_FIRST,
    place_second=PLACE_SECOND,
    negatives_place=NEGATIVES_PLACE,
)
