"""Date bank written by helper date23a, round 23: general news copy of the Wikinews / wire
kind across desks (crime, disasters, politics, business, science, sport, health), with the
event's date placed on the verb, after the noun, fronted, in relative clauses, appositions,
quotes, subordinate clauses, cleft sentences, captions and headline-like fragments."""

import dataclasses

from bench.injectors.consistency import EventKind, NegativePair
from bench.injectors.templates_dev import BANK as DEV

KINDS = (
    # crime
    EventKind(
        "bank robbery",
        ("took place", "was carried out", "was reported to police", "happened"),
        ("police", "detectives", "the bank's owners"),
    ),
    EventKind(
        "shooting",
        ("happened", "took place", "left two people wounded", "was reported"),
        ("police", "the sheriff's office", "local authorities"),
    ),
    EventKind(
        "prison break",
        ("took place", "happened", "was carried out", "saw six inmates escape"),
        ("prison officials", "the justice ministry", "police"),
    ),
    # disasters and accidents
    EventKind(
        "earthquake",
        ("struck", "hit the region", "shook the capital", "was recorded"),
        ("seismologists", "the national seismological service", "local officials"),
    ),
    EventKind(
        "landslide",
        ("struck", "buried several homes", "cut the main road", "came down"),
        ("rescuers", "the disaster management agency", "local officials"),
    ),
    EventKind(
        "warehouse fire",
        ("broke out", "started", "tore through the building", "began"),
        ("the fire service", "firefighters", "the owners"),
    ),
    EventKind(
        "train derailment",
        ("occurred", "happened", "took place", "blocked the line for hours"),
        ("the rail operator", "investigators", "transport officials"),
    ),
    EventKind(
        "gas explosion",
        ("ripped through the block", "occurred", "happened", "shook the neighbourhood"),
        ("emergency services", "police", "the gas company"),
    ),
    EventKind(
        "bus crash",
        ("happened", "occurred", "killed at least 12 people", "took place"),
        ("police", "the transport ministry", "the regional police chief"),
    ),
    # politics
    EventKind(
        "confidence vote",
        ("took place", "was held", "went against the government", "was lost by a handful of votes"),
        ("parliament's speaker", "lawmakers", "the government"),
        hosted=True,
    ),
    EventKind(
        "resignation",
        ("was announced", "came", "was made public", "caught colleagues off guard"),
        ("the prime minister's office", "the party", "a government spokesperson"),
    ),
    EventKind(
        "coup attempt",
        ("was foiled", "took place", "was put down", "began"),
        ("the army", "the government", "state television"),
    ),
    # business
    EventKind(
        "dock strike",
        ("began", "started", "shut down the port", "broke out"),
        ("the union", "organisers", "port officials"),
    ),
    EventKind(
        "product recall",
        ("was announced", "was issued", "began"),
        ("the manufacturer", "the company", "the consumer regulator"),
    ),
    EventKind(
        "merger announcement",
        ("was made", "came", "sent both companies' shares higher"),
        ("the two companies", "the firms' boards", "analysts"),
    ),
    # science
    EventKind(
        "rocket launch",
        ("took place", "went ahead", "was carried out", "put two satellites into orbit"),
        ("the space agency", "mission controllers", "the launch company"),
    ),
    EventKind(
        "solar eclipse",
        ("was observed", "was visible", "occurred", "darkened the sky"),
        ("astronomers", "the national observatory", "scientists"),
    ),
    # sport
    EventKind(
        "cup final",
        ("was played", "took place", "ended in a draw", "went to penalties"),
        ("the league", "the football association", "the organisers"),
        hosted=True,
    ),
    EventKind(
        "marathon",
        ("was run", "took place", "drew thousands of runners"),
        ("the organisers", "race officials", "city officials"),
        hosted=True,
    ),
    # health
    EventKind(
        "cholera outbreak",
        ("was declared", "was confirmed", "was officially declared"),
        ("the health ministry", "the World Health Organization", "health officials"),
    ),
)

DATE_FIRST = (
    "{Event} {happened} {when}, according to {who}.",
    "{when}, {event} {happened}, and by nightfall it was the main story on every channel.",
    "{Who} said {event} {happened} {when}.",
    "{Event} {when} was front-page news across the country.",
    "{Event}, which {happened} {when}, drew attention far beyond the region.",
    "{Event}, {when}, was the most talked-about event in the area in years.",
    "{Event} took place {when}, {who} said in a statement issued that evening.",
    "Interest in the story has grown sharply since {event} {happened} {when}.",
    "When {event} {happened} {when}, few people expected it to become national news.",
    '"{Event} {when} was something none of us had seen before," one resident said.',
    "Pictured: the scene shortly after {event} {happened} {when}.",
    "{Event} {when}: what we know so far.",
    "It was {when} that {event} {happened}, {who} said.",
    "{Event} {happened} {when}, though details have emerged only slowly since.",
    "Much remains unclear about {event}, which, according to {who}, {happened} {when}.",
    "Although {event} {happened} {when}, its full impact is still being assessed by {who}.",
    "Official records show that {event} {happened} {when}.",
    "The sequence of events is not in dispute: {event} {happened} {when}.",
    "{Event} that {happened} {when} has been widely discussed ever since.",
    "In a statement, {who} said {event} had taken place {when}.",
    "An official who asked not to be named confirmed that {event} {happened} {when}.",
    "{Event} {happened} {when}; within hours, {who} had issued a first statement.",
    "{Event}, {who} told reporters, {happened} {when}.",
    "{Event} is believed to have taken place {when}.",
    "Here is what is known about {event} {when}.",
    "{Who} began gathering information shortly after {event} {happened} {when}.",
    "{Event} was {held} {when} after weeks of preparation.",
    "{Event} {happened} {when}, at a time when much of the country was focused on other news.",
    "Few who followed {event} {when} will forget how quickly the news spread.",
    "{Event} came {when}, at the end of an already turbulent period.",
)

DATE_SECOND = (
    "{Event} {happened} {when}, {who} said.",
    "Since {event} {happened} {when}, the story has rarely been out of the headlines.",
    "{Event} — which {happened} {when} — remains the subject of intense debate.",
    '"Everything changed {when}, when {event} {happened}," one local shopkeeper said.',
    "{Event} {when} was not the first of its kind, but it was the most widely reported.",
    "In the hours after {event} {happened} {when}, {who} fielded dozens of questions.",
    "Asked about {event}, {who} said it had taken place {when}.",
    "Documents seen by this newspaper show that {event} {happened} {when}.",
    "Officials now say {event} {happened} {when}.",
    "{Event}, {when}, drew crowds of reporters to the area.",
    "Timeline: {event} {when} and what followed.",
    "{when}, {event} {happened}; almost everything since has followed from that.",
    "Much of what followed can be traced to {event} {when}.",
    "{Event} {happened} {when} — a fact that no one involved has disputed.",
    "According to a timeline released by {who}, {event} {happened} {when}.",
    "By most accounts, {event} {happened} {when}.",
    "{Event}, according to {who}, {happened} {when}.",
    "When {event} {happened} {when}, {who} responded within hours.",
    "There is no doubt that {event} took place {when}.",
    "Above: an image taken in the hours after {event} {happened} {when}.",
    "The official account, published by {who}, states that {event} {happened} {when}.",
    "It is now clear that {event} {happened} {when}.",
    "People in the area are still talking about {event} {when}.",
    "{Event} was {held} {when} despite last-minute objections.",
    "Until {event} {happened} {when}, few outside the area had paid the town much attention.",
    "{Event}, which {who} later said {happened} {when}, was followed by a period of uncertainty.",
    "{Who} maintained that {event} {happened} {when}.",
    "On the question of timing, {who} left no room for doubt: {event} {happened} {when}.",
    "{Event} {when} left a lasting impression on everyone who followed it.",
    "{Event} {happened} {when}, as residents were starting their day.",
)

NEGATIVES_DATE = (
    # planned: the second date is a future one, about something still to come
    NegativePair(
        "{Event} {happened} {when}, according to {who}.",
        "An independent inquiry into {event} is due to open {when}.",
        "planned",
    ),
    NegativePair(
        "{Event}, which {happened} {when}, drew attention far beyond the region.",
        "{Who} will publish a full report on {event} {when}.",
        "planned",
    ),
    NegativePair(
        "{when}, {event} {happened}.",
        "Lawmakers are expected to debate the consequences of {event} {when}.",
        "planned",
    ),
    NegativePair(
        "{Who} said {event} {happened} {when}.",
        "A public meeting to discuss {event} will take place {when}.",
        "planned",
    ),
    NegativePair(
        "It was {when} that {event} {happened}.",
        "{Event} will be examined in detail at a hearing {when}.",
        "planned",
    ),
    NegativePair(
        "{Event} {when} was front-page news across the country.",
        "An official review of {event} is expected to be completed {when}.",
        "planned",
    ),
    NegativePair(
        "Since {event} {happened} {when}, the story has rarely been out of the headlines.",
        '"We will have more to say about {event} {when}," a spokesperson said.',
        "planned",
    ),
    NegativePair(
        "{Event} {happened} {when}, officials confirmed.",
        "Investigators are scheduled to present their findings on {event} {when}.",
        "planned",
    ),
    # compatible: the same event, dated at another precision
    NegativePair(
        "{Event} {happened} {when}, according to {who}.",
        "{Event}, which {happened} {when}, is still being discussed.",
        "compatible",
    ),
    NegativePair(
        "{when}, {event} {happened}.",
        "{Who} said {event} had taken place {when}.",
        "compatible",
    ),
    NegativePair(
        "{Event} {when} was front-page news across the country.",
        "By most accounts, {event} {happened} {when}.",
        "compatible",
    ),
    NegativePair(
        "The sequence of events is not in dispute: {event} {happened} {when}.",
        "It was {when} that {event} {happened}.",
        "compatible",
    ),
    NegativePair(
        '"{Event} {when} was something none of us had seen before," one resident said.',
        "News of {event} broke within minutes of it happening {when}.",
        "compatible",
    ),
    NegativePair(
        "Pictured: the scene shortly after {event} {happened} {when}.",
        "{Event}, {when}, was the most talked-about event in the area in years.",
        "compatible",
    ),
    NegativePair(
        "When {event} {happened} {when}, few people expected it to become national news.",
        "Official records show that {event} {happened} {when}.",
        "compatible",
    ),
    NegativePair(
        "Although {event} {happened} {when}, its full impact is still being assessed by {who}.",
        "{Event} {when} left a lasting impression on everyone who followed it.",
        "compatible",
    ),
    # another: a second, separate event of the same kind on a date of its own
    NegativePair(
        "{Event} {happened} {when}, according to {who}.",
        "The {year} {noun}, which {happened} {when}, was handled very differently.",
        "another",
    ),
    NegativePair(
        "{when}, {event} {happened}.",
        "Another {noun}, {when}, attracted far less attention.",
        "another",
    ),
    NegativePair(
        "{Event}, which {happened} {when}, drew attention far beyond the region.",
        "It was not the first time: a similar {noun} {happened} {when}.",
        "another",
    ),
    NegativePair(
        "{Who} said {event} {happened} {when}.",
        "{Who} compared {event} with a separate {noun} that {happened} {when}.",
        "another",
    ),
    NegativePair(
        "{Event} {when} was front-page news across the country.",
        "Older residents still remember the {year} {noun}, which {happened} {when}.",
        "another",
    ),
    NegativePair(
        "It was {when} that {event} {happened}, {who} said.",
        "A separate {noun}, which {happened} {when}, is being treated as unrelated.",
        "another",
    ),
    NegativePair(
        "{Event} took place {when}, {who} said in a statement issued that evening.",
        "{Event} should not be confused with another {noun} that {happened} {when}.",
        "another",
    ),
    NegativePair(
        "Interest in the story has grown sharply since {event} {happened} {when}.",
        "Comparisons have been drawn with the {year} {noun}, which {happened} {when}.",
        "another",
    ),
    NegativePair(
        "{Event} is believed to have taken place {when}.",
        "Records also list a different {noun} that {happened} {when}.",
        "another",
    ),
)

BANK = dataclasses.replace(
    DEV,
    name="date23a",
    kinds=KINDS,
    date_first=DATE_FIRST,
    date_second=DATE_SECOND,
    negatives_date=NEGATIVES_DATE,
)
