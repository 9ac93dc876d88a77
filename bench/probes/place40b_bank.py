"""DATE|PLACE bank place40b, written by helper place40b, round 40 (blind author).

Register: mining, oil and gas, ports and maritime and heavy-industry trade press and wire
copy (Mining Weekly, Lloyd's List, Upstream, Platts, Reuters commodities). Site incidents
(blowouts, rockbursts, tailings spills, groundings, allisions, berth fires, furnace
breakouts) and labour action at sites (wildcat strikes, underground sit-ins, go-slows),
told the way that copy tells them: the operator's statement or exchange filing first,
output and loadings lost, force majeure, traders and analysts on supply, union and
inspectorate follow-ups, "the site in X", "its X operation", "X's blowout". Hard negatives
are the trade press's own: cargoes from A bound for B, the owner headquartered or listed
elsewhere, specialists flown in, traders and correspondents in another city, a worker's home
town, an earlier incident elsewhere, a place that contains the site.
"""

import dataclasses

from bench.injectors.consistency import EventKind, NegativePair
from bench.injectors.templates_dev import BANK as DEV

KINDS = (
    EventKind(
        "blowout",
        ("occurred", "erupted", "was reported"),
        ("the operator", "the drilling contractor", "the offshore safety regulator", "the energy ministry"),
    ),
    EventKind(
        "tailings spill",
        ("occurred", "was reported", "was detected"),
        ("the mining company", "the environment agency", "the mines ministry", "local authorities"),
    ),
    EventKind(
        "dam breach",
        ("occurred", "was reported"),
        ("the mine's owner", "civil defence officials", "the state mining agency"),
    ),
    EventKind(
        "rockburst",
        ("occurred", "struck", "was recorded"),
        ("the mine's owner", "the mineworkers' union", "the mines inspectorate"),
    ),
    EventKind(
        "shaft collapse",
        ("occurred", "happened", "trapped a crew underground"),
        ("the company", "the mineworkers' union", "the mines inspectorate"),
    ),
    EventKind(
        "methane explosion",
        ("occurred", "tore through the workings"),
        ("the coal producer", "the emergencies ministry", "mine rescue officials"),
    ),
    EventKind(
        "pit-wall failure",
        ("occurred", "was recorded"),
        ("the miner", "the mines inspectorate", "a company spokeswoman"),
    ),
    EventKind(
        "grounding",
        ("occurred", "happened"),
        ("the coastguard", "the ship's manager", "the harbour master", "the maritime authority"),
    ),
    EventKind(
        "allision",
        ("occurred", "happened"),
        ("the port authority", "the vessel's technical manager", "the harbour master"),
    ),
    EventKind(
        "berth fire",
        ("broke out", "started"),
        ("the terminal operator", "the port authority", "fire officials"),
    ),
    EventKind(
        "tank-farm fire",
        ("broke out", "started"),
        ("the storage company", "fire officials", "the terminal operator"),
    ),
    EventKind(
        "pipeline rupture",
        ("occurred", "was detected"),
        ("the pipeline operator", "the energy regulator", "the state oil company"),
    ),
    EventKind(
        "bunker spill",
        ("occurred", "was reported"),
        ("the maritime authority", "the coastguard", "the bunker supplier"),
    ),
    EventKind(
        "flaring episode",
        ("occurred", "began", "lit up the night sky"),
        ("the refiner", "the environment agency", "residents' groups"),
    ),
    EventKind(
        "hydrocarbon release",
        ("occurred", "was detected"),
        ("the platform operator", "the offshore safety regulator", "the operator"),
    ),
    EventKind(
        "ore-train derailment",
        ("occurred", "happened"),
        ("the rail operator", "the mining company", "the miner"),
    ),
    EventKind(
        "conveyor fire",
        ("broke out", "started"),
        ("the miner", "the terminal operator", "fire officials"),
    ),
    EventKind(
        "furnace breakout",
        ("occurred", "happened"),
        ("the smelter's owner", "the steelmaker", "plant management"),
    ),
    EventKind(
        "mudrush",
        ("occurred", "struck"),
        ("the mine's owner", "the mines inspectorate", "the mineworkers' union"),
    ),
    EventKind(
        "crane collapse",
        ("occurred", "happened"),
        ("the terminal operator", "the dockworkers' union", "the port authority"),
    ),
    EventKind(
        "lockout",
        ("began", "was imposed"),
        ("the company", "the union", "the employers' federation"),
    ),
    EventKind(
        "wildcat strike",
        ("began", "broke out", "was called"),
        ("the union", "the company", "a union organiser"),
        hosted=True,
    ),
    EventKind(
        "underground sit-in",
        ("began", "started"),
        ("the mineworkers' union", "the mine's owner", "union officials"),
        hosted=True,
    ),
    EventKind(
        "blockade",
        ("began", "was mounted"),
        ("the port authority", "the terminal operator", "protest leaders"),
        hosted=True,
    ),
    EventKind(
        "go-slow",
        ("began", "started"),
        ("the dockworkers' union", "the port authority", "shipping agents"),
        hosted=True,
    ),
)

PLACE_FIRST = (
    (
        "{Event} {happened} at the company's operation in {where} overnight, {who} said, "
        "and work was halted while the site was assessed."
    ),
    (
        "{Who} said {event} {happened} at one of the group's sites in {where}, the third "
        "disruption there this year."
    ),
    "Output from the operation in {where} has been suspended since {event} {happened}, according to {who}.",
    "In {where}, {event} {happened} shortly after the shift change, {who} told reporters.",
    "Loadings were disrupted after {a_noun} in {where}, {who} said in a statement.",
    (
        "The company told the stock exchange that {event} {happened} at its {where} "
        "operation during a day shift."
    ),
    "{Who} confirmed {a_noun} near {where}, adding that the site's managers were still assessing the impact.",
    "Traders said {event} near {where} had tightened prompt supply in a market that was already short.",
    "{Event}, which {happened} in {where}, prompted the operator to declare force majeure on some shipments.",
    (
        "Force majeure was declared on several cargoes after {a_noun} in {where} knocked "
        "out part of the operation, {who} said."
    ),
    "According to {who}, {event} {happened} in {where} and was still affecting operations late in the day.",
    "The latest disruption came in {where}, where {event} {happened} during a weekend shift.",
    "Benchmark prices firmed after {a_noun} in {where} threatened supply, {who} said.",
    "{Who} said {a_noun} had shut the site in {where} and it was unclear when work would resume.",
    "Workers were pulled from the site near {where} when {event} {happened}, {who} said.",
    "{Event} has idled a large part of the operation in {where}, {who} said in an update.",
    "Shipping data showed vessels waiting off {where} after {event} {happened} there.",
    "Inquiries have begun into {event} in {where}, {who} said.",
    "{Who} said {event} in {where} {happened} in the early hours, before most of the day crew had arrived.",
    (
        "In a note to clients, analysts said {event} in {where} could keep material "
        "volumes off the market for weeks."
    ),
    "{a_noun} {held} by contract workers at the operation in {where} has halted most activity, {who} said.",
    (
        "The producer's flagship operation, outside {where}, was brought to a standstill "
        "when {event} {happened}."
    ),
    "{Who} said the {noun} at the site in {where} was being treated as a priority.",
    "Operations in {where} were thrown into disarray on Tuesday after {event} {happened}, {who} said.",
    (
        "It is the biggest setback yet for the site near {where}, where {event} "
        "{happened} as crews were preparing to ramp up output."
    ),
    "{Who} said {event} {held} at the operation in {where} had cut throughput sharply.",
)

PLACE_SECOND = (
    (
        "Back in {where}, where {event} {happened}, managers were still counting the "
        "cost at the end of the week."
    ),
    "It was in {where}, {who} later confirmed, that {event} {happened}.",
    (
        "{Event} in {where} was the first of its kind at the operation in years, a "
        "person familiar with the matter said."
    ),
    "Asked about {event}, {who} said the affected site in {where} had passed an inspection weeks earlier.",
    '"We are cooperating fully with the authorities in {where}," the company said of {event}.',
    "{where}'s {noun} has raised fresh questions about standards across the industry, {who} said.",
    "{Who} said the {noun}, which {happened} in {where}, had not affected contracted deliveries.",
    "Since {event} {happened} in {where}, rival suppliers have moved to fill the gap.",
    "Whatever the cause of {event} in {where}, {who} said, the priority was to restore operations safely.",
    "For the communities around the site in {where}, {event} revived memories of earlier troubles.",
    "The {noun} at the operation in {where} will be the subject of a full investigation, {who} said.",
    "{Who} declined to say how long the site near {where} would stay shut following {event}.",
    "Analysts estimated that the {noun} in {where} had cost the producer several days of output.",
    "Before {event} {happened} in {where}, the operation had been running close to nameplate capacity.",
    "A report into what went wrong in {where}, where {event} {happened}, is due later this year.",
    "Local officials in {where} said they had not been told of {event} until hours later.",
    "Union leaders, who blamed management for {event} in {where}, called for an independent review.",
    "The company's shares have lost a tenth of their value since the {noun} in {where}.",
    "{Event}, {who} reiterated on Tuesday, {happened} in {where}.",
    "Crews in {where} were still working to bring the site back to normal days after {event}.",
    "Regulators in {where} have asked the company for a written explanation of {event}.",
    "What happened in {where} ({a_noun} at a site upgraded only last year) remains under review, {who} said.",
    "Loadings resumed in {where} on Thursday, {who} said, ending the disruption caused by {event}.",
    "The {noun} {held} at the site in {where} ended on Friday, {who} said, after management agreed to talks.",
    "Of all the group's assets, it is the one in {where} that suffered most in {event}, {who} said.",
    "Contractors who were on site in {where} when {event} {happened} described scenes of confusion.",
)

NEGATIVES_PLACE = (
    NegativePair(
        "{Event} {happened} at the company's operation in {where}, {who} said.",
        "The {noun} in {other} has disrupted supply across the region, traders said.",
        "contained",
    ),
    NegativePair(
        "{Who} said {event} {happened} at a facility in {where}.",
        "It was in {other}, {who} said, that {event} {happened}.",
        "contained",
    ),
    NegativePair(
        "Output was halted after {a_noun} in {where}, {who} said.",
        "Officials in {other} said {event} was under investigation.",
        "contained",
    ),
    NegativePair(
        "The company reported {a_noun} at its {where} operation.",
        "{Event} is the most serious at any operation in {other} for several years, {who} said.",
        "contained",
    ),
    NegativePair(
        "{Event} in {where} has shut the site, {who} said.",
        "{other}'s {noun}, {who} added, had been contained to a single section of the operation.",
        "contained",
    ),
    NegativePair(
        "{Who} said {a_noun} {held} at the operation in {where} had halted activity.",
        "The {noun} {held} in {other} is the longest the sector has seen this year.",
        "contained",
    ),
    NegativePair(
        "{Event} {happened} at the export operation in {where}, {who} said.",
        "Cargoes from the site in {where} had been bound for smelters in {other} before {event}.",
        "journey",
    ),
    NegativePair(
        "Loadings in {where} were halted after {event} {happened}, {who} said.",
        (
            "Several cargoes bound for {other} were held up while the operation in {where} "
            "stayed shut after {event}."
        ),
        "journey",
    ),
    NegativePair(
        "{Event} in {where} disrupted loadings, {who} said.",
        "A bulk carrier that had sailed from {other} was waiting to load in {where} when {event} {happened}.",
        "journey",
    ),
    NegativePair(
        "{Event} {happened} at a site in {where}, {who} said.",
        (
            "The operator, which is headquartered in {other}, said it was cooperating with "
            "the local authorities."
        ),
        "headquarters",
    ),
    NegativePair(
        "{Who} said {event} {happened} near {where}.",
        "Executives flew in from the group's head office in {other} the day after {event}.",
        "headquarters",
    ),
    NegativePair(
        "{Event} {happened} at the group's operation in {where}.",
        "Shares in the {other}-listed owner of the site fell sharply after {event}.",
        "listing",
    ),
    NegativePair(
        "{Event} in {where} has halted work at the site, {who} said.",
        '"It is too early to say what caused {event}," an analyst based in {other} said by telephone.',
        "reporter",
    ),
    NegativePair(
        "{Who} said {event} {happened} in {where} and work had stopped.",
        "Reporting by a correspondent in {other}; editing by the commodities desk.",
        "dateline",
    ),
    NegativePair(
        "{Event} {happened} at the operation in {where}, {who} said.",
        (
            "A contract welder from {other} who was on site during {event} said he had never "
            "seen anything like it."
        ),
        "hometown",
    ),
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "A similar {noun} in {other} two years ago took months to resolve.",
        "other_instance",
    ),
    NegativePair(
        "{Who} confirmed {a_noun} at the site in {where}.",
        "The last {noun} on this scale, in {other}, led to sweeping changes in the rules.",
        "other_instance",
    ),
    NegativePair(
        "{Event} {happened} at the group's site in {where}, {who} said.",
        "Specialist crews from {other} were flown in to help after {event}.",
        "origin",
    ),
    NegativePair(
        "{Event} in {where} {happened} in the early hours, {who} said.",
        "Specialists from {other} have been called in to advise on the response to {event}.",
        "origin",
    ),
    NegativePair(
        "{Event} {happened} near {where}, {who} said.",
        "Traders in {other} said {event} had tightened supply for the rest of the quarter.",
        "market",
    ),
    NegativePair(
        "{Who} said {event} {happened} at the operation in {where}.",
        "Talks on the fallout from {event} will be held in {other} next month, {who} said.",
        "meeting",
    ),
    NegativePair(
        "{Event} {happened} in {where} late in the evening, {who} said.",
        (
            "Unlike the group's operations in {other}, the site in {where} had no backup "
            "power when {event} {happened}."
        ),
        "comparison",
    ),
    NegativePair(
        "{Event} {happened} at an operation in {where}, {who} said.",
        (
            "Most of the site's output goes to customers in {other}, who are now looking for "
            "alternative supply after {event}."
        ),
        "destination",
    ),
    NegativePair(
        "{a_noun} {held} at the operation in {where} ended after three days, {who} said.",
        "Union leaders said a similar {noun} would be {held} at the group's sites in {other} next month.",
        "planned",
    ),
    NegativePair(
        "{Event} {happened} at the site in {where}, {who} said.",
        "Inspectors from {other} are due to visit the site next week to review the causes of {event}.",
        "planned",
    ),
    NegativePair(
        "{Who} said {event} {happened} in {where}.",
        "The equipment damaged in {event} will be replaced with units shipped from {other}.",
        "origin",
    ),
)

BANK = dataclasses.replace(
    DEV,
    name="place40b",
    kinds=KINDS,
    place_first=PLACE_FIRST,
    place_second=PLACE_SECOND,
    negatives_place=NEGATIVES_PLACE,
)
