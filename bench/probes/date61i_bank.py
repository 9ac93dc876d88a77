"""DATE bank date61i, written by a blind helper, round 61 (held out). Register: technology and
cybersecurity desk copy (breaches, ransomware, outages, launches, recalls, raids, fines, keynotes)."""

import dataclasses

from bench.injectors.consistency import EventKind, NegativePair
from bench.injectors.templates_dev import BANK as DEV

KINDS = (
    EventKind(
        "data breach",
        ("came to light", "was discovered", "occurred"),
        ("the company", "security researchers", "a spokesperson", "the data protection regulator"),
    ),
    EventKind(
        "ransomware attack",
        ("began", "struck", "was detected"),
        ("the company", "incident responders", "security analysts", "a spokesperson"),
    ),
    EventKind(
        "cloud outage",
        ("began", "struck", "occurred"),
        ("the provider", "engineers", "customers", "the company's status page"),
    ),
    EventKind(
        "satellite launch",
        ("took place", "went ahead", "was carried out"),
        ("the launch provider", "the space agency", "mission controllers", "the operator"),
    ),
    EventKind(
        "launch failure",
        ("occurred", "happened", "took place"),
        ("the launch provider", "the space agency", "investigators", "an official"),
    ),
    EventKind(
        "product recall",
        ("was announced", "was issued", "began"),
        ("the manufacturer", "the safety regulator", "a spokesperson", "retailers"),
    ),
    EventKind(
        "server-farm fire",
        ("broke out", "started", "erupted"),
        ("firefighters", "the operator", "local officials", "the fire service"),
    ),
    EventKind(
        "subsea cable cut",
        ("occurred", "happened", "was detected"),
        ("the cable operator", "network engineers", "telecoms officials", "the consortium"),
    ),
    EventKind(
        "exchange hack",
        ("took place", "was carried out", "occurred"),
        ("the exchange", "blockchain analysts", "investigators", "a spokesperson"),
    ),
    EventKind(
        "chip-plant shutdown",
        ("began", "was ordered", "took effect"),
        ("the chipmaker", "industry analysts", "a spokesperson", "local officials"),
    ),
    EventKind(
        "banking system crash",
        ("occurred", "happened", "struck"),
        ("the bank", "customers", "the central bank", "a spokesperson"),
    ),
    EventKind(
        "botched rollout",
        ("began", "went ahead", "took place"),
        ("the company", "engineers", "users", "a spokesperson"),
    ),
    EventKind(
        "dawn raid",
        ("took place", "was carried out", "was conducted"),
        ("the competition authority", "investigators", "the company", "people familiar with the matter"),
    ),
    EventKind(
        "product keynote",
        ("was held", "took place", "was staged"),
        ("the company", "attendees", "analysts", "a spokesperson"),
        hosted=True,
    ),
    EventKind(
        "developer conference",
        ("was held", "took place", "opened"),
        ("the organisers", "attendees", "the company", "a spokesperson"),
        hosted=True,
    ),
    EventKind(
        "denial-of-service attack",
        ("began", "peaked", "struck"),
        ("the company", "network analysts", "the hosting provider", "security researchers"),
    ),
    EventKind(
        "credential leak",
        ("occurred", "came to light", "was discovered"),
        ("security researchers", "the company", "a spokesperson", "the platform"),
    ),
    EventKind(
        "power failure",
        ("occurred", "struck", "happened"),
        ("the data-centre operator", "engineers", "the grid operator", "a spokesperson"),
    ),
    EventKind(
        "phishing campaign",
        ("began", "was launched", "was detected"),
        ("security researchers", "the company", "the national cyber agency", "threat analysts"),
    ),
    EventKind(
        "deorbit burn",
        ("was carried out", "took place", "was performed"),
        ("mission controllers", "the operator", "the space agency", "satellite trackers"),
    ),
    EventKind(
        "defacement",
        ("took place", "occurred", "was discovered"),
        ("the ministry", "security researchers", "a spokesperson", "the website's operator"),
    ),
    EventKind(
        "exfiltration",
        ("took place", "occurred", "was detected"),
        ("forensic investigators", "the company", "security analysts", "a filing"),
    ),
    EventKind(
        "ground stop",
        ("was ordered", "was imposed", "took effect"),
        ("the airport operator", "aviation officials", "the airline", "air traffic controllers"),
    ),
    EventKind(
        "antitrust fine",
        ("was imposed", "was announced", "was handed down"),
        ("the regulator", "the company", "lawyers", "a spokesperson"),
    ),
)

DATE_FIRST = (
    "{Event} {happened} {when}, {who} said.",
    "According to {who}, {event} {happened} {when}.",
    "It was {when} that {event} {happened}, {who} said in a statement.",
    "A spokesperson confirmed that {event} {happened} {when} but declined to comment further.",
    "When {event} {happened} {when}, few inside the company expected it to dominate the rest of the quarter.",
    "The {noun} {when} prompted an internal review, people familiar with the matter said.",
    "Staff gathered outside the company's headquarters in the hours after {event} {when}.",
    "{Event} — which {happened} {when} — has since become a case study in crisis communications.",
    '"Nobody who was here will forget what happened {when}," one long-serving engineer said of {event}.',
    "In a filing, the company said {event} {happened} {when} and that it was cooperating with the "
    "authorities.",
    "{Who} said {event} {when} had caught much of the industry off guard.",
    "{Event}, which analysts at several firms have since described as one of the most closely "
    "watched episodes of its kind in recent memory, and which the board later discussed at "
    "length, {happened} {when}.",
    "Investors are still weighing the fallout from {event} that {happened} {when}.",
    "{Event} (it {happened} {when}, {who} said) is still being examined by outside consultants.",
    "It was only after {event} {when} that the company overhauled its internal procedures.",
    "{Who} said there had been {a_noun} {when}, though details remained scarce.",
    "According to a timeline later published by the company, {event} {happened} {when}.",
    "Much of what followed can be traced back to {event} {when}, {who} said.",
    '{Who} described {event} {when} as "a wake-up call" for the sector.',
    "{Event} was {held} {when} amid tight security, {who} said.",
    "Although {event} {happened} {when}, its full consequences are only now becoming clear.",
    "Since {event} {when}, the company has brought in outside auditors and reshuffled its senior team.",
    "The company's handling of {event} {when} drew criticism from customers and regulators alike.",
    "Details of {event} {when}, set out in a regulatory filing, were described by one analyst as "
    '"unusually candid".',
    "Questions were later raised in parliament about {event}, which {happened} {when}.",
    "Speaking to reporters, a senior executive acknowledged that {event} {happened} {when} and "
    "said the company would publish a full account.",
)

DATE_SECOND = (
    "The {noun} {when} was the latest in a series of setbacks for the company.",
    "Analysts said the fallout from {event} {when} could weigh on earnings for several quarters.",
    '"We learned a great deal from {event} {when}," the chief executive told analysts on a call.',
    "It was {when}, {who} said, that {event} {happened}.",
    'In its annual report, the company referred to {event} {when} as "a material event".',
    "Customers caught up in {event} {when} were later offered compensation, the company said.",
    "Pictured: the company's operations centre in the hours after {event} {when}.",
    "Regulators are examining the company's conduct before and after {event} {when}.",
    "{Event}, the subject of two internal reviews, a parliamentary question and no small amount "
    "of speculation on industry forums, {happened} {when}, according to the company's own account.",
    "Several staff members who were on duty when {event} {happened} {when} have since left the company.",
    "As {event} {when} showed, even well-resourced operators can be caught out.",
    "{Who} said the lessons of {event} {when} had been built into new procedures.",
    'Recalling {event} {when}, one former employee said the mood inside the company had been "grim".',
    "{Event} {when} is still cited in industry briefings as a cautionary tale.",
    "Asked about {event} {when}, a spokesperson said the company had nothing to add to its earlier "
    "statement.",
    "Shares fell sharply after {event} {when} and have yet to recover fully.",
    "When {event} was {held} {when}, few in the audience expected the announcements that followed.",
    "In the weeks after {event} {when}, the company's support lines were overwhelmed.",
    "The company has never fully explained what went wrong with {event} {when}.",
    "That {event} {happened} {when} is not in dispute; what remains contested is who knew what, "
    "and how soon.",
    "Internal documents reviewed by reporters show that {event} {happened} {when}.",
    'One analyst, speaking on condition of anonymity, said {event} {when} had "changed the '
    'conversation" around the company.',
    "By the company's own account, the backlog that built up after {event} {when} took weeks to clear.",
    "Nor was {event} {when} the only headache for the company's security and operations teams.",
    "Those who lived through {event} {when} still speak of it with a mixture of exasperation and pride.",
)

NEGATIVES_DATE = (
    # planned: second sentence is a future/scheduled item tied to the past event
    NegativePair(
        "{Event} {happened} {when}, {who} said.",
        "A full report into {event} is due to be published {when}.",
        "planned",
    ),
    NegativePair(
        "According to {who}, {event} {happened} {when}.",
        "The company said it would brief investors on the financial impact of {event} {when}.",
        "planned",
    ),
    NegativePair(
        "It was {when} that {event} {happened}.",
        "A court hearing linked to {event} is scheduled to open {when}, lawyers said.",
        "planned",
    ),
    NegativePair(
        "The {noun} {when} prompted an internal review, a spokesperson said.",
        "Regulators are expected to decide {when} whether to impose penalties over {event}.",
        "planned",
    ),
    NegativePair(
        "{Who} confirmed that {event} {happened} {when}.",
        "Senior executives are due to testify about {event} before a parliamentary committee {when}.",
        "planned",
    ),
    NegativePair(
        "The company's handling of {event} {when} drew sharp criticism from customers.",
        "An independent audit of the systems involved in {event} will begin {when}, the company said.",
        "planned",
    ),
    NegativePair(
        "{Event}, which {happened} {when}, drew attention well beyond the industry.",
        "A settlement of claims arising from {event} is expected to be finalised {when}.",
        "planned",
    ),
    NegativePair(
        "Since {event} {when}, the company has overhauled its procedures.",
        "The overhaul prompted by {event} is expected to be completed {when}, a spokesperson said.",
        "planned",
    ),
    NegativePair(
        "A spokesperson confirmed that {event} {happened} {when}.",
        "The spokesperson said a follow-up briefing on {event} would be held {when}.",
        "planned",
    ),
    # compatible: same event, second date falls inside the first
    NegativePair(
        "{Event} {happened} {when}, {who} said.",
        "Engineers who reviewed the logs said {event} {happened} {when}.",
        "compatible",
    ),
    NegativePair(
        "According to {who}, {event} {happened} {when}.",
        "The {noun} {when} was the most serious incident of its kind for the company.",
        "compatible",
    ),
    NegativePair(
        "It was {when} that {event} {happened}, the company said.",
        "Staff recalled that {event} {happened} {when}, during what had been a routine week.",
        "compatible",
    ),
    NegativePair(
        "{Who} said {event} {when} had caught the industry off guard.",
        "In a later filing, the company said {event} {happened} {when}.",
        "compatible",
    ),
    NegativePair(
        "{Event} {happened} {when}, according to {who}.",
        "{Event}, which {happened} {when}, is still under review.",
        "compatible",
    ),
    NegativePair(
        "The company's handling of {event} {when} drew criticism.",
        "Records released by the company show that {event} {happened} {when}.",
        "compatible",
    ),
    NegativePair(
        "Although {event} {happened} {when}, its consequences are still being felt.",
        "A spokesperson later specified that {event} {happened} {when}.",
        "compatible",
    ),
    NegativePair(
        "{Who} said {event} {happened} {when}.",
        "Pressed for details, a spokesperson said {event} {happened} {when}, in the early hours.",
        "compatible",
    ),
    # another: second sentence is about a different instance of the same kind
    NegativePair(
        "{Event} {happened} {when}, {who} said.",
        "A separate {noun} {happened} {when} at another of the company's sites.",
        "another",
    ),
    NegativePair(
        "According to {who}, {event} {happened} {when}.",
        "The {year} {noun}, by contrast, {happened} {when} and drew far less attention.",
        "another",
    ),
    NegativePair(
        "It was {when} that {event} {happened}.",
        "An earlier {noun} {happened} {when}, according to regulatory filings.",
        "another",
    ),
    NegativePair(
        "The {noun} {when} prompted an internal review.",
        "Last year's {noun}, which {happened} {when}, was smaller in scale.",
        "another",
    ),
    NegativePair(
        "{Who} confirmed that {event} {happened} {when}.",
        "A similar {noun} {happened} {when} at a rival firm, analysts noted.",
        "another",
    ),
    NegativePair(
        "{Event}, which {happened} {when}, drew wide attention.",
        "It was the second {noun} at the company in as many years; the first {happened} {when}.",
        "another",
    ),
    NegativePair(
        "Since {event} {when}, the company has reshuffled its senior team.",
        "Another {noun}, unrelated to the first, {happened} {when}, {who} said.",
        "another",
    ),
    NegativePair(
        "The company's handling of {event} {when} drew criticism.",
        "Industry veterans still recall the {year} {noun}, which {happened} {when}.",
        "another",
    ),
    NegativePair(
        "{Who} said {event} {happened} {when}.",
        "A previous {noun} at the same company {happened} {when}, a spokesperson said.",
        "another",
    ),
)

BANK = dataclasses.replace(
    DEV,
    name="date61i",
    kinds=KINDS,
    date_first=DATE_FIRST,
    date_second=DATE_SECOND,
    negatives_date=NEGATIVES_DATE,
)
