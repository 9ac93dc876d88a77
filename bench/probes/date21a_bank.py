"""Date-conflict wording bank written by helper date21a, round 20. It imitates the copy of
an international wire agency's general, business, courts and science desks and the
neutral Wikinews register: attribution placed at the end ("..., officials said"),
"according to" leads, clefts ("It was ... that"), background and timeline paragraphs
("..., which took place ..."), court and inquiry evidence, answers given in parliament,
market reaction lines, quoted reactions, compensation and helpline notices, and wire
self-reference ("records seen by this agency"). The date sits on the verb, after the
event noun, in fronted adverbials, in "since"/"until"/"by the time" clauses, inside
quotes and in relative clauses."""

import dataclasses

from bench.injectors.consistency import EventKind, NegativePair
from bench.injectors.templates_dev import BANK as DEV

KINDS = (
    EventKind(
        "verdict",
        ("was delivered", "was handed down", "was returned"),
        ("court officials", "the prosecution service", "lawyers for the defendants"),
    ),
    EventKind(
        "merger",
        ("was completed", "closed", "took effect"),
        ("the two companies", "competition regulators", "a spokesperson for the group"),
    ),
    EventKind(
        "work stoppage",
        ("began", "went ahead", "took place"),
        ("the union", "shop stewards", "the employers' federation"),
    ),
    EventKind(
        "factory explosion",
        ("occurred", "happened", "took place"),
        ("fire officials", "the plant's owner", "the labour inspectorate"),
    ),
    EventKind(
        "eruption",
        ("began", "started", "occurred"),
        ("volcanologists", "the geological survey", "civil protection officials"),
    ),
    EventKind(
        "summit",
        ("opened", "took place", "convened"),
        ("diplomats", "the host government", "the organisers"),
        hosted=True,
    ),
    EventKind(
        "ferry disaster",
        ("occurred", "happened", "struck"),
        ("the coastguard", "maritime investigators", "the ferry operator"),
    ),
    EventKind(
        "data breach",
        ("occurred", "took place", "happened"),
        ("the company", "the data protection authority", "forensic investigators"),
    ),
    EventKind(
        "landslide",
        ("struck", "occurred", "happened"),
        ("rescue workers", "the disaster management agency", "local officials"),
    ),
    EventKind(
        "derailment",
        ("occurred", "happened", "took place"),
        ("the rail operator", "accident investigators", "transport police"),
    ),
    EventKind(
        "ceasefire",
        ("took effect", "came into force", "began"),
        ("the mediators", "both sides", "United Nations officials"),
    ),
    EventKind(
        "grid failure",
        ("occurred", "struck", "began"),
        ("the grid operator", "the energy ministry", "the utility"),
    ),
    EventKind(
        "bank collapse",
        ("occurred", "happened", "unfolded"),
        ("the central bank", "financial regulators", "the deposit guarantee fund"),
    ),
    EventKind(
        "prison break",
        ("took place", "occurred", "happened"),
        ("prison authorities", "the justice ministry", "police"),
    ),
    EventKind(
        "ransomware attack",
        ("struck", "occurred", "took place"),
        ("the hospital trust", "the national cyber security centre", "investigators"),
    ),
    EventKind(
        "auction",
        ("took place", "went ahead", "closed"),
        ("the auction house", "the organisers", "a spokesperson for the seller"),
        hosted=True,
    ),
    EventKind(
        "coup attempt",
        ("took place", "was launched", "unfolded"),
        ("the government", "army officers", "state media"),
    ),
    EventKind(
        "stock market listing",
        ("took place", "went ahead", "was completed"),
        ("the company", "the exchange operator", "bankers who worked on the deal"),
    ),
    EventKind(
        "oil spill",
        ("occurred", "happened", "began"),
        ("the coastguard", "the environment agency", "the pipeline operator"),
    ),
    EventKind(
        "outbreak",
        ("began", "started", "broke out"),
        ("health officials", "the health ministry", "epidemiologists"),
    ),
    EventKind(
        "satellite launch",
        ("took place", "went ahead", "was carried out"),
        ("the space agency", "mission controllers", "the launch provider"),
    ),
    EventKind(
        "rally",
        ("took place", "went ahead", "drew thousands"),
        ("the organisers", "police", "local media"),
        hosted=True,
    ),
    EventKind(
        "cup final",
        ("was played", "took place", "went ahead"),
        ("the governing body", "the organisers", "club officials"),
        hosted=True,
    ),
    EventKind(
        "confidence vote",
        ("took place", "was held", "went against the government"),
        ("parliamentary officials", "the speaker's office", "opposition members"),
    ),
    EventKind(
        "hailstorm",
        ("struck", "hit", "broke"),
        ("the weather service", "farmers' groups", "insurers"),
    ),
)

DATE_FIRST = (
    "{when}, according to {who}, {event} {happened}.",
    "{Who} confirmed in a brief statement that {event} {happened} {when}.",
    "{Event}, which {happened} {when}, drew criticism from opposition politicians.",
    "According to a timeline released by {who}, {event} {happened} {when}.",
    "{Event} {when} followed weeks of warnings, {who} said.",
    "It was {when} that {event} {happened}, {who} told reporters.",
    "Prosecutors told the court that {event} {happened} {when}.",
    "Answering questions in parliament, the minister said {event} {happened} {when}.",
    "{Event}, {who} said in a filing, {happened} {when}.",
    '"{Event} {happened} {when}, and we have been dealing with the consequences ever since," {who} said.',
    "{Event} - which {happened} {when} - caught many in the sector by surprise, {who} said.",
    "Nothing comparable has happened since {event} {when}, according to {who}.",
    "Until {event} {when}, few outside the industry had paid the issue much attention, {who} said.",
    "In the days after {event} {when}, {who} fielded hundreds of inquiries.",
    "{Who} said {event} {happened} {when}, a date backed by records seen by this agency.",
    "{Event} {happened} {when} and was followed within hours by a statement from {who}.",
    "Records obtained by reporters show that {event} {happened} {when}.",
    "{Who}, who gave the first public account of {event}, said it {happened} {when}.",
    "Witnesses and {who} agree that {event} {happened} {when}.",
    "Shares in the sector moved sharply after {event} {when}, {who} said.",
    "Researchers who reconstructed {event} in detail concluded that it {happened} {when}.",
    "In written evidence to the inquiry, {who} said {event} {happened} {when}.",
    "{Event} {happened} {when}, a point {who} did not dispute.",
    "{Event} was first reported by {who}, who said it {happened} {when}.",
    "{Event} came {when}, with {who} among the first to confirm it.",
    "Background: {event} {happened} {when}, and its full costs are still being counted.",
    "{Who} reported that {event} {happened} {when}, without giving further details.",
    "Lawmakers were told on the floor of the chamber that {event} {happened} {when}.",
    "{Event} was {held} {when} under heavy security, {who} said.",
    "{Who} said {event} was {held} {when} despite objections from local residents.",
)

DATE_SECOND = (
    "{Who} said at a later briefing that {event} {happened} {when}.",
    "{Event} {when} was followed by a period of uncertainty, {who} said.",
    "When {event} {happened} {when}, {who} said, the response was immediate.",
    "{when}, when {event} {happened}, few had foreseen the consequences, {who} said.",
    "{Event}, which {who} said {happened} {when}, remains under review.",
    "Documents seen by this agency show {event} {happened} {when}.",
    "The {noun} {when} has been the subject of several inquiries.",
    '"When {event} {happened} {when}, nobody was ready for it," {who} said.',
    "In a report published this week, {who} said {event} {happened} {when}.",
    "Since {event} {when}, {who} said, several procedures have been changed.",
    "The timeline compiled by {who} places {event} {when}.",
    "Defence lawyers argued in their closing submissions that {event} {happened} {when}.",
    "{Event} {happened} {when}, according to an account given by {who}.",
    "It was not until {event} {when} that {who} acknowledged the scale of the problem.",
    "Fallout from {event} {when} continued to weigh on the sector, {who} said.",
    "Anyone affected by {event} {when} has been urged to contact {who}.",
    "{Who} said there had been little warning before {event} {happened} {when}.",
    "Asked to comment, {who} said only that {event} {happened} {when}.",
    "By the time {event} {happened} {when}, preparations had been under way for weeks, {who} said.",
    "An internal review of {event} {when} was later released by {who}.",
    "Compensation claims linked to {event} {when} are being handled by {who}.",
    "In an account of {event} given to reporters, {who} said it {happened} {when}.",
    "Court papers state that {event} {happened} {when}.",
    "Data reviewed by independent researchers indicate that {event} {happened} {when}.",
    "A minister told parliament that {event} {happened} {when} and that lessons had been learned.",
    "Those present said {event} {happened} {when}, {who} confirmed.",
    "The events leading up to {event} {when} are now under scrutiny, {who} said.",
    "Reporters who covered {event} {when} described scenes of confusion.",
    "{Event}, {held} {when}, attracted far more attention than expected, {who} said.",
    "According to {who}, {event} was {held} {when} after a short delay.",
)

NEGATIVES_DATE = (
    # the second is a future instance or a future step, never the past event itself
    NegativePair(
        "{Event} {happened} {when}, {who} told this agency.",
        "{Who} said a second {noun} was expected {when}.",
        "planned",
    ),
    NegativePair(
        "Since {event} {when}, {who} said, several procedures have been reviewed.",
        "A review of {event} will be completed {when}, according to {who}.",
        "planned",
    ),
    NegativePair(
        "According to a statement from {who}, {event} {happened} {when}.",
        "Findings on {event} are due to be published by {who} {when}.",
        "planned",
    ),
    # the same event dated twice at different precision: the dates nest
    NegativePair(
        "{Event} {happened} {when}, {who} confirmed to reporters.",
        "Records seen by this agency show that {event} {happened} {when}.",
        "compatible",
    ),
    NegativePair(
        "{when}, {event} {happened}, {who} said in a statement.",
        "{Event} {when} drew a swift response from {who}.",
        "compatible",
    ),
    NegativePair(
        "It was {when} that {event} {happened}, {who} said.",
        "Since {event} {when}, {who} said, little has changed.",
        "compatible",
    ),
    # a different instance of the kind, with its own date
    NegativePair(
        "{Event} {happened} {when}, {who} said, citing preliminary findings.",
        "{Who} said an unrelated {noun} {happened} {when}.",
        "another",
    ),
    NegativePair(
        "{Who} confirmed that {event} {happened} {when}, ending days of speculation.",
        "Comparisons have been drawn with the {year} {noun}, which {happened} {when}.",
        "another",
    ),
    NegativePair(
        "{Event} {when} followed weeks of warnings, {who} said.",
        "A separate {noun}, which {happened} {when}, is the subject of its own inquiry.",
        "another",
    ),
    NegativePair(
        "{Event} {happened} {when}, according to an initial assessment by {who}.",
        "In an unrelated case, {a_noun} {happened} {when}, {who} said.",
        "another",
    ),
)

BANK = dataclasses.replace(
    DEV,
    name="date21a",
    kinds=KINDS,
    date_first=DATE_FIRST,
    date_second=DATE_SECOND,
    negatives_date=NEGATIVES_DATE,
)
