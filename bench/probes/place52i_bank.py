"""PLACE bank place52i, written by a blind helper, round 52 (held out). Register: policing, prisons
and public order (jailbreaks, raids, riots, hostage stand-offs, kidnappings, heists, prison
fires, curfews, shootouts) as crime reporters and local papers write it.

Held out in round 52: measured unread at the round's start and end (see docs/checks-
consistency.md, Round 52); development material from round 53.
"""

import dataclasses

from bench.injectors.consistency import EventKind, NegativePair
from bench.injectors.templates_dev import BANK as DEV

KINDS = (
    EventKind(
        "jailbreak",
        ("took place", "was discovered", "happened"),
        ("the prison service", "police", "the justice ministry", "prison officials"),
    ),
    EventKind(
        "prison riot",
        ("broke out", "erupted", "took place"),
        ("the prison service", "the justice ministry", "a prison officers' union", "inmates' relatives"),
    ),
    EventKind(
        "police raid",
        ("was carried out", "took place", "went ahead"),
        ("police", "a police spokesman", "the interior ministry", "prosecutors"),
    ),
    EventKind(
        "hostage stand-off",
        ("unfolded", "began", "took place"),
        ("police", "negotiators", "a police spokeswoman", "local officials"),
    ),
    EventKind(
        "kidnapping",
        ("took place", "was reported", "happened"),
        ("police", "detectives", "the victim's family", "prosecutors"),
    ),
    EventKind(
        "cash-in-transit heist",
        ("took place", "was carried out", "happened"),
        ("police", "detectives", "the security company", "investigators"),
    ),
    EventKind(
        "prison fire",
        ("broke out", "started", "was reported"),
        ("the fire service", "the prison service", "prison officials", "the justice ministry"),
    ),
    EventKind(
        "shootout",
        ("erupted", "broke out", "took place"),
        ("police", "witnesses", "the interior ministry", "a police spokesman"),
    ),
    EventKind(
        "armed robbery",
        ("took place", "happened", "was reported"),
        ("police", "detectives", "the shop's owner", "witnesses"),
    ),
    EventKind(
        "street riot",
        ("broke out", "erupted", "flared"),
        ("police", "the mayor's office", "riot police commanders", "local officials"),
    ),
    EventKind(
        "stabbing",
        ("took place", "happened", "was reported"),
        ("police", "paramedics", "detectives", "witnesses"),
    ),
    EventKind(
        "bank robbery",
        ("took place", "happened", "was carried out"),
        ("police", "the bank", "detectives", "investigators"),
    ),
    EventKind(
        "drugs bust",
        ("was carried out", "took place", "was made"),
        ("customs officers", "police", "the anti-narcotics agency", "prosecutors"),
    ),
    EventKind(
        "carjacking",
        ("took place", "happened", "was reported"),
        ("police", "the driver", "detectives", "witnesses"),
    ),
    EventKind(
        "bomb scare",
        ("unfolded", "happened", "was reported"),
        ("police", "the bomb squad", "transport police", "local officials"),
    ),
    EventKind(
        "protest march",
        ("took place", "went ahead", "passed off peacefully"),
        ("organisers", "police", "the city council", "march stewards"),
        hosted=True,
    ),
    EventKind(
        "street demonstration",
        ("took place", "went ahead", "turned violent"),
        ("police", "organisers", "the interior ministry", "rights groups"),
        hosted=True,
    ),
    EventKind(
        "sit-in protest",
        ("took place", "began", "went ahead"),
        ("organisers", "police", "campaigners", "local officials"),
        hosted=True,
    ),
    EventKind(
        "prison van ambush",
        ("took place", "happened", "was carried out"),
        ("the prison service", "police", "the justice ministry", "investigators"),
    ),
    EventKind(
        "police shooting",
        ("took place", "happened", "was reported"),
        ("the police watchdog", "the victim's family", "police", "prosecutors"),
    ),
    EventKind(
        "arson attack",
        ("took place", "happened", "was reported"),
        ("the fire service", "police", "fire investigators", "detectives"),
    ),
    EventKind(
        "curfew",
        ("was imposed", "was declared", "came into force"),
        ("the interior ministry", "police", "the mayor's office", "local authorities"),
    ),
    EventKind(
        "smash-and-grab raid",
        ("took place", "happened", "was carried out"),
        ("police", "the jeweller", "detectives", "witnesses"),
    ),
    EventKind(
        "prison siege",
        ("began", "took place", "unfolded"),
        ("the prison service", "negotiators", "the justice ministry", "prison officials"),
    ),
    EventKind(
        "gang clash",
        ("erupted", "broke out", "took place"),
        ("police", "witnesses", "the mayor's office", "community leaders"),
    ),
)

PLACE_FIRST = (
    "{Event} {happened} in {where} late on Tuesday, {who} said.",
    "Officers remained in {where} on Wednesday morning, hours after {event} {happened} there, according to "
    "{who}.",
    "In {where}, {event} {happened} shortly after midnight, {who} told local reporters.",
    "{Who} confirmed that {event} {happened} on the outskirts of {where}.",
    "It was in {where} that {event} {happened}, according to a statement from {who}.",
    "{where}'s streets were quiet on Thursday, a day after {event} {happened} there.",
    "{Event}, which {happened} near {where} on Saturday, was the third incident of its kind this year, "
    "{who} said.",
    "Details of {event} in {where} remained sketchy on Monday night, with {who} declining to say how many "
    "people were involved.",
    "Pictured: the police cordon in {where}, where {event} {happened} on Friday.",
    '"It all happened right here in {where}, in front of everyone," one witness said of {event}.',
    "{Event} in {where} was first reported to {who} by a resident at around 2 a.m.",
    "{where}, not a place used to such trouble, became the scene of {event} on Thursday night.",
    "{Event} {happened} just outside {where}, {who} said, giving no further details.",
    "{Who} said {event} {happened} in {where} after weeks of rising tension.",
    "The worst incident the force has dealt with in years, {event} in {where} has prompted calls for a "
    "review.",
    "According to {who}, {event} {happened} in central {where} shortly before 10 p.m.",
    "Witnesses in {where} described chaotic scenes as {event} {happened}.",
    "{Event} in {where} on Sunday has left residents shaken, {who} said.",
    "It is not yet clear what lay behind {event} in {where}, {who} said.",
    "An inquiry has been opened into {event} in {where}, {who} said on Tuesday.",
    "{Event} {happened} at about 3 a.m. local time in {where}, according to an initial account from {who}.",
    "{Event}, {held} in {where} on Saturday, drew several hundred people, {who} said.",
    "Organisers {held} {event} in {where} despite a police warning, {who} said.",
    "Sirens could be heard across {where} as {event} {happened}, {who} said.",
    "Footage shared online appeared to show {event} in {where}, which {who} later confirmed.",
    "Police sealed off several streets in {where}, where {event} {happened} on Wednesday evening.",
)

PLACE_SECOND = (
    "Speaking on Thursday, {who} said {event} in {where} was still under review.",
    "Investigators returned to {where}, the scene of {event}, on Friday.",
    "The {noun} in {where} is the second such incident this year.",
    "Since {event} {happened} in {where}, patrols have been stepped up across the region.",
    "Residents of {where} said they had never seen anything like {event} on their own doorstep.",
    "{Who} said the response to {event} in {where} had been hampered by poor radio coverage.",
    "Back in {where}, where {event} {happened}, shops reopened on Monday.",
    "Officers were still taking statements in {where}, where {event} {happened}, {who} said.",
    "The aftermath of {event} was still visible in {where} on Saturday.",
    "{where}, where {event} {happened}, has seen a string of similar incidents.",
    "Questions are now being asked about how {event} was allowed to happen in {where} at all.",
    "Forensic teams spent much of the day at the scene of {event} in {where}.",
    "{Event} was the first of its kind in {where} in more than a decade, {who} said.",
    "Pictured: police tape in {where} on the morning after {event}.",
    '"Nobody in {where} expected {event} to happen here," a local councillor said.',
    "According to {who}, {event} in {where} lasted several hours.",
    "CCTV footage from {where} is now central to the inquiry into {event}, {who} said.",
    "Those detained after {event} in {where} are due in court next week.",
    "It was in {where}, {who} said, that {event} {happened}.",
    "The scene of {event}, in {where}, remained cordoned off overnight.",
    "Calm had returned to {where} by Sunday, two days after {event}.",
    "{Event} in {where} has piled fresh pressure on the interior minister.",
    "{Event}, which organisers {held} in {where} without a permit, ended without arrests.",
    "Officials have promised a full account of how {event} in {where} was handled.",
    "Local radio in {where} broadcast live as {event} {happened} nearby.",
    "The {noun} that {happened} in {where} will be the subject of a parliamentary question, {who} said.",
)

NEGATIVES_PLACE = (
    # contained
    NegativePair(
        "{Event} {happened} in {where} on Tuesday night, {who} said.",
        "Reinforcements were sent from {other} to help secure the area around {where}.",
        "contained",
    ),
    NegativePair(
        "{Who} said {event} {happened} in {where} shortly after 11 p.m.",
        "Prosecutors in {other}, whose office covers the district, have taken charge of the case.",
        "contained",
    ),
    NegativePair(
        "{Event} {happened} in {where} in the early hours of Sunday.",
        "A specialist unit based in {other} was flown in to assist local officers.",
        "contained",
    ),
    NegativePair(
        "It was in {where} that {event} {happened}, {who} confirmed.",
        "The regional governor, who was in {other} at the time, cut short a visit to travel to the scene.",
        "contained",
    ),
    # origin
    NegativePair(
        "{Event} {happened} near {where} on Friday, {who} said.",
        "Several of those arrested had travelled from {other} in the days beforehand, police believe.",
        "origin",
    ),
    NegativePair(
        "According to {who}, {event} {happened} in {where}.",
        "An ambulance crew from {other} was among the first to arrive.",
        "origin",
    ),
    NegativePair(
        "{Event} in {where} was over by dawn, {who} said.",
        "Two of the suspects were originally from {other}, according to court papers.",
        "origin",
    ),
    # destination
    NegativePair(
        "{Event} {happened} in {where} on Monday afternoon.",
        "The suspects were later transferred to a high-security jail in {other}, {who} said.",
        "destination",
    ),
    NegativePair(
        "{Who} said {event} {happened} outside {where}.",
        "Detectives believe the gang was heading for {other} when officers intercepted them.",
        "destination",
    ),
    NegativePair(
        "In {where}, {event} {happened} shortly before midnight.",
        "Two injured officers were taken by helicopter to a hospital in {other}.",
        "destination",
    ),
    # reporter
    NegativePair(
        "{Event} {happened} in {where} late on Wednesday.",
        "Speaking to reporters in {other} the next morning, the interior minister promised a full inquiry.",
        "reporter",
    ),
    NegativePair(
        "{Who} confirmed that {event} {happened} in {where}.",
        "The news was first broken by a radio station in {other}.",
        "reporter",
    ),
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "At a press conference in {other}, a police spokesman gave few details about {event}.",
        "reporter",
    ),
    # hometown
    NegativePair(
        "{Event} {happened} in {where} on Saturday, {who} said.",
        "A private security company based in {other}, which guards the site, declined to comment.",
        "hometown",
    ),
    NegativePair(
        "{Event} {happened} in {where}, according to {who}.",
        "The commander who led the response, a 20-year veteran who lives in {other}, was praised by "
        "colleagues.",
        "hometown",
    ),
    NegativePair(
        "Police said {event} {happened} in {where} on Tuesday.",
        "The gang behind it is thought to operate out of {other}, detectives said.",
        "hometown",
    ),
    # another
    NegativePair(
        "{Event} {happened} in {where} on Sunday, {who} said.",
        "It follows a similar {noun} in {other} last spring.",
        "another",
    ),
    NegativePair(
        "{Who} said {event} in {where} was quickly brought under control.",
        "A second {noun}, in {other}, was reported hours later.",
        "another",
    ),
    NegativePair(
        "{Event} {happened} near {where}, {who} said.",
        "It is the most serious incident of its kind since {a_noun} in {other} in 2015.",
        "another",
    ),
    NegativePair(
        "In {where}, {event} {happened} without warning.",
        "Officials noted that {a_noun} in {other} two years ago had followed a similar pattern.",
        "another",
    ),
    # planned
    NegativePair(
        "{Event} {happened} in {where} on Friday, {who} said.",
        "Police said they had intelligence suggesting {a_noun} was being planned in {other} for the "
        "following week.",
        "planned",
    ),
    NegativePair(
        "{Who} said {event} {happened} in {where}.",
        "Security will be stepped up ahead of a derby match due to be played in {other} next month.",
        "planned",
    ),
    NegativePair(
        "{Event}, {held} in {where} on Saturday, passed off without serious trouble.",
        "Organisers say they intend to hold another {noun} in {other} next month if permission is granted.",
        "planned",
    ),
    # reaction
    NegativePair(
        "{Event} {happened} in {where} on Thursday, {who} said.",
        "Hundreds gathered in {other} on Saturday to protest over the handling of {event}.",
        "reaction",
    ),
    NegativePair(
        "According to {who}, {event} {happened} in {where}.",
        "Relatives staged a demonstration in {other} demanding answers about {event}.",
        "reaction",
    ),
    NegativePair(
        "{Event} {happened} in {where} in the early hours.",
        "In {other}, community leaders appealed for calm as news of {event} spread.",
        "reaction",
    ),
)

BANK = dataclasses.replace(
    DEV,
    name="place52i",
    kinds=KINDS,
    place_first=PLACE_FIRST,
    place_second=PLACE_SECOND,
    negatives_place=NEGATIVES_PLACE,
)
