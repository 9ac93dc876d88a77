"""Place bank place30a, written by helper place30a, round 30 (blind author).

Register: the business, energy, shipping and industry desks of wire services and the
financial and trade press (Reuters, Bloomberg, FT, shipping and energy trade titles):
refinery fires and plant explosions, dock strikes and smelter walkouts, oil spills and
pipeline ruptures, tanker collisions and groundings, ransomware attacks and data breaches,
plant closures, and the hosted side of the beat (trade fairs, shareholder meetings, product
launches, investor days, air shows).

Habits of phrasing it uses: market-reaction framing ("Shares in the group fell ... after the
X in Y"), attribution first or last ("..., the operator said"; "According to ..."),
stock-exchange filings and earnings-call quotes, insurer and analyst angles, datelines
("Y (Reuters) - ...") and photo captions, compounds and possessives ("the Y refinery fire",
"Y's dock strike"), relative clauses and participles that carry the place, clefts,
long sentences whose place sits far from the event noun, and "there" pointing back at a
place just named. Negatives: engineers flown in from elsewhere, headquarters and traders
abroad, cargo diverted to another port, an earlier instance elsewhere, next year's edition
staged elsewhere, and the country around a city (or a city inside a country).
"""

import dataclasses

from bench.injectors.consistency import EventKind, NegativePair
from bench.injectors.templates_dev import BANK as DEV

KINDS = (
    EventKind(
        "refinery fire",
        (
            "broke out in a crude distillation unit",
            "burned for more than 12 hours",
            "was brought under control by late afternoon",
            "forced the shutdown of two processing units",
        ),
        ("the refiner", "firefighters", "the plant's operator", "a company spokesman"),
    ),
    EventKind(
        "plant explosion",
        (
            "ripped through a storage area",
            "killed three workers",
            "injured at least 20 people",
            "shattered windows several kilometres away",
        ),
        ("the operator", "emergency services", "local officials", "the company"),
    ),
    EventKind(
        "dock strike",
        (
            "began at midnight",
            "halted container traffic",
            "stretched into a second week",
            "was called off after a pay deal",
            "left dozens of vessels waiting at anchor",
        ),
        ("the dockworkers' union", "port officials", "terminal operators", "shipping agents"),
    ),
    EventKind(
        "oil spill",
        (
            "was first spotted by a fisherman",
            "spread along the coastline",
            "was largely contained",
            "fouled several beaches",
        ),
        ("the coast guard", "the environment ministry", "the pipeline operator", "cleanup contractors"),
    ),
    EventKind(
        "plant closure",
        (
            "was announced",
            "put some 600 jobs at risk",
            "was confirmed by management",
            "took effect",
        ),
        ("the carmaker", "the union", "works council representatives", "company executives"),
    ),
    EventKind(
        "ransomware attack",
        (
            "disrupted production",
            "knocked billing systems offline",
            "was detected",
            "forced staff back onto pen and paper",
        ),
        (
            "the company",
            "security researchers",
            "a person familiar with the matter",
            "the firm's chief information officer",
        ),
    ),
    EventKind(
        "data breach",
        (
            "exposed customer records",
            "was discovered",
            "came to light",
            "affected millions of accounts",
        ),
        ("the company", "regulators", "the data protection authority", "cybersecurity analysts"),
    ),
    EventKind(
        "gas leak",
        (
            "forced an evacuation",
            "was reported",
            "was plugged",
            "sent several workers to hospital",
        ),
        ("the operator", "emergency services", "plant officials", "the safety regulator"),
    ),
    EventKind(
        "tanker collision",
        (
            "happened in thick fog",
            "damaged both hulls",
            "blocked the shipping lane",
            "involved a crude carrier and a container ship",
        ),
        ("the maritime authority", "the coast guard", "the shipowner", "salvage teams"),
    ),
    EventKind(
        "vessel grounding",
        (
            "blocked the channel",
            "was blamed on a steering failure",
            "disrupted traffic for days",
            "left the ship stuck for six days",
        ),
        ("the ship's manager", "the port authority", "marine insurers", "the canal authority"),
    ),
    EventKind(
        "train derailment",
        (
            "spilled crude",
            "disrupted freight services",
            "happened shortly after midnight",
            "involved 30 tank cars",
        ),
        ("the rail operator", "investigators", "the railway company", "safety regulators"),
    ),
    EventKind(
        "mine cave-in",
        (
            "trapped 12 miners",
            "killed four workers",
            "happened at a depth of 800 metres",
            "sealed off a shaft",
        ),
        ("the mining company", "rescue officials", "the labour ministry", "the miners' union"),
    ),
    EventKind(
        "smelter walkout",
        (
            "began at dawn",
            "halted output",
            "lasted three days",
            "ended without a deal",
        ),
        ("union leaders", "the smelter's owner", "shop stewards", "the company"),
    ),
    EventKind(
        "truckers' blockade",
        (
            "choked fuel deliveries",
            "was lifted",
            "stranded hundreds of lorries",
            "began",
        ),
        ("hauliers", "the transport ministry", "police", "the fuel distributor"),
    ),
    EventKind(
        "power outage",
        (
            "halted output",
            "lasted 14 hours",
            "knocked out several production lines",
            "hit the site",
        ),
        ("the grid operator", "the utility", "plant managers", "traders"),
    ),
    EventKind(
        "pipeline rupture",
        (
            "sent crude gushing into a river",
            "was detected by pressure sensors",
            "cut flows",
            "forced a shutdown",
        ),
        ("the pipeline operator", "regulators", "the company", "local residents"),
    ),
    EventKind(
        "trade fair",
        (
            "opened its doors",
            "drew a record 1,500 exhibitors",
            "wrapped up with a record order book",
            "attracted buyers from 90 countries",
        ),
        ("organisers", "the trade association", "exhibitors", "the fair's director"),
        hosted=True,
    ),
    EventKind(
        "shareholder meeting",
        (
            "ran for five hours",
            "approved the dividend",
            "was disrupted by climate protesters",
            "voted down the pay plan",
            "was adjourned",
        ),
        ("the company", "proxy advisers", "investors who attended", "the chairman"),
        hosted=True,
    ),
    EventKind(
        "product launch",
        (
            "unveiled the new model",
            "was livestreamed",
            "drew hundreds of journalists",
            "went ahead as planned",
        ),
        ("the company", "executives", "analysts", "people who attended"),
        hosted=True,
    ),
    EventKind(
        "investor day",
        (
            "laid out new margin targets",
            "went ahead",
            "ended with a question-and-answer session",
            "sent the shares higher",
        ),
        ("the company", "analysts", "the chief executive", "investors"),
        hosted=True,
    ),
    EventKind(
        "air show",
        (
            "opened",
            "ended with a flurry of orders",
            "drew planemakers and suppliers",
            "was overshadowed by supply-chain worries",
        ),
        ("organisers", "industry executives", "planemakers", "aviation consultants"),
        hosted=True,
    ),
)

PLACE_FIRST = (
    "{Event} in {where} {happened}, {who} said on Tuesday, adding it was too early to put"
    " a figure on the cost.",
    "{Who} said {event} {happened} at a site in {where} shortly before the morning shift change.",
    "Shares in the group fell as much as 4% in early trading after {event} in {where}.",
    "{where} (Reuters) - {Event} {happened} on Monday, {who} said.",
    "In {where}, where {event} {happened}, traders said spot prices firmed on worries about supply.",
    "It was {event} in {where} that first rattled investors, sending the stock to a three-year low.",
    "Analysts at one brokerage said {event} in {where} could shave up to 2% off group output this quarter.",
    "{Event} in {where}, the group's biggest market, {happened}, according to {who}.",
    "According to {who}, {event} {happened} in {where}; operations at other sites were unaffected.",
    "Insurers are bracing for claims linked to {event} in {where}, which one broker said could run"
    " into hundreds of millions of dollars.",
    "The {where} {noun} {happened}, {who} told Reuters.",
    "{where}'s {noun} {happened} late on Sunday, {who} said in a statement.",
    "A company spokeswoman confirmed that {event} had taken place in {where} but declined"
    " to comment further.",
    "{Who} told Bloomberg News that {event} in {where} would weigh on third-quarter earnings.",
    "Video circulating on social media showed scenes from {event} in {where}, though Reuters could"
    " not independently verify the footage.",
    "PICTURED: The scene of {event} in {where} on Monday. Photo: Reuters",
    "{Event}, which {happened} in {where}, has revived questions about the company's governance record.",
    'Speaking on an earnings call, the chief executive said {event} in {where} had been "a wake-up'
    ' call" for the whole organisation.',
    "Market participants were still digesting news of {event} in {where} when the regulator issued"
    " a statement of its own.",
    "Benchmark futures rose 1.2% after {who} confirmed {event} in {where}.",
    "Union officials, who were briefed by management after {event} in {where}, said they would seek"
    " guarantees for the workforce.",
    "{Who} gave few details of {event}, saying only that it {happened} in {where}.",
    "Logistics groups said {event} in {where} had added to a backlog that was already"
    " stretching delivery times.",
    "The company, which disclosed {event} in {where} in a stock-exchange filing, said it had"
    " activated contingency plans.",
    "In a filing to the stock exchange, the group said {event} {happened} in {where} and that it"
    " would give an update in due course.",
    "Credit analysts said {event} in {where} was unlikely on its own to threaten the"
    " company's investment-grade rating.",
    "Among the first to report {event} in {where} were local news outlets and {who}.",
    "Bloomberg Intelligence analysts flagged {event} in {where} as a near-term risk to margins.",
    "{Event} took place in {where}, {who} confirmed on Wednesday.",
    "The Financial Times first reported {event} in {where}, citing people familiar with the matter.",
    "Trading in the company's shares was briefly suspended after {event} in {where}.",
    "Freight brokers serving {where} said rates had climbed sharply in the days since {event} there.",
    "Coming just weeks after a profit warning, {event} in {where} {happened}, {who} said, piling"
    " fresh pressure on the management team.",
    "{held} in {where}, {event} {happened}, {who} said.",
    "{Event}, {held} this year in {where}, {happened}, according to {who}.",
    "{where} hosted {event}, which {happened}, {who} said.",
    "The convention centre in {where} that hosted {event} said attendance had beaten its forecasts.",
)

PLACE_SECOND = (
    "{Who} said an internal investigation into {event} in {where} was under way.",
    "{Event} in {where} is expected to cost the company about $40 million.",
    "Operations returned to normal on Friday, four days after {event} in {where}, the group said.",
    "Asked about {event} in {where}, the chief financial officer told analysts it would not change"
    " full-year guidance.",
    "{Event}, which {happened} in {where}, dominated questions on the earnings call.",
    "The {where} {noun} has drawn scrutiny from regulators in several countries.",
    "{where}'s {noun} also prompted a review of contractor arrangements, people familiar"
    " with the matter said.",
    "In {where}, {event} has left local suppliers waiting to be paid, according to a trade body.",
    "Regulators have asked for a full report on {event} in {where} by the end of the month.",
    "The company has not said how much {event} in {where} will cost.",
    "Since {event} in {where}, the stock has lost about a fifth of its value.",
    "{Who} reiterated that {event} {happened} in {where} and had no bearing on other sites.",
    "It is not yet clear how {event} in {where} will affect quarterly results.",
    "Details of {event} in {where} remain sketchy, with {who} releasing only a brief statement.",
    "A further statement from {who} on {event} in {where} is expected later on Wednesday.",
    "Environmental groups seized on {event} in {where} as evidence that the industry"
    " needs tighter oversight.",
    '"{Event} in {where} was a shock to all of us," the chairman told investors.',
    "Tanker-tracking data compiled by Bloomberg showed cargoes being rerouted away from {where}"
    " after {event} there.",
    "{Event} at the {where} site was first flagged by local media.",
    "{Event} in {where} wiped about $2 billion off the group's market value in a single session.",
    "Analysts said the fallout from {event} in {where} could linger into next year.",
    "By the time {event} in {where} was made public, the company's shares had already begun to slip.",
    "Few in the industry were surprised by {event} in {where}, one consultant said.",
    "Competitors moved quickly to win over customers affected by {event} in {where}.",
    "Claims arising from {event} in {where} will be met largely by reinsurers, the company said.",
    "For {where}, {event} comes at a delicate moment, with the government courting foreign investment.",
    "Output lost to {event} in {where} will be made up at other plants, {who} said.",
    "The financial hit from {event}, which {who} said {happened} in {where}, was not included in guidance.",
    "What caught traders off guard, one fund manager said, was how quickly {event} in {where}"
    " spread through regional supply chains.",
    "Rival firms with operations near {where} said they had seen no knock-on effects from {event}.",
    "{Event} in {where} came up repeatedly at a parliamentary hearing, where lawmakers pressed"
    " executives on contingency planning.",
    "{Event} {happened} in {where}, the company said in its quarterly report, published on Thursday.",
    "{Event}, {held} in {where} this year, {happened}.",
    "{where}, which hosted {event}, saw hotel occupancy jump, local officials said.",
    "Ticket sales for {event}, {held} at an exhibition centre in {where}, beat expectations, {who} said.",
)

NEGATIVES_PLACE = (
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "Engineers were flown in from {other} to help assess the damage from {event}.",
        "from_to",
    ),
    NegativePair(
        "{Event} in {where} {happened}, according to {who}.",
        "News of {event} reached the group's headquarters in {other} within the hour.",
        "from_to",
    ),
    NegativePair(
        "{Who} said {event} {happened} in {where}.",
        "The chief executive cut short a trip to {other} and returned to {where} after {event}.",
        "from_to",
    ),
    NegativePair(
        "{Event} in {where} {happened}, {who} said.",
        "Two years earlier, {a_noun} in {other} cost the industry billions of dollars.",
        "from_to",
    ),
    NegativePair(
        "{Event} {happened} in {where}, according to {who}.",
        "Shares of rivals listed in {other} rose on news of {event}.",
        "from_to",
    ),
    NegativePair(
        "{where}'s {noun} {happened}, {who} said.",
        "Unlike {event}, an earlier {noun} in {other} had little impact on the share price.",
        "from_to",
    ),
    NegativePair(
        "{Event} in {where} {happened}, {who} said.",
        "Cargo that would normally pass through {where} is being diverted to {other} after {event}.",
        "from_to",
    ),
    NegativePair(
        "{Who} confirmed {event} in {where}.",
        "Traders in {other} said {event} had pushed up regional prices.",
        "from_to",
    ),
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "The group's exposure to {event} is limited, as most of its output comes from {other}.",
        "from_to",
    ),
    NegativePair(
        "{Event} in {where} {happened}, {who} said on Monday.",
        "Investigators from {other}, where the company is registered, have joined the inquiry into {event}.",
        "from_to",
    ),
    NegativePair(
        "{Event} {happened} in {where}.",
        "Customers in {other} were largely spared the effects of {event}, {who} said.",
        "from_to",
    ),
    NegativePair(
        "{Event} in {where} {happened}, {who} said.",
        "A delegation of executives travelled from {other} to {where} in the days after {event}.",
        "from_to",
    ),
    NegativePair(
        "{Who} said {event} in {where} {happened}.",
        "The company is headquartered in {other} but runs its largest operation in {where},"
        " the site of {event}.",
        "from_to",
    ),
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "Analysts compared {event} with {a_noun} in {other} that shut a rival's operations for months.",
        "from_to",
    ),
    NegativePair(
        "{Event} in {where} {happened}.",
        "Spot prices in {other} barely moved on news of {event}.",
        "from_to",
    ),
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "Officials in {other} said they were monitoring the fallout from {event}.",
        "from_to",
    ),
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "Several executives flew back to {other} the day after {event}.",
        "from_to",
    ),
    NegativePair(
        "{Who} said {event} {happened} in {where}.",
        "Cargoes already at sea before {event} in {where} are still on course to reach buyers in {other}.",
        "from_to",
    ),
    NegativePair(
        "{Event} in {where} {happened}, {who} said.",
        "The company said it would shift some production from {where} to {other} while it"
        " deals with {event}.",
        "from_to",
    ),
    NegativePair(
        "{Event}, {held} in {where}, {happened}, {who} said.",
        "Next year's {noun} will be {held} in {other}, organisers confirmed.",
        "from_to",
    ),
    NegativePair(
        "{where} hosted {event}, which {happened}.",
        "Several exhibitors said they would skip {event} next time in favour of a rival event in {other}.",
        "from_to",
    ),
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "It was the most serious {noun} in {other} in years, according to industry data.",
        "contained",
    ),
    NegativePair(
        "{Event} in {where} {happened}, {who} said.",
        "{Event} in {where} has rattled investors across {other}.",
        "contained",
    ),
    NegativePair(
        "{Who} said {event} {happened} in {where}.",
        "Authorities in {other} have opened an inquiry into {event}.",
        "contained",
    ),
    NegativePair(
        "{Event} {happened} in {where}, according to {who}.",
        "The {other} {noun} has become a test case for the industry's record.",
        "contained",
    ),
    NegativePair(
        "{Event} in {where} {happened}, {who} said.",
        "Unions across {other} called for a review after {event}.",
        "contained",
    ),
    NegativePair(
        "{Event} {happened} in {where}.",
        "{Event} is the latest blow to manufacturing in {other}, economists said.",
        "contained",
    ),
    NegativePair(
        "{Who} confirmed {event} in {where}.",
        "Local officials in {other} said {event} would not disrupt supplies.",
        "contained",
    ),
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "{Event}, in {other}, was reported to the regulator within hours.",
        "contained",
    ),
    NegativePair(
        "{Event}, {held} in {where}, {happened}.",
        "{Event} was the biggest of its kind ever {held} in {other}, {who} said.",
        "contained",
    ),
)

BANK = dataclasses.replace(
    DEV,
    name="place30a",
    kinds=KINDS,
    place_first=PLACE_FIRST,
    place_second=PLACE_SECOND,
    negatives_place=NEGATIVES_PLACE,
)
