"""Place bank place28b, written by helper place28b, round 28 (blind author).

Register: business and financial wire copy in the manner of Reuters, Bloomberg and the FT —
plant fires and outages, product recalls, strikes, walkouts and lockouts, shareholder
meetings, trade fairs, contract signings, data breaches, dawn raids, factory openings.
Habits imitated: attribution to "people familiar with the matter", "the company said in a
statement", "according to a filing", regulatory-filing and market-reaction framing (shares
fell, guidance cut, analysts estimate), interrupted attribution, long sentences where the
place sits far from the event noun, compound and possessive place modifiers ("the {where}
{noun}", "{where}'s {noun}"), datelines, a bracketed photo caption, quotes from spokespeople,
clefts, participles and appositions. Second mentions lean on follow-up angles: cost
estimates, insurers, investigators, the share price, the chief executive on a call.
"""

import dataclasses

from bench.injectors.consistency import EventKind, NegativePair
from bench.injectors.templates_dev import BANK as DEV

KINDS = (
    EventKind(
        "plant fire",
        (
            "broke out shortly after midnight",
            "was brought under control",
            "halted production",
            "forced the evacuation of workers",
        ),
        (
            "the company",
            "local fire officials",
            "a spokeswoman for the group",
            "people familiar with the matter",
        ),
    ),
    EventKind(
        "network outage",
        (
            "disrupted card payments",
            "lasted more than nine hours",
            "knocked thousands of customers offline",
            "began in the early hours",
        ),
        ("the operator", "the telecoms group", "a company spokesman", "the industry regulator"),
    ),
    EventKind(
        "product recall",
        ("was announced", "was widened", "covered several production batches", "was ordered by regulators"),
        ("the company", "the safety regulator", "the manufacturer", "a person briefed on the matter"),
    ),
    EventKind(
        "walkout",
        ("began", "shut the assembly lines", "entered its third day", "was called off"),
        ("the union", "organisers", "a union representative", "the company"),
    ),
    EventKind(
        "dockworkers' strike",
        (
            "stranded hundreds of containers",
            "was suspended",
            "spread to a second terminal",
            "ended without a deal",
        ),
        ("the union", "port authorities", "shipping agents", "the terminal operator"),
    ),
    EventKind(
        "annual general meeting",
        (
            "ran for more than four hours",
            "was interrupted by protesters",
            "approved the dividend",
            "rejected the pay proposal",
        ),
        ("the company", "proxy advisers", "the chairman", "shareholder groups"),
        hosted=True,
    ),
    EventKind(
        "trade fair",
        (
            "opened its doors",
            "drew record attendance",
            "was scaled back",
            "closed with orders sharply higher",
        ),
        ("the organisers", "exhibitors", "the industry association"),
        hosted=True,
    ),
    EventKind(
        "contract signing",
        (
            "took place",
            "was attended by both chief executives",
            "was delayed by a day",
            "went ahead as planned",
        ),
        ("the ministry", "the company", "officials from both sides", "people familiar with the matter"),
        hosted=True,
    ),
    EventKind(
        "data breach",
        ("exposed customer records", "was detected", "compromised payroll data", "went unnoticed for weeks"),
        (
            "the company",
            "the data protection authority",
            "investigators",
            "a cybersecurity firm hired by the group",
        ),
    ),
    EventKind(
        "factory opening",
        (
            "drew senior government officials",
            "was attended by the chief executive",
            "was postponed twice",
            "went ahead",
        ),
        ("the carmaker", "the company", "state media", "the investment agency"),
        hosted=True,
    ),
    EventKind(
        "refinery blast",
        (
            "injured several workers",
            "shook nearby homes",
            "knocked out a crude unit",
            "sent a plume of black smoke over the area",
        ),
        ("the refiner", "emergency services", "the operator", "local authorities"),
    ),
    EventKind(
        "cyberattack",
        (
            "took ordering systems offline",
            "crippled production",
            "was contained",
            "forced staff back to pen and paper",
        ),
        ("the company", "national cyber authorities", "people familiar with the matter", "a spokesman"),
    ),
    EventKind(
        "dawn raid",
        ("was carried out", "targeted several offices", "lasted two days", "caught executives by surprise"),
        ("the competition authority", "the company", "prosecutors", "people familiar with the investigation"),
    ),
    EventKind(
        "investor day",
        (
            "laid out new margin targets",
            "was webcast",
            "left analysts underwhelmed",
            "drew more than 200 fund managers",
        ),
        ("the company", "analysts", "people who attended"),
        hosted=True,
    ),
    EventKind(
        "spectrum auction",
        ("raised more than expected", "ran for 40 rounds", "was paused", "closed"),
        ("the regulator", "the telecoms ministry", "bidders"),
        hosted=True,
    ),
    EventKind(
        "chemical leak",
        (
            "was contained",
            "forced nearby residents indoors",
            "was traced to a faulty valve",
            "shut the plant",
        ),
        ("the chemicals group", "environmental officials", "the fire service"),
    ),
    EventKind(
        "lockout",
        ("idled the smelter", "ended", "was imposed", "dragged into a second month"),
        ("the company", "the union", "labour officials"),
    ),
    EventKind(
        "product launch",
        ("was streamed online", "drew long queues", "was overshadowed by supply problems", "went ahead"),
        ("the company", "retail analysts", "people who attended"),
        hosted=True,
    ),
    EventKind(
        "mine collapse",
        (
            "trapped workers underground",
            "halted operations",
            "killed two contractors",
            "was blamed on heavy rain",
        ),
        ("the miner", "the mines ministry", "rescue officials"),
    ),
    EventKind(
        "pipeline rupture",
        (
            "spilled crude",
            "cut supplies to the region",
            "was repaired",
            "prompted a force majeure declaration",
        ),
        ("the operator", "the energy regulator", "traders"),
    ),
)

PLACE_FIRST = (
    "{a_noun} in {where} {happened}, the company said in a statement on its website, adding that it was "
    "still assessing the financial impact.",
    "According to a filing with the stock exchange, {event} in {where} {happened} and the group did not "
    "yet expect a material hit to full-year earnings.",
    "In {where}, where the group employs roughly 4,000 people, {event} {happened}, {who} said.",
    "{Who} said {event}, which {happened} in {where}, would weigh on second-quarter results.",
    "It was in {where} that {event} {happened}, according to two people familiar with the matter who asked "
    "not to be identified because the information is not public.",
    "The {where} {noun}, details of which were first reported by Bloomberg News, {happened}, {who} said.",
    "{where}'s {noun} {happened} as the group was already grappling with weak demand and higher energy "
    "costs, {who} said.",
    "{Who} confirmed in an emailed statement that {a_noun} had taken place in {where} but declined to "
    "comment further.",
    "Shares in the company fell as much as 6% in early trading after {a_noun} in {where} {happened}.",
    "{Event}, which {who} said {happened} at a site in {where}, is the latest in a string of setbacks "
    "for the group.",
    "{a_noun} {happened} on the outskirts of {where}, at a facility that supplies several of the world's "
    "largest manufacturers and had only recently returned to full capacity after a months-long refit, "
    "{who} said.",
    "Citing {a_noun} in {where}, the group cut its full-year guidance late in the session, a regulatory "
    "filing showed.",
    "{where}, home to the group's largest operation outside its domestic market, was where {event} "
    "{happened}, {who} said.",
    '"{Event} in {where} {happened} and we are working around the clock to get back to normal," a '
    "company spokesperson said by phone.",
    "{Who} told reporters that {event} in {where} {happened} and that there was no immediate risk to "
    "supplies.",
    "(Pictured: the entrance to the group's premises in {where}, where {event} {happened}.)",
    "{where} (Reuters) - {a_noun} {happened}, {who} said, dealing a fresh blow to a group that has "
    "already issued two profit warnings this year.",
    "Analysts at the brokerage estimated that the {where} {noun} could shave as much as two percentage "
    "points off the group's operating margin this year.",
    "What set off the sell-off was {a_noun} in {where} that {happened}, traders said.",
    "Insurers are bracing for claims linked to {event} that {happened} near {where}, according to a "
    "person with knowledge of the matter.",
    "Despite {where}'s {noun}, the company kept its annual forecast unchanged, saying it had enough "
    "inventory to meet orders.",
    "Operations will not return to normal until the fallout from {event} in {where} has been "
    "fully assessed, the group said in a statement.",
    "{Event} — the group's first in {where} since it entered the market more than a decade ago — "
    "{happened}, {who} said.",
    "{a_noun}, which {who} said {happened} after a series of warnings about ageing equipment and "
    "understaffed shifts that had gone largely unheeded by management for the better part of two years, "
    "took place in {where}.",
    "In a filing to the securities regulator, the group disclosed that {a_noun} had occurred in {where} "
    "and said it was cooperating with the authorities.",
    "Bloomberg News reported earlier that {event} in {where} {happened}, citing people familiar with the "
    "matter.",
    "The board was briefed on {event} in {where} before it was made public, said the people, who asked "
    "not to be named discussing private deliberations.",
    "{held} in {where} after a two-year absence from the region, {event} {happened}, {who} said.",
    "The group, which hosted {event} in {where}, said interest from overseas buyers had been stronger "
    "than it had expected.",
    "{Event} was {held} in {where} under tight security, with reporters kept outside the main hall.",
    "The {noun} in {where}, the company said in a statement, {happened} without warning.",
    "A ratings agency said {event} in {where} was credit negative for the group but did not warrant "
    "immediate action on its rating.",
    "Coming just weeks before the group's half-year results, {event} in {where} {happened} at the worst "
    "possible moment, one fund manager said.",
    "Far from the headquarters and largely unnoticed by investors until now, the group's operations in "
    "{where} were thrust into the spotlight when {event} {happened}.",
)

PLACE_SECOND = (
    "{Event} in {where} is expected to cost the group tens of millions of dollars, analysts said.",
    "The company did not say how long {event} in {where} would affect deliveries to customers.",
    "A spokesman declined to comment on whether {event} at the {where} site had been reported to insurers.",
    "{Who} said it was too early to say what caused {event} in {where}.",
    "The {where} {noun} comes at a difficult moment for the group, which is in the middle of a "
    "cost-cutting drive.",
    "{where}'s {noun} was the third disruption of its kind for the group this year, according to a "
    "tally by the brokerage.",
    "Investigators were still at the scene in {where}, trying to establish the sequence of events that "
    "led to the {noun}.",
    '"We are cooperating fully with the authorities in {where} following {event}," the company said.',
    "Since {event} in {where}, the stock has lost about a fifth of its value.",
    "It was not immediately clear whether {event} in {where} would affect the group's dividend.",
    "The group, which has spent weeks trying to reassure customers and regulators, said {event} in "
    "{where} would not change its plans to expand capacity next year.",
    "According to the filing, {event} in {where} will result in a one-off charge in the third quarter.",
    "{Event}, in {where}, was first flagged by employees on an internal messaging channel, one of the "
    "people said.",
    "Reuters could not independently verify the extent of {event} in {where}.",
    "Local officials in {where} said they had been in contact with the company since {event}.",
    "Most of the fallout from {event} has been confined to the group's operations in {where}, the company "
    "said.",
    "Insurance brokers put the likely claims from the {where} {noun} at between $50 million and $80 million.",
    "{Event}, {held} this year in {where}, was the biggest of its kind since before the pandemic.",
    "Organisers, who hosted {event} in {where}, said preparations had taken more than a year.",
    "Asked on a call with analysts about {event} in {where}, the chief executive said the group had "
    "learned lessons.",
    "The {noun} that {happened} in {where} has drawn the attention of regulators in several markets.",
    "The {where} facility where {event} {happened} had been running at full capacity for months, "
    "according to company documents seen by Reuters.",
    "A person familiar with the matter said {event} in {where} had been discussed at a board meeting "
    "the previous evening.",
    "Trading in the shares was briefly halted as details of {event} in {where} emerged.",
    "The {noun} in {where}, the people said, has also prompted a review of the group's contingency planning.",
    "Hit by {event} in {where}, the group now expects revenue at the lower end of its guidance range.",
    "Analysts who follow the stock said the bigger risk was not {event} itself but the chance that "
    "regulators, already scrutinising the group's record on safety and disclosure, would use what "
    "happened in {where} to justify tougher rules.",
    "Photographs taken in {where} after {event} and circulated on social media showed a heavy police "
    "presence.",
    "{Who} said in a follow-up statement that {event} in {where} had been more serious than first thought.",
    "Lawyers for a group of customers said they were preparing a class action in {where} over {event}.",
    "In {where}, {event} {happened} just as the group was finalising the sale of a minority stake in the "
    "business, the people said.",
    "Costs related to the {noun} in {where} will be booked as an exceptional item, "
    "the chief financial officer said.",
    "Union officials said {event} in {where} might have been avoided had managers heeded complaints.",
)

NEGATIVES_PLACE = (
    # from_to: {other} is not where the event happened
    NegativePair(
        "{a_noun} in {where} {happened}, the company said in a statement.",
        "Senior executives flew in from {other} to oversee the response to {event}, the people said.",
        "from_to",
    ),
    NegativePair(
        "{Event} in {where} {happened}, {who} said.",
        "News of {event} reached traders in {other} shortly before the market opened.",
        "from_to",
    ),
    NegativePair(
        "According to a filing, {event} in {where} {happened}.",
        "Orders were rerouted to the group's plant in {other}, which was untouched by {event}.",
        "from_to",
    ),
    NegativePair(
        "{Who} said {a_noun} in {where} {happened}.",
        "It was the second such setback in as many years, after {a_noun} at a sister site in {other}.",
        "from_to",
    ),
    NegativePair(
        "{Event} was {held} in {where}, the organisers said.",
        "The company said next year's {noun} would be {held} in {other}.",
        "from_to",
    ),
    NegativePair(
        "{a_noun} {happened} in {where}, people familiar with the matter said.",
        "The chief executive, who was on a business trip to {other} when {event} {happened}, cut short "
        "his visit.",
        "from_to",
    ),
    NegativePair(
        "{Event} in {where} {happened}, the regulator said.",
        "Unlike {other}, where companies face strict reporting deadlines, {where} does not require a firm "
        "to disclose {a_noun} within a fixed period.",
        "from_to",
    ),
    NegativePair(
        "{Who} said {event} in {where} {happened}.",
        "Shipments from {where} to customers in {other} have been delayed by {event}, a logistics "
        "provider said.",
        "from_to",
    ),
    NegativePair(
        "{a_noun} in {where} {happened}, {who} said.",
        "The union's general secretary, a native of {other}, said {event} should serve as a warning to the "
        "whole industry.",
        "from_to",
    ),
    NegativePair(
        "{Event} {happened} in {where}, according to the company.",
        "Analysts based in {other} said {event} in {where} was unlikely to dent full-year profit.",
        "from_to",
    ),
    NegativePair(
        "{a_noun} in {where} {happened}, {who} said in a statement.",
        "A similar {noun} in {other} last year cost a rival about $200 million, analysts noted.",
        "from_to",
    ),
    NegativePair(
        "{Event} in {where} {happened}, the group confirmed.",
        "The group has ruled out shifting production to {other} in response to {event}.",
        "from_to",
    ),
    NegativePair(
        "{Who} said {event} in {where} {happened} and that an inquiry had been opened.",
        "Specialists were flown in from {other} to help determine what caused {event} in {where}.",
        "from_to",
    ),
    NegativePair(
        "{a_noun} {happened} at the group's operations in {where}, a filing showed.",
        "Officials at the company's headquarters in {other} declined to comment on {event}.",
        "from_to",
    ),
    NegativePair(
        "{Event} was {held} in {where} this year, {who} said.",
        "A larger {noun} is due to be {held} in {other} next spring, the organisers said.",
        "from_to",
    ),
    NegativePair(
        "{Event} in {where} {happened}, the people said.",
        "Insurers in {other}, where the policy was underwritten, said they were assessing claims arising "
        "from {event}.",
        "from_to",
    ),
    NegativePair(
        "{a_noun} in {where} {happened}, according to a statement.",
        "The group's shares, which are listed in {other}, fell 4% after {event}.",
        "from_to",
    ),
    NegativePair(
        "{Who} said {event} in {where} {happened}.",
        "Customers as far away as {other} reported delays in the wake of {event} in {where}.",
        "from_to",
    ),
    # contained: {other} is the country of {where}, or a city in it
    NegativePair(
        "{a_noun} in {where} {happened}, the company said.",
        "{Event} is the latest blow to manufacturers in {other}, which face high energy costs.",
        "contained",
    ),
    NegativePair(
        "{Event} in {where} {happened}, {who} said.",
        "Officials in {other} said they were monitoring the aftermath of {event} closely.",
        "contained",
    ),
    NegativePair(
        "According to people familiar with the matter, {event} in {where} {happened}.",
        "Most of the group's workforce in {other} was not affected by {event}, the company said.",
        "contained",
    ),
    NegativePair(
        "{Who} said {a_noun} in {where} {happened}.",
        "Regulators in {other} have opened an inquiry into {event}, a spokesperson confirmed.",
        "contained",
    ),
    NegativePair(
        "{a_noun} {happened} in {where}, the group said in a filing.",
        "The group employs about 3,000 people in {other}, including staff at the site affected by {event}.",
        "contained",
    ),
    NegativePair(
        "{Event} in {where} {happened}, according to the company.",
        "{Event} was the most serious of its kind in {other} in more than a decade, {who} said.",
        "contained",
    ),
    NegativePair(
        "{Who} said {event} in {where} {happened}.",
        "{Event} in {where} rippled through supply chains across {other}, analysts said.",
        "contained",
    ),
    NegativePair(
        "{a_noun} in {where} {happened}, people familiar with the matter said.",
        "Police in {other} said {event} was being investigated and that no arrests had been made.",
        "contained",
    ),
    NegativePair(
        "{Event} was {held} in {where}, the company said.",
        "Delegates travelled from across {other} to attend {event}.",
        "contained",
    ),
    NegativePair(
        "{Event} in {where} {happened}, a filing showed.",
        "The disruption caused by {event} was felt by suppliers throughout {other}, a trade body said.",
        "contained",
    ),
)

BANK = dataclasses.replace(
    DEV,
    name="place28b",
    kinds=KINDS,
    place_first=PLACE_FIRST,
    place_second=PLACE_SECOND,
    negatives_place=NEGATIVES_PLACE,
)
