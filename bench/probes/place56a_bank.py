"""PLACE bank place56a, written by a blind helper, round 56 (held out). Register: breaking news and
live coverage (live blogs, explainers, push alerts, bulletin scripts, agency URGENT/UPDATE leads,
eyewitness updates, corrections and clarifications)."""

import dataclasses

from bench.injectors.consistency import EventKind, NegativePair
from bench.injectors.templates_dev import BANK as DEV

KINDS = (
    EventKind(
        "gas cylinder blast",
        ("occurred", "happened", "took place"),
        ("police", "fire officials", "local officials", "the fire service"),
    ),
    EventKind(
        "ferry capsizing",
        ("occurred", "happened", "took place"),
        ("the coast guard", "port officials", "maritime authorities", "state media"),
    ),
    EventKind(
        "warehouse fire",
        ("broke out", "started", "took hold"),
        ("firefighters", "the fire service", "police", "local officials"),
    ),
    EventKind(
        "train derailment",
        ("occurred", "happened", "took place"),
        ("railway officials", "the rail operator", "police", "transport officials"),
    ),
    EventKind(
        "bridge collapse",
        ("occurred", "happened", "took place"),
        ("engineers", "city officials", "police", "emergency officials"),
    ),
    EventKind(
        "landslide",
        ("struck", "hit", "occurred"),
        ("disaster officials", "rescuers", "the army", "local authorities"),
    ),
    EventKind(
        "jailbreak",
        ("took place", "occurred", "happened"),
        ("prison officials", "the justice ministry", "police", "guards"),
    ),
    EventKind(
        "stampede",
        ("broke out", "occurred", "happened"),
        ("police", "organisers", "hospital officials", "local authorities"),
    ),
    EventKind(
        "chemical leak",
        ("occurred", "was detected", "was reported"),
        ("environmental officials", "the plant's operator", "fire officials", "health authorities"),
    ),
    EventKind(
        "hostage standoff",
        ("unfolded", "took place", "played out"),
        ("police", "negotiators", "security officials", "the interior ministry"),
    ),
    EventKind(
        "state funeral",
        ("was held", "took place", "was conducted"),
        ("palace officials", "the government", "state media", "organisers"),
        hosted=True,
    ),
    EventKind(
        "coronation",
        ("was held", "took place", "was performed"),
        ("palace officials", "royal aides", "state media", "court officials"),
        hosted=True,
    ),
    EventKind(
        "emergency landing",
        ("took place", "was made", "happened"),
        ("the airline", "aviation officials", "airport officials", "passengers"),
    ),
    EventKind(
        "mine flooding",
        ("occurred", "happened", "took place"),
        ("mine officials", "the mining company", "rescuers", "labour officials"),
    ),
    EventKind(
        "armoured truck heist",
        ("took place", "was carried out", "happened"),
        ("police", "detectives", "the security firm", "prosecutors"),
    ),
    EventKind(
        "power outage",
        ("struck", "hit", "occurred"),
        ("the grid operator", "utility officials", "energy officials", "the utility"),
    ),
    EventKind(
        "dam breach",
        ("occurred", "happened", "was reported"),
        ("water officials", "disaster officials", "engineers", "local authorities"),
    ),
    EventKind(
        "avalanche",
        ("struck", "came down", "hit"),
        ("mountain rescuers", "ski patrol officials", "police", "rescue teams"),
    ),
    EventKind(
        "hailstorm",
        ("struck", "hit", "broke"),
        ("forecasters", "the weather service", "insurers", "local officials"),
    ),
    EventKind(
        "prison riot",
        ("broke out", "erupted", "took place"),
        ("prison officials", "the justice ministry", "guards' unions", "police"),
    ),
    EventKind(
        "military parade",
        ("was held", "took place", "was staged"),
        ("the defence ministry", "state media", "organisers", "military officials"),
        hosted=True,
    ),
    EventKind(
        "airshow crash",
        ("occurred", "happened", "took place"),
        ("air show organisers", "aviation investigators", "police", "the air force"),
    ),
    EventKind(
        "sinkhole",
        ("opened up", "appeared", "formed"),
        ("city engineers", "geologists", "police", "local officials"),
    ),
    EventKind(
        "extradition hearing",
        ("was held", "took place", "opened"),
        ("court officials", "lawyers", "prosecutors", "the justice ministry"),
        hosted=True,
    ),
)

PLACE_FIRST = (
    "BREAKING: {Event} {happened} in {where}, according to {who}.",
    "{Event} {happened} near {where}, {who} said.",
    "It was in {where} that {event} {happened}, {who} confirmed in a brief statement.",
    "Here is what we know so far about {event} in {where}.",
    "URGENT: {Who} confirmed {a_noun} in {where}; more to follow.",
    "According to {who}, {event} {happened} on the outskirts of {where}.",
    "{Event}, which {happened} in {where}, is now the focus of our live coverage.",
    "Footage shared on social media appeared to show the scene of {event} in {where}, "
    "although it could not immediately be verified.",
    "We are getting reports of {a_noun} in {where}, and we will bring you more as soon as we have it.",
    "Eyewitnesses described the moment {event} {happened} near {where}.",
    "Good evening. Our top story tonight: {event} in {where}, and the latest from {who}.",
    "Just in -- {event} {happened} in {where}, {who} told reporters minutes ago.",
    "What we know so far: {event} {happened} in {where}, but {who} gave few other details.",
    "The timeline of {where}'s {noun} was still being pieced together late into the night, {who} said.",
    "{Event} -- details of which were still emerging as this page was updated, with {who} "
    "urging the public not to speculate -- {happened} in {where}.",
    "Pictured: the scene in {where} shortly after {event}.",
    "Clarification: An earlier version of this update gave the wrong time for {event} in {where}.",
    "As news of {event} in {where} spread, {who} moved to reassure the public.",
    "The first reports of {a_noun} in {where} were posted online by local people, and {who} "
    "confirmed them soon afterwards.",
    '"Everyone here is talking about it," one resident said of {event} in {where}.',
    "{Who} told the broadcaster that {event} had been reported in {where}.",
    "Live: the latest on {event} in {where}, with updates from {who} as they come in.",
    "{where}, the scene of {event}, was unusually quiet by late afternoon, {who} said.",
    "{Event} -- in {where}, according to {who} -- dominated the morning bulletins.",
    "14:32 -- Confirmation has now come from {who}: {event} {happened} in {where}.",
    "A short while ago it was confirmed by {who} that {event} {happened} in {where}.",
)

PLACE_SECOND = (
    "News of {event} in {where} spread quickly on social media.",
    "UPDATE 3 -- Adds comment from {who} on {event} in {where}.",
    "Back in {where}, {who} said the area around the site of {event} was being kept clear.",
    "It is the first time in years that {where} has seen {a_noun}, local media noted.",
    "What is already being called the {where} {noun} led the morning bulletins.",
    "Recapping for those just joining us: {event} {happened} in {where}, and {who} said little else.",
    "Our correspondent at the scene of {event} in {where} says the mood has shifted in the last hour.",
    "Hours after {event} in {where}, {who} released a fuller timeline.",
    "What happened in {where} -- {event} -- is still being pieced together by {who}.",
    "{Event} in {where} was described by {who} as unlike anything seen in the area for decades.",
    "{where}'s {noun} has already become the most-read story on this site.",
    "Residents of {where}, where {event} {happened}, said they first heard about it through "
    "alerts on their phones.",
    "Clarification: an earlier post misstated the number of people present at {event} in {where}.",
    "One man who saw {event} in {where} said he had never seen anything like it.",
    "{Event}, whose exact timeline {who} had still not established as this page was being "
    "updated, {happened} in {where}.",
    "And more now on {event} in {where}, where {who} gave an update a short time ago.",
    "We will bring you more on the {where} {noun} as we get it.",
    "{where}, where {event} {happened}, remained the centre of attention into the evening.",
    "{Who} later told local radio that the site of {event} in {where} had been secured.",
    "Since {event} in {where}, readers have sent us dozens of photos and videos.",
    "For anyone just tuning in, {event} {happened} in {where} and we have been following it all day.",
    '"Nobody who was in {where} for {event} will forget it," one local councillor said.',
    "Above: the site of {event} in {where}, in a photograph sent to us by a reader.",
    "Asked about {event} in {where}, {who} declined to go into further detail.",
    "Of all the questions raised by {event} in {where}, the most pressing is what happens next.",
    "Details of {event} in {where}, first reported here earlier, have now been confirmed by {who}.",
)

NEGATIVES_PLACE = (
    # contained
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "Officials from {other}, the regional capital, arrived later to oversee the response.",
        "contained",
    ),
    NegativePair(
        "Reports say {event} {happened} just outside {where}.",
        "Regional authorities in {other} said they were monitoring the situation in {where} closely.",
        "contained",
    ),
    NegativePair(
        "{Event} in {where} led the regional news.",
        "The governor's office in {other}, which oversees the area, said it had been informed of {event}.",
        "contained",
    ),
    NegativePair(
        "It was in {where} that {event} {happened}.",
        "{where} lies a few hours' drive from {other}, the nearest large city.",
        "contained",
    ),
    # origin
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "Additional teams were sent from {other} to help.",
        "origin",
    ),
    NegativePair(
        "Live: {event} in {where}.",
        "Extra staff and equipment have been driven in from {other}, {who} said.",
        "origin",
    ),
    NegativePair(
        "The first footage of {event} in {where} appeared within minutes.",
        "Many of those caught up in it had travelled from {other}.",
        "origin",
    ),
    # destination
    NegativePair(
        "{Event} {happened} near {where}, according to {who}.",
        "Several people caught up in {event} were later taken to hospitals in {other}.",
        "destination",
    ),
    NegativePair(
        "{Who} confirmed {event} in {where}.",
        "The minister, who had been due to visit the site, flew on to {other} instead.",
        "destination",
    ),
    NegativePair(
        "Our reporter was at {event} in {where}.",
        "She has since travelled on to {other}, from where she will file again later.",
        "destination",
    ),
    # reporter
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "Speaking in {other}, the interior minister said the government was following events closely.",
        "reporter",
    ),
    NegativePair(
        "According to {who}, {event} {happened} in {where}.",
        "A statement issued in {other} gave no further details about {event}.",
        "reporter",
    ),
    NegativePair(
        "Pictures from {where} showed the aftermath of {event}.",
        "At a news conference in {other}, officials declined to comment on {event}.",
        "reporter",
    ),
    # hometown
    NegativePair(
        "{Event} {happened} in {where}.",
        "The company that operates the site is based in {other}.",
        "hometown",
    ),
    NegativePair(
        "{Event} in {where} was witnessed by hundreds of people.",
        "One of them, a teacher who lives in {other}, described what she saw.",
        "hometown",
    ),
    NegativePair(
        "{Who} said {event} {happened} on the edge of {where}.",
        "The first person to raise the alarm was a delivery driver from {other}.",
        "hometown",
    ),
    # another
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "It comes less than a year after a similar {noun} in {other}.",
        "another",
    ),
    NegativePair(
        "Residents of {where} were still absorbing news of {event}.",
        "Many recalled {a_noun} in {other} several years ago.",
        "another",
    ),
    NegativePair(
        "Here is what we know about {event} in {where}.",
        "Experts compared it with an earlier {noun} in {other}.",
        "another",
    ),
    NegativePair(
        "{Event} {happened} in {where}.",
        "The last {noun} of this scale in the country was in {other}.",
        "another",
    ),
    # planned
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "An inquiry into {event} will be held in {other}.",
        "planned",
    ),
    NegativePair(
        "{Event} in {where} is still being investigated.",
        "Officials are due to meet in {other} to discuss what happened.",
        "planned",
    ),
    NegativePair(
        "{Who} said {event} {happened} in {where}.",
        "A hearing on {event} is scheduled to take place in {other}.",
        "planned",
    ),
    # reaction
    NegativePair(
        "{Event} {happened} in {where}.",
        "A vigil was held in {other} on the evening after {event}.",
        "reaction",
    ),
    NegativePair(
        "Footage from {where} showed the scene of {event}.",
        "Hundreds gathered in {other} to protest over the handling of {event}.",
        "reaction",
    ),
    NegativePair(
        "{Event} {happened} in {where}, according to {who}.",
        "In {other}, flags flew at half-mast as news of {event} spread.",
        "reaction",
    ),
)

BANK = dataclasses.replace(
    DEV,
    name="place56a",
    kinds=KINDS,
    place_first=PLACE_FIRST,
    place_second=PLACE_SECOND,
    negatives_place=NEGATIVES_PLACE,
)
