"""Date bank date24a: written by helper date24a, round 24 (blind author). It imitates the
register of features, analysis, retrospectives and court/inquiry reporting in UK, Irish,
Indian, South African and Australian papers: "It was ... that", timelines in running prose,
inquiry findings, court reports, remembrances, obituary-style asides, captions and
reported speech, across crime, transport, industry, politics, sport, health and weather."""

import dataclasses

from bench.injectors.consistency import EventKind, NegativePair
from bench.injectors.templates_dev import BANK as DEV

KINDS = (
    EventKind(
        "stampede",
        ("broke out", "claimed eleven lives", "happened", "left dozens injured"),
        ("police", "the district collector", "the state disaster management authority", "organisers"),
    ),
    EventKind(
        "heist",
        ("was carried out", "took place", "netted the gang several million", "was pulled off"),
        ("detectives", "the prosecution", "the Hawks", "gardaí"),
    ),
    EventKind(
        "derailment",
        (
            "happened",
            "occurred",
            "left more than forty passengers injured",
            "brought the line to a standstill",
        ),
        ("rail accident investigators", "the train operator", "railway officials"),
    ),
    EventKind(
        "by-election",
        ("was held", "took place", "was won by the opposition", "went ahead"),
        ("the electoral commission", "the returning officer", "party officials"),
        hosted=True,
    ),
    EventKind(
        "lockout",
        ("began", "was imposed", "was declared", "shut the plant"),
        ("the union", "management", "the company", "shop stewards"),
    ),
    EventKind(
        "sit-in",
        ("began", "was staged", "got under way", "spread to a second building"),
        ("the students' union", "organisers", "the university", "campus security"),
        hosted=True,
    ),
    EventKind(
        "heatwave",
        ("peaked", "set in", "broke temperature records", "took hold"),
        ("the Met Office", "the Bureau of Meteorology", "forecasters", "the India Meteorological Department"),
    ),
    EventKind(
        "recall",
        ("was announced", "was issued", "was ordered", "was extended nationwide"),
        ("the regulator", "the manufacturer", "the food safety authority"),
    ),
    EventKind(
        "coup",
        ("took place", "was launched", "unfolded", "toppled the elected government"),
        ("diplomats", "the foreign ministry", "regional analysts", "the African Union"),
    ),
    EventKind(
        "motorway pile-up",
        ("happened", "occurred", "closed the carriageway for hours", "involved more than thirty vehicles"),
        ("police", "the ambulance service", "highways officials"),
    ),
    EventKind(
        "landslip",
        ("struck", "buried several homes", "swept through the village", "cut off the valley road"),
        ("the fire service", "the National Disaster Response Force", "local councillors"),
    ),
    EventKind(
        "measles outbreak",
        ("was declared", "was first detected", "began", "forced the closure of two schools"),
        ("health officials", "the HSE", "the health department", "public health doctors"),
    ),
    EventKind(
        "junior doctors' walkout",
        ("began", "went ahead", "was staged", "hit outpatient clinics"),
        ("the doctors' union", "hospital managers", "the health minister"),
    ),
    EventKind(
        "cup final",
        ("was played", "took place", "went to extra time", "ended in a penalty shoot-out"),
        ("the football association", "match officials", "organisers"),
        hosted=True,
    ),
    EventKind(
        "match-fixing scandal",
        ("broke", "came to light", "erupted", "engulfed the national side"),
        ("the cricket board", "anti-corruption investigators", "the integrity unit"),
    ),
    EventKind(
        "warehouse fire",
        ("broke out", "started", "gutted the building", "sent smoke across the city"),
        ("the fire brigade", "fire investigators", "the owners"),
    ),
    EventKind(
        "bridge collapse",
        ("happened", "occurred", "killed six people", "sent two buses into the river"),
        ("engineers", "the roads authority", "the inquiry team"),
    ),
    EventKind(
        "leadership spill",
        ("was called", "took place", "unseated the premier", "split the party room"),
        ("party insiders", "senior MPs", "the party whip"),
    ),
    EventKind(
        "tavern shooting",
        ("happened", "took place", "left four people dead", "shocked the township"),
        ("police", "the provincial police commissioner", "witnesses"),
    ),
)

DATE_FIRST = (
    "It was {when} that {event} {happened}, and the questions it raised have not gone away.",
    "{Event} {happened} {when}, according to {who}.",
    "{Who} confirmed that {event} {happened} {when}.",
    "The inquiry heard that {event} {happened} {when}.",
    "Counsel for the families told the hearing that {event} {happened} {when} and that the warning signs "
    "had been there for months.",
    "{when}, {event} {happened}; within hours {who} had begun fielding calls from across the country.",
    "{Event}, which {happened} {when}, is now the subject of a formal review.",
    "{Event} — which {happened} {when} — is still being pieced together by {who}.",
    "Records seen by this newspaper show that {event} {happened} {when}.",
    "Pictured: the aftermath of {event} {when}.",
    "She was among the first to speak publicly after {event}, which {happened} {when}.",
    "Asked about {event}, which {happened} {when}, the minister said lessons had been learnt.",
    '"{Event} {happened} {when}, and we are still waiting for answers," said one resident.',
    "Opening the case, the prosecutor told the jury that {event} {happened} {when}.",
    "The timeline is not in dispute: {event} {happened} {when}, the minister was briefed within hours "
    "and a review was ordered.",
    "Families gathered to remember those affected by {event}, which {happened} {when}.",
    "Since {event} {happened} {when}, little has changed on the ground.",
    "According to the report, {event} {happened} {when} and was not properly logged at the time.",
    "At a glance: {event} {happened} {when}, and {who} said a fuller statement would follow.",
    "As per {who}, {event} {happened} {when}.",
    "{Who} said {event} {happened} {when}, adding that the matter had been escalated.",
    "There had been {a_noun} {when}, {who} said, but details were scarce.",
    "Much of the evidence concerns the events {when}, when {event} {happened}.",
    "{Event} {happened} {when}, the first of its kind in the area for many years.",
    '"Let me be clear: {event} {happened} {when}," {who} said at a briefing.',
    "Although the figures have been revised several times, there is no dispute that {event} {happened} "
    "{when}, and the report published this week says as much.",
    "{Event} {when} was, by any measure, the most serious the region has seen.",
    "Details of {event} {when} emerged only after a summary was published.",
    "Witnesses described scenes of confusion as {event} {happened} {when}.",
    "The events surrounding {event}, which {happened} {when}, were laid out in a report to parliament.",
)

DATE_SECOND = (
    "Looking back, {who} said {event} {happened} {when}.",
    "When {event} {happened} {when}, few expected the fallout to last this long.",
    "{Event} {when} prompted calls for an independent review.",
    "In evidence to the inquiry, {who} said {event} {happened} {when}.",
    "The jury was told {event} {happened} {when}.",
    "In the time since {event} {happened} {when}, three senior figures have stepped down.",
    '"It was {when}," {who} said of {event}, "and we are still counting the cost."',
    "{Event}, which {happened} {when}, was the focus of questions in parliament this week.",
    "By the time {event} {happened} {when}, several warnings had already been raised.",
    "Above: the scene after {event} {when}.",
    "First came {event}, {when}; then the recriminations.",
    "It is now clear that {event} {happened} {when}, {who} said in a statement.",
    "Papers filed with the court show that {event} {happened} {when}.",
    "{Who} later confirmed to this newspaper that {event} {happened} {when}.",
    "Memories of {event} {when} remain raw for many in the area.",
    "The report into {event} says it {happened} {when}.",
    "Questions about {event} {when} dominated the session.",
    'Recalling {event}, which {happened} {when}, one official said: "We were simply not ready."',
    "{Event}, according to {who}, {happened} {when}.",
    "{when}, {event} {happened}, and nothing has been quite the same since.",
    "That {event} {happened} {when} is not disputed by any of the parties.",
    "{Event} {happened} {when} — a fact {who} did not contest at the hearing.",
    "Those who lived through {event} {when} say the response was slow.",
    "The coroner noted that {event} {happened} {when}.",
    "{Event} {when}: what the inquiry found.",
    "Even now, {event} {when} is described by {who} as a turning point.",
    "Police were called {when}, minutes after {event} {happened}.",
    "Speaking at the time, {who} said {event} {happened} {when}.",
    "The inquiry's findings leave no doubt that {event} {happened} {when}.",
    "He was on duty {when}, when {event} {happened}, and gave evidence for most of the afternoon.",
    "It emerged during cross-examination that {event} {happened} {when}.",
)

NEGATIVES_DATE = (
    # planned: the second date is a future, scheduled thing
    NegativePair(
        "{Event} {happened} {when}, {who} said.",
        "A memorial service for those affected by the {noun} is planned {when}.",
        "planned",
    ),
    NegativePair(
        "The inquiry into {event}, which {happened} {when}, has heard from dozens of witnesses.",
        "Its final report is expected {when}.",
        "planned",
    ),
    NegativePair(
        "{Who} said {event} {happened} {when}.",
        "A full hearing into the {noun} is scheduled to open {when}.",
        "planned",
    ),
    NegativePair(
        "It was {when} that {event} {happened}.",
        "A report on the {noun} is due {when}, {who} said.",
        "planned",
    ),
    NegativePair(
        "The court heard that {event} {happened} {when}.",
        "The case is expected to resume {when}, when the defence will open its evidence.",
        "planned",
    ),
    NegativePair(
        "Since {event} {happened} {when}, the minister has faced repeated calls to act.",
        "A review of the {noun} will report {when}, she told MPs.",
        "planned",
    ),
    NegativePair(
        "{Event}, which {happened} {when}, touched almost every family in the district.",
        "A plaque commemorating the {noun} is due to be unveiled {when}.",
        "planned",
    ),
    NegativePair(
        "Records show {event} {happened} {when}.",
        "Compensation payments to those affected by the {noun} are expected to begin {when}, officials said.",
        "planned",
    ),
    # compatible: the same event, one date nested in the other
    NegativePair(
        "{Event} {happened} {when}, {who} said.",
        "The inquiry heard that the {noun} {happened} {when}.",
        "compatible",
    ),
    NegativePair(
        "It was {when} that {event} {happened}.",
        "Those caught up in the {noun} {when} are still waiting for compensation.",
        "compatible",
    ),
    NegativePair(
        "{Event}, which {happened} {when}, has been the subject of three separate reviews.",
        "According to {who}, the {noun} {happened} {when}.",
        "compatible",
    ),
    NegativePair(
        "Records seen by this newspaper show that {event} {happened} {when}.",
        '"We were there {when}, when the {noun} {happened}," one witness told the hearing.',
        "compatible",
    ),
    NegativePair(
        "{when}, {event} {happened}.",
        "The jury was told the {noun} {happened} {when}.",
        "compatible",
    ),
    NegativePair(
        "{Who} confirmed that {event} {happened} {when}.",
        "Pictured: the scene after the {noun} {when}.",
        "compatible",
    ),
    NegativePair(
        "Much of the evidence concerns {event}, which {happened} {when}.",
        "The {noun} — which took place {when} — was the first test of the new emergency plan.",
        "compatible",
    ),
    NegativePair(
        "As per {who}, {event} {happened} {when}.",
        "That the {noun} {happened} {when} is not in dispute.",
        "compatible",
    ),
    # another: a different instance of the same kind of event, on a date of its own
    NegativePair(
        "{Event} {happened} {when}.",
        "Comparisons have been drawn with the {year} {noun}, which {happened} {when} and was handled very "
        "differently.",
        "another",
    ),
    NegativePair(
        "{Who} said {event} {happened} {when}.",
        "A separate {noun} {when} is being dealt with by a different team.",
        "another",
    ),
    NegativePair(
        "It was {when} that {event} {happened}.",
        "Her brother had been caught up in a different {noun} {when}, and she rarely spoke of it.",
        "another",
    ),
    NegativePair(
        "{Event}, which {happened} {when}, drew attention from across the country.",
        "Another {noun}, {when}, drew far less attention.",
        "another",
    ),
    NegativePair(
        "The inquiry heard that {event} {happened} {when}.",
        "Only one other {noun} in living memory comes close: the one that {happened} {when}.",
        "another",
    ),
    NegativePair(
        "Since {event} {happened} {when}, officials have been under pressure.",
        "{Who} stressed that a second {noun}, {when}, was unrelated.",
        "another",
    ),
    NegativePair(
        "{Event} {happened} {when}, {who} said.",
        "The {year} {noun}, which {happened} {when}, is the subject of a separate inquiry.",
        "another",
    ),
    NegativePair(
        "Asked about {event}, which {happened} {when}, the minister declined to comment.",
        "It was not the only {noun} in recent memory: another {happened} {when}.",
        "another",
    ),
    NegativePair(
        "Counsel told the hearing that {event} {happened} {when}.",
        "The court also heard evidence about an unrelated {noun} {when}, which the defence said had no "
        "bearing on the case.",
        "another",
    ),
)

BANK = dataclasses.replace(
    DEV,
    name="date24a",
    kinds=KINDS,
    date_first=DATE_FIRST,
    date_second=DATE_SECOND,
    negatives_date=NEGATIVES_DATE,
)
