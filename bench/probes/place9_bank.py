"""Fresh wording for place.event_conflict, written by place9 before reading the analysis (round 9).

Where news copy puts the place of a happening: a PP on the noun or on its verb, fronted or
trailing; a headline-style compound ("the Lima stabbing") or a possessive ("Lima's riot");
relative clauses on the event or on a site noun ("the spot in X where it happened");
participles and appositions; the event as object or inside a PP; attribution first, last or
in between. The hard negatives place something else: the origin of people, a route, where
it was watched, announced or felt, an organisation's seat, an earlier or later instance.
"""

import dataclasses

from bench.injectors.consistency import EventKind, NegativePair
from bench.injectors.templates_dev import BANK as DEV

KINDS = (
    EventKind(
        "stabbing", ("took place", "happened", "occurred"), ("police", "detectives", "a police spokesman")
    ),
    EventKind(
        "collision",
        ("happened", "occurred", "took place"),
        ("police", "the coastguard", "transport officials"),
    ),
    EventKind(
        "blaze", ("broke out", "started", "took hold"), ("firefighters", "the fire service", "fire officials")
    ),
    EventKind("riot", ("broke out", "erupted", "flared"), ("police", "witnesses", "local officials")),
    EventKind(
        "earthquake", ("struck", "hit", "occurred"), ("seismologists", "the geological survey", "officials")
    ),
    EventKind(
        "tournament",
        ("was played", "took place", "was contested"),
        ("organisers", "the governing body", "officials"),
        hosted=True,
    ),
    EventKind(
        "conference",
        ("took place", "was convened", "opened"),
        ("organisers", "delegates", "officials"),
        hosted=True,
    ),
    EventKind(
        "kidnapping",
        ("took place", "happened", "was carried out"),
        ("police", "security officials", "relatives"),
    ),
    EventKind(
        "ambush",
        ("took place", "was carried out", "happened"),
        ("the army", "military officials", "army spokesmen"),
    ),
    EventKind(
        "hijacking", ("took place", "happened", "unfolded"), ("aviation officials", "police", "the airline")
    ),
    EventKind(
        "auction",
        ("took place", "was conducted", "went ahead"),
        ("the auction house", "organisers", "the seller's agents"),
        hosted=True,
    ),
    EventKind(
        "referendum",
        ("took place", "went ahead", "was conducted"),
        ("electoral officials", "the election commission", "observers"),
        hosted=True,
    ),
    EventKind("eruption", ("began", "started", "occurred"), ("volcanologists", "scientists", "officials")),
    EventKind(
        "stampede", ("happened", "occurred", "broke out"), ("police", "emergency services", "witnesses")
    ),
    EventKind(
        "spill",
        ("occurred", "happened", "was discovered"),
        ("environmental officials", "the company", "the coastguard"),
    ),
    EventKind("heist", ("took place", "happened", "was carried out"), ("detectives", "police", "the bank")),
    EventKind(
        "rally",
        ("took place", "went ahead", "was staged"),
        ("organisers", "police", "activists"),
        hosted=True,
    ),
    EventKind(
        "concert",
        ("took place", "went ahead", "was performed"),
        ("organisers", "the promoter", "the band's management"),
        hosted=True,
    ),
    EventKind(
        "sinking",
        ("happened", "occurred", "took place"),
        ("the coastguard", "maritime officials", "the navy"),
    ),
    EventKind("standoff", ("unfolded", "began", "took place"), ("police", "negotiators", "officials")),
    EventKind(
        "trial",
        ("opened", "took place", "was heard"),
        ("prosecutors", "court officials", "defence lawyers"),
        hosted=True,
    ),
    EventKind(
        "outbreak",
        ("began", "was detected", "emerged"),
        ("health officials", "the health ministry", "doctors"),
    ),
    EventKind(
        "demonstration",
        ("took place", "went ahead", "was staged"),
        ("organisers", "police", "activists"),
        hosted=True,
    ),
    EventKind(
        "vigil",
        ("took place", "went ahead", "was observed"),
        ("organisers", "church leaders", "friends"),
        hosted=True,
    ),
    EventKind(
        "ceremony",
        ("took place", "was conducted", "went ahead"),
        ("organisers", "officials", "a palace spokesman"),
        hosted=True,
    ),
    EventKind(
        "explosion",
        ("happened", "occurred", "ripped through a building"),
        ("police", "fire officials", "witnesses"),
    ),
    EventKind(
        "mutiny", ("broke out", "began", "erupted"), ("the army", "defence officials", "the government")
    ),
)

PLACE_FIRST = (
    "{Event} {happened} in {where} on Saturday evening, {who} said.",
    "In {where}, {event} {happened} shortly before midnight, according to {who}.",
    "{Who} said {event} in {where} had left dozens of people shaken.",
    "The {where} {noun} has dominated local headlines all week.",
    "{where}'s {noun} drew condemnation from across the political spectrum.",
    "{Event}, which {happened} in {where}, lasted several hours.",
    "{Event} {happened} at a site on the outskirts of {where}.",
    "It was in {where} that {event} {happened}, {who} said.",
    "{Who} were at the scene of {event} near {where} within minutes.",
    "Across {where}, {event} caused widespread disruption.",
    "{Event} {happened} just outside {where}, {who} confirmed.",
    "{Event} {happened} off the coast of {where}, {who} said.",
    "According to {who}, {event} {happened} in {where} in the early hours.",
    "{Event}, {who} said, {happened} in {where}.",
    "{Event} {happened} in {where}, {who} told reporters on Sunday.",
    "{Who} described {event} in {where} as deeply shocking.",
    "Everyone caught up in {event} in {where} has been accounted for, {who} said.",
    "The scene of {event}, a busy street in {where}, remained sealed off on Monday.",
    "{Event} at a warehouse in {where} {happened} without warning.",
    "Images shared online appeared to show {event} in {where}.",
    "{Event} in {where}, {who} said, was still being investigated.",
    "A spokesperson for {who} said {event} had been confined to {where}.",
    "{Who} have opened an inquiry into {event} in {where}.",
    "Details of {event} in {where} were still emerging on Tuesday.",
    "{Event} was centred on {where}, {who} said.",
    "{Event} {happened} throughout {where}, {who} said.",
    "{Event} {happened} along the waterfront in {where}.",
    "Taking place in {where}, {event} was watched closely by {who}.",
    "{Event} - in {where} - {happened} hours after a warning from {who}.",
    "There was {a_noun} in {where} on Friday, {who} said.",
    "{Who} responded to {a_noun} in a residential district of {where}.",
    "{Who} cordoned off the part of {where} where {event} {happened}.",
    "The {noun} in {where} was declared over by {who} late on Sunday.",
    "{Event} was {held} in {where} in front of a capacity crowd.",
    "{where} hosted {event}, {who} noted.",
    "Hosted by {where}, {event} attracted visitors from far afield.",
    "{Event}, {held} in {where}, passed off peacefully, {who} said.",
    "{Event} was {held} in {where} at the invitation of {who}.",
)

PLACE_SECOND = (
    "{Event} in {where} has prompted calls for an independent inquiry.",
    "Many of those hurt in {event} in {where} remained in hospital on Sunday.",
    "Questions remain over how {event} in {where} was allowed to happen.",
    "The {where} {noun} is now the subject of a review by {who}.",
    "Before {event} in {where}, {who} had raised no concerns.",
    "{Who} has published a timeline of {event}, which {happened} in {where}.",
    "Footage of {event} in {where} was shared widely online.",
    "{Event} {happened} near {where}, {who} said in a later update.",
    "A memorial now stands at the spot in {where} where {event} {happened}.",
    "Witnesses to {event} in {where} described chaotic scenes.",
    "{Who} are still trying to establish what caused {event} in {where}.",
    "By the time {event} in {where} was over, night had fallen.",
    "{where}, where {event} {happened}, has a population of several million.",
    "Officials in {where}, where {event} {happened}, declined to comment.",
    "{Event} in {where} was the most serious in recent memory, {who} said.",
    "Word of {event} in {where} travelled fast on social media.",
    "In the days after {event} in {where}, {who} appealed for calm.",
    "{Who} said all those involved in {event} in {where} had been identified.",
    "The {noun} that {happened} in {where} was later blamed on human error.",
    "Speaking after {event} in {where}, a spokesman for {who} thanked the public.",
    "{Event} was in {where}, {who} later clarified.",
    "Recalling {event} in {where}, one witness said it had felt endless.",
    "{Event}, which {who} said {happened} in {where}, is under investigation.",
    "{where}'s {noun} left a deep mark on the community.",
    "The aftermath of {event} in {where} was still visible weeks later.",
    "{Who} blamed poor planning for {event} in {where}.",
    "Those who were at {event} in {where} have been asked to contact {who}.",
    "{Event}, in {where}, was over within hours, {who} said.",
    "{Event} {happened} in a suburb of {where}, {who} later confirmed.",
    "The site of {event} in {where} reopened to the public on Wednesday.",
    "{Event} {happened} in {where} after days of mounting tension.",
    "{Who} confirmed {event} had gone ahead in {where}.",
    "Security was tight in {where} for {event}.",
    "{Event}, {held} in {where}, was judged a success by {who}.",
    "Having hosted {event}, {where} is expected to bid again.",
    "{Event} was {held} at a stadium in {where}.",
)

NEGATIVES_PLACE = (
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "Coverage of {event} in {where} was followed closely in {other}.",
        "reporting",
    ),
    NegativePair(
        "{Who} said {event} in {where} was over.",
        "Among those caught up in {event} in {where} were tourists from {other}.",
        "origin",
    ),
    NegativePair(
        "{Event} {happened} in {where}.",
        "A {other}-based charity sent volunteers to help after {event} in {where}.",
        "affiliation",
    ),
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "{Event} {happened} in {other}, according to {who}.",
        "contained",
    ),
    NegativePair(
        "The {where} {noun} was the main story of the day.",
        "{Event} was the worst {other} had seen in years, {who} said.",
        "contained",
    ),
    NegativePair(
        "{Event} {happened} in {where}.",
        "Trains from {other} to {where} were halted after {event}.",
        "from_to",
    ),
    NegativePair(
        "{Event} in {where} {happened} on Friday, {who} said.",
        "After {event} in {where}, many residents fled to {other}.",
        "destination",
    ),
    NegativePair(
        "{Event} {happened} in {where}.",
        "{Event} in {where} came weeks after a similar {noun} in {other}.",
        "another",
    ),
    NegativePair(
        "{Who} said {event} {happened} in {where}.",
        "Last year's {noun} in {other} was far smaller than {event} in {where}.",
        "another",
    ),
    NegativePair(
        "{Event} in {where} {happened} without incident.",
        "The effects of {event} in {where} were felt as far away as {other}.",
        "reporting",
    ),
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "{Who} in {other} said they were monitoring {event} in {where}.",
        "affiliation",
    ),
    NegativePair(
        "{Event} in {where} was over by nightfall.",
        "Details of {event} in {where} were released at a press conference in {other}.",
        "reporting",
    ),
    NegativePair(
        "{Event} {happened} in {where}.",
        "One of those who died in {event} in {where} was buried in his home town of {other}.",
        "elsewhere",
    ),
    NegativePair(
        "{Event} in {where} was described by {who} as unprecedented.",
        "Ministers meeting in {other} discussed {event} in {where}.",
        "elsewhere",
    ),
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "Two suspects linked to {event} in {where} were later arrested in {other}.",
        "elsewhere",
    ),
    NegativePair(
        "{Who} said {event} in {where} had ended.",
        "A second {noun} is planned in {other} next month.",
        "another",
    ),
)

BANK = dataclasses.replace(
    DEV,
    name="place9",
    kinds=KINDS,
    place_first=PLACE_FIRST,
    place_second=PLACE_SECOND,
    negatives_place=NEGATIVES_PLACE,
)
