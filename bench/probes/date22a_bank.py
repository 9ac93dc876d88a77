"""Date bank date22a: written by helper date22a, round 22 (blind author). It imitates
obituaries and anniversary retrospectives, parliamentary and inquiry reporting,
financial results and market reports, sports fixtures and results, long-form features
and explainers ("How it unfolded"), timelines with dated entries and "Editor's note"
corrections. The date sits fronted, after the verb, in relative and subordinate
clauses (since/until/before/after), in dashes and parentheses, in clefts, in quotes and
in captions."""

import dataclasses

from bench.injectors.consistency import EventKind, NegativePair
from bench.injectors.templates_dev import BANK as DEV

KINDS = (
    EventKind(
        "funeral",
        ("took place", "was attended by several hundred mourners", "drew mourners from across the region"),
        ("the family", "a family spokesperson", "the parish office"),
        hosted=True,
    ),
    EventKind(
        "second-reading vote",
        ("was taken", "passed by a majority of 25", "went narrowly against the government"),
        ("the Speaker's office", "parliamentary clerks", "government whips"),
    ),
    EventKind(
        "inquiry hearing",
        ("opened", "heard evidence from two former ministers", "was adjourned without explanation"),
        ("the inquiry secretariat", "counsel to the inquiry", "the committee clerk"),
        hosted=True,
    ),
    EventKind(
        "confidence motion",
        ("was tabled", "was defeated", "fell by eleven votes"),
        ("opposition whips", "the Commons authorities", "party officials"),
    ),
    EventKind(
        "profit warning",
        ("was issued", "wiped a fifth off the share price", "caught analysts off guard"),
        ("the company", "the board", "analysts at the broker"),
    ),
    EventKind(
        "interest rate cut",
        ("was announced", "took markets by surprise", "came into effect"),
        ("the central bank", "the monetary policy committee", "economists"),
    ),
    EventKind(
        "share placing",
        ("was priced", "raised more than $1bn", "was completed"),
        ("the company", "bankers on the deal", "the stock exchange"),
    ),
    EventKind(
        "takeover approach",
        ("was made public", "was rebuffed by the board", "sent the target's shares soaring"),
        ("the target company", "advisers to the bidder", "the takeover panel"),
    ),
    EventKind(
        "market sell-off",
        ("began", "wiped billions off the value of listed companies", "deepened sharply"),
        ("traders", "fund managers", "the exchange operator"),
    ),
    EventKind(
        "cup final",
        ("was played", "went to extra time", "ended in a penalty shoot-out"),
        ("the football association", "the organisers", "the match commissioner"),
        hosted=True,
    ),
    EventKind(
        "derby",
        ("finished goalless", "was abandoned after 70 minutes", "was settled by a stoppage-time header"),
        ("the home club", "the league", "the referee's report"),
    ),
    EventKind(
        "dam collapse",
        ("happened", "flooded three villages downstream", "forced thousands from their homes"),
        ("the regional authorities", "engineers", "survivors"),
    ),
    EventKind(
        "evacuation",
        ("began", "was ordered", "was completed"),
        ("civil defence officials", "the army", "local officials"),
    ),
    EventKind(
        "resignation",
        ("was announced", "came as a shock to colleagues", "took effect"),
        ("the minister's office", "party officials", "a spokesperson"),
    ),
    EventKind(
        "data breach",
        ("was discovered", "exposed millions of customer records", "was first detected"),
        ("the company", "the regulator", "security researchers"),
    ),
    EventKind(
        "ceasefire",
        ("came into force", "was signed", "broke down"),
        ("mediators", "the United Nations", "diplomats"),
    ),
    EventKind(
        "appeal ruling",
        ("was handed down", "was delivered", "overturned the lower court's decision"),
        ("the court", "lawyers for the claimants", "the court registry"),
    ),
    EventKind(
        "plane crash",
        ("happened", "killed everyone on board", "left no survivors"),
        ("investigators", "the airline", "the accident investigation branch"),
    ),
    EventKind(
        "memorial concert",
        ("was performed", "sold out within minutes", "raised money for the victims' families"),
        ("the organisers", "the orchestra", "the venue"),
        hosted=True,
    ),
)

DATE_FIRST = (
    "{Event} {happened} {when}, according to {who}.",
    "{when}, {event} {happened}, and within hours the consequences were being felt far beyond "
    "those directly involved.",
    "He was among the first to speak out after {event} {happened} {when}, and he never stopped "
    "pressing for answers.",
    "Her last public appearance came shortly before {event} {happened} {when}.",
    "Those who were there still talk about how {event} {happened} {when} with almost no notice.",
    "Asked in the chamber about {event}, which {happened} {when}, the minister declined to add "
    "to an earlier written statement.",
    "Giving evidence to the committee, a senior official said {event} {happened} {when}.",
    "The committee's interim report records that {event} {happened} {when}.",
    "Investors had barely digested the quarterly numbers when {event} {happened} {when}.",
    "By the close, the mood on trading floors had soured: {event} {happened} {when}, and few "
    "had seen it coming.",
    "Supporters will not forget that {event} {happened} {when}, however the rest of the season turns out.",
    "How it unfolded: {event} {happened} {when}, and the first official statement followed soon afterwards.",
    "Key dates: {event} {happened} {when}; everything else in this timeline follows from that.",
    "Editor's note: this article has been amended to make clear that {event} {happened} {when}.",
    "{Event}, which {happened} {when}, is now the subject of a formal review.",
    "Little has been said publicly since {event} {happened} {when}.",
    "Until {event} {happened} {when}, few outside the circles directly involved had given the "
    "matter much thought.",
    "For weeks before {event} {happened} {when}, there had been warnings that went unheeded.",
    "In the days after {event} {happened} {when}, {who} fielded hundreds of calls from the public.",
    '"I remember exactly where I was when {event} {happened} {when}," said one former colleague.',
    "In a brief statement, {who} confirmed the basic facts of {event} (it {happened} {when}) "
    "but declined to answer questions.",
    "This newspaper's coverage of {event}, which {happened} {when}, ran across several pages.",
    "Explainer: why {event} {happened} {when}, and what it means for the months ahead.",
    "Pictured: the scene shortly after {event} {happened} {when}.",
    "{Event} was {held} {when}, {who} confirmed.",
    "It was {when} that {event} {happened}, a moment many of those involved still find hard to talk about.",
    "The chronology is not in doubt — {event} {happened} {when} — but the reasons for it remain contested.",
    "In the obituary tributes that poured in, colleagues kept returning to {event}, which {happened} {when}.",
    "{who} said {event} {happened} {when}, a version of events nobody has seriously challenged.",
    "Round-up: {event} {happened} {when}, and it remained the main talking point for days.",
    "The log kept by {who} shows that {event} {happened} {when}.",
)

DATE_SECOND = (
    "{Who} later confirmed that {event} {happened} {when}.",
    "Records seen by this newspaper show that {event} {happened} {when}.",
    "The official account leaves no room for doubt: {event} {happened} {when}.",
    '"{Event} {happened} {when}, and we said so at the time," a spokesperson for {who} said.',
    "By the time {event} {happened} {when}, the warning signs had been there for months.",
    "It was {when} that {event} {happened}.",
    "Editor's note: this article was updated to clarify that {event} {happened} {when}.",
    "Much of what followed can be traced back to {event}, which {happened} {when}.",
    "Only after {event} {happened} {when} did the scale of the problem become clear.",
    "The official record states that {event} {happened} {when}.",
    "Asked to confirm the timeline, {who} said {event} {happened} {when}.",
    "By the account of {who}, {event} {happened} {when}.",
    "Since {event} {happened} {when}, barely a week has passed without fresh questions about it.",
    "The timeline published by {who} puts it plainly: {event} {happened} {when}.",
    "Weeks of speculation came to an end as {event} {happened} {when}.",
    '"Nobody who was there will forget it," one witness said, recalling how {event} {happened} {when}.',
    "At the centre of the row is {event}, which {happened} {when} and has dominated the "
    "headlines ever since.",
    "What is not in dispute is that {event} {happened} {when}.",
    "In one of her last interviews, she spoke at length about {event}, which {happened} {when}.",
    "{Event} {happened} {when}; its full consequences took far longer to emerge.",
    "Traders were still digesting {event}, which {happened} {when}, when the next blow landed.",
    "Fans will tell you that {event} {happened} {when}, and that nothing since has quite matched it.",
    "The inquiry's terms of reference are built around {event}, which {happened} {when}.",
    "{when}, {event} {happened} — that much, at least, has never been disputed by {who}.",
    "Correction: {event} {happened} {when}, as the official record shows.",
    "MPs were told during the debate that {event} {happened} {when}.",
    "Shares in the sector moved sharply after {event} {happened} {when}.",
    "The fallout began almost as soon as {event} {happened} {when}.",
    "The anniversary coverage retold the story from the beginning: {event} {happened} {when}.",
    "In writing, {who} confirmed that {event} {happened} {when}.",
    "Timeline entry: {event} {happened} {when}, setting off the chain of events described below.",
)

NEGATIVES_DATE = (
    # planned: the second date is a future, scheduled thing
    NegativePair(
        "{Event} {happened} {when}, {who} said.",
        "A full report on {event} is expected to be published {when}.",
        "planned",
    ),
    NegativePair(
        "Since {event} {happened} {when}, the pressure for answers has only grown.",
        "The committee will take further evidence on {event} {when}.",
        "planned",
    ),
    NegativePair(
        "{when}, {event} {happened}, leaving many questions unanswered.",
        "A public meeting to discuss the aftermath of {event} is scheduled to take place {when}.",
        "planned",
    ),
    NegativePair(
        "Markets have been volatile since {event} {happened} {when}.",
        "The company's next set of results, its first to reflect {event}, is due {when}.",
        "planned",
    ),
    NegativePair(
        "{Event}, which {happened} {when}, prompted calls for an independent review.",
        "{Who} said a decision on whether to hold that review would be announced {when}.",
        "planned",
    ),
    NegativePair(
        "Editor's note: this article was updated to make clear that {event} {happened} {when}.",
        "Talks on the fallout from {event} are set to resume {when}.",
        "planned",
    ),
    NegativePair(
        "Shareholders were told that {event} {happened} {when}.",
        "They will get their first chance to question the board about it at the annual meeting {when}.",
        "planned",
    ),
    NegativePair(
        "In the days after {event} {happened} {when}, {who} promised a full explanation.",
        "That explanation will now be set out in a statement expected {when}, {who} said.",
        "planned",
    ),
    # compatible: the same event at another precision
    NegativePair(
        "{Event} {happened} {when}, according to {who}.",
        "{Who} confirmed that {event} {happened} {when}.",
        "compatible",
    ),
    NegativePair(
        "Her last public appearance came shortly before {event} {happened} {when}.",
        "It was {when} that {event} {happened}, the culmination of weeks of pressure.",
        "compatible",
    ),
    NegativePair(
        "How it unfolded: {event} {happened} {when}.",
        "The timeline drawn up by {who} places {event} {when}.",
        "compatible",
    ),
    NegativePair(
        "{when}, {event} {happened}.",
        "{Event}, which {happened} {when}, came after months of warnings.",
        "compatible",
    ),
    NegativePair(
        "Asked in the chamber about {event}, which {happened} {when}, the minister said little.",
        '"{Event} {happened} {when}, and we were clear about that from the start," {who} said.',
        "compatible",
    ),
    NegativePair(
        "Investors were still reeling from {event}, which {happened} {when}.",
        "Records show {event} {happened} {when}, shortly after the market opened.",
        "compatible",
    ),
    NegativePair(
        "Until {event} {happened} {when}, few had paid the issue much attention.",
        "Editor's note: this article was amended to add that {event} {happened} {when}.",
        "compatible",
    ),
    NegativePair(
        "Pictured: the scene shortly after {event} {happened} {when}.",
        "Since {event} {happened} {when}, not a week has passed without fresh questions.",
        "compatible",
    ),
    # another: a different, earlier or separate instance
    NegativePair(
        "{Event} {happened} {when}, {who} said.",
        "It was not an isolated case: a separate {noun} {when} had drawn far less attention.",
        "another",
    ),
    NegativePair(
        "{Event}, which {happened} {when}, has invited comparisons with the past.",
        "The most frequently cited is the {year} {noun}, which {happened} {when}.",
        "another",
    ),
    NegativePair(
        "Since {event} {happened} {when}, scrutiny of {who} has intensified.",
        "Critics point out that a similar {noun} {when} produced no lasting changes.",
        "another",
    ),
    NegativePair(
        "Her final public statement came after {event} {happened} {when}.",
        "She had lived through another {noun}, {when}, and spoke of it rarely.",
        "another",
    ),
    NegativePair(
        "{when}, {event} {happened}, according to {who}.",
        "Unlike the {year} {noun}, which {happened} {when}, this one was over almost before it began.",
        "another",
    ),
    NegativePair(
        "Traders were still digesting {event}, which {happened} {when}.",
        "Analysts noted that another {noun} {when} had moved markets far less.",
        "another",
    ),
    NegativePair(
        "How it unfolded: {event} {happened} {when}.",
        "Those with long memories recalled a different {noun}, one that {happened} {when}.",
        "another",
    ),
    NegativePair(
        '"I remember exactly where I was when {event} {happened} {when}," one colleague said.',
        "It was not the first time: {a_noun} {when} had ended in much the same way.",
        "another",
    ),
    NegativePair(
        "Giving evidence, a senior official said {event} {happened} {when}.",
        "The same official had given evidence about an unrelated {noun} {when}.",
        "another",
    ),
)

BANK = dataclasses.replace(
    DEV,
    name="date22a",
    kinds=KINDS,
    date_first=DATE_FIRST,
    date_second=DATE_SECOND,
    negatives_date=NEGATIVES_DATE,
)
