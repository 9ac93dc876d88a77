"""Place-conflict wording bank written by helper place20a, round 20. It imitates Wikinews and
similar collaborative citizen-journalism sites: neutral, encyclopaedic news prose in the past
tense, "On Tuesday, ..." openings, heavy attribution ("according to", "told reporters", "in a
statement"), parenthetical asides such as local times, agencies and broadcasters named (BBC,
Reuters, Associated Press, Al Jazeera), occasional datelines and "Wikinews has learned" notes,
and event kinds from the less-covered end of such a site's output (avalanches, capsizings,
locust invasions, meteorite falls, chess olympiads, extradition hearings, open-air masses)."""

import dataclasses

from bench.injectors.consistency import EventKind, NegativePair
from bench.injectors.templates_dev import BANK as DEV

KINDS = (
    EventKind(
        "avalanche",
        ("struck", "came down", "buried a group of hikers"),
        ("mountain rescue officials", "the regional civil protection agency", "local media"),
    ),
    EventKind(
        "capsizing",
        ("occurred", "took place", "left dozens of passengers missing"),
        ("the coast guard", "maritime officials", "survivors"),
    ),
    EventKind(
        "mine collapse",
        ("occurred", "trapped more than thirty workers", "happened"),
        ("the mining company", "rescue workers", "the labour ministry"),
    ),
    EventKind(
        "prison riot",
        ("broke out", "erupted", "lasted several hours"),
        ("corrections officials", "the prison service", "lawyers for the inmates"),
    ),
    EventKind(
        "recall referendum",
        ("took place", "was held", "went ahead"),
        ("the electoral commission", "election observers", "the interior ministry"),
        hosted=True,
    ),
    EventKind(
        "chess olympiad",
        ("opened", "was played", "concluded"),
        ("FIDE", "the organisers", "tournament officials"),
        hosted=True,
    ),
    EventKind(
        "meteorite fall",
        ("occurred", "was recorded", "lit up the night sky"),
        ("astronomers", "the national space agency", "amateur observers"),
    ),
    EventKind(
        "hostage standoff",
        ("began", "ended", "lasted fourteen hours"),
        ("police", "a police spokesperson", "negotiators"),
    ),
    EventKind(
        "bridge collapse",
        ("happened", "occurred", "killed at least nine people"),
        ("transport officials", "emergency services", "the fire department"),
    ),
    EventKind(
        "cholera outbreak",
        ("was declared", "spread", "was confirmed"),
        ("the World Health Organization", "health officials", "the health ministry"),
    ),
    EventKind(
        "general strike",
        ("began", "was called", "shut down public transport"),
        ("union leaders", "the trade union federation", "the organisers"),
    ),
    EventKind(
        "open-air mass",
        ("was celebrated", "took place", "drew tens of thousands of worshippers"),
        ("the Vatican", "church officials", "the archdiocese"),
        hosted=True,
    ),
    EventKind(
        "satellite launch",
        ("went ahead", "was carried out", "succeeded"),
        ("the space agency", "mission controllers", "the launch provider"),
    ),
    EventKind(
        "stampede",
        ("occurred", "broke out", "killed dozens of pilgrims"),
        ("the disaster management authority", "witnesses", "hospital officials"),
    ),
    EventKind(
        "gas explosion",
        ("occurred", "tore through an apartment block", "happened"),
        ("firefighters", "the fire service", "witnesses"),
    ),
    EventKind(
        "film festival",
        ("opened", "closed", "was held"),
        ("the organisers", "critics", "the festival director"),
        hosted=True,
    ),
    EventKind(
        "marathon",
        ("was run", "took place", "finished"),
        ("race organisers", "the athletics federation", "runners"),
        hosted=True,
    ),
    EventKind(
        "locust invasion",
        ("struck", "destroyed crops", "was reported"),
        ("the Food and Agriculture Organization", "farmers", "agriculture officials"),
    ),
    EventKind(
        "mass poisoning",
        ("occurred", "sickened hundreds of people", "was reported"),
        ("health authorities", "doctors", "hospital staff"),
    ),
    EventKind(
        "hunger strike",
        ("began", "entered its third week", "ended"),
        ("activists", "supporters of the detainees", "the detainees' lawyers"),
    ),
    EventKind(
        "train derailment",
        ("occurred", "happened", "left twelve people injured"),
        ("the rail operator", "accident investigators", "passengers"),
    ),
    EventKind(
        "coup attempt",
        ("failed", "was launched", "unfolded"),
        ("the government", "state television", "military officials"),
    ),
    EventKind(
        "peace summit",
        ("was held", "opened", "ended"),
        ("diplomats", "the host government", "foreign ministry officials"),
        hosted=True,
    ),
    EventKind(
        "extradition hearing",
        ("took place", "opened", "was adjourned"),
        ("the defence team", "prosecutors", "court reporters"),
        hosted=True,
    ),
    EventKind(
        "volcanic eruption",
        ("began", "occurred", "forced the evacuation of nearby villages"),
        ("volcanologists", "the geological survey", "civil defence officials"),
    ),
)

PLACE_FIRST = (
    "On Tuesday, {event} {happened} in {where}, according to {who}.",
    "{Who} said in a statement that {event} {happened} in {where} shortly after midday local time.",
    "The {noun} in {where} was first reported by the BBC, which cited {who}.",
    "According to Reuters, {event} took place in {where}; {who} confirmed the location later in the day.",
    "{where} was the scene of {a_noun} on Wednesday, {who} told reporters.",
    "The {where} {noun}, as regional outlets have dubbed it, {happened} on Thursday evening.",
    "In {where}, {event} {happened} late on Friday (local time), {who} reported.",
    (
        "{Event}, which {happened} in {where}, was the first of "
        "its kind in the region in more than a decade, {who} said."
    ),
    "Wikinews was unable to independently verify the figures {who} gave for {event} in {where}.",
    "Organisers {held} {event} in {where} over the weekend, {who} said.",
    "{Event} was {held} at a venue in {where}, the organisers said in a statement.",
    "Footage broadcast by Al Jazeera showed the scene in {where}, where {event} {happened} hours earlier.",
    "{where}, Monday — {Event} {happened} here in the early hours, {who} reported.",
    "Details of {event}, which took place in {where} on Sunday, were released by {who} on Monday.",
    "{Who} confirmed to the Associated Press that {event} {happened} in {where}.",
    "The {noun}, in {where}, {happened} at around 4:00 a.m. local time (0100 UTC).",
    "Officials in {where}, where {event} {happened}, declined to comment when contacted by Wikinews.",
    "Residents of {where} told the BBC that {event} {happened} near their homes with little warning.",
    "According to figures released by {who}, {event} in {where} affected thousands of people.",
    "Reuters quoted {who} as saying that {event} {happened} in {where}.",
    "{Event} — the second in {where} this year — {happened} on Tuesday afternoon, {who} said.",
    "{Who} gave the location of {event} as {where}.",
    (
        "{Event} took place in {where} (not, as some early "
        "reports stated, in a neighbouring district), {who} said."
    ),
    "In a statement, {who} said {event} had taken place in {where} and that further details would follow.",
    "Local broadcasters placed {event} in {where}, an account {who} later confirmed.",
    "The Associated Press reported that {event} in {where} drew international attention.",
    "{Event}, hosted this year by {where}, {happened} on Saturday, according to {who}.",
    "On Wednesday {where} hosted {event}, which {who} described as a success.",
    "Wikinews has learned that {event} {happened} in {where} on Thursday morning.",
    "It was in {where}, {who} said, that {event} {happened}.",
)

PLACE_SECOND = (
    "Reports of {event} in {where} were carried by the BBC and Reuters on Wednesday.",
    "{Who} later told reporters that {event} had taken place in {where}.",
    "The {where} {noun} {happened} after weeks of warnings, {who} said.",
    "In the hours after {event} in {where}, {who} issued regular updates on social media.",
    "{Event} in {where} was covered live by the national broadcaster.",
    "{where} is where {event} {happened}, {who} reiterated on Thursday.",
    "Following {event} in {where}, {who} called for an independent inquiry.",
    "The location of {event}, {where}, was confirmed by {who} on Friday.",
    "According to the Associated Press, {event} {happened} in {where} before dawn.",
    "{Event}, {held} in {where} despite calls for its postponement, drew criticism from {who}.",
    "{Event} was hosted by {where}, {who} confirmed.",
    "{where}, which hosted {event}, had spent months preparing, according to {who}.",
    "{Event}, in {where}, {happened} with little advance notice, {who} said.",
    "Authorities in {where}, where {event} {happened}, said they were reviewing their response.",
    "It was in {where} that {event} {happened}, {who} told the Associated Press.",
    "Footage of {event} in {where} was shared widely online, {who} said.",
    "Commentators said {event} in {where} marked a turning point for the region.",
    "Reuters quoted {who} as placing {event} in {where}.",
    "A full account of {event} in {where} was published by {who} on Saturday.",
    "When {event} {happened} in {where}, it was widely reported by international media.",
    "Preparations for {event}, which was {held} in {where}, began months in advance, according to {who}.",
    "The {noun} that {happened} in {where} on Sunday was the subject of an emergency cabinet meeting.",
    "In {where} on Tuesday, {event} {happened} amid heavy security, {who} said.",
    "{Who} said the site of {event} was in {where}.",
    "The BBC, citing {who}, said {event} {happened} in {where} (about 200 km from the border).",
    "{Event} {happened} in {where}, according to an update posted by {who} on Monday.",
    "Coverage of the {noun} in {where} dominated front pages on Wednesday, Wikinews noted.",
    "{where} saw {a_noun} on Friday, {who} said in a televised briefing.",
    "Speaking to reporters, {who} said {event} in {where} had taken everyone by surprise.",
    "Earlier on Monday, {event} {happened} in {where}, {who} said in a statement.",
)

NEGATIVES_PLACE = (
    NegativePair(
        "On Tuesday, {event} {happened} in {where}, according to {who}.",
        "A separate {noun} {happened} in {other} the previous month, {who} said.",
        "another",
    ),
    NegativePair(
        "{Event}, which {happened} in {where}, was the second this year, {who} said.",
        "The year's first {noun}, in {other}, drew far less international coverage, the BBC reported.",
        "another",
    ),
    NegativePair(
        "{Who} confirmed to the Associated Press that {event} {happened} in {where}.",
        "Reuters noted that {a_noun} had also been reported in {other} in 2019.",
        "another",
    ),
    NegativePair(
        "{Event} took place in {where} on Sunday, {who} said.",
        "Officials in {other} said they were monitoring {event} closely.",
        "elsewhere",
    ),
    NegativePair(
        "In {where}, {event} {happened} late on Friday (local time), {who} reported.",
        "Relatives of people caught up in {event} gathered in {other} to await news, {who} told reporters.",
        "elsewhere",
    ),
    NegativePair(
        "Reuters quoted {who} as saying that {event} {happened} in {where}.",
        "{Who} commented on {event} at a press conference in {other} on Wednesday.",
        "elsewhere",
    ),
    NegativePair(
        "{Event} in {where} was covered live by the national broadcaster.",
        "Many of those involved in {event} had travelled from {other}, {who} said.",
        "from_to",
    ),
    NegativePair(
        "Details of {event}, which took place in {where} on Sunday, were released on Monday.",
        "A team of investigators flew from {other} to {where} after {event}, {who} said.",
        "from_to",
    ),
    NegativePair(
        "On Tuesday, {event} {happened} in {where}, {who} said in a statement.",
        "The {noun} in {other} was first reported by the BBC, which cited {who}.",
        "contained",
    ),
    NegativePair(
        "{Who} gave the location of {event} as {where}.",
        "It was in {other}, {who} said, that {event} {happened}.",
        "contained",
    ),
)

BANK = dataclasses.replace(
    DEV,
    name="place20a",
    kinds=KINDS,
    place_first=PLACE_FIRST,
    place_second=PLACE_SECOND,
    negatives_place=NEGATIVES_PLACE,
)
