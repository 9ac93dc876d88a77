"""Date bank date29b, written by helper date29b, round 29 (blind author). It imitates the
science, health, environment and technology desks (Nature News, STAT, The Verge, Ars
Technica, wire science desks, public-health agency releases): outbreaks, breaches, outages,
launches, earthquakes, eruptions, wildfires, spills, recalls, regulatory approvals, studies,
eclipses, hospital walkouts and cyberattacks. Habits: timeline-like sentences ("Timeline:",
"What is known so far:"), "first detected"-style predicates, dates fronted or in clefts,
dates after the event noun ("the outage on 12 May"), relative clauses ("which began ..."),
attribution first or last or in the middle, researchers quoted, captions."""

import dataclasses

from bench.injectors.consistency import EventKind, NegativePair
from bench.injectors.templates_dev import BANK as DEV

KINDS = (
    EventKind(
        "outbreak",
        ("was first detected", "began", "was declared", "was confirmed"),
        ("health officials", "the health ministry", "the World Health Organization", "epidemiologists"),
    ),
    EventKind(
        "data breach",
        ("took place", "was discovered", "occurred", "was first spotted"),
        ("the company", "security researchers", "the data protection regulator", "investigators"),
    ),
    EventKind(
        "outage",
        ("began", "started", "hit customers", "knocked services offline"),
        ("the operator", "engineers", "the company", "the carrier"),
    ),
    EventKind(
        "launch",
        ("went ahead", "took place", "was carried out", "lifted the probe into orbit"),
        ("the space agency", "mission controllers", "NASA", "the launch provider"),
    ),
    EventKind(
        "earthquake",
        ("struck", "hit", "shook the region", "was recorded"),
        ("seismologists", "the US Geological Survey", "emergency officials", "the geological survey"),
    ),
    EventKind(
        "eruption",
        ("began", "started", "was first observed", "sent ash high into the sky"),
        ("volcanologists", "the volcano observatory", "civil protection officials"),
    ),
    EventKind(
        "wildfire",
        ("broke out", "ignited", "was sparked", "started"),
        ("fire officials", "the fire service", "forestry officials", "firefighters"),
    ),
    EventKind(
        "oil spill",
        ("began", "was first spotted", "occurred", "fouled the coastline"),
        ("the coast guard", "environmental officials", "the pipeline operator"),
    ),
    EventKind(
        "recall",
        ("was announced", "was issued", "was ordered", "was posted"),
        ("the regulator", "the manufacturer", "the Food and Drug Administration", "the agency"),
    ),
    EventKind(
        "cyberattack",
        ("began", "hit the network", "was detected", "crippled the systems"),
        ("the hospital", "cybersecurity officials", "the company", "investigators"),
    ),
    EventKind(
        "eclipse",
        ("took place", "was visible", "reached totality", "darkened the sky"),
        ("astronomers", "NASA", "the observatory"),
    ),
    EventKind(
        "walkout",
        ("began", "got under way", "was staged by nurses", "started"),
        ("the nurses' union", "hospital managers", "the union", "the health trust"),
    ),
    EventKind(
        "approval",
        ("was granted", "came", "was announced", "was handed down"),
        ("the regulator", "the drugmaker", "the agency", "the European Medicines Agency"),
    ),
    EventKind(
        "study",
        ("was published", "appeared", "came out", "was released"),
        ("the researchers", "the journal", "the university"),
    ),
    EventKind(
        "blackout",
        ("began", "struck", "plunged the city into darkness", "hit the grid"),
        ("the grid operator", "the utility", "energy officials"),
    ),
    EventKind(
        "chemical leak",
        ("began", "occurred", "was detected", "was first noticed"),
        ("plant managers", "the fire department", "environmental regulators"),
    ),
    EventKind(
        "flash flood",
        ("struck", "hit", "swept through the valley", "tore through the town"),
        ("emergency services", "meteorologists", "local officials"),
    ),
    EventKind(
        "climate summit",
        ("opened", "began", "got under way", "took place"),
        ("organisers", "the UN", "delegates"),
        hosted=True,
    ),
    EventKind(
        "developer conference",
        ("opened", "kicked off", "took place", "began"),
        ("the company", "organisers", "attendees"),
        hosted=True,
    ),
)

DATE_FIRST = (
    "{Event} {happened} {when}, {who} said in a written statement.",
    "{when}, {event} {happened}, according to {who}.",
    "According to a timeline published by {who}, {event} {happened} {when}.",
    "It was {when} that {event} {happened}, {who} confirmed.",
    "{Event}, which {happened} {when}, has prompted calls for tighter oversight.",
    "{Who} said {event} {happened} {when} and that its causes were still being examined.",
    "In a short update posted online, {who} said {event} {happened} {when}.",
    "{Event} {happened} {when}, {who} told reporters, adding that more details would follow.",
    '"{Event} {happened} {when}, and we have been working around the clock ever since," '
    "said one person closely involved.",
    "Scientists tracking {event} said it {happened} {when}.",
    "By the account of {who}, {event} {happened} {when}.",
    "{Event} — which {who} said {happened} {when} — is now the subject of an internal review.",
    "Details of {event}, which {happened} {when}, emerged only gradually.",
    "Internal records reviewed by {who} suggest {event} {happened} {when}.",
    "The chronology is not in dispute: {event} {happened} {when}.",
    "Asked about {event}, {who} said it {happened} {when} and declined to comment further.",
    "{when}, {who} said, {event} {happened}.",
    "In the version of events given by {who}, {event} {happened} {when}, and alerts followed within hours.",
    "{Event} {happened} {when} in what {who} called an unusual sequence of events.",
    "Photo: a handout image released by {who} after {event} {happened} {when}.",
    "{Event} {happened} {when}, and {who} faced questions from the outset.",
    "Under questioning, officials acknowledged that {event} {happened} {when}.",
    "A preliminary report by {who} states that {event} {happened} {when}.",
    "{Event}, {who} said late in the day, {happened} {when}.",
    "People familiar with the matter said {event} {happened} {when}, a detail that had not "
    "previously been made public.",
    "What is known so far: {event} {happened} {when}, according to {who}.",
    "Timeline: {event} {happened} {when}, {who} said; the first public statement came days later.",
    "Speaking to journalists, {who} said {event} {happened} {when}.",
    "{Event} {happened} {when}, a finding {who} said rested on sensor data and witness accounts.",
    "Working backwards from the evidence, investigators concluded that {event} {happened} {when}.",
    "The {noun} that {happened} {when} is the focus of a report released by {who}.",
    "Among the questions raised by {event}, which {happened} {when}, is why warnings did not go out sooner.",
    "For the researchers who had spent years preparing for {a_noun} like this one, the moment "
    "came {when}, when {event} {happened}.",
    "{Event}, {held} {when}, drew thousands of attendees from around the world.",
    "{when}, after months of preparation, {event} was {held} under tight security.",
)

DATE_SECOND = (
    "{Event}, which {happened} {when}, remains under investigation.",
    "Since {event} {happened} {when}, questions have mounted over the response.",
    "{Who} repeated that {event} {happened} {when}.",
    "A spokesperson confirmed the {noun} {happened} {when} but gave no further details.",
    "In the aftermath of {event} {when}, several agencies reviewed their procedures.",
    '"When {event} {happened} {when}, nobody was prepared for the scale of it," one researcher said.',
    "Figures released by {who} cover the period since {event} {happened} {when}.",
    "The cause of {event} {when} has not been determined.",
    "Investigators are still piecing together what went wrong in {event} {when}.",
    "It was {when} that {event} {happened}, according to a later account by {who}.",
    "{when}, when {event} {happened}, {who} said the situation was under control.",
    "Reporters pressed {who} for more details on {event}, which {happened} {when}.",
    "As previously reported, {event} {happened} {when}.",
    "Data gathered during {event}, which {happened} {when}, are still being analysed.",
    "Accounts of {event} {when} vary widely.",
    "{Event} {happened} {when}, the spokesperson added.",
    "By the time {event} {happened} {when}, preparations were already under way.",
    "The {noun} {when} had precedents, {who} pointed out.",
    "A report on {event} that {happened} {when} is expected to be published.",
    "Coverage of {event} {when} circulated widely online.",
    "{Who} said the investigation into {event} {when} would take months.",
    "Questions about {event}, which {happened} {when}, dominated the hearing.",
    "Asked again about {event} {when}, {who} declined to elaborate.",
    "Some of those affected by {event} {when} are still waiting for answers.",
    '"{Event} {happened} {when}," {who} said. "We have been transparent throughout."',
    "The internal inquiry found that {event} {happened} {when}, {who} said.",
    "In its summary of {event}, the agency wrote that it {happened} {when}.",
    "{Event} {when} exposed gaps that experts had warned about for years.",
    "Scientists who studied the {noun} said it {happened} {when}, based on the available data.",
    "Much of what is known about {event} {when} comes from {who}.",
    "One researcher described the hours after {event} {happened} {when} as chaotic.",
    "Delegates who attended {event}, {held} {when}, described it as productive.",
    "Organisers said {event}, {held} {when}, drew record attendance.",
)

NEGATIVES_DATE = (
    # planned: the second date is a future one
    NegativePair(
        "{Event} {happened} {when}, {who} said.",
        "A full report on {event} is due to be released {when}.",
        "planned",
    ),
    NegativePair(
        "{Event} {happened} {when}, according to {who}.",
        "A public hearing on {event} is scheduled {when}.",
        "planned",
    ),
    NegativePair(
        "{when}, {event} {happened}.",
        "{Who} said a memorial for those affected by {event} would take place {when}.",
        "planned",
    ),
    NegativePair(
        "{Event}, which {happened} {when}, is being examined by {who}.",
        "Findings on {event} are expected {when}.",
        "planned",
    ),
    NegativePair(
        "{Who} said {event} {happened} {when}.",
        "Regulators will review the response to {event} at a meeting {when}.",
        "planned",
    ),
    NegativePair(
        "{Event} {happened} {when}, researchers said.",
        "A follow-up study of {event} is set to begin {when}.",
        "planned",
    ),
    NegativePair(
        "{Event} was {held} {when}.",
        "The next {noun} is to be {held} {when}.",
        "planned",
    ),
    NegativePair(
        "It was {when} that {event} {happened}.",
        "A deadline for claims relating to {event} falls {when}.",
        "planned",
    ),
    NegativePair(
        "{Event} {happened} {when}, {who} said in a written statement.",
        "{Who} said a final analysis of {event} would be published {when}.",
        "planned",
    ),
    # compatible: the second date lies inside the first (or the other way round)
    NegativePair(
        "{Event} {happened} {when}, {who} said.",
        "The {noun} {when} was the most significant of its kind in years, experts said.",
        "compatible",
    ),
    NegativePair(
        "{when}, {event} {happened}.",
        "Records reviewed by reporters place the start of {event} {when}.",
        "compatible",
    ),
    NegativePair(
        "{Event}, which {happened} {when}, drew wide attention.",
        "{Who} said {event} {happened} {when}.",
        "compatible",
    ),
    NegativePair(
        "It was {when} that {event} {happened}, {who} said.",
        "The first readings tied to {event} were logged {when}.",
        "compatible",
    ),
    NegativePair(
        "According to {who}, {event} {happened} {when}.",
        "{Event} {happened} {when}, a detail {who} confirmed on the record.",
        "compatible",
    ),
    NegativePair(
        "{Event} {happened} {when}.",
        "Monitoring data show that {event} {happened} {when}.",
        "compatible",
    ),
    NegativePair(
        "{Who} said {event} {happened} {when}.",
        "Teams were mobilised in response to {event} {when}, {who} said.",
        "compatible",
    ),
    NegativePair(
        "{Event} was {held} {when}.",
        "{Event} opened its doors to the public {when}.",
        "compatible",
    ),
    # another: a different instance of the kind, on its own date
    NegativePair(
        "{Event} {happened} {when}, {who} said.",
        "A separate {noun} {happened} {when}, in an unrelated case.",
        "another",
    ),
    NegativePair(
        "{when}, {event} {happened}.",
        "The {year} {noun}, which {happened} {when}, was smaller by most measures.",
        "another",
    ),
    NegativePair(
        "{Event}, which {happened} {when}, drew comparisons with past cases.",
        "An earlier {noun} {happened} {when}, {who} noted.",
        "another",
    ),
    NegativePair(
        "{Who} said {event} {happened} {when}.",
        "It was not the only {noun} in recent memory; another {happened} {when}.",
        "another",
    ),
    NegativePair(
        "{Event} {happened} {when}.",
        "{Who} drew comparisons with the {year} {noun}, which {happened} {when}.",
        "another",
    ),
    NegativePair(
        "It was {when} that {event} {happened}.",
        "Another {noun}, unrelated to this one, {happened} {when}.",
        "another",
    ),
    NegativePair(
        "{Event} {happened} {when}, according to {who}.",
        "That followed a different {noun} that {happened} {when}.",
        "another",
    ),
    NegativePair(
        "{Event}, {who} said late in the day, {happened} {when}.",
        "Experts noted that a similar {noun} {happened} {when} in another part of the world.",
        "another",
    ),
    NegativePair(
        "{when}, {who} said, {event} {happened}.",
        "The {year} {noun} — a distinct case that {happened} {when} — is still being studied.",
        "another",
    ),
    NegativePair(
        "{Event} was {held} {when}.",
        "The previous {noun} was {held} {when}.",
        "another",
    ),
)

BANK = dataclasses.replace(
    DEV,
    name="date29b",
    kinds=KINDS,
    date_first=DATE_FIRST,
    date_second=DATE_SECOND,
    negatives_date=NEGATIVES_DATE,
)
