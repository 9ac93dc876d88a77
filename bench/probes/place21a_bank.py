"""Place-conflict wording bank written by helper place21a, round 20. It imitates the
international wire desks (AP, Reuters and AFP house styles: capitalised-agency datelines
with "here" tying the event to the dateline city, attribution at the end of the sentence,
second-day follow-ups that open "A day after ...", "the X, which" relative clauses,
explainer-box lines such as "What we know:" and "The basics:", and correction or
editor's-note lines that restate where something happened), alongside the neutral,
encyclopaedic past tense of Wikinews ("... took place in X on Monday, according to media
reports"). Event kinds mix disasters, security incidents, politics and hosted events
(summits, by-elections, referendums, marathons, trade fairs, rallies, film festivals).
"""

import dataclasses

from bench.injectors.consistency import EventKind, NegativePair
from bench.injectors.templates_dev import BANK as DEV

KINDS = (
    EventKind(
        "landslide",
        ("struck", "buried a row of houses", "swept away part of a village"),
        ("disaster management officials", "the provincial governor", "rescue teams"),
    ),
    EventKind(
        "ferry capsizing",
        ("left dozens of passengers missing", "claimed at least 30 lives", "took place in rough weather"),
        ("the coast guard", "maritime officials", "survivors"),
    ),
    EventKind(
        "prison riot",
        ("broke out", "erupted", "left four guards injured"),
        ("prison authorities", "the justice ministry", "a union representing guards"),
    ),
    EventKind(
        "summit",
        ("opened", "ended without a joint declaration", "brought together more than 40 leaders"),
        ("diplomats", "the host government", "organisers"),
        hosted=True,
    ),
    EventKind(
        "by-election",
        ("drew a low turnout", "went to a recount", "was narrowly won by the opposition"),
        ("the electoral commission", "election observers", "party officials"),
        hosted=True,
    ),
    EventKind(
        "hostage standoff",
        ("ended peacefully", "lasted more than 12 hours", "ended in a police raid"),
        ("police", "a police negotiator", "the interior ministry"),
    ),
    EventKind(
        "factory fire",
        ("broke out", "killed at least 12 workers", "burned through the night"),
        ("firefighters", "the fire service", "labour inspectors"),
    ),
    EventKind(
        "bird flu outbreak",
        ("was confirmed", "was detected on a poultry farm", "led to the culling of thousands of birds"),
        ("veterinary authorities", "the agriculture ministry", "animal health officials"),
    ),
    EventKind(
        "train derailment",
        ("injured dozens of passengers", "happened", "disrupted services for hours"),
        ("the rail operator", "transport officials", "accident investigators"),
    ),
    EventKind(
        "mine collapse",
        ("trapped 22 miners", "killed at least nine miners", "happened during a shift change"),
        ("the mine operator", "mining officials", "rescuers"),
    ),
    EventKind(
        "stampede",
        ("killed at least 18 people", "broke out", "happened as crowds surged toward an exit"),
        ("witnesses", "police", "hospital officials"),
    ),
    EventKind(
        "dam breach",
        ("flooded three villages", "forced thousands from their homes", "happened after days of rain"),
        ("water authorities", "the district administrator", "local officials"),
    ),
    EventKind(
        "chemical spill",
        ("contaminated a river", "forced an evacuation", "happened at a storage depot"),
        ("environmental officials", "the plant's operator", "emergency services"),
    ),
    EventKind(
        "bus crash",
        ("killed 14 people", "left 20 passengers injured", "happened on a mountain road"),
        ("traffic police", "the bus company", "a hospital spokesman"),
    ),
    EventKind(
        "earthquake",
        ("struck", "killed dozens of people", "toppled buildings"),
        ("seismologists", "the geological survey", "disaster officials"),
    ),
    EventKind(
        "jailbreak",
        ("freed more than 200 inmates", "happened before dawn", "took place during a power cut"),
        ("prison officials", "the justice minister", "police"),
    ),
    EventKind(
        "building collapse",
        ("killed at least 11 people", "trapped dozens of residents", "happened during renovation work"),
        ("emergency services", "the city engineer", "rescuers"),
    ),
    EventKind(
        "grenade attack",
        ("killed three people", "wounded eight people", "targeted a crowded market"),
        ("police", "the army", "a security official"),
    ),
    EventKind(
        "marathon",
        ("drew 30,000 runners", "was run in heavy rain", "ended in a course record"),
        ("organisers", "race officials", "the athletics federation"),
        hosted=True,
    ),
    EventKind(
        "referendum",
        ("drew a record turnout", "rejected the proposed constitution", "passed by a narrow margin"),
        ("the election commission", "international observers", "the government"),
        hosted=True,
    ),
    EventKind(
        "trade fair",
        ("opened", "drew about 900 exhibitors", "closed a day early"),
        ("organisers", "exhibitors", "the trade ministry"),
        hosted=True,
    ),
    EventKind(
        "protest rally",
        ("drew tens of thousands", "turned violent", "passed off peacefully"),
        ("organisers", "police", "rights groups"),
        hosted=True,
    ),
    EventKind(
        "coup attempt",
        ("failed", "was put down within hours", "began before dawn"),
        ("the army", "the government", "diplomats"),
    ),
    EventKind(
        "gas explosion",
        (
            "tore through an apartment block",
            "killed seven people",
            "shattered windows across the neighbourhood",
        ),
        ("the fire service", "the gas utility", "neighbours"),
    ),
    EventKind(
        "film festival",
        ("opened", "screened more than 120 films", "closed with an award ceremony"),
        ("organisers", "the festival director", "critics"),
        hosted=True,
    ),
)

PLACE_FIRST = (
    "{Event} {happened} in {where} on Tuesday, according to local media.",
    "{where} (AP) — {Event} {happened} here late on Sunday, {who} said.",
    "{Who} said {a_noun} {happened} on the outskirts of {where} shortly before midnight.",
    "In {where}, {event} {happened} on Friday morning, {who} told reporters.",
    "{Event} in {where} {happened} on Wednesday, {who} confirmed in a short statement.",
    "The {where} {noun}, which {happened} on Monday, has dominated the local news all week.",
    "On Thursday, {a_noun} {happened} in {where}, {who} reported.",
    "{Event} {happened} in central {where}, {who} said, without giving further details.",
    "It was in {where} that {event} {happened}, {who} said on Saturday.",
    "{Who} confirmed that {event} had taken place in {where} and said a review would follow.",
    "Footage broadcast by state television showed scenes from {event} in {where}.",
    "What we know: {event} {happened} in {where} on Tuesday, {who} said.",
    "{Event} {happened} at a site just outside {where}, {who} said.",
    "{Event} was {held} in {where} over three days, {who} said.",
    "{where} hosted {event} this year, a first for the organisers.",
    "{Event}, which {happened} in {where} on Sunday, has drawn international attention.",
    '"It happened right here in {where}," {who} said of {event}.',
    "{Who} said {event} {happened} in {where} and that more details would be released later.",
    "In {where}, where {event} {happened} on Saturday, officials held a briefing on Sunday.",
    "{where}, the scene of {event}, was calm on Monday, {who} said.",
    "{where} (AFP) - {Event} {happened} on the edge of the city on Thursday, {who} said.",
    "According to {who}, {event} {happened} in {where} shortly after noon local time.",
    "A day after {event} in {where}, {who} gave a first account of what had gone on.",
    "{Event} {happened} in the north of {where}, {who} said.",
    "Local media in {where} reported that {event} {happened} there on Wednesday.",
    "{Who} said {event} {happened} in {where}, correcting a statement issued hours earlier.",
    "{Event} was confirmed by {who} to have taken place in {where}.",
    "Authorities in {where}, where {event} {happened} on Tuesday, have promised a full account.",
    "{Event} took place in {where} on Monday, {who} said, according to media reports.",
    "{where}, which hosted {event} over the weekend, was praised by {who} for its preparations.",
)

PLACE_SECOND = (
    "Correction: an earlier version of this story gave the wrong location; {event} {happened} in {where}.",
    "Several governments issued statements after the {where} {noun}.",
    "{Event} in {where} was the first of its kind there in years, {who} said.",
    "Witnesses to {event} in {where} gave varying accounts of how it unfolded.",
    "{Event}, which took place in {where}, is expected to be examined by an official inquiry.",
    "It remains unclear what led to {event} in {where}, {who} said.",
    "{Event} {happened} in {where}, according to {who}.",
    "Authorities in {where} said they were reviewing how {event} there had been handled.",
    "The day after {event} in {where}, {who} said life had largely returned to normal.",
    "{Event} was witnessed by hundreds of people in {where}, {who} said.",
    "{Event} was {held} in {where}, {who} said.",
    "{Event}, hosted by {where}, was overshadowed by a row over funding.",
    "The basics: {event} {happened} in {where}; {who} gave the first public account.",
    "Reached by telephone, a regional official said {event} had taken place in {where}.",
    "Asked about {event} in {where}, {who} declined to comment further.",
    "{Event} {happened} in {where}, not far from the border, {who} said.",
    "{where} (AP) — A day after {event} {happened} here, {who} said questions remained.",
    "Much of the coverage of {event} has focused on {where}, where it {happened}.",
    "In a statement, {who} described {event} in {where} as unprecedented.",
    "{Event} {happened} in a western district of {where}, {who} said.",
    "{Event} {happened} in {where}, an AFP reporter who witnessed it said.",
    "{Who} said a full account of the {noun} in {where} could take weeks.",
    "More details emerged on Wednesday about {event}, which {happened} in {where}.",
    "Speaking in {where}, where {event} had taken place the day before, the minister called for calm.",
    "{Event} in {where} came as a surprise to many, {who} said.",
    "Editor's note: this article has been updated to reflect that {event} {happened} in {where}.",
    "Reports from the scene of {event} in {where} were fragmentary at first, {who} said.",
    "{where} is where {event} {happened}, {who} confirmed on Friday.",
    "{where}, which hosted {event}, said attendance had exceeded expectations.",
    "{Event} occurred in {where}, local media reported.",
)

NEGATIVES_PLACE = (
    NegativePair(
        "{Event} {happened} in {where} on Tuesday, {who} said.",
        "It followed {a_noun} in {other} last year that {who} said was unrelated.",
        "another",
    ),
    NegativePair(
        "The {where} {noun}, which {happened} on Monday, drew wide attention.",
        "Last year's {noun} in {other}, by contrast, went largely unreported.",
        "another",
    ),
    NegativePair(
        "{Event} {happened} in {where} overnight, {who} said.",
        "Relatives gathered in {other} to wait for news from {where}.",
        "elsewhere",
    ),
    NegativePair(
        "{where} (AP) — {Event} {happened} here on Saturday, {who} said.",
        "On the stock exchange in {other}, shares in firms with operations in {where} fell after {event}.",
        "elsewhere",
    ),
    NegativePair(
        "According to {who}, {event} {happened} in {where} on Friday.",
        "Speaking in {other}, the foreign minister expressed concern about {event} in {where}.",
        "elsewhere",
    ),
    NegativePair(
        "{Event} in {where} {happened} on Wednesday, {who} said.",
        "Hundreds of people gathered in {other} on Thursday in solidarity with those affected by {event}.",
        "elsewhere",
    ),
    NegativePair(
        "{Event} {happened} in {where} on Sunday, {who} said.",
        "Many of those caught up in {event} had travelled to {where} from {other} days earlier.",
        "from_to",
    ),
    NegativePair(
        "It was in {where} that {event} {happened}, {who} said.",
        "Flights between {where} and {other} were suspended after {event}.",
        "from_to",
    ),
    NegativePair(
        "{Event} {happened} in {where} on Thursday, {who} said.",
        "{Who} later confirmed that {event} had taken place in {other}.",
        "contained",
    ),
    NegativePair(
        "{Who} said {a_noun} {happened} in {where} shortly before dawn.",
        "{Event} in {other} was the first of its kind there in years, {who} said.",
        "contained",
    ),
)

BANK = dataclasses.replace(
    DEV,
    name="place21a",
    kinds=KINDS,
    place_first=PLACE_FIRST,
    place_second=PLACE_SECOND,
    negatives_place=NEGATIVES_PLACE,
)
