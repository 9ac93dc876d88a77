"""Place bank written by helper place25c, round 25 (blind author).

Register: European and Latin-American English-language outlets and translated wire copy
(Euronews, DW, France 24, RFI, The Local, Kyiv Independent, Meduza in English, Buenos Aires
Times, MercoPress, The Brazilian Report, swissinfo, ANSA, EFE, Kyodo, Yonhap). The copy often
reads as translated: "The events took place in ...", "according to the regional prosecutor's
office", "the head of the regional administration wrote on Telegram", "local media reported",
"{who} specified that ...", EFE-style datelines ("Madrid, (EFE).- ..."), photo captions, quotes
from residents and mayors, and attribution fronted or trailing. The place sits fronted, in a
cleft, in a relative clause, in an apposition, as a possessive or compound, in a dateline or
caption, and sometimes far from the event noun after a long inserted attribution. Event kinds
cover war reporting (drone strikes, artillery barrages), disasters (landslides, forest fires,
flash floods, avalanches, mine collapses), labour and politics (general strikes, marches,
referendums), transport (derailments, coach crashes) and the sport and culture pages
(derbies, rally stages, film festivals, carnival parades, a biennale).
"""

import dataclasses

from bench.injectors.consistency import EventKind, NegativePair
from bench.injectors.templates_dev import BANK as DEV

KINDS = (
    EventKind(
        "drone strike",
        (
            "hit a residential building",
            "damaged energy infrastructure",
            "killed two civilians",
            "set a warehouse ablaze",
        ),
        (
            "the regional governor",
            "the head of the regional military administration",
            "the State Emergency Service",
            "the city's mayor",
        ),
    ),
    EventKind(
        "artillery barrage",
        (
            "struck a residential district",
            "damaged a school and a clinic",
            "lasted several hours",
            "wounded three civilians",
        ),
        ("the regional prosecutor's office", "the regional governor", "local officials", "the police"),
    ),
    EventKind(
        "gas explosion",
        (
            "tore through an apartment block",
            "destroyed several flats",
            "injured at least five people",
            "shook the neighbourhood",
        ),
        ("firefighters", "the civil protection agency", "the police", "the mayor"),
    ),
    EventKind(
        "landslide",
        (
            "buried several houses",
            "cut off the main road",
            "swept away two cars",
            "hit after days of heavy rain",
        ),
        ("civil protection", "the regional authorities", "the fire brigade", "the mayor's office"),
    ),
    EventKind(
        "forest fire",
        (
            "spread towards nearby villages",
            "burned more than 2,000 hectares",
            "forced hundreds to evacuate",
            "was brought under control",
        ),
        ("the fire brigade", "the forestry agency", "the regional government", "civil protection"),
    ),
    EventKind(
        "general strike",
        (
            "paralysed public transport",
            "shut schools and banks",
            "halted port operations",
            "was called by the main unions",
        ),
        ("the unions", "the labour confederation", "the transport ministry", "the government"),
    ),
    EventKind(
        "protest march",
        (
            "drew tens of thousands",
            "ended in clashes with police",
            "passed off peacefully",
            "filled the main avenue",
        ),
        ("the organisers", "the police", "the city government", "the Interior Ministry"),
    ),
    EventKind(
        "train derailment",
        (
            "injured dozens of passengers",
            "halted rail traffic for hours",
            "involved a freight train",
            "blocked the main line",
        ),
        ("the rail operator", "the transport ministry", "emergency services", "accident investigators"),
    ),
    EventKind(
        "avalanche",
        (
            "buried a group of skiers",
            "struck a ski resort",
            "cut off two villages",
            "swept over a mountain road",
        ),
        ("mountain rescuers", "the alpine rescue service", "the carabinieri", "local authorities"),
    ),
    EventKind(
        "referendum",
        (
            "was approved by a wide margin",
            "was rejected by voters",
            "drew a low turnout",
            "failed to reach the quorum",
        ),
        ("the electoral commission", "the electoral authority", "the government", "international observers"),
    ),
    EventKind(
        "film festival",
        (
            "opened with a world premiere",
            "closed with its awards ceremony",
            "drew record audiences",
            "got under way",
        ),
        ("the organisers", "the festival director", "the culture ministry"),
        hosted=True,
    ),
    EventKind(
        "carnival parade",
        (
            "drew huge crowds",
            "wound through the city centre",
            "went ahead despite the rain",
            "ran late into the night",
        ),
        ("the organisers", "the city council", "the samba schools' league", "the tourism office"),
        hosted=True,
    ),
    EventKind(
        "rally stage",
        (
            "was won by the Toyota driver",
            "was cancelled because of fog",
            "was halted after a crash",
            "ended with a change of leader",
        ),
        ("the organisers", "the FIA", "race officials"),
        hosted=True,
    ),
    EventKind(
        "mine collapse",
        (
            "trapped eleven miners",
            "killed four workers",
            "left several miners missing",
            "prompted a large rescue operation",
        ),
        ("the mining company", "the labour ministry", "rescue teams", "the regional prosecutor's office"),
    ),
    EventKind(
        "derby",
        (
            "ended goalless",
            "was settled by a late penalty",
            "was interrupted by crowd trouble",
            "finished 2-1 to the home side",
        ),
        ("the league", "club officials", "the police", "the home club"),
        hosted=True,
    ),
    EventKind(
        "biennale",
        (
            "opened its doors",
            "drew a record number of visitors",
            "was inaugurated by the president",
            "closed after seven months",
        ),
        ("the organisers", "the curator", "the culture ministry", "the foundation behind it"),
        hosted=True,
    ),
    EventKind(
        "flash flood",
        (
            "swept through the town centre",
            "inundated dozens of homes",
            "followed a night of torrential rain",
            "left two people missing",
        ),
        ("civil protection", "the meteorological service", "the fire brigade", "the mayor"),
    ),
    EventKind(
        "coach crash",
        (
            "killed at least seven passengers",
            "involved a school group",
            "closed the motorway for hours",
            "left twenty people injured",
        ),
        ("traffic police", "the regional health service", "the bus company", "the prosecutor's office"),
    ),
)

PLACE_FIRST = (
    "The events took place in {where}, where {event} {happened} shortly after midnight, according to {who}.",
    "It happened in {where}: {event} {happened}, {who} said.",
    "{Event} {happened} in {where}, {who} said in a statement published on Telegram.",
    "According to {who}, {event} {happened} in {where} in the early hours.",
    "Local media reported that {event} {happened} in {where}, which was later confirmed by {who}.",
    '"{Event} {happened} right here in {where}, and nobody expected it," a witness told the broadcaster.',
    "{where}'s {noun} {happened} late in the evening, {who} said.",
    "The head of the regional administration wrote on Telegram that {event} in {where} {happened}.",
    "{Who} said that {a_noun} in {where} {happened}, adding that more information would follow.",
    "Footage circulating on social networks appeared to show {event} in {where}, which {who} said {happened} "
    "before dawn.",
    "It was in {where} that {event} {happened}, {who} told the EFE news agency.",
    "PHOTO: Scenes from {event} in {where}. (EFE)",
    "{where}, (EFE).- {Event} {happened}, according to {who}.",
    "The {where} {noun} {happened}, {who} confirmed, in what regional outlets called a day unlike any other.",
    "In a statement, {who} said {event} in {where} {happened} and asked the public to rely only on official "
    "channels.",
    "Speaking to journalists in {where}, where {event} {happened}, {who} gave few further details.",
    "The {noun}, which {happened} in {where}, dominated the front pages of the regional press.",
    "{Event} {happened} in the {where} area, {who} said, citing preliminary information.",
    "According to preliminary data from {who}, {event} {happened} in {where}.",
    "{Event}, in {where}, {happened}, {who} said on social media.",
    "In {where}, as {who} confirmed hours later, {event} {happened}.",
    "{Event} {happened} in {where} just before 10pm local time, reports said.",
    "{Who} specified that the place where {event} {happened} was {where}.",
    "{Event} — in {where} — {happened}, {who} said.",
    "Hours after {event} {happened} in {where}, {who} had yet to give a full account.",
    "The circumstances of {event} in {where} are still being established, {who} said.",
    "As reported by {who}, {event} in {where} {happened}.",
    "{a_noun} {happened} in {where} this week, {who} said.",
    "Those present in {where} described {event} as unlike anything they had seen before.",
    "In {where}, where {event} {happened}, {who} held a press conference in the afternoon.",
    "The news came from {where}: {event} {happened}, {who} said.",
    "{Event}, which according to {who} {happened} in {where}, was covered at length by national outlets.",
    "{Event}, {who} said in a lengthy statement that also thanked volunteers, the police and municipal "
    "staff for their work through the night, {happened} in {where}.",
    "Residents of {where}, where {event} {happened}, shared videos and photos on messaging apps.",
    "{where} hosted {event}, which {happened}, {who} said.",
    "{Event}, {held} this year in {where}, {happened}, according to {who}.",
    "This year's {noun} was {held} in {where} and {happened}, {who} said.",
)

PLACE_SECOND = (
    "{Who} later confirmed that {event} {happened} in {where}.",
    "The {noun} in {where} was covered live by regional television.",
    "Footage of {event} in {where} was widely shared online.",
    "The local authorities in {where} said they would review how {event} had been handled.",
    "{where}'s {noun} will be remembered for a long time, {who} said.",
    '"What we saw in {where} during {event} was extraordinary," one resident said.',
    "The {noun} {happened} in {where}, the regional prosecutor's office said.",
    "In {where}, {event} was the main topic of conversation the following day.",
    "{Event} in {where} drew comment from officials across the region.",
    "The {where} {noun} was debated at length in parliament afterwards.",
    "Details of {event} in {where} were provided by {who}.",
    "The events in {where}, where {event} {happened}, prompted reactions across the country.",
    "Asked about {event} in {where}, the minister declined to comment.",
    "{Event} took place in {where}, {who} recalled.",
    "Photos published by {who} show {event} in {where}.",
    "As for {event} in {where}, {who} said further information would be released in the coming days.",
    "The {noun} that {happened} in {where} was, according to {who}, without precedent.",
    "It was in {where}, {who} stressed, that {event} {happened}.",
    "Caption: {Event} in {where}, in an image released by {who}.",
    "Witnesses in {where} described {event} to local television.",
    "The Interior Ministry said in a statement that the situation in {where} after {event} was being "
    "monitored.",
    "Coverage of {event} in {where} dominated the evening news bulletins.",
    "In the days after {event} in {where}, officials faced questions from journalists.",
    "{Event} in {where} {happened}, it was later confirmed.",
    "According to the regional administration, {event} {happened} in {where}.",
    '"Nobody in {where} will forget {event}," the mayor said.',
    "With regard to {event} in {where}, {who} said a full report would be published.",
    "A day after {event} in {where}, life had largely returned to normal.",
    "The {noun} in {where} remains a subject of debate among local politicians.",
    "{Event} occurred in {where}, the news agency reported, citing {who}.",
    "Those who live in {where} saw {event} with their own eyes, local outlets said.",
    "The place where {event} {happened}, {where}, is now the focus of attention for {who}.",
    "The {noun}, {held} in {where}, was described by {who} as a success.",
    "{where}, which hosted {event}, counted the cost in the days that followed.",
    "Organisers said the {noun} {held} in {where} had been a logistical challenge.",
)

NEGATIVES_PLACE = (
    # from_to: {other} is not where the event happened
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "Among those present at {event} in {where} was a delegation from {other}.",
        "from_to",
    ),
    NegativePair(
        "{Event} in {where} {happened}, according to {who}.",
        "News of {event} in {where} quickly reached {other}, where it led the evening bulletins.",
        "from_to",
    ),
    NegativePair(
        "{Who} said {event} {happened} in {where}.",
        "Journalists travelled from {other} to {where} to cover {event}.",
        "from_to",
    ),
    NegativePair(
        "The events took place in {where}, where {event} {happened}.",
        "{Who} compared {event} in {where} with one in {other} several years ago.",
        "from_to",
    ),
    NegativePair(
        "{Event} was {held} in {where}, {who} said.",
        "The next {noun} will be {held} in {other}, the organisers announced.",
        "from_to",
    ),
    NegativePair(
        "{Event} in {where} {happened}, local media reported.",
        "Reactions to {event} in {where} came from as far away as {other}.",
        "from_to",
    ),
    NegativePair(
        "According to {who}, {event} {happened} in {where}.",
        "One of the people at the centre of {event} in {where} was originally from {other}, media said.",
        "from_to",
    ),
    NegativePair(
        "{Event} {happened} in {where}, {who} said in a written statement sent to the agency.",
        "The embassy of {other} in {where} said none of its nationals had been caught up in {event}.",
        "from_to",
    ),
    NegativePair(
        "{where}'s {noun} {happened}, {who} said.",
        "The {noun} in {where} was bigger than the one in {other} the year before, {who} said.",
        "from_to",
    ),
    NegativePair(
        "{Event} {happened} in {where}, according to {who}.",
        "In {other}, where many people from {where} now live, {event} was followed closely on television.",
        "from_to",
    ),
    NegativePair(
        "It was in {where} that {event} {happened}.",
        "After {event} in {where}, the president flew on to {other} for a scheduled visit.",
        "from_to",
    ),
    NegativePair(
        "{Who} said that {a_noun} in {where} {happened}.",
        "Specialists from {other} were sent to {where} to help assess {event}.",
        "from_to",
    ),
    NegativePair(
        "{Event} {happened} in {where}, as {who} confirmed to local outlets.",
        "The {noun} in {where} came only a week after a similar one in {other}.",
        "from_to",
    ),
    NegativePair(
        "{Event} {happened} in {where}, the news agency reported.",
        "Flights from {other} to {where} were delayed on the day of {event}.",
        "from_to",
    ),
    NegativePair(
        "{Event} was {held} in {where} this year.",
        "{where} hosted {event} after {other} pulled out of organising it.",
        "from_to",
    ),
    NegativePair(
        "{where} hosted {event}, a first for the hosts, {who} recalled.",
        "Last year's {noun} was {held} in {other}.",
        "from_to",
    ),
    NegativePair(
        "The {where} {noun} {happened}, {who} said.",
        "The correspondent, who is based in {other}, travelled to {where} to report on {event}.",
        "from_to",
    ),
    NegativePair(
        "{Event} in {where} {happened}, {who} said.",
        "{Who} said {event} in {where} would be discussed at a meeting in {other} next month.",
        "from_to",
    ),
    NegativePair(
        "{Event} {happened} in {where}, according to local media.",
        "Nothing quite like {event} in {where} has ever been seen in {other}, commentators said.",
        "from_to",
    ),
    # contained: {other} is the country of {where} or a city in it
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "The {noun} in {where} made headlines across {other}.",
        "contained",
    ),
    NegativePair(
        "{Event} in {where} {happened}, local media reported.",
        "Officials in {other} said they were following {event} in {where} closely.",
        "contained",
    ),
    NegativePair(
        "According to {who}, {event} {happened} in {where}.",
        "{Event} in {where} was the main story in the {other} press.",
        "contained",
    ),
    NegativePair(
        "The events took place in {where}, where, {who} said, {event} {happened}.",
        "Residents of {other} followed {event} in {where} on television.",
        "contained",
    ),
    NegativePair(
        "{where}'s {noun} {happened}, {who} confirmed.",
        "Reporters from the main newspapers of {other} were at {event} in {where}.",
        "contained",
    ),
    NegativePair(
        "{Event} {happened} in {where}, {who} said on Telegram.",
        "The {noun} in {where} is the biggest story in {other} this week, {who} said.",
        "contained",
    ),
    NegativePair(
        "It happened in {where}: {event} {happened}.",
        "For many in {other}, {event} in {where} was all anyone talked about.",
        "contained",
    ),
    NegativePair(
        "{Event} was {held} in {where}, according to {who}.",
        "Visitors from all over {other} came to {where} for {event}.",
        "contained",
    ),
    NegativePair(
        "{Who} said {event} {happened} in {where}.",
        "Politicians in {other} were quick to comment on {event} in {where}.",
        "contained",
    ),
)

BANK = dataclasses.replace(
    DEV,
    name="place25c",
    kinds=KINDS,
    place_first=PLACE_FIRST,
    place_second=PLACE_SECOND,
    negatives_place=NEGATIVES_PLACE,
)
