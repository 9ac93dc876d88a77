"""DATE bank date62k, written by a blind helper, round 62 (held out). Register: financial-markets and
business copy as wire services, business desks and financial dailies write it."""

import dataclasses

from bench.injectors.consistency import EventKind, NegativePair
from bench.injectors.templates_dev import BANK as DEV

KINDS = (
    EventKind(
        "flash crash",
        ("struck", "occurred", "hit the market"),
        ("traders", "exchange officials", "analysts", "the market regulator"),
    ),
    EventKind(
        "trading halt",
        ("was imposed", "was ordered", "was triggered"),
        ("the exchange", "traders", "the bourse operator", "brokers"),
    ),
    EventKind(
        "bank run",
        ("began", "erupted", "took hold"),
        ("depositors", "the central bank", "bank officials", "local media"),
    ),
    EventKind(
        "bond default",
        ("occurred", "was declared", "was triggered"),
        ("rating agencies", "bondholders", "the bond trustee", "creditors"),
    ),
    EventKind(
        "stock market debut",
        ("took place", "went ahead", "was completed"),
        ("the exchange", "the underwriters", "bankers on the deal", "the company"),
    ),
    EventKind(
        "shareholder revolt",
        ("erupted", "broke out", "took place"),
        ("proxy advisers", "investors", "the company", "people familiar with the matter"),
    ),
    EventKind(
        "shareholder meeting",
        ("was held", "took place", "was convened"),
        ("the company", "attendees", "shareholders", "the chairman"),
        hosted=True,
    ),
    EventKind(
        "profit warning",
        ("was issued", "was published", "came"),
        ("the company", "analysts", "the group", "investors"),
    ),
    EventKind(
        "rate decision",
        ("was announced", "was made", "came"),
        ("the central bank", "economists", "policymakers", "rate strategists"),
    ),
    EventKind(
        "devaluation",
        ("was announced", "took effect", "was carried out"),
        ("the central bank", "the finance ministry", "currency traders", "economists"),
    ),
    EventKind(
        "dawn raid",
        ("was carried out", "took place", "was conducted"),
        ("the competition authority", "the company", "investigators", "people familiar with the matter"),
    ),
    EventKind(
        "refinery explosion",
        ("occurred", "took place", "tore through the plant"),
        ("the company", "fire officials", "workers", "the operator"),
    ),
    EventKind(
        "mine flood",
        ("occurred", "struck", "happened"),
        ("the miner", "mine rescue officials", "union representatives", "the company"),
    ),
    EventKind(
        "rogue-trading loss",
        ("was uncovered", "came to light", "was discovered"),
        ("the bank", "regulators", "people familiar with the matter", "auditors"),
    ),
    EventKind(
        "tanker spill",
        ("occurred", "happened", "began"),
        ("the coastguard", "the shipping company", "environmental officials", "the port authority"),
    ),
    EventKind(
        "data breach",
        ("took place", "occurred", "was detected"),
        ("the company", "cybersecurity investigators", "the data regulator", "people briefed on the matter"),
    ),
    EventKind(
        "boardroom coup",
        ("took place", "unfolded", "was carried out"),
        ("people familiar with the matter", "the company", "former directors", "investors"),
    ),
    EventKind(
        "delisting",
        ("took effect", "was completed", "was finalised"),
        ("the exchange", "the company", "shareholders", "the regulator"),
    ),
    EventKind(
        "results leak",
        ("occurred", "happened", "took place"),
        ("the company", "the regulator", "traders", "people familiar with the matter"),
    ),
    EventKind(
        "cyberattack",
        ("struck", "took place", "was launched"),
        ("the company", "security researchers", "the exchange", "officials"),
    ),
    EventKind(
        "capital markets day",
        ("was held", "took place", "went ahead"),
        ("the company", "analysts", "investors", "executives"),
        hosted=True,
    ),
    EventKind(
        "trading outage",
        ("occurred", "struck", "began"),
        ("the exchange", "brokers", "traders", "the platform operator"),
    ),
    EventKind(
        "pipeline rupture",
        ("occurred", "happened", "took place"),
        ("the operator", "pipeline regulators", "the company", "local officials"),
    ),
    EventKind(
        "tailings dam collapse",
        ("occurred", "happened", "took place"),
        ("the miner", "rescue officials", "state prosecutors", "the company"),
    ),
)

DATE_FIRST = (
    "{Event} {happened} {when}, {who} said.",
    "According to {who}, {event} {happened} {when}, catching much of the market off guard.",
    "It was {when} that {event} {happened}, {who} said in a statement.",
    "In a stock-exchange filing, the company said {event} {happened} {when}.",
    "Shares fell sharply after {event}, which {happened} {when}, prompting several brokers to cut "
    "their price targets.",
    "{Event}, which {who} said {happened} {when}, wiped billions off the company's market value.",
    "When {event} {happened} {when}, dealers said, screens across the trading floor turned red "
    "within minutes.",
    "Analysts at several brokerages traced the sell-off back to {event} {when}.",
    "The board was not told of {event} until days after it {happened} {when}, according to people "
    "familiar with the matter.",
    "Above: the scene outside the group's headquarters following {event} {when}.",
    "The group's handling of {event} {when} has drawn sharp criticism from its largest investors.",
    '"Nobody on the desk had seen anything like it," one trader said of {event} {when}.',
    "{Event}, {who} said, {happened} {when} and was not immediately disclosed to investors.",
    "For many investors, {event} {when} marked the moment confidence in the company finally broke.",
    "{Event}, which forced the company to suspend its guidance, reshuffle its finance team and open "
    "talks with lenders over a waiver on its debt covenants, {happened} {when}, {who} said.",
    "What set off the selling, according to dealers, was {event} {when}.",
    "Although {event} {happened} {when}, the company did not inform the market until much later, "
    "filings show.",
    "Since {event} {when}, the stock has failed to recover to its previous levels.",
    "First came {a_noun} {when}, then a string of downgrades that left the shares at a record low.",
    "{Who} said {event} {happened} {when} but declined to comment on the likely financial impact.",
    "Bloomberg reported that {event} {happened} {when}, citing people familiar with the matter.",
    "In a statement to the exchange, the group confirmed that {event} {happened} {when} and said it "
    "was assessing the impact on its operations.",
    "{Event} (which, {who} said, {happened} {when}) is likely to weigh on the group's quarterly earnings.",
    "Investors who had sold before {event} {when} were spared the worst of the losses.",
    "The timing of {event}, {when}, could hardly have been worse for the company, which was in the "
    "middle of refinancing its debt.",
    "Credit-default swaps on the group's bonds widened steeply in the session after {event} {when}, "
    "traders said.",
)

DATE_SECOND = (
    "Recalling {event} {when}, one fund manager said the episode had changed how his firm manages risk.",
    "The company's shares have yet to recover from {event} {when}.",
    "{Who} later said {event} {happened} {when}.",
    "Questions over {event}, which {happened} {when}, dominated the group's earnings call.",
    "Regulators are still examining trades placed in the hours before {event} {when}.",
    "In its annual report, the group devoted two full pages to {event} {when}.",
    "Lawyers for the investors argue that the board knew of the risks well before {event} {when}.",
    'Asked about {event} {when}, the chief executive told reporters the company had "learned hard lessons".',
    "Trading volumes in the stock have been thin ever since {event} {when}, brokers say.",
    "Memories of {event} {when} still weigh on sentiment, according to analysts.",
    "{Who} told reporters that {event} {happened} {when}, adding that an internal review was under way.",
    "The chairman apologised to shareholders for {event} {when}, calling it 'a failure on our part'.",
    "{Event} {when} was not the first warning sign, according to former employees.",
    "The cost of {event} {when}, including fines and remediation, is expected to run well into nine figures.",
    "By the time {event} {happened} {when}, several hedge funds had already built large short "
    "positions, filings showed.",
    "Among the hardest hit by {event} {when} were retail investors who had bought in near the top.",
    "Several lawsuits filed over {event} {when} have since been consolidated into a single case.",
    "The stock closed lower again as investors digested fresh details of {event} {when}.",
    "Analysts at one Swiss bank noted that {event} {when} had exposed weaknesses in the group's "
    "internal controls.",
    "A screen shows the company's share price in the hours after {event} {when}.",
    '{Event} {when}, he said, was "a wake-up call" for the whole industry.',
    "In hindsight, {event} {when} was the start of the group's unravelling, one former director said.",
    "The regulator's report into {event}, which {happened} {when}, ran to more than two hundred pages.",
    "Reuters, citing two sources, reported that {event} {happened} {when}.",
    'Shareholders were told at the meeting that {event} {when} had been "an isolated incident".',
    "It was only after {event} {when}, the filing shows, that the company hired outside advisers.",
)

NEGATIVES_DATE = (
    # planned: second sentence is a future or scheduled thing related to the past event
    NegativePair(
        "{Event} {happened} {when}, {who} said.",
        "An independent review of {event} is due to be published {when}.",
        "planned",
    ),
    NegativePair(
        "{Who} said {event} {happened} {when}.",
        "A court hearing on investor claims arising from {event} is scheduled to open {when}.",
        "planned",
    ),
    NegativePair(
        "Shares slumped after {event} {when}.",
        "The company has said it will update investors on the fallout from {event} {when}.",
        "planned",
    ),
    NegativePair(
        "According to {who}, {event} {happened} {when}.",
        "Regulators are expected to announce the findings of their inquiry into {event} {when}.",
        "planned",
    ),
    NegativePair(
        "{Event}, which {happened} {when}, forced the group to cut its full-year forecast.",
        "An extraordinary shareholder meeting to discuss {event} will be held {when}, the company said.",
        "planned",
    ),
    NegativePair(
        "It was {when} that {event} {happened}.",
        "Executives are due to testify before lawmakers about {event} {when}.",
        "planned",
    ),
    NegativePair(
        "The board learned of {event} shortly after it {happened} {when}.",
        "The group plans to publish a full account of {event} alongside its results {when}.",
        "planned",
    ),
    NegativePair(
        "{Event} {when} wiped billions off the company's market value.",
        "Compensation payments to investors affected by {event} are set to begin {when}.",
        "planned",
    ),
    NegativePair(
        "{Who} confirmed that {event} {happened} {when}.",
        "Lawyers for the claimants said a trial over {event} is expected to start {when}.",
        "planned",
    ),
    # compatible: same event, second date falls inside the first
    NegativePair(
        "{Event} {happened} {when}, {who} said.",
        "Details of {event}, which {happened} {when}, emerged only gradually.",
        "compatible",
    ),
    NegativePair(
        "According to {who}, {event} {happened} {when}.",
        "Since {event} {when}, the shares have fallen by around a fifth.",
        "compatible",
    ),
    NegativePair(
        "Analysts traced the sell-off back to {event} {when}.",
        "{Who} said {event} {happened} {when} and that the company had been slow to disclose it.",
        "compatible",
    ),
    NegativePair(
        "In a stock-exchange filing, the company said {event} {happened} {when}.",
        "Investors who had sold before {event} {when} avoided the worst of the losses.",
        "compatible",
    ),
    NegativePair(
        "{Event}, which {who} said {happened} {when}, rattled the wider sector.",
        "The group's handling of {event} {when} has since drawn criticism from investors.",
        "compatible",
    ),
    NegativePair(
        "Bloomberg reported that {event} {happened} {when}.",
        "The chairman apologised to shareholders for {event} {when}.",
        "compatible",
    ),
    NegativePair(
        "The timing of {event}, {when}, could hardly have been worse for the company.",
        "{Event}, traders said, {happened} {when}, shortly after the market opened.",
        "compatible",
    ),
    NegativePair(
        "Although {event} {happened} {when}, the company stayed silent for days.",
        "Lawsuits filed over {event} {when} have since been consolidated.",
        "compatible",
    ),
    # another: the second sentence is about a different instance of the same kind
    NegativePair(
        "{Event} {happened} {when}, {who} said.",
        "A separate {noun}, unrelated to the first, {happened} {when}, {who} said.",
        "another",
    ),
    NegativePair(
        "{Who} said {event} {happened} {when}.",
        "It was the second such episode for the group, after an earlier {noun} {when}.",
        "another",
    ),
    NegativePair(
        "Shares fell heavily after {event} {when}.",
        "The {year} {noun}, which {happened} {when}, had prompted a similar sell-off.",
        "another",
    ),
    NegativePair(
        "{Event}, which {happened} {when}, hit the stock hard.",
        "Last year's {noun} {happened} {when}, and investors have not forgotten it.",
        "another",
    ),
    NegativePair(
        "According to {who}, {event} {happened} {when}.",
        "Analysts compared it with a similar {noun} that {happened} {when}, which had far smaller "
        "consequences.",
        "another",
    ),
    NegativePair(
        "It was {when} that {event} {happened}.",
        "Another {noun} {happened} {when}, {who} said, raising fresh questions about oversight.",
        "another",
    ),
    NegativePair(
        "In a filing, the company said {event} {happened} {when}.",
        "The previous {noun} at the company {happened} {when}, according to its annual report.",
        "another",
    ),
    NegativePair(
        "{Event} {when} sent the shares to a multi-year low.",
        "Market veterans recalled the {year} {noun}, which {happened} {when}.",
        "another",
    ),
)

BANK = dataclasses.replace(
    DEV,
    name="date62k",
    kinds=KINDS,
    date_first=DATE_FIRST,
    date_second=DATE_SECOND,
    negatives_date=NEGATIVES_DATE,
)
