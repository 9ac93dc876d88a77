"""PLACE bank place57b, written by a blind helper, round 57 (held out). Register: police, fire, ambulance,
coastguard and council statements as reproduced near-verbatim by local papers and regional broadcasters.
On landing, one sentence that was word for word a test-part template got "have" ("{who} have confirmed")."""

import dataclasses

from bench.injectors.consistency import EventKind, NegativePair
from bench.injectors.templates_dev import BANK as DEV

KINDS = (
    EventKind(
        "warehouse fire",
        ("broke out", "took hold", "started"),
        ("the fire service", "firefighters", "the fire and rescue service", "police"),
    ),
    EventKind(
        "gas cylinder blast",
        ("happened", "occurred", "went off"),
        ("the fire service", "police", "the ambulance service", "the council"),
    ),
    EventKind(
        "hit-and-run",
        ("happened", "took place", "occurred"),
        ("police", "the force", "detectives", "roads policing officers"),
    ),
    EventKind(
        "cliff fall",
        ("happened", "occurred", "took place"),
        ("the coastguard", "the ambulance service", "police", "the lifeboat crew"),
    ),
    EventKind(
        "stabbing",
        ("happened", "took place", "was reported"),
        ("police", "detectives", "the force", "the ambulance service"),
    ),
    EventKind(
        "chemical spill",
        ("occurred", "happened", "was reported"),
        ("the fire service", "the council", "the Environment Agency", "police"),
    ),
    EventKind(
        "lorry rollover",
        ("happened", "occurred", "took place"),
        ("police", "highways officials", "the fire service", "the ambulance service"),
    ),
    EventKind(
        "sinkhole collapse",
        ("occurred", "happened", "was reported"),
        ("the council", "the fire service", "police", "the water company"),
    ),
    EventKind(
        "arson attack",
        ("took place", "happened", "was carried out"),
        ("police", "the fire service", "detectives", "fire investigators"),
    ),
    EventKind(
        "cash machine raid",
        ("took place", "was carried out", "happened"),
        ("police", "detectives", "the force", "the bank"),
    ),
    EventKind(
        "sea rescue",
        ("took place", "was carried out", "was launched"),
        ("the coastguard", "the lifeboat crew", "the RNLI", "the ambulance service"),
    ),
    EventKind(
        "flash flood",
        ("struck", "occurred", "happened"),
        ("the council", "the fire service", "the Environment Agency", "police"),
    ),
    EventKind(
        "scaffolding collapse",
        ("happened", "occurred", "took place"),
        ("the fire service", "the council", "police", "the Health and Safety Executive"),
    ),
    EventKind(
        "carbon monoxide leak",
        ("was discovered", "occurred", "was detected"),
        ("the fire service", "the ambulance service", "the gas network", "the council"),
    ),
    EventKind(
        "ram-raid",
        ("took place", "was carried out", "happened"),
        ("police", "detectives", "the force", "the shop's owners"),
    ),
    EventKind(
        "derailment",
        ("happened", "occurred", "took place"),
        ("transport police", "the rail operator", "Network Rail", "the fire service"),
    ),
    EventKind(
        "landslip",
        ("happened", "occurred", "struck"),
        ("the council", "highways officials", "the fire service", "police"),
    ),
    EventKind(
        "drugs raid",
        ("was carried out", "took place", "was mounted"),
        ("police", "the force", "detectives", "officers"),
    ),
    EventKind(
        "capsizing",
        ("happened", "occurred", "took place"),
        ("the coastguard", "the lifeboat crew", "the RNLI", "police"),
    ),
    EventKind(
        "dog attack",
        ("happened", "took place", "occurred"),
        ("police", "the council", "the ambulance service", "dog legislation officers"),
    ),
    EventKind(
        "candlelit vigil",
        ("was held", "took place", "was staged"),
        ("police", "the council", "organisers", "the parish council"),
        hosted=True,
    ),
    EventKind(
        "firework display",
        ("was held", "was staged", "took place"),
        ("the council", "organisers", "the fire service", "police"),
        hosted=True,
    ),
    EventKind(
        "protest march",
        ("took place", "was staged", "was held"),
        ("police", "organisers", "the council", "the force"),
        hosted=True,
    ),
    EventKind(
        "quad bike crash",
        ("happened", "occurred", "took place"),
        ("police", "the ambulance service", "the air ambulance", "roads policing officers"),
    ),
)

PLACE_FIRST = (
    "Officers were called to {event} in {where} shortly after it was reported, and inquiries are ongoing.",
    "Emergency services attended {event} near {where}, a spokesman for {who} said.",
    "{Event} {happened} on the outskirts of {where}, according to {who}.",
    "It was just outside {where} that {event} {happened}, {who} confirmed in a brief statement.",
    "Crews were alerted to {a_noun} in {where} and remained at the scene for several hours.",
    "In a statement, {who} said {event} {happened} in {where} and urged anyone with information "
    "to come forward.",
    "{Who} have appealed for witnesses following {event} in {where}.",
    'A cordon remains in place in {where} after {event}, which {who} described as "a serious incident".',
    "Anyone who saw {event} in {where}, or who has dashcam footage from the area, is asked to contact {who}.",
    "According to {who}, {event} {happened} in {where}.",
    "{Who} said there was no wider risk to the public following {event} in {where}.",
    "{Who}, who were among the first on scene at {event} in {where}, have since handed the "
    "investigation over to specialist colleagues.",
    "Residents in {where} were urged to keep windows and doors closed while {event} was dealt with.",
    "Pictured: the scene of {event} in {where}, where a cordon was put in place.",
    "{Event} near {where} - the latest update from {who}.",
    "Though details remain limited, {who} confirmed that {event} {happened} close to {where}.",
    '"We were called to reports of {a_noun} in {where} and attended immediately," '
    "a spokesperson for {who} said.",
    "Those caught up in {event} in {where} were assessed by paramedics at the scene, {who} said.",
    "{where} was the scene of {event}, {who} have confirmed.",
    "Detectives investigating {event}, which {happened} in {where}, are keen to trace a number "
    "of people seen nearby.",
    "It is understood {event} {happened} in {where}, though {who} have not released further details.",
    "Following {event} in {where}, {who} said a number of roads would remain closed while the "
    "scene was examined.",
    "Footage shared on social media appears to show the aftermath of {event} in {where}, "
    "though {who} have asked people not to speculate.",
    "Members of the public were asked to avoid the area around {where} while {who} dealt with {event}.",
    "{Event}, which {who} say drew a large response from several services and left a number of "
    "streets sealed off for most of the afternoon, {happened} in {where}.",
    "Initial reports of {a_noun} came in from {where}, prompting {who} to send several units to the scene.",
)

PLACE_SECOND = (
    "News of {event} in {where} spread quickly through the community.",
    "Anyone with information about {event} in {where} is asked to call {who}, quoting the incident number.",
    "{Who} thanked the public for their patience while {event} near {where} was dealt with.",
    "A report on {event} in {where} will be compiled in the coming weeks, {who} said.",
    'Recalling {event} in {where}, one witness said: "It all happened so fast."',
    "Those affected by {event} near {where} have been offered support, {who} added.",
    "The {noun} in {where} has prompted calls for a review of safety in the area.",
    "Speaking after {event} in {where}, a senior officer said the response had been "
    '"swift and professional".',
    "Officers remain at the scene of {event} on the edge of {where} while inquiries continue.",
    "Dashcam footage of the moments before {event} near {where} has been handed to investigators.",
    "Councillors have asked for a full briefing on {where}'s {noun}.",
    "The cause of {event} in {where} has not yet been established.",
    "Hours after {event} {happened} in {where}, the road was still closed to traffic.",
    "Among those who helped at {event} in {where} were several passers-by, {who} said.",
    "{Who} said the investigation into {event} in {where} was at an early stage.",
    "Asked about {event} in {where}, a spokeswoman for {who} declined to comment further while "
    "inquiries were ongoing.",
    "What caused {event} in {where} remains unclear, and {who} have not ruled anything out.",
    "The {noun}, which {happened} in {where}, will be the subject of a full review, {who} said.",
    "Further details about {event} in {where} will be released when appropriate, the press office said.",
    'Residents described the hours after {event} in {where} as "frightening".',
    "In {where}, where {event} {happened}, some roads remained closed for much of the day.",
    "Emergency crews at the scene of {event} in {where}.",
    "Questions are being asked about how {event} in {where} was allowed to happen, with local "
    "councillors demanding answers.",
    "{Who} later confirmed that nobody else was being sought in connection with {event} near {where}.",
    "The community in {where}, still coming to terms with what one resident called "
    '"a shocking afternoon", is being offered support after {event}.',
    "A spokesman for {who} said lessons would be learned from {event} in {where} and that a "
    "full debrief would take place.",
)

NEGATIVES_PLACE = (
    # contained
    NegativePair(
        "Emergency services attended {event} in {where}, {who} said.",
        "Specialist officers were sent from the regional headquarters in {other} to assist with {event}.",
        "contained",
    ),
    NegativePair(
        "{Event} {happened} on the outskirts of {where}.",
        "The investigation into {event} is being led by detectives based at the force's "
        "headquarters in {other}.",
        "contained",
    ),
    NegativePair(
        "Officers were called to {a_noun} in {where}.",
        "A senior fire officer from {other}, the county town, took charge of the response to {event}.",
        "contained",
    ),
    NegativePair(
        "{Who} confirmed that {event} {happened} near {where}.",
        "Control room staff in {other} coordinated the response to {event}, sending crews from "
        "several stations.",
        "contained",
    ),
    # origin
    NegativePair(
        "Crews were alerted to {a_noun} in {where}.",
        "Additional crews were brought in from {other} to help at {event}.",
        "origin",
    ),
    NegativePair(
        "{Event} in {where} drew a large response, {who} said.",
        "Volunteers from {other} arrived with food and blankets for those affected by {event}.",
        "origin",
    ),
    NegativePair(
        "It was in {where} that {event} {happened}, according to {who}.",
        "A specialist search team was flown in from {other} to assist after {event}.",
        "origin",
    ),
    # destination
    NegativePair(
        "Paramedics treated several people at the scene of {event} in {where}.",
        "Two of them were later taken to hospital in {other}, where they remain in a stable condition.",
        "destination",
    ),
    NegativePair(
        "{Event} {happened} near {where}, {who} said.",
        "The injured were airlifted to a major trauma centre in {other} following {event}.",
        "destination",
    ),
    NegativePair(
        "Officers were called to {event} in {where} and one man was arrested.",
        "He was taken to a custody suite in {other} for questioning about {event}.",
        "destination",
    ),
    NegativePair(
        "{Who} said {event} in {where} had left a number of families unable to return home.",
        "Some were put up in temporary accommodation in {other} while the damage from {event} was assessed.",
        "destination",
    ),
    # reporter
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "Speaking at a press conference in {other}, the chief constable described {event} as "
        '"deeply distressing".',
        "reporter",
    ),
    NegativePair(
        "Emergency services attended {event} near {where}.",
        "In a statement issued from its offices in {other}, {who} said inquiries into {event} were ongoing.",
        "reporter",
    ),
    NegativePair(
        "Crews were called to {a_noun} just outside {where}.",
        "The minister, who was in {other} on an unrelated visit, said she had been briefed on {event}.",
        "reporter",
    ),
    # hometown
    NegativePair(
        "{Event} in {where} is being investigated by {who}.",
        "The company that owns the site, which is based in {other}, said it was cooperating fully "
        "with inquiries into {event}.",
        "hometown",
    ),
    NegativePair(
        "A man has been charged following {event} in {where}.",
        "The 34-year-old, of {other}, has been remanded in custody ahead of his first court "
        "appearance over {event}.",
        "hometown",
    ),
    NegativePair(
        "{Who} have named the driver involved in {event} near {where}.",
        "She lived in {other} and had been travelling home from work, her family said.",
        "hometown",
    ),
    # another
    NegativePair(
        "{Event} {happened} in {where}, {who} have confirmed.",
        "It comes less than a year after a similar {noun} in {other} led to a review of safety procedures.",
        "another",
    ),
    NegativePair(
        "Officers were called to {a_noun} in {where}.",
        "{Who} said there was no evidence to link it to {a_noun} reported in {other} earlier in the week.",
        "another",
    ),
    NegativePair(
        "Emergency services attended {event} near {where}.",
        "Residents recalled {a_noun} in {other} some years ago, which also closed the main road for days.",
        "another",
    ),
    # planned
    NegativePair(
        "{Event} {happened} on the edge of {where}, {who} said.",
        "A public meeting about {event} will be held in {other} so that residents can put "
        "questions to officials.",
        "planned",
    ),
    NegativePair(
        "Crews were alerted to {a_noun} in {where}.",
        "An independent inquiry into {event} will sit in {other} once the initial investigation is complete.",
        "planned",
    ),
    NegativePair(
        "{Who} confirmed details of {event} in {where}.",
        "The case arising from {event} is expected to be heard at the crown court in {other}.",
        "planned",
    ),
    # reaction
    NegativePair(
        "{Event} in {where} shocked the community, {who} said.",
        "A vigil was held in {other} for those affected by {event}.",
        "reaction",
    ),
    NegativePair(
        "Officers were called to {event} near {where}.",
        "Hundreds gathered in {other} to protest over the handling of {event}.",
        "reaction",
    ),
    NegativePair(
        "{Event} {happened} in {where}, according to {who}.",
        "Flags were flown at half-mast in {other}, where several of those caught up in {event} had lived.",
        "reaction",
    ),
)

BANK = dataclasses.replace(
    DEV,
    name="place57b",
    kinds=KINDS,
    place_first=PLACE_FIRST,
    place_second=PLACE_SECOND,
    negatives_place=NEGATIVES_PLACE,
)
