"""Place bank place24b: written by helper place24b, round 24 (blind author). It imitates the
business, technology and sports desks of international papers (Financial Times, Reuters
business, The Hindu, South China Morning Post, Guardian sport): factory fires and plant
explosions, product launches, trade shows, shareholder meetings, cyber attacks on a site,
mine accidents, port strikes, match reports, doping raids and signings unveiled at a stadium."""

import dataclasses

from bench.injectors.consistency import EventKind, NegativePair
from bench.injectors.templates_dev import BANK as DEV

KINDS = (
    EventKind(
        "factory fire",
        (
            "broke out",
            "tore through the group's facility",
            "gutted two production lines",
            "started in a paint store",
            "forced the evacuation of some 800 workers",
        ),
        ("the fire service", "the company", "local officials", "police"),
    ),
    EventKind(
        "plant explosion",
        (
            "ripped through a boiler house",
            "killed three contractors",
            "shattered windows across the industrial estate",
            "halted production at the site",
            "occurred during a night shift",
        ),
        ("the operator", "safety regulators", "emergency services", "the company"),
    ),
    EventKind(
        "product launch",
        (
            "drew hundreds of developers",
            "went ahead despite the chip shortage",
            "was livestreamed to millions",
            "took place",
            "showed off a foldable handset",
        ),
        ("the company", "executives", "analysts", "a spokeswoman for the group"),
        hosted=True,
    ),
    EventKind(
        "trade show",
        (
            "opened its doors",
            "drew more than 1,200 exhibitors",
            "attracted record crowds",
            "took place",
            "closed a day early",
        ),
        ("organisers", "exhibitors", "the industry association"),
        hosted=True,
    ),
    EventKind(
        "shareholder meeting",
        (
            "turned stormy",
            "voted down the chairman's re-election",
            "rejected the chief executive's pay package",
            "ran for more than four hours",
            "took place",
        ),
        ("the company", "investors", "proxy advisers", "people who attended"),
        hosted=True,
    ),
    EventKind(
        "cyber attack",
        (
            "crippled the refinery's control systems",
            "shut down a container terminal",
            "hit the group's data centre",
            "knocked out payment systems at the company's site",
            "disrupted production at the carmaker's plant",
        ),
        (
            "the company",
            "investigators",
            "the national cyber security agency",
            "people briefed on the matter",
        ),
    ),
    EventKind(
        "mine collapse",
        (
            "trapped more than 40 miners",
            "killed eleven workers",
            "buried a ventilation shaft",
            "happened during a shift change",
            "struck a state-owned copper mine",
        ),
        ("the mining ministry", "rescuers", "the operator", "union officials"),
    ),
    EventKind(
        "port strike",
        (
            "left 60 ships waiting at anchor",
            "began",
            "halted container traffic",
            "brought the main terminal to a standstill",
            "disrupted car exports",
        ),
        ("the dockers' union", "shipping lines", "port authorities", "freight forwarders"),
    ),
    EventKind(
        "final",
        (
            "went to penalties",
            "was decided in extra time",
            "ended 2-1",
            "was played",
            "was settled by a late own goal",
        ),
        ("organisers", "the governing body", "match officials"),
        hosted=True,
    ),
    EventKind(
        "derby",
        (
            "ended goalless",
            "finished 3-3",
            "was marred by crowd trouble",
            "was played",
            "was halted for twenty minutes",
        ),
        ("the home club", "police", "the league"),
        hosted=True,
    ),
    EventKind(
        "Grand Prix",
        (
            "was red-flagged twice",
            "was run in searing heat",
            "finished behind the safety car",
            "was won from pole position",
            "took place",
        ),
        ("the FIA", "race stewards", "the promoter", "team principals"),
        hosted=True,
    ),
    EventKind(
        "marathon",
        (
            "produced a course record",
            "was run in heavy rain",
            "was won in a sprint finish",
            "took place",
            "drew some 40,000 runners",
        ),
        ("race organisers", "World Athletics", "the organisers"),
        hosted=True,
    ),
    EventKind(
        "test match",
        (
            "was drawn",
            "ended inside three days",
            "was won by an innings",
            "was played",
            "was interrupted by rain",
        ),
        ("the cricket board", "the ICC", "the touring side's management"),
        hosted=True,
    ),
    EventKind(
        "doping raid",
        (
            "was carried out",
            "targeted a team hotel",
            "took place before dawn",
            "turned up blood bags and syringes",
            "led to four arrests",
        ),
        ("the anti-doping agency", "prosecutors", "police"),
    ),
    EventKind(
        "unveiling of the new signing",
        (
            "drew a crowd of 40,000",
            "took place",
            "was streamed on the club's channels",
            "went ahead in pouring rain",
        ),
        ("the club", "club officials", "the player's agent"),
        hosted=True,
    ),
    EventKind(
        "warehouse fire",
        (
            "destroyed stock worth $30m",
            "broke out",
            "burned through the night",
            "gutted a distribution centre",
        ),
        ("the fire brigade", "the retailer", "police"),
    ),
    EventKind(
        "chemical leak",
        (
            "forced the evacuation of 2,000 residents",
            "was detected",
            "shut the company's plant",
            "sent 30 workers to hospital",
        ),
        ("environmental regulators", "the company", "health officials"),
    ),
    EventKind(
        "walkout",
        (
            "began",
            "halted output at the carmaker's plant",
            "spread to a second assembly line",
            "idled some 6,000 workers",
        ),
        ("the union", "the carmaker", "workers' representatives"),
    ),
)

place_first = (
    "{Event} {happened} in {where}, {who} said.",
    "In {where}, {event} {happened}, according to {who}.",
    "{Who} confirmed that {event} {happened} in {where}.",
    "According to a statement issued by {who}, {event} {happened} in {where}.",
    "{Who} have so far released few details about the {where} {noun}.",
    "It was in {where} that {event} {happened}, {who} confirmed.",
    "{where} — {Event} {happened}, {who} said, in the first public account of what had gone on.",
    "Above: the scene of {event} in {where}.",
    "“{Event} {happened} in {where},” {who} said in a statement, adding that more information would follow.",
    "{Event}, which {happened} in {where}, dominated the region's news pages.",
    "{Event} {happened} — in scenes that were quickly shared online and that {who} later "
    "described as without precedent for the region — in {where}.",
    "Footage from {where} shared on social media showed the moments after {event} {happened}.",
    "Details of {where}'s {noun} were still emerging, {who} said.",
    "Reaction to the {noun} in {where} was swift, with {who} among the first to comment.",
    "{where}, where {event} {happened}, was back to normal within days, {who} said.",
    "“I have never seen anything like it,” said one resident of {where}, where {event} {happened}.",
    "According to {who}, it was in {where} — and not, as early social media posts claimed, "
    "somewhere else entirely — that {event} {happened}.",
    "{where} was the scene of {event}, {who} said in a brief update.",
    "People familiar with the matter said {event} {happened} in {where}, though {who} declined to comment.",
    "The {noun}, in {where}, was the first of its kind there for some time, {who} said.",
    "{Who}, speaking to reporters a few hours later, said that {event} {happened} in {where} "
    "and that a fuller statement would be issued once the facts were clear.",
    "In the account given by {who}, {event} {happened} in {where}.",
    "{Event} was {held} in {where}, {who} said.",
    "{where} hosted {event}, and {who} said the arrangements had worked well.",
    "{Who} chose {where} as the venue, and {event} was {held} there.",
    "{held} on home soil in {where}, {event} drew record viewing figures, {who} said.",
    "Tickets for {event}, {held} in {where}, sold out within hours.",
    "{Who} said it was the first time {where} had hosted {event}.",
    "With {where} as hosts, {event} was {held} at a venue that had been rebuilt for the occasion.",
    "{Event}, which was {held} in {where}, was by common consent the best attended in years, "
    "according to {who}.",
)

place_second = (
    "Coverage of the {noun} in {where} ran for days afterwards.",
    "When {event} {happened} in {where}, {who} were quick to comment.",
    "{Who} insisted that {event} {happened} in {where}.",
    "“What happened in {where} will be talked about for years,” one person close to {who} said of {event}.",
    "Pictures of {event} in {where} were widely shared within the hour.",
    "The {where} {noun} has prompted questions from {who}.",
    "{Who} are still piecing together how {event} unfolded in {where}.",
    "Asked about the {noun}, a spokesperson for {who} said only that what had taken place "
    "in {where} would be reviewed.",
    "A day after {event} in {where}, {who} were still fielding questions from reporters.",
    "It was not until {who} published a fuller account, several days later and after repeated "
    "requests from reporters, that it became clear just how much had gone on in {where} during {event}.",
    "That {noun}, in {where}, is now the subject of a review by {who}.",
    "Back in {where}, where {event} {happened}, few people wanted to talk about it.",
    "{Event} — in {where}, as {who} have since confirmed — {happened}.",
    "“We were in {where} when {event} {happened},” one witness told reporters.",
    "Since {event} in {where}, {who} have said little in public.",
    "By the time {who} issued a statement, images of the {noun} in {where} had already been seen "
    "by millions.",
    "The consequences of {event} in {where} will be felt for months, {who} said.",
    "Above: onlookers in {where} after {event}.",
    "{Who} described {event} in {where} as a turning point for everyone involved.",
    "Many of those who made the trip to {where}, which {held} {event}, had queued since dawn.",
    "{Event}, {held} in {where}, played out in front of a global television audience.",
    "Officials in {where}, which hosted {event}, called it a success.",
    "For many who made the visit to {where}, {event}, {held} there, was the highlight of the year.",
    "As hosts, {where} {held} {event} at short notice, {who} said.",
    "{Event} was {held} at a venue in {where}, according to {who}.",
    "{Who} said the decision to stage {event} in {where} had been taken months in advance, and "
    "that it was {held} there without any serious problems.",
    "Local businesses in {where} reported brisk trade while {event} was {held} there.",
    "Whatever else is said about {event}, the atmosphere in {where}, which hosted it, was by "
    "common consent the best in years, {who} noted.",
    "{Who} would not say why the {noun} in {where} attracted so little notice at the time.",
    "In a note to clients, analysts said the {noun} in {where} was unlikely to be the last of its kind.",
)

negatives_place = (
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "Reaction to {event} came quickly from as far away as {other}.",
        "from_to",
    ),
    NegativePair(
        "{Who} said {event} {happened} in {where}.",
        "Senior officials flew in from {other} after {event} in {where}.",
        "from_to",
    ),
    NegativePair(
        "{Event} was {held} in {where}, {who} said.",
        "Many of those at {event} had travelled from {other}, {who} said.",
        "from_to",
    ),
    NegativePair(
        "{Event}, which {happened} in {where}, drew wide attention.",
        "The last comparable {noun}, {who} noted, was in {other}.",
        "from_to",
    ),
    NegativePair(
        "{Event} was {held} in {where}.",
        "The next {noun} will be {held} in {other}, {who} said.",
        "from_to",
    ),
    NegativePair(
        "{Event} {happened} in {where}, according to {who}.",
        "One of the first to post footage of {event} was a student from {other} who was visiting {where}.",
        "from_to",
    ),
    NegativePair(
        "The {where} {noun} was the talk of the industry, {who} said.",
        "News of {event} in {where} reached {other} within minutes.",
        "from_to",
    ),
    NegativePair(
        "{Event} {happened} in {where}.",
        "Details of {event} were first announced at a press conference in {other}.",
        "from_to",
    ),
    NegativePair(
        "Pictures from the {where} {noun} were released by {who}.",
        "Television pictures of {event} in {where} were broadcast live in {other}.",
        "from_to",
    ),
    NegativePair(
        "{Event} {happened} in {where}, {who} later confirmed.",
        "{Who} said {event} had echoes of a similar one in {other} several years ago.",
        "from_to",
    ),
    NegativePair(
        "It was in {where} that {event} {happened}.",
        "{Who} said lessons from {event} would be shared with counterparts in {other}.",
        "from_to",
    ),
    NegativePair(
        "{where} hosted {event}, {who} said afterwards.",
        "Visitors who had made the journey from {other} were among the most enthusiastic at {event}.",
        "from_to",
    ),
    NegativePair(
        "{Event} was {held} in {where} this time.",
        "{Who} said the next edition would be {held} in {other}, which last staged it a decade ago.",
        "from_to",
    ),
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "{Event} was followed closely in {other}, where the story led the evening bulletins.",
        "from_to",
    ),
    NegativePair(
        "{Who} said {event} {happened} in {where}.",
        "Those caught up in {event} in {where} included a delegation from {other}.",
        "from_to",
    ),
    NegativePair(
        "{Event} was {held} in {where}.",
        "Much of the equipment needed for {event} had been shipped in from {other} by sea.",
        "from_to",
    ),
    NegativePair(
        "Above: the scene of {event} in {where}.",
        "{Who} said no one from {other} had been involved in {event}.",
        "from_to",
    ),
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "Elsewhere in {other}, life carried on much as normal after {event}.",
        "contained",
    ),
    NegativePair(
        "{Who} said {event} {happened} in {where}.",
        "{Event} was the most closely watched of its kind in {other} for years.",
        "contained",
    ),
    NegativePair(
        "{Event} was {held} in {where}, {who} said.",
        "Across {other}, millions followed {event} on television.",
        "contained",
    ),
    NegativePair(
        "In {where}, {event} {happened}, according to {who}.",
        "{Who} said {event} in {other} would be examined in detail.",
        "contained",
    ),
    NegativePair(
        "{where} hosted {event} for the first time in its history.",
        "For {other}, staging {event} was a point of pride.",
        "contained",
    ),
    NegativePair(
        "The {where} {noun} has drawn attention, {who} said.",
        "Newspapers in {other} gave {event} prominent coverage.",
        "contained",
    ),
    NegativePair(
        "{Event} {happened} in {where}.",
        "{Who} said {event} was the first of its kind in {other}.",
        "contained",
    ),
    NegativePair(
        "{Event}, {held} in {where}, was broadcast in more than 100 countries.",
        "Viewing figures for {event} were the highest ever recorded in {other}, {who} said.",
        "contained",
    ),
)

BANK = dataclasses.replace(
    DEV,
    name="place24b",
    kinds=KINDS,
    place_first=place_first,
    place_second=place_second,
    negatives_place=negatives_place,
)
