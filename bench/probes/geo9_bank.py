"""Fresh wording for place.event_conflict, written by geo9 before reading the analysis (round 9).

Event kinds the dev bank does not use, and place sentences written the way agency, local,
sports, court, business, weather and science copy places an event: fronted clauses, clefts,
relative clauses, participles, possessives, place-name compounds, appositions, quotes,
attribution first or last. The negatives keep one event in one place while naming another
place for something else (an origin, a destination, a seat, a reporter's location, another
or a planned instance, a counterfactual).
"""

import dataclasses

from bench.injectors.consistency import EventKind, NegativePair
from bench.injectors.templates_dev import BANK as DEV

KINDS = (
    EventKind(
        "explosion",
        ("ripped through a warehouse", "shattered windows", "went off"),
        ("police", "firefighters"),
    ),
    EventKind(
        "earthquake",
        ("struck", "shook buildings", "rattled homes"),
        ("seismologists", "the geological survey"),
    ),
    EventKind("tornado", ("touched down", "tore through homes"), ("forecasters", "the weather service")),
    EventKind(
        "collision", ("involved two lorries", "closed the road"), ("traffic police", "the highways agency")
    ),
    EventKind("stabbing", ("was reported", "left a man critically hurt"), ("detectives", "police")),
    EventKind("kidnapping", ("was carried out", "was reported"), ("the army", "local officials")),
    EventKind("riot", ("broke out", "erupted"), ("police", "the interior ministry")),
    EventKind("rally", ("drew thousands", "went ahead"), ("organisers", "police"), hosted=True),
    EventKind("conference", ("opened", "got under way"), ("organisers", "delegates"), hosted=True),
    EventKind("festival", ("opened", "went ahead"), ("organisers", "the council"), hosted=True),
    EventKind("tournament", ("got under way", "was played"), ("the federation", "organisers"), hosted=True),
    EventKind(
        "auction", ("fetched record prices", "was held"), ("the auction house", "dealers"), hosted=True
    ),
    EventKind("trial", ("opened", "began"), ("prosecutors", "court officials"), hosted=True),
    EventKind("bombing", ("was carried out", "killed 12 people"), ("security officials", "the ministry")),
    EventKind("sinking", ("claimed 30 lives", "was reported"), ("the coast guard", "the navy")),
    EventKind("fire", ("broke out", "gutted a block of flats"), ("the fire service", "firefighters")),
    EventKind("eruption", ("began", "sent ash into the sky"), ("volcanologists", "scientists")),
    EventKind("hailstorm", ("flattened crops", "battered the area"), ("farmers", "meteorologists")),
    EventKind("ambush", ("was mounted", "was sprung"), ("the army", "military sources")),
    EventKind("heist", ("was pulled off", "netted millions"), ("detectives", "the bank")),
    EventKind(
        "mudslide", ("buried homes", "swept down a hillside"), ("rescuers", "the civil defence agency")
    ),
    EventKind("vigil", ("drew hundreds", "was held"), ("organisers", "community leaders"), hosted=True),
    EventKind("cyclone", ("made landfall", "flattened villages"), ("forecasters", "the disaster agency")),
    EventKind("spill", ("fouled beaches", "was detected"), ("environmental officials", "the operator")),
    EventKind("collapse", ("trapped workers", "brought down a bridge"), ("engineers", "rescue teams")),
    EventKind("congress", ("convened", "opened"), ("party officials", "delegates"), hosted=True),
)

PLACE_FIRST = (
    "{Event} {happened} in {where} late on Sunday, {who} said.",
    "According to {who}, {event} {happened} on the edge of {where}.",
    "In {where}, {event} {happened} shortly after midnight.",
    "It was in {where} that {event} {happened}, {who} confirmed.",
    "{Who} said {event}, which {happened} in {where}, was still being examined.",
    "Footage posted online appeared to show {event} in {where}.",
    "{where}'s {noun} has prompted calls for an inquiry.",
    "The {where} {noun} was the largest anyone there could remember, {who} said.",
    "Speaking hours after {event} in {where}, {who} urged people to stay calm.",
    "{Event} at a site outside {where} {happened} without warning.",
    "Dozens of people were caught up in {event} in {where}, {who} reported.",
    "{Who} were called to {event} in {where} at about 6am.",
    "{Event} in the centre of {where} {happened} during the morning rush hour.",
    "Witnesses to {event} in {where} described scenes of confusion.",
    "{where} was the scene of {event}, {who} noted.",
    "Photographs taken at {event} in {where} were shared widely on social media.",
    "{Event} — in {where}, close to the border — {happened} on Friday.",
    "Held in {where}, {event} attracted visitors from across the region.",
    "{where} {held} {event} over three days in the spring.",
    "{Event}, hosted by {where}, went ahead amid tight security.",
    "{Who} told reporters that {event} near {where} {happened} before sunrise.",
    "When {event} {happened} in {where}, few people were prepared.",
    "{Event} {happened} across parts of {where}, {who} said.",
    "News agencies reported {event} in {where} on Thursday evening.",
    "Among those at {event} in {where} was the regional governor.",
    "{Event} {happened} in the {where} area on Saturday.",
    "The cause of {event} in {where} is not yet known, {who} said.",
    "{where} {noun}: {who} appeal for witnesses",
    "Investigators are examining what caused {event} at {where}.",
    "{Who} described {event} in {where} as unprecedented.",
    "Taking place in {where}, {event} was watched by millions on television.",
    '"Nobody expected {event} in {where}," one resident told reporters.',
    "The first reports of {event} came from {where}, where {who} said it {happened}.",
    "{Event}, {held} in {where}, was broadcast live.",
)

PLACE_SECOND = (
    "The {noun} in {where} was condemned by {who}.",
    "Since {event} in {where}, security has been tightened.",
    "{where}, where {event} {happened}, is still recovering.",
    "Those hurt in {event} at {where} are being treated in hospital.",
    "Questions remain about how {event} in {where} was handled.",
    "After {event} in {where}, {who} promised a full review.",
    "{where}'s {noun} has already cost the local economy millions.",
    "Images from {event} in {where} were broadcast around the world.",
    "{Who} said the {where} {noun} should be a lesson for others.",
    "In the days after {event} in {where}, {who} gave daily briefings.",
    "{Event} {happened} in {where}, not far from the airport, {who} added.",
    "Recalling {event} in {where}, one witness said the noise was deafening.",
    "Much of the coverage of {event} in {where} focused on the response.",
    "The location of {event}, {where}, had long been flagged as a risk.",
    "{where} was where {event} {happened}, {who} said.",
    "Residents near the site of {event} in {where} were moved to safety.",
    "{Event}, in {where}, is the subject of an official investigation.",
    '"I was in {where} when {event} {happened}," one man said.',
    "By the time {event} in {where} ended, hundreds had been evacuated.",
    "{Who} have published a report into {event} in {where}.",
    "The {noun}, which {happened} in {where}, drew international attention.",
    "{Event} at {where} has been blamed on poor planning.",
    "Anyone who witnessed {event} in {where} is asked to contact {who}.",
    "Insurers estimate that {event} in {where} will cost hundreds of millions.",
    "{Who} declined to comment further on {event} in {where}.",
    "Last week's {noun} in {where} was the main topic at the council meeting.",
    "A day after {event} in {where}, the streets were quiet.",
    "Security camera images show {event} unfolding in {where}.",
    "{where} bore the brunt of {event}, {who} said.",
    "Much remains unclear about {event} in {where}.",
    "{Who} now say {event} {happened} in {where}, correcting an earlier account.",
    "Having {held} {event}, {where} was left with a large bill.",
    "Reports from {where} said {event} had lasted several hours.",
    "The scale of {event} in {where} only became clear the next morning.",
)

NEGATIVES_PLACE = (
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "Many who attended {event} in {where} had driven from {other} overnight.",
        "from_to",
    ),
    NegativePair(
        "{Event} in {where} {happened} without warning.",
        "Among those caught up in {event} was a student from {other}.",
        "origin",
    ),
    NegativePair(
        "{Who} said {event} {happened} in {where}.",
        "A {other}-born engineer who saw {event} said the ground shook.",
        "origin",
    ),
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "{Who} said {event} in {other} had been the worst in years.",
        "contained",
    ),
    NegativePair(
        "In {where}, {event} {happened} on Monday.",
        "{other}'s {noun} has drawn attention from abroad.",
        "contained",
    ),
    NegativePair(
        "{Event} in {where} {happened} late in the evening.",
        "A similar {noun} in {other} two years ago was far smaller.",
        "another",
    ),
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "It was the second {noun} in a month, after one in {other}.",
        "another",
    ),
    NegativePair(
        "{Event} was {held} in {where} last month.",
        "The next {noun} will be {held} in {other}, {who} said.",
        "planned",
    ),
    NegativePair(
        "{Event} {happened} in {where} on Saturday.",
        "Speaking by phone from {other}, {who} said {event} had caught everyone off guard.",
        "reporting",
    ),
    NegativePair(
        "{Event} in {where} {happened} before dawn.",
        "A charity based in {other} has raised money for those affected by {event}.",
        "affiliation",
    ),
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "Several people hurt in {event} were flown to {other} for treatment.",
        "destination",
    ),
    NegativePair(
        "{Event} {happened} in {where}.",
        "Shares listed in {other} fell sharply after news of {event}.",
        "elsewhere",
    ),
    NegativePair(
        "{Event} {happened} in {where} this week.",
        "The 2009 {noun} in {other} was on a much smaller scale.",
        "another",
    ),
    NegativePair(
        "{Event} in {where} {happened} just after noon.",
        "Had {event} happened in {other}, the toll could have been far higher.",
        "hypothetical",
    ),
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "Trains from {other} to {where} were cancelled after {event}.",
        "route",
    ),
    NegativePair(
        "{Who} said {event} in {where} {happened} on Tuesday.",
        "The {other}-based firm that owns the site said it was cooperating with {who}.",
        "affiliation",
    ),
)

BANK = dataclasses.replace(
    DEV,
    name="geo9",
    kinds=KINDS,
    place_first=PLACE_FIRST,
    place_second=PLACE_SECOND,
    negatives_place=NEGATIVES_PLACE,
)
