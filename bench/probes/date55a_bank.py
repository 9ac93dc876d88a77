"""DATE bank date55a, written by a blind helper, round 55 (held out). Register: general news as the big wire
services and national dailies file it every day: blasts, strikes and walkouts, court rulings and verdicts,
government decrees and shutdowns, product recalls, mergers, crashes, outbreaks, as AP, Reuters, AFP briefs
and their follow-up stories write them."""

import dataclasses

from bench.injectors.consistency import EventKind, NegativePair
from bench.injectors.templates_dev import BANK as DEV

KINDS = (
    EventKind(
        "gas explosion",
        ("ripped through the block", "occurred", "was reported"),
        ("the fire department", "police", "the gas utility", "city officials"),
    ),
    EventKind(
        "dockworkers' walkout",
        ("began", "was called", "shut the port"),
        ("the union", "port authorities", "the employers' association", "the port operator"),
        hosted=True,
    ),
    EventKind(
        "guilty verdict",
        ("was returned", "was handed down", "was delivered"),
        ("court records", "prosecutors", "defence lawyers", "the court clerk"),
    ),
    EventKind(
        "emergency decree",
        ("was issued", "was signed", "took effect"),
        ("the presidency", "the official gazette", "the interior ministry", "government spokespeople"),
    ),
    EventKind(
        "federal government shutdown",
        ("began", "took effect", "started"),
        ("the White House", "budget officials", "congressional aides", "the Office of Management and Budget"),
    ),
    EventKind(
        "infant formula recall",
        ("was announced", "was issued", "was ordered"),
        (
            "the manufacturer",
            "the Food and Drug Administration",
            "food safety regulators",
            "a company spokeswoman",
        ),
    ),
    EventKind(
        "all-share merger",
        ("was announced", "was agreed", "was unveiled"),
        ("the two companies", "people familiar with the deal", "a regulatory filing", "the acquiring bank"),
    ),
    EventKind(
        "bus crash",
        ("happened", "occurred", "took place"),
        ("state police", "the transport ministry", "emergency services", "the bus operator"),
    ),
    EventKind(
        "cholera outbreak",
        ("was declared", "was confirmed", "broke out"),
        ("the health ministry", "the World Health Organization", "aid agencies", "district health officials"),
    ),
    EventKind(
        "prison break",
        ("took place", "happened", "was discovered"),
        ("the corrections department", "prison officials", "police", "the justice ministry"),
    ),
    EventKind(
        "freight train derailment",
        ("happened", "occurred", "took place"),
        (
            "the National Transportation Safety Board",
            "the railroad",
            "county emergency officials",
            "federal investigators",
        ),
    ),
    EventKind(
        "hostage standoff",
        ("began", "unfolded", "started"),
        ("police", "the sheriff's office", "a police spokesman", "the county prosecutor"),
    ),
    EventKind(
        "customer data breach",
        ("occurred", "was detected", "was discovered"),
        (
            "the company",
            "a regulatory filing",
            "cybersecurity investigators",
            "the data protection authority",
        ),
    ),
    EventKind(
        "currency devaluation",
        ("was announced", "took effect", "was ordered"),
        ("the central bank", "the finance ministry", "the government", "the state news agency"),
    ),
    EventKind(
        "coal mine collapse",
        ("happened", "occurred", "trapped dozens of miners"),
        ("the mining company", "rescue officials", "the labour ministry", "provincial authorities"),
    ),
    EventKind(
        "independence referendum",
        ("was held", "took place", "went ahead"),
        (
            "the electoral commission",
            "election officials",
            "international observers",
            "the regional government",
        ),
        hosted=True,
    ),
    EventKind(
        "protest march",
        ("took place", "was held", "drew tens of thousands"),
        ("organisers", "police", "the city authorities", "a rights group"),
        hosted=True,
    ),
    EventKind(
        "earthquake",
        ("struck", "hit the region", "occurred"),
        (
            "the U.S. Geological Survey",
            "the national seismological service",
            "civil defence officials",
            "the interior ministry",
        ),
    ),
    EventKind(
        "refinery fire",
        ("broke out", "started", "erupted"),
        ("the fire brigade", "the refinery operator", "the energy ministry", "the local fire chief"),
    ),
    EventKind(
        "coup attempt",
        ("took place", "was launched", "was foiled"),
        ("the army", "state television", "the defence ministry", "the presidency"),
    ),
    EventKind(
        "Chapter 11 bankruptcy filing",
        ("was made", "was submitted", "came"),
        ("court documents", "the retailer", "the bankruptcy court", "the company's lawyers"),
    ),
    EventKind(
        "nationwide internet shutdown",
        ("began", "was imposed", "took effect"),
        (
            "NetBlocks",
            "the telecoms regulator",
            "internet monitoring groups",
            "the digital rights group Access Now",
        ),
    ),
    EventKind(
        "ferry sinking",
        ("happened", "occurred", "took place"),
        ("the coast guard", "the maritime safety agency", "the transport ministry", "the ferry operator"),
    ),
    EventKind(
        "sentencing hearing",
        ("took place", "went ahead", "was held"),
        ("court records", "the prosecutor's office", "lawyers in the case", "the court"),
    ),
    EventKind(
        "grain export ban",
        ("took effect", "was imposed", "was announced"),
        ("the agriculture ministry", "the trade ministry", "the government", "the farmers' union"),
    ),
)

DATE_FIRST = (
    "{Event} {happened} {when}, {who} said.",
    "According to {who}, {event} {happened} {when}.",
    "It was {when} that {event} {happened}, according to {who}.",
    "{Event}, which {happened} {when}, prompted immediate calls for an independent inquiry.",
    "{Who} said {event} {happened} {when} and that more details would be released in due course.",
    "Officials confirmed that {event} {happened} {when} but gave few further details.",
    "{Event} {when} caught many in the country by surprise, {who} said.",
    "A filing lodged with the court this week states that {event} {happened} {when}.",
    "Onlookers gather outside after {event} {happened} {when}, in a photograph released by {who}.",
    "A chronology compiled by {who} shows that {event} {happened} {when}.",
    "Since {event} {happened} {when}, questions have mounted over how the authorities handled it.",
    "The saga began {when}, when {event} {happened}.",
    "{Who} told reporters that {event} {happened} {when}.",
    "The account could not be independently verified, but {who} said {event} {happened} {when}.",
    "Documents seen by the news agency show that {event} {happened} {when}.",
    '"{Event} {happened} {when}, and we have been dealing with the consequences ever since," '
    "a senior official said.",
    "Few details have been released about {event} {when}, which {who} said was still being reviewed.",
    "News of {event} {when} spread rapidly on social media.",
    "The government ordered an inquiry into {event}, which {who} said {happened} {when}.",
    "{Who} first disclosed {event}, saying it {happened} {when}.",
    "Many were caught off guard when {event} {happened} {when}, {who} said.",
    "{Event} was {held} {when} despite calls for a postponement, {who} said.",
    "In its initial assessment, {who} said {event} {happened} {when}.",
    "{Event} \u2014 which {who} said {happened} {when} \u2014 drew swift reaction from abroad.",
    "Officials are piecing together the hours leading up to {event} {when}.",
    "Broadcast footage showed the immediate aftermath of {event} {when}.",
)

DATE_SECOND = (
    "{Event}, which {happened} {when}, remains under investigation.",
    "{Who} said earlier that {event} {happened} {when}.",
    "({Event} {happened} {when}.)",
    "It was not until {event} {happened} {when} that the scale of the problem became clear.",
    "Relatives and local leaders have criticised the official response since {event} {happened} {when}.",
    "Investigators are still trying to establish what led to {event} {when}.",
    "A timeline published by {who} shows that {event} {happened} {when}.",
    "{Event} {when} has already cost the economy millions of dollars, analysts estimate.",
    "Asked about {event} {when}, a government spokesman declined to comment further.",
    "Lawyers for those affected argue that warning signs were ignored in the weeks before {event} "
    "{happened} {when}.",
    "The aftermath of {event} {when} dominated front pages for days.",
    "Speaking to reporters later, {who} repeated that {event} {happened} {when}.",
    "By the time {event} {happened} {when}, officials had received several warnings, {who} said.",
    "Footage of {event} {when} was widely shared online.",
    "In a follow-up statement, officials confirmed that {event} {happened} {when}.",
    "Official figures for {event}, which was {held} {when}, have yet to be published.",
    "No one has yet been held accountable for {event} {when}, critics say.",
    "Officials are still assessing the full impact of {event} {when}.",
    "The government has faced sustained criticism over its handling of {event} {when}.",
    "Recalling the days after {event} {happened} {when}, one official described the mood as one of "
    "disbelief.",
    "The episode began {when}, when {event} {happened}, and has since drawn in several government agencies.",
    "Court papers filed on behalf of the plaintiffs say {event} {happened} {when}.",
    "{Event} {happened} {when}, {who} noted in a later update.",
    "As {who} told the agency at the time, {event} {happened} {when}.",
    "The events surrounding {event} {when} are expected to feature heavily in the coming election campaign.",
    "In the days that followed {event} {when}, the authorities struggled to keep up with requests for "
    "information.",
)

NEGATIVES_DATE = (
    # planned (9)
    NegativePair(
        "{Event} {happened} {when}, {who} said.",
        "A full report into {event} is expected to be published {when}.",
        "planned",
    ),
    NegativePair(
        "According to {who}, {event} {happened} {when}.",
        "A parliamentary hearing on {event} will take place {when}, officials said.",
        "planned",
    ),
    NegativePair(
        "{Event}, which {happened} {when}, drew swift condemnation from opposition leaders.",
        "The deadline for compensation claims linked to {event} falls {when}.",
        "planned",
    ),
    NegativePair(
        "It was {when} that {event} {happened}, {who} said.",
        "If no settlement is reached, another {noun} could follow {when}, {who} warned.",
        "planned",
    ),
    NegativePair(
        "{Who} said {event} {happened} {when}.",
        "Investigators said their preliminary findings on {event} would be released {when}.",
        "planned",
    ),
    NegativePair(
        "Officials confirmed that {event} {happened} {when}.",
        "A government-ordered review of {event} is due to be completed {when}.",
        "planned",
    ),
    NegativePair(
        "Since {event} {happened} {when}, pressure has grown on the authorities to act.",
        "The inquiry into {event} is set to resume {when}.",
        "planned",
    ),
    NegativePair(
        "{Event} {when} caught many by surprise, {who} said.",
        "Lawmakers are due to question ministers about {event} at a session {when}.",
        "planned",
    ),
    NegativePair(
        "Court records show {event} {happened} {when}.",
        "Further hearings in cases arising from {event} are scheduled to begin {when}.",
        "planned",
    ),
    # compatible (8)
    NegativePair(
        "{Event} {happened} {when}, {who} said.",
        "{Who} later confirmed the date, saying {event} {happened} {when}.",
        "compatible",
    ),
    NegativePair(
        "It was {when} that {event} {happened}.",
        "As previously reported, {event} {happened} {when}.",
        "compatible",
    ),
    NegativePair(
        "According to {who}, {event} {happened} {when}.",
        "Nobody has disputed that {event} {happened} {when}.",
        "compatible",
    ),
    NegativePair(
        "{Event}, which {happened} {when}, prompted an official inquiry.",
        "Data compiled by {who} likewise shows {event} {happened} {when}.",
        "compatible",
    ),
    NegativePair(
        "Officials said {event} {happened} {when}.",
        "In the weeks since {event} {happened} {when}, little has changed on the ground.",
        "compatible",
    ),
    NegativePair(
        "{Who} said {event} {happened} {when}.",
        "{Event}, which {happened} {when}, remains the focus of the investigation.",
        "compatible",
    ),
    NegativePair(
        "{Event} {when} drew swift reaction from abroad.",
        "Speaking again later, {who} said {event} {happened} {when}.",
        "compatible",
    ),
    NegativePair(
        "A filing with the court states that {event} {happened} {when}.",
        "The timing of {event} {when} is not in dispute, {who} said.",
        "compatible",
    ),
    # another (9)
    NegativePair(
        "{Event} {happened} {when}, {who} said.",
        "A second {noun} {happened} {when}, adding to pressure on the authorities.",
        "another",
    ),
    NegativePair(
        "According to {who}, {event} {happened} {when}.",
        "It was the country's third {noun} in as many years; the previous one {happened} {when}.",
        "another",
    ),
    NegativePair(
        "{Event}, which {happened} {when}, prompted an official inquiry.",
        "A previous {noun}, which {happened} {when}, led to sweeping reforms.",
        "another",
    ),
    NegativePair(
        "Officials confirmed that {event} {happened} {when}.",
        "In a separate case, another {noun} {happened} {when} in a neighbouring province.",
        "another",
    ),
    NegativePair(
        "{Who} said {event} {happened} {when}.",
        "{Who} said an earlier {noun} {when} had followed a similar pattern.",
        "another",
    ),
    NegativePair(
        "It was {when} that {event} {happened}.",
        "Many still recall the {year} {noun}; a separate {noun} that {happened} {when} drew less attention.",
        "another",
    ),
    NegativePair(
        "{Event} {when} caught many by surprise, {who} said.",
        "Analysts compared it with the {year} {noun} and with another {noun} {when}.",
        "another",
    ),
    NegativePair(
        "Since {event} {happened} {when}, pressure has grown on the authorities.",
        "A similar {noun} {happened} {when} in another part of the country, {who} said.",
        "another",
    ),
    NegativePair(
        "Court records show {event} {happened} {when}.",
        "Unlike the {year} {noun}, a separate {noun} {when} attracted little public attention.",
        "another",
    ),
)

BANK = dataclasses.replace(
    DEV,
    name="date55a",
    kinds=KINDS,
    date_first=DATE_FIRST,
    date_second=DATE_SECOND,
    negatives_date=NEGATIVES_DATE,
)
