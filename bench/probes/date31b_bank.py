"""DATE bank date31b, written by helper date31b, round 31 (blind author).

Register: the business, markets and technology desks (Reuters, Bloomberg, CNBC,
TechCrunch, the FT's companies pages). Events are corporate and market incidents — data
breaches, cloud outages, profit warnings, safety recalls, share sales, plant closures,
layoffs, antitrust rulings, dawn raids, trading halts — and staged corporate occasions
(earnings calls, investor days, shareholder votes, AGMs, chip launches, developer
conferences). The copy dates them the way wire and desk copy does: a trailing date after
the predicate, a fronted date, the date glued to the noun ("the outage on 3 March",
"the breach last Tuesday"), dates inside relative clauses and dashes, attribution first,
middle and last ("the company said", "according to people familiar with the matter",
"analysts at Bernstein said in a note to clients"), filings and stock-exchange statements,
captions, quotes, clefts ("It was ... that", "It was not until ... that") and follow-ups
that point back ("That breach", "Then came", "As for the recall, it ..."). Negatives: the
next call, launch or meeting and future follow-ups (results, findings, hearings) are
planned; a restatement of the same event is compatible; a separate, rival's or earlier
year's instance ("the 2021 recall") is another.
"""

import dataclasses

from bench.injectors.consistency import EventKind, NegativePair
from bench.injectors.templates_dev import BANK as DEV

KINDS = (
    EventKind(
        "data breach",
        (
            "was disclosed",
            "came to light",
            "exposed the records of millions of customers",
            "was first detected",
            "hit the company's customer database",
        ),
        (
            "the company",
            "cybersecurity researchers",
            "the data protection regulator",
            "people familiar with the investigation",
        ),
    ),
    EventKind(
        "cloud outage",
        (
            "knocked thousands of websites offline",
            "began",
            "disrupted services for business customers",
            "took down the provider's busiest data centre region",
            "struck",
        ),
        (
            "the cloud provider",
            "engineers at the company",
            "monitoring firm Downdetector",
            "the company's status page",
        ),
    ),
    EventKind(
        "profit warning",
        (
            "was issued",
            "came",
            "sent the shares down by a fifth",
            "rattled investors",
            "was published to the stock exchange",
        ),
        ("the retailer", "the company", "analysts at Jefferies", "the board"),
    ),
    EventKind(
        "safety recall",
        (
            "was announced",
            "was launched",
            "covered about 1.2 million vehicles",
            "was expanded to include older models",
            "was ordered",
        ),
        ("the carmaker", "federal safety regulators", "the company", "the consumer watchdog"),
    ),
    EventKind(
        "initial public offering",
        (
            "was priced",
            "raised $1.4bn",
            "valued the company at about $9bn",
            "priced at the top of the marketed range",
            "was completed",
        ),
        ("people familiar with the deal", "the company", "the lead underwriters", "the exchange"),
    ),
    EventKind(
        "plant closure",
        (
            "was announced",
            "put 600 jobs at risk",
            "was confirmed",
            "took effect",
            "was approved by the board",
        ),
        ("the union", "the company", "local officials", "the works council"),
    ),
    EventKind(
        "factory fire",
        (
            "broke out",
            "halted production",
            "gutted part of the assembly line",
            "forced the evacuation of 300 workers",
            "disrupted chip supplies",
        ),
        ("the company", "local fire officials", "the chipmaker", "the plant's operator"),
    ),
    EventKind(
        "shareholder vote",
        (
            "was held",
            "took place",
            "rejected the chief executive's pay package",
            "backed the merger",
            "went narrowly against the board",
        ),
        ("the company", "proxy adviser ISS", "the board", "activist investors"),
        hosted=True,
    ),
    EventKind(
        "earnings call",
        ("took place", "was held", "ran for more than an hour", "turned testy", "lasted almost two hours"),
        ("analysts", "the company", "executives", "the chief financial officer"),
        hosted=True,
    ),
    EventKind(
        "antitrust ruling",
        (
            "was handed down",
            "came",
            "went against the company",
            "was issued",
            "ordered the group to pay a €2.4bn fine",
        ),
        ("the court", "the competition authority", "lawyers for the company", "the commission"),
    ),
    EventKind(
        "chip launch",
        (
            "took place",
            "went ahead",
            "drew a muted response from investors",
            "was staged",
            "was livestreamed",
        ),
        ("the chipmaker", "the company", "analysts", "industry watchers"),
        hosted=True,
    ),
    EventKind(
        "developer conference",
        ("opened", "took place", "kicked off", "was held", "began"),
        ("the company", "organisers", "attendees", "developers who attended"),
        hosted=True,
    ),
    EventKind(
        "round of layoffs",
        (
            "was announced",
            "hit about 12,000 staff",
            "began",
            "was disclosed in a regulatory filing",
            "took effect",
        ),
        ("the company", "employees", "the union", "people familiar with the matter"),
    ),
    EventKind(
        "investor day",
        ("was held", "took place", "laid out new margin targets", "was staged", "went ahead"),
        ("the company", "analysts", "investors", "executives"),
        hosted=True,
    ),
    EventKind(
        "trading halt",
        ("was imposed", "was lifted", "lasted almost two hours", "hit the shares", "was ordered"),
        ("the exchange", "the market regulator", "traders", "the company"),
    ),
    EventKind(
        "bond sale",
        ("was priced", "raised $2bn", "drew orders of more than $10bn", "was completed", "took place"),
        ("bankers on the deal", "the company", "people familiar with the matter", "the treasurer"),
    ),
    EventKind(
        "ransomware intrusion",
        (
            "was discovered",
            "crippled the company's ordering systems",
            "forced several plants offline",
            "began",
            "was detected",
        ),
        ("the company", "investigators", "cybersecurity researchers", "the national cyber security centre"),
    ),
    EventKind(
        "faulty software update",
        (
            "was pushed out",
            "crashed millions of computers",
            "was rolled back",
            "went out",
            "knocked airline check-in systems offline",
        ),
        ("the company", "the security firm", "customers", "system administrators"),
    ),
    EventKind(
        "annual general meeting",
        ("took place", "was held", "turned stormy", "ran for three hours", "was disrupted by protesters"),
        ("the company", "shareholders", "the chairman", "proxy advisers"),
        hosted=True,
    ),
    EventKind(
        "guidance cut",
        (
            "was announced",
            "came",
            "wiped $40bn off the company's market value",
            "sent the stock sliding",
            "was unveiled alongside quarterly results",
        ),
        ("the company", "analysts", "the chief executive", "investors"),
    ),
    EventKind(
        "boardroom shake-up",
        (
            "was announced",
            "took effect",
            "came",
            "was pushed through by the board",
            "was unveiled",
        ),
        ("the company", "people familiar with the matter", "the board", "analysts"),
    ),
    EventKind(
        "payments glitch",
        ("left customers unable to pay", "was fixed", "began", "hit card payments nationwide", "struck"),
        ("the bank", "customers", "the payments company", "the financial regulator"),
    ),
    EventKind(
        "dawn raid",
        ("was carried out", "took place", "targeted the company's headquarters", "came", "was conducted"),
        ("the competition authority", "the company", "the commission", "people familiar with the matter"),
    ),
)

DATE_FIRST = (
    "{Event} {happened} {when}, {who} said.",
    "{when}, {event} {happened}, according to {who}.",
    "According to {who}, {event} {happened} {when}.",
    "{Who} confirmed that {event} {happened} {when} but declined to give further details.",
    "{Event}, which {happened} {when}, was flagged as a risk in the company's latest quarterly filing.",
    "It was {when} that {event} {happened}, {who} said.",
    "In a filing with the Securities and Exchange Commission, the company said {event} {happened} {when}.",
    "Shares fell as much as 9 per cent in early trading after {event}, which {happened} {when}.",
    "{Event} {when} came at an awkward moment for management, analysts said.",
    "Analysts at Bernstein said in a note to clients that {event} {when} marked a turning point for"
    " the company.",
    "{Event} — which {who} said {happened} {when} — has prompted calls from investors for tighter oversight.",
    "Since {event} {when}, the stock has lost roughly a fifth of its value.",
    "{Event}, {who} told reporters, {happened} {when}.",
    "It was not until {event} {when} that the board began to rethink its strategy.",
    "In its quarterly report, the group said {event} {happened} {when} and that it was still assessing the"
    " financial impact.",
    "Asked on a call with reporters about {event} {when}, the chief financial officer said the matter"
    " had been 'fully addressed'.",
    "{Event} {happened} {when}, and {who} said the full impact would not be clear for some time.",
    "Details of {event}, which {happened} {when}, emerged in documents filed with regulators.",
    "The shares, already under pressure from rising borrowing costs, slid further after {event} {when}.",
    "Both ratings agencies cited {event} {when} when they cut their outlook on the company.",
    "Investors had little warning before {event} {when}, said one London-based fund manager.",
    "Among the items disclosed in the filing was {event}, which {happened} {when}.",
    "Employees leave the company's headquarters following {event} {when}. Photograph: Reuters",
    "{Event} {happened} {when}, the company told the stock exchange in a brief statement.",
    "'We have learned a lot from it,' the chief executive said of {event}, which {happened} {when}.",
    "The company's handling of {event} {when} drew criticism from investors and regulators alike.",
    "Analysts said in a note that {event}, which {happened} {when}, would weigh on margins for at least two"
    " quarters.",
    "{when}, {who} said, {event} {happened}.",
    "The episode began {when}, when {event} {happened}, {who} said.",
    "Reuters first reported on {event}, which {happened} {when}, citing people familiar with the matter.",
    "{Event} {when} has since become something of a case study for the industry, {who} said.",
    "Part of the drop in quarterly revenue was linked to {event} {when}, the company said.",
    "Chief executive Sarah Lin, speaking at a banking conference in New York, described {event} {when} as"
    " 'a wake-up call'.",
    "That was before {event} {when}, which {who} said changed the calculus entirely.",
    "A timeline compiled by {who} shows that {event} {happened} {when}.",
    "There had been no public sign of trouble before {event} {when}.",
    "With {event} {when}, the company entered what one analyst called 'a new chapter'.",
)

DATE_SECOND = (
    "{Event} {happened} {when}, the company said in a subsequent statement.",
    "{Who} has since said that {event} {happened} {when}.",
    "The {noun} {when} was the focus of several questions from analysts on the company's latest call.",
    "Asked about the {noun} {when}, a spokesperson for the company declined to comment further.",
    "The company has said little about {event} {when} beyond a short statement to the exchange.",
    "That {noun}, which {happened} {when}, remains under review, {who} said.",
    "The board has since commissioned an independent review of {event} {when}.",
    "It was {event} {when}, {who} said, that prompted the board to act.",
    "'Nobody saw it coming,' one analyst said of {event} {when}.",
    "The group's {noun}, which {happened} {when}, got only a passing mention in the annual report.",
    "The shares have yet to recover from {event} {when}.",
    "According to a timeline published by {who}, {event} {happened} {when}.",
    "Documents seen by Reuters show that {event} {happened} {when}.",
    "Then came {event} {when}, which {who} said had caught the market off guard.",
    "{when}, {event} {happened}, {who} said.",
    "There was little sign of trouble before {event} {when}, according to {who}.",
    "In a note to clients, analysts at Morgan Stanley said the fallout from {event} {when} was largely"
    " priced in.",
    "The {noun} itself {happened} {when}, {who} said.",
    "The stock closed down 4 per cent after {event}, which {happened} {when}.",
    "Traders work on the floor of the New York Stock Exchange after {event} {when}. Photograph: Bloomberg",
    "Much of the criticism has centred on how the company responded to {event} {when}.",
    "Whatever its cause, {event} {happened} {when}, {who} confirmed.",
    "A person briefed on the matter said {event} {happened} {when}.",
    "Last quarter's results included a one-off charge tied to {event} {when}, the company said.",
    "Those figures do not include the impact of {event} {when}, the company added.",
    "{Who} pointed to {event} {when} as the moment sentiment turned.",
    "It is that {noun} — the one that {happened} {when} — that investors keep returning to.",
    "Its {noun} {when} is now the subject of a shareholder lawsuit, {who} said.",
    "The {noun}, {who} noted, {happened} {when}.",
    "Executives are still dealing with the aftermath of {event} {when}.",
    "As for {event}, it {happened} {when}, {who} said.",
    "The chief executive referred again to {event} {when} in a memo to staff seen by CNBC.",
    "{Event}, which {who} said {happened} {when}, has since drawn the attention of regulators.",
    "Fund managers contacted by the Financial Times said {event} {when} had shaken their confidence in the"
    " management team.",
    "What happened {when} — {event} — still hangs over the stock.",
    "In hindsight, {event} {when} was a warning that went unheeded, said one former executive.",
)

NEGATIVES_DATE = (
    # planned: the next instance, or a future follow-up tied to the event
    NegativePair(
        "{Event} {happened} {when}, {who} said.",
        "The next {noun} will be {held} {when}, the company said.",
        "planned",
    ),
    NegativePair(
        "According to {who}, {event} {happened} {when}.",
        "The company plans to publish a full account of {event} {when}.",
        "planned",
    ),
    NegativePair(
        "{Event} was {held} {when} at the company's campus in California.",
        "Its next {noun} is expected to take place {when}, {who} said.",
        "planned",
    ),
    NegativePair(
        "{when}, {event} {happened}, according to {who}.",
        "A hearing on investor claims arising from {event} is due to take place {when}.",
        "planned",
    ),
    NegativePair(
        "It was {when} that {event} {happened}.",
        "The company, which has hosted such events for more than a decade, will stage its next {noun}"
        " {when}.",
        "planned",
    ),
    NegativePair(
        "Shares fell after {event}, which {happened} {when}.",
        "The company is due to report quarterly results {when}, when analysts expect questions about"
        " {event}.",
        "planned",
    ),
    NegativePair(
        "{Event} {happened} {when}, the company told the stock exchange.",
        "Regulators are expected to publish their findings on {event} {when}.",
        "planned",
    ),
    NegativePair(
        "{Who} said {event} {happened} {when}.",
        "The next {noun}, which the company has hosted every year, is scheduled to take place {when}.",
        "planned",
    ),
    NegativePair(
        "{Event} {when} caught investors by surprise.",
        "Executives will take questions on {event} {when}, on a call with investors.",
        "planned",
    ),
    NegativePair(
        "{Event}, {who} told reporters, {happened} {when}.",
        "Another {noun} is expected to be {held} {when}, people familiar with the plans said.",
        "planned",
    ),
    NegativePair(
        "Details of {event}, which {happened} {when}, emerged in a filing.",
        "The company said it expected to finish remediation work linked to {event} {when}.",
        "planned",
    ),
    # compatible: the same event, a date inside (or around) the first one
    NegativePair(
        "{Event} {happened} {when}, {who} said.",
        "The {noun} {when} was the focus of questions from analysts.",
        "compatible",
    ),
    NegativePair(
        "{when}, {event} {happened}, according to {who}.",
        "{Who} said {event} {happened} {when}.",
        "compatible",
    ),
    NegativePair(
        "According to {who}, {event} {happened} {when}.",
        "Shares fell 6 per cent after {event} {when}.",
        "compatible",
    ),
    NegativePair(
        "It was {when} that {event} {happened}, {who} said.",
        "The company has said little about {event} {when} since then.",
        "compatible",
    ),
    NegativePair(
        "{Event}, which {happened} {when}, was flagged in the company's quarterly filing.",
        "A timeline published by the company shows that {event} {happened} {when}.",
        "compatible",
    ),
    NegativePair(
        "In a statement, the company said {event} {happened} {when}.",
        "'It was a difficult moment,' one executive said of {event} {when}.",
        "compatible",
    ),
    NegativePair(
        "{Event} {when} came at an awkward moment for management.",
        "That {noun}, which {happened} {when}, is still under review.",
        "compatible",
    ),
    NegativePair(
        "{Who} confirmed that {event} {happened} {when}.",
        "Then came {event} {when}, which caught the market off guard.",
        "compatible",
    ),
    NegativePair(
        "Analysts said {event} {when} marked a turning point for the company.",
        "The {noun} itself {happened} {when}, {who} said.",
        "compatible",
    ),
    NegativePair(
        "Since {event} {when}, the stock has lost a fifth of its value.",
        "Documents seen by Reuters show that {event} {happened} {when}.",
        "compatible",
    ),
    # another: a different instance with a date of its own
    NegativePair(
        "{Event} {happened} {when}, {who} said.",
        "It was not the company's only {noun}: a separate one {happened} {when}.",
        "another",
    ),
    NegativePair(
        "According to {who}, {event} {happened} {when}.",
        "The {year} {noun}, by contrast, {happened} {when} and drew little attention.",
        "another",
    ),
    NegativePair(
        "{when}, {event} {happened}, according to {who}.",
        "A similar {noun} at a rival {happened} {when}.",
        "another",
    ),
    NegativePair(
        "{Event}, which {happened} {when}, was flagged in a filing.",
        "Investors still remember the {year} {noun}, which {happened} {when}.",
        "another",
    ),
    NegativePair(
        "It was {when} that {event} {happened}.",
        "The company has had more than one {noun}: another {happened} {when}, {who} said.",
        "another",
    ),
    NegativePair(
        "Shares fell after {event}, which {happened} {when}.",
        "Unlike the {year} {noun}, which {happened} {when}, this one caught analysts off guard.",
        "another",
    ),
    NegativePair(
        "{Event} {when} came at an awkward moment.",
        "A separate {noun}, at one of the group's suppliers, {happened} {when}, {who} said.",
        "another",
    ),
    NegativePair(
        "{Who} said {event} {happened} {when}.",
        "The company's {year} {noun} — which {happened} {when} — is often cited as a comparison.",
        "another",
    ),
    NegativePair(
        "Details of {event}, which {happened} {when}, emerged in documents filed with regulators.",
        "Analysts compared it with {a_noun} at a competitor {when}.",
        "another",
    ),
    NegativePair(
        "{Event} {happened} {when}, the company told the exchange.",
        "There was also {a_noun} at the group's Asian unit {when}, {who} said.",
        "another",
    ),
    NegativePair(
        "Since {event} {when}, the stock has slipped.",
        "The {year} {noun} {happened} {when}, according to {who}.",
        "another",
    ),
)

BANK = dataclasses.replace(
    DEV,
    name="date31b",
    kinds=KINDS,
    date_first=DATE_FIRST,
    date_second=DATE_SECOND,
    negatives_date=NEGATIVES_DATE,
)
