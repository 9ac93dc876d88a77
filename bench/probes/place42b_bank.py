"""PLACE bank place42b, written by helper place42b, round 42 (blind author).

Register: utilities and local infrastructure news as British local papers, utility press
offices and regional broadcasters write it (burst mains, gas leaks, power cuts, substation
and transformer fires, sinkholes, sewage spills, boil-water notices, road and sewer
collapses, bridge and tunnel closures, broadband outages). Habits used: "residents were
told", "crews worked through the night", "customers among the worst affected", attribution
to the water company, network operator, fire service or council highways officers, later
paragraphs about compensation, reviews, councillors' demands, captions ("Pictured: ..."),
the place pushed away from the event noun, clefts, relative clauses and possessives.
"""

import dataclasses

from bench.injectors.consistency import EventKind, NegativePair
from bench.injectors.templates_dev import BANK as DEV

KINDS = (
    EventKind(
        "burst main",
        (
            "flooded a row of shops",
            "cut off supplies to thousands of homes",
            "sent water gushing down the street",
            "left hundreds of homes with no water",
        ),
        (
            "the water company",
            "a water company spokeswoman",
            "the fire service",
            "the company's incident manager",
        ),
    ),
    EventKind(
        "gas leak",
        (
            "forced residents from their homes",
            "was reported",
            "led to a police cordon",
            "forced a school to close",
        ),
        ("the gas network", "the fire and rescue service", "police", "a spokesman for the gas distributor"),
    ),
    EventKind(
        "power cut",
        (
            "left thousands of homes without electricity",
            "plunged streets into darkness",
            "knocked out traffic lights",
            "hit homes and businesses",
        ),
        (
            "the network operator",
            "the electricity distributor",
            "a spokesman for the power company",
            "engineers",
        ),
    ),
    EventKind(
        "substation fire",
        ("broke out", "knocked out power to thousands", "sent thick smoke over nearby homes", "was reported"),
        ("the fire service", "the network operator", "firefighters", "the station manager"),
    ),
    EventKind(
        "sinkhole",
        ("opened up", "appeared overnight", "swallowed part of a car park", "opened up in the road"),
        ("the council", "council highways officers", "a council spokeswoman", "the highways authority"),
    ),
    EventKind(
        "sewage spill",
        ("polluted a river", "was reported", "fouled a popular beach", "forced swimmers out of the water"),
        ("the environment regulator", "the water company", "environment officers", "the local MP"),
    ),
    EventKind(
        "boil-water notice",
        (
            "was issued",
            "was put in place",
            "was imposed on thousands of households",
            "was issued to customers",
        ),
        ("the water company", "public health officials", "the drinking water inspectorate", "the utility"),
    ),
    EventKind(
        "road collapse",
        ("left a crater in the carriageway", "closed a main road", "trapped a delivery van", "happened"),
        ("the council", "highways officers", "police", "the roads authority"),
    ),
    EventKind(
        "pylon failure",
        (
            "brought down power lines",
            "cut supplies to the area",
            "caused a widespread outage",
            "left cables hanging across a road",
        ),
        ("the grid operator", "the transmission company", "engineers", "a grid spokesman"),
    ),
    EventKind(
        "broadband outage",
        (
            "left businesses offline",
            "knocked out phone lines and internet",
            "was blamed on a severed fibre cable",
            "hit card payments in shops",
        ),
        ("the broadband provider", "the telecoms company", "the network provider", "a company spokeswoman"),
    ),
    EventKind(
        "gas explosion",
        (
            "ripped through a terraced house",
            "shattered windows along the street",
            "destroyed a house",
            "shook the neighbourhood",
        ),
        ("police", "the fire service", "fire investigators", "the gas network"),
    ),
    EventKind(
        "evacuation",
        ("was ordered", "was carried out", "was declared", "saw hundreds moved from their homes"),
        ("police", "the fire service", "the council", "emergency planners"),
    ),
    EventKind(
        "blackout",
        ("struck", "plunged homes into darkness", "hit more than 10,000 customers", "lasted several hours"),
        ("the network operator", "the power company", "the electricity supplier", "the energy regulator"),
    ),
    EventKind(
        "bridge closure",
        ("was ordered", "came into force", "was announced at short notice", "caused long tailbacks"),
        ("the highways authority", "the council", "structural engineers", "the bridge's operators"),
    ),
    EventKind(
        "pollution incident",
        ("killed hundreds of fish", "was reported", "turned a stream brown", "was confirmed"),
        ("the environment regulator", "environment officers", "the water company", "the rivers trust"),
    ),
    EventKind(
        "cable fault",
        ("tripped supplies", "cut power to hundreds of homes", "knocked out street lighting", "was found"),
        ("the network operator", "engineers", "the power company", "the electricity distributor"),
    ),
    EventKind(
        "supply failure",
        (
            "left taps dry",
            "hit thousands of households",
            "affected homes and a hospital",
            "dragged on for two days",
        ),
        ("the water company", "the utility", "the council", "the water regulator"),
    ),
    EventKind(
        "transformer fire",
        ("broke out", "cut power to the area", "sent flames high into the air", "forced a road to close"),
        ("firefighters", "the network operator", "the fire service", "the power company"),
    ),
    EventKind(
        "landslip",
        ("blocked a railway line", "brought down a retaining wall", "closed a road", "happened"),
        ("the rail operator", "the council", "geotechnical engineers", "the track owner"),
    ),
    EventKind(
        "sewer collapse",
        ("opened a hole in the road", "sent sewage into gardens", "closed a busy junction", "happened"),
        ("the water company", "the council", "highways officers", "a spokesman for the utility"),
    ),
    EventKind(
        "embankment breach",
        ("flooded nearby homes", "forced residents to leave", "was discovered", "happened"),
        ("the environment agency", "flood wardens", "the council", "emergency planners"),
    ),
    EventKind(
        "tunnel closure",
        ("was ordered", "brought traffic to a halt", "came into force", "was announced"),
        ("the tunnel operator", "the roads authority", "police", "traffic officers"),
    ),
    EventKind(
        "chemical leak",
        (
            "forced an evacuation",
            "prompted a major incident",
            "was reported",
            "left several people needing treatment",
        ),
        ("the fire service", "police", "the ambulance service", "the site operator"),
    ),
)

PLACE_FIRST = (
    "Hundreds of households were affected by {event} in {where}, {who} said.",
    "{Event} {happened} in {where}, {who} said.",
    "{Who} confirmed that {event} {happened} in {where} and said the cause was still being investigated.",
    "{Event}, which {happened} in {where}, caused disruption well into the evening.",
    "Photographs shared on social media showed the scale of {event} in {where}.",
    "Emergency services in {where} were stretched when {event} {happened}.",
    "{Who} said {event} in {where} was being treated as a priority.",
    "Customers in {where} were among the worst affected by {event}, according to {who}.",
    "In {where}, {event} {happened}, causing disruption for hundreds of people.",
    "According to {who}, {event} {happened} in {where} shortly after the morning rush hour.",
    "Businesses in {where} were forced to shut for the day because of {event}.",
    "{Who} said the first calls about {event} in {where} came in shortly before 7am.",
    "Crews worked through the night in {where} after {event} {happened}.",
    "Schools in {where} stayed closed while {event} was dealt with.",
    "Local councillors in {where} have demanded answers over {event}.",
    "Traffic across {where} was at a standstill for hours after {event} {happened}.",
    "Investigators are trying to establish why {event} {happened} in {where}.",
    "Vulnerable residents in {where} were checked on by volunteers following {event}.",
    '{Event} {happened} in {where} on what {who} called "a very difficult day" for the network.',
    "There were no reports of injuries after {event} in {where}, {who} said.",
    "Hundreds of people in {where} were left without essential services after {event} {happened}.",
    "{Who} urged people in {where} to check on elderly neighbours following {event}.",
    "It took several hours for life in {where} to return to normal after {event} {happened}, {who} said.",
    "Updates on {event} in {where} were posted on social media throughout the day by {who}.",
    "The cause of {event} in {where} is not yet known, {who} said.",
    "Residents in {where} woke to widespread disruption after {event} {happened}.",
)

PLACE_SECOND = (
    "The {noun} in {where}, {who} added, was the third such incident on the network this year.",
    "Asked about {event} in {where}, {who} said lessons would be learned.",
    "It was in {where} that {event} {happened}, {who} later confirmed.",
    "{where} residents affected by {event} have been told they may be entitled to compensation.",
    "Those caught up in {event} in {where} were offered somewhere to stay overnight.",
    'Speaking in {where}, where {event} {happened}, a senior engineer said it had been "one of the toughest'
    ' jobs we have dealt with".',
    "{Who} said a full review of how {event} in {where} was handled was under way.",
    "Compensation claims arising from {event} in {where} are expected to run into the thousands.",
    "Pictured: crews at work in {where} following {event}.",
    "Although {event} {happened} in {where}, its effects were felt much more widely, {who} said.",
    "For many in {where}, {event} was the last straw, one resident said.",
    '"We understand how frustrating {event} has been for everyone in {where}," {who} said.',
    "{Who} said the cause of {event} in {where} had not yet been established.",
    "The {noun} that {happened} in {where} has prompted a review of ageing infrastructure across the region.",
    "Residents say they had raised concerns about the state of the network in {where} long before {event}"
    " {happened} there.",
    "MPs have called for an independent inquiry into {event} in {where}.",
    "Among those affected by {event} in {where} was a care home, whose residents had to be moved.",
    "Every household in {where} affected by {event} has since received a letter of apology, {who} said.",
    'The disruption left by {event} in {where} was, in the words of one councillor, "nothing short'
    ' of chaos".',
    "With {event} in {where} now dealt with, {who} said attention had turned to stopping it happening again.",
    "Insurers are still counting the cost of {where}'s {noun}, {who} said.",
    "Questions are still being asked in {where} about {event}, which {who} promised to investigate.",
    "Local traders in {where} estimate that {event} cost them thousands of pounds in lost business.",
    "Footage filmed in {where} on the day of {event} was shared thousands of times online.",
    "Days later, people in {where} were still feeling the effects of {event}, {who} said.",
    'Nobody was hurt in {where}, {who} stressed, but {event} had caused "significant distress".',
    "The {noun} was not the first in {where}, {who} said, and residents fear it will not be the last.",
)

NEGATIVES_PLACE = (
    # the second place contains or lies within the first
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "{Who} said {event} in {other} was the most serious for several years.",
        "contained",
    ),
    NegativePair(
        "Crews worked through the night in {where} after {event} {happened}.",
        "The effects of {event} were felt across {other}, {who} said.",
        "contained",
    ),
    NegativePair(
        "Residents in {where} were affected by {event}, {who} said.",
        "It was in {other} that {event} {happened}, {who} confirmed.",
        "contained",
    ),
    NegativePair(
        "{Event} in {where} has been blamed on ageing equipment.",
        "Asked about {event} in {other}, {who} said lessons would be learned.",
        "contained",
    ),
    NegativePair(
        "Investigators are trying to establish why {event} {happened} in {where}.",
        "People across {other} were urged to stay away from the area while {event} was dealt with.",
        "contained",
    ),
    NegativePair(
        "Businesses in {where} were forced to shut because of {event}.",
        "Pictured: crews at work in {other} following {event}.",
        "contained",
    ),
    NegativePair(
        "{Who} said the cause of {event} in {where} was still unknown.",
        "{other} residents affected by {event} have been told they may be entitled to compensation.",
        "contained",
    ),
    NegativePair(
        "Schools in {where} stayed closed while {event} was dealt with.",
        "The {noun} that {happened} in {other} has prompted a review of ageing infrastructure.",
        "contained",
    ),
    # a place of another country that is not where the event happened
    NegativePair(
        "Crews worked through the night in {where} after {event} {happened}.",
        "Specialist engineers were flown in from {other} to help deal with {event} in {where}.",
        "origin",
    ),
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "The faulty component blamed for {event} was made in {other}, {who} said.",
        "made_in",
    ),
    NegativePair(
        "Customers in {where} were among the worst affected by {event}.",
        "The operator, whose parent company is based in {other}, has promised compensation for {event}"
        " in {where}.",
        "headquarters",
    ),
    NegativePair(
        "{Who} confirmed that {event} {happened} in {where}.",
        "Speaking from {other}, where he was attending a conference, the company's chief executive apologised"
        " for {event}.",
        "speaker",
    ),
    NegativePair(
        "{Event} {happened} in {where}, causing hours of disruption.",
        "A similar {noun} in {other} last year took weeks to sort out, experts said.",
        "other_instance",
    ),
    NegativePair(
        "Traffic across {where} was at a standstill after {event} {happened}.",
        "It was the worst {noun} since one in {other} two years ago, {who} said.",
        "earlier_instance",
    ),
    NegativePair(
        "{Event} {happened} in {where}, according to {who}.",
        "A separate {noun}, in {other}, was reported later the same week but was unconnected, {who} said.",
        "separate",
    ),
    NegativePair(
        "{Who} said {event} in {where} was being treated as a priority.",
        "Upgrades designed to prevent a repeat of {event} will be rolled out in {other} next year,"
        " {who} said.",
        "planned",
    ),
    NegativePair(
        "Hundreds of households in {where} were affected by {event}.",
        "Customers ringing about {event} in {where} were put through to a call centre in {other}.",
        "call_centre",
    ),
    NegativePair(
        "Residents in {where} were left shaken by {event}.",
        "One of those affected, a student originally from {other}, said {event} had been frightening.",
        "home_town",
    ),
    NegativePair(
        "{Event} {happened} in {where} while many families were away.",
        "Some families only learned of {event} in {where} while on holiday in {other}.",
        "away",
    ),
    NegativePair(
        "Vulnerable residents in {where} were checked on by volunteers following {event}.",
        "Generators for those affected by {event} in {where} were shipped in from {other}.",
        "supplied_from",
    ),
    NegativePair(
        "Photographs shared on social media showed the scale of {event} in {where}.",
        "An engineering expert based in {other} who studied footage of {event} said the warning signs"
        " had been there for years.",
        "expert_base",
    ),
    NegativePair(
        "{Event} in {where} {happened} just after 6am, {who} said.",
        "Footage of {event} in {where} was picked up by broadcasters as far away as {other}.",
        "coverage",
    ),
    NegativePair(
        "{Who} said {event} in {where} had exposed weaknesses in the network.",
        "Lessons from {event} in {where} will be shared with network operators in {other}, {who} said.",
        "shared_with",
    ),
    NegativePair(
        "The cause of {event} in {where} is not yet known.",
        "Experts compared {event} in {where} with one in {other} that took months to put right.",
        "comparison",
    ),
    NegativePair(
        "Emergency services in {where} were stretched when {event} {happened}.",
        "The engineer who led the response to {event} trained in {other}, {who} said.",
        "career",
    ),
    NegativePair(
        "{Event} {happened} in {where} during the morning rush hour.",
        "Travellers heading to {other} from {where} were told to allow extra time because of {event}.",
        "destination",
    ),
    NegativePair(
        "Local councillors in {where} have demanded answers over {event}.",
        "The news agency, which covered {event} in {where} from its bureau in {other}, said the area had been"
        " sealed off for hours.",
        "reporter",
    ),
    NegativePair(
        "{Who} said there were no injuries after {event} in {where}.",
        "The contractor blamed for {event} is registered in {other}, {who} said.",
        "registered",
    ),
)

BANK = dataclasses.replace(
    DEV,
    name="place42b",
    kinds=KINDS,
    place_first=PLACE_FIRST,
    place_second=PLACE_SECOND,
    negatives_place=NEGATIVES_PLACE,
)
