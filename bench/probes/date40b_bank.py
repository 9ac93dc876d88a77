"""DATE bank date40b, written by helper date40b, round 40 (blind author).

Register: fact-check desks (AFP Fact Check, Full Fact, PolitiFact, Reuters Fact Check) and
morning newsletters / explainer briefings ("What you need to know", Axios-style short items,
Q&A explainers). Habits used: the date of the event restated while a claim about it is
discussed ("the post claims", "records show", "the footage ... was filmed"), signposted
briefing labels ("Why it matters:", "The bottom line:", "Catch up quick:", "Flashback:"),
attribution to the people a checker rings ("told Full Fact", "confirmed to Reuters"),
verdict lines, short bullet-like sentences, and events that viral footage usually shows
(rallies, vigils, tornadoes, sinkholes, blasts, fly-pasts). British spelling and day-month
dates throughout.
"""

import dataclasses

from bench.injectors.consistency import EventKind, NegativePair
from bench.injectors.templates_dev import BANK as DEV

KINDS = (
    # events that can be held or staged somewhere
    EventKind(
        "rally",
        ("took place", "went ahead", "drew a large crowd"),
        ("organisers", "police", "the campaign"),
        hosted=True,
    ),
    EventKind(
        "vigil",
        ("took place", "went ahead", "was held"),
        ("organisers", "the victims' families", "the local council"),
        hosted=True,
    ),
    EventKind(
        "march",
        ("went ahead", "took place", "set off"),
        ("organisers", "the Metropolitan Police", "a police spokesperson"),
        hosted=True,
    ),
    EventKind(
        "concert",
        ("went ahead", "took place"),
        ("the promoter", "the venue", "the band's management"),
        hosted=True,
    ),
    EventKind(
        "parade",
        ("took place", "went ahead", "wound through the city centre"),
        ("organisers", "the city council", "police"),
        hosted=True,
    ),
    EventKind(
        "press conference",
        ("took place", "was held", "was broadcast live"),
        ("the ministry", "government officials", "the prime minister's office"),
        hosted=True,
    ),
    EventKind(
        "debate",
        ("took place", "aired", "was broadcast"),
        ("the broadcaster", "both campaigns", "the debate's organisers"),
        hosted=True,
    ),
    EventKind(
        "fly-past",
        ("took place", "went ahead", "passed over the capital"),
        ("the Royal Air Force", "the Ministry of Defence", "organisers"),
        hosted=True,
    ),
    # events that simply happen, are taken or are carried out
    EventKind(
        "vote",
        ("took place", "was taken", "went through"),
        ("the Commons clerk", "parliamentary officials", "the Speaker's office"),
    ),
    EventKind(
        "speech",
        ("was delivered", "was given"),
        ("Downing Street", "the minister's office", "a government spokesperson"),
    ),
    EventKind("raid", ("was carried out", "took place"), ("police", "a police spokesperson", "prosecutors")),
    EventKind(
        "tornado",
        ("touched down", "struck", "tore through the area"),
        ("the National Weather Service", "forecasters", "local emergency managers"),
    ),
    EventKind("sinkhole", ("opened up", "appeared"), ("the council", "engineers", "the local water company")),
    EventKind(
        "blaze",
        ("broke out", "started", "tore through the building"),
        ("the fire service", "fire officials", "firefighters"),
    ),
    EventKind(
        "derailment",
        ("happened", "occurred"),
        ("the rail operator", "accident investigators", "Network Rail"),
    ),
    EventKind(
        "stampede",
        ("happened", "broke out", "occurred"),
        ("police", "local officials", "the health ministry"),
    ),
    EventKind(
        "airstrike", ("was carried out", "hit the area"), ("the military", "the army", "a monitoring group")
    ),
    EventKind(
        "blast",
        ("went off", "happened", "rocked the district"),
        ("police", "the interior ministry", "emergency services"),
    ),
    EventKind(
        "blackout",
        ("hit", "struck", "began"),
        ("the grid operator", "the energy company", "the network operator"),
    ),
    EventKind(
        "landslide",
        ("struck", "hit the village", "happened"),
        ("emergency services", "the disaster agency", "local officials"),
    ),
    EventKind(
        "hailstorm",
        ("struck", "swept through the area"),
        ("the Met Office", "forecasters", "the state weather agency"),
    ),
    EventKind(
        "evacuation",
        ("was ordered", "began", "took place"),
        ("the local authority", "emergency services", "the civil protection agency"),
    ),
    EventKind(
        "walkout", ("was staged", "began", "took place"), ("the union", "union officials", "organisers")
    ),
    EventKind(
        "standoff", ("began", "unfolded", "ended"), ("police", "a police spokesperson", "the local force")
    ),
)

DATE_FIRST = (
    "{Event} {happened} {when}, according to {who}.",
    "Records show {event} {happened} {when}.",
    "{Who} confirmed to Reuters that {event} {happened} {when}.",
    "Why it matters: claims about {event}, which {happened} {when}, are spreading fast online.",
    "The facts: {event} {happened} {when}.",
    "{when}, {event} {happened}, {who} said.",
    "It was {when} that {event} {happened}, {who} said.",
    "{Event} {happened} {when}; the post presents it as breaking news.",
    "According to {who}, {event} {happened} {when}.",
    "The short version: {event} {happened} {when}.",
    "{Event} {happened} {when}, a date {who} confirmed to Full Fact.",
    "Catch up quick: {event} {happened} {when}, {who} said.",
    "PolitiFact found that {event} {happened} {when}.",
    "The post claims the footage is new, but {event} {happened} {when}.",
    "{Event} {happened} {when}, as {who} pointed out in a statement.",
    "A search of news archives shows {event} {happened} {when}.",
    "Driving the news: {event} {happened} {when}.",
    "For context, {event} {happened} {when}.",
    "Reuters traced the claim back to {event}, which {happened} {when}.",
    "The claim centres on {event}, which {happened} {when}.",
    "Timeline: {event} {happened} {when}, {who} told AFP.",
    "Keyword searches led AFP to local reports that {event} {happened} {when}.",
    "{Event} {happened} {when} and was widely covered at the time.",
    "{Event} was {held} {when}, {who} said.",
    "The footage actually shows {a_noun} {held} {when}, {who} confirmed.",
    "What you need to know: {event}, {who} said, {happened} {when}.",
)

DATE_SECOND = (
    "{Who} told Full Fact that {event} {happened} {when}.",
    "{Event}, {who} wrote, {happened} {when}.",
    "As noted above, {event} {happened} {when}.",
    "The bottom line: {event} {happened} {when}, and nothing in the post changes that.",
    "{when}, when {event} {happened}, {who} issued a brief statement.",
    "Records show that it was {when} that {event} {happened}.",
    "The footage of {event} was filmed {when}, {who} said.",
    "In short, {event} {happened} {when}.",
    "Why it matters: the date is the whole story, and {event} {happened} {when}.",
    "{Who}, asked about {event}, said it {happened} {when}.",
    "Photos from {event}, which {happened} {when}, were also shared out of context.",
    "{Event} {happened} {when} — a detail the post leaves out.",
    "That {event} {happened} {when} is not in dispute, {who} said.",
    "A reminder: {event} {happened} {when}.",
    "Checked against local news archives, the record is clear: {event} {happened} {when}.",
    "The original footage, we found, dates from {event}, which {happened} {when}.",
    "{Event} — which, {who} confirmed, {happened} {when} — was the subject of several earlier fact checks.",
    "Full Fact asked {who} about {event}; the answer was that it {happened} {when}.",
    "On the date: {event} {happened} {when}, {who} said in an email.",
    "The key detail is the timing of {event}: it {happened} {when}.",
    "Our verdict: False. {Event} {happened} {when}.",
    "{Who} said {event} {happened} {when}, which matches local news reports from the time.",
    "{Event} {happened}, {who} said, {when}.",
    "It is worth repeating that {event} {happened} {when}.",
    "{Event}, {held} {when}, drew coverage from several local outlets.",
    "Those attending {event}, which was {held} {when}, were filmed by several news crews.",
    "Go deeper: {event} {happened} {when}, and the clip first circulated soon afterwards.",
)

NEGATIVES_DATE = (
    # planned: a future instance beside the past one
    NegativePair(
        "{Event} {happened} {when}, {who} said.",
        "A second {noun} is due to be {held} {when}, according to {who}.",
        "planned",
    ),
    NegativePair(
        "The footage shows {a_noun} {held} {when}, {who} confirmed.",
        "{Who} said the next {noun} would be {held} {when}.",
        "planned",
    ),
    NegativePair(
        "Records show {event} {happened} {when}.",
        "What's next: another {noun} is scheduled to be {held} {when}.",
        "planned",
    ),
    NegativePair(
        "{Event} was {held} {when}, according to {who}.",
        "{Who} announced plans for a repeat {noun}, to be {held} {when}.",
        "planned",
    ),
    NegativePair(
        "According to {who}, {event} {happened} {when}.",
        "A follow-up {noun} is expected to be {held} {when}, {who} said.",
        "planned",
    ),
    NegativePair(
        "It was {when} that {event} {happened}, {who} said.",
        "What to watch: a further {noun} is set to be {held} {when}.",
        "planned",
    ),
    NegativePair(
        "The claim centres on {event}, which was {held} {when}.",
        "Organisers said {event} would be {held} again {when}.",
        "planned",
    ),
    NegativePair(
        "{Event} {happened} {when}, {who} told AFP.",
        "Another {noun} is planned and will be {held} {when}, {who} said.",
        "planned",
    ),
    # compatible: the same event, one date inside the other
    NegativePair(
        "{Event} {happened} {when}, according to {who}.",
        "{Who} told Full Fact that {event} {happened} {when}.",
        "compatible",
    ),
    NegativePair(
        "Records show {event} {happened} {when}.",
        "{Event}, {who} wrote, {happened} {when}.",
        "compatible",
    ),
    NegativePair(
        "{when}, {event} {happened}, {who} said.",
        "As noted above, {event} {happened} {when}.",
        "compatible",
    ),
    NegativePair(
        "The claim centres on {event}, which {happened} {when}.",
        "The footage of {event} was filmed {when}, {who} said.",
        "compatible",
    ),
    NegativePair(
        "It was {when} that {event} {happened}.",
        "A reminder: {event} {happened} {when}.",
        "compatible",
    ),
    NegativePair(
        "PolitiFact found that {event} {happened} {when}.",
        "{Event} — which, {who} confirmed, {happened} {when} — has been the subject of earlier fact checks.",
        "compatible",
    ),
    NegativePair(
        "The short version: {event} {happened} {when}.",
        "The key detail is the timing of {event}: it {happened} {when}.",
        "compatible",
    ),
    NegativePair(
        "{Event} {happened} {when}, as {who} pointed out.",
        "In short, {event} {happened}, {who} said, {when}.",
        "compatible",
    ),
    # another: a different instance of the same kind of event, with a date of its own
    NegativePair(
        "{Event} {happened} {when}, according to {who}.",
        "The footage in the post actually shows a different {noun}, which {happened} {when}.",
        "another",
    ),
    NegativePair(
        "Records show {event} {happened} {when}.",
        "The {year} {noun}, which {happened} {when}, was a separate event, {who} said.",
        "another",
    ),
    NegativePair(
        "{Event} {happened} {when}, {who} said.",
        "A separate {noun} {happened} {when}, and images from it are often recycled.",
        "another",
    ),
    NegativePair(
        "The claim centres on {event}, which {happened} {when}.",
        "It is not the only one: a similar {noun} {happened} {when}, {who} said.",
        "another",
    ),
    NegativePair(
        "It was {when} that {event} {happened}.",
        "Reverse image searches led AFP to a different {noun}, one that {happened} {when}.",
        "another",
    ),
    NegativePair(
        "According to {who}, {event} {happened} {when}.",
        "Don't confuse it with the {year} {noun}, which {happened} {when}.",
        "another",
    ),
    NegativePair(
        "Driving the news: {event} {happened} {when}.",
        "Flashback: another {noun} {happened} {when}, {who} said.",
        "another",
    ),
    NegativePair(
        "{Event} {happened} {when}.",
        "The photo used in the post was taken during another {noun}, which {happened} {when}.",
        "another",
    ),
    NegativePair(
        "{Who} confirmed that {event} {happened} {when}.",
        "Records show a separate {noun} {happened} {when}, {who} said.",
        "another",
    ),
)

BANK = dataclasses.replace(
    DEV,
    name="date40b",
    kinds=KINDS,
    date_first=DATE_FIRST,
    date_second=DATE_SECOND,
    negatives_date=NEGATIVES_DATE,
)
