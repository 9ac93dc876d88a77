"""Date bank date30b, written by helper date30b, round 30 (blind author).

Register: politics and government news (elections, confidence and budget votes, summits,
resignations, cabinet reshuffles, protests, referendums, state visits, party conferences)
as political correspondents at national papers and wire services write it. Habits used:
the date fronted as a scene-setter ("Last Tuesday, ..."), tucked after the event noun
("the referendum on 12 May"), inside a which-clause or a dash aside, in a cleft ("It was
... that"), in a participle ("Coming ...", "Held ..."), in a caption fragment, in a quote
from an unnamed minister, with attribution first or last ("according to ...", "..., aides
said"), and in long sentences where a chain of clauses separates the date from the event.
"""

import dataclasses

from bench.injectors.consistency import EventKind, NegativePair
from bench.injectors.templates_dev import BANK as DEV

KINDS = (
    EventKind(
        "snap election",
        ("was called", "took place", "went ahead", "was held"),
        ("the electoral commission", "election observers", "state media", "opposition leaders"),
        hosted=True,
    ),
    EventKind(
        "confidence vote",
        ("was lost", "took place", "went against the government", "was narrowly won"),
        ("parliamentary officials", "the Speaker's office", "government whips", "opposition MPs"),
        hosted=True,
    ),
    EventKind(
        "cabinet reshuffle",
        ("was announced", "took place", "was carried out", "was unveiled"),
        ("the prime minister's office", "government sources", "senior aides", "political commentators"),
    ),
    EventKind(
        "leadership contest",
        ("was triggered", "got under way", "was decided", "concluded"),
        ("party officials", "the party's general secretary", "senior MPs", "the returning officer"),
        hosted=True,
    ),
    EventKind(
        "emergency summit",
        ("was convened", "opened", "broke up without agreement", "took place"),
        ("diplomats", "the host government", "European officials", "foreign ministry sources"),
        hosted=True,
    ),
    EventKind(
        "state visit",
        ("began", "got under way", "was cut short", "ended"),
        ("the palace", "the foreign ministry", "protocol officials", "the presidency"),
    ),
    EventKind(
        "party conference",
        ("opened", "closed", "was held", "drew to a close"),
        ("conference organisers", "party officials", "delegates", "the party chair"),
        hosted=True,
    ),
    EventKind(
        "referendum",
        ("was held", "took place", "went ahead", "was carried"),
        (
            "the electoral commission",
            "the interior ministry",
            "campaigners on both sides",
            "international monitors",
        ),
        hosted=True,
    ),
    EventKind(
        "resignation",
        ("was announced", "came", "took effect", "was made public"),
        ("the prime minister's office", "the minister's aides", "colleagues", "the cabinet secretary"),
    ),
    EventKind(
        "protest march",
        ("took place", "set off", "turned violent", "was broken up by police"),
        ("police", "organisers", "witnesses", "the interior ministry"),
    ),
    EventKind(
        "budget vote",
        ("took place", "was won by the government", "passed", "was lost"),
        ("the finance ministry", "parliamentary clerks", "the chief whip", "opposition MPs"),
        hosted=True,
    ),
    EventKind(
        "impeachment vote",
        ("took place", "failed", "fell short", "succeeded"),
        ("congressional aides", "the Senate clerk", "lawmakers", "the presiding officer"),
        hosted=True,
    ),
    EventKind(
        "by-election",
        ("was held", "took place", "was won by the opposition", "went ahead"),
        ("the returning officer", "the local council", "party canvassers", "pollsters"),
        hosted=True,
    ),
    EventKind(
        "runoff",
        ("was held", "took place", "went ahead", "was decided"),
        ("the electoral commission", "election observers", "the constitutional court", "both campaigns"),
        hosted=True,
    ),
    EventKind(
        "televised debate",
        ("was broadcast", "aired", "took place", "went out live"),
        ("the broadcaster", "campaign aides", "the debate's moderators", "viewers"),
        hosted=True,
    ),
    EventKind(
        "inauguration",
        ("took place", "was held", "went ahead", "was staged"),
        ("the presidency", "officials", "foreign dignitaries", "state television"),
        hosted=True,
    ),
    EventKind(
        "coup attempt",
        ("was foiled", "began", "failed", "was launched"),
        ("the army", "the government", "state radio", "Western diplomats"),
    ),
    EventKind(
        "parliamentary walkout",
        ("took place", "was staged", "began", "happened"),
        ("opposition MPs", "the Speaker", "parliamentary reporters"),
    ),
    EventKind(
        "no-confidence motion",
        ("was tabled", "was defeated", "was debated", "passed"),
        ("the Speaker's office", "opposition leaders", "parliamentary clerks"),
    ),
    EventKind(
        "election rally",
        ("was held", "drew thousands", "took place", "was staged"),
        ("police", "the campaign", "organisers", "local reporters"),
        hosted=True,
    ),
    EventKind(
        "swearing-in",
        ("took place", "was held", "went ahead"),
        ("the presidency", "court officials", "state media"),
        hosted=True,
    ),
)

DATE_FIRST = (
    "{Event} {happened} {when}, {who} told reporters at a hastily arranged briefing.",
    "{when}, {event} {happened}, according to an account given by {who} to lobby journalists.",
    "According to {who}, {event} {happened} {when}, sooner than most in the party had expected.",
    "It was {when} that {event} {happened}, a moment that rewrote the government's calculations "
    "for the rest of the parliament.",
    "{Who} confirmed that {event} {happened} {when}, ending weeks of speculation in the capital.",
    "Ministers were still absorbing the fallout from {event}, which {happened} {when}, as opposition "
    "parties pressed for answers.",
    "{Event} — which {happened} {when} after months of brinkmanship — left the governing coalition "
    "badly exposed.",
    "{Event} {happened} {when}, and within hours the prime minister's allies were briefing against "
    "one another.",
    "Police lines outside the parliament building {when}, the day {event} {happened}.",
    "The government had hoped to move on quickly from {event} {when}, but the fallout has proved hard "
    "to contain.",
    "{held} {when}, {event} was the first real test of the new leader's authority.",
    '"We all knew after {event} {when} that something had shifted," one cabinet minister said.',
    "Markets barely flinched when {event} {happened} {when}.",
    "The mood inside the ruling party darkened {when}, as {event} {happened}.",
    "Official records published by {who} show that {event} {happened} {when}.",
    "{when}, after a fortnight of leaks, late-night meetings and increasingly public recriminations "
    "between the two wings of the party, {event} {happened}.",
    "By the time {event} {happened} {when}, the prime minister had already lost the confidence of "
    "much of her own back bench.",
    "Much of the coverage since has centred on {event} {when} and what it means for the government's "
    "working majority.",
    "Coming {when}, {event} caught most of the political class off guard.",
    "The fallout from {event} {when} continued to reverberate through the party's ranks.",
    "There was little sign of the drama to come when {event} {happened} {when}.",
    "Opposition MPs have demanded a full account of {event}, which {who} said {happened} {when}.",
    "{Event} {happened} {when} — a date many in the party would rather forget.",
    "The timing of {event}, {when}, was no accident, in the view of {who}.",
    "What {who} described as a turning point came {when}, when {event} {happened}.",
    "For the governing party, {event} {when} marked a low point in a difficult year.",
    "Correspondents who covered {event} {when} described an atmosphere of barely concealed panic.",
    "{Who} said {a_noun} {happened} {when}, though details remained sketchy for much of the day.",
    "There was {a_noun} {when} that few in government had seen coming.",
    "In a terse statement, {who} said only that {event} {happened} {when} and that further details "
    "would follow.",
    "Less than a year into the government's term, {event} {happened} {when}.",
    "{Event}, {held} {when} amid tight security, drew observers from across the region.",
    "Whatever else is disputed, the bare fact is that {event} {happened} {when}.",
    "The capital had been braced for trouble for days before {event} {happened} {when}.",
    "In the account given by {who}, {event} {happened} {when} with almost no warning.",
    "Nearly every account of the government's troubles begins with {event} {when}.",
    "If there was a single moment when the coalition's fortunes turned, it was {event} {when}.",
    "{Event} {happened} {when} in circumstances that {who} have yet to explain in full.",
)

DATE_SECOND = (
    "Since {event} {when}, the party has slipped four points in the polls.",
    "When {event} {happened} {when}, few in the cabinet saw what was coming.",
    "The prime minister has not spoken publicly about {event} since it {happened} {when}.",
    "In the aftermath of {event} {when}, several junior ministers were said to be considering their "
    "positions.",
    "Polling carried out after {event} {when} showed the opposition narrowing the gap.",
    "It was {when}, {who} said, that {event} {happened}.",
    "Aides were still dealing with the consequences of {event} {when} as the latest figures landed.",
    "{Event} {happened} only {when}, {who} said.",
    "Records kept by {who} place {event} {when}.",
    "Backbenchers who met in the days after {event} {when} agreed to hold their fire.",
    "That {event} {happened} {when} is not in dispute, {who} said.",
    "Party officials privately concede that {event} {when} was badly handled.",
    "{Who} said the timing of {event}, {when}, had been settled weeks in advance.",
    "{Event} {happened} {when}; within a week the coalition had lost two ministers.",
    "Opposition leaders pointed to {event} {when} as evidence that the government had lost control "
    "of events.",
    "Those close to the president say {event} {when} changed her thinking entirely.",
    "In the days that followed {event} {when}, the party's whips worked the phones late into the night.",
    "The official record shows that {event} {happened} {when}.",
    "Whatever its long-term consequences, {event} {happened} {when} with remarkably little fanfare.",
    "Ministers spent the days after {event} {when} trying to contain the damage.",
    "Few voters will now recall that {event} {happened} {when}.",
    "Parliament was recalled in the wake of {event} {when}.",
    "{Event}, {who} noted, {happened} {when}.",
    "Looking back on {event} {when}, one former minister called it a watershed.",
    "By the reckoning of {who}, {event} {happened} {when}.",
    "{Event} was {held} {when}, as {who} have repeatedly pointed out.",
    "Dissidents inside the party date their disillusionment to {event} {when}.",
    '"Everything changed with {event} {when}," said a long-serving MP who asked not to be named.',
    "For many MPs, the {noun} {when} remains the benchmark against which the current crisis is measured.",
    "Asked why {event} {happened} {when}, a government spokesperson declined to comment.",
    "Hours after {event} {happened} {when}, the opposition leader called for an independent inquiry.",
    "Diplomatic cables seen by this newspaper suggest {event} {happened} {when}.",
    "Footage of {event} {when} was replayed endlessly on state television.",
    "None of those involved in {event} {when} has spoken on the record since.",
    "The coalition's troubles date back to {event}, which {happened} {when}.",
    "Accounts differ on much, but all agree that {event} {happened} {when}.",
    "Supporters react outside party headquarters after {event} {when}.",
)

NEGATIVES_DATE = (
    # planned: the second date is a future one for something scheduled
    NegativePair(
        "{Event} {happened} {when}, {who} said in a statement issued overnight.",
        "A cross-party inquiry into {event} is due to begin hearing evidence {when}.",
        "planned",
    ),
    NegativePair(
        "{when}, {event} {happened} amid mounting pressure on the government.",
        "MPs will hold a full debate on the consequences of {event} {when}, the Speaker's office confirmed.",
        "planned",
    ),
    NegativePair(
        "{Event} was {held} {when} under a heavy police presence.",
        "The next {noun} is due to be {held} {when}, {who} said.",
        "planned",
    ),
    NegativePair(
        "According to {who}, {event} {happened} {when} without any formal notice to parliament.",
        "A legal challenge arising from {event} will be heard by the courts {when}.",
        "planned",
    ),
    NegativePair(
        "Since {event} {when}, the government has struggled to regain the initiative.",
        "The prime minister is expected to make a statement to parliament about {event} {when}.",
        "planned",
    ),
    NegativePair(
        "{Event}, which {happened} {when}, is still being picked over at Westminster.",
        "A report on {event} by {who} is expected to be published {when}.",
        "planned",
    ),
    NegativePair(
        "It was {when} that {event} {happened}, to the dismay of the governing party.",
        "Campaigners plan to stage a rally in protest at {event} {when}.",
        "planned",
    ),
    NegativePair(
        "{Event} {happened} {when}, {who} confirmed to the press gallery.",
        "Party members will be balloted on their response to {event} {when}.",
        "planned",
    ),
    NegativePair(
        "{Who} told journalists in the lobby that {event} {happened} {when}.",
        "Organisers have already pencilled in the next {noun}, which is to be {held} {when}.",
        "planned",
    ),
    # compatible: the same event, dated consistently
    NegativePair(
        "Party whips were caught off guard when {event} {happened} {when}, {who} said.",
        "Plans for {event} {when} had been kept from all but a handful of aides.",
        "compatible",
    ),
    NegativePair(
        "{when}, as rain fell on the square outside parliament, {event} {happened}.",
        "Those who were there say the atmosphere around {event} {when} was electric.",
        "compatible",
    ),
    NegativePair(
        "{Event} {happened} {when}, {who} told the wire services.",
        "Officials in several capitals were briefed on {event} {when}, as it unfolded.",
        "compatible",
    ),
    NegativePair(
        "It was {when}, in the middle of the parliamentary recess, that {event} {happened}.",
        "{Event} {when} had been months in the planning.",
        "compatible",
    ),
    NegativePair(
        "{Event}, {held} {when}, passed off without serious incident.",
        "Security around {event} {when} was the tightest the capital had seen in years.",
        "compatible",
    ),
    NegativePair(
        "Ministers had spent weeks preparing for {event}, which {happened} {when}.",
        "Footage of {event} {when} was carried live on the main evening bulletins.",
        "compatible",
    ),
    NegativePair(
        "To the surprise of seasoned parliamentary hands, {event} {happened} {when}.",
        "Reporters who covered {event} {when} described a febrile mood in the corridors.",
        "compatible",
    ),
    NegativePair(
        "The government had hoped {event} {when} would draw a line under the crisis.",
        "In the end, {event} {happened} {when} much as its planners intended.",
        "compatible",
    ),
    NegativePair(
        "Late in the evening, {who} said {a_noun} {happened} {when}.",
        "Details of {event} {when} emerged only slowly.",
        "compatible",
    ),
    # another: a different instance of the kind, on its own date
    NegativePair(
        "{Event} {happened} {when}, with the cabinet split down the middle.",
        "It was not the first {noun} of the parliament: a separate one {happened} {when}.",
        "another",
    ),
    NegativePair(
        "{when}, {event} {happened}, {who} said, ending days of frantic lobbying.",
        "The {year} {noun}, which {happened} {when}, is still seen by many as a turning point.",
        "another",
    ),
    NegativePair(
        "{Event}, which {happened} {when}, made headlines around the world.",
        "Unlike {event}, a similar {noun} {when} drew little attention abroad.",
        "another",
    ),
    NegativePair(
        "{Event} {happened} {when}, according to a timeline circulated by {who}.",
        "Another {noun}, {when}, ended in very different circumstances.",
        "another",
    ),
    NegativePair(
        "It was {when} that {event} {happened}, after a campaign marred by disinformation.",
        "Veterans of the {year} {noun}, {held} {when}, drew unflattering comparisons.",
        "another",
    ),
    NegativePair(
        "Out of public view, {event} {happened} {when}.",
        "{Who} drew comparisons with a separate {noun} {when}.",
        "another",
    ),
    NegativePair(
        "{Who} confirmed in a short written note that {event} {happened} {when}.",
        "This was a different {noun} from the one that {happened} {when}, with which it is often confused.",
        "another",
    ),
    NegativePair(
        "Since {event} {when}, the opposition has steadily gained ground.",
        "Memories of the {year} {noun} {when} still shape how the party approaches such moments.",
        "another",
    ),
    NegativePair(
        "{Event} {happened} {when}, {who} said, as the party braced for recriminations.",
        "The country went through another {noun} {when}, under a different government.",
        "another",
    ),
)

BANK = dataclasses.replace(
    DEV,
    name="date30b",
    kinds=KINDS,
    date_first=DATE_FIRST,
    date_second=DATE_SECOND,
    negatives_date=NEGATIVES_DATE,
)
