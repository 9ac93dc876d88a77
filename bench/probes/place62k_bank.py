"""PLACE bank place62k, written by a blind helper, round 62 (held out). Register: financial-markets and
business copy (wire services, business desks, financial dailies): crashes, halts, defaults, listings."""

import dataclasses

from bench.injectors.consistency import EventKind, NegativePair
from bench.injectors.templates_dev import BANK as DEV

KINDS = (
    EventKind(
        "flash crash",
        ("struck", "unfolded", "occurred"),
        ("traders", "exchange officials", "the exchange operator", "market participants"),
    ),
    EventKind(
        "trading halt",
        ("was imposed", "was ordered", "took effect"),
        ("the exchange", "the regulator", "the bourse operator", "brokers"),
    ),
    EventKind(
        "bank run",
        ("broke out", "began", "erupted"),
        ("depositors", "the central bank", "local media", "bank officials"),
    ),
    EventKind(
        "bond default",
        ("was declared", "occurred", "was triggered"),
        ("bondholders", "rating agencies", "the finance ministry", "creditors"),
    ),
    EventKind(
        "listing ceremony",
        ("was held", "took place", "went ahead"),
        ("the company", "exchange officials", "underwriters", "bankers on the deal"),
        hosted=True,
    ),
    EventKind(
        "shareholder meeting",
        ("was held", "took place", "was convened"),
        ("the company", "proxy advisers", "investors", "people who attended"),
        hosted=True,
    ),
    EventKind(
        "shareholder revolt",
        ("erupted", "broke out", "unfolded"),
        ("proxy advisers", "activist investors", "the company", "people at the meeting"),
    ),
    EventKind(
        "factory blast",
        ("ripped through the plant", "occurred", "happened"),
        ("the company", "fire officials", "local authorities", "workers"),
    ),
    EventKind(
        "mine flood",
        ("occurred", "struck", "happened"),
        ("the miner", "rescue officials", "union officials", "the company"),
    ),
    EventKind(
        "tanker spill",
        ("occurred", "happened", "took place"),
        ("the coast guard", "the shipowner", "environmental officials", "port authorities"),
    ),
    EventKind(
        "dawn raid",
        ("was carried out", "took place", "was conducted"),
        ("investigators", "the regulator", "people familiar with the matter", "prosecutors"),
    ),
    EventKind(
        "refinery fire",
        ("broke out", "erupted", "raged"),
        ("the operator", "fire officials", "traders", "local authorities"),
    ),
    EventKind(
        "data-centre outage",
        ("occurred", "struck", "hit"),
        ("the exchange", "the bank", "the operator", "engineers"),
    ),
    EventKind(
        "rogue-trading scandal",
        ("came to light", "erupted", "was uncovered"),
        ("the bank", "regulators", "people familiar with the matter", "prosecutors"),
    ),
    EventKind(
        "investor roadshow",
        ("was held", "took place", "was staged"),
        ("bankers on the deal", "fund managers", "the company", "people who attended"),
        hosted=True,
    ),
    EventKind(
        "pipeline rupture",
        ("occurred", "happened", "took place"),
        ("the operator", "regulators", "emergency officials", "the pipeline company"),
    ),
    EventKind(
        "smelter explosion",
        ("occurred", "tore through the site", "happened"),
        ("the company", "plant managers", "safety inspectors", "union officials"),
    ),
    EventKind(
        "defalcation",
        ("came to light", "was discovered", "was uncovered"),
        ("auditors", "the company", "forensic accountants", "investigators"),
    ),
    EventKind(
        "lockout",
        ("began", "was imposed", "took effect"),
        ("union leaders", "the company", "labour officials", "workers"),
    ),
    EventKind(
        "derailment",
        ("occurred", "happened", "took place"),
        ("the rail operator", "investigators", "the company", "officials"),
    ),
    EventKind(
        "well blowout",
        ("occurred", "happened", "erupted"),
        ("the driller", "the operator", "safety regulators", "the company"),
    ),
    EventKind(
        "tailings dam collapse",
        ("occurred", "happened", "took place"),
        ("the miner", "environmental officials", "rescue teams", "the company"),
    ),
    EventKind(
        "cyberheist",
        ("was carried out", "took place", "occurred"),
        ("the bank", "investigators", "security researchers", "the central bank"),
    ),
    EventKind(
        "bondholder meeting",
        ("was held", "took place", "was convened"),
        ("bondholders", "the trustee", "advisers to the company", "people who attended"),
        hosted=True,
    ),
)

PLACE_FIRST = (
    "{Event} {happened} in {where}, {who} said.",
    "According to {who}, {event} {happened} in {where} shortly after markets opened.",
    "It was in {where} that {event} {happened}, {who} said in a statement.",
    "Shares in the group slid in early trading after {a_noun} in {where}, which {who} described "
    "as the most serious in years.",
    "{Who} confirmed that {event}, first flagged by local media, {happened} in {where}.",
    "In {where}, where {event} {happened}, brokers said the mood on trading floors was subdued.",
    "The company said in a stock-exchange filing that {event} {happened} in {where} and that it "
    "was assessing the impact on its earnings.",
    "{Event} in {where} wiped billions off the market value of the companies involved, {who} said.",
    "Traders were still digesting news of {event} in {where} when the closing bell rang.",
    '"Nobody saw it coming," one fund manager said of {event} in {where}.',
    "{Who} said {event} {happened} in {where} and that it was too early to estimate the financial impact.",
    "Pictured: a screen in a dealing room carries news of {event} in {where}.",
    "Bloomberg reported that {event} {happened} in {where}, citing people familiar with the matter.",
    "Analysts at several brokerages noted that {event}, which {happened} in {where}, was likely to "
    "weigh on sentiment for weeks.",
    "Although {who} played down its significance, {event} in {where} sent the sector's benchmark "
    "index to its lowest level in months.",
    "{where}'s business community was rattled by {event}, the latest blow to investor confidence.",
    "What {who} called an isolated incident, {event} in {where}, nonetheless sent insurers' shares "
    "sharply lower.",
    "After {a_noun} in {where}, the company's bonds fell and the cost of insuring its debt "
    "against default jumped, traders said.",
    "Investors had already been jittery before {event} {happened} in {where}, according to a note "
    "from analysts at a large European bank.",
    "Details of {event} in {where} remained sketchy, but {who} said more information would be "
    "released before markets open.",
    "{Event}, which {who} said had caught executives, regulators and most of the company's largest "
    "investors completely by surprise, {happened} in {where}.",
    "It is {event} in {where}, rather than the broader slowdown, that most worries the company's "
    "lenders, analysts said.",
    "Reuters could not independently verify the account, but {who} said {event} {happened} in {where}.",
    "The {noun} in {where} is the latest in a string of setbacks for the group, whose shares have "
    "lost roughly half their value.",
    "Word of {a_noun} in {where} reached trading floors within minutes, and the selling quickly "
    "spread to other stocks in the sector.",
    "Whether {event} in {where} will lead to lasting losses is unclear, {who} cautioned.",
)

PLACE_SECOND = (
    "Fallout from the {noun} in {where} is expected to dominate the company's next earnings call.",
    "The {noun} in {where} has prompted calls for tighter oversight, {who} said.",
    "News of the {noun} in {where} spread quickly through dealing rooms.",
    "Since {event} in {where}, the stock has underperformed its peers by a wide margin.",
    "{Who} have not said what caused {event} in {where}.",
    "Insurers could face claims running into hundreds of millions after {event} in {where}, analysts said.",
    'The chief executive, speaking on a call with analysts, called {event} in {where} "deeply regrettable".',
    "{where}, where {event} {happened}, has seen several similar episodes, according to {who}.",
    "Lawyers for investors said they were preparing claims over the {noun} in {where}.",
    "It remains unclear how much {event} in {where} will cost the company, which declined to comment.",
    "The regulator has opened an inquiry into {event} in {where}, people familiar with the matter said.",
    "In the days after {event} in {where}, bond spreads widened across the sector.",
    "Rating agencies placed the group on review for a downgrade following the {noun} in {where}.",
    '"What happened in {where} should never have happened," one large shareholder said of the {noun}.',
    "Trading in the shares resumed only after {who} gave more details about {event} in {where}.",
    "Much of the selling, traders said, was driven by uncertainty over how {event} in {where} "
    "would affect earnings.",
    "Those who were in {where} when {event} {happened} described scenes of confusion.",
    "{Event} in {where}, the analysts wrote, had exposed serious weaknesses in the group's risk controls.",
    "The company's handling of the {noun} in {where} drew sharp criticism from proxy advisers.",
    "Whatever the cause of {event} in {where}, the episode has left a dent in investor confidence "
    "that will take time to repair.",
    "Before {event} in {where}, the stock had been among the best performers on the index.",
    "{where}'s {noun} has since become a case study for risk managers, one consultant said.",
    "Nobody has yet been held responsible for the {noun} in {where}, {who} said.",
    "The full financial toll of the {noun} in {where} may not be known for months.",
    "Shares of rivals rose on bets they would pick up business lost in the wake of {event} in {where}.",
    "According to {who}, costs linked to {event} in {where} would be booked in the current quarter.",
)

NEGATIVES_PLACE = (
    # contained
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "Officials were dispatched from the regional capital, {other}, to assess the fallout.",
        "contained",
    ),
    NegativePair(
        "Traders said {event} in {where} had caught most of the market off guard.",
        "Regulators in {other}, the provincial capital, said they were monitoring the situation closely.",
        "contained",
    ),
    NegativePair(
        "According to {who}, {event} {happened} in {where} shortly before noon.",
        "{where} is part of the wider {other} region, home to much of the country's heavy industry.",
        "contained",
    ),
    NegativePair(
        "The company said in a stock-exchange filing that {event} in {where} would hit quarterly earnings.",
        "Emergency teams from elsewhere in the province, including {other}, were placed on standby.",
        "contained",
    ),
    # origin
    NegativePair(
        "{Who} said {event} {happened} in {where} and that the cause was being investigated.",
        "Specialist teams were flown in from {other} to help contain the damage.",
        "origin",
    ),
    NegativePair(
        "{Event} in {where} sent the local benchmark index tumbling, traders said.",
        "Much of the initial selling came from hedge funds in {other}, according to people "
        "familiar with the matter.",
        "origin",
    ),
    NegativePair(
        "It was in {where} that {event} {happened}, the regulator said.",
        "Forensic accountants were brought in from {other} to go through the company's books.",
        "origin",
    ),
    # destination
    NegativePair(
        "Bloomberg reported that {event} {happened} in {where}.",
        "The chief executive cut short a trip and flew on to {other} for emergency talks with lenders.",
        "destination",
    ),
    NegativePair(
        "Investors were still absorbing news of {event} in {where} when trading closed.",
        "Several executives left {where} the same evening and travelled on to {other} to brief the board.",
        "destination",
    ),
    NegativePair(
        "{Event}, which {happened} in {where}, prompted a swift response from {who}.",
        "Documents seized in the aftermath were sent to {other} for forensic examination.",
        "destination",
    ),
    # reporter
    NegativePair(
        "{Event} in {where} rattled markets across the region.",
        "Speaking in {other}, the finance minister said the government was following developments closely.",
        "reporter",
    ),
    NegativePair(
        "{Who} confirmed that {event} {happened} in {where}.",
        "Addressing reporters in {other}, the central bank governor played down the risk of contagion.",
        "reporter",
    ),
    NegativePair(
        "Analysts said {event} in {where} was likely to prompt a wave of downgrades.",
        "The company's statement was released in {other}, where its chairman was attending an "
        "investor conference.",
        "reporter",
    ),
    # hometown
    NegativePair(
        "{Event} {happened} in {where}, the company said in a stock-exchange filing.",
        "The company, which is based in {other}, said it was cooperating fully with the authorities.",
        "hometown",
    ),
    NegativePair(
        "Shares in the group fell sharply after {event} in {where}.",
        "Its chief executive, who lives in {other}, could not be reached for comment.",
        "hometown",
    ),
    NegativePair(
        "In {where}, {event} left investors scrambling for information, {who} said.",
        "A spokesperson for the {other}-based group declined to comment.",
        "hometown",
    ),
    NegativePair(
        "{Who} said {event} in {where} was the most serious the group had faced.",
        "The group, headquartered in {other}, has operations in more than a dozen countries.",
        "hometown",
    ),
    # another
    NegativePair(
        "{Event} {happened} in {where}, according to {who}.",
        "It was the most damaging episode since a similar {noun} in {other} last year.",
        "another",
    ),
    NegativePair(
        "Traders blamed {event} in {where} for the sharp drop in the sector.",
        "Analysts drew comparisons with {a_noun} in {other} a few years ago, which took months to resolve.",
        "another",
    ),
    NegativePair(
        "The {noun} in {where} has wiped out a large part of the group's market value.",
        "A separate {noun} in {other} a decade ago led to sweeping changes in regulation.",
        "another",
    ),
    # planned
    NegativePair(
        "News of {event} in {where} reached trading floors within minutes.",
        "An official inquiry into the {noun} will open in {other} next month, {who} said.",
        "planned",
    ),
    NegativePair(
        "{Event} in {where} has left creditors facing heavy losses.",
        "Bondholders are due to meet in {other} to discuss their options.",
        "planned",
    ),
    NegativePair(
        "Markets reacted sharply to {event} in {where}.",
        "The board will convene an emergency session in {other} later this week to review the fallout.",
        "planned",
    ),
    # reaction
    NegativePair(
        "{Event} {happened} in {where}, {who} said, without giving further details.",
        "Hundreds of small investors protested outside the company's offices in {other} over the {noun}.",
        "reaction",
    ),
    NegativePair(
        "After {event} in {where}, trading in the company's shares was suspended.",
        "In {other}, families of employees gathered for a vigil for those affected.",
        "reaction",
    ),
    NegativePair(
        "{Who} said {event} in {where} was still being investigated.",
        "Union members marched through the streets of {other} demanding answers over the {noun}.",
        "reaction",
    ),
)

BANK = dataclasses.replace(
    DEV,
    name="place62k",
    kinds=KINDS,
    place_first=PLACE_FIRST,
    place_second=PLACE_SECOND,
    negatives_place=NEGATIVES_PLACE,
)
