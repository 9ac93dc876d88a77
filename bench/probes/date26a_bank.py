"""Date bank `date26a`, written by helper date26a, round 26 (blind author).

Register: business, financial and legal/court wire copy -- stories on filings, rulings,
verdicts, settlements, mergers, recalls, layoffs, listings, strikes, hearings, indictments
and sanctions. Habits it imitates: attribution to filings and court papers ("court
documents show", "in a regulatory filing"), anonymous sourcing ("people familiar with the
matter"), market-reaction clauses ("shares fell after"), non-restrictive relative clauses
carrying the date ("the deal, which closed ..."), clefts, fronted dates, quotes, headline
and caption fragments, and the date placed far from the event noun behind long clauses.
"""

import dataclasses

from bench.injectors.consistency import EventKind, NegativePair
from bench.injectors.templates_dev import BANK as DEV

KINDS = (
    EventKind(
        "ruling",
        ("was handed down", "was issued", "came down", "was delivered"),
        ("court records", "lawyers involved in the case", "a court spokesperson"),
    ),
    EventKind(
        "verdict",
        ("was returned", "was reached", "was delivered", "was read out"),
        ("court filings", "the plaintiffs' lawyers", "a court clerk"),
    ),
    EventKind(
        "settlement",
        ("was reached", "was finalised", "was signed", "was approved"),
        ("both parties", "a lawyer for the plaintiffs", "people familiar with the matter"),
    ),
    EventKind(
        "merger",
        ("closed", "was completed", "was sealed", "went through"),
        ("the two companies", "a regulatory filing", "bankers who worked on the deal"),
    ),
    EventKind(
        "takeover",
        ("was agreed", "was announced", "closed", "was completed"),
        ("the acquirer", "the target's board", "people close to the transaction"),
    ),
    EventKind(
        "recall",
        ("was issued", "was announced", "began", "was ordered"),
        ("the safety regulator", "the manufacturer", "a company spokesperson"),
    ),
    EventKind(
        "round of layoffs",
        ("was announced", "began", "was carried out", "took effect"),
        ("the company", "staff briefed on the cuts", "an internal memo"),
    ),
    EventKind(
        "initial public offering",
        ("priced", "was priced", "was completed", "went ahead"),
        ("the underwriters", "the exchange operator", "the company's prospectus"),
    ),
    EventKind(
        "walkout",
        ("began", "was called", "started", "got under way"),
        ("the union", "shop stewards", "management"),
    ),
    EventKind(
        "hearing",
        ("took place", "was held", "was convened", "opened"),
        ("the court calendar", "lawyers for both sides", "a committee aide"),
        hosted=True,
    ),
    EventKind(
        "indictment",
        ("was unsealed", "was returned", "was filed", "was made public"),
        ("federal prosecutors", "defence lawyers", "the charging documents"),
    ),
    EventKind(
        "sanctions package",
        ("was imposed", "was unveiled", "took effect", "was announced"),
        ("the Treasury", "officials", "diplomats briefed on the measures"),
    ),
    EventKind(
        "bankruptcy filing",
        ("was made", "was lodged", "came", "was submitted"),
        ("court papers", "the company's restructuring advisers", "a creditor group"),
    ),
    EventKind(
        "antitrust fine",
        ("was imposed", "was levied", "was announced", "was handed down"),
        ("the competition authority", "the commission", "the company"),
    ),
    EventKind(
        "share buyback",
        ("was announced", "was approved", "was launched", "began"),
        ("the board", "the company", "the chief financial officer"),
    ),
    EventKind(
        "profit warning",
        ("was issued", "came", "was published", "was released"),
        ("the company", "analysts", "the chief executive"),
    ),
    EventKind(
        "annual general meeting",
        ("took place", "was held", "convened", "was staged"),
        ("the company secretary", "shareholder groups", "the chairman"),
        hosted=True,
    ),
    EventKind(
        "guilty plea",
        ("was entered", "was accepted", "was made", "was lodged"),
        ("prosecutors", "the defendant's lawyer", "court transcripts"),
    ),
    EventKind(
        "dawn raid",
        ("was carried out", "took place", "was conducted", "was launched"),
        ("investigators", "the regulator", "people present at the offices"),
    ),
    EventKind(
        "trading halt",
        ("was imposed", "was ordered", "took effect", "began"),
        ("the exchange", "the market regulator", "brokers"),
    ),
    EventKind(
        "arbitration award",
        ("was issued", "was made", "was handed down", "was published"),
        ("the tribunal", "the claimant's lawyers", "a stock exchange filing"),
    ),
    EventKind(
        "class action",
        ("was filed", "was brought", "was lodged", "was launched"),
        ("the plaintiffs' lawyers", "court documents", "the law firm leading the case"),
    ),
    EventKind(
        "earnings call",
        ("took place", "was held", "was hosted", "ran"),
        ("transcripts", "analysts on the line", "the investor relations team"),
        hosted=True,
    ),
)

DATE_FIRST = (
    "{Event} {happened} {when}, according to a filing with the securities regulator.",
    "{when}, {event} {happened}, {who} said.",
    "Shares in the company fell almost 6 per cent after {event} {happened} {when}.",
    "In a regulatory filing, the company said {event} {happened} {when}.",
    "{Event}, which {happened} {when}, drew swift criticism from consumer and investor groups.",
    "It was {when} that {event} {happened}, court documents show.",
    "Court documents show {event} {happened} {when}, weeks earlier than lawyers for the company "
    "had expected.",
    "{Who} confirmed that {event} {happened} {when}.",
    "According to {who}, {event} {happened} {when}, after months of back-and-forth negotiation.",
    "{Event} {happened} {when}, people familiar with the matter said, asking not to be named because the "
    "details are private.",
    "A spokesperson declined to comment on {event}, which {happened} {when}.",
    "Analysts had largely priced in {event}, which {happened} {when} after a lengthy review.",
    '"{Event} {happened} {when} and we are reviewing our options," a company spokesperson said.',
    "{Event} — which {happened} {when} — wiped roughly $2bn off the group's market value.",
    "The timing of {event}, which {happened} {when}, caught several board members by surprise, two "
    "people with knowledge of the discussions said.",
    "By the time {event} {happened} {when}, the company had already set aside funds to cover the cost.",
    "A person briefed on the matter said {event} {happened} {when}, earlier than had been publicly "
    "indicated.",
    "The filing shows that {event} {happened} {when}.",
    "{Event} {happened} {when}, capping months of speculation among analysts and investors.",
    "{Event} {happened} {when} and was disclosed to investors in a statement to the stock exchange.",
    "Executives did not mention {event}, which {happened} {when}, during their subsequent presentation "
    "to analysts.",
    "Asked about {event}, which {happened} {when}, a spokesperson for the group declined to comment.",
    "{Who} said {a_noun} {happened} {when}.",
    "{when}, in a move that surprised much of the market, {event} {happened}.",
    "{Event} {when} was the largest of its kind in the company's history, analysts said.",
    "{Event} {happened} {when}; shares slid in early trade.",
    "Lawyers for the plaintiffs said {event} {happened} {when}, a point the company does not dispute.",
    "The group's bonds weakened sharply after {event} {happened} {when}, traders said.",
    "Under pressure from activist shareholders and a falling share price, and after weeks of "
    "denials from management, {event} finally {happened} {when}.",
    "Pictured: reporters gather outside the company's headquarters as {event} {happened} {when}.",
    "{Event} was {held} {when}, {who} said.",
    "Credit-rating agencies began reviewing the company's debt soon after {event} {happened} {when}.",
    "As {event} {happened} {when}, the stock was briefly suspended from trading.",
    "Few outside the boardroom knew that {event} {happened} {when}, according to people familiar with "
    "the matter.",
    "Within hours of {event}, which {happened} {when}, the cost of insuring the company's debt had jumped.",
)

DATE_SECOND = (
    "{Event} {happened} {when}, the filing showed.",
    "Court documents show the {noun} {happened} {when}.",
    "{Who} has said {event} {happened} {when}.",
    "{when}, when {event} {happened}, the stock dropped more than 8 per cent.",
    "Since {event} {happened} {when}, the company has cut its full-year guidance twice.",
    "The {noun} {when} was cited in the company's annual report as a material risk.",
    "It was {when}, and not before, that {event} {happened}, {who} said.",
    "Investors had been bracing for {event}, which {happened} {when}.",
    "A company spokesperson, reached by phone, said {event} {happened} {when} and declined to "
    "comment further.",
    "Shares recovered some ground after {event} {happened} {when}.",
    "The timeline set out in the lawsuit states that {event} {happened} {when}.",
    "In its quarterly report, the company noted that {event} {happened} {when}.",
    "{Event}, {who} confirmed, {happened} {when}.",
    '"{Event} {happened} {when}," the spokesperson said in an email.',
    "Records reviewed by this newspaper indicate the {noun} {happened} {when}.",
    "Critics have questioned why {event} {happened} {when} rather than sooner.",
    "When {event} {happened} {when}, few on Wall Street had anticipated the move.",
    "Both sides agree that {event} {happened} {when}; what they dispute is the cost.",
    "Per the filing, {event} {happened} {when}.",
    "The {noun} itself {happened} {when}, a detail buried deep in a 200-page disclosure.",
    "{Event} {happened} {when}, and the company's credit rating was placed on review shortly afterwards.",
    "Minutes of the board meeting show that {event} {happened} {when}.",
    "Bondholders were told in a letter that {event} {happened} {when}.",
    "Although {event} {happened} {when}, the full terms have yet to be made public.",
    "A correction issued by the company later clarified that {event} {happened} {when}.",
    "Hedge funds that had bet against the stock profited handsomely when {event} {happened} {when}.",
    "{Event}, {held} {when} behind closed doors, lasted less than an hour.",
    "The company's own account, contained in an exhibit attached to the complaint, is that {event} "
    "{happened} {when}.",
    "{Event} {happened} {when}, not on the date given in earlier reports.",
    "{when}, {event} {happened} — a fact the company confirmed only after repeated questions.",
    "Regulators were informed shortly after {event} {happened} {when}, the filing said.",
    "The {noun}, {who} said, {happened} {when} following a last-minute objection that was overruled.",
    "According to {who}, the {noun} {happened} {when}.",
    "What changed the company's fortunes was {event}, which {happened} {when}.",
    "Trading volumes spiked as {event} {happened} {when}.",
)

NEGATIVES_DATE = (
    # planned: the second date is a future one for something scheduled
    NegativePair(
        "{Event} {happened} {when}, the company said.",
        "Both sides are due back before the judge {when} to deal with issues arising from the {noun}.",
        "planned",
    ),
    NegativePair(
        "{Who} said {event} {happened} {when}.",
        "Shareholders are expected to vote on the terms of the {noun} {when}.",
        "planned",
    ),
    NegativePair(
        "{Event} {happened} {when}, court documents show.",
        "The company plans to update investors on the financial impact of the {noun} {when}.",
        "planned",
    ),
    NegativePair(
        "In a regulatory filing, the group said {event} {happened} {when}.",
        "An appeal against the {noun} is due to be heard {when}.",
        "planned",
    ),
    NegativePair(
        "{Event}, which {happened} {when}, rattled investors.",
        "The regulator is set to publish its own review of the {noun} {when}.",
        "planned",
    ),
    NegativePair(
        "Shares fell sharply after {event} {happened} {when}.",
        "A deadline for objections to the {noun} falls {when}.",
        "planned",
    ),
    NegativePair(
        "{Event} {happened} {when}, according to people familiar with the matter.",
        "Lawyers will return to court {when} to argue over costs arising from the {noun}.",
        "planned",
    ),
    NegativePair(
        "It was {when} that {event} {happened}, the filing showed.",
        "Compensation payments linked to the {noun} will begin {when}, the spokesperson said.",
        "planned",
    ),
    NegativePair(
        "{Event} {happened} {when}, {who} said.",
        "Executives are expected to field questions about the {noun} when they next report results, {when}.",
        "planned",
    ),
    # compatible: the same event, the two dates nest
    NegativePair(
        "{Event} {happened} {when}, according to the filing.",
        "A spokesperson confirmed that {event} {happened} {when}.",
        "compatible",
    ),
    NegativePair(
        "{when}, {event} {happened}, {who} said.",
        "Court documents show the {noun} {happened} {when}.",
        "compatible",
    ),
    NegativePair(
        "{Who} said {event} {happened} {when}.",
        "{Event}, which {happened} {when}, is now being examined by auditors.",
        "compatible",
    ),
    NegativePair(
        "Shares slid after {event} {happened} {when}.",
        "The {noun} {happened} {when}, a later statement to the exchange confirmed.",
        "compatible",
    ),
    NegativePair(
        "{Event}, which {happened} {when}, surprised analysts.",
        "People familiar with the matter said the {noun} {happened} {when}.",
        "compatible",
    ),
    NegativePair(
        "It was {when} that {event} {happened}, court records show.",
        "Since {event} {happened} {when}, the company's shares have lost a fifth of their value.",
        "compatible",
    ),
    NegativePair(
        "In a regulatory filing, the company said {event} {happened} {when}.",
        "Asked about the {noun}, which {happened} {when}, a spokesperson declined to comment.",
        "compatible",
    ),
    NegativePair(
        "{Event} {happened} {when}, capping weeks of speculation.",
        "Minutes of the board meeting confirm the {noun} {happened} {when}.",
        "compatible",
    ),
    # another: a different instance of the kind, on its own date
    NegativePair(
        "{Event} {happened} {when}, the company said.",
        "A separate {noun}, unrelated to the first, {happened} {when}.",
        "another",
    ),
    NegativePair(
        "{Who} said {event} {happened} {when}.",
        "The company had weathered an earlier {noun}, which {happened} {when}.",
        "another",
    ),
    NegativePair(
        "Shares fell after {event} {happened} {when}.",
        "Analysts drew comparisons with the {year} {noun}, which {happened} {when}.",
        "another",
    ),
    NegativePair(
        "{Event} {happened} {when}, court documents show.",
        "Another {noun}, at a rival firm, {happened} {when}.",
        "another",
    ),
    NegativePair(
        "In a regulatory filing, the group said {event} {happened} {when}.",
        "It is the group's second {noun} in recent memory; the previous one {happened} {when}.",
        "another",
    ),
    NegativePair(
        "{Event}, which {happened} {when}, hit the stock hard.",
        "A similar {noun} involving a competitor {happened} {when}.",
        "another",
    ),
    NegativePair(
        "It was {when} that {event} {happened}, the filing showed.",
        "The {year} {noun} at the same company {happened} {when}, filings show.",
        "another",
    ),
    NegativePair(
        "{Event} {happened} {when}, people familiar with the matter said.",
        "That was not the group's first {noun}: an earlier one {happened} {when}.",
        "another",
    ),
    NegativePair(
        "{Event} {happened} {when}, {who} said.",
        "Across the industry, the last comparable {noun} {happened} {when}.",
        "another",
    ),
    NegativePair(
        "Asked about {event}, which {happened} {when}, a spokesperson declined to comment.",
        "A different {noun}, brought by another set of investors, {happened} {when}.",
        "another",
    ),
)

BANK = dataclasses.replace(
    DEV,
    name="date26a",
    kinds=KINDS,
    date_first=DATE_FIRST,
    date_second=DATE_SECOND,
    negatives_date=NEGATIVES_DATE,
)
