"""Place-conflict wording bank written by helper place19d, round 19. It imitates the
English-language dailies and wire services of South Asia, Africa, South-East Asia and
Latin America (Indian metro and regional papers, Kenyan and Nigerian dailies, Manila
broadsheets, the Singapore and South African press): "the incident was reported from",
"the programme was organised at the premises of", "a case has been registered",
"speaking to mediapersons", "confirming the incident, the police public relations
officer said", "thrown out of gear", "ex-gratia", "the spot", "as per", datelines with
"here", long attributions to district, county and state officials by their titles, and
the stampedes, bus plunges, road-shows, dharnas, ferry mishaps, evictions, passing-out
parades, hooch tragedies and market fires such papers cover."""

import dataclasses

from bench.injectors.consistency import EventKind, NegativePair
from bench.injectors.templates_dev import BANK as DEV

KINDS = (
    EventKind(
        "stampede",
        (
            "claimed eleven lives",
            "broke out as the crowd surged towards the exit",
            "left dozens of devotees injured",
        ),
        (
            "the district superintendent of police",
            "the state disaster management authority",
            "officials of the district administration",
        ),
    ),
    EventKind(
        "bus plunge",
        ("killed at least 14 passengers", "happened shortly before dawn", "left 22 passengers injured"),
        (
            "the regional transport officer",
            "the highway patrol commander",
            "the spokesperson of the state road transport corporation",
        ),
    ),
    EventKind(
        "road-show",
        ("drew thousands of supporters", "went on for nearly four hours", "brought traffic to a standstill"),
        ("party functionaries", "the district election officer", "the candidate's campaign manager"),
        hosted=True,
    ),
    EventKind(
        "dharna",
        ("entered its third day", "was called off after talks", "disrupted traffic for several hours"),
        (
            "the union's general secretary",
            "the assistant commissioner of police",
            "leaders of the agitating farmers",
        ),
        hosted=True,
    ),
    EventKind(
        "ferry mishap",
        ("left 30 passengers missing", "claimed at least 11 lives", "occurred in rough weather"),
        ("the coast guard", "the general manager of the port authority", "the marine police"),
    ),
    EventKind(
        "eviction drive",
        (
            "left some 400 families homeless",
            "turned violent",
            "was carried out under heavy police deployment",
        ),
        (
            "the county commissioner",
            "housing rights activists",
            "the enforcement wing of the municipal corporation",
        ),
    ),
    EventKind(
        "passing-out parade",
        (
            "saw 312 cadets commissioned",
            "was reviewed by the chief of army staff",
            "marked the end of 44 weeks of training",
        ),
        ("the academy commandant", "the defence public relations officer", "the army's spokesperson"),
        hosted=True,
    ),
    EventKind(
        "town-hall meeting",
        ("drew a capacity crowd", "turned rowdy", "lasted nearly three hours"),
        ("the ward councillor", "the office of the member of parliament", "civil society organisers"),
        hosted=True,
    ),
    EventKind(
        "rally",
        ("drew a massive turnout", "ended peacefully", "was addressed by the party president"),
        ("the party's state unit", "the rally's convener", "the deputy commissioner of police"),
        hosted=True,
    ),
    EventKind(
        "cloudburst",
        ("swept away several houses", "struck in the early hours", "triggered flash floods"),
        ("the meteorological department", "the sub-divisional magistrate", "the disaster response force"),
    ),
    EventKind(
        "building collapse",
        ("trapped dozens of workers", "killed at least seven people", "occurred after days of heavy rain"),
        ("the municipal commissioner", "the fire and rescue services", "the emergency management agency"),
    ),
    EventKind(
        "mob attack",
        (
            "left two men dead",
            "was sparked by rumours of child-lifting",
            "was caught on mobile phone cameras",
        ),
        ("the inspector general of police", "the state human rights commission", "villagers"),
    ),
    EventKind(
        "tanker explosion",
        ("killed dozens of people", "set nearby shops ablaze", "sent a fireball across the highway"),
        (
            "the sector commander of the road safety corps",
            "the state fire service",
            "the spokesman of the emergency management agency",
        ),
    ),
    EventKind(
        "cultural festival",
        ("drew performers from across the region", "ended with a fireworks display", "ran for five days"),
        ("the festival's organising committee", "the culture ministry", "the tourism board"),
        hosted=True,
    ),
    EventKind(
        "abduction",
        ("involved 40 schoolchildren", "was carried out by armed men", "sparked a massive manhunt"),
        (
            "the police public relations officer",
            "the state commissioner for information",
            "the school's management",
        ),
    ),
    EventKind(
        "hooch tragedy",
        ("claimed 29 lives", "left dozens hospitalised", "came to light on Sunday"),
        ("the excise superintendent", "the district collector", "the civil surgeon"),
    ),
    EventKind(
        "bridge collapse",
        (
            "sent vehicles plunging into the river",
            "left commuters stranded",
            "happened at the height of rush hour",
        ),
        ("the public works department", "rescue officials", "the chief engineer"),
    ),
    EventKind(
        "communal clash",
        ("left 12 people injured", "erupted over a procession", "led to prohibitory orders being clamped"),
        ("the district magistrate", "the deputy inspector general of police", "community elders"),
    ),
    EventKind(
        "marathon",
        ("attracted more than 20,000 runners", "ended in a course record", "was flagged off before dawn"),
        ("the race organisers", "the athletics federation", "the race director"),
        hosted=True,
    ),
    EventKind(
        "jailbreak",
        ("freed more than 200 inmates", "sparked a manhunt", "happened shortly after midnight"),
        (
            "the prisons service spokesperson",
            "the correctional services commissioner",
            "the interior ministry",
        ),
    ),
    EventKind(
        "train derailment",
        ("left 300 passengers injured", "disrupted services for a day", "occurred minutes after midnight"),
        (
            "the railway's chief public relations officer",
            "the railway board",
            "the divisional railway manager",
        ),
    ),
    EventKind(
        "trade expo",
        (
            "drew exhibitors from 30 countries",
            "was opened by the trade minister",
            "closed with deals worth millions",
        ),
        ("the chamber of commerce", "the export promotion council", "the expo's organisers"),
        hosted=True,
    ),
    EventKind(
        "market fire",
        ("gutted more than 200 stalls", "raged for six hours", "broke out shortly after midnight"),
        ("the fire brigade", "the market traders' association", "the county fire officer"),
    ),
    EventKind(
        "hit-and-run",
        ("left a pedestrian dead", "was caught on a traffic camera", "happened late on Saturday"),
        ("the traffic police", "the investigating officer", "the victim's family"),
    ),
    EventKind(
        "gas cylinder blast",
        ("flattened a two-storey house", "injured eight people", "rattled windows across the neighbourhood"),
        ("the fire department", "the station house officer", "the district emergency officer"),
    ),
)

PLACE_FIRST = (
    "According to {who}, {event} {happened} in {where}, leaving local residents shaken.",
    "{Event} took place near a bus terminus in {where}, {who} told this newspaper.",
    "{Who} confirmed that {event} in {where} {happened}.",
    "{Event} {happened} in {where}, {who} said in a statement issued late on Tuesday.",
    "The {where} {noun} {happened}, {who} said.",
    (
        "Speaking to mediapersons, {who} said {event} had taken "
        "place in {where} and that a detailed report had been sought."
    ),
    "{Event}, which took place in {where}, {happened}, {who} said.",
    "{Event} was {held} at the premises of the municipal stadium in {where}, {who} said.",
    "{Event}, {held} in {where} under the aegis of the district administration, {happened}.",
    "{where} hosted {event}, which {happened}, {who} said.",
    "{where}: {Event} that {happened} here continued to dominate conversations on Wednesday.",
    "Residents of {where}, where {event} {happened}, told reporters they had never seen anything like it.",
    "It was in {where} that {event} {happened}, {who} said.",
    "{Event} took place barely a kilometre from the district headquarters in {where}, eyewitnesses said.",
    "In {where}, {event} {happened}, as per {who}.",
    "{Who} said {event} in {where} was the biggest of its kind in recent memory.",
    "{Event} — which {happened} — unfolded in the heart of {where}, {who} added.",
    "Police sources said {event} unfolded in a densely populated part of {where}.",
    '"{Event} {happened} right here in {where}," {who} told reporters.',
    "Footage shot at the scene in {where} soon after {event} was widely shared on social media.",
    "{Who} said {event} {happened} within the jurisdiction of the {where} police.",
    "The {noun} in {where}, {who} said, {happened}.",
    "{Event} {held} in {where} over the weekend {happened}, {who} said.",
    "Authorities in {where}, where {event} {happened}, have ordered a magisterial probe.",
    "Hundreds of people thronged the spot in {where} where {event} {happened}.",
    "{Event} was reported from {where}, {who} said.",
    "{Event} in {where} is the latest in a string of such incidents, {who} noted.",
    "Confirming {event} in {where}, {who} said the situation had been brought under control.",
    "The site of {event} in {where} was cordoned off by security personnel, {who} said.",
    "The organisers had {held} {event} on the sprawling grounds of a college in {where}, {who} said.",
)

PLACE_SECOND = (
    "{Event} in {where} has sparked a political slugfest, with opposition leaders demanding accountability.",
    "Eyewitnesses at the scene in {where} gave varying accounts of how {event} unfolded.",
    "{Who}, addressing a press conference, reiterated that {event} had taken place in {where}.",
    "The {where} {noun} is expected to come up when the legislature reconvenes, {who} said.",
    "Footage of {event} in {where} has been viewed more than a million times online.",
    "Eyewitnesses to {event} in {where} recounted the sequence of events to reporters.",
    "{Event} was {held} in {where}, {who} clarified.",
    "Organisers said {event} had been {held} at a sprawling ground in {where} to accommodate the crowds.",
    "{where}, which hosted {event}, had made elaborate security arrangements, {who} said.",
    "Locals in {where}, where {event} took place, said they had been kept in the dark.",
    "In a statement, {who} said the {noun} in {where} was being looked into.",
    "Security was beefed up across {where} after {event} there, {who} said.",
    "Reactions poured in after {event} in {where}.",
    "{Who} said {event} had unfolded within a few hundred metres of a busy market in {where}.",
    "{Who} visited the spot in {where} where {event} {happened}.",
    "{Event} was witnessed by hundreds of people in {where}, {who} said.",
    "Speaking at the scene in {where}, {who} said investigations into {event} were ongoing.",
    "A case has been registered in {where} in connection with {event}, which {happened} there.",
    "Social media was abuzz with videos of {event} in {where}.",
    "What happened in {where} during {event} has been referred to a commission of inquiry, {who} said.",
    "The state government has announced ex-gratia payments for those affected by {event} in {where}.",
    "Amid tight security, {event} was {held} in {where}, {who} said.",
    "Traffic in {where} was thrown out of gear for hours as {event} unfolded there.",
    "The chief minister has sought a report on {event} in {where}.",
    "{Who}, who visited the scene of {event} in {where}, said calm had been restored.",
    "Authorities in {where} scrambled to respond as {event} unfolded there.",
    "It remains unclear what triggered {event} in {where}, {who} said.",
    "The venue where {event} was {held}, a sports complex in {where}, was packed to capacity, {who} said.",
    "{Event} in {where}, {who} said, was the first of its kind there in years.",
    "Clearing the air on {event}, {who} said it had been hosted in {where}.",
)

NEGATIVES_PLACE = (
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "It was the second such {noun} this year, after {a_noun} in {other} in February.",
        "another",
    ),
    NegativePair(
        "The {where} {noun} {happened}, {who} said.",
        "Older residents recalled the {other} {noun} of 2016, which had also drawn national attention.",
        "another",
    ),
    NegativePair(
        "{Event} was {held} in {where}, {who} said.",
        "Another {noun}, to be hosted by {other}, is scheduled for next month, {who} said.",
        "another",
    ),
    NegativePair(
        "{Event} took place in {where}, {who} said.",
        (
            "In {other}, hundreds of kilometres away, {event} in "
            "{where} dominated discussions on radio talk shows."
        ),
        "elsewhere",
    ),
    NegativePair(
        "Residents of {where}, where {event} {happened}, were still in shock.",
        "Families in {other} waited anxiously for news of loved ones caught up in {event} in {where}.",
        "elsewhere",
    ),
    NegativePair(
        "{Who} confirmed that {event} in {where} {happened}.",
        (
            "Speaking to this newspaper by telephone from {other}, "
            "{who} said {event} in {where} was being looked into."
        ),
        "elsewhere",
    ),
    NegativePair(
        "{Event} in {where} {happened}, {who} said.",
        "Many of those caught up in {event} in {where} had travelled from {other}.",
        "from_to",
    ),
    NegativePair(
        "{Event} {happened} in {where}, {who} told this newspaper.",
        (
            "Several of those hurt in {event} were later flown "
            "from {where} to {other} for specialised treatment."
        ),
        "from_to",
    ),
    NegativePair(
        "{Event} took place in {where}, {who} said.",
        "{Event} in {other} has prompted calls for an independent inquiry.",
        "contained",
    ),
    NegativePair(
        "{Who} said {event} had taken place in {where}.",
        "{Who} described {event} as the biggest of its kind {other} had seen in a decade.",
        "contained",
    ),
)

BANK = dataclasses.replace(
    DEV,
    name="place19d",
    kinds=KINDS,
    place_first=PLACE_FIRST,
    place_second=PLACE_SECOND,
    negatives_place=NEGATIVES_PLACE,
)
