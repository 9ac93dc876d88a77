"""DATE bank date60g, written by a blind helper, round 60 (held out). Register: maritime, shipping
and ports copy (Lloyd's List, coastguards, port authorities, navies, wire reporters)."""

import dataclasses

from bench.injectors.consistency import EventKind, NegativePair
from bench.injectors.templates_dev import BANK as DEV

KINDS = (
    EventKind(
        "grounding",
        ("occurred", "took place", "happened"),
        ("the coastguard", "the maritime authority", "the ship's managers", "the harbour master"),
    ),
    EventKind(
        "collision",
        ("occurred", "took place", "happened"),
        ("the coastguard", "the port authority", "maritime investigators", "the owners"),
    ),
    EventKind(
        "capsizing",
        ("occurred", "happened", "took place"),
        ("the coastguard", "the navy", "local officials", "survivors"),
    ),
    EventKind(
        "engine-room fire",
        ("broke out", "started", "erupted"),
        ("the coastguard", "the operator", "the master", "the fire service"),
    ),
    EventKind(
        "stack collapse",
        ("occurred", "happened", "took place"),
        ("the carrier", "the P&I club", "the maritime authority", "the ship's managers"),
    ),
    EventKind(
        "oil spill",
        ("occurred", "began", "was first detected"),
        ("the coastguard", "environmental officials", "the port authority", "the owners"),
    ),
    EventKind(
        "pirate boarding",
        ("occurred", "took place", "happened"),
        ("UKMTO", "the International Maritime Bureau", "the navy", "the ship's managers"),
    ),
    EventKind(
        "tanker seizure",
        ("took place", "happened", "was carried out"),
        ("the navy", "the owners", "tracking firms", "the foreign ministry"),
    ),
    EventKind(
        "port strike",
        ("began", "started", "took place"),
        ("the union", "the port authority", "terminal operators", "shipping lines"),
    ),
    EventKind(
        "canal blockage",
        ("began", "occurred", "happened"),
        ("the canal authority", "the charterers", "salvors", "shipping agents"),
    ),
    EventKind(
        "naming ceremony",
        ("was held", "took place", "was staged"),
        ("the shipyard", "the owners", "the cruise line", "the builder"),
        hosted=True,
    ),
    EventKind(
        "fleet review",
        ("was held", "took place", "was staged"),
        ("the navy", "the defence ministry", "the admiralty", "organisers"),
        hosted=True,
    ),
    EventKind(
        "migrant-boat sinking",
        ("occurred", "happened", "took place"),
        ("the coastguard", "aid agencies", "the UN refugee agency", "survivors"),
    ),
    EventKind(
        "salvage operation",
        ("began", "got under way", "was launched"),
        ("salvors", "the owners", "the coastguard", "the maritime authority"),
    ),
    EventKind(
        "rescue mission",
        ("was launched", "began", "got under way"),
        ("the coastguard", "the navy", "the rescue coordination centre", "lifeboat volunteers"),
    ),
    EventKind(
        "port-state detention",
        ("was ordered", "took place", "was imposed"),
        ("the port authority", "inspectors", "the flag state", "the classification society"),
    ),
    EventKind(
        "crew abandonment",
        ("began", "was first reported", "came to light"),
        (
            "the International Transport Workers' Federation",
            "seafarers' welfare groups",
            "the flag state",
            "the crew",
        ),
    ),
    EventKind(
        "allision",
        ("occurred", "happened", "took place"),
        ("the port authority", "the bridge operator", "the coastguard", "investigators"),
    ),
    EventKind(
        "scuttling",
        ("took place", "occurred", "was carried out"),
        ("the navy", "prosecutors", "the insurers", "the coastguard"),
    ),
    EventKind(
        "ballast-tank explosion",
        ("occurred", "happened", "took place"),
        ("the shipyard", "the owners", "the labour inspectorate", "the coastguard"),
    ),
    EventKind(
        "mooring-line failure",
        ("occurred", "happened", "took place"),
        ("the terminal operator", "the port authority", "the union", "the ship's managers"),
    ),
    EventKind(
        "ferry evacuation",
        ("took place", "was ordered", "was carried out"),
        ("the ferry operator", "the coastguard", "passengers", "the maritime authority"),
    ),
    EventKind(
        "hull breach",
        ("occurred", "happened", "was discovered"),
        ("the master", "the classification society", "salvors", "the coastguard"),
    ),
    EventKind(
        "ship-to-ship transfer",
        ("took place", "was carried out", "happened"),
        ("tracking firms", "sanctions monitors", "the navy", "the coastguard"),
    ),
)

DATE_FIRST = (
    "{Event} {happened} {when}, {who} said.",
    "According to {who}, {event} {happened} {when}, not long after the vessel had cleared the breakwater.",
    "It was {when} that {event} {happened}, {who} confirmed in a written statement.",
    "{Who} said {event}, which {happened} {when}, had been notified to the flag state within hours.",
    "Tracking data reviewed by {who} place {event} {when}, with the ship making about nine "
    "knots at the time.",
    "{Event}, which {who} said {happened} {when}, was the third such case on that stretch "
    "of coast in as many years.",
    "Pictured: the scene after {event} {when}, in a photograph released by {who}.",
    "When {event} {happened} {when}, the vessel was carrying a mixed cargo and a crew of 21, "
    "according to {who}.",
    "{Event}, which held up traffic in the approach channel for hours while divers inspected "
    "the hull and surveyors were flown out from the mainland, {happened} {when}, {who} said.",
    '"Our teams were alerted within minutes," a spokesperson for {who} said of {event}, '
    "which {happened} {when}.",
    "{Event} (it {happened} {when}, according to {who}) has prompted fresh calls for tighter pilotage rules.",
    "{Who} told Lloyd's List that {event} {happened} {when}, in moderate seas and good visibility.",
    "Investigators working with {who} are still trying to establish what led to {event} {when}.",
    "Underwriters are bracing for claims arising from {event} {when}, {who} said.",
    "In a brief statement, {who} confirmed that {event} {happened} {when} and that all crew "
    "members had been accounted for.",
    "Coming {when}, at the height of the season, {event} could hardly have been worse timed "
    "for the operator.",
    "{Event}, the most serious of its kind in the port for a decade, {happened} {when}, according to {who}.",
    "Details of {event}, which {happened} {when}, were released by {who} only after the "
    "vessel's owners had been briefed.",
    "A full account of {event} {when} has yet to be published by {who}.",
    "{Who} said the master had raised the alarm as soon as {event} {happened} {when}.",
    "Satellite images obtained by reporters show the vessel's position shortly before {event} {when}.",
    "Among the first to respond to {event} {when} was a pilot boat on routine duty, {who} said.",
    "{Event} {happened} {when}, though {who} did not make it public until several days later.",
    "Port officials, speaking on condition of anonymity, said {event} {happened} {when} after "
    "a series of warnings had gone unheeded.",
    "The {noun} {when} was the first to be examined under the new reporting regime, {who} said.",
    "What {who} called {a_noun} {happened} {when} off the northern headland, in the "
    "shipping lane used by most of the port's traffic.",
)

DATE_SECOND = (
    "Residents of the harbour town said {event} {when} had been visible from the seafront.",
    "{Event}, which {happened} {when}, is now the subject of a formal inquiry by {who}.",
    "Lawyers for the crew say {event} {when} could have been avoided had the vessel been properly manned.",
    "In the weeks after {event} {when}, the operator suspended sailings on the route.",
    "The owners have said little publicly about {event}, which {who} said {happened} {when}.",
    "{Who} later said that {event} {happened} {when}.",
    "Footage of {event} {when}, widely shared online, shows crew members gathered on the foredeck.",
    "A preliminary report into {event} {when} is expected to focus on bridge watchkeeping.",
    "It was not until {event} {when} that the operator reviewed its procedures, {who} said.",
    "The {noun} {when} has left the operator facing a costly claim, according to {who}.",
    "Asked why {event} {happened} {when}, a spokesperson for {who} said the matter was still "
    "under investigation.",
    'Recalling {event} {when}, one crew member said: "Everything happened very quickly."',
    "{Who} said lessons had been learned from {event} {when}.",
    "The vessel's managers have blamed {event} {when} on a steering gear fault.",
    "Questions remain over how {event} {when} was handled, with {who} facing criticism from "
    "seafarers' unions.",
    "Under maritime law, claims arising from {event} {when} must be lodged within two years.",
    "The ship (which {who} said was involved in {event} {when}) has since been moved to a repair yard.",
    "Insurers were still assessing the cost of {event}, which {happened} {when}, {who} said.",
    "Seafarers' unions have cited {event} {when} as evidence that crewing levels are too low.",
    "{Event} - {when}, according to {who} - was not the first warning sign.",
    "Divers who inspected the hull after {event} {when} found no further damage, {who} said.",
    "An account of {event} published by {who} says it {happened} {when}, some distance from "
    "the position first reported.",
    "By the time {event} {happened} {when}, the vessel had already been detained once, {who} said.",
    "Much of the criticism has centred on the response to {event} {when}, which {who} "
    "defended at a press briefing.",
    'Crew members later described {event} {when} as "chaotic".',
    "The final report from {who} traces {event} {when} to a chain of small errors on the bridge.",
)

NEGATIVES_DATE = (
    # planned
    NegativePair(
        "{Event} {happened} {when}, {who} said.",
        "A preliminary report on {event} is due {when}.",
        "planned",
    ),
    NegativePair(
        "According to {who}, {event} {happened} {when}.",
        "A memorial service for those lost in {event} will be held {when}.",
        "planned",
    ),
    NegativePair(
        "{Who} said {event} {happened} {when}, shortly after the pilot disembarked.",
        "The master is expected to appear in court {when} in connection with {event}.",
        "planned",
    ),
    NegativePair(
        "It was {when} that {event} {happened}, {who} confirmed.",
        "Salvors hope to refloat the vessel involved in {event} {when}, weather permitting.",
        "planned",
    ),
    NegativePair(
        "{Event}, which {happened} {when}, forced the closure of the inner harbour.",
        "The port is scheduled to reopen fully {when}, {who} said, after {event}.",
        "planned",
    ),
    NegativePair(
        "Tracking data place {event} {when}, {who} said.",
        "The vessel will return to service {when}, once repairs following {event} are complete.",
        "planned",
    ),
    NegativePair(
        "{Event} {happened} {when}, according to {who}.",
        "The flag state's investigation into {event} is expected to conclude {when}.",
        "planned",
    ),
    NegativePair(
        "Nobody has yet been held to account for {event} {when}, {who} said.",
        "An anniversary service marking {event} will take place {when} at the seafarers' mission.",
        "planned",
    ),
    NegativePair(
        "{Who} confirmed that {event} {happened} {when}.",
        "Hearings in the limitation action over {event} are set to begin {when}.",
        "planned",
    ),
    # compatible
    NegativePair(
        "{Event} {happened} {when}, {who} said.",
        "Crew members said {event} {when} had come without warning.",
        "compatible",
    ),
    NegativePair(
        "According to {who}, {event} {happened} {when}.",
        "Tracking data showed that {event} {happened} {when}.",
        "compatible",
    ),
    NegativePair(
        "{Event}, which {happened} {when}, is being investigated by {who}.",
        "The vessel's managers have blamed {event} {when} on a steering gear fault.",
        "compatible",
    ),
    NegativePair(
        "It was {when} that {event} {happened}, {who} confirmed.",
        "Footage of {event} {when} was later shared widely online.",
        "compatible",
    ),
    NegativePair(
        "{Who} said {event} {happened} {when}.",
        "Insurers are still assessing the cost of {event}, which {happened} {when}.",
        "compatible",
    ),
    NegativePair(
        "Pictured: the scene after {event} {when}, in an image released by {who}.",
        "{Event} {happened} {when}, the master told investigators.",
        "compatible",
    ),
    NegativePair(
        "{Event} {happened} {when}, though {who} gave few details at the time.",
        "In the days after {event} {when}, the operator suspended sailings on the route.",
        "compatible",
    ),
    NegativePair(
        "When {event} {happened} {when}, the vessel was fully laden, {who} said.",
        'Recalling {event} {when}, one crew member said it had been "terrifying".',
        "compatible",
    ),
    # another
    NegativePair(
        "{Event} {happened} {when}, {who} said.",
        "A separate {noun}, involving a smaller vessel further along the coast, {happened} {when}.",
        "another",
    ),
    NegativePair(
        "According to {who}, {event} {happened} {when}.",
        "An earlier {noun}, involving a sister ship, {happened} {when}.",
        "another",
    ),
    NegativePair(
        "{Who} said {event} {happened} {when}.",
        "Unlike the {year} {noun}, which {happened} {when}, this one caused no injuries.",
        "another",
    ),
    NegativePair(
        "{Event}, which {happened} {when}, has been referred to {who}.",
        "A similar {noun} {happened} {when} off the same headland, port officials said.",
        "another",
    ),
    NegativePair(
        "It was {when} that {event} {happened}, {who} confirmed.",
        "Last year's {noun}, which {happened} {when}, led to a change in pilotage rules.",
        "another",
    ),
    NegativePair(
        "{Event} {happened} {when}, according to {who}.",
        "Another {noun}, involving a bulk carrier at a neighbouring terminal, {happened} {when}.",
        "another",
    ),
    NegativePair(
        "{Who} said {event} {happened} {when}, in calm conditions.",
        "Investigators are also looking into a second, unrelated {noun} that {happened} {when}.",
        "another",
    ),
    NegativePair(
        "{Event} {happened} {when}, {who} said.",
        "It was not the vessel's first {noun}: a previous one {happened} {when}.",
        "another",
    ),
    NegativePair(
        "Investigators from {who} are examining {event} {when}.",
        "The {year} {noun}, which {happened} {when}, remains the worst on record in the port.",
        "another",
    ),
)

BANK = dataclasses.replace(
    DEV,
    name="date60g",
    kinds=KINDS,
    date_first=DATE_FIRST,
    date_second=DATE_SECOND,
    negatives_date=NEGATIVES_DATE,
)
