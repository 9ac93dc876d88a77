"""Place-conflict wording bank written by helper place18d, round 18. It imitates North
American metro-desk and wire copy and the web copy of regional TV stations: police and
court briefs, city hall and school board coverage, traffic, transit and infrastructure
failures, severe weather, store openings and local sport. The sentences use US-style
attribution ("police said Tuesday", "according to a news release", "did not immediately
respond to a request for comment"), wire datelines with "(AP) —", web-update and
correction notes ("UPDATE, 5:40 p.m.:", "This story has been updated"), and quotes from
residents and witnesses."""

import dataclasses

from bench.injectors.consistency import EventKind, NegativePair
from bench.injectors.templates_dev import BANK as DEV

KINDS = (
    EventKind(
        "sinkhole",
        (
            "opened up beneath a busy intersection",
            "swallowed part of a parking lot",
            "forced crews to close two lanes",
        ),
        ("public works officials", "the city's transportation department", "a city spokesperson"),
    ),
    EventKind(
        "pileup",
        ("involved at least a dozen vehicles", "closed the interstate for hours", "happened in dense fog"),
        ("state troopers", "the highway patrol", "a patrol sergeant"),
    ),
    EventKind(
        "carjacking",
        (
            "happened just after 9 p.m.",
            "left the driver shaken but unhurt",
            "ended when the stolen SUV ran out of gas",
        ),
        ("police", "a police spokesperson", "the sheriff's office"),
    ),
    EventKind(
        "gas leak",
        (
            "prompted evacuations of nearby homes",
            "was reported by a passerby",
            "forced several businesses to close early",
        ),
        ("the fire department", "the gas utility", "fire officials"),
    ),
    EventKind(
        "groundbreaking",
        (
            "marked the start of construction",
            "drew the mayor and several council members",
            "went ahead despite the rain",
        ),
        ("the developer", "city officials", "the housing authority"),
        hosted=True,
    ),
    EventKind(
        "school board meeting",
        ("ran past midnight", "drew a packed room", "grew heated during public comment"),
        ("district officials", "the school district", "a board member"),
        hosted=True,
    ),
    EventKind(
        "walkout",
        ("began at 10 a.m. sharp", "lasted about 20 minutes", "drew hundreds of students"),
        ("district officials", "student organizers", "the principal"),
    ),
    EventKind(
        "house fire",
        ("broke out before dawn", "displaced a family of five", "was knocked down within an hour"),
        ("firefighters", "the fire marshal", "the county fire district"),
    ),
    EventKind(
        "derailment",
        (
            "sent six freight cars off the tracks",
            "happened at low speed",
            "blocked a rail crossing for most of the day",
        ),
        ("the railroad", "federal investigators", "the National Transportation Safety Board"),
    ),
    EventKind(
        "vigil",
        ("drew dozens of mourners", "lasted well into the night", "closed with a moment of silence"),
        ("organizers", "family members", "the victim's pastor"),
        hosted=True,
    ),
    EventKind(
        "power outage",
        ("left thousands of customers in the dark", "lasted most of the evening", "began around 6 p.m."),
        ("the utility", "a utility spokesperson", "the electric cooperative"),
    ),
    EventKind(
        "tornado",
        ("touched down", "tore the roofs off several homes", "cut a path about a mile long"),
        ("the National Weather Service", "meteorologists", "emergency management officials"),
    ),
    EventKind(
        "flash flood",
        ("swept cars off the road", "stranded dozens of motorists", "hit after hours of heavy rain"),
        ("the weather service", "county emergency officials", "rescue crews"),
    ),
    EventKind(
        "town hall",
        ("drew a standing-room-only crowd", "turned contentious", "lasted nearly two hours"),
        ("the congressman's office", "organizers", "several attendees"),
        hosted=True,
    ),
    EventKind(
        "march",
        ("drew several hundred people", "stayed peaceful", "blocked traffic for about an hour"),
        ("organizers", "police", "march leaders"),
        hosted=True,
    ),
    EventKind(
        "homecoming game",
        ("went to double overtime", "ended in a one-point win", "drew a record crowd"),
        ("the athletic director", "the school", "the head coach"),
        hosted=True,
    ),
    EventKind(
        "half marathon",
        ("drew more than 4,000 runners", "started at 7 a.m.", "went off without major problems"),
        ("race organizers", "the running club", "the race director"),
        hosted=True,
    ),
    EventKind(
        "bank robbery",
        ("happened minutes before closing", "ended without injuries", "lasted less than five minutes"),
        ("the FBI", "police", "a bank spokesperson"),
    ),
    EventKind(
        "police pursuit",
        ("ended in a crash", "reached speeds of more than 100 mph", "lasted about 15 minutes"),
        ("the sheriff's office", "state police", "a police spokesperson"),
    ),
    EventKind(
        "grand opening",
        ("drew a line around the block", "featured free samples and live music", "brought out the mayor"),
        ("the owners", "the company", "a company spokesperson"),
        hosted=True,
    ),
    EventKind(
        "lockdown",
        ("lasted about an hour", "was lifted shortly after noon", "followed reports of a man with a gun"),
        ("district officials", "campus police", "the school district"),
    ),
    EventKind(
        "stabbing",
        ("followed an argument", "left one man hospitalized", "was reported around 2 a.m."),
        ("police", "detectives", "a police lieutenant"),
    ),
    EventKind(
        "chemical spill",
        ("forced a shelter-in-place order", "closed two lanes of traffic", "happened at a loading dock"),
        ("the hazmat team", "the fire department", "state environmental regulators"),
    ),
    EventKind(
        "courtroom brawl",
        ("broke out during a sentencing", "forced the judge to clear the room", "ended with two arrests"),
        ("court officials", "the sheriff's office", "the chief judge"),
    ),
    EventKind(
        "bridge collapse",
        ("sent two vehicles into the river", "happened during the evening rush", "injured four people"),
        ("state transportation officials", "the fire chief", "investigators"),
    ),
)

PLACE_FIRST = (
    "{Who} said Tuesday that {a_noun} in {where} {happened}.",
    "{Event} in {where} {happened}, {who} said in a news release.",
    "In {where}, {event} {happened}, according to {who}.",
    "{where} (AP) — {Event} {happened}, {who} said.",
    "The {where} {noun} {happened}, {who} confirmed Wednesday.",
    "{Who} told reporters that {event}, which unfolded in {where}, {happened}.",
    "“Nothing like this has ever happened here in {where},” a longtime resident said of {event}.",
    "{Event} unfolded in {where}, where {who} said it {happened}.",
    "According to {who}, {event} happened in {where} shortly after the lunch hour.",
    "It was in {where} that {event} {happened}, {who} said.",
    "{Who}, speaking at an afternoon news conference, said {event} in {where} {happened}.",
    "Video posted to social media appeared to show {event} in {where} as it was happening.",
    "{Event} {happened} in {where} on Monday, {who} said.",
    "{Event}, {held} in {where} on Saturday, {happened}, {who} said.",
    "{Event}, hosted in {where}, {happened}, according to {who}.",
    "{a_noun} in {where} {happened}, {who} said Monday night.",
    "Officials in {where}, where {event} {happened}, have released few other details.",
    "UPDATE, 5:40 p.m.: {Who} said {event} in {where} {happened}.",
    "{Who} said the {noun} in {where} over the weekend {happened}.",
    "{where}'s {noun} {happened}, {who} said.",
    "Witnesses told {who} that {event} in {where} {happened}.",
    "{Event} happened in the eastern part of {where}, {who} said.",
    "Reporters at the scene in {where} watched as {event} {happened}.",
    "{Who} confirmed details of {event} in {where} early Thursday.",
    "{Who} said {event} in central {where} {happened}.",
    "The {noun}, in {where}, {happened}, {who} said.",
    "“I'll remember this for a long time,” said a woman who saw {event} in {where} firsthand.",
    (
        "Speaking near the spot in {where} where {event} "
        "{happened}, a spokesperson promised more details by Friday."
    ),
    "{Event} — in {where}, of all places — {happened}, {who} said.",
    "{Who} said {a_noun} {happened} in {where} and that an update would follow.",
)

PLACE_SECOND = (
    "This story has been updated to include comment from {who} about {event} in {where}.",
    "“I still can't believe {event} happened right here in {where},” said a woman who lives nearby.",
    "As {event} unfolded in {where}, {who} posted updates on social media.",
    "The {noun} in {where} was at least the third this year, according to {who}.",
    "{where}, where {event} {happened}, had not seen anything similar in years, {who} said.",
    "{Who} first learned of {event} in {where} at about 6:15 p.m.",
    "A photographer for the station captured images of {event} in {where}.",
    "Footage of {event} in {where} circulated widely online Thursday.",
    "Correction: An earlier version of this story gave the wrong day for {event} in {where}.",
    "{Event} happened in {where}, not far from a busy shopping district, {who} said.",
    "The {where} {noun} drew attention well beyond the region.",
    "Asked about {event} in {where}, the mayor said the city would review its response.",
    "Details about what led to {event} in {where} were not immediately available.",
    "{Who} did not immediately respond to a request for comment about {event} in {where}.",
    "In a statement, {who} said {event} {happened} in {where}.",
    "Anyone with information about {event} in {where} is asked to contact {who}.",
    "{Event}, which {who} said happened in {where}, made headlines across the state.",
    "Bystander video showed {event} in {where} from start to finish.",
    "{Who} said in an email that {event} in {where} {happened}.",
    "{Event} in {where} was first reported by a local TV station.",
    "{Event} was {held} in {where}, {who} said.",
    "hosted in {where}, {event} {happened}.",
    "The day after {event} in {where}, {who} held a briefing to answer questions.",
    "{Event} in {where} was the latest of its kind in the region, {who} said.",
    "The {noun} {happened} in {where}, {who} said in a post on X.",
    "The {noun} that {happened} in {where} is expected to come up at next week's council meeting.",
    "{where} — Officials on Thursday released more details about {event} here.",
    "“I watched {event} happen from my front porch here in {where},” one resident said.",
    "{Event} was captured on a traffic camera in {where}, {who} said.",
    "{Event} near the center of {where} {happened}, {who} said.",
)

NEGATIVES_PLACE = (
    NegativePair(
        "{Who} said late Tuesday that {a_noun} in {where} {happened}.",
        "It came less than a month after a separate {noun} in {other}, {who} said.",
        "another",
    ),
    NegativePair(
        "{Event} in {where} {happened}, according to {who}.",
        "Residents compared it to last year's {noun} in {other}.",
        "another",
    ),
    NegativePair(
        "The {where} {noun} {happened}, {who} said in a news release.",
        "A similar {noun} in {other} last spring ended very differently, {who} said.",
        "another",
    ),
    NegativePair(
        "In {where}, {event} {happened}, {who} said.",
        "Hundreds of miles away in {other}, people followed coverage of {event} on TV and online.",
        "elsewhere",
    ),
    NegativePair(
        "{Event} unfolded in {where}, {who} said.",
        "Relatives in {other} said they learned about {event} in {where} from a news alert.",
        "elsewhere",
    ),
    NegativePair(
        "It was in {where} that {event} {happened}, according to {who}.",
        "The mayor, who was in {other} for a conference at the time of {event}, cut her trip short.",
        "elsewhere",
    ),
    NegativePair(
        "{a_noun} in {where} {happened}, {who} said Monday evening.",
        "Some of the people caught up in {event} had driven in from {other} that morning.",
        "from_to",
    ),
    NegativePair(
        "{Event} happened in {where}, {who} said.",
        "A team of specialists flew from {other} to {where} in the days after {event}.",
        "from_to",
    ),
    NegativePair(
        "The {where} {noun} {happened}, {who} confirmed Thursday.",
        "{Event}, which happened in {other}, drew notice well beyond the area.",
        "contained",
    ),
    NegativePair(
        "{Who} said {event} in {where} {happened}.",
        "It was the first {noun} of its size in {other} in recent memory, {who} said.",
        "contained",
    ),
)

BANK = dataclasses.replace(
    DEV,
    name="place18d",
    kinds=KINDS,
    place_first=PLACE_FIRST,
    place_second=PLACE_SECOND,
    negatives_place=NEGATIVES_PLACE,
)
