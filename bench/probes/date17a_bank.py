"""Date-conflict wording bank written by helper date17a, round 17. It imitates the
everyday copy of a working newsroom: terse wire paragraphs with attribution tacked on the
end ("..., police said"), local-news follow-ups about burst mains, boil-water notices and
school boards, court and business second-day stories that lean on filings and records,
sports and events write-ups, and live-blog entries with timestamps, captions and
background paragraphs restating when the thing happened."""

import dataclasses

from bench.injectors.consistency import EventKind, NegativePair
from bench.injectors.templates_dev import BANK as DEV

KINDS = (
    EventKind(
        "derailment",
        ("happened", "occurred", "took place"),
        ("the rail operator", "transport investigators", "the fire service"),
    ),
    EventKind(
        "verdict",
        ("was delivered", "was returned", "came down"),
        ("court officials", "defence lawyers", "the prosecutor's office"),
    ),
    EventKind(
        "sentencing hearing",
        ("took place", "went ahead", "was held"),
        ("the court clerk", "lawyers for the defendant", "the district attorney"),
        hosted=True,
    ),
    EventKind(
        "profit warning",
        ("was issued", "came", "was published"),
        ("the company", "analysts", "the stock exchange"),
    ),
    EventKind(
        "takeover bid",
        ("was announced", "was launched", "was tabled"),
        ("the board", "the bidder", "market regulators"),
    ),
    EventKind(
        "cup final",
        ("was played", "took place", "went ahead"),
        ("the league", "the football association", "organisers"),
        hosted=True,
    ),
    EventKind(
        "stadium crush",
        ("happened", "occurred", "took place"),
        ("police", "the club", "the stadium's operators"),
    ),
    EventKind(
        "main break",
        ("happened", "flooded the street", "occurred"),
        ("the water department", "residents", "city crews"),
    ),
    EventKind(
        "boil-water notice",
        ("was issued", "went into effect", "was imposed"),
        ("the health department", "the water authority", "county officials"),
    ),
    EventKind(
        "school board vote",
        ("took place", "was taken", "was held"),
        ("the superintendent's office", "board members", "the parents' association"),
        hosted=True,
    ),
    EventKind(
        "recall petition",
        ("was filed", "was submitted", "was lodged"),
        ("the county clerk", "the petition's organisers", "election officials"),
    ),
    EventKind(
        "landslide",
        ("struck", "came down", "buried the road"),
        ("the disaster management agency", "villagers", "rescue teams"),
    ),
    EventKind(
        "power outage",
        ("began", "struck", "occurred"),
        ("the utility", "the grid operator", "the energy regulator"),
    ),
    EventKind(
        "hunger strike",
        ("began", "started", "was launched"),
        ("the prisoners' lawyers", "the detainees' families", "a rights group"),
    ),
    EventKind(
        "ferry capsizing",
        ("happened", "occurred", "took place"),
        ("the coast guard", "survivors", "the ferry company"),
    ),
    EventKind(
        "data breach",
        ("occurred", "was detected", "took place"),
        ("the company", "security researchers", "the data protection regulator"),
    ),
    EventKind(
        "product recall",
        ("was announced", "was issued", "began"),
        ("the manufacturer", "the consumer safety regulator", "retailers"),
    ),
    EventKind(
        "plea agreement",
        ("was reached", "was signed", "was struck"),
        ("prosecutors", "defence counsel", "the judge's chambers"),
    ),
    EventKind(
        "jailbreak",
        ("happened", "took place", "occurred"),
        ("prison officials", "the corrections department", "police"),
    ),
    EventKind(
        "bushfire",
        ("broke out", "started", "flared up"),
        ("the rural fire service", "residents", "emergency officials"),
    ),
    EventKind(
        "city marathon",
        ("was run", "took place", "went ahead"),
        ("race organisers", "the athletics federation", "city officials"),
        hosted=True,
    ),
    EventKind(
        "state funeral",
        ("took place", "was held", "went ahead"),
        ("the palace", "government officials", "the protocol office"),
        hosted=True,
    ),
    EventKind(
        "strike ballot",
        ("closed", "took place", "was held"),
        ("the union", "union officials", "the employer"),
        hosted=True,
    ),
    EventKind(
        "credit downgrade",
        ("was announced", "came", "was issued"),
        ("the ratings agency", "the finance ministry", "bond traders"),
    ),
    EventKind(
        "mass stranding",
        ("was discovered", "began", "was first reported"),
        ("marine rescuers", "the conservation department", "volunteers"),
    ),
)

DATE_FIRST = (
    "{Event} {happened} {when}, {who} said in a written statement.",
    "According to {who}, {event} {happened} {when}.",
    "{Who} confirmed that {event} {happened} {when} and said more details would follow.",
    "It was {when} that {event} {happened}, {who} told reporters.",
    "{when}, {event} {happened}, {who} said.",
    "The {noun}, which {happened} {when}, is now the subject of an inquiry by {who}.",
    "{Who} said the {noun} {when} was the most serious of its kind in the area in a decade.",
    "Records seen by this newspaper show {event} {happened} {when}.",
    "Pictured: the aftermath of {event} {when}, in a photograph supplied by {who}.",
    "Since {event} {when}, {who} said, the phones have barely stopped ringing.",
    '"We have been dealing with this since {event} {when}," a spokesperson for {who} said.',
    "{Event} {happened} {when} after weeks of speculation, {who} said.",
    "14:05 — {Who} confirmed {event} {happened} {when}; more to follow.",
    "Key points: {event} {happened} {when}, and a briefing by {who} is expected later today.",
    "The {noun} {when} came with little warning, according to {who}.",
    "{a_noun} {happened} {when}, {who} said, and further details were expected.",
    "Lawyers for both sides agreed in court filings that {event} {happened} {when}.",
    "In a filing to the stock exchange, {who} said {event} {happened} {when}.",
    "{Event}, which {who} said {happened} {when}, dominated the local front pages.",
    "Background: {event} {happened} {when}, according to {who}.",
    "{Event} {happened} {when} — a point not disputed by {who}.",
    "The date itself is not in doubt: {event} {happened} {when}, {who} said.",
    "{Event} was {held} {when} in front of a packed gallery, {who} said.",
    "Officials said {event} {happened} {when}, the news agency reported, citing {who}.",
    "{Who} said the circumstances of {event} {when} were still being examined.",
    "Footage of {event} {when} was shared widely online, {who} said.",
    "Nobody had expected {event} {when}, {who} said.",
    "As first reported here, {event} {happened} {when}, {who} confirmed.",
    "{Who} told the council that {event} {happened} {when} and that a review was under way.",
    "WIRE — {Event} {happened} {when}, {who} said, giving no further details.",
)

DATE_SECOND = (
    "{Who} said {event} {when} had prompted a review of procedures.",
    "A spokesperson for {who} repeated that {event} {happened} {when}.",
    "16:40 — {Who} repeated that {event} {happened} {when}.",
    "When {event} {happened} {when}, few people in the town were surprised.",
    "The {noun}, {who} said, {happened} {when}.",
    "In the days after {event} {when}, {who} fielded questions from reporters.",
    "Court papers filed later state that {event} {happened} {when}.",
    "Shares fell sharply after {event} {when}, analysts said.",
    "People in the town still talk about {event} {when}.",
    "The fallout from {event} {when} is still being felt, {who} said.",
    "Above: a still from footage of {event} {when}, released by {who}.",
    "Weeks before {event} {when}, {who} had been warned of problems.",
    "Looking back at {event}, which {happened} {when}, {who} said lessons had been learned.",
    "Records obtained by this newspaper show {event} {happened} {when}.",
    'Reached by phone, a source at {who} called {event} {when} "a matter for the inquiry".',
    "Both sides agree that {event} {happened} {when}.",
    "This is the first public comment from {who} since {event} {when}.",
    "Those affected by {event} {when} can call a hotline set up by {who}.",
    "{Event} was {held} {when} behind closed doors, {who} said.",
    "It was {when} that {event} {happened}, {who} said.",
    "Background: {event} {happened} {when}.",
    "Little has been heard from {who} since {event} {when}.",
    "Recalling {event} {when}, one witness said she had never seen anything like it.",
    "The {noun} {when} was covered live on local radio.",
    "{when}, as {who} tells it, {event} {happened}.",
    "Nothing about {event} {when} went to plan, {who} conceded.",
    "The bill for {event} {when} is still being counted, {who} said.",
    "As the court heard, {event} {happened} {when}.",
    "{Event} — {when} — remains under investigation by {who}.",
    "Key dates: {event} {happened} {when}, {who} said.",
)

NEGATIVES_DATE = (
    NegativePair(
        "{Event} {happened} {when}, {who} said.",
        "{Who} said a public meeting on {event} would be held {when}.",
        "planned",
    ),
    NegativePair(
        "{Event} was {held} {when}, {who} said.",
        "The next {noun} is due to be {held} {when}, {who} said.",
        "planned",
    ),
    NegativePair(
        "According to {who}, {event} {happened} {when}.",
        "{Who} said a full report on {event} was expected {when}.",
        "planned",
    ),
    NegativePair(
        "{Event} {happened} {when}, {who} said in a written statement.",
        "{Who} described the {noun}, which {happened} {when}, as without precedent.",
        "compatible",
    ),
    NegativePair(
        "It was {when} that {event} {happened}, {who} told reporters.",
        "The {noun} {when} drew wide attention, {who} said.",
        "compatible",
    ),
    NegativePair(
        "Records show {event} {happened} {when}.",
        "Asked about the timing, {who} repeated only that {event} {happened} {when}.",
        "compatible",
    ),
    NegativePair(
        "{Event} {happened} {when}, {who} said.",
        "It was not the first {noun} in the region: another {happened} {when}.",
        "another",
    ),
    NegativePair(
        "{Who} confirmed that {event} {happened} {when}.",
        "{Who} compared it with the {year} {noun}, which {happened} {when}.",
        "another",
    ),
    NegativePair(
        "{Event} {happened} {when}, according to {who}.",
        "A separate {noun}, unrelated to this one, {happened} {when}, {who} said.",
        "another",
    ),
    NegativePair(
        "The {noun}, which {happened} {when}, is under review by {who}.",
        "Regular readers will remember a different {noun} that {happened} {when}.",
        "another",
    ),
)

BANK = dataclasses.replace(
    DEV,
    name="date17a",
    kinds=KINDS,
    date_first=DATE_FIRST,
    date_second=DATE_SECOND,
    negatives_date=NEGATIVES_DATE,
)
